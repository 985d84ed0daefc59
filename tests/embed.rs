//! End-to-end: the app embedded in a consultancy's page, with the host page and the app on two
//! different sites (localhost and 127.0.0.1), in Debian's headless Chromium. Frames fit their
//! content, events reach the host only when it asked and only from the app, hostile options
//! are refused, the host's CSS cannot break the app, two embeds on one page keep apart, and a
//! framed app keeps nothing and says so.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::HashMap;

use serde_json::{Value, json};
use support::browser::Browser;
use support::dist_dir;
use support::server::{Options, StaticServer};

/// Where the app is served, on 127.0.0.1.
const APP: &str = "/cto/";

/// Answers whose result is clear (a fractional CTO), as a share link's query.
const EARLY_STARTUP: &str = "v=1&currency=USD&stage=early&industry=technology&leadership=nobody&team=1-3&budget=6000&challenges=expertise,roadmap&time=days-1-2&horizon=year&need=leadership&ownership=nice";

struct Sites {
    app: StaticServer,
    host: StaticServer,
}

impl Sites {
    /// The app on 127.0.0.1, and host pages (each `/<name>/`) on localhost: another site.
    fn start(pages: &[(&str, String)]) -> Sites {
        // Each host page is served by both: on localhost (another site) and on the app's own
        // server (the same origin, where the framed app's console can be read).
        let port = {
            let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            probe.local_addr().unwrap().port()
        };
        let app_url = format!("http://127.0.0.1:{port}{APP}");
        let pages: HashMap<String, String> = pages
            .iter()
            .map(|(name, html)| (format!("/{name}/"), html.replace("{APP}", &app_url)))
            .collect();
        let app = StaticServer::start_with(
            &dist_dir(),
            APP,
            Options {
                pages: pages.clone(),
                port,
                ..Options::default()
            },
        );
        let host = StaticServer::start_with(
            &dist_dir(),
            "/not-used/",
            Options {
                pages,
                ..Options::default()
            },
        );
        Sites { app, host }
    }

    /// A host page on the app's own origin.
    fn same_origin_url(&self, name: &str) -> String {
        self.app.url(&format!("/{name}/"))
    }

    fn host_url(&self, name: &str) -> String {
        self.host
            .url(&format!("/{name}/"))
            .replace("127.0.0.1", "localhost")
    }
}

/// A host page around some markup, loading the host script from the app's site.
fn host_page(body: &str, head: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A consultancy</title>{head}</head>\
         <body><h1 id=\"host-heading\">Our tools</h1>{body}\
         <script src=\"{{APP}}embed.js\" async></script></body></html>"
    )
}

/// The example host page in the repository, pointed at the test's app server.
fn example_page() -> String {
    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("embed/index.html"),
    )
    .expect("the example host page");
    assert!(page.contains("http://127.0.0.1:8080/"));
    page.replace("http://127.0.0.1:8080/", "{APP}")
}

async fn frame_count(browser: &Browser) -> usize {
    browser
        .eval("return document.querySelectorAll('iframe').length")
        .await
        .as_u64()
        .unwrap_or(0) as usize
}

/// The height the host script gave a frame, in pixels.
async fn frame_height(browser: &Browser, index: usize) -> f64 {
    browser
        .eval(&format!(
            "return document.querySelectorAll('iframe')[{index}].getBoundingClientRect().height"
        ))
        .await
        .as_f64()
        .unwrap()
}

/// Goes into a frame and waits for the app there.
async fn enter(browser: &Browser, index: u16) {
    browser.driver.enter_default_frame().await.unwrap();
    browser
        .wait_until(
            "the frames",
            &format!("return document.querySelectorAll('iframe').length > {index}"),
        )
        .await;
    browser.driver.enter_frame(index).await.unwrap();
    browser.wait_for_app().await;
}

async fn leave(browser: &Browser) {
    browser.driver.enter_default_frame().await.unwrap();
}

