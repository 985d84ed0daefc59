//! End-to-end: each part of the app used from a cold load of that part, and every part opened
//! with the network cut after one visit to the home page only.
//!
//! Each part may come as its own piece of wasm, fetched when the part is first shown. A piece
//! that calls into one not yet loaded fails only when its code runs ("indirect call to null",
//! Leptos issue #4347), so every part is opened directly in a fresh browser, used as a visitor
//! first would, and the console must stay free of errors (a panic or a wasm trap logs one).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::HashMap;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use serde_json::json;
use support::browser::Browser;
use support::server::{Options, StaticServer};
use support::{MOUNT, dist_dir};

/// A future's outcome, a panic included, so the console can be read before failing.
struct CatchUnwind<F>(Pin<Box<F>>);

impl<F: Future> Future for CatchUnwind<F> {
    type Output = std::thread::Result<F::Output>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let inner = self.get_mut().0.as_mut();
        match std::panic::catch_unwind(AssertUnwindSafe(|| inner.poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(value)) => Poll::Ready(Ok(value)),
            Err(panic) => Poll::Ready(Err(panic)),
        }
    }
}

/// Runs a walk through a part, then fails if it failed or if the console logged an error.
/// A panic in the wasm stops the page, so the walk itself would only time out: the console
/// says why, and is shown with the failure.
async fn walk(browser: &Browser, part: &str, walk: impl Future<Output = ()>) {
    let outcome = CatchUnwind(Box::pin(walk)).await;
    let errors = browser.console_errors().await;
    if outcome.is_err() || !errors.is_empty() {
        // Closed here: a browser only dropped loses its driver and is left running.
        let _ = browser.driver.clone().quit().await;
    }
    if let Err(panic) = outcome {
        let message = panic
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| panic.downcast_ref::<&str>().copied())
            .unwrap_or("(no message)");
        panic!("{part}: {message}\nthe console logged: {errors:#?}");
    }
    assert!(errors.is_empty(), "{part}: the console logged: {errors:#?}");
}

/// Opens the app at `hash` in a fresh browser (an empty profile, nothing cached) and uses the
/// part there; the loading is checked with the walk, since a failed start logs its reason too.
async fn cold(part: &str, hash: &str, use_part: impl AsyncFn(&Browser)) {
    let server = StaticServer::start(&dist_dir(), MOUNT);
    let browser = Browser::launch().await;
    walk(&browser, part, async {
        support::go(&browser, &server, hash).await;
        use_part(&browser).await;
    })
    .await;
    browser.quit().await;
}

/// Waits until an element is on the page (the next page may still be drawing).
async fn wait_for(browser: &Browser, css: &str) {
    browser
        .wait_until(
            css,
            &format!("return !!document.querySelector({})", json!(css)),
        )
        .await;
}

/// Clicks an element once it is on the page.
async fn click(browser: &Browser, css: &str) {
    wait_for(browser, css).await;
    browser.click(css).await;
}

/// Replaces what is typed in a field, as a visitor would: focus, select all, type.
async fn type_into(browser: &Browser, id: &str, text: &str) {
    click(browser, &format!("#{id}")).await;
    browser
        .eval(&format!(
            "document.getElementById({}).select(); return true;",
            json!(id)
        ))
        .await;
    browser.press(text).await;
}

/// Waits until the text of the first element matching `css` is `text`.
async fn wait_for_text(browser: &Browser, css: &str, text: &str) {
    browser
        .wait_until(
            &format!("{css} to read {text:?}"),
            &format!(
                "const e = document.querySelector({}); return !!e && e.textContent.trim() === {};",
                json!(css),
                json!(text)
            ),
        )
        .await;
}

/// The calculator's total over its horizon for a fractional CTO, as shown (in JavaScript).
const TOTAL: &str = "(() => { const i = [...document.querySelectorAll('#cost-table thead th')].findIndex(h => h.textContent.startsWith('Total over')); const row = document.querySelector('#cost-table tr[data-option=fractional]'); return i < 0 || !row ? '' : row.children[i].textContent.trim(); })()";

/// Waits until the calculator's total for a fractional CTO reads `expected`.
async fn wait_for_total(browser: &Browser, expected: &str) {
    browser
        .wait_until(
            &format!("the total to read {expected}"),
            &format!("return {TOTAL} === {};", json!(expected)),
        )
        .await;
}

/// Waits until the calculator's total for a fractional CTO is in the currency of `symbol`.
async fn wait_for_total_in(browser: &Browser, symbol: &str) {
    browser
        .wait_until(
            &format!("the total in {symbol}"),
            &format!("return {TOTAL}.startsWith({});", json!(symbol)),
        )
        .await;
}

// --- What a visitor does first in each part, from the part's own address -----------------

