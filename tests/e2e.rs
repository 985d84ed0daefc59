//! End-to-end: the release build in dist/, served from a sub-folder of a plain static server
//! on 127.0.0.1, driven in Debian's headless Chromium. Run by `make test-e2e` after
//! `make dist`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::json;
use support::browser::Browser;
use support::server::{Options, StaticServer};
use support::{MOUNT, dist_dir};

async fn open_app(path: &str) -> (StaticServer, Browser) {
    let server = StaticServer::start(&dist_dir(), MOUNT);
    let browser = Browser::launch().await;
    browser.driver.goto(server.url(path)).await.unwrap();
    browser.wait_for_app().await;
    (server, browser)
}

/// Clicks a radio by its visible label, as a user would.
async fn choose(browser: &Browser, label: &str) {
    let script = format!(
        "const l = [...document.querySelectorAll('label')].find(l => l.textContent.trim() === {}); l.click(); return true;",
        serde_json::to_string(label).unwrap()
    );
    browser.eval(&script).await;
}

async fn checked_currency(browser: &Browser) -> String {
    browser
        .eval("const r = document.querySelector('input[name=currency]:checked'); return r ? r.value : null;")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn every_route_renders_its_page_with_its_own_title() {
    let (server, browser) = open_app(MOUNT).await;
    let routes = [
        ("#/", "Decide how to get technical leadership"),
        ("#/assessment", "Self-assessment"),
        ("#/calculator", "Cost comparison"),
        ("#/workspace", "Founder's workspace"),
        ("#/guide", "What is a fractional CTO?"),
        ("#/settings", "Settings and your data"),
        ("#/no-such-page", "Page not found"),
    ];
    for (hash, heading) in routes {
        support::go(&browser, &server, hash).await;
        browser.wait_for_heading(heading).await;
        let title = browser.driver.title().await.unwrap();
        assert_eq!(title, format!("{heading} – CTO Compass"), "{hash}");
        let headings = browser
            .eval("return document.querySelectorAll('h1').length")
            .await;
        assert_eq!(headings, json!(1), "one h1 on {hash}");
        // Every part is built: none is marked as a placeholder any more.
        let placeholder = browser
            .eval("return document.body.textContent.includes('Coming soon')")
            .await;
        assert_eq!(placeholder, json!(false), "{hash}");
    }
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    browser.quit().await;
}

#[tokio::test]
async fn every_page_fits_a_small_phone_and_200_percent_zoom_without_sideways_scrolling() {
    let (_server, browser) = open_app(MOUNT).await;
    // With a notice and a kept-aside copy showing, the widest content the pages have today.
    browser
        .set_local_storage("cto-compass/preferences", "{damaged")
        .await;
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    let mut too_wide = Vec::new();
    for width in [320, 640] {
        browser.set_viewport(width, 700).await;
        for hash in [
            "#/",
            "#/guide",
            "#/assessment",
            "#/assessment/q/stage",
            "#/assessment/q/budget",
            "#/assessment/how-scored",
            "#/calculator",
            "#/workspace",
            "#/settings",
            "#/x",
        ] {
            browser.show(hash).await;
            let overflow = browser.sideways_overflow().await;
            if overflow != 0 {
                too_wide.push(format!("{hash} at {width} px: {overflow} px too wide"));
            }
        }
    }
    assert!(too_wide.is_empty(), "{too_wide:#?}");
    browser.quit().await;
}

#[tokio::test]
async fn axe_finds_no_violations_on_the_home_guide_settings_and_missing_pages() {
    let (server, browser) = open_app(MOUNT).await;
    let mut found = Vec::new();
    for hash in ["#/", "#/guide", "#/settings", "#/x"] {
        browser.show(hash).await;
        found.extend(browser.axe_violations_at(hash).await);
    }
    // With the notice about a damaged saved copy.
    browser
        .set_local_storage("cto-compass/preferences", "{damaged")
        .await;
    browser
        .driver
        .goto(server.url(&format!("{MOUNT}#/settings")))
        .await
        .unwrap();
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    browser
        .wait_until("the notice", "return !!document.querySelector('.notice')")
        .await;
    found.extend(browser.axe_violations_at("storage notice").await);
    assert!(found.is_empty(), "\n{}", found.join("\n"));
    browser.quit().await;
}

/// A server that holds the wasm back for 2.5 s, as a slow network would.
fn slow_wasm_server() -> StaticServer {
    let options = Options {
        wasm_delay: Duration::from_millis(2500),
        ..Options::default()
    };
    StaticServer::start_with(&dist_dir(), MOUNT, options)
}

/// Opens the app and returns while its static shell shows and the wasm is still on its way.
/// `goto` returns at the load event, which waits for the preloaded wasm: go there from a
/// script instead.
async fn open_shell(browser: &Browser, server: &StaticServer) {
    browser.driver.goto(server.url("/nothing")).await.unwrap();
    let script = format!("location.href = {}; return true;", json!(server.url(MOUNT)));
    browser.eval(&script).await;
    browser
        .wait_until(
            "the static shell",
            "return !!document.getElementById('app-shell') && document.readyState !== 'loading'",
        )
        .await;
}

#[tokio::test]
async fn with_reduced_motion_nothing_moves() {
    let server = slow_wasm_server();
    let moving = "return [...document.querySelectorAll('*')].filter(e => { const s = getComputedStyle(e); return s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0; }).map(e => e.className || e.tagName)";
    // The static shell's loading line pulses, unless the visitor asked for less motion. Each
    // look is in a fresh browser (no worker, no cache), while the wasm is held back.
    for (reduce, expect_motion) in [("", true), ("reduce", false)] {
        let browser = Browser::launch().await;
        browser
            .emulate_media("prefers-reduced-motion", reduce)
            .await;
        open_shell(&browser, &server).await;
        let shell_moves = browser.eval(moving).await;
        assert_eq!(
            shell_moves != json!([]),
            expect_motion,
            "prefers-reduced-motion: {reduce:?}: {shell_moves}"
        );
        assert_eq!(
            browser
                .eval("return !!document.getElementById('app-shell')")
                .await,
            json!(true),
            "looked at the shell, before the app"
        );
        if !expect_motion {
            browser.wait_for_app().await;
            for hash in ["#/assessment/q/stage", "#/calculator", "#/workspace", "#/"] {
                browser.show(hash).await;
                assert_eq!(browser.eval(moving).await, json!([]), "{hash}");
            }
        }
        browser.quit().await;
    }
}

#[tokio::test]
async fn the_home_page_leads_to_the_four_parts() {
    let (_server, browser) = open_app(MOUNT).await;
    for (link, heading) in [
        ("Take the self-assessment", "Self-assessment"),
        ("Compare the costs", "Cost comparison"),
        ("Open your workspace", "Founder's workspace"),
        ("What is a fractional CTO?", "What is a fractional CTO?"),
    ] {
        browser.click(".brand").await;
        browser
            .wait_for_heading("Decide how to get technical leadership")
            .await;
        browser.click_text(link).await;
        browser.wait_for_heading(heading).await;
    }
    browser.quit().await;
}

#[tokio::test]
async fn the_static_shell_paints_before_the_wasm_arrives_and_the_app_replaces_it() {
    let server = slow_wasm_server();
    let browser = Browser::launch().await;
    let started = Instant::now();
    open_shell(&browser, &server).await;
    let shell = browser
        .eval(
            "const h = document.querySelector('#app-shell h1');
             const header = document.querySelector('#app-shell .site-header');
             return { heading: h.textContent, visible: h.getBoundingClientRect().height > 0,
                      description: document.querySelector('#app-shell .lede').textContent.trim(),
                      header: getComputedStyle(header).backgroundColor,
                      place: [h, document.querySelector('#app-shell .lede')].map(e => e.getBoundingClientRect().top),
                      mounted: performance.getEntriesByName('cto-compass:mounted').length };",
        )
        .await;
    assert!(
        started.elapsed() < Duration::from_millis(2500),
        "looked before the wasm arrived"
    );
    assert_eq!(shell["heading"], "Decide how to get technical leadership");
    assert_eq!(shell["visible"], true);
    assert!(
        shell["description"]
            .as_str()
            .unwrap()
            .contains("privately in this browser")
    );
    assert_ne!(shell["header"], "rgba(0, 0, 0, 0)", "the shell is styled");
    assert_eq!(shell["mounted"], 0);

    browser.wait_for_app().await;
    let after = browser
        .eval("return { shells: document.querySelectorAll('#app-shell').length, headings: document.querySelectorAll('h1').length };")
        .await;
    assert_eq!(after, json!({ "shells": 0, "headings": 1 }));
    // The home page's heading and introduction stay where the shell painted them.
    let place = browser
        .eval("return [document.querySelector('main h1'), document.querySelector('main .lede')].map(e => e.getBoundingClientRect().top)")
        .await;
    assert_eq!(place, shell["place"], "nothing moves as the app starts");
    browser.quit().await;
}

#[tokio::test]
async fn deep_links_reload_and_history_work_under_a_sub_path() {
    let (server, browser) = open_app(&format!("{MOUNT}#/guide")).await;
    browser.wait_for_heading("What is a fractional CTO?").await;

    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    browser.wait_for_heading("What is a fractional CTO?").await;

    browser.click_text("Cost comparison").await;
    browser.wait_for_heading("Cost comparison").await;
    let url = browser.driver.current_url().await.unwrap().to_string();
    assert_eq!(url, server.url(&format!("{MOUNT}#/calculator")));
    let focused = browser
        .eval("return document.activeElement === document.querySelector('main h1')")
        .await;
    assert_eq!(focused, true, "focus moves to the new page's heading");

    browser.driver.back().await.unwrap();
    browser.wait_for_heading("What is a fractional CTO?").await;
    browser.driver.forward().await.unwrap();
    browser.wait_for_heading("Cost comparison").await;

    // The folder without its slash: the server redirects, as static hosts do.
    browser
        .driver
        .goto(server.url(MOUNT.trim_end_matches('/')))
        .await
        .unwrap();
    browser.wait_for_app().await;
    browser
        .wait_for_heading("Decide how to get technical leadership")
        .await;

    browser
        .driver
        .goto(server.url(&format!("{MOUNT}index.html#/settings")))
        .await
        .unwrap();
    browser.wait_for_app().await;
    browser.wait_for_heading("Settings and your data").await;

    // A link to a section of a page lands on that section.
    browser
        .driver
        .goto(server.url(&format!("{MOUNT}#/guide#seven-steps")))
        .await
        .unwrap();
    browser.wait_for_app().await;
    browser
        .wait_until(
            "the section to take focus",
            "return document.activeElement.id === 'seven-steps'",
        )
        .await;
    browser.click_text("The alternatives").await;
    browser
        .wait_until(
            "the contents link to move focus",
            "return document.activeElement.id === 'alternatives'",
        )
        .await;

    let outside: Vec<String> = server
        .requests()
        .into_iter()
        .filter(|path| {
            !path.starts_with(MOUNT)
                && path != MOUNT.trim_end_matches('/')
                && path != "/favicon.ico"
        })
        .collect();
    assert!(
        outside.is_empty(),
        "requests outside the app's folder: {outside:?}"
    );
    browser.quit().await;
}

/// The guide's "On this page" list links to every section, the ones on tools, trends, the
/// worked example and the key takeaways included; each link's section is on the page under its
/// heading, and following the last link moves focus to it.
#[tokio::test]
async fn the_guide_lists_and_links_to_every_section_on_this_page() {
    let (_server, browser) = open_app(&format!("{MOUNT}#/guide")).await;
    browser.wait_for_heading("What is a fractional CTO?").await;
    assert_eq!(browser.text_of("#contents-heading").await, "On this page");
    let links = browser
        .eval("return [...document.querySelectorAll('nav.contents a')].map(a => a.getAttribute('href'))")
        .await;
    let headings = browser
        .eval("return Object.fromEntries([...document.querySelectorAll('.guide section h2')].map(h => [h.id, h.textContent.trim()]))")
        .await;
    for (id, title) in [
        ("tools", "The tools a fractional CTO works with"),
        ("trends", "Trends to know about"),
        ("worked-example", "A worked example"),
        ("takeaways", "Key takeaways"),
    ] {
        assert_eq!(headings[id], json!(title), "the section {id}: {headings}");
        let href = json!(format!("#/guide#{id}"));
        assert!(
            links.as_array().unwrap().contains(&href),
            "On this page links to {id}: {links}"
        );
    }
    // Every section is listed, in page order, and the takeaways close the guide.
    let ids = browser
        .eval("return [...document.querySelectorAll('.guide section h2')].map(h => '#/guide#' + h.id)")
        .await;
    assert_eq!(links, ids, "one link for each section, in order");
    assert_eq!(
        ids.as_array().unwrap().last(),
        Some(&json!("#/guide#takeaways"))
    );

    browser.click_text("Key takeaways").await;
    browser
        .wait_until(
            "the link to move focus to the takeaways",
            "return document.activeElement.id === 'takeaways'",
        )
        .await;
    let errors = browser.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    browser.quit().await;
}

#[tokio::test]
async fn data_written_in_one_visit_is_there_after_a_reload() {
    let (_server, browser) = open_app(&format!("{MOUNT}#/settings")).await;
    browser.wait_for_heading("Settings and your data").await;
    choose(&browser, "Euros (€)").await;
    assert_eq!(checked_currency(&browser).await, "EUR");
    euros_are_stored(&browser).await;

    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    browser.wait_for_heading("Settings and your data").await;
    assert_eq!(checked_currency(&browser).await, "EUR");
    assert_eq!(
        browser.text_of(".status").await,
        "Amounts are shown in Euros."
    );

    // Deleting everything really forgets it, after a reload too.
    browser.click_text("Delete all my data").await;
    browser.click_text("Yes, delete everything").await;
    browser
        .wait_until(
            "the confirmation",
            "return document.body.innerText.includes('Deleted.')",
        )
        .await;
    assert_eq!(browser.local_storage("cto-compass/preferences").await, None);
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    assert!(
        browser
            .text_of(".status")
            .await
            .contains("is a guess from your browser's language")
    );
    browser.quit().await;
}

#[tokio::test]
async fn a_corrupted_document_produces_a_notice_and_its_raw_text_is_kept() {
    let corrupted = r#"{"version":1,"data":{"currency":"EUR""#;
    // A document is read when a page that shows it opens: the calculator shows the currency.
    let (_server, browser) = open_app(&format!("{MOUNT}#/calculator")).await;
    browser
        .set_local_storage("cto-compass/preferences", corrupted)
        .await;
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;

    let notice = browser.notice_text().await;
    assert!(
        notice.contains("We could not read your settings"),
        "{notice}"
    );
    assert!(
        notice.contains("kept aside in this browser, unchanged"),
        "{notice}"
    );

    let kept: Vec<String> = serde_json::from_value(
        browser
            .eval("return Object.keys(localStorage).filter(k => k.startsWith('cto-compass/kept-aside/preferences/'))")
            .await,
    )
    .unwrap();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(
        browser.local_storage(&kept[0]).await.as_deref(),
        Some(corrupted)
    );
    assert_eq!(browser.local_storage("cto-compass/preferences").await, None);

    // "Download the original text" hands over exactly what was stored.
    let downloaded = browser
        .download_by_clicking("Download the original text", "txt")
        .await;
    assert_eq!(downloaded, corrupted);

    // The copy is listed with the user's data, and the notice does not come back on reload.
    browser
        .click_text("See the damaged data kept for you")
        .await;
    browser.wait_for_heading("Settings and your data").await;
    // In plain words, and scrolled to: no storage names on the page.
    assert_eq!(
        browser.text_of("#kept-heading").await,
        "Damaged data we kept for you"
    );
    browser
        .wait_until(
            "the damaged data in view",
            "return document.activeElement.id === 'damaged-data'",
        )
        .await;
    assert!(!browser.text_of("main").await.contains("cto-compass/"));
    let listed = browser.text_of(".kept-list").await;
    assert!(
        listed.contains("Your settings") && listed.contains("characters"),
        "{listed}"
    );
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    let notices = browser
        .eval("return document.querySelectorAll('.notice').length")
        .await;
    assert_eq!(notices, json!(0));
    browser.quit().await;
}

#[tokio::test]
async fn a_full_storage_shows_a_notice_and_the_app_keeps_working() {
    let (_server, browser) = open_app(&format!("{MOUNT}#/settings")).await;
    browser
        .eval(
            "let chunk = 1 << 20, n = 0;
             while (chunk > 0) {
               try { localStorage.setItem('~' + n, 'x'.repeat(chunk)); n++; } catch (e) { chunk >>= 1; }
             }
             return n;",
        )
        .await;
    choose(&browser, "Pounds sterling (£)").await;
    browser
        .wait_until(
            "the notice",
            "return document.body.innerText.includes('Your changes are not being saved')",
        )
        .await;
    assert!(
        browser
            .notice_text()
            .await
            .contains("storage for this site is full")
    );
    assert_eq!(
        checked_currency(&browser).await,
        "GBP",
        "the change still holds in the page"
    );

    browser
        .eval("Object.keys(localStorage).filter(k => k.startsWith('~')).forEach(k => localStorage.removeItem(k));")
        .await;
    choose(&browser, "Euros (€)").await;
    browser
        .wait_until(
            "the notice to go",
            "return !document.body.innerText.includes('Your changes are not being saved')",
        )
        .await;
    euros_are_stored(&browser).await;
    browser.quit().await;
}

#[tokio::test]
async fn a_change_in_another_tab_shows_up_in_this_one() {
    let (server, browser) = open_app(&format!("{MOUNT}#/settings")).await;
    let first = browser.driver.window().await.unwrap();
    let second = browser.driver.new_tab().await.unwrap();
    browser.driver.switch_to_window(second).await.unwrap();
    browser
        .driver
        .goto(server.url(&format!("{MOUNT}#/settings")))
        .await
        .unwrap();
    browser.wait_for_app().await;
    choose(&browser, "Pounds sterling (£)").await;

    browser.driver.switch_to_window(first).await.unwrap();
    browser
        .wait_until(
            "the other tab's choice",
            "const r = document.querySelector('input[name=currency]:checked'); return !!r && r.value === 'GBP';",
        )
        .await;
    browser.quit().await;
}

#[tokio::test]
async fn storage_blocked_in_a_sandboxed_frame_is_explained_and_the_app_still_works() {
    let host = format!(
        "<!doctype html><title>A consultancy</title><h1>Our tools</h1>\
         <iframe sandbox=\"allow-scripts allow-popups\" src=\"{MOUNT}#/settings\" width=\"900\" height=\"700\"></iframe>"
    );
    let options = Options {
        pages: HashMap::from([("/host/".to_owned(), host)]),
        ..Options::default()
    };
    let server = StaticServer::start_with(&dist_dir(), MOUNT, options);
    let browser = Browser::launch().await;
    browser.driver.goto(server.url("/host/")).await.unwrap();
    browser.driver.enter_frame(0).await.unwrap();
    browser.wait_for_app().await;
    // Said in the frame's foot, quietly: a visitor there came to use the tool, not to be
    // alarmed.
    assert_eq!(
        browser.text_of(".answers-note summary").await,
        "Answers stay in this page only"
    );
    browser.click(".answers-note summary").await;
    assert!(
        browser
            .text_of(".answers-note p")
            .await
            .contains("inside another website's page")
    );
    let link = browser
        .eval("return [...document.querySelectorAll('.site-footer a')].map(a => [a.textContent, a.target, a.href])")
        .await;
    assert_eq!(link[0][0], "Open it in its own tab (opens in a new tab)");
    assert_eq!(link[0][1], "_blank");
    assert!(link[0][2].as_str().unwrap().starts_with(&server.url(MOUNT)));

    choose(&browser, "Euros (€)").await;
    assert_eq!(checked_currency(&browser).await, "EUR", "works in memory");
    browser.quit().await;
}

#[tokio::test]
async fn the_page_makes_no_request_to_any_host_but_its_own() {
    let (server, browser) = open_app(MOUNT).await;
    for hash in [
        "#/guide",
        "#/assessment",
        "#/calculator",
        "#/workspace",
        "#/settings",
    ] {
        browser.show(hash).await;
    }
    choose(&browser, "Euros (€)").await;
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;

    let urls = browser.requested_urls().await;
    let origin = server.url("/");
    assert!(
        urls.iter().any(|u| u.ends_with(".wasm")),
        "the log sees the app's own requests: {urls:?}"
    );
    let foreign: Vec<&String> = urls
        .iter()
        .filter(|u| !u.starts_with(&origin) && !u.starts_with("data:") && !u.starts_with("blob:"))
        .collect();
    assert!(foreign.is_empty(), "requests to other hosts: {foreign:?}");
    browser.quit().await;
}

#[tokio::test]
async fn the_content_security_policy_allows_only_the_apps_own_files_and_the_app_runs_under_it() {
    let index = std::fs::read_to_string(dist_dir().join("index.html")).unwrap();
    let policy = index
        .split("http-equiv=Content-Security-Policy")
        .next()
        .and_then(|head| head.rsplit("content=\"").next())
        .and_then(|rest| rest.split('"').next())
        .expect("a Content-Security-Policy meta tag");
    let directives: HashMap<&str, &str> = policy
        .split(';')
        .filter_map(|d| d.trim().split_once(' '))
        .collect();
    assert_eq!(directives["default-src"], "'self'");
    assert_eq!(directives["connect-src"], "'self'");
    assert_eq!(directives["script-src"], "'self' 'wasm-unsafe-eval'");
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    assert!(!policy.contains("http"), "no other host allowed: {policy}");
    // Trunk's start-up script is a file, not inline.
    let scripts: Vec<&str> = index.split("<script").skip(1).collect();
    assert!(!scripts.is_empty());
    for script in scripts {
        assert!(
            script.starts_with(" type=\"module\" src=\"./start-"),
            "inline script: {script}"
        );
    }

    // Every violation the browser reports, from the very start of each page load.
    let server = StaticServer::start(&dist_dir(), MOUNT);
    let browser = Browser::launch().await;
    browser
        .devtools(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": "window.cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));" }),
        )
        .await;
    browser.driver.goto(server.url(MOUNT)).await.unwrap();
    browser.wait_for_app().await;
    for hash in [
        "#/guide",
        "#/assessment",
        "#/calculator",
        "#/workspace",
        "#/workspace/notes",
        "#/settings",
    ] {
        browser.show(hash).await;
    }
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    assert_eq!(
        browser.eval("return window.cspViolations").await,
        json!([]),
        "the app needs nothing the policy forbids"
    );
    browser.quit().await;
}

