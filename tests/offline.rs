//! End-to-end: offline use. After one visit the service worker keeps the app's own files, so
//! the app loads and works with the network cut (Chromium's offline mode, and the server
//! refusing every connection besides); a new build replaces the kept copy; a framed app
//! leaves no worker behind (see embed.rs).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::{Value, json};
use support::browser::Browser;
use support::server::StaticServer;
use support::{MOUNT, dist_dir};

/// Opens the app once with the network up and waits until its worker controls the page.
async fn first_visit(server: &StaticServer) -> Browser {
    let browser = Browser::launch().await;
    browser.driver.goto(server.url(MOUNT)).await.unwrap();
    browser.wait_for_app().await;
    browser
        .wait_until(
            "the service worker to keep the app",
            "return !!navigator.serviceWorker.controller",
        )
        .await;
    browser
}

async fn cut_network(browser: &Browser, server: &StaticServer) {
    browser.devtools("Network.enable", json!({})).await;
    browser
        .devtools(
            "Network.emulateNetworkConditions",
            json!({ "offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
        )
        .await;
    server.set_unplugged(true);
}

/// The names of the caches the page's origin holds.
async fn cache_names(browser: &Browser) -> Vec<String> {
    let names = browser.eval("return caches.keys()").await;
    serde_json::from_value(names).unwrap()
}

#[tokio::test]
async fn after_one_visit_the_app_loads_and_works_with_the_network_cut() {
    let server = StaticServer::start(&dist_dir(), MOUNT);
    let browser = first_visit(&server).await;
    let asked_online = server.requests().len();

    cut_network(&browser, &server).await;
    assert_eq!(
        browser
            .eval("return fetch('./sw.js').then(() => 'online', () => 'offline')")
            .await,
        json!("offline"),
        "the network is really cut"
    );

    // A deep link, loaded afresh with no network at all.
    browser
        .driver
        .goto(server.url(&format!("{MOUNT}#/assessment")))
        .await
        .unwrap();
    // Only the fragment changed: reload to load everything again.
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    browser.click_text("Start now").await;
    browser.click("label[for='stage-early']").await;
    browser.click_text("Continue").await;
    browser
        .wait_for_heading("Which industry is your company in?")
        .await;
    // Progress is kept as usual.
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    assert!(
        browser
            .local_storage("cto-compass/assessment")
            .await
            .is_some_and(|doc| doc.contains("early")),
        "progress kept offline"
    );
    let calculator = browser
        .eval("location.hash = '#/calculator'; return true")
        .await;
    assert_eq!(calculator, Value::Bool(true));
    browser
        .wait_until(
            "the calculator",
            "return !!document.querySelector('main h1') && location.hash === '#/calculator' && document.querySelectorAll('main input').length > 0",
        )
        .await;

    assert_eq!(
        server.requests().len(),
        asked_online,
        "nothing reached the server while offline"
    );
    let errors: Vec<String> = browser
        .console_errors()
        .await
        .into_iter()
        // Chromium logs the probe's failed fetch above; nothing else may fail.
        .filter(|error| !error.contains("sw.js") && !error.contains("Failed to fetch"))
        .collect();
    assert!(errors.is_empty(), "console errors offline: {errors:?}");
    browser.quit().await;
}

#[tokio::test]
async fn a_new_build_replaces_the_kept_copy() {
    // A copy of dist/ that the test can "deploy" a new build into.
    let site = std::env::temp_dir().join(format!("cto-compass-offline-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&site);
    std::fs::create_dir_all(&site).unwrap();
    for entry in std::fs::read_dir(dist_dir()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), site.join(entry.file_name())).unwrap();
    }
    let server = StaticServer::start(&site, MOUNT);
    let browser = first_visit(&server).await;
    let before = cache_names(&browser).await;
    assert_eq!(before.len(), 1, "one cache for one build: {before:?}");
    assert!(before[0].contains(MOUNT), "named after its copy of the app");

    // The next build: a new version of the worker (Trunk's new hashes would change it so).
    let worker = std::fs::read_to_string(site.join("sw.js")).unwrap();
    let version_line = worker
        .lines()
        .find(|line| line.starts_with("const VERSION = "))
        .expect("the worker names its version")
        .to_owned();
    let next = version_line.replace("\";", "-next\";");
    std::fs::write(site.join("sw.js"), worker.replace(&version_line, &next)).unwrap();

    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    browser
        .wait_until(
            "the new build's cache to replace the old one",
            "return caches.keys().then(keys => keys.length === 1 && keys[0].endsWith('-next'))",
        )
        .await;
    browser.quit().await;
    let _ = std::fs::remove_dir_all(&site);
}

#[tokio::test]
async fn the_worker_keeps_only_the_apps_own_files() {
    let worker = std::fs::read_to_string(dist_dir().join("sw.js")).expect("dist/sw.js");
    let index = std::fs::read_to_string(dist_dir().join("index.html")).unwrap();
    for entry in std::fs::read_dir(dist_dir()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let kept = worker.contains(&format!("\"./{name}\""));
        match name.as_str() {
            // Loaded by other sites' pages, never by the app; the worker itself.
            "embed.js" | "sw.js" => assert!(!kept, "{name} is not kept"),
            _ => assert!(kept, "{name} is kept for offline use"),
        }
        if name.ends_with(".wasm") || name.ends_with(".css") {
            assert!(index.contains(&name), "{name} is this build's");
        }
    }
    assert!(!worker.contains("http"), "no other host is named");
}