/// Waits until the host script has fitted a frame to the app's own height (measured again
/// each time, since the app's content may still be settling).
async fn wait_fitted(browser: &Browser, index: u16) {
    let started = std::time::Instant::now();
    // Chromium pauses the rendering of other sites' frames outside the viewport (and with it
    // their resize notifications), as it would for a visitor who has not scrolled there yet.
    leave(browser).await;
    browser
        .eval(&format!(
            "document.querySelectorAll('iframe')[{index}].scrollIntoView(); return true;"
        ))
        .await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        enter(browser, index).await;
        let inner = browser
            .eval("return document.documentElement.getBoundingClientRect().height")
            .await
            .as_f64()
            .unwrap();
        leave(browser).await;
        let outer = frame_height(browser, usize::from(index)).await;
        if (outer - inner.ceil()).abs() <= 1.0 {
            eprintln!("frame {index} fitted in {:?}", started.elapsed());
            return;
        }
        if std::time::Instant::now() > deadline {
            enter(browser, index).await;
            let width = browser
                .eval("return [innerWidth, innerHeight, document.documentElement.scrollHeight]")
                .await;
            leave(browser).await;
            let style = browser
                .eval(&format!(
                    "return document.querySelectorAll('iframe')[{index}].style.height"
                ))
                .await;
            panic!(
                "frame {index} is {outer} px ({style}) for content of {inner} px; inside {width}"
            );
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn the_example_page_embeds_both_ways_and_the_frames_follow_their_content() {
    let sites = Sites::start(&[("example", example_page())]);
    let browser = Browser::launch().await;
    browser
        .driver
        .goto(sites.host_url("example"))
        .await
        .unwrap();
    browser
        .wait_until(
            "both frames",
            "return document.querySelectorAll('iframe').length === 2",
        )
        .await;
    assert!(
        browser
            .eval("return document.querySelector('#assessment iframe').src")
            .await
            .as_str()
            .unwrap()
            .starts_with(&sites.app.url(APP)),
        "the div became a frame of the app"
    );
    wait_fitted(&browser, 0).await;
    wait_fitted(&browser, 1).await;
    let start = frame_height(&browser, 0).await;
    assert!(
        frame_height(&browser, 1).await > 1000.0,
        "the calculator's frame grew from 640 px"
    );

    // Grows: a question with its error showing is taller than the start page.
    enter(&browser, 0).await;
    assert_eq!(browser.heading().await, "Self-assessment");
    browser.click_text("Start now").await;
    browser
        .wait_for_heading("What stage is your company at?")
        .await;
    browser.click_text("Continue").await;
    browser
        .wait_until(
            "the error",
            "return !!document.querySelector('.error-summary')",
        )
        .await;
    leave(&browser).await;
    wait_fitted(&browser, 0).await;
    let grown = frame_height(&browser, 0).await;
    assert!(grown > start + 100.0, "{start} -> {grown}");

    // Shrinks again on a shorter page.
    enter(&browser, 0).await;
    browser
        .eval("location.hash = '#/no-such-page'; return true;")
        .await;
    browser.wait_for_heading("Page not found").await;
    leave(&browser).await;
    wait_fitted(&browser, 0).await;
    let shrunk = frame_height(&browser, 0).await;
    assert!(shrunk < grown - 100.0, "{grown} -> {shrunk}");

    // No inner scroll bar: the frame shows the whole page.
    enter(&browser, 0).await;
    let fits = browser
        .eval("return document.documentElement.scrollHeight <= window.innerHeight + 1")
        .await;
    assert_eq!(fits, json!(true));
    browser.quit().await;
}

/// What the host page heard: each `fcto:*` event as [element id, event name, detail].
const RECORDER: &str = "<script>window.heard = []; ['fcto:ready', 'fcto:step', 'fcto:result', 'fcto:height'].forEach(n => document.addEventListener(n, e => window.heard.push([e.target.id, n, e.detail])));</script>";

async fn heard(browser: &Browser, name: &str) -> Vec<Value> {
    let all = browser.eval("return window.heard").await;
    all.as_array()
        .unwrap()
        .iter()
        .filter(|e| e[1] == name)
        .cloned()
        .collect()
}

/// The ids of the elements that heard these events.
fn ids(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| e[0].as_str().unwrap_or_default().to_owned())
        .collect()
}

async fn show_result(browser: &Browser, frame: u16) {
    enter(browser, frame).await;
    browser
        .eval(&format!(
            "location.hash = '#/assessment/shared?{EARLY_STARTUP}'; return true;"
        ))
        .await;
    browser.wait_for_heading("Shared result").await;
    // Kept as the visitor's own answers: a result of theirs, which a host may hear of.
    browser.click_text("Keep these answers as mine").await;
    browser.wait_for_heading("Your result").await;
    leave(browser).await;
}

#[tokio::test]
async fn the_host_hears_the_result_only_when_it_opted_in_and_only_from_the_app() {
    let page = host_page(
        "<div id=\"asked\" data-fcto data-fcto-events></div>\
         <div id=\"quiet\" data-fcto></div>\
         <div id=\"declined\" data-fcto data-fcto-events=\"false\"></div>",
        RECORDER,
    );
    let sites = Sites::start(&[("events", page)]);
    let browser = Browser::launch().await;
    browser.driver.goto(sites.host_url("events")).await.unwrap();
    browser
        .wait_until(
            "three frames",
            "return document.querySelectorAll('iframe').length === 3",
        )
        .await;
    for frame in 0..3 {
        show_result(&browser, frame).await;
    }
    browser
        .wait_until(
            "the result event",
            "return window.heard.some(e => e[1] === 'fcto:result')",
        )
        .await;

    let results = heard(&browser, "fcto:result").await;
    assert_eq!(results.len(), 1, "{results:?}");
    assert_eq!(results[0][0], "asked", "only the embed that asked");
    let detail = &results[0][2];
    assert_eq!(detail["recommended"], "fractional");
    let mut keys: Vec<&String> = detail.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(
        keys,
        ["event", "recommended", "scores", "source", "type"],
        "nothing else"
    );
    assert_eq!(detail["scores"].as_object().unwrap().len(), 4);
    assert!(
        ids(&heard(&browser, "fcto:ready").await)
            .iter()
            .all(|id| id == "asked")
    );
    let steps = heard(&browser, "fcto:step").await;
    assert!(steps.iter().any(|e| e[2]["page"] == "assessment/shared"));
    assert!(
        steps.iter().all(|e| !e[2].to_string().contains("stage=")),
        "a step names the page, never the answers in its address"
    );
    let heights = ids(&heard(&browser, "fcto:height").await);
    assert!(
        !heights.is_empty() && heights.iter().all(|id| id == "asked"),
        "{heights:?}"
    );

    // Forged messages: from the host page itself, and from a frame of the host's own origin.
    browser
        .eval(
            "const fake = { source: 'cto-compass', type: 'event', event: 'result', recommended: 'full-time', scores: {} };
             window.postMessage(fake, '*');
             const f = document.createElement('iframe');
             f.srcdoc = '<script>parent.postMessage(' + JSON.stringify(fake) + ', \"*\")<\\/script>';
             document.body.appendChild(f);
             return true;",
        )
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        heard(&browser, "fcto:result").await.len(),
        1,
        "forgeries are ignored"
    );
    browser.quit().await;
}

