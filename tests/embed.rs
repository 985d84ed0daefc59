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

/// axe-core's violations in a frame as it is shown: a frame's theme is its host's choice (light
/// unless it says otherwise), whatever the visitor's setting.
async fn axe_in_frame(browser: &Browser, place: &str) -> Vec<String> {
    browser
        .axe_violations_as_shown()
        .await
        .into_iter()
        .map(|v| format!("{place}: {v}"))
        .collect()
}

/// A host page served on its own site, open in a fresh browser.
async fn open_host(name: &str, page: String) -> (Sites, Browser) {
    let sites = Sites::start(&[(name, page)]);
    let browser = Browser::launch().await;
    browser.driver.goto(sites.host_url(name)).await.unwrap();
    (sites, browser)
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
    let (sites, browser) = open_host("example", example_page()).await;
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
    let (_sites, browser) = open_host("events", page).await;
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
        json!("color-scheme: light;"),
        "nothing but the frame's light theme was written into the page's style"
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
    let (_sites, browser) = open_host("styled", page).await;
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
    let (sites, browser) = open_host("plain", page).await;
    enter(&browser, 0).await;
    // No banner: one quiet line at the foot, which opens to say why, in no warning colour.
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('.notice').length")
            .await,
        0
    );
    assert_eq!(
        browser.text_of(".answers-note summary").await,
        "Answers stay in this page only"
    );
    browser.click(".answers-note summary").await;
    assert!(
        browser
            .text_of(".answers-note p")
            .await
            .contains("gone when you leave or reload the page")
    );
    let link = browser
        .eval("const a = document.querySelector('.site-footer a'); return [a.target, a.href, a.textContent]")
        .await;
    assert_eq!(link[0], "_blank");
    assert!(link[1].as_str().unwrap().starts_with(&sites.app.url(APP)));
    assert!(
        link[2]
            .as_str()
            .unwrap()
            .starts_with("Open it in its own tab")
    );
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
    let (_sites, browser) = open_host("compare", page).await;
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
async fn axe_finds_no_violations_in_the_embeds() {
    let (_sites, browser) = open_host("example", example_page()).await;
    let mut found = Vec::new();
    // The branded wizard (the host's accent and call to action), then its result page.
    enter(&browser, 0).await;
    found.extend(axe_in_frame(&browser, "wizard").await);
    leave(&browser).await;
    show_result(&browser, 0).await;
    enter(&browser, 0).await;
    assert!(browser.text_of("main").await.contains("Book a free call"));
    found.extend(axe_in_frame(&browser, "result with the call to action").await);
    // The branded calculator in a plain iframe.
    enter(&browser, 1).await;
    found.extend(axe_in_frame(&browser, "calculator").await);
    // Its folded parts open.
    browser
        .eval("document.querySelectorAll('details').forEach(d => d.open = true); return true;")
        .await;
    found.extend(axe_in_frame(&browser, "calculator, all open").await);
    assert!(found.is_empty(), "\n{}", found.join("\n"));
    browser.quit().await;
}

/// Every message the app posted to the host page, as JSON text, and every `fcto:*` event.
const LISTENER: &str = "<script>window.posted = []; window.heard = [];\
  addEventListener('message', e => { if (e.data && e.data.source === 'cto-compass') posted.push(JSON.stringify(e.data)); });\
  ['fcto:ready', 'fcto:step', 'fcto:result', 'fcto:height', 'fcto:cta', 'fcto:lead'].forEach(n => document.addEventListener(n, e => heard.push([e.target.id, n, e.detail])));</script>";

/// The wasm files the app's server has sent so far.
fn wasm_requests(sites: &Sites) -> usize {
    sites
        .app
        .requests()
        .iter()
        .filter(|r| r.ends_with(".wasm"))
        .count()
}

