//! Debian's Chromium, headless, driven through chromedriver. Nothing is downloaded: both come
//! from apt (CHROMIUM and CHROMEDRIVER override their paths).

use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use thirtyfour::prelude::*;
use thirtyfour::{ChromiumLikeCapabilities, LoggingPrefsLogLevel};

/// The flags every test browser gets: headless, and no calls home to Google's services.
pub const CHROMIUM_FLAGS: &[&str] = &[
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-extensions",
];

/// A text of a chart as rendered ([`Browser::chart_texts`]).
#[derive(Debug, serde::Deserialize)]
pub struct ChartText {
    pub text: String,
    pub size: f64,
    pub scale: f64,
    pub inside: bool,
}

impl ChartText {
    /// Drawn at its real size (scale 1), at least 12 px on screen, and inside its chart.
    pub fn assert_readable(&self, width: u32) {
        assert!(
            (self.scale - 1.0).abs() < 0.01,
            "{width} px: drawn at its real size: {self:?}"
        );
        assert!(self.size >= 12.0, "{width} px: {self:?} is under 12 px");
        assert!(self.inside, "{width} px: {self:?} is clipped");
    }
}

pub struct Browser {
    pub driver: WebDriver,
    chromedriver: Child,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Browser {
    /// Clicks "Copy as Markdown" (the clipboard allowed for the page's `origin`), waits for the
    /// page to say it is copied, and reads the clipboard back.
    pub async fn copied_as_markdown(&self, origin: &str) -> String {
        self.devtools(
            "Browser.grantPermissions",
            json!({ "origin": origin.trim_end_matches('/'), "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
        )
        .await;
        self.click_text("Copy as Markdown").await;
        self.wait_until(
            "the copy's status",
            "return document.querySelector('.status').textContent.includes('Copied as Markdown')",
        )
        .await;
        let text = self.eval("return navigator.clipboard.readText()").await;
        text.as_str().unwrap_or_default().to_owned()
    }

    /// Prints the page as Chromium's print would, on paper `width` x `height` inches, and reads the
    /// PDF back: its number of pages and its text.
    pub async fn print_to_text(&self, width: f64, height: f64, name: &str) -> (u32, String) {
        let pdf = self
            .devtools(
                "Page.printToPDF",
                json!({ "paperWidth": width, "paperHeight": height, "printBackground": false }),
            )
            .await;
        let dir = std::env::temp_dir().join(format!("cto-compass-print-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let base64 = dir.join(format!("{name}.b64"));
        let file = dir.join(format!("{name}.pdf"));
        std::fs::write(&base64, pdf["data"].as_str().expect("PDF data")).unwrap();
        let decoded = std::process::Command::new("base64")
            .arg("-d")
            .arg(&base64)
            .output()
            .unwrap();
        std::fs::write(&file, decoded.stdout).unwrap();
        let run = |tool: &str, args: &[&str]| {
            let out = std::process::Command::new(tool)
                .args(args)
                .arg(&file)
                .args(if tool == "pdftotext" {
                    &["-"][..]
                } else {
                    &[][..]
                })
                .output()
                .unwrap_or_else(|e| panic!("{tool} (poppler-utils, `make setup`): {e}"));
            String::from_utf8_lossy(&out.stdout).into_owned()
        };
        let info = run("pdfinfo", &[]);
        let pages = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .expect("pdfinfo gives the pages");
        (pages, run("pdftotext", &["-layout"]))
    }

    /// A fresh browser with an empty profile, at a desktop size.
    pub async fn launch() -> Browser {
        Self::launch_sized(1280, 900).await
    }

    /// Starts chromedriver and a session, trying again on a fresh port if the session cannot
    /// be created (a busy machine, or a port taken between choosing and binding it).
    pub async fn launch_sized(width: u32, height: u32) -> Browser {
        Self::launch_with(width, height, &[]).await
    }

    /// With Chromium flags of the test's own, such as `--force-dark-mode` (a visitor whose
    /// device prefers dark, in every frame of every site).
    pub async fn launch_with(width: u32, height: u32, flags: &[&str]) -> Browser {
        let mut last_error = String::new();
        for _ in 0..3 {
            match Self::try_launch(width, height, flags).await {
                Ok(browser) => return browser,
                Err(error) => last_error = error,
            }
        }
        panic!("start a Chromium session: {last_error}");
    }

    async fn try_launch(width: u32, height: u32, flags: &[&str]) -> Result<Browser, String> {
        let chromedriver_path =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let chromium_path =
            std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let port = free_port();
        let chromedriver = Command::new(&chromedriver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {chromedriver_path}: {e} (make test installs it)")
            });
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }

        let mut caps = DesiredCapabilities::chrome();
        caps.set_binary(&chromium_path).unwrap();
        for flag in CHROMIUM_FLAGS.iter().chain(flags) {
            caps.add_arg(flag).unwrap();
        }
        caps.add_arg(&format!("--window-size={width},{height}"))
            .unwrap();
        // The performance log lists every request the page makes, whatever its host.
        caps.set_logging_prefs("performance", LoggingPrefsLogLevel::All)
            .unwrap();
        caps.set_logging_prefs("browser", LoggingPrefsLogLevel::All)
            .unwrap();
        match WebDriver::new(format!("http://127.0.0.1:{port}"), caps).await {
            Ok(driver) => Ok(Browser {
                driver,
                chromedriver,
            }),
            Err(error) => {
                let mut chromedriver = chromedriver;
                let _ = chromedriver.kill();
                let _ = chromedriver.wait();
                Err(error.to_string())
            }
        }
    }

    pub async fn quit(mut self) {
        let _ = self.driver.clone().quit().await;
        let _ = self.chromedriver.kill();
        let _ = self.chromedriver.wait();
    }

    /// Runs a script in the page and returns its result as JSON.
    pub async fn eval(&self, script: &str) -> Value {
        self.driver
            .execute(script, Vec::new())
            .await
            .unwrap_or_else(|e| panic!("script failed: {script}\n{e}"))
            .json()
            .clone()
    }

    /// Waits until the app has mounted (the static shell is gone and the mark is set) and has
    /// drawn the parts it leaves for just after start-up (`[data-later]`), and no part of the
    /// app is still on its way (`.part-loading`: a change of address within the page, from one
    /// part to another, shows the page before it until the new part arrives).
    pub async fn wait_for_app(&self) {
        self.wait_until("the app to mount", "return !document.getElementById('app-shell') && performance.getEntriesByName('cto-compass:mounted').length > 0 && !!document.querySelector('main h1') && !document.querySelector('[data-later]') && !document.querySelector('.part-loading')").await;
    }

    /// Goes to a route by its fragment, as a link would, and waits until its page has
    /// replaced the one before (a new heading, or the heading saying something new).
    pub async fn show(&self, hash: &str) {
        let script = format!(
            "const target = {};
             if ((location.hash || '#/') === target) return false;
             const h = document.querySelector('main h1');
             if (h) h.dataset.left = 'yes';
             window.headingBefore = h ? h.textContent : null;
             location.hash = target;
             return true;",
            serde_json::to_string(hash).unwrap()
        );
        if self.eval(&script).await == Value::Bool(true) {
            self.wait_until(
                &format!("the page at {hash}"),
                // A new heading, or the same one saying something else.
                "const h = document.querySelector('main h1'); return !!h && (!h.dataset.left || h.textContent !== window.headingBefore)",
            )
            .await;
        }
    }

    /// Polls a script returning a boolean until it is true, for up to ten seconds.
    pub async fn wait_until(&self, what: &str, script: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if self.eval(script).await == Value::Bool(true) {
                return;
            }
            if Instant::now() > deadline {
                let body = self.eval("return document.body.innerText").await;
                panic!("timed out waiting for {what}; the page says:\n{body}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Every text of the SVG charts matching `svgs` as rendered: its words, its font size in
    /// CSS pixels on screen (the computed size times its SVG's scale, the SVG's rendered width
    /// over its viewBox's, which is 1 for a chart drawn at its real size), that scale, and
    /// whether it lies inside its SVG (not clipped).
    pub async fn chart_texts(&self, svgs: &str) -> Vec<ChartText> {
        let script = format!(
            "return [...document.querySelectorAll({})].flatMap(svg => {{
                const box = svg.getBoundingClientRect();
                const scale = box.width / svg.viewBox.baseVal.width;
                return [...svg.querySelectorAll('text')].map(t => {{
                    const r = t.getBoundingClientRect();
                    return {{ text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) * scale, scale,
                        inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5 }};
                }});
            }})",
            serde_json::to_string(svgs).unwrap()
        );
        serde_json::from_value(self.eval(&script).await).expect("chart texts")
    }

    /// The first storage notice's text, once its words are there (they arrive a moment after
    /// its heading: a part of the app of their own).
    pub async fn notice_text(&self) -> String {
        self.wait_until(
            "a notice's words",
            "return !!document.querySelector('.notice .notice__body p')",
        )
        .await;
        self.text_of(".notice").await
    }

    /// The address's hash: the page shown.
    pub async fn hash(&self) -> String {
        self.eval("return location.hash")
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// The text of the page's main heading, once there is one.
    pub async fn heading(&self) -> String {
        self.wait_until(
            "a main heading",
            "return !!document.querySelector('main h1')",
        )
        .await;
        self.eval("return document.querySelector('main h1').textContent.trim()")
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Waits for the main heading to read `expected`.
    pub async fn wait_for_heading(&self, expected: &str) {
        let script = format!(
            "const h = document.querySelector('main h1'); return !!h && h.textContent.trim() === {};",
            serde_json::to_string(expected).unwrap()
        );
        self.wait_until(&format!("the heading {expected:?}"), &script)
            .await;
    }

    pub async fn text_of(&self, css: &str) -> String {
        self.driver
            .find(By::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"))
            .text()
            .await
            .unwrap()
    }

    pub async fn click(&self, css: &str) {
        self.driver
            .find(By::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"))
            .click()
            .await
            .unwrap_or_else(|e| panic!("cannot click {css}: {e}"));
    }

    /// Clicks the link or button whose visible text is exactly `text`.
    pub async fn click_text(&self, text: &str) {
        let xpath = format!(
            "//*[self::a or self::button][normalize-space(.)={}]",
            xpath_literal(text)
        );
        self.driver
            .find(By::XPath(xpath))
            .await
            .unwrap_or_else(|e| panic!("no link or button {text:?}: {e}"))
            .click()
            .await
            .unwrap();
    }

    pub async fn local_storage(&self, key: &str) -> Option<String> {
        let script = format!(
            "return localStorage.getItem({});",
            serde_json::to_string(key).unwrap()
        );
        self.eval(&script).await.as_str().map(str::to_owned)
    }

    pub async fn set_local_storage(&self, key: &str, value: &str) {
        let script = format!(
            "localStorage.setItem({}, {});",
            serde_json::to_string(key).unwrap(),
            serde_json::to_string(value).unwrap()
        );
        self.eval(&script).await;
    }

    /// The URL of every request the browser has made since the last call.
    pub async fn requested_urls(&self) -> Vec<String> {
        let entries = self
            .driver
            .get_log("performance")
            .await
            .expect("performance log");
        entries
            .iter()
            .filter_map(|entry| serde_json::from_str::<Value>(&entry.message).ok())
            .filter(|message| message["message"]["method"] == "Network.requestWillBeSent")
            .filter_map(|message| {
                message["message"]["params"]["request"]["url"]
                    .as_str()
                    .map(str::to_owned)
            })
            .collect()
    }

    /// Presses keys on whatever has focus, as a keyboard would.
    pub async fn press(&self, keys: impl Into<thirtyfour::common::keys::TypingData>) {
        self.driver
            .action_chain()
            .send_keys(keys)
            .perform()
            .await
            .expect("key press");
    }

    /// Clicks the link or button with this text and returns the text of the file it downloads
    /// (the first with this extension).
    pub async fn download_by_clicking(&self, text: &str, extension: &str) -> String {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        let folder =
            std::env::temp_dir().join(format!("cto-compass-e2e-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        self.driver
            .cdp()
            .send_raw(
                "Browser.setDownloadBehavior",
                serde_json::json!({ "behavior": "allow", "downloadPath": folder.to_str().unwrap() }),
            )
            .await
            .unwrap();
        self.click_text(text).await;
        let deadline = Instant::now() + Duration::from_secs(10);
        let file = loop {
            let found = std::fs::read_dir(&folder)
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .find(|p| p.extension().is_some_and(|e| e == extension));
            if let Some(file) = found {
                break file;
            }
            assert!(Instant::now() < deadline, "no download arrived");
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        let text = std::fs::read_to_string(&file).unwrap();
        let _ = std::fs::remove_dir_all(&folder);
        text
    }

    /// Whether the focused element matches a CSS selector.
    pub async fn focus_is_on(&self, css: &str) -> bool {
        let script = format!(
            "const a = document.activeElement; return !!a && a.matches({});",
            serde_json::to_string(css).unwrap()
        );
        self.eval(&script).await == Value::Bool(true)
    }

    /// Presses Tab until focus reaches an element matching `css`.
    pub async fn tab_to(&self, css: &str) {
        for _ in 0..60 {
            if self.focus_is_on(css).await {
                return;
            }
            self.press(Key::Tab).await;
        }
        panic!("Tab never reached {css}");
    }

    /// Runs axe-core (from tools/node_modules) on the page in the light theme and again in the
    /// dark one (`prefers-color-scheme` emulated), and returns the violations of both, each as
    /// "theme rule (impact): element, element".
    pub async fn axe_violations(&self) -> Vec<String> {
        let mut found = Vec::new();
        for theme in ["light", "dark"] {
            self.emulate_media("prefers-color-scheme", theme).await;
            let shown = format!("return matchMedia('(prefers-color-scheme: {theme})').matches");
            assert_eq!(self.eval(&shown).await, Value::Bool(true), "{theme} theme");
            found.extend(
                self.axe_violations_as_shown()
                    .await
                    .into_iter()
                    .map(|v| format!("{theme}: {v}")),
            );
        }
        self.emulate_media("prefers-color-scheme", "").await;
        found
    }

    /// Lays the page out at `width` CSS pixels: 320 is a small phone (and WCAG's reflow
    /// width), 640 a 1280-pixel window at 200% zoom.
    pub async fn set_viewport(&self, width: u32, height: u32) {
        self.devtools(
            "Emulation.setDeviceMetricsOverride",
            serde_json::json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false }),
        )
        .await;
    }

    /// How far the page scrolls sideways, in CSS pixels (0 when it fits).
    pub async fn sideways_overflow(&self) -> i64 {
        self.eval(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
        )
        .await
        .as_i64()
        .unwrap()
    }

    /// [`Self::axe_violations`], each prefixed with where it was found.
    pub async fn axe_violations_at(&self, place: &str) -> Vec<String> {
        self.axe_violations()
            .await
            .into_iter()
            .map(|v| format!("{place}: {v}"))
            .collect()
    }

    /// Emulates a media feature (`prefers-color-scheme: dark`); an empty value ends it.
    pub async fn emulate_media(&self, feature: &str, value: &str) {
        self.devtools(
            "Emulation.setEmulatedMedia",
            serde_json::json!({ "features": [{ "name": feature, "value": value }] }),
        )
        .await;
    }

    /// Runs axe-core on the page as it is shown now (in the colour scheme emulated, if any),
    /// with what is fading brought to its end, and returns its violations, each as "rule (impact): element, element"; an element whose
    /// colours fail has them after it: "(3.2:1, needs 4.5:1: #777777 on #ffffff)".
    pub async fn axe_violations_as_shown(&self) -> Vec<String> {
        let source = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tools/node_modules/axe-core/axe.min.js"),
        )
        .expect("axe-core is installed by `make setup` (npm, tools/)");
        self.eval(&format!("{source}\nreturn true;")).await;
        let result = self
            .driver
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const colours = n => {
                     const d = (n.any.concat(n.all, n.none).find(c => c.data && c.data.contrastRatio) || {}).data;
                     return d ? ` (${d.contrastRatio}:1, needs ${d.expectedContrastRatio}: ${d.fgColor} on ${d.bgColor})` : '';
                 };
                 // Colours fade for a moment when the scheme changes: read them as they end
                 // (a frame out of view may not run its transitions at all).
                 document.getAnimations()
                     .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
                     .forEach(a => a.finish());
                 axe.run(document, { resultTypes: ['violations'] })
                    .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ') + colours(n)).join(', '))))
                    .catch(e => done(['axe failed: ' + e]));",
                Vec::new(),
            )
            .await
            .expect("axe ran");
        serde_json::from_value(result.json().clone()).expect("a list of violations")
    }

    /// Sends a Chrome DevTools Protocol command (network conditions, emulated media).
    pub async fn devtools(&self, command: &str, params: Value) -> Value {
        self.driver
            .cdp()
            .send_raw(command, params)
            .await
            .unwrap_or_else(|e| panic!("DevTools {command}: {e}"))
    }

    /// Errors the page logged to its console.
    pub async fn console_errors(&self) -> Vec<String> {
        let entries = self.driver.get_log("browser").await.expect("browser log");
        entries
            .into_iter()
            .filter(|entry| entry.level == "SEVERE")
            .map(|entry| entry.message)
            .collect()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Reached when a test fails before `quit`: don't leave chromedriver behind.
        let _ = self.chromedriver.kill();
    }
}

fn xpath_literal(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else {
        format!("\"{text}\"")
    }
}
