//! End-to-end design checks: every page of the app with sample data stored (a finished
//! self-assessment, saved scenarios, a full workspace: tests/support/sample_app.rs, the pages
//! `make screenshots` takes), in the release build in Debian's headless Chromium, for what a
//! visitor would notice: axe-core in the light and the dark colour scheme, table cells cut off
//! on a phone, pages that scroll sideways on a small phone or at 200% zoom. Each finding names
//! the page. Run by `make test-e2e` after `make dist`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::Value;
use support::browser::Browser;
use support::sample_app::{open, pages, seed, serve, set_size, settle};
use support::server::StaticServer;

const SCHEMES: [&str; 2] = ["light", "dark"];

/// A fresh browser with the sample data stored, and dist/ served. Each test quits the browser
/// before it asserts: one dropped without quitting takes minutes to go.
async fn seeded() -> (StaticServer, Browser) {
    let server = serve();
    let browser = Browser::launch().await;
    seed(&browser, &server).await;
    (server, browser)
}

/// Opens every `<details>` that holds a table, so that its cells are laid out.
const OPEN_TABLES: &str = "let opened = 0;
    for (const d of document.querySelectorAll('details')) {
        if (!d.open && d.querySelector('table')) { d.open = true; opened++; }
    }
    return opened;";

/// Every table cell drawn on the page that is not wholly in view across, each as "its text
/// (its table) sticks out how far past which edge of what": the viewport's (0 to innerWidth)
/// or the padding box's of an element whose overflow clips it, the farthest for each cell.
/// Cells hidden on purpose (for screen readers only: inside a box of at most one pixel that
/// clips, or clipped away whole) are not looked at.
const CUT_OFF_CELLS: &str = "const tolerance = 0.5;
    const html = document.documentElement;
    const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
        + [...e.classList].map(c => '.' + c).join('');
    const hiddenOnPurpose = (e, s) => s.clipPath === 'inset(50%)'
        || s.clip === 'rect(0px, 0px, 0px, 0px)'
        || (s.overflowX !== 'visible' && (e.clientWidth <= 1 || e.clientHeight <= 1));
    const found = [];
    cells: for (const cell of document.querySelectorAll('th, td')) {
        // Not drawn: display none, visibility hidden, in a closed <details>.
        if (!cell.checkVisibility({ visibilityProperty: true })) continue;
        const r = cell.getBoundingClientRect();
        const edges = [['the viewport', 0, innerWidth]];
        for (let a = cell; a && a !== html; a = a.parentElement) {
            const s = getComputedStyle(a);
            if (hiddenOnPurpose(a, s)) continue cells;
            if (a === cell || s.overflowX === 'visible') continue;
            // The body's overflow is the viewport's, unless the root has its own.
            if (a === document.body && getComputedStyle(html).overflowX === 'visible') continue;
            const left = a.getBoundingClientRect().left + a.clientLeft;
            edges.push([name(a), left, left + a.clientWidth]);
        }
        let worst = null;
        for (const [what, left, right] of edges) {
            for (const [by, side] of [[left - r.left, 'left'], [r.right - right, 'right']]) {
                if (by > tolerance && (!worst || by > worst.by)) worst = { by, side, what };
            }
        }
        if (worst) {
            const words = e => e.innerText.trim().replace(/\\s+/g, ' ');
            const text = words(cell) || '(empty)';
            const table = cell.closest('table');
            const details = cell.closest('details');
            const place = name(table) + (details && details.querySelector('summary')
                ? ` under ${JSON.stringify(words(details.querySelector('summary')))}` : '');
            found.push(`${JSON.stringify(text.slice(0, 60))} (${cell.tagName.toLowerCase()} of ${place}) sticks out ${worst.by.toFixed(1)} px past the ${worst.side} edge of ${worst.what}`);
        }
    }
    return found;";