/// Home: its first call to action leads into the assessment, whose first question works.
async fn use_home(browser: &Browser) {
    browser
        .wait_for_heading("Decide how to get technical leadership")
        .await;
    browser.click_text("Take the self-assessment").await;
    browser.wait_for_heading("Self-assessment").await;
    browser.click_text("Start now").await;
    browser
        .wait_for_heading("What stage is your company at?")
        .await;
    click(browser, "label[for='stage-early']").await;
    browser.click_text("Continue").await;
    browser
        .wait_for_heading("Which industry is your company in?")
        .await;
}

/// The assessment: every question answered from the first, through to the result.
async fn use_assessment(browser: &Browser) {
    browser
        .wait_for_heading("What stage is your company at?")
        .await;
    for &(question, answer) in support::EARLY_STARTUP {
        match question {
            "budget" => type_into(browser, "budget-amount", answer).await,
            "challenges" => {
                for choice in answer.split(',') {
                    click(browser, &format!("label[for='challenges-{choice}']")).await;
                }
            }
            _ => click(browser, &format!("label[for='{question}-{answer}']")).await,
        }
        browser.click_text("Continue").await;
    }
    browser.wait_for_heading("Check your answers").await;
    browser.click_text("See your result").await;
    browser.wait_for_heading("Your result").await;
    wait_for_text(browser, ".verdict__option", "Fractional CTO").await;
}

/// The calculator: a figure typed changes the total; a scenario saved is there after a reload.
async fn use_calculator(browser: &Browser) {
    browser.wait_for_heading("Cost comparison").await;
    wait_for_total(browser, "$312,000").await;
    type_into(browser, "field-fr-rate", "300").await;
    wait_for_total(browser, "$374,400").await;
    type_into(browser, "scenario-name", "At 300 an hour").await;
    browser.click_text("Save scenario").await;
    wait_for_text(browser, ".scenario__name", "At 300 an hour").await;
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    wait_for_text(browser, ".scenario__name", "At 300 an hour").await;
}

/// The workspace: a step's status set and a note written, both there after a reload.
async fn use_workspace(browser: &Browser) {
    browser.wait_for_heading("Founder's workspace").await;
    // The last step: the first may be completed already, by a self-assessment taken.
    let last = ".task-list__item:last-child .task-status";
    wait_for_text(browser, last, "Not yet started").await;
    click(browser, ".task-list__item:last-child a").await;
    click(browser, "label[for='status-in-progress']").await;
    browser.click_text("Save and return").await;
    browser.wait_for_heading("Founder's workspace").await;
    wait_for_text(browser, last, "In progress").await;

    browser.show("#/workspace/notes").await;
    browser.wait_for_heading("Notes").await;
    browser.click_text("New note").await;
    browser.wait_for_heading("Edit note").await;
    type_into(browser, "note-title", "Call with Priya").await;
    wait_for_text(browser, ".save-state__text", "Saved").await;

    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    browser.wait_for_heading("Edit note").await;
    assert_eq!(
        browser
            .eval("return document.getElementById('note-title').value")
            .await,
        json!("Call with Priya")
    );
    browser.show("#/workspace").await;
    wait_for_text(browser, last, "In progress").await;
}

/// The guide: a link in its contents moves to its section; its link to the cost comparison
/// opens the calculator.
async fn use_guide(browser: &Browser) {
    browser.wait_for_heading("What is a fractional CTO?").await;
    browser.click_text("The alternatives").await;
    browser
        .wait_until(
            "the contents link to move focus to its section",
            "return document.activeElement.id === 'alternatives'",
        )
        .await;
    browser.click(".next-up a[href='#/calculator']").await;
    browser.wait_for_heading("Cost comparison").await;
    wait_for_total_in(browser, "$").await;
}

/// Settings: the currency chosen is said back, and the calculator shows its amounts in it
/// (whatever figures it kept).
async fn use_settings(browser: &Browser) {
    browser.wait_for_heading("Settings and your data").await;
    click(browser, "label[for='currency-eur']").await;
    wait_for_text(browser, ".status", "Amounts are shown in Euros.").await;
    browser.click_text("Cost comparison").await;
    browser.wait_for_heading("Cost comparison").await;
    wait_for_total_in(browser, "€").await;
}

// --- 1. Each part from a cold load of its own address --------------------------------------

#[tokio::test]
async fn home_from_a_cold_load_leads_into_the_assessment() {
    cold("home", "#/", use_home).await;
}

#[tokio::test]
async fn the_assessment_from_a_cold_load_of_its_first_question_reaches_a_result() {
    cold("the assessment", "#/assessment/q/stage", use_assessment).await;
}