/// Marks every element Tab should reach and returns their keys (a radio group is one stop),
/// then logs each element that gets focus, with whether its focus is visible: the focus colour
/// as a ring, block or underline on it, or on the label that stands in for a visually hidden
/// radio or checkbox.
const WATCH_TAB_STOPS: &str = "
    const visible = e => e.checkVisibility({ visibilityProperty: true });
    const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
        .filter(e => e.tabIndex >= 0 && !e.disabled && !e.closest('[inert]'))
        .filter(e => visible(e) || (e.type === 'radio' || e.type === 'checkbox') && e.labels.length && visible(e.labels[0]));
    all.forEach((e, i) => e.dataset.tabStop = e.type === 'radio' ? 'radio ' + e.name : 'stop ' + i);
    // The app's focus colour, as the browser resolves it.
    const probe = document.createElement('span');
    probe.style.color = 'var(--focus)';
    document.body.append(probe);
    const focus = getComputedStyle(probe).color;
    probe.remove();
    const ring = s => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor === focus)
        || s.backgroundColor === focus || s.boxShadow.includes(focus);
    const styles = e => [getComputedStyle(e), getComputedStyle(e, '::before'), getComputedStyle(e, '::after')];
    window.focusLog = [];
    document.addEventListener('focusin', ev => {
        const e = ev.target;
        const label = e.labels && e.labels[0];
        const shown = styles(e).some(ring) || !!label && styles(label).some(ring);
        window.focusLog.push([e.dataset.tabStop || 'unmarked', shown, e.outerHTML.slice(0, 120), e.textContent.trim()]);
    });
    return [...new Set(all.map(e => e.dataset.tabStop))];";

