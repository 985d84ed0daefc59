//! `make screenshots`: a full-page PNG of every page of the app, and of the example host page
//! framing it, at 375 and 1280 CSS pixels wide, in the light and the dark colour scheme, into
//! target/screenshots/ (`home-375-light.png`, `workspace-kpis-1280-dark.png`,
//! `embed-375-light.png`...): the whole app to look at in a minute.
//!
//! It drives Debian's Chromium through chromedriver as the end-to-end tests do (tests/support/),
//! against the release build already in dist/ (`make dist`). Sample data is stored first (a
//! finished self-assessment, saved cost scenarios, a workspace with something in every part),
//! so that each page shows what it is for: the pages and the data are
//! tests/support/sample_app.rs, which the design checks (tests/design.rs) go through too.
//!
//! Usage: cargo run --example screenshots [-- NAME...]   (only the pages named, such as
//! `workspace-kpis embed`; every page without)

#[path = "../tests/support/mod.rs"]
mod support;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde_json::{Value, json};
use support::browser::Browser;
use support::sample_app::{Page, documents, open, pages, seed, seed_page, set_size, settle};
use support::server::{Options, StaticServer};
use support::{MOUNT, dist_dir};

/// Each width with the viewport height it is laid out in (a phone, a laptop).
const SIZES: [(u32, u32); 2] = [(375, 812), (1280, 900)];
const THEMES: [&str; 2] = ["light", "dark"];

/// The example host page, served on localhost: another site than the app's 127.0.0.1.
const EXAMPLE_PAGE: &str = "/example/";

/// Writes what the viewport's top-left shows at `width` by the page's full height, and says
/// where and how large.
async fn capture(browser: &Browser, width: u32, file: &Path) {
    browser.eval("window.scrollTo(0, 0); return true;").await;
    let metrics = browser.devtools("Page.getLayoutMetrics", json!({})).await;
    let height = metrics["cssContentSize"]["height"]
        .as_f64()
        .or_else(|| metrics["contentSize"]["height"].as_f64())
        .expect("the page's height")
        .ceil();
    let shot = browser
        .devtools(
            "Page.captureScreenshot",
            json!({
                "format": "png",
                "captureBeyondViewport": true,
                "clip": { "x": 0, "y": 0, "width": width, "height": height, "scale": 1 },
            }),
        )
        .await;
    write_png(shot, file);
}

fn write_png(shot: Value, file: &Path) {
    let png = base64_decode(shot["data"].as_str().expect("a screenshot"));
    assert!(
        png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 24,
        "not a PNG"
    );
    std::fs::write(file, &png).unwrap_or_else(|e| panic!("write {}: {e}", file.display()));
    // The size, from the PNG's header chunk.
    let number = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    let shown = file
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(file);
    println!("{} ({} x {})", shown.display(), number(16), number(20));
}

/// Standard base64, as DevTools sends a screenshot.
fn base64_decode(text: &str) -> Vec<u8> {
    fn sextet(c: u8) -> u32 {
        u32::from(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => panic!("{:?} is not base64", char::from(c)),
        })
    }
    let digits: Vec<u8> = text
        .bytes()
        .filter(|c| !c.is_ascii_whitespace() && *c != b'=')
        .collect();
    let mut out = Vec::with_capacity(digits.len() / 4 * 3 + 2);
    for chunk in digits.chunks(4) {
        let bits = chunk
            .iter()
            .enumerate()
            .fold(0, |bits, (i, &c)| bits | sextet(c) << (18 - 6 * i));
        let bytes = bits.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    out
}

/// What a page showed that a design pass should know of: sideways scrolling, a storage notice,
/// errors in the console.
async fn remarks(browser: &Browser, what: &str) -> Vec<String> {
    let mut found = Vec::new();
    let overflow = browser.sideways_overflow().await;
    if overflow > 0 {
        found.push(format!("{what}: scrolls sideways by {overflow} px"));
    }
    let notice = browser
        .eval("const n = document.querySelector('.notice'); return n ? n.innerText : ''")
        .await;
    if let Some(notice) = notice.as_str().filter(|n| !n.is_empty()) {
        found.push(format!(
            "{what}: shows a notice: {}",
            notice.replace('\n', " ")
        ));
    }
    // The example host page has no icon: its site's /favicon.ico is not the app's concern.
    let host_icon = |e: &String| e.contains("/favicon.ico ") && !e.contains(MOUNT);
    for error in browser
        .console_errors()
        .await
        .into_iter()
        .filter(|e| !host_icon(e))
    {
        found.push(format!("{what}: console error: {error}"));
    }
    found
}

