//! The app with sample data, page by page: what `make screenshots` (tools/screenshots.rs) and
//! the design checks (tests/design.rs) both go through.
//!
//! - [`pages`]: every page of the app, with the heading it must show and a script that says
//!   when it shows what it is for (its data, its charts).
//! - The sample data, in the format this version stores, each checked with the app's own
//!   reader ([`stored`]): a finished self-assessment, saved cost scenarios, a workspace with
//!   something in every part ([`documents`]).
//! - [`serve`] and [`seed`]: dist/ served with a blank page on the app's own site, where the
//!   documents are stored before any page of the app loads.
//! - [`open`]: a page from a cold load of its address, once it shows its data; [`settle`].

use std::collections::HashMap;

use cto_compass::domain::assessment::Progress;
use cto_compass::domain::assessment::history::History;
use cto_compass::domain::calculator::scenarios::Scenarios;
use cto_compass::domain::document::{Document, decode, storage_key};
use cto_compass::domain::route::Route;
use cto_compass::domain::workspace::Workspace;
use cto_compass::domain::workspace::steps::TASK_SLUGS;
use serde_json::{Value, json};

use super::browser::Browser;
use super::server::{Options, StaticServer};
use super::{EARLY_STARTUP, MOUNT, dist_dir};

/// A page on the app's own site that loads nothing, where the sample data is stored.
pub const SEED_PAGE: &str = "/seed/";

/// The sample workspace's records, by id (ids as the app makes them).
pub const NOTE: &str = "mh2x4k-1f9q2c";
pub const CANDIDATE: &str = "mh3a9c-7kq1w2";
pub const KPI: &str = "mh5d0b-2m8x4z";
pub const CHECK_IN: &str = "mhbq2a-4w7r1p";

