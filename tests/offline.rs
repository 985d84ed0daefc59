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

/// The names of the caches the page's origin holds.
async fn cache_names(browser: &Browser) -> Vec<String> {
    let names = browser.eval("return caches.keys()").await;
    serde_json::from_value(names).unwrap()
}

#[tokio::test]
async fn after_one_visit_the_app_loads_and_works_with_the_network_cut() {
    let server = StaticServer::start(&dist_dir(), MOUNT);
    let browser = first_visit(&server).await;

    // First the server goes away (a dead connection, as on a train): the browser still
    // tries the network for the page, then the worker answers with the kept copy.
    server.set_unplugged(true);
    // A deep link, loaded afresh.
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
    // Every file came from the kept copy: the network was tried for the pages only (and for
    // the worker itself, which the browser checks for a new build).
    let refused = server.refused();
    assert!(
        refused.iter().any(|path| path.starts_with(MOUNT)),
        "the page was asked of the network first: {refused:?}"
    );
    let files: Vec<&String> = refused
        .iter()
        .filter(|path| !path.ends_with("/sw.js"))
        .filter(|path| !path.starts_with(MOUNT) || path[MOUNT.len()..].contains('.'))
        .collect();
    assert!(files.is_empty(), "files asked of the network: {files:?}");

    // Then Chromium's offline mode as well.
    support::cut_network(&browser, &server).await;
    assert_eq!(
        browser
            .eval("return fetch('./sw.js').then(() => 'online', () => 'offline')")
            .await,
        json!("offline"),
        "the network is really cut"
    );
    // An address with a query, as a link from a newsletter would have.
    browser
        .driver
        .goto(server.url(&format!("{MOUNT}?from=newsletter#/calculator")))
        .await
        .unwrap();
    browser.wait_for_app().await;
    browser.wait_for_heading("Cost comparison").await;
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('#cost-table tr').length > 3")
            .await,
        Value::Bool(true),
        "the calculator works offline"
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

    // The next build: a new page (with Trunk's new hashes in it) and so a new worker.
    let page = std::fs::read_to_string(site.join("index.html")).unwrap();
    std::fs::write(
        site.join("index.html"),
        page.replace("<title>", "<meta name=\"build\" content=\"next\"><title>"),
    )
    .unwrap();
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
    // Offline, the new build's page is the one kept.
    support::cut_network(&browser, &server).await;
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    assert_eq!(
        browser
            .eval("return document.querySelector('meta[name=build]')?.content ?? null")
            .await,
        json!("next")
    );
    browser.quit().await;
    let _ = std::fs::remove_dir_all(&site);
}

#[tokio::test]
async fn the_worker_keeps_only_the_apps_own_files_and_every_file_is_readable_by_a_web_server() {
    use std::os::unix::fs::PermissionsExt;
    let worker = std::fs::read_to_string(dist_dir().join("sw.js")).expect("dist/sw.js");
    let index = std::fs::read_to_string(dist_dir().join("index.html")).unwrap();
    // The parts' files are named by the loader the page's glue imports (tools/split-wasm.sh).
    let read_named = |text: &str, ending: &str| -> String {
        text.split(['"', '\'', '/', ' ', '=', '>'])
            .find(|word| word.ends_with(ending) && word.starts_with("cto-compass-"))
            .map(|name| std::fs::read_to_string(dist_dir().join(name)).unwrap())
            .unwrap_or_default()
    };
    let glue = read_named(&index, ".js");
    // The start-up script names the main wasm and the parts' packs (tools/finish-build.sh).
    let start = index
        .split(['"', '\'', '/', ' ', '=', '>'])
        .find(|word| word.starts_with("start-") && word.ends_with(".js"))
        .map(|name| std::fs::read_to_string(dist_dir().join(name)).unwrap())
        .expect("index.html names its start-up script");
    let parts_loader = read_named(&glue, "-parts.js");
    assert!(
        !parts_loader.is_empty(),
        "the glue imports the parts' loader"
    );
    let files = worker
        .split("const FILES = [")
        .nth(1)
        .and_then(|rest| rest.split("];").next())
        .expect("the worker lists the files it keeps");
    assert!(files.contains("\"./\","), "the page is kept as ./");
    for entry in std::fs::read_dir(dist_dir()).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().into_string().unwrap();
        let kept = files.contains(&format!("\"./{name}\""));
        match name.as_str() {
            // Loaded by other sites' pages, never by the app; the worker itself; the page,
            // kept as "./".
            "embed.js" | "sw.js" | "index.html" => assert!(!kept, "{name} is not kept by name"),
            // Each part's files in one, for a first visit; the worker keeps the files themselves.
            _ if name.contains("-pack-") => assert!(!kept, "{name} is not kept"),
            _ => assert!(kept, "{name} is kept for offline use"),
        }
        if name.ends_with(".wasm") || name.ends_with(".css") {
            assert!(
                index.contains(&name) || parts_loader.contains(&name) || start.contains(&name),
                "{name} is this build's"
            );
        }
        // A web server often runs as another user than the one who copied the files.
        let mode = entry.metadata().unwrap().permissions().mode();
        assert!(
            mode & 0o004 != 0,
            "{name} is not readable by others: {mode:o}"
        );
    }
    assert!(!worker.contains("http"), "no other host is named");
}