/// The app's warnings in the console, as the browser logged them.
async fn console_warnings(browser: &Browser) -> Vec<String> {
    let entries = browser
        .driver
        .get_log("browser")
        .await
        .expect("browser log");
    entries
        .into_iter()
        .filter(|entry| entry.message.contains("CTO Compass:"))
        .map(|entry| entry.message)
        .collect()
}

#[tokio::test]
async fn hostile_options_are_refused_and_good_ones_used() {
    let page = host_page(
        "<div id=\"hostile\" data-fcto \
           data-fcto-brand=\"&lt;img src=x onerror=alert(1)&gt;\" \
           data-fcto-accent=\"red;background:url(https://evil.example/x)\" \
           data-fcto-cta-label=\"Click me\" data-fcto-cta-url=\"javascript:alert(1)\" \
           data-fcto-colour=\"purple\"></div>\
         <div id=\"good\" data-fcto data-fcto-brand=\"Northwind\" data-fcto-accent=\"#1d4ed8\" \
           data-fcto-cta-label=\"Book a call\" data-fcto-cta-url=\"https://northwind.example/book\"></div>",
        "",
    );
    let sites = Sites::start(&[("options", page)]);
    // On the app's own address, not framed, options are ignored: no one can dress the full
    // app in a brand and a call to action by sending a link.
    let browser = Browser::launch().await;
    browser
        .driver
        .goto(format!(
            "{}?brand=Evil&cta-label=Book&cta-url=https%3A%2F%2Fevil.example#/assessment/shared?{EARLY_STARTUP}",
            sites.app.url(APP)
        ))
        .await
        .unwrap();
    browser.wait_for_heading("Shared result").await;
    assert_eq!(browser.text_of(".brand-name").await, "CTO Compass");
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('.call-to-action').length")
            .await,
        0
    );
    assert!(console_warnings(&browser).await.iter().any(|w| w.contains(
        "options in the address are used only when the app is shown in another page's frame"
    )),);
    browser.quit().await;
    let browser = Browser::launch().await;
    browser
        .driver
        .goto(sites.host_url("options"))
        .await
        .unwrap();
    show_result(&browser, 0).await;
    show_result(&browser, 1).await;

    enter(&browser, 0).await;
    assert_eq!(
        browser.text_of(".brand-name").await,
        "<img src=x onerror=alert(1)>",
        "the brand is text"
    );
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('img').length")
            .await,
        0
    );
    assert_eq!(
        browser
            .eval("return getComputedStyle(document.querySelector('.site-header')).backgroundColor")
            .await,
        "rgb(11, 92, 92)",
        "the refused colour left the app's own"
    );
    assert_eq!(
        browser
            .eval("return document.documentElement.getAttribute('style')")
            .await,
        Value::Null,
        "nothing was written into the page's style"
    );
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('.call-to-action, a[href^=javascript]').length")
            .await,
        0,
        "no call to action with a script address"
    );
    // The same page on the app's own origin, where the framed app's console can be read:
    // it says what was refused.
    leave(&browser).await;
    browser
        .driver
        .goto(sites.same_origin_url("options"))
        .await
        .unwrap();
    enter(&browser, 0).await;
    leave(&browser).await;
    let warnings = console_warnings(&browser).await;
    for says in [
        "the option accent was refused",
        "the option cta-url was refused",
        "unknown options were ignored: colour",
        "a call to action needs both",
    ] {
        assert!(
            warnings.iter().any(|w| w.contains(says)),
            "{says}: {warnings:?}"
        );
    }

    browser
        .driver
        .goto(sites.host_url("options"))
        .await
        .unwrap();
    show_result(&browser, 1).await;
    enter(&browser, 1).await;
    assert_eq!(browser.text_of(".brand-name").await, "Northwind");
    assert_eq!(
        browser
            .eval("return getComputedStyle(document.querySelector('.site-header')).backgroundColor")
            .await,
        "rgb(29, 78, 216)"
    );
    let cta = browser
        .eval("const a = document.querySelector('.call-to-action a'); return [a.textContent.trim(), a.href, a.target, a.rel]")
        .await;
    assert_eq!(
        cta,
        json!([
            "Book a call (opens in a new tab)",
            "https://northwind.example/book",
            "_blank",
            "noopener noreferrer"
        ])
    );
    browser.quit().await;
}

