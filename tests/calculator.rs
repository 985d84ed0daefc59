//! End-to-end: the cost comparison in the release build, in Debian's headless Chromium, served
//! from a sub-folder: typing updates the totals and the chart, bad input keeps the last result,
//! share links and the CSV carry the same numbers, the self-assessment pre-fills it, and
//! axe-core finds nothing to fix.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::{Value, json};
use support::browser::Browser;
use support::server::StaticServer;

/// The defaults' totals over 24 months, worked by hand in the model's tests.
const DEFAULT_TOTALS: [&str; 4] = ["$312,000", "$653,125", "$411,840", "$629,750"];
/// The fractional CTO's total at 300 an hour, over 24 and 12 months.
const FR_AT_300: &str = "$374,400";
const FR_AT_300_12_MONTHS: &str = "$187,200";
/// Priced by the day at the defaults: 1.5 days × 2,000 × 52 / 12 × 24 months.
const FR_DAILY: &str = "$312,000";
/// 10 hours a week at the default rate over 24 months.
const FR_AT_10_HOURS: &str = "$260,000";
/// 12 hours × 200 (Germany's default rate) × 52 / 12 × 12 months, in euros.
const FR_12_HOURS_12_MONTHS_EUR: &str = "€124,800";

async fn open(hash: &str) -> (StaticServer, Browser) {
    let (server, browser) = support::open_at(hash).await;
    browser
        .wait_until(
            "the results",
            "return !!document.querySelector('#cost-table tbody tr')",
        )
        .await;
    (server, browser)
}

/// The comparison table as rows of cell texts, headings included: a row per option (the
/// "Cheapest" tag left out, as the CSV has no tags).
async fn table(browser: &Browser) -> Vec<Vec<String>> {
    let cells = browser
        .eval("return [...document.querySelectorAll('#cost-table tr')].map(r => [...r.children].map(c => { const k = c.cloneNode(true); k.querySelectorAll('.tag').forEach(t => t.remove()); return k.textContent.trim(); }))")
        .await;
    serde_json::from_value(cells).unwrap()
}

/// A script finding `option`'s figure in the column whose heading starts with `heading` (as
/// `cell`, null if there is none), then returning `then`.
fn cell_script(option: &str, heading: &str, then: &str) -> String {
    format!(
        "const i = [...document.querySelectorAll('#cost-table thead th')].findIndex(h => h.textContent.startsWith({heading:?}));
        const row = document.querySelector('#cost-table tr[data-option={option}]');
        const cell = i < 0 || !row ? null : row.children[i].textContent.trim();
        return {then}"
    )
}

