//! `make screenshots`: a full-page PNG of every page of the app, and of the example host page
//! framing it, at 375 and 1280 CSS pixels wide, in the light and the dark colour scheme, into
//! target/screenshots/ (`home-375-light.png`, `workspace-kpis-1280-dark.png`,
//! `embed-375-light.png`...): the whole app to look at in a minute.
//!
//! It drives Debian's Chromium through chromedriver as the end-to-end tests do (tests/support/),
//! against the release build already in dist/ (`make dist`). Sample data is stored first (a
//! finished self-assessment, saved cost scenarios, a workspace with something in every part),
//! so that each page shows what it is for.
//!
//! Usage: cargo run --example screenshots [-- NAME...]   (only the pages named, such as
//! `workspace-kpis embed`; every page without)

#[path = "../tests/support/mod.rs"]
mod support;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use cto_compass::domain::assessment::Progress;
use cto_compass::domain::calculator::scenarios::Scenarios;
use cto_compass::domain::document::{Document, decode, storage_key};
use cto_compass::domain::route::Route;
use cto_compass::domain::workspace::Workspace;
use cto_compass::domain::workspace::steps::TASK_SLUGS;
use serde_json::{Value, json};
use support::browser::Browser;
use support::server::{Options, StaticServer};
use support::{EARLY_STARTUP, MOUNT, dist_dir};

/// Each width with the viewport height it is laid out in (a phone, a laptop).
const SIZES: [(u32, u32); 2] = [(375, 812), (1280, 900)];
const THEMES: [&str; 2] = ["light", "dark"];

/// A page on the app's own site that loads nothing, where the sample data is stored.
const SEED_PAGE: &str = "/seed/";
/// The example host page, served on localhost: another site than the app's 127.0.0.1.
const EXAMPLE_PAGE: &str = "/example/";

/// The sample workspace's records, by id (ids as the app makes them).
const NOTE: &str = "mh2x4k-1f9q2c";
const CANDIDATE: &str = "mh3a9c-7kq1w2";
const KPI: &str = "mh5d0b-2m8x4z";
const CHECK_IN: &str = "mhbq2a-4w7r1p";

/// One page to capture.
struct Page {
    /// Starts each file's name.
    name: String,
    /// Its address in the app.
    hash: String,
    /// The main heading it must show; `None` when it is made of the answers (a result).
    heading: Option<&'static str>,
    /// A script that returns true once the page shows what it is for (its data, its charts).
    shows: String,
}

fn page(name: &str, hash: &str, shows: impl Into<String>) -> Page {
    let route = Route::from_hash(hash);
    let heading = match route {
        Route::AssessmentResult | Route::SharedResult(_) => None,
        Route::NotFound(_) => Some("Page not found"),
        _ => Some(route.title()),
    };
    Page {
        name: name.to_owned(),
        hash: hash.to_owned(),
        heading,
        shows: shows.into(),
    }
}