#[tokio::test]
async fn the_calculator_from_a_cold_load_updates_its_total_and_keeps_a_scenario() {
    cold("the calculator", "#/calculator", use_calculator).await;
}

#[tokio::test]
async fn the_workspace_from_a_cold_load_keeps_a_step_and_a_note() {
    cold("the workspace", "#/workspace", use_workspace).await;
}

#[tokio::test]
async fn the_guide_from_a_cold_load_follows_its_links() {
    cold("the guide", "#/guide", use_guide).await;
}

#[tokio::test]
async fn settings_from_a_cold_load_change_the_currency_the_calculator_uses() {
    cold("settings", "#/settings", use_settings).await;
}

/// Where the app is served for the embed test; its host page is on the same origin, where the
/// framed app's console can be read (another site's frame logs elsewhere).
const EMBED_APP: &str = "/cto/";

#[tokio::test]
async fn the_embeds_from_a_cold_load_answer_a_question_and_update_a_total() {
    let host = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A consultancy</title><link rel=\"icon\" href=\"data:,\"></head>\
        <body><h1>Our tools</h1><div data-fcto></div><div data-fcto data-fcto-parts=\"calculator\"></div>\
        <script src=\"/cto/embed.js\" async></script></body></html>";
    let server = StaticServer::start_with(
        &dist_dir(),
        EMBED_APP,
        Options {
            pages: HashMap::from([("/host/".to_owned(), host.to_owned())]),
            ..Options::default()
        },
    );
    let browser = Browser::launch().await;
    browser.driver.goto(server.url("/host/")).await.unwrap();
    walk(&browser, "the embeds", async {
        browser
            .wait_until(
                "both frames",
                "return document.querySelectorAll('iframe').length === 2",
            )
            .await;
        // The wizard: its first question answered.
        browser.driver.enter_frame(0).await.unwrap();
        browser.wait_for_app().await;
        browser.wait_for_heading("Self-assessment").await;
        browser.click_text("Start now").await;
        click(&browser, "label[for='stage-early']").await;
        browser.click_text("Continue").await;
        browser
            .wait_for_heading("Which industry is your company in?")
            .await;
        // The calculator: a figure typed changes the total.
        browser.driver.enter_default_frame().await.unwrap();
        browser.driver.enter_frame(1).await.unwrap();
        browser.wait_for_app().await;
        browser.wait_for_heading("Cost comparison").await;
        type_into(&browser, "field-fr-rate", "300").await;
        wait_for_total(&browser, "$374,400").await;
        browser.driver.enter_default_frame().await.unwrap();
    })
    .await;
    browser.quit().await;
}