async fn cell(browser: &Browser, option: &str, heading: &str) -> String {
    browser
        .eval(&cell_script(option, heading, "cell"))
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Each option's total over the horizon, in the order of the options.
async fn totals(browser: &Browser) -> Vec<String> {
    let mut totals = Vec::new();
    for option in ["fractional", "full-time", "consulting", "in-house"] {
        totals.push(cell(browser, option, "Total over").await);
    }
    totals
}

/// Waits until `option`'s total over the horizon reads `expected`.
async fn wait_for_total(browser: &Browser, option: &str, expected: &str) {
    browser
        .wait_until(
            &format!("{option}'s total to be {expected}"),
            &cell_script(option, "Total over", &format!("cell === {expected:?}")),
        )
        .await;
}

async fn line_points(browser: &Browser, option: &str) -> Value {
    browser
        .eval(&format!(
            "return document.querySelector('polyline[data-option=\"{option}\"]').getAttribute('points')"
        ))
        .await
}

/// Replaces what is typed in a field, as a visitor would: select all, then type.
async fn type_into(browser: &Browser, field: &str, text: &str) {
    browser.click(&format!("#field-{field}")).await;
    browser
        .eval(&format!(
            "document.getElementById('field-{field}').select(); return true;"
        ))
        .await;
    browser.press(text).await;
}

#[tokio::test]
async fn changing_an_input_updates_the_totals_and_the_chart() {
    let (_server, browser) = open("#/calculator").await;
    assert!(table(&browser).await[0].contains(&"Total over 24 months".to_owned()));
    // The defaults, worked by hand in the model's tests.
    assert_eq!(totals(&browser).await, DEFAULT_TOTALS);
    let before = line_points(&browser, "fractional").await;

    type_into(&browser, "fr-rate", "300").await;
    wait_for_total(&browser, "fractional", FR_AT_300).await;
    assert_ne!(
        line_points(&browser, "fractional").await,
        before,
        "the chart follows"
    );
    let saving = browser.text_of(".savings__result").await;
    assert_eq!(
        saving,
        "Fractional CTO saves $278,725 (43%) against a full-time CTO over 24 months."
    );

    // A pricing mode changes which fields apply.
    browser.click("label[for='fractional-mode-daily']").await;
    browser
        .wait_until("the day fields", "return !!document.getElementById('field-fr-day-rate') && !document.getElementById('field-fr-rate')")
        .await;
    // 1.5 days × 2,000 × 52 / 12 × 24 months.
    assert_eq!(cell(&browser, "fractional", "Total over").await, FR_DAILY);

    // Another currency shows the same figures in it, and becomes the app's setting.
    browser
        .eval("const s = document.getElementById('calc-currency'); s.value = 'EUR'; s.dispatchEvent(new Event('change')); return true;")
        .await;
    wait_for_total(&browser, "fractional", &FR_DAILY.replace('$', "€")).await;
    assert_eq!(
        browser
            .eval("return document.getElementById('field-fr-day-rate').value")
            .await,
        json!("2,000"),
        "what was typed stays"
    );
    assert!(
        browser
            .local_storage("cto-compass/preferences")
            .await
            .unwrap()
            .contains("EUR")
    );
    browser.quit().await;
}

#[tokio::test]
async fn an_invalid_input_shows_its_error_and_keeps_the_last_result() {
    let (_server, browser) = open("#/calculator").await;
    for (typed, message) in [
        ("200", "Hours a week must be 80 or less"),
        ("-3", "Hours a week must be 0 or more"),
        ("lots", "Hours a week must be a number"),
        ("", "Enter the hours a week"),
    ] {
        // Type all but the last key, note the result, then the key that makes it invalid.
        let (start, last) = match typed.char_indices().last() {
            Some((at, _)) => (&typed[..at], Some(&typed[at..])),
            None => ("", None),
        };
        type_into(&browser, "fr-hours", start).await;
        if start.is_empty() {
            browser.press(thirtyfour::Key::Backspace).await;
        }
        let before = table(&browser).await;
        match last {
            Some(key) => browser.press(key).await,
            None => browser.press(thirtyfour::Key::Backspace).await,
        }
        browser
            .wait_until(
                "the error",
                "return !!document.getElementById('field-fr-hours-error')",
            )
            .await;
        let shown = browser
            .eval("return document.getElementById('field-fr-hours-error').textContent")
            .await;
        assert_eq!(shown, json!(format!("Error: {message}")), "{typed:?}");
        let described = browser
            .eval(
                "return document.getElementById('field-fr-hours').getAttribute('aria-describedby')",
            )
            .await;
        assert_eq!(described, json!("field-fr-hours-hint field-fr-hours-error"));
        assert_eq!(
            browser
                .eval(
                    "return document.getElementById('field-fr-hours').getAttribute('aria-invalid')"
                )
                .await,
            json!("true"),
            "{typed:?}"
        );
        assert!(
            browser.text_of(".calc-summary__stale").await.starts_with(
                "Not updated: “Fractional CTO: Hours a week” holds a figure the calculator cannot use."
            ),
            "the summary says the results are stale"
        );
        assert_eq!(
            table(&browser).await,
            before,
            "the last result stays: {typed:?}"
        );
    }
    type_into(&browser, "fr-hours", "10").await;
    browser
        .wait_until(
            "the error to go",
            "return !document.getElementById('field-fr-hours-error')",
        )
        .await;
    assert_eq!(
        browser
            .eval("return [document.getElementById('field-fr-hours').getAttribute('aria-invalid'), !!document.querySelector('.calc-summary__stale')]")
            .await,
        json!([null, false])
    );
    // After a pause, the new totals are read out (a polite live region).
    browser
        .wait_until(
            "the announcement",
            "return document.getElementById('calc-announcer').textContent.startsWith('Over 24 months, ')",
        )
        .await;
    assert_eq!(
        cell(&browser, "fractional", "Total over").await,
        FR_AT_10_HOURS
    );
    browser.quit().await;
}

#[tokio::test]
async fn a_share_link_reproduces_the_numbers_in_a_fresh_browser() {
    let (_server, browser) = open("#/calculator").await;
    type_into(&browser, "ft-salary", "180000").await;
    browser.click("label[for='consulting-mode-project']").await;
    browser
        .wait_until(
            "the project fields",
            "return !!document.getElementById('field-co-fee')",
        )
        .await;
    let expected = table(&browser).await;
    let link = browser
        .eval("return document.getElementById('calc-share-link').value")
        .await
        .as_str()
        .unwrap()
        .to_owned();
    assert!(link.contains("#/calculator?v=1&"), "{link}");
    browser.quit().await;

    let fresh = Browser::launch().await;
    fresh.driver.goto(&link).await.unwrap();
    fresh.wait_for_app().await;
    fresh
        .wait_until(
            "the results",
            "return !!document.querySelector('#cost-table tbody tr')",
        )
        .await;
    assert_eq!(table(&fresh).await, expected);
    assert_eq!(
        fresh
            .eval("return document.getElementById('field-ft-salary').value")
            .await,
        json!("180,000")
    );
    fresh.quit().await;
}

#[tokio::test]
async fn the_csv_has_the_same_numbers_as_the_table() {
    let (_server, browser) = open("#/calculator").await;
    type_into(&browser, "ih-hires", "3").await;
    browser
        .wait_until(
            "the new in-house total",
            &cell_script(
                "in-house",
                "Total over",
                &format!("cell !== {:?}", DEFAULT_TOTALS[3]),
            ),
        )
        .await;
    let rows = table(&browser).await;
    let csv = browser
        .download_by_clicking("Download the table (CSV)", "csv")
        .await;
    let parsed: Vec<Vec<String>> = csv
        .lines()
        .map(|line| parse_csv_line(line.trim_end_matches('\r')))
        .collect();
    assert_eq!(parsed[..5], rows, "first, the table as on screen");
    assert!(
        parsed
            .iter()
            .any(|r| r == &["Number of hires", "In-house team", "3", ""]),
        "then the figures used"
    );
    let month_24 = parsed.iter().find(|r| r[0] == "Month 24").unwrap();
    let total = rows[0]
        .iter()
        .position(|h| h == "Total over 24 months")
        .unwrap();
    assert_eq!(
        format!("${}", group(&month_24[4])),
        rows[4][total],
        "then each month's running totals, ending at the table's"
    );
    browser.quit().await;
}

/// "629750" as "629,750".
fn group(digits: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Splits one CSV line, honouring quotes.
fn parse_csv_line(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cells.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => cells.push(String::new()),
            c => cells.last_mut().unwrap().push(c),
        }
    }
    cells
}