#[tokio::test]
async fn an_embed_below_the_fold_loads_only_as_the_visitor_nears_it() {
    // Two screens and more of the host's own text above the embed (the window is 900 px high).
    let page = host_page(
        "<div style=\"height: 2700px\">The consultancy's article.</div>\
         <div id=\"late\" data-fcto data-fcto-accent=\"#1d4ed8\"></div>\
         <div id=\"eager\" data-fcto data-fcto-load=\"eager\" data-fcto-parts=\"guide\" style=\"margin-top: 3000px\"></div>",
        "",
    );
    let (sites, browser) = open_host("late", page).await;
    browser
        .wait_until(
            "the eager frame",
            "return document.querySelectorAll('#eager iframe').length === 1",
        )
        .await;
    enter(&browser, 0).await;
    leave(&browser).await;
    // Time enough for a frame to have loaded, had it been made.
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    let eager_loaded = wasm_requests(&sites);
    assert!(eager_loaded > 0, "the eager frame loaded the app");
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('#late iframe').length")
            .await,
        0,
        "no frame far below the fold"
    );
    // A placeholder as high as the frame will be, in the host's colour, keeps the page still.
    let holder = browser
        .eval("const h = document.querySelector('#late > div'); const s = getComputedStyle(h); return [h.getBoundingClientRect().height, s.borderTopColor]")
        .await;
    assert_eq!(holder, json!([720, "rgb(29, 78, 216)"]));
    // Only the eager frame (data-fcto-load="eager") asked for the app's code.
    assert_eq!(wasm_requests(&sites), eager_loaded);
    let eager_src = browser
        .eval("return document.querySelector('#eager iframe').src")
        .await;
    assert!(eager_src.as_str().unwrap().contains("parts=guide"));

    // Within a screen of it, the frame is made, loads and fits.
    // More than two screens below; then scrolled to one and a half screens above it.
    assert_eq!(
        browser
            .eval("return document.querySelector('#late > div').getBoundingClientRect().top > 2 * innerHeight")
            .await,
        true
    );
    browser
        .eval("window.scrollTo(0, document.querySelector('#late > div').getBoundingClientRect().top - 1.5 * innerHeight); return true;")
        .await;
    browser
        .wait_until(
            "the frame",
            "return document.querySelectorAll('#late iframe').length === 1",
        )
        .await;
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('#late > div').length")
            .await,
        0,
        "the placeholder gave way"
    );
    wait_fitted(&browser, 0).await;
    assert!(wasm_requests(&sites) > eager_loaded);
    browser.quit().await;
}

#[tokio::test]
async fn a_page_change_in_a_frame_above_the_screen_brings_the_result_into_view() {
    let page = host_page(
        "<div id=\"assessment\" data-fcto></div><div style=\"height: 3000px\"></div>",
        "",
    );
    let sites = Sites::start(&[("scroll", page)]);
    let browser = Browser::launch_sized(390, 700).await;
    browser.driver.goto(sites.host_url("scroll")).await.unwrap();
    show_result(&browser, 0).await;
    enter(&browser, 0).await;
    browser.click_text("Change your answers").await;
    browser.wait_for_heading("Check your answers").await;
    leave(&browser).await;
    wait_fitted(&browser, 0).await;
    // The visitor has scrolled down to the button: the frame's top is far above the screen.
    enter(&browser, 0).await;
    let button = browser
        .eval("const b = [...document.querySelectorAll('main button, main a')].find(e => e.textContent.trim() === 'See your result'); return b.getBoundingClientRect().top")
        .await
        .as_f64()
        .unwrap();
    leave(&browser).await;
    browser
        .eval(&format!(
            "const f = document.querySelector('iframe'); window.scrollTo(0, f.getBoundingClientRect().top + scrollY + {button} - 300); return true;"
        ))
        .await;
    let top = frame_top(&browser).await;
    assert!(top < -300.0, "the frame's top is off-screen: {top}");
    enter(&browser, 0).await;
    browser.click_text("See your result").await;
    browser.wait_for_heading("Your result").await;
    let verdict = browser
        .eval("const r = document.getElementById('verdict').getBoundingClientRect(); return [r.top, r.bottom]")
        .await;
    leave(&browser).await;
    // The host scrolled (smoothly) until the frame's top is at the top of the screen.
    browser
        .wait_until(
            "the frame's top in view",
            "return Math.abs(document.querySelector('iframe').getBoundingClientRect().top) < 2",
        )
        .await;
    let top = frame_top(&browser).await;
    let height = browser.eval("return innerHeight").await.as_f64().unwrap();
    let (v_top, v_bottom) = (verdict[0].as_f64().unwrap(), verdict[1].as_f64().unwrap());
    assert!(
        top + v_top >= 0.0 && top + v_bottom <= height,
        "the verdict ({v_top}..{v_bottom} in the frame) is on screen with the frame at {top}"
    );
    // A page change with the frame's top already in view does not move the host page.
    browser.eval("window.scrollTo(0, 0); return true;").await;
    enter(&browser, 0).await;
    // Clicked by script: WebDriver's own click would scroll the host to the link first.
    browser
        .eval("[...document.querySelectorAll('a')].find(a => a.textContent === 'Change your answers').click(); return true;")
        .await;
    browser.wait_for_heading("Check your answers").await;
    leave(&browser).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(browser.eval("return scrollY").await, 0);
    browser.quit().await;
}