/// Every page of the app, in the order of its navigation.
fn pages() -> Vec<Page> {
    let shared = EARLY_STARTUP
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    // The main part of the page says all these words.
    let text = |words: &[&str]| {
        let checks: Vec<String> = words
            .iter()
            .map(|w| format!("t.includes({})", serde_json::to_string(w).unwrap()))
            .collect();
        format!(
            "const t = document.querySelector('main').innerText; return {};",
            checks.join(" && ")
        )
    };
    let mut pages = vec![
        page("home", "#/", "return true"),
        page("assessment", "#/assessment", "return true"),
        page(
            "assessment-question",
            "#/assessment/q/stage",
            "return !!document.querySelector('main input:checked')",
        ),
        page(
            "assessment-check",
            "#/assessment/check",
            text(&["Company stage"]),
        ),
        page(
            "assessment-result",
            "#/assessment/result",
            "return !!document.querySelector('main .facts')",
        ),
        page(
            "assessment-shared",
            &format!("#/assessment/shared?v=1&currency=USD&{shared}"),
            "return !!document.querySelector('main .facts')",
        ),
        page(
            "assessment-how-scored",
            "#/assessment/how-scored",
            "return !!document.querySelector('main table')",
        ),
        page(
            "calculator",
            "#/calculator",
            "return !!document.querySelector('#cost-table tbody tr') && !!document.querySelector('main .chart') && document.querySelector('main').innerText.includes('Lean year')",
        ),
        page(
            "workspace",
            "#/workspace",
            text(&["2 notes", "Priya Shah leads", "2 KPIs, 4 check-ins"]),
        ),
    ];
    for slug in TASK_SLUGS {
        pages.push(page(
            &format!("workspace-step-{slug}"),
            &format!("#/workspace/steps/{slug}"),
            "return true",
        ));
    }
    pages.extend([
        page(
            "workspace-notes",
            "#/workspace/notes",
            text(&["What we need", "First call with Priya Shah"]),
        ),
        page(
            "workspace-note",
            &format!("#/workspace/notes/{NOTE}"),
            "const t = document.querySelector('main textarea'); return !!t && t.value.includes('SOC 2');",
        ),
        page(
            "workspace-candidates",
            "#/workspace/candidates",
            text(&["Priya Shah", "Tomás Rivera"]),
        ),
        page(
            "workspace-candidate",
            &format!("#/workspace/candidates/{CANDIDATE}"),
            "return !!document.querySelector('main input:checked') && [...document.querySelectorAll('main input')].some(i => i.value === 'Priya Shah');",
        ),
        page(
            "workspace-candidate-new",
            "#/workspace/candidates/new",
            "return !!document.querySelector('main form')",
        ),
        page(
            "workspace-terms",
            "#/workspace/terms",
            "return [...document.querySelectorAll('main textarea, main input')].some(i => i.value.includes('Roadmap'));",
        ),
        page(
            "workspace-kpis",
            "#/workspace/kpis",
            "return document.querySelectorAll('main .trend__svg').length === 2 && document.querySelectorAll('main .trend__point').length === 8",
        ),
        page(
            "workspace-kpi",
            &format!("#/workspace/kpis/{KPI}"),
            "return [...document.querySelectorAll('main input')].some(i => i.value === 'Uptime');",
        ),
        page(
            "workspace-kpi-new",
            "#/workspace/kpis/new",
            "return !!document.querySelector('main form')",
        ),
        page(
            "workspace-check-in",
            &format!("#/workspace/check-ins/{CHECK_IN}"),
            "return [...document.querySelectorAll('main input, main textarea')].some(i => i.value.includes('Alerting'));",
        ),
        page(
            "workspace-check-in-new",
            "#/workspace/check-ins/new",
            "return !!document.querySelector('main form')",
        ),
        page(
            "workspace-data",
            "#/workspace/data",
            "const s = document.getElementById('storage-used'); return !!s && s.textContent.includes('KB');",
        ),
        page("guide", "#/guide", "return true"),
        page("settings", "#/settings", "return true"),
        page("not-found", "#/no-such-page", "return true"),
    ]);
    pages
}

/// A founder's workspace a few weeks into an engagement, in the format this version stores
/// (money in whole cents, KPI numbers in millionths): two notes, two scored candidates, the
/// terms, two KPIs with four check-ins each, so the trend charts draw a line.
fn sample_workspace() -> Value {
    // Milliseconds since 1970: September to November 2026.
    const SEP_21: i64 = 1_790_000_000_000;
    const OCT_03: i64 = 1_791_000_000_000;
    const OCT_15: i64 = 1_792_000_000_000;
    json!({"version": 2, "data": {
        "steps": ["Completed", "Completed", "Completed", "Completed", "InProgress", "NotStarted", "NotStarted"],
        "notes": [
            {"id": NOTE, "title": "What we need", "body": "A roadmap for the pilot with the hospital group, someone to own security (SOC 2 Type I by spring) and help hiring our first two engineers.\n\nBudget: up to two days a week for six months, then review.", "tags": ["needs", "budget"], "created": SEP_21, "updated": OCT_03},
            {"id": "mh4b7d-9s3k0e", "title": "First call with Priya Shah", "body": "Ran platform teams at two health-tech scale-ups. Suggests a 90-day plan: architecture review, hiring loop, SOC 2 readiness. Available from October.", "tags": ["interview"], "created": OCT_03, "updated": OCT_15}
        ],
        "candidates": [
            {"id": CANDIDATE, "name": "Priya Shah", "contact": "priya@example.com", "model": "Retainer", "rate": 850_000, "scores": [5, 4, 5, 4, 5], "notes": "Strong on security and hiring; references from two founders."},
            {"id": "mh3b2e-5p8v6n", "name": "Tomás Rivera", "contact": "+44 20 7946 0958", "model": "Hourly", "rate": 18_000, "scores": [4, 5, 3, 4, 3], "notes": "Deep cloud expertise; less time for the team."}
        ],
        "weights": [3, 3, 4, 2, 5],
        "terms": {"scope": "Roadmap for the pilot, hiring the first two engineers, architecture review and SOC 2 readiness.", "model": "Retainer", "rate": 850_000, "payment_terms": "Monthly in advance, 30 days' notice", "start": "2026-09-01", "reviews": ["2026-12-15", "2027-03-15"]},
        "kpis": [
            {"id": KPI, "name": "Uptime", "unit": "%", "target": 99_500_000, "direction": "Higher"},
            {"id": "mh5e1c-8n2y7t", "name": "Lead time for changes", "unit": "days", "target": 2_000_000, "direction": "Lower"}
        ],
        "check_ins": [
            {"id": "mh9a1b-2c3d4e", "date": "2026-09-01", "readings": [{"kpi": KPI, "value": 98_700_000}, {"kpi": "mh5e1c-8n2y7t", "value": 9_000_000}], "summary": "Starting point.", "actions": [{"text": "Set up uptime monitoring", "done": true}]},
            {"id": "mh9b2c-3d4e5f", "date": "2026-09-29", "readings": [{"kpi": KPI, "value": 99_100_000}, {"kpi": "mh5e1c-8n2y7t", "value": 6_500_000}], "summary": "Deploys automated.", "actions": [{"text": "Automate deploys", "done": true}]},
            {"id": "mh9c3d-4e5f6g", "date": "2026-10-27", "readings": [{"kpi": KPI, "value": 99_600_000}, {"kpi": "mh5e1c-8n2y7t", "value": 3_500_000}], "summary": "Uptime on target.", "actions": [{"text": "Review the on-call rota", "done": false}]},
            {"id": CHECK_IN, "date": "2026-11-24", "readings": [{"kpi": KPI, "value": 99_800_000}, {"kpi": "mh5e1c-8n2y7t", "value": 2_500_000}], "summary": "Alerting in place; lead time close to target.", "actions": [{"text": "Split the release checklist", "done": false}, {"text": "Hire a second engineer", "done": false}]}
        ]
    }})
}