#[tokio::test]
async fn the_self_assessment_prefills_hours_horizon_and_currency() {
    let (_server, browser) = open("#/calculator?currency=EUR&budget=8000&hours=12&months=12").await;
    assert_eq!(
        browser
            .eval("return document.getElementById('field-fr-hours').value")
            .await,
        json!("12")
    );
    assert_eq!(
        browser
            .eval("return document.getElementById('field-horizon').value")
            .await,
        json!("12")
    );
    assert_eq!(
        browser
            .eval("return document.getElementById('field-budget').value")
            .await,
        json!("8,000")
    );
    // Germany's default rate: 12 hours × 200 × 52 / 12 = 10,400 a month.
    assert_eq!(
        cell(&browser, "fractional", "Against your budget").await,
        "Over by €2,400 a month",
        "the budget is compared"
    );
    assert!(table(&browser).await[0].contains(&"Total over 12 months".to_owned()));
    assert_eq!(
        cell(&browser, "fractional", "Total over").await,
        FR_12_HOURS_12_MONTHS_EUR
    );
    browser.quit().await;
}

#[tokio::test]
async fn axe_finds_no_violations_on_the_calculator() {
    let (_server, browser) = open("#/calculator").await;
    let mut found = browser.axe_violations().await;
    type_into(&browser, "ft-bonus", "lots").await;
    browser
        .wait_until(
            "the error",
            "return !!document.querySelector('.error-message')",
        )
        .await;
    browser
        .eval("document.querySelector('.chart__table').open = true; return true;")
        .await;
    found.extend(browser.axe_violations_at("with an error").await);
    save_scenario(&browser, "First").await;
    save_scenario(&browser, "Second").await;
    browser.click_text("Rename First").await;
    found.extend(browser.axe_violations_at("with scenarios").await);
    assert!(found.is_empty(), "\n{}", found.join("\n"));
    browser.quit().await;
}