async fn frame_top(browser: &Browser) -> f64 {
    browser
        .eval("return document.querySelector('iframe').getBoundingClientRect().top")
        .await
        .as_f64()
        .unwrap()
}

/// Inside the frame: the page's background, a link's colour and a button's background.
async fn colours(browser: &Browser) -> Value {
    browser
        .eval("const c = e => getComputedStyle(document.querySelector(e)); return [c('body').backgroundColor, c('.site-footer a').color, c('main .button').backgroundColor]")
        .await
}

#[tokio::test]
async fn a_light_embed_stays_light_for_a_visitor_who_prefers_dark_and_wears_the_brand() {
    let page = host_page(
        "<div id=\"light\" data-fcto data-fcto-accent=\"#1d4ed8\"></div>\
         <div id=\"dark\" data-fcto data-fcto-accent=\"#1d4ed8\" data-fcto-theme=\"dark\" data-fcto-load=\"eager\"></div>\
         <iframe id=\"plain\" title=\"Plain\" src=\"{APP}?theme=light&amp;accent=%231d4ed8\"></iframe>",
        "",
    );
    let sites = Sites::start(&[("themes", page)]);
    let browser = Browser::launch_with(1280, 900, &["--force-dark-mode"]).await;
    browser.driver.goto(sites.host_url("themes")).await.unwrap();
    assert_eq!(
        browser
            .eval("return matchMedia('(prefers-color-scheme: dark)').matches")
            .await,
        true,
        "the visitor prefers dark"
    );
    // Light by default: white, with the brand's blue for links and buttons.
    enter(&browser, 0).await;
    assert_eq!(
        colours(&browser).await,
        json!(["rgb(255, 255, 255)", "rgb(29, 78, 216)", "rgb(29, 78, 216)"])
    );
    let axe = axe_in_frame(&browser, "light frame").await;
    assert!(axe.is_empty(), "{axe:?}");
    // Dark when the host says so: the brand's blue lightened until it reads on dark.
    enter(&browser, 1).await;
    let dark = colours(&browser).await;
    assert_eq!(dark[0], "rgb(15, 21, 20)", "{dark}");
    assert_ne!(dark[1], "rgb(29, 78, 216)", "{dark}");
    assert_eq!(dark[2], "rgb(29, 78, 216)", "{dark}");
    let axe = axe_in_frame(&browser, "dark frame").await;
    assert!(axe.is_empty(), "{axe:?}");
    // A plain iframe, which no host script touches, is light by its own options too.
    enter(&browser, 2).await;
    assert_eq!(colours(&browser).await[0], "rgb(255, 255, 255)");
    leave(&browser).await;
    browser.quit().await;
}

/// Inside the frame: stops the call to action from opening a tab, and keeps where it went.
const CATCH_FOLLOWED: &str = "window.followed = []; document.addEventListener('click', e => { const a = e.target.closest('.call-to-action__button'); if (a) { followed.push(a.href); e.preventDefault(); } }); return true;";