/// The example host page on localhost framing the app on 127.0.0.1, its frames loaded and
/// fitted to their content, at every size in both themes.
async fn capture_embed(browser: &Browser, server: &StaticServer, out: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let url = server.url(EXAMPLE_PAGE).replace("127.0.0.1", "localhost");
    for (width, height) in SIZES {
        set_size(browser, width, height).await;
        browser.driver.goto("about:blank").await.unwrap();
        browser.driver.goto(&url).await.unwrap();
        browser
            .wait_until(
                "both frames",
                "return document.querySelectorAll('iframe').length === 2",
            )
            .await;
        // Chromium pauses the drawing of another site's frame outside the viewport: a tall
        // viewport keeps both frames in view, then the page is captured as a viewport of its
        // own height, so nothing of it is outside the viewport.
        set_size(browser, width, 6000).await;
        for index in 0..2 {
            browser.driver.enter_frame(index).await.unwrap();
            browser.wait_for_app().await;
            settle(browser).await;
            browser.driver.enter_default_frame().await.unwrap();
        }
        for theme in THEMES {
            browser.emulate_media("prefers-color-scheme", theme).await;
            let page_height = fit_frames(browser).await;
            set_size(browser, width, page_height).await;
            fit_frames(browser).await;
            settle(browser).await;
            let file = out.join(format!("embed-{width}-{theme}.png"));
            let shot = browser
                .devtools("Page.captureScreenshot", json!({ "format": "png" }))
                .await;
            write_png(shot, &file);
            set_size(browser, width, 6000).await;
        }
        found.extend(remarks(browser, &format!("embed at {width}")).await);
    }
    found
}

/// Waits until the host script has fitted both frames to their content, and the host page's
/// height has stopped changing; returns that height.
async fn fit_frames(browser: &Browser) -> u32 {
    let started = Instant::now();
    let mut last = None;
    loop {
        let mut fitted = true;
        for index in 0..2u16 {
            browser.driver.enter_frame(index).await.unwrap();
            let inner = browser
                .eval("return document.documentElement.getBoundingClientRect().height")
                .await
                .as_f64()
                .unwrap_or_default();
            browser.driver.enter_default_frame().await.unwrap();
            let outer = browser
                .eval(&format!(
                    "return document.querySelectorAll('iframe')[{index}].getBoundingClientRect().height"
                ))
                .await
                .as_f64()
                .unwrap_or_default();
            fitted &= inner > 0.0 && (outer - inner.ceil()).abs() <= 1.0;
        }
        let height = browser
            .eval("return document.documentElement.scrollHeight")
            .await
            .as_u64()
            .unwrap_or_default() as u32;
        if fitted && last == Some(height) {
            return height;
        }
        assert!(
            started.elapsed().as_secs() < 20,
            "the example page's frames were not fitted to their content"
        );
        last = Some(height);
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    }
}

#[tokio::main]
async fn main() {
    let started = Instant::now();
    let wanted: Vec<String> = std::env::args().skip(1).collect();
    let pick = |name: &str| wanted.is_empty() || wanted.iter().any(|w| w == name);
    let pages: Vec<Page> = pages().into_iter().filter(|p| pick(&p.name)).collect();
    let embed = pick("embed");
    if pages.is_empty() && !embed {
        let names: Vec<String> = self::pages().into_iter().map(|p| p.name).collect();
        panic!(
            "no page is named {wanted:?}; the pages: {}, embed",
            names.join(", ")
        );
    }

    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&out).unwrap();
    // The sample documents, checked before anything starts.
    documents();

    // One server: the app at MOUNT on 127.0.0.1, and the example host page, which is opened as
    // localhost (another site), framing the app on 127.0.0.1.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let example =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("embed/index.html"))
            .expect("the example host page, embed/index.html")
            .replace(
                "http://127.0.0.1:8080/",
                &format!("http://127.0.0.1:{port}{MOUNT}"),
            );
    let server = StaticServer::start_with(
        &dist_dir(),
        MOUNT,
        Options {
            pages: HashMap::from([seed_page(), (EXAMPLE_PAGE.to_owned(), example)]),
            port,
            ..Options::default()
        },
    );

    let browser = Browser::launch_sized(SIZES[1].0, SIZES[1].1).await;
    seed(&browser, &server).await;

    let mut found = Vec::new();
    let mut files = 0;
    for (width, height) in SIZES {
        set_size(&browser, width, height).await;
        for page in &pages {
            browser
                .emulate_media("prefers-color-scheme", THEMES[0])
                .await;
            open(&browser, &server, page).await;
            for theme in THEMES {
                browser.emulate_media("prefers-color-scheme", theme).await;
                settle(&browser).await;
                let file = out.join(format!("{}-{width}-{theme}.png", page.name));
                capture(&browser, width, &file).await;
                files += 1;
            }
            found.extend(remarks(&browser, &format!("{} at {width}", page.name)).await);
        }
    }
    if embed {
        found.extend(capture_embed(&browser, &server, &out).await);
        files += SIZES.len() * THEMES.len();
    }
    browser.quit().await;

    for remark in &found {
        println!("note: {remark}");
    }
    println!(
        "{files} screenshots in {} in {:.0} s",
        out.display(),
        started.elapsed().as_secs_f64()
    );
}