/// Waits until the cost chart is drawn as wide as its box, as measured at this viewport.
async fn wait_for_chart_at_its_width(browser: &Browser, width: u32) {
    browser
        .wait_until(
            &format!("the chart drawn at its width at {width} px"),
            "const svg = document.querySelector('.chart__svg'); return !!svg && +svg.getAttribute('width') === Math.floor(svg.parentElement.getBoundingClientRect().width) && svg.viewBox.baseVal.width === +svg.getAttribute('width')",
        )
        .await;
}

/// Each option's line and its legend key, as styled: stroke colour, dashes, caps and width of
/// each, and the marker's fill and shape (its outline's path after the first move).
const LINES_AND_KEYS: &str = "const style = e => { const c = getComputedStyle(e); return [c.stroke, c.strokeDasharray, c.strokeLinecap, c.strokeWidth]; };
    const marker = e => [getComputedStyle(e).fill, e.getAttribute('d').split('M')[1].replace(/^[-0-9.]+ [-0-9.]+/, '')];
    return ['fractional', 'full-time', 'consulting', 'in-house'].map(o => {
        const line = document.querySelector(`.chart__svg polyline[data-option=${o}]`);
        const key = document.querySelector(`.chart__legend .chart__key.chart__series--${o}`);
        const drawn = document.querySelector(`.chart__svg .chart__series--${o} .chart__marker`);
        return { line: style(line), key: style(key.querySelector('.chart__line')),
            marker: marker(drawn), keyMarker: marker(key.querySelector('.chart__marker')) };
    })";

/// The chart is drawn at its real size whatever the width: at a phone's 375 px and a
/// desktop's 1280 (and 320, the narrowest), every label is 12 px or more on screen and inside
/// the chart, the names at the lines' ends do not overlap, and each option's line looks
/// exactly like its key in the legend, light and dark.
#[tokio::test]
async fn the_chart_labels_are_readable_at_every_width_and_the_legend_matches_the_lines() {
    let server = StaticServer::start(&support::dist_dir(), support::MOUNT);
    let browser = Browser::launch_sized(375, 800).await;
    support::go(&browser, &server, "#/calculator").await;
    for width in [375, 1280, 320] {
        browser.set_viewport(width, 800).await;
        wait_for_chart_at_its_width(&browser, width).await;
        let texts = browser.chart_texts(".chart__svg").await;
        assert!(
            texts.len() >= 14,
            "{width} px: amounts, months, the axis and the names: {texts:?}"
        );
        for text in &texts {
            text.assert_readable(width);
        }
        let overlapping = browser
            .eval("const r = [...document.querySelectorAll('.chart__end')].map(t => t.getBoundingClientRect());
                return r.length === 4 && r.some((a, i) => r.slice(i + 1).some(b => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right))")
            .await;
        assert_eq!(
            overlapping,
            json!(false),
            "{width} px: the names at the lines' ends"
        );
    }
    for scheme in ["light", "dark"] {
        browser.emulate_media("prefers-color-scheme", scheme).await;
        let options: Vec<Value> =
            serde_json::from_value(browser.eval(LINES_AND_KEYS).await).unwrap();
        for option in &options {
            assert_eq!(option["line"], option["key"], "{scheme}: {option}");
            assert_eq!(option["marker"], option["keyMarker"], "{scheme}: {option}");
        }
        // Four different lines and four different markers.
        for (i, a) in options.iter().enumerate() {
            for b in &options[i + 1..] {
                assert_ne!(a["line"], b["line"], "{scheme}");
                assert_ne!(a["marker"][1], b["marker"][1], "{scheme}");
            }
        }
    }
    browser.quit().await;
}

async fn save_scenario(browser: &Browser, name: &str) {
    browser.click("#scenario-name").await;
    browser.press(name).await;
    browser.click_text("Save scenario").await;
    let script = format!(
        "return [...document.querySelectorAll('.scenario__name')].some(n => n.textContent === {})",
        serde_json::to_string(name).unwrap()
    );
    browser
        .wait_until(&format!("“{name}” saved"), &script)
        .await;
}

#[tokio::test]
async fn scenarios_are_saved_reopened_after_a_reload_renamed_compared_and_deleted() {
    let (_server, browser) = open("#/calculator").await;
    save_scenario(&browser, "Defaults").await;
    type_into(&browser, "fr-rate", "300").await;
    type_into(&browser, "horizon", "12").await;
    browser
        .wait_until("the 12-month table", "return [...document.querySelectorAll('#cost-table thead th')].some(h => h.textContent === 'Total over 12 months')")
        .await;
    let dearer = table(&browser).await;
    save_scenario(&browser, "Dearer, shorter").await;

    // A name already used is refused beside the field.
    browser.click("#scenario-name").await;
    browser.press("defaults").await;
    browser.click_text("Save scenario").await;
    browser
        .wait_until(
            "the error",
            "return !!document.getElementById('scenario-name-error')",
        )
        .await;
    assert!(
        browser
            .text_of("#scenario-name-error")
            .await
            .contains("You already have a scenario called “\u{2068}defaults\u{2069}”")
    );

    // After a reload both are still there, and so are the figures being worked on (saved a
    // moment after the last keystroke).
    browser
        .wait_until(
            "the working figures to be saved",
            "const f = localStorage.getItem('cto-compass/calculator'); return !!f && f.includes('horizon=12&') && f.includes('fr-rate=300&')",
        )
        .await;
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    browser
        .wait_until(
            "the list",
            "return document.querySelectorAll('.scenario').length === 2",
        )
        .await;
    assert_eq!(
        table(&browser).await,
        dearer,
        "the working figures are kept"
    );
    // Opening a scenario brings back its figures.
    browser.click_text("Reset to defaults").await;
    wait_for_total(&browser, "fractional", DEFAULT_TOTALS[0]).await;
    browser.click_text("Open Dearer, shorter").await;
    browser
        .wait_until(
            "the opened figures",
            "return document.getElementById('field-fr-rate').value === '300'",
        )
        .await;
    assert_eq!(table(&browser).await, dearer);

    // Side by side.
    let comparison = browser.text_of("#scenario-comparison").await;
    assert!(
        comparison.contains("\u{2068}Defaults\u{2069} (24 months)"),
        "{comparison}"
    );
    assert!(
        comparison.contains("\u{2068}Dearer, shorter\u{2069} (12 months)"),
        "{comparison}"
    );
    assert!(
        comparison.contains(DEFAULT_TOTALS[0]) && comparison.contains(FR_AT_300_12_MONTHS),
        "{comparison}"
    );

    // Rename, then delete after confirming.
    browser.click_text("Rename Defaults").await;
    browser.click("#rename-0").await;
    browser
        .eval("document.getElementById('rename-0').select(); return true;")
        .await;
    browser.press("Baseline").await;
    browser.click_text("Save name").await;
    browser
        .wait_until("the new name", "return [...document.querySelectorAll('.scenario__name')].some(n => n.textContent === 'Baseline')")
        .await;
    browser.click_text("Delete Baseline").await;
    browser.click_text("No, keep it").await;
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('.scenario').length")
            .await,
        json!(2)
    );
    browser.click_text("Delete Baseline").await;
    browser.click_text("Yes, delete it").await;
    browser
        .wait_until(
            "one left",
            "return document.querySelectorAll('.scenario').length === 1",
        )
        .await;
    let stored = browser
        .local_storage("cto-compass/scenarios")
        .await
        .unwrap();
    assert!(
        stored.contains("Dearer, shorter") && !stored.contains("Baseline"),
        "{stored}"
    );
    browser.quit().await;
}