/// The name in dist/ of a part's pack (`cto-compass-<part>-pack-<hash>.wasm`).
fn pack_of(part: &str) -> String {
    let prefix = format!("cto-compass-{part}-pack-");
    std::fs::read_dir(dist_dir())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .find(|name| name.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no {prefix}*.wasm in dist/: was it built with `make dist`?"))
}

/// The wasm files the page itself has fetched so far, by name (the worker's own fetches are
/// not the page's).
async fn wasm_fetched(browser: &Browser) -> Vec<String> {
    let names = browser
        .eval(
            "return performance.getEntriesByType('resource')\
                .map((e) => new URL(e.name).pathname.split('/').pop())\
                .filter((name) => name.endsWith('.wasm'))",
        )
        .await;
    serde_json::from_value(names).unwrap()
}

#[tokio::test]
async fn a_part_opened_cold_comes_in_one_file_beside_the_main_wasm() {
    // One request for the part's code, not one per module: each is a round trip on a phone.
    cold(
        "the calculator",
        "#/calculator",
        async |browser: &Browser| {
            browser.wait_for_heading("Cost comparison").await;
            type_into(browser, "field-fr-rate", "300").await;
            wait_for_total(browser, "$374,400").await;
            let fetched = wasm_fetched(browser).await;
            // Before it was drawn: the main wasm and the page's pack, two files.
            let first = &fetched[..2.min(fetched.len())];
            assert!(
                first.iter().any(|name| name.ends_with("_bg.wasm")),
                "{fetched:?}"
            );
            assert!(
                first.contains(&pack_of("calculator")),
                "the page fetched {fetched:?}"
            );
            // After it was drawn, the blocks under the table: one more file, their pack,
            // which holds only what the page's pack did not (never the page's code again).
            browser
                .wait_until(
                    "the blocks under the table",
                    "return !!document.getElementById('switch-title')",
                )
                .await;
            let fetched = wasm_fetched(browser).await;
            assert_eq!(
                fetched[2..],
                [pack_of("calculator-lower")],
                "the page fetched {fetched:?}"
            );
        },
    )
    .await;
}

#[tokio::test]
async fn a_part_whose_pack_is_broken_still_opens_from_its_own_files() {
    // A proxy that mangles the pack, or a host that loses it: the integrity check refuses it
    // and the part's files come one by one instead.
    let pack = pack_of("calculator");
    let server = StaticServer::start_with(
        &dist_dir(),
        MOUNT,
        Options {
            pages: HashMap::from([(format!("{MOUNT}{pack}"), "not a pack".to_owned())]),
            ..Options::default()
        },
    );
    let browser = Browser::launch().await;
    support::go(&browser, &server, "#/calculator").await;
    browser.wait_for_heading("Cost comparison").await;
    type_into(&browser, "field-fr-rate", "300").await;
    wait_for_total(&browser, "$374,400").await;
    let fetched = wasm_fetched(&browser).await;
    assert!(
        fetched
            .iter()
            .any(|name| name.starts_with("cto-compass-calculator-") && !name.contains("-pack-")),
        "the page fetched {fetched:?}"
    );
    browser.quit().await;
}

// --- 2. Every part offline after one visit to the home page -------------------------------

/// Every file the worker is to keep, as the page asks for it: all of the build but the page
/// itself (kept as "./"), the worker, the host script for other sites, the parts' packs (whose
/// files it keeps one by one) and source maps.
fn files_to_keep() -> Vec<String> {
    let mut files = vec!["./".to_owned()];
    for entry in std::fs::read_dir(dist_dir()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if !matches!(name.as_str(), "index.html" | "sw.js" | "embed.js")
            && !name.ends_with(".map")
            && !name.contains("-pack-")
        {
            files.push(format!("./{name}"));
        }
    }
    files
}

/// Waits until the worker controls the page and has kept every file of the build, which it
/// may do in the background after the page has started.
async fn wait_until_every_file_is_kept(browser: &Browser) {
    browser
        .wait_until(
            "the service worker to control the page",
            "return !!navigator.serviceWorker.controller",
        )
        .await;
    let script = format!(
        "const files = {};
         return Promise.all(files.map(f => caches.match(new URL(f, location.href).href, {{ ignoreSearch: true }}).then(kept => kept ? null : f)))
            .then(missing => missing.filter(Boolean));",
        json!(files_to_keep())
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let missing = browser.eval(&script).await;
        if missing == json!([]) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the worker has not kept these files: {missing}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Loads the app at `hash` afresh (not a change of fragment on the page already shown) and
/// uses the part there.
async fn offline(
    browser: &Browser,
    server: &StaticServer,
    part: &str,
    hash: &str,
    use_part: impl AsyncFn(&Browser),
) {
    walk(browser, part, async {
        browser.driver.goto("about:blank").await.unwrap();
        support::go(browser, server, hash).await;
        use_part(browser).await;
    })
    .await;
}

#[tokio::test]
async fn after_one_visit_to_the_home_page_every_part_opens_and_works_offline() {
    let server = StaticServer::start(&dist_dir(), MOUNT);
    let browser = Browser::launch().await;
    walk(&browser, "the first visit", async {
        support::go(&browser, &server, "#/").await;
        wait_until_every_file_is_kept(&browser).await;
    })
    .await;
    support::cut_network(&browser, &server).await;
    assert_eq!(
        browser
            .eval("return fetch('./sw.js', { cache: 'no-store' }).then(() => 'online', () => 'offline')")
            .await,
        json!("offline"),
        "the network is really cut"
    );
    // The probe's failure is logged; nothing after it may be.
    let _ = browser.console_errors().await;

    // In an order where each part finds what it expects (settings change the currency last).
    offline(&browser, &server, "home offline", "#/", use_home).await;
    offline(
        &browser,
        &server,
        "the assessment offline",
        "#/assessment/q/stage",
        use_assessment,
    )
    .await;
    offline(
        &browser,
        &server,
        "the calculator offline",
        "#/calculator",
        use_calculator,
    )
    .await;
    offline(
        &browser,
        &server,
        "the workspace offline",
        "#/workspace",
        use_workspace,
    )
    .await;
    offline(&browser, &server, "the guide offline", "#/guide", use_guide).await;
    offline(
        &browser,
        &server,
        "settings offline",
        "#/settings",
        use_settings,
    )
    .await;

    // Every file came from the kept copy: the network was tried for the page only (and for
    // the worker itself, which the browser checks for a new build). A connection that asked
    // for nothing ("?") is Chromium connecting ahead of need.
    let asked: Vec<String> = server
        .refused()
        .into_iter()
        .filter(|path| path != "?" && !path.ends_with("/sw.js"))
        .filter(|path| !path.starts_with(MOUNT) || path[MOUNT.len()..].contains('.'))
        .collect();
    assert!(asked.is_empty(), "files asked of the network: {asked:?}");
    browser.quit().await;
}