#[tokio::test]
async fn the_host_pages_css_cannot_break_the_app_and_two_embeds_keep_apart() {
    let page = host_page(
        "<div id=\"first\" data-fcto></div><p id=\"between\">Between the two.</p><div id=\"second\" data-fcto data-fcto-parts=\"calculator\"></div>",
        "<style>button { all: unset } * { font-size: 40px !important } h1 { font-family: Georgia, serif; color: rgb(200, 0, 0) }</style>",
    );
    let sites = Sites::start(&[("styled", page)]);
    let browser = Browser::launch().await;
    browser.driver.goto(sites.host_url("styled")).await.unwrap();
    browser
        .wait_until(
            "two frames",
            "return document.querySelectorAll('iframe').length === 2",
        )
        .await;
    assert_eq!(frame_count(&browser).await, 2);
    // The app's styles did not reach the host page.
    assert_eq!(
        browser
            .eval("return getComputedStyle(document.getElementById('host-heading')).color")
            .await,
        "rgb(200, 0, 0)"
    );

    enter(&browser, 0).await;
    let button = browser
        .eval("const b = getComputedStyle(document.querySelector('main .button')); return [b.backgroundColor, b.fontSize, b.paddingLeft, b.display]")
        .await;
    assert_eq!(button[0], "rgb(11, 92, 92)", "the app's own button colour");
    assert_ne!(button[1], "40px", "the host's font size did not reach in");
    assert_ne!(button[2], "0px", "the host's reset did not reach in");
    assert_eq!(button[3], "inline-flex");
    assert_ne!(
        browser
            .eval("return getComputedStyle(document.querySelector('main h1')).fontSize")
            .await,
        "40px"
    );
    assert_ne!(
        browser
            .eval("return getComputedStyle(document.body).fontSize")
            .await,
        "40px"
    );
    // Work in the first: the second does not change.
    browser.click_text("Start now").await;
    browser
        .wait_for_heading("What stage is your company at?")
        .await;
    browser.click("label[for='stage-early']").await;
    browser.click_text("Continue").await;
    browser
        .wait_for_heading("Which industry is your company in?")
        .await;

    enter(&browser, 1).await;
    assert_eq!(
        browser.heading().await,
        "Cost comparison",
        "the second shows its own part"
    );
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('.site-nav').length")
            .await,
        0,
        "one part: no navigation to the others"
    );
    leave(&browser).await;
    wait_fitted(&browser, 0).await;
    wait_fitted(&browser, 1).await;
    let (first, second) = (
        frame_height(&browser, 0).await,
        frame_height(&browser, 1).await,
    );
    assert!(
        (first - second).abs() > 100.0,
        "each frame fits its own content: {first} {second}"
    );
    browser.quit().await;
}