/// One page of the app.
pub struct Page {
    /// A short name: starts a screenshot's file name, names the page in a test's findings.
    pub name: String,
    /// Its address in the app.
    pub hash: String,
    /// The main heading it must show; `None` when it is made of the answers (a result).
    pub heading: Option<&'static str>,
    /// A script that returns true once the page shows what it is for (its data, its charts).
    pub shows: String,
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

/// Every page of the app, in the order of its navigation, as it shows with the sample data
/// stored ([`seed`]).
pub fn pages() -> Vec<Page> {
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
            "assessment-history",
            "#/assessment/history",
            text(&[
                "What changed since the result before",
                "Changed from a fractional CTO",
            ]),
        ),
        page(
            "assessment-memo",
            "#/assessment/memo",
            "return !!document.querySelector('main .memo__costs tbody tr')",
        ),
        page(
            "assessment-compare",
            &format!("#/assessment/compare?v=1&currency=EUR&{}", co_founder()),
            text(&["Your answers and theirs", "Differs"]),
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
    // Every step of the fractional CTO's plan, and the first of each other plan: one page
    // draws them all.
    for slug in TASK_SLUGS[..7]
        .iter()
        .chain([&TASK_SLUGS[7], &TASK_SLUGS[13], &TASK_SLUGS[19]])
    {
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
            "workspace-spend",
            "#/workspace/spend",
            "return document.querySelectorAll('main .spend-log tbody tr').length === 3",
        ),
        page(
            "workspace-onboarding",
            "#/workspace/onboarding",
            "return document.querySelectorAll('main .milestone').length === 3",
        ),
        page(
            "workspace-summary",
            "#/workspace/summary",
            "return !!document.getElementById('summary-progress')",
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
/// (money in whole cents, KPI numbers in millionths, statuses set by hand where not null):
/// two notes, two scored candidates, the terms' checklist, two KPIs with four check-ins each
/// (so the trend charts draw a line), three months of spend and a question of the founder's.
pub fn sample_workspace() -> Value {
    let mut steps = vec![Value::Null; 25];
    steps[0] = json!("Completed");
    steps[4] = json!("InProgress");
    let item = |state: &str, note: &str| json!({"state": state, "note": note});
    // Milliseconds since 1970: September to November 2026.
    const SEP_21: i64 = 1_790_000_000_000;
    const OCT_03: i64 = 1_791_000_000_000;
    const OCT_15: i64 = 1_792_000_000_000;
    json!({"version": 4, "data": {
        "plan": null,
        // Each plan's steps: the fractional CTO's seven, then six for each other option.
        "steps": steps,
        "notes": [
            {"id": NOTE, "title": "What we need", "body": "A roadmap for the pilot with the hospital group, someone to own security (SOC 2 Type I by spring) and help hiring our first two engineers.\n\nBudget: up to two days a week for six months, then review.", "tags": ["needs", "budget"], "created": SEP_21, "updated": OCT_03},
            {"id": "mh4b7d-9s3k0e", "title": "First call with Priya Shah", "body": "Ran platform teams at two health-tech scale-ups. Suggests a 90-day plan: architecture review, hiring loop, SOC 2 readiness. Available from October.", "tags": ["interview"], "created": OCT_03, "updated": OCT_15}
        ],
        "candidates": [
            {"id": CANDIDATE, "name": "Priya Shah", "contact": "priya@example.com", "model": "Retainer", "rate": 850_000, "scores": [5, 4, 5, 4, 5], "notes": "Strong on security and hiring; references from two founders."},
            {"id": "mh3b2e-5p8v6n", "name": "Tomás Rivera", "contact": "+44 20 7946 0958", "model": "Hourly", "rate": 18_000, "scores": [4, 5, 3, 4, 3], "notes": "Deep cloud expertise; less time for the team."}
        ],
        "weights": [3, 3, 4, 2, 5],
        "terms": {"scope": "Roadmap for the pilot, hiring the first two engineers, architecture review and SOC 2 readiness.", "model": "Retainer", "rate": 850_000, "payment_terms": "Monthly in advance, 30 days' notice", "start": "2026-09-01", "reviews": ["2026-12-15", "2027-03-15"], "hours": null, "checklist": {
            "scope": item("Agreed", ""), "time": item("Open", "Two days a week; extra days agreed in writing"),
            "fee": item("Agreed", ""), "ip": item("Agreed", "All work belongs to the company"),
            "nda": item("Agreed", "Mutual, five years"), "access": item("Open", ""),
            "notice": item("Agreed", "30 days either way"), "cadence": item("Open", "Weekly call on Mondays; Slack within a day"),
            "reviews": item("Agreed", "")
        }},
        "kpis": [
            {"id": KPI, "name": "Uptime", "unit": "%", "target": 99_500_000, "direction": "Higher"},
            {"id": "mh5e1c-8n2y7t", "name": "Lead time for changes", "unit": "days", "target": 2_000_000, "direction": "Lower"}
        ],
        "check_ins": [
            {"id": "mh9a1b-2c3d4e", "date": "2026-09-01", "readings": [{"kpi": KPI, "value": 98_700_000}, {"kpi": "mh5e1c-8n2y7t", "value": 9_000_000}], "summary": "Starting point.", "actions": [{"text": "Set up uptime monitoring", "done": true}]},
            {"id": "mh9b2c-3d4e5f", "date": "2026-09-29", "readings": [{"kpi": KPI, "value": 99_100_000}, {"kpi": "mh5e1c-8n2y7t", "value": 6_500_000}], "summary": "Deploys automated.", "actions": [{"text": "Automate deploys", "done": true}]},
            {"id": "mh9c3d-4e5f6g", "date": "2026-10-27", "readings": [{"kpi": KPI, "value": 99_600_000}, {"kpi": "mh5e1c-8n2y7t", "value": 3_500_000}], "summary": "Uptime on target.", "actions": [{"text": "Review the on-call rota", "done": false}]},
            {"id": CHECK_IN, "date": "2026-11-24", "readings": [{"kpi": KPI, "value": 99_800_000}, {"kpi": "mh5e1c-8n2y7t", "value": 2_500_000}], "summary": "Alerting in place; lead time close to target.", "actions": [{"text": "Split the release checklist", "done": false}, {"text": "Hire a second engineer", "done": false}]}
        ],
        "spend": [
            {"id": "mha1s1-1a", "day": "2026-09-30", "amount": 850_000, "hours": 64_000_000, "note": "Invoice 1"},
            {"id": "mha1s2-2b", "day": "2026-10-31", "amount": 850_000, "hours": 60_000_000, "note": "Invoice 2"},
            {"id": "mha1s3-3c", "day": "2026-11-28", "amount": 790_000, "hours": 58_000_000, "note": "Invoice 3"}
        ],
        "onboarding": [
            {"id": "mha1o1-5e", "day": 30, "text": "Audit the code, the architecture and the technical debt, and list the biggest risks.", "done": true},
            {"id": "mha1o2-6f", "day": 60, "text": "Agree a technical roadmap with the priorities for the next six months.", "done": true},
            {"id": "mha1o3-7g", "day": 90, "text": "Review the KPIs together and decide: carry on, change the scope, or hire full time.", "done": false}
        ],
        "questions": [{"id": "mha1q1-4d", "criterion": "security", "text": "Who at your firm would see our patient data?"}]
    }})
}

/// Two saved cost scenarios.
pub fn sample_scenarios() -> Value {
    json!({"version": 1, "data": {"saved": [
        {"name": "Lean year", "figures": "v=1&fr=daily&co=days&rec=percent&horizon=12&fr-days=1&fr-day-rate=1800"},
        {"name": "Two days a week", "figures": "v=1&fr=daily&horizon=24&fr-days=2&fr-day-rate=1500"}
    ]}})
}

/// A finished self-assessment: an early-stage startup, whose result is a fractional CTO.
pub fn finished_assessment() -> Value {
    let answers: serde_json::Map<String, Value> = EARLY_STARTUP
        .iter()
        .map(|(k, v)| ((*k).to_owned(), json!(v)))
        .collect();
    json!({"version": 1, "data": {"answers": answers, "currency": "USD", "finished": true}})
}

/// The document's key and its text, once the app's own reader accepts it as current.
pub fn stored<D: Document>(value: Value) -> (String, String) {
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

/// A co-founder's answers, as a share link's query: the early startup's, but wanting someone
/// full time who is fully part of the company.
pub fn co_founder() -> String {
    EARLY_STARTUP
        .iter()
        .map(|&(k, v)| match k {
            "time" => "time=full-time".to_owned(),
            "ownership" => "ownership=essential".to_owned(),
            "budget" => "budget=30000".to_owned(),
            _ => format!("{k}={v}"),
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// Three past results: the early startup's answers as they moved over three weeks, the
/// middle one pointing to a full-time CTO.
pub fn sample_history() -> Value {
    let answers = |changes: &[(&str, &str)]| {
        let mut answers: serde_json::Map<String, Value> = EARLY_STARTUP
            .iter()
            .map(|(k, v)| ((*k).to_owned(), json!(v)))
            .collect();
        for (k, v) in changes {
            answers.insert((*k).to_owned(), json!(v));
        }
        Value::Object(answers)
    };
    json!({"version": 1, "data": {"results": [
        {"at": 1_762_765_200_000_i64, "answers": answers(&[("budget", "4000")]), "currency": "USD"},
        {"at": 1_763_370_000_000_i64, "answers": answers(&[("stage", "growing"), ("time", "full-time"), ("ownership", "essential"), ("budget", "30000")]), "currency": "USD"},
        {"at": 1_763_974_800_000_i64, "answers": answers(&[]), "currency": "USD"}
    ]}})
}

/// Every sample document, as (key, text) to store.
pub fn documents() -> [(String, String); 4] {
    [
        stored::<Progress>(finished_assessment()),
        stored::<History>(sample_history()),
        stored::<Scenarios>(sample_scenarios()),
        stored::<Workspace>(sample_workspace()),
    ]
}

/// The blank page [`seed`] stores the documents from, as an entry of [`Options::pages`].
pub fn seed_page() -> (String, String) {
    (
        SEED_PAGE.to_owned(),
        "<!doctype html><title>seed</title><link rel=\"icon\" href=\"data:,\">".to_owned(),
    )
}

/// Serves dist/ at [`MOUNT`] on 127.0.0.1, with the seed page.
pub fn serve() -> StaticServer {
    let options = Options {
        pages: HashMap::from([seed_page()]),
        ..Options::default()
    };
    StaticServer::start_with(&dist_dir(), MOUNT, options)
}

/// Stores the sample documents from the seed page (same origin as the app, before any page of
/// the app has loaded: nothing the app writes on start can come first).
pub async fn seed(browser: &Browser, server: &StaticServer) {
    browser.driver.goto(server.url(SEED_PAGE)).await.unwrap();
    for (key, text) in &documents() {
        browser.set_local_storage(key, text).await;
    }
}

/// Lays the page out at this size, with scroll bars hidden (as on a phone), so that the
/// viewport's whole width is the page's.
pub async fn set_size(browser: &Browser, width: u32, height: u32) {
    browser.set_viewport(width, height).await;
    browser
        .devtools("Emulation.setScrollbarsHidden", json!({ "hidden": true }))
        .await;
}

/// Waits for fonts and images, for what moves on its own to come to rest (an element
/// arriving, a colour changing with the scheme: every animation that ends), then for two
/// frames to be painted.
pub async fn settle(browser: &Browser) {
    browser
        .wait_until(
            "fonts and images",
            "return document.fonts.status === 'loaded' && [...document.images].every(i => i.complete) && !document.querySelector('[data-later]')",
        )
        .await;
    // Reading a style first starts the transitions a change of media (the scheme) sets off.
    browser
        .driver
        .execute_async(
            "const done = arguments[arguments.length - 1];
             getComputedStyle(document.documentElement).color;
             const ending = document.getAnimations()
                 .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity);
             Promise.all(ending.map(a => a.finished.catch(() => null)))
                 .then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));",
            Vec::new(),
        )
        .await
        .expect("the page settles");
}

/// Opens a page from a cold load of its address, as a visitor would, and waits until it
/// shows what it is for.
pub async fn open(browser: &Browser, server: &StaticServer, page: &Page) {
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