/// The outermost elements sticking out past the right edge of the page's width, and not
/// inside anything that clips them: what makes it scroll sideways (the first five).
const TOO_WIDE: &str = "const html = document.documentElement;
    const width = html.clientWidth;
    const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
        + [...e.classList].map(c => '.' + c).join('');
    const past = e => e.getBoundingClientRect().right - width;
    const clipped = e => {
        for (let a = e.parentElement; a && a !== document.body && a !== html; a = a.parentElement) {
            if (getComputedStyle(a).overflowX !== 'visible') return true;
        }
        return false;
    };
    return [html, ...html.querySelectorAll('*')]
        .filter(e => past(e) > 0.5 && !(e.parentElement && past(e.parentElement) > 0.5) && !clipped(e))
        .slice(0, 5)
        .map(e => `${name(e)} ${past(e).toFixed(1)} px`);";

/// Strings from a script returning a list of them.
fn strings(value: Value) -> Vec<String> {
    serde_json::from_value(value).expect("a list of strings")
}

#[tokio::test]
async fn axe_finds_no_violation_on_any_page_in_the_light_or_the_dark_scheme() {
    let (server, browser) = seeded().await;
    let mut found = Vec::new();
    for page in pages() {
        open(&browser, &server, &page).await;
        for scheme in SCHEMES {
            browser.emulate_media("prefers-color-scheme", scheme).await;
            let shown = format!("return matchMedia('(prefers-color-scheme: {scheme})').matches");
            assert_eq!(browser.eval(&shown).await, Value::Bool(true), "{scheme}");
            // Colours change with the scheme through transitions: axe reads them at rest.
            settle(&browser).await;
            found.extend(
                browser
                    .axe_violations_as_shown()
                    .await
                    .into_iter()
                    .map(|v| format!("{} ({scheme}): {v}", page.name)),
            );
        }
    }
    browser.quit().await;
    assert!(
        found.is_empty(),
        "{} violations:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[tokio::test]
async fn at_375_px_no_table_cell_is_cut_off() {
    let (server, browser) = seeded().await;
    // A phone: its scroll bars take no room.
    set_size(&browser, 375, 812).await;
    let mut with_tables = Vec::new();
    let mut found = Vec::new();
    for page in pages() {
        open(&browser, &server, &page).await;
        if browser.eval(OPEN_TABLES).await != 0 {
            settle(&browser).await;
        }
        let cells = browser
            .eval("return document.querySelectorAll('th, td').length")
            .await;
        if cells == 0 {
            continue;
        }
        with_tables.push(page.name.clone());
        found.extend(
            strings(browser.eval(CUT_OFF_CELLS).await)
                .into_iter()
                .map(|cell| format!("{}: {cell}", page.name)),
        );
    }
    browser.quit().await;
    assert!(!with_tables.is_empty(), "no page showed a table");
    assert!(
        found.is_empty(),
        "{} cells cut off at 375 px (pages with tables: {}):\n{}",
        found.len(),
        with_tables.join(", "),
        found.join("\n")
    );
}

#[tokio::test]
async fn no_page_scrolls_sideways_at_320_px_or_at_200_percent_zoom() {
    let (server, browser) = seeded().await;
    let mut too_wide = Vec::new();
    // A small phone (WCAG's reflow width), and a 1280-pixel window at 200% zoom.
    for width in [320, 640] {
        browser.set_viewport(width, 700).await;
        for page in pages() {
            open(&browser, &server, &page).await;
            let overflow = browser.sideways_overflow().await;
            if overflow != 0 {
                let culprits = strings(browser.eval(TOO_WIDE).await);
                too_wide.push(format!(
                    "{} at {width} px: {overflow} px too wide ({})",
                    page.name,
                    culprits.join(", ")
                ));
            }
        }
    }
    browser.quit().await;
    assert!(
        too_wide.is_empty(),
        "{} pages scroll sideways:\n{}",
        too_wide.len(),
        too_wide.join("\n")
    );
}