#[tokio::test]
async fn a_framed_app_keeps_nothing_and_says_so() {
    let page = host_page("<div id=\"assessment\" data-fcto></div>", "");
    let sites = Sites::start(&[("plain", page)]);
    let browser = Browser::launch().await;
    browser.driver.goto(sites.host_url("plain")).await.unwrap();
    enter(&browser, 0).await;
    let notice = browser.notice_text().await;
    assert!(notice.contains("Your answers will not be kept"), "{notice}");
    let link = browser
        .eval("const a = document.querySelector('.notice a'); return [a.target, a.href]")
        .await;
    assert_eq!(link[0], "_blank");
    assert!(link[1].as_str().unwrap().starts_with(&sites.app.url(APP)));
    browser.click_text("Start now").await;
    browser.click("label[for='stage-early']").await;
    browser.click_text("Continue").await;
    browser
        .wait_for_heading("Which industry is your company in?")
        .await;
    // Works in memory: Back finds the answer given.
    browser.click_text("Back").await;
    browser
        .wait_for_heading("What stage is your company at?")
        .await;
    assert_eq!(
        browser
            .eval("return document.getElementById('stage-early').checked")
            .await,
        json!(true)
    );
    // No offline worker or cache is left behind by a frame on another site's page.
    assert_eq!(
        browser
            .eval("return Promise.all([navigator.serviceWorker.getRegistrations(), caches.keys()]).then(([r, c]) => [r.length, c.length])")
            .await,
        json!([0, 0])
    );
    // Nothing reached the app's storage on its own site.
    leave(&browser).await;
    browser.driver.goto(sites.app.url(APP)).await.unwrap();
    browser.wait_for_app().await;
    assert_eq!(
        browser
            .eval(
                "return Object.keys(localStorage).filter(k => k.startsWith('cto-compass')).length"
            )
            .await,
        0
    );
    browser.quit().await;
}

/// Compare with a co-founder works in a frame too: both results are in links and memory.
#[tokio::test]
async fn a_co_founders_link_is_compared_in_the_embed_too() {
    let page = host_page("<div id=\"assessment\" data-fcto></div>", "");
    let sites = Sites::start(&[("compare", page)]);
    let browser = Browser::launch().await;
    browser
        .driver
        .goto(sites.host_url("compare"))
        .await
        .unwrap();
    show_result(&browser, 0).await;
    enter(&browser, 0).await;
    browser.click_text("Compare with a co-founder").await;
    browser.wait_for_heading("Compare with a co-founder").await;
    // Their link: full time, fully part of the company, a larger budget.
    let theirs = EARLY_STARTUP
        .replace("time=days-1-2", "time=full-time")
        .replace("ownership=nice", "ownership=essential")
        .replace("budget=6000", "budget=30000");
    browser.click("#their-link").await;
    browser
        .press(format!("https://consultancy.example/tools/#/assessment/shared?{theirs}").as_str())
        .await;
    browser.click_text("Compare").await;
    browser
        .wait_until(
            "the comparison",
            "return !!document.querySelector('.compare__table')",
        )
        .await;
    let differs = browser
        .eval("return [...document.querySelectorAll('.compare__table tbody tr')].map(r => r.classList.contains('compare__differs'))")
        .await;
    let differs: Vec<bool> = serde_json::from_value(differs).unwrap();
    assert_eq!(
        differs.iter().filter(|d| **d).count(),
        3,
        "time, ownership and budget"
    );
    assert!(differs[..3].iter().all(|d| *d), "the differences first");
    leave(&browser).await;
    browser.quit().await;
}

#[tokio::test]
async fn axe_finds_no_violations_in_the_embeds_in_either_theme() {
    let sites = Sites::start(&[("example", example_page())]);
    let browser = Browser::launch().await;
    browser
        .driver
        .goto(sites.host_url("example"))
        .await
        .unwrap();
    let mut found = Vec::new();
    // The branded wizard (the host's accent and call to action), then its result page.
    enter(&browser, 0).await;
    found.extend(browser.axe_violations_at("wizard").await);
    leave(&browser).await;
    show_result(&browser, 0).await;
    enter(&browser, 0).await;
    assert!(browser.text_of("main").await.contains("Book a free call"));
    found.extend(
        browser
            .axe_violations_at("result with the call to action")
            .await,
    );
    // The branded calculator in a plain iframe.
    enter(&browser, 1).await;
    found.extend(browser.axe_violations_at("calculator").await);
    assert!(found.is_empty(), "\n{}", found.join("\n"));
    browser.quit().await;
}