/// Counts, from the first byte of every page load: layout shifts, placeholders of parts drawn
/// later (`[data-later]`) put into the page, and frames painted with one on screen.
const WATCH_START_UP: &str = "window.shifts = []; window.placeholders = 0; window.framesWithPlaceholder = 0;
    new PerformanceObserver(list => { for (const e of list.getEntries()) window.shifts.push(e.value); })
        .observe({ type: 'layout-shift', buffered: true });
    new MutationObserver(records => { for (const r of records) for (const n of r.addedNodes)
        if (n.nodeType === 1 && (n.matches('[data-later]') || n.querySelector('[data-later]'))) window.placeholders++; })
        .observe(document, { childList: true, subtree: true });
    (function watch() {
        if (document.querySelector('[data-later]')) window.framesWithPlaceholder++;
        if (performance.now() < 15000) requestAnimationFrame(watch);
    })();";

/// Every part of the calculator, counted.
const WHOLE_CALCULATOR: &str =
    "return { options: document.querySelectorAll('fieldset.option-inputs').length,
    rows: document.querySelectorAll('#cost-table tbody tr').length,
    chart: document.querySelectorAll('polyline[data-option]').length,
    share: !!document.getElementById('calc-share-link'),
    scenarios: !!document.querySelector('.scenarios') }";