fn sample_scenarios() -> Value {
    json!({"version": 1, "data": {"saved": [
        {"name": "Lean year", "figures": "v=1&fr=daily&co=days&rec=percent&horizon=12&fr-days=1&fr-day-rate=1800"},
        {"name": "Two days a week", "figures": "v=1&fr=daily&horizon=24&fr-days=2&fr-day-rate=1500"}
    ]}})
}

/// A finished self-assessment: an early-stage startup, whose result is a fractional CTO.
fn finished_assessment() -> Value {
    let answers: serde_json::Map<String, Value> = EARLY_STARTUP
        .iter()
        .map(|(k, v)| ((*k).to_owned(), json!(v)))
        .collect();
    json!({"version": 1, "data": {"answers": answers, "currency": "USD", "finished": true}})
}

/// The document's key and its text, once the app's own reader accepts it as current.
fn stored<D: Document>(value: Value) -> (String, String) {
    let text = value.to_string();
    match decode::<D>(&text) {
        Ok(decoded) if decoded.migrated_from.is_none() => (storage_key::<D>(), text),
        Ok(decoded) => panic!(
            "the sample {} is in format {:?}, not the current one",
            D::NAME,
            decoded.migrated_from
        ),
        Err(reason) => panic!("the app would not read the sample {}: {reason}", D::NAME),
    }
}

/// Lays the page out at this size, with scroll bars hidden (as on a phone) so that a page is
/// as wide as the viewport in every screenshot.
async fn set_size(browser: &Browser, width: u32, height: u32) {
    browser.set_viewport(width, height).await;
    browser
        .devtools("Emulation.setScrollbarsHidden", json!({ "hidden": true }))
        .await;
}

/// Waits for fonts and images, then for two frames to be painted.
async fn settle(browser: &Browser) {
    browser
        .wait_until(
            "fonts and images",
            "return document.fonts.status === 'loaded' && [...document.images].every(i => i.complete) && !document.querySelector('[data-later]')",
        )
        .await;
    browser
        .eval("return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))")
        .await;
}

/// Opens a page from a cold load of its address, as a visitor would, and waits until it
/// shows what it is for.
async fn open(browser: &Browser, server: &StaticServer, page: &Page) {
    browser.driver.goto("about:blank").await.unwrap();
    browser
        .driver
        .goto(server.url(&format!("{MOUNT}{}", page.hash)))
        .await
        .unwrap();
    browser.wait_for_app().await;
    match page.heading {
        Some(heading) => browser.wait_for_heading(heading).await,
        None => {
            browser.heading().await;
        }
    }
    browser
        .wait_until(&format!("{} to show its data", page.name), &page.shows)
        .await;
    settle(browser).await;
}

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
    let documents = [
        stored::<Progress>(finished_assessment()),
        stored::<Scenarios>(sample_scenarios()),
        stored::<Workspace>(sample_workspace()),
    ];

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
            pages: HashMap::from([
                (
                    SEED_PAGE.to_owned(),
                    "<!doctype html><title>seed</title><link rel=\"icon\" href=\"data:,\">"
                        .to_owned(),
                ),
                (EXAMPLE_PAGE.to_owned(), example),
            ]),
            port,
            ..Options::default()
        },
    );

    let browser = Browser::launch_sized(SIZES[1].0, SIZES[1].1).await;
    browser.driver.goto(server.url(SEED_PAGE)).await.unwrap();
    for (key, text) in &documents {
        browser.set_local_storage(key, text).await;
    }

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