#[tokio::test]
async fn the_result_goes_to_the_consultancy_only_when_the_visitor_ticks_send() {
    let page = host_page(
        "<div id=\"assessment\" data-fcto data-fcto-events data-fcto-brand=\"Northwind\" \
           data-fcto-cta-label=\"Book a call\" data-fcto-cta-url=\"https://northwind.example/book?src=site\" \
           data-fcto-consent=\"Northwind may email you about this result.\"></div>",
        LISTENER,
    );
    let (_sites, browser) = open_host("lead", page).await;
    // A full walk through the questions, then the result.
    enter(&browser, 0).await;
    browser.click_text("Start now").await;
    for (question, answer) in [
        ("stage", "early"),
        ("industry", "technology"),
        ("leadership", "nobody"),
        ("team", "1-3"),
    ] {
        browser
            .click(&format!("label[for='{question}-{answer}']"))
            .await;
        browser.click_text("Continue").await;
        browser
            .wait_until(
                "the next page",
                &format!("return !document.getElementById('{question}-{answer}')"),
            )
            .await;
    }
    leave(&browser).await;
    show_result(&browser, 0).await;
    enter(&browser, 0).await;
    browser.eval(CATCH_FOLLOWED).await;
    let send = browser.text_of("label[for='send-result']").await;
    assert_eq!(send, "Send my result to \u{2068}Northwind\u{2069}");
    assert_eq!(
        browser
            .eval("return document.getElementById('send-result').checked")
            .await,
        false
    );
    assert!(
        browser
            .text_of(".call-to-action__consent")
            .await
            .starts_with("Northwind may email you about this result.")
    );

    // Unticked: the host's own address, a cta event, no lead.
    browser.click(".call-to-action__button").await;
    assert_eq!(
        browser.eval("return followed").await,
        json!(["https://northwind.example/book?src=site"])
    );
    leave(&browser).await;
    browser
        .wait_until(
            "the cta event",
            "return heard.some(h => h[1] === 'fcto:cta')",
        )
        .await;
    assert!(heard(&browser, "fcto:lead").await.is_empty());
    assert_eq!(heard(&browser, "fcto:cta").await[0][2]["lead"], false);
    let result = heard(&browser, "fcto:result")
        .await
        .last()
        .cloned()
        .unwrap();

    // Ticked: the recommendation, the fits and UTM tags in the address; the lead event with the
    // consent's words and the time.
    enter(&browser, 0).await;
    browser.click("label[for='send-result']").await;
    browser.click(".call-to-action__button").await;
    let followed = browser.eval("return followed[1]").await;
    let followed = followed.as_str().unwrap().to_owned();
    leave(&browser).await;
    let scores = &result[2]["scores"];
    let expected = format!(
        "https://northwind.example/book?src=site&fcto_recommended=fractional&fcto_fit_fractional={}&fcto_fit_full_time={}&fcto_fit_consulting={}&fcto_fit_in_house={}&utm_source=cto-compass&utm_medium=embed&utm_campaign=self-assessment",
        scores["fractional"], scores["full-time"], scores["consulting"], scores["in-house"]
    );
    assert_eq!(followed, expected);
    browser
        .wait_until(
            "the lead event",
            "return heard.some(h => h[1] === 'fcto:lead')",
        )
        .await;
    let lead = heard(&browser, "fcto:lead").await[0][2].clone();
    assert_eq!(lead["recommended"], "fractional");
    assert_eq!(&lead["scores"], scores);
    assert_eq!(
        lead["consent"],
        "Northwind may email you about this result."
    );
    let at = lead["consented_at"].as_str().unwrap();
    let now = browser.eval("return new Date().toISOString()").await;
    assert!(
        at.len() == 24 && at.ends_with('Z') && at[..10] == now.as_str().unwrap()[..10],
        "{at}"
    );
    let mut keys: Vec<&String> = lead.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "consent",
            "consented_at",
            "event",
            "recommended",
            "scores",
            "source",
            "type"
        ]
    );
    assert_eq!(heard(&browser, "fcto:cta").await[1][2]["lead"], true);

    // Over the whole walk, no answer reached the host: not in a message, not in an address.
    let posted = browser.eval("return posted.join('\\n')").await;
    let everything = format!("{}\n{followed}", posted.as_str().unwrap());
    for answer in [
        "technology",
        "nobody",
        "expertise",
        "roadmap",
        "days-1-2",
        "6000",
    ] {
        assert!(
            !everything.contains(answer),
            "{answer} reached the host:\n{everything}"
        );
    }
    browser.quit().await;
}

#[tokio::test]
async fn the_example_page_logs_nothing_in_its_console() {
    let (_sites, browser) = open_host("example", example_page()).await;
    wait_fitted(&browser, 0).await;
    wait_fitted(&browser, 1).await;
    show_result(&browser, 0).await;
    let logged: Vec<String> = browser
        .driver
        .get_log("browser")
        .await
        .expect("browser log")
        .into_iter()
        .filter(|entry| entry.level == "WARNING" || entry.level == "SEVERE")
        .map(|entry| entry.message)
        .collect();
    assert!(logged.is_empty(), "{logged:#?}");
    browser.quit().await;
}