/// While the app starts, the calculator's lower parts are drawn in tasks of their own, so a
/// slow phone is not blocked for the whole page at once. On a phone and on a screen tall
/// enough to see the page's foot, the page still arrives whole and nothing in view moves as
/// those parts come. A later redraw, for a new currency, draws every part at once: no part is
/// ever missing from view. So does a reload, where the browser puts the scroll position back.
#[tokio::test]
async fn a_linked_calculator_arrives_whole_without_moving_and_redraws_without_gaps() {
    let server = StaticServer::start(&support::dist_dir(), support::MOUNT);
    let whole = json!({ "options": 5, "rows": 4, "chart": 5, "share": true, "scenarios": true });
    for (width, height) in [(412, 915), (1280, 2000)] {
        let browser = Browser::launch_sized(width, height).await;
        // A slower processor, as on a phone: the browser then paints between the tasks.
        browser
            .devtools("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }))
            .await;
        browser
            .devtools(
                "Page.addScriptToEvaluateOnNewDocument",
                json!({ "source": WATCH_START_UP }),
            )
            .await;
        support::go(&browser, &server, "#/calculator").await;
        assert_eq!(browser.eval(WHOLE_CALCULATOR).await, whole, "{width}px");
        // Layout shifts are reported after the frame that shows them.
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let watched = browser
            .eval(
                "return [window.shifts, window.placeholders > 0, window.framesWithPlaceholder > 0]",
            )
            .await;
        assert_eq!(
            watched,
            json!([[], true, true]),
            "{width}px: [shifts, split, painted while split]"
        );

        browser
            .eval(
                "window.placeholders = 0;
                 const pick = document.getElementById('calc-currency');
                 pick.value = 'EUR';
                 pick.dispatchEvent(new Event('change', { bubbles: true }));
                 return true;",
            )
            .await;
        browser
            .wait_until(
                "the totals in euros",
                "return document.querySelector('#cost-table tbody').textContent.includes('€')",
            )
            .await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(
            browser.eval(WHOLE_CALCULATOR).await,
            whole,
            "{width}px, in euros"
        );
        assert_eq!(
            browser.eval("return window.placeholders").await,
            json!(0),
            "{width}px: a new currency draws every part at once"
        );

        browser.driver.refresh().await.unwrap();
        browser.wait_for_app().await;
        assert_eq!(
            browser.eval(WHOLE_CALCULATOR).await,
            whole,
            "{width}px, reloaded"
        );
        assert_eq!(
            browser.eval("return window.placeholders").await,
            json!(0),
            "{width}px: a reload draws the page at once"
        );

        browser.quit().await;
    }
}

/// A browser whose language is `language` (as `navigator.language` says, which is what the app
/// reads), on the calculator's page.
async fn open_in_language(language: &str, width: u32, height: u32) -> (StaticServer, Browser) {
    let server = StaticServer::start(&support::dist_dir(), support::MOUNT);
    let browser = Browser::launch_sized(width, height).await;
    browser
        .devtools(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": format!(
                "Object.defineProperty(navigator, 'language', {{ get: () => '{language}' }});
                 Object.defineProperty(navigator, 'languages', {{ get: () => ['{language}'] }});"
            ) }),
        )
        .await;
    support::go(&browser, &server, "#/calculator").await;
    browser
        .wait_until(
            "the results",
            "return !!document.querySelector('#cost-table tbody tr')",
        )
        .await;
    (server, browser)
}

/// The figure a field holds, as the share link carries it (plain, with a decimal point).
async fn linked_value(browser: &Browser, key: &str) -> String {
    let link = browser
        .eval("return document.getElementById('calc-share-link').value")
        .await;
    let link = link.as_str().unwrap_or_default();
    link.split(['?', '&'])
        .find_map(|p| p.strip_prefix(&format!("{key}=")))
        .unwrap_or_default()
        .to_owned()
}

