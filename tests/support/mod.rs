//! Shared by the end-to-end tests, the load benchmark and `make screenshots`.
#![allow(dead_code)]

pub mod browser;
pub mod sample_app;
pub mod server;

use std::path::PathBuf;

/// The release build that `make dist` produced.
pub fn dist_dir() -> PathBuf {
    let dist = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "dist/ has no release build: run `make dist` first (`make test` does)"
    );
    dist
}

/// Where the end-to-end tests serve dist/: a sub-folder, as on a consultancy's site.
pub const MOUNT: &str = "/tools/cto/";

/// Serves dist/ under [`MOUNT`], opens a fresh browser at `hash` and waits for the app.
pub async fn open_at(hash: &str) -> (server::StaticServer, browser::Browser) {
    let server = server::StaticServer::start(&dist_dir(), MOUNT);
    let browser = browser::Browser::launch().await;
    go(&browser, &server, hash).await;
    (server, browser)
}

/// Loads the served app at `hash`, as typing the address would, and waits for it.
pub async fn go(browser: &browser::Browser, server: &server::StaticServer, hash: &str) {
    browser
        .driver
        .goto(server.url(&format!("{MOUNT}{hash}")))
        .await
        .unwrap();
    browser.wait_for_app().await;
}

/// From the domain facts: an early-stage startup, small budget, no technical lead. Its result
/// is a fractional CTO.
pub const EARLY_STARTUP: &[(&str, &str)] = &[
    ("stage", "early"),
    ("industry", "technology"),
    ("leadership", "nobody"),
    ("team", "1-3"),
    ("budget", "6000"),
    ("challenges", "expertise,roadmap"),
    ("time", "days-1-2"),
    ("horizon", "year"),
    ("need", "leadership"),
    ("ownership", "nice"),
];

/// Chromium's own offline mode (DevTools' "Offline"), and the server refusing every
/// connection besides.
pub async fn cut_network(browser: &browser::Browser, server: &server::StaticServer) {
    browser
        .devtools("Network.enable", serde_json::json!({}))
        .await;
    browser
        .devtools(
            "Network.emulateNetworkConditions",
            serde_json::json!({ "offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
        )
        .await;
    server.set_unplugged(true);
}