#[tokio::test]
async fn the_keyboard_reaches_everything_in_order_with_a_visible_focus_and_no_trap() {
    let (server, browser) = open_app(MOUNT).await;
    let mut problems = Vec::new();
    for hash in [
        "#/",
        "#/guide",
        "#/assessment/q/stage",
        "#/assessment/q/challenges",
        "#/calculator",
        "#/workspace",
        "#/workspace/notes",
        "#/workspace/candidates",
        "#/workspace/candidates/new",
        "#/workspace/terms",
        "#/workspace/spend",
        "#/workspace/onboarding",
        "#/workspace/summary",
        "#/workspace/check-ins/new",
        "#/settings",
    ] {
        browser
            .driver
            .goto(server.url(&format!("{MOUNT}{hash}")))
            .await
            .unwrap();
        // From the top of a freshly loaded page, as a keyboard user arrives.
        browser.driver.refresh().await.unwrap();
        browser.wait_for_app().await;
        let expected: Vec<String> =
            serde_json::from_value(browser.eval(WATCH_TAB_STOPS).await).unwrap();
        // A date field takes three Tabs: its day, month and year.
        let dates = browser
            .eval("return document.querySelectorAll('main input[type=date]').length")
            .await
            .as_u64()
            .unwrap_or(0) as usize;
        let mut tabs = browser.driver.action_chain();
        for _ in 0..expected.len() + 2 + 2 * dates {
            tabs = tabs.send_keys(thirtyfour::Key::Tab);
        }
        tabs.perform().await.unwrap();
        let log: Vec<(String, bool, String, String)> =
            serde_json::from_value(browser.eval("return window.focusLog").await).unwrap();
        match log.first() {
            Some((_, _, _, text)) if text == "Skip to main content" => {}
            other => problems.push(format!("{hash}: the first Tab reaches {other:?}")),
        }
        let mut reached: Vec<String> = Vec::new();
        for (stop, shown, html, _) in &log {
            if !shown {
                problems.push(format!("{hash}: no visible focus on {html}"));
            }
            if reached.last() != Some(stop) {
                reached.push(stop.clone());
            }
        }
        // In document order, each once, then out of the page: no trap, nothing skipped.
        let first_round: Vec<String> = reached.iter().take(expected.len()).cloned().collect();
        if first_round != expected {
            problems.push(format!(
                "{hash}: Tab went {first_round:?}, the page has {expected:?}"
            ));
        }
    }
    // The skip link moves focus to the main content.
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    browser.press(thirtyfour::Key::Tab).await;
    browser.press(thirtyfour::Key::Enter).await;
    let in_main = browser
        .eval("return !!document.activeElement.closest('main')")
        .await;
    assert_eq!(in_main, json!(true), "Skip to main content");
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    browser.quit().await;
}

/// The preferences stored say euros: the version, the data, then the ids of the writes it
/// descends from (for merging with other tabs).
async fn euros_are_stored(browser: &Browser) {
    let stored = browser
        .local_storage("cto-compass/preferences")
        .await
        .unwrap_or_default();
    assert!(
        stored.starts_with(r#"{"version":2,"data":{"currency":"EUR"},"lineage":["#),
        "{stored}"
    );
}