/// A visitor in Germany types numbers as Germans write them, and gets the euro area's
/// sourced figures, written the same way.
#[tokio::test]
async fn a_german_browser_reads_and_writes_numbers_the_german_way() {
    let (_server, browser) = open_in_language("de-DE", 1280, 900).await;
    assert_eq!(
        browser
            .eval("return [document.getElementById('calc-currency').value, document.getElementById('calc-format').value, document.getElementById('field-ft-salary').value]")
            .await,
        json!(["EUR", "comma", "140.000"]),
        "euros, a decimal comma, and Germany's figures"
    );
    assert!(
        browser
            .text_of("#field-ft-salary-hint")
            .await
            .contains("Default 140.000:"),
        "the default's note is in euros and written the same way"
    );
    type_into(&browser, "ft-salary", "12.000,50").await;
    type_into(&browser, "ft-bonus", "12,5").await;
    browser
        .wait_until(
            "the figures in the link",
            "return document.getElementById('calc-share-link').value.includes('ft-bonus=12.5&')",
        )
        .await;
    assert_eq!(linked_value(&browser, "ft-salary").await, "12000.5");
    assert_eq!(linked_value(&browser, "ft-bonus").await, "12.5");
    assert!(
        cell(&browser, "fractional", "Total over")
            .await
            .ends_with("\u{a0}€"),
        "amounts as Germans write them: {}",
        cell(&browser, "fractional", "Total over").await
    );
    // The chart's axis too: "200k €".
    browser
        .wait_until(
            "the axis in euros, written the German way",
            "return [...document.querySelectorAll('.chart__plot .chart__label')].some((l) => /^\\d+(,\\d)?[km]\\u00a0€$/.test(l.textContent))",
        )
        .await;
    browser.quit().await;
}

/// "130.000" could be 130 or 130,000 where a point is the decimal point: the calculator asks
/// rather than guessing, and the field is marked invalid.
#[tokio::test]
async fn an_ambiguous_number_is_asked_about_never_guessed() {
    let (_server, browser) = open("#/calculator").await;
    // "130.00" is 130; the last key makes it "130.000", which could be either.
    type_into(&browser, "ft-salary", "130.00").await;
    browser
        .wait_until(
            "130 a year",
            &cell_script("full-time", "A month", "cell === '$15'"),
        )
        .await;
    let before = table(&browser).await;
    browser.press("0").await;
    browser
        .wait_until(
            "the question",
            "return !!document.getElementById('field-ft-salary-error')",
        )
        .await;
    assert_eq!(
        browser
            .text_of("#field-ft-salary-error")
            .await
            .replace('\n', " "),
        "Error: Salary “130.000” could mean 130 or 130,000: type it as one of those"
    );
    assert_eq!(
        browser
            .eval("return document.getElementById('field-ft-salary').getAttribute('aria-invalid')")
            .await,
        json!("true")
    );
    assert_eq!(
        table(&browser).await,
        before,
        "the last usable figures stay"
    );
    type_into(&browser, "horizon", "12.5").await;
    browser
        .wait_until(
            "the horizon's error",
            "return !!document.getElementById('field-horizon-error')",
        )
        .await;
    assert_eq!(
        browser
            .text_of("#field-horizon-error")
            .await
            .replace('\n', " "),
        "Error: Horizon must be a whole number"
    );
    // A refused budget leaves the results not updated, as any refused field does, and says so.
    type_into(&browser, "budget", "lots").await;
    browser
        .wait_until(
            "the budget's error",
            "return document.getElementById('field-budget').getAttribute('aria-invalid') === 'true'",
        )
        .await;
    assert_eq!(
        browser
            .text_of("#field-budget-error")
            .await
            .replace('\n', " "),
        "Error: Budget must be a number"
    );
    assert!(
        browser
            .text_of(".calc-summary__stale")
            .await
            .contains("3 fields hold figures the calculator cannot use"),
        "{}",
        browser.text_of(".calc-summary__stale").await
    );
    // Numbers written 1.234,5 from now on: what was refused stays as typed and is read again,
    // so "130.000" is now 130,000; the horizon's "12.5" and the budget are still refused.
    browser
        .eval("const s = document.getElementById('calc-format'); s.value = 'comma'; s.dispatchEvent(new Event('change')); return true;")
        .await;
    browser
        .wait_until(
            "130,000 a year",
            "return !document.getElementById('field-ft-salary-error') && document.getElementById('calc-share-link').value.includes('ft-salary=130000&')",
        )
        .await;
    assert_eq!(
        browser
            .eval("return ['field-ft-salary', 'field-horizon', 'field-budget'].map((id) => document.getElementById(id).value)")
            .await,
        json!(["130.000", "12.5", "lots"])
    );
    assert!(
        browser
            .text_of(".calc-summary__stale")
            .await
            .contains("2 fields hold figures"),
    );
    browser.quit().await;
}