#[tokio::test]
async fn the_builders_snippet_pasted_into_a_fresh_page_makes_the_previewed_embed() {
    let sites = Sites::start(&[]);
    let browser = Browser::launch().await;
    browser
        .driver
        .goto(format!("{}#/embed", sites.app.url(APP)))
        .await
        .unwrap();
    browser
        .wait_for_heading("Put CTO Compass on your website")
        .await;
    let axe = browser.axe_violations_at("the builder").await;
    assert!(axe.is_empty(), "{axe:?}");
    // A refused value is said beside its field and left out of the snippet.
    browser.click("#embed-accent").await;
    browser.press("blue").await;
    browser
        .wait_until(
            "the accent's error",
            "return !!document.getElementById('embed-accent-error')",
        )
        .await;
    assert!(!browser.text_of("#snippet-div").await.contains("accent"));
    browser.eval("const a = document.getElementById('embed-accent'); a.value = ''; a.dispatchEvent(new Event('input', {bubbles: true})); return true;").await;
    for (id, text) in [
        ("#embed-brand", "Northwind & Co"),
        ("#embed-accent", "#b91c1c"),
        ("#embed-cta-label", "Book a call"),
        ("#embed-cta-url", "https://calendly.com/northwind/intro"),
        ("#embed-consent", "Northwind may email you."),
    ] {
        browser.click(id).await;
        browser.press(text).await;
    }
    browser.click("label[for='embed-parts-calculator']").await;
    browser.click("label[for='embed-events']").await;
    browser
        .eval("const s = document.getElementById('embed-theme'); s.value = 'dark'; s.dispatchEvent(new Event('change', {bubbles: true})); return true;")
        .await;
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('.form-group--error').length")
            .await,
        0
    );
    let snippet = browser.text_of("#snippet-div").await;
    assert!(
        snippet.contains("data-fcto-brand=\"Northwind &amp; Co\""),
        "{snippet}"
    );
    assert!(
        snippet.contains("data-fcto-parts=\"wizard,calculator\""),
        "{snippet}"
    );
    // The preview follows after a pause.
    browser
        .wait_until(
            "the preview",
            "return document.querySelector('.embed-builder__frame').src.includes('theme=dark')",
        )
        .await;
    let preview_src = browser
        .eval("return document.querySelector('.embed-builder__frame').src")
        .await;
    enter(&browser, 0).await;
    let previewed = browser
        .eval("return [document.querySelector('.brand-name').textContent, getComputedStyle(document.body).backgroundColor, getComputedStyle(document.documentElement).getPropertyValue('--accent-brand'), document.querySelectorAll('.site-nav a').length]")
        .await;
    leave(&browser).await;
    assert_eq!(previewed[0], "Northwind & Co");

    // Pasted into a fresh page on another site: the same embed.
    let pasted = Sites::start(&[(
        "pasted",
        format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Pasted</title></head><body>{snippet}</body></html>"
        ),
    )]);
    browser
        .driver
        .goto(pasted.host_url("pasted"))
        .await
        .unwrap();
    enter(&browser, 0).await;
    let shown = browser
        .eval("return [document.querySelector('.brand-name').textContent, getComputedStyle(document.body).backgroundColor, getComputedStyle(document.documentElement).getPropertyValue('--accent-brand'), document.querySelectorAll('.site-nav a').length]")
        .await;
    assert_eq!(shown, previewed);
    leave(&browser).await;
    // The same options: the preview's address less its own namespace, the frame's less the
    // host's origin (which the host script adds).
    let pairs = |src: &str, drop: &str| -> Vec<(String, String)> {
        let query = src.split_once('?').map_or("", |(_, q)| q);
        let mut pairs: Vec<(String, String)> = cto_compass::domain::embed::query_pairs(query)
            .into_iter()
            .filter(|(name, _)| name != drop)
            .collect();
        pairs.sort();
        pairs
    };
    let frame_src = browser
        .eval("return document.querySelector('iframe').src")
        .await;
    assert_eq!(
        pairs(frame_src.as_str().unwrap(), "host-origin"),
        pairs(preview_src.as_str().unwrap(), "namespace")
            .into_iter()
            .map(|(n, v)| if n == "events" {
                (n, String::new())
            } else {
                (n, v)
            })
            .collect::<Vec<_>>()
    );
    browser.quit().await;
}