/// On a phone the summary comes before the first input, and the costs are one card per
/// option with no figure cut off.
#[tokio::test]
async fn a_phone_sees_the_summary_first_and_every_figure_whole() {
    let (_server, browser) = open_in_language("en-US", 375, 800).await;
    let order = browser
        .eval(
            "const s = document.querySelector('.calc-summary').getBoundingClientRect();
            const i = document.querySelector('.calculator input').getBoundingClientRect();
            return [s.bottom <= i.top, s.top < 800]",
        )
        .await;
    assert_eq!(
        order,
        json!([true, true]),
        "the summary, in the first screen, above the first input"
    );
    assert!(
        browser
            .text_of(".calc-summary__lead")
            .await
            .starts_with("Over 24 months, a fractional CTO costs least:"),
        "{}",
        browser.text_of(".calc-summary__lead").await
    );
    let clipped = browser
        .eval("return [...document.querySelectorAll('#cost-table td, #cost-table th')]
            .filter(c => c.offsetParent !== null)
            .filter(c => { const r = c.getBoundingClientRect(); return c.scrollWidth > c.clientWidth + 1 || r.right > window.innerWidth || r.left < 0; })
            .map(c => c.textContent)")
        .await;
    assert_eq!(clipped, json!([]), "no figure cut off");
    assert_eq!(browser.sideways_overflow().await, 0);
    let cards = browser
        .eval("return [...document.querySelectorAll('#cost-table tbody tr')].map(r => getComputedStyle(r).display)")
        .await;
    assert_eq!(
        cards,
        json!(["grid", "grid", "grid", "grid"]),
        "a card per option"
    );
    browser.quit().await;
}

/// On a desktop the costs stay in view beside the inputs while the last input is edited.
#[tokio::test]
async fn the_results_stay_in_view_while_the_last_input_is_edited() {
    let (_server, browser) = open_in_language("en-US", 1280, 800).await;
    browser
        .wait_until(
            "every group of inputs",
            "return document.querySelectorAll('.input-group[open]').length === 5",
        )
        .await;
    type_into(&browser, "switch-search", "6").await;
    browser
        .eval("document.getElementById('field-switch-search').scrollIntoView({ block: 'center' }); return true;")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let in_view = browser
        .eval("const t = document.getElementById('cost-table').getBoundingClientRect();
            const f = document.getElementById('field-switch-search').getBoundingClientRect();
            return [t.top >= 0 && t.bottom <= innerHeight, f.top >= 0 && f.bottom <= innerHeight, window.scrollY > 1000]")
        .await;
    assert_eq!(
        in_view,
        json!([true, true, true]),
        "[the table in view, the field in view, scrolled well down]"
    );
    browser.quit().await;
}

/// Choosing another currency converts nothing and replaces nothing: it offers that country's
/// sourced figures. A scenario keeps its currency and reopens in it.
#[tokio::test]
async fn another_currency_offers_its_own_figures_and_a_scenario_keeps_its_currency() {
    let (_server, browser) = open("#/calculator").await;
    type_into(&browser, "budget", "9000").await;
    save_scenario(&browser, "In dollars").await;
    // Opening a scenario brings back its budget too.
    type_into(&browser, "budget", "5000").await;
    browser.click_text("Open In dollars").await;
    browser
        .wait_until(
            "the scenario's budget",
            "return document.getElementById('field-budget').value === '9,000'",
        )
        .await;
    browser
        .eval("const s = document.getElementById('calc-currency'); s.value = 'GBP'; s.dispatchEvent(new Event('change')); return true;")
        .await;
    browser
        .wait_until(
            "the offer",
            "return !!document.getElementById('currency-offer-title')",
        )
        .await;
    assert_eq!(
        browser.text_of("#currency-offer-title").await,
        "Your figures are now read as pounds sterling"
    );
    assert_eq!(
        browser
            .eval("return document.getElementById('field-ft-salary').value")
            .await,
        json!("250,000"),
        "nothing converted"
    );
    browser
        .click_text("Use the defaults in pounds sterling")
        .await;
    browser
        .wait_until(
            "the UK's figures",
            "return document.getElementById('field-ft-salary').value === '140,000' && !document.getElementById('currency-offer-title')",
        )
        .await;
    assert!(
        browser
            .text_of("#field-ft-salary-hint")
            .await
            .contains("Default 140,000:"),
        "the UK's source beside it"
    );
    browser.click_text("Open In dollars").await;
    browser
        .wait_until(
            "the scenario in its own currency",
            "return document.getElementById('calc-currency').value === 'USD' && document.getElementById('field-ft-salary').value === '250,000'",
        )
        .await;
    assert!(
        browser
            .text_of(".scenarios .status")
            .await
            .starts_with("Opened “"),
        "the status survives the redraw in another currency"
    );
    browser.quit().await;
}
