//! End-to-end: the founder's workspace in the release build, in Debian's headless Chromium,
//! served from a sub-folder: notes that survive a reload, are found, edited and deleted with
//! undo; candidates ranked by weighted score; check-ins drawn as a trend; export, delete,
//! import; bad import files refused; markup shown as text; axe-core on every page.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::{Value, json};
use support::browser::Browser;
use support::server::StaticServer;
use support::{MOUNT, dist_dir};
use thirtyfour::prelude::*;

const WORKSPACE_KEY: &str = "cto-compass/workspace";

async fn open(hash: &str) -> (StaticServer, Browser) {
    support::open_at(hash).await
}

/// Follows a link or button by its text and waits for the page it leads to.
async fn follow(browser: &Browser, text: &str, heading: &str) {
    browser.click_text(text).await;
    browser.wait_for_heading(heading).await;
}

/// Goes to an address of the app as a link would, and waits for its heading.
async fn visit(browser: &Browser, hash: &str, heading: &str) {
    browser
        .eval(&format!("location.hash = {}; return true;", json!(hash)))
        .await;
    browser.wait_for_heading(heading).await;
}

/// Replaces what is typed in a field, as a visitor would: focus, select all, type.
async fn fill(browser: &Browser, id: &str, text: &str) {
    browser.click(&format!("#{id}")).await;
    browser
        .eval(&format!(
            "document.getElementById({}).select(); return true;",
            json!(id)
        ))
        .await;
    if text.is_empty() {
        browser.press(Key::Backspace).await;
    } else {
        browser.press(text).await;
    }
}

/// Sets a date field, which Chromium types in the browser's own order.
async fn set_date(browser: &Browser, id: &str, iso: &str) {
    browser
        .eval(&format!(
            "const f = document.getElementById({}); f.value = {}; f.dispatchEvent(new Event('input', {{ bubbles: true }})); return true;",
            json!(id),
            json!(iso)
        ))
        .await;
}

async fn texts(browser: &Browser, css: &str) -> Vec<String> {
    let found = browser
        .eval(&format!(
            "return [...document.querySelectorAll({})].map(e => e.textContent.trim())",
            json!(css)
        ))
        .await;
    serde_json::from_value(found).unwrap()
}

async fn stored_workspace(browser: &Browser) -> Value {
    let raw = browser
        .local_storage(WORKSPACE_KEY)
        .await
        .expect("the workspace is stored");
    serde_json::from_str::<Value>(&raw).unwrap()["data"].clone()
}

/// Waits for the note editor's pause-then-save to reach storage.
async fn wait_until_saved(browser: &Browser) {
    browser
        .wait_until(
            "the note to be saved",
            "return document.querySelector('.save-state__text').textContent.trim() === 'Saved'",
        )
        .await;
}

async fn write_note(browser: &Browser, title: &str, body: &str, tags: &str) {
    visit(browser, "#/workspace/notes", "Notes").await;
    follow(browser, "New note", "Edit note").await;
    fill(browser, "note-title", title).await;
    fill(browser, "note-body", body).await;
    fill(browser, "note-tags", tags).await;
    wait_until_saved(browser).await;
}

#[tokio::test]
async fn a_note_survives_a_reload_is_found_edited_and_deleted_with_undo() {
    let (_server, browser) = open("#/workspace").await;
    write_note(
        &browser,
        "Call with Priya",
        "Strong on healthcare compliance; prefers a retainer.",
        "candidates, calls",
    )
    .await;
    // Saved after a pause in typing, not on every keystroke: one write holds all of it.
    let stored = stored_workspace(&browser).await;
    assert_eq!(stored["notes"][0]["title"], "Call with Priya");
    assert_eq!(stored["notes"][0]["tags"], json!(["candidates", "calls"]));
    write_note(&browser, "Board prep", "Roadmap for the pilot.", "").await;

    browser.driver.refresh().await.unwrap();
    browser.wait_for_heading("Edit note").await;
    assert_eq!(
        browser
            .eval("return document.getElementById('note-title').value")
            .await,
        json!("Board prep")
    );
    // "Delete note" is set apart from "Done", at the far end of the row.
    let gap = browser
        .eval(
            "const [done, del] = [...document.querySelectorAll('main .button-row > *')].map(e => e.getBoundingClientRect());
             return del.left - done.right",
        )
        .await;
    assert!(gap.as_f64().unwrap() > 200.0, "{gap}");
    follow(&browser, "All notes", "Notes").await;
    assert_eq!(
        texts(&browser, ".note-list__title").await,
        ["Board prep", "Call with Priya"],
        "the latest change first"
    );

    // Search over title, body and tags, whatever the case.
    for (query, found) in [
        ("HEALTHCARE", vec!["Call with Priya"]),
        ("calls", vec!["Call with Priya"]),
        ("roadmap pilot", vec!["Board prep"]),
        ("kubernetes", vec![]),
    ] {
        fill(&browser, "note-search", query).await;
        browser
            .wait_until(
                &format!("results for {query}"),
                &format!(
                    "return document.getElementById('note-count').textContent.includes({})",
                    json!(query)
                ),
            )
            .await;
        assert_eq!(texts(&browser, ".note-list__title").await, found, "{query}");
    }
    fill(&browser, "note-search", "priya").await;
    browser
        .wait_until(
            "one result",
            "return document.querySelectorAll('.note-list__title').length === 1",
        )
        .await;

    // Edit it: the change is kept, and it moves to the top.
    follow(&browser, "Call with Priya", "Edit note").await;
    fill(
        &browser,
        "note-body",
        "Strong on compliance. Rate agreed: 8,500 a month.",
    )
    .await;
    wait_until_saved(&browser).await;
    follow(&browser, "Done", "Notes").await;
    assert_eq!(
        texts(&browser, ".note-list__title").await[0],
        "Call with Priya"
    );
    assert!(
        browser
            .text_of(".note-list__excerpt")
            .await
            .contains("Rate agreed"),
        "the edited text is listed"
    );

    // Delete, then undo: the note is back, as it was.
    follow(&browser, "Call with Priya", "Edit note").await;
    follow(&browser, "Delete note", "Notes").await;
    assert_eq!(texts(&browser, ".note-list__title").await, ["Board prep"]);
    assert!(
        browser
            .text_of(".undo")
            .await
            .contains("Deleted the note “\u{2068}Call with Priya\u{2069}”.")
    );
    assert_eq!(
        stored_workspace(&browser).await["notes"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    browser.click("#undo-delete").await;
    browser
        .wait_until(
            "the note to come back",
            "return document.querySelectorAll('.note-list__title').length === 2",
        )
        .await;
    let stored = stored_workspace(&browser).await;
    assert_eq!(stored["notes"].as_array().unwrap().len(), 2);
    assert!(
        stored["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["body"].as_str().unwrap().contains("Rate agreed"))
    );

    // A note left blank is not kept.
    follow(&browser, "New note", "Edit note").await;
    follow(&browser, "All notes", "Notes").await;
    assert_eq!(
        stored_workspace(&browser).await["notes"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    browser.quit().await;
}

async fn add_candidate(browser: &Browser, name: &str, rate: &str, scores: [u8; 5]) {
    visit(browser, "#/workspace/candidates", "Candidates").await;
    follow(browser, "Add a candidate", "Add a candidate").await;
    fill(browser, "candidate-name", name).await;
    browser.click("label[for='candidate-model-hourly']").await;
    fill(browser, "candidate-rate", rate).await;
    for (criterion, score) in [
        "experience",
        "expertise",
        "communication",
        "culture-fit",
        "security",
    ]
    .iter()
    .zip(scores)
    {
        browser
            .click(&format!("label[for='score-{criterion}-{score}']"))
            .await;
    }
    follow(browser, "Done", "Candidates").await;
}

async fn ranking(browser: &Browser) -> Vec<Vec<String>> {
    let rows = browser
        .eval("return [...document.querySelectorAll('#ranking tbody tr')].map(r => [...r.children].map(c => c.textContent.trim()))")
        .await;
    serde_json::from_value(rows).unwrap()
}

#[tokio::test]
async fn two_candidates_are_ranked_by_weighted_score_and_the_weights_change_it() {
    let (_server, browser) = open("#/workspace/candidates").await;
    // A missing name is an error in the GOV.UK manner: summary, message, title.
    follow(&browser, "Add a candidate", "Add a candidate").await;
    fill(&browser, "candidate-rate", "lots").await;
    browser.click_text("Done").await;
    browser
        .wait_until(
            "the error summary",
            "return !!document.querySelector('.error-summary')",
        )
        .await;
    assert_eq!(
        texts(&browser, ".error-summary li").await,
        ["Enter the candidate’s name", "Rate must be a number"]
    );
    assert!(browser.focus_is_on("#error-summary").await);
    assert!(
        browser
            .eval("return document.title")
            .await
            .as_str()
            .unwrap()
            .starts_with("Error: ")
    );

    add_candidate(&browser, "Tom Berg", "175", [5, 5, 2, 3, 3]).await;
    add_candidate(&browser, "Priya Shah", "150", [3, 4, 5, 5, 4]).await;
    // Equal weights: Priya (21 / 5 = 4.2) ahead of Tom (18 / 5 = 3.6).
    assert_eq!(
        ranking(&browser).await,
        [
            ["1", "Priya Shah", "4.2 out of 5", "$150 an hour"],
            ["2", "Tom Berg", "3.6 out of 5", "$175 an hour"],
        ]
    );
    // Weighing experience and expertise alone puts Tom first.
    for (criterion, weight) in [
        ("communication", "0"),
        ("culture-fit", "0"),
        ("security", "0"),
    ] {
        browser
            .eval(&format!(
                "const s = document.getElementById('weight-{criterion}'); s.value = '{weight}'; s.dispatchEvent(new Event('change', {{ bubbles: true }})); return true;"
            ))
            .await;
    }
    browser
        .wait_until(
            "the new order",
            "return document.querySelector('#ranking tbody th').textContent.trim() === 'Tom Berg'",
        )
        .await;
    assert_eq!(ranking(&browser).await[0][2], "5.0 out of 5");
    // The ranking and the weights are kept.
    browser.driver.refresh().await.unwrap();
    browser.wait_for_heading("Candidates").await;
    assert_eq!(ranking(&browser).await[0][1], "Tom Berg");
    assert_eq!(
        stored_workspace(&browser).await["weights"],
        json!([3, 3, 0, 0, 0])
    );
    browser.quit().await;
}

async fn add_kpi(browser: &Browser, name: &str, unit: &str, target: &str, direction: &str) {
    visit(browser, "#/workspace/kpis", "KPIs and check-ins").await;
    follow(browser, "Add a KPI", "Add a KPI").await;
    fill(browser, "kpi-name", name).await;
    fill(browser, "kpi-unit", unit).await;
    fill(browser, "kpi-target", target).await;
    browser
        .click(&format!("label[for='kpi-direction-{direction}']"))
        .await;
    follow(browser, "Done", "KPIs and check-ins").await;
}

/// Records a check-in with a value for the first KPI, a summary and actions.
async fn record_check_in(browser: &Browser, date: &str, value: &str, actions: &[&str]) {
    visit(browser, "#/workspace/kpis", "KPIs and check-ins").await;
    follow(browser, "Record a check-in", "Record a check-in").await;
    set_date(browser, "check-in-date", date).await;
    let value_field = browser
        .eval("return document.querySelector('input[id^=value-]').id")
        .await;
    fill(browser, value_field.as_str().unwrap(), value).await;
    fill(browser, "check-in-summary", &format!("Check-in of {date}")).await;
    for action in actions {
        // A new row unless the last one is empty (a check-in starts with the open actions
        // of the one before, or one empty row).
        let last_empty = browser
            .eval("const f = [...document.querySelectorAll('input[id^=action-text-]')]; return f.length > 0 && f[f.length - 1].value === ''")
            .await;
        if last_empty != json!(true) {
            browser.click_text("Add another action").await;
        }
        let field = browser
            .eval("const f = [...document.querySelectorAll('input[id^=action-text-]')]; return f[f.length - 1].id")
            .await;
        fill(browser, field.as_str().unwrap(), action).await;
    }
    follow(browser, "Done", "KPIs and check-ins").await;
}

#[tokio::test]
async fn two_check_ins_draw_the_trend_against_the_target() {
    let (_server, browser) = open("#/workspace/kpis").await;
    assert!(browser.text_of("main").await.contains("No KPIs yet."));
    add_kpi(&browser, "Uptime", "%", "99.5", "higher").await;
    assert!(
        browser
            .text_of(".kpi-card")
            .await
            .contains("No values recorded yet")
    );

    record_check_in(
        &browser,
        "2027-02-01",
        "98.9",
        &["Add monitoring", "Triage the bug backlog"],
    )
    .await;
    record_check_in(&browser, "2027-03-01", "99.7", &[]).await;

    // The trend: one point per check-in, oldest first, with the target line and a table.
    let chart = browser
        .eval("const c = document.querySelector('.trend__svg'); return { points: c.querySelectorAll('.trend__point').length, off: c.querySelectorAll('.trend__point--off').length, line: c.querySelector('.trend__line').getAttribute('points').split(' ').length, target: !!c.querySelector('.trend__target'), title: c.querySelector('title').textContent }")
        .await;
    assert_eq!(chart["points"], 2);
    assert_eq!(chart["off"], 1, "98.9% is below the target");
    assert_eq!(chart["line"], 2);
    assert_eq!(chart["target"], true);
    assert!(
        chart["title"]
            .as_str()
            .unwrap()
            .contains("the latest, 99.7%, is on the target of 99.5%")
    );
    let rows = browser
        .eval("return [...document.querySelectorAll('.trend__table tbody tr')].map(r => [...r.children].map(c => c.textContent.trim()))")
        .await;
    assert_eq!(
        rows,
        json!([
            ["1 Feb 2027", "98.9%", "Off target"],
            ["1 Mar 2027", "99.7%", "On target"]
        ])
    );
    assert!(
        browser
            .text_of(".kpi-card__target")
            .await
            .contains("Latest: 99.7% on 1 Mar 2027, on target.")
    );

    // Check-ins newest first; an action is ticked off where it is listed.
    assert_eq!(
        texts(&browser, ".check-in__date").await,
        ["Check-in of 1 Mar 2027", "Check-in of 1 Feb 2027"]
    );
    assert!(
        browser
            .text_of(".check-in-list")
            .await
            .contains("Actions: 0 of 2 done")
    );
    browser.click("label[for$='-0'][for^='action-']").await;
    browser
        .wait_until("the action to be done", "return document.querySelector('.check-in-list').textContent.includes('Actions: 1 of 2 done')")
        .await;
    browser.driver.refresh().await.unwrap();
    browser.wait_for_heading("KPIs and check-ins").await;
    assert!(
        browser
            .text_of(".check-in-list")
            .await
            .contains("Actions: 1 of 2 done")
    );
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('.trend__point').length")
            .await,
        2
    );
    browser.quit().await;
}

#[tokio::test]
async fn the_seven_steps_keep_the_status_the_founder_sets() {
    let (_server, browser) = open("#/workspace").await;
    assert_eq!(texts(&browser, ".task-list__item").await.len(), 7);
    assert_eq!(
        texts(&browser, ".task-status").await,
        vec!["Not yet started"; 7]
    );
    follow(&browser, "4. Agree the terms", "Agree the terms").await;
    assert!(
        browser
            .text_of(".place-links")
            .await
            .contains("Engagement terms")
    );
    browser.click("label[for='status-in-progress']").await;
    follow(&browser, "Save and return", "Founder's workspace").await;
    assert_eq!(texts(&browser, ".task-status").await[3], "In progress");

    // The terms themselves: saved, kept after a reload, and the next review shows.
    visit(&browser, "#/workspace/terms", "Engagement terms").await;
    fill(
        &browser,
        "terms-scope",
        "Roadmap, hiring and an architecture review",
    )
    .await;
    browser.click("label[for='terms-model-retainer']").await;
    fill(&browser, "terms-rate", "8,500").await;
    set_date(&browser, "terms-start", "2027-01-04").await;
    set_date(&browser, "terms-review", "2099-04-01").await;
    browser.click_text("Add date").await;
    browser
        .wait_until(
            "the review date",
            "return document.querySelector('.review-list').textContent.includes('1 Apr 2099')",
        )
        .await;
    // Kept as typed, like notes: no button to press.
    wait_until_saved(&browser).await;
    browser.driver.refresh().await.unwrap();
    browser.wait_for_heading("Engagement terms").await;
    assert_eq!(
        browser
            .eval("return document.getElementById('terms-rate').value")
            .await,
        json!("8500"),
        "the figure as saved, not rounded for display"
    );
    visit(&browser, "#/workspace", "Founder's workspace").await;
    assert!(
        browser
            .text_of(".record-cards")
            .await
            .contains("next review on 1 Apr 2099")
    );
    browser.quit().await;
}

/// "Start your plan" on a result sets the workspace up for the recommended option; another
/// plan chosen later keeps every record and each plan's own progress.
#[tokio::test]
async fn start_your_plan_follows_the_result_and_switching_plans_keeps_everything() {
    let (_server, browser) = open("#/workspace").await;
    // A growing company of 20 engineers needing a full-time owner: a full-time CTO.
    let growing = json!({"version": 1, "data": {"answers": {
        "stage": "growing", "industry": "technology", "leadership": "nobody", "team": "11-30",
        "budget": "35000", "challenges": "roadmap,growth", "time": "full-time",
        "horizon": "long-term", "need": "leadership", "ownership": "essential"
    }, "currency": "USD", "finished": true}});
    browser
        .set_local_storage("cto-compass/assessment", &growing.to_string())
        .await;
    // Two of the fractional CTO's steps done, one note, before there was a plan to choose.
    browser
        .set_local_storage(WORKSPACE_KEY, &sample_workspace().to_string())
        .await;
    browser.driver.refresh().await.unwrap();
    visit(&browser, "#/assessment/result", "Your result").await;
    follow(&browser, "Start your plan", "Founder's workspace").await;
    assert_eq!(browser.hash().await, "#/workspace");
    let plan = async |browser: &Browser| {
        (
            browser.text_of("#tasks-heading").await,
            browser.text_of("#tasks-heading + .quiet").await,
        )
    };
    // The records already complete every step of this path (the self-assessment taken
    // counts as the role's first draft).
    assert_eq!(
        plan(&browser).await,
        (
            "Hire a full-time CTO in six steps".to_owned(),
            "You have completed 6 of 6 steps.".to_owned()
        )
    );
    let steps = texts(&browser, ".task-list__name a").await;
    assert_eq!(steps[0], "1. Write the role profile");
    assert_eq!(steps.len(), 6);
    assert!(browser.text_of(".record-cards").await.contains("1 note"));
    // The address that set the plan is not a page to come back to.
    browser.driver.back().await.unwrap();
    browser.wait_for_heading("Your result").await;
    browser.driver.forward().await.unwrap();
    browser.wait_for_heading("Founder's workspace").await;

    follow(
        &browser,
        "1. Write the role profile",
        "Write the role profile",
    )
    .await;
    assert_eq!(browser.text_of("main .caption").await, "Step 1 of 6");
    // The founder's own word beats the records'.
    browser.click("#status-not-started").await;
    follow(&browser, "Save and return", "Founder's workspace").await;
    assert_eq!(plan(&browser).await.1, "You have completed 5 of 6 steps.");

    // Back to the fractional CTO's plan: its own progress is still there.
    browser.click(".plan-choice summary").await;
    browser.click("#plan-fractional").await;
    browser.click_text("Follow this plan").await;
    browser
        .wait_until(
            "the fractional CTO's plan",
            "return document.getElementById('tasks-heading').textContent.includes('seven')",
        )
        .await;
    // Two ticked by hand, the third in progress by hand; the terms, the KPI and the check-in
    // complete three more; no cadence yet.
    assert_eq!(plan(&browser).await.1, "You have completed 5 of 7 steps.");
    browser
        .wait_until(
            "focus on the plan now followed",
            "return document.activeElement.id === 'tasks-heading'",
        )
        .await;

    // From the result again, with another plan followed: the founder says which.
    visit(&browser, "#/workspace/plan/full-time", "Change your plan?").await;
    assert_eq!(
        browser.text_of("main .lede").await,
        "Your workspace follows the plan to partner with a fractional CTO. The result you came from points to a full-time CTO."
    );
    let mut found = browser.axe_violations_at("the choice of plan").await;
    follow(
        &browser,
        "Keep: Partner with a fractional CTO",
        "Founder's workspace",
    )
    .await;
    assert_eq!(
        plan(&browser).await.0,
        "Partner with a fractional CTO in seven steps"
    );
    visit(&browser, "#/workspace/plan/full-time", "Change your plan?").await;
    follow(
        &browser,
        "Switch to: Hire a full-time CTO",
        "Founder's workspace",
    )
    .await;
    browser.driver.refresh().await.unwrap();
    browser.wait_for_heading("Founder's workspace").await;
    assert_eq!(plan(&browser).await.1, "You have completed 5 of 6 steps.");
    browser.click(".plan-choice summary").await;
    found.extend(browser.axe_violations_at("the plans to choose from").await);
    assert!(found.is_empty(), "\n{}", found.join("\n"));
    let stored = stored_workspace(&browser).await;
    assert_eq!(stored["plan"], "FullTime");
    assert_eq!(stored["steps"][0], "Completed");
    assert_eq!(stored["steps"][7], "NotStarted");
    assert_eq!(stored["notes"].as_array().unwrap().len(), 1);
    browser.quit().await;
}

/// A workspace with something in every part, as a founder would have after a few weeks, in
/// the format this version stores (4: money in whole cents, KPI numbers in millionths, a plan
/// per option, statuses set by hand where not null, the terms' checklist).
fn sample_workspace() -> Value {
    let mut steps = vec![Value::Null; 25];
    steps[0] = json!("Completed");
    steps[1] = json!("Completed");
    steps[2] = json!("InProgress");
    let open = json!({"state": "Open", "note": ""});
    json!({"version": 4, "data": {
        "plan": null,
        // Each plan's steps: the fractional CTO's seven, then six for each other option.
        "steps": steps,
        "notes": [{"id": "n1", "title": "What we need", "body": "A roadmap and SOC 2.", "tags": ["needs"], "created": 1795000000000i64, "updated": 1795000000000i64}],
        "candidates": [{"id": "c1", "name": "Priya Shah", "contact": "", "model": "Retainer", "rate": 850000, "scores": [5, 4, 5, 4, 5], "notes": ""}],
        "weights": [3, 3, 4, 2, 5],
        "terms": {"scope": "Roadmap", "model": "Retainer", "rate": 850000, "payment_terms": "Monthly", "start": "2027-01-04", "reviews": ["2027-04-01"], "hours": null, "checklist": {
            "scope": open, "time": open, "fee": open, "ip": {"state": "Agreed", "note": "Ours"}, "nda": open,
            "access": open, "notice": open, "cadence": open, "reviews": open
        }},
        "kpis": [{"id": "k1", "name": "Uptime", "unit": "%", "target": 99500000, "direction": "Higher"}],
        "check_ins": [{"id": "x1", "date": "2027-02-01", "readings": [{"kpi": "k1", "value": 98900000}], "summary": "First month", "actions": [{"text": "Add monitoring", "done": true}]}],
        "spend": [{"id": "s1", "day": "2027-01-29", "amount": 850000, "hours": null, "note": "January"}],
        "onboarding": [],
        "questions": []
    }})
}

/// A KPI's trend is drawn at its real size: at a phone's 375 px and a desktop's 1280 (and
/// 320, the narrowest), every label (the target's, the dates, each value) is 12 px or more on
/// screen and inside the chart; the values beside the points are there while there is room.
#[tokio::test]
async fn the_trend_labels_are_readable_at_every_width() {
    let server = StaticServer::start(&dist_dir(), MOUNT);
    let browser = Browser::launch_sized(375, 800).await;
    support::go(&browser, &server, "#/workspace").await;
    let mut workspace = sample_workspace();
    let check_ins = workspace["data"]["check_ins"].as_array_mut().unwrap();
    for (id, date, value) in [
        ("x2", "2027-03-01", 99_700_000),
        ("x3", "2027-04-01", 99_600_000),
    ] {
        check_ins.push(json!({"id": id, "date": date, "readings": [{"kpi": "k1", "value": value}], "summary": "Monthly", "actions": []}));
    }
    browser
        .set_local_storage(WORKSPACE_KEY, &workspace.to_string())
        .await;
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    visit(&browser, "#/workspace/kpis", "KPIs and check-ins").await;
    for width in [375, 1280, 320] {
        browser.set_viewport(width, 800).await;
        browser
            .wait_until(
                &format!("the trend drawn at its width at {width} px"),
                "const svg = document.querySelector('.trend__svg'); return !!svg && +svg.getAttribute('width') === Math.floor(svg.parentElement.getBoundingClientRect().width)",
            )
            .await;
        let texts = browser.chart_texts(".trend__svg").await;
        let words: Vec<&str> = texts.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            words,
            ["Target", "99.5", "1 Feb", "1 Apr", "98.9", "99.7", "99.6"],
            "{width} px: the target, the dates and each value"
        );
        for text in &texts {
            text.assert_readable(width);
        }
    }
    browser.quit().await;
}

/// Every key of the app's and what it holds, read as JSON (the order of keys in the text
/// does not matter), without the lineage of writes each envelope carries for merging tabs.
async fn everything_stored(browser: &Browser) -> Value {
    browser
        .eval("const o = {}; for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); if (k.startsWith('cto-compass/')) { const v = localStorage.getItem(k); try { o[k] = JSON.parse(v); delete o[k].lineage; } catch (e) { o[k] = v; } } } return o;")
        .await
}

/// Chooses a file in the import form and checks it.
async fn check_file(browser: &Browser, path: &std::path::Path) {
    browser
        .driver
        .find(By::Id("import-file"))
        .await
        .unwrap()
        .send_keys(path.to_str().unwrap())
        .await
        .unwrap();
    browser.click_text("Check the file").await;
}

#[tokio::test]
async fn export_delete_everything_import_and_everything_is_back() {
    let (_server, browser) = open("#/workspace").await;
    browser
        .set_local_storage(WORKSPACE_KEY, &sample_workspace().to_string())
        .await;
    browser
        .set_local_storage(
            "cto-compass/preferences",
            r#"{"version":2,"data":{"currency":"GBP"}}"#,
        )
        .await;
    browser.driver.refresh().await.unwrap();
    visit(&browser, "#/workspace/data", "Your workspace data").await;
    let before = everything_stored(&browser).await;
    assert!(
        browser
            .text_of("#storage-used")
            .await
            .contains("KB of this browser’s storage")
    );

    let exported = browser
        .download_by_clicking("Export everything", "json")
        .await;
    let file: Value = serde_json::from_str(&exported).expect("the export is JSON");
    assert_eq!(file["file"], "cto-compass-export");
    assert_eq!(file["documents"]["workspace"], sample_workspace());

    browser.click_text("Delete all my data").await;
    browser.click_text("Yes, delete everything").await;
    browser
        .wait_until(
            "everything deleted",
            "return localStorage.getItem('cto-compass/workspace') === null",
        )
        .await;
    visit(&browser, "#/workspace", "Founder's workspace").await;
    // Empty again: each card says what to do first.
    assert!(
        browser
            .text_of(".record-cards")
            .await
            .contains("None yet: start with what you need from technical leadership.")
    );

    let path = std::env::temp_dir().join(format!("cto-compass-export-{}.json", std::process::id()));
    std::fs::write(&path, &exported).unwrap();
    visit(&browser, "#/workspace/data", "Your workspace data").await;
    check_file(&browser, &path).await;
    browser
        .wait_until(
            "the plan",
            "return !!document.querySelector('.import-plan')",
        )
        .await;
    assert_eq!(
        texts(&browser, ".import-plan li").await,
        [
            "Notes: 1 to add",
            "Candidates: 1 to add",
            "KPIs: 1 to add",
            "Check-ins: 1 to add",
            "Spend entries: 1 to add",
            "The plans’ step statuses: replaced by the file’s",
            "The scorecard weights: replaced by the file’s",
            "The engagement terms: replaced by the file’s",
            "Your settings: replaced by the file’s",
        ]
    );
    assert_eq!(
        browser.local_storage(WORKSPACE_KEY).await,
        None,
        "nothing changes before Import"
    );
    browser.click_text("Import").await;
    browser
        .wait_until(
            "the import",
            "return !!document.getElementById('import-done')",
        )
        .await;
    assert_eq!(
        everything_stored(&browser).await,
        before,
        "everything is back, exactly"
    );

    // Importing the same file again changes nothing.
    check_file(&browser, &path).await;
    browser
        .wait_until(
            "the plan",
            "return !!document.getElementById('import-plan')",
        )
        .await;
    assert!(
        browser
            .text_of("#import-plan")
            .await
            .contains("Nothing to import")
    );
    let _ = std::fs::remove_file(&path);

    visit(&browser, "#/workspace", "Founder's workspace").await;
    let cards = browser.text_of(".record-cards").await;
    assert!(
        cards.contains("1 note") && cards.contains("Priya Shah leads"),
        "{cards}"
    );
    browser.quit().await;
}

#[tokio::test]
async fn a_bad_import_file_is_refused_with_its_reason_and_changes_nothing() {
    let (_server, browser) = open("#/workspace").await;
    browser
        .set_local_storage(WORKSPACE_KEY, &sample_workspace().to_string())
        .await;
    browser.driver.refresh().await.unwrap();
    visit(&browser, "#/workspace/data", "Your workspace data").await;
    let before = everything_stored(&browser).await;

    // Nothing chosen.
    browser.click_text("Check the file").await;
    browser
        .wait_until(
            "the error",
            "return !!document.querySelector('.error-summary')",
        )
        .await;
    assert_eq!(
        texts(&browser, ".error-summary li").await,
        ["Select an export file to import"]
    );

    let mut good: Value = json!({"file": "cto-compass-export", "format": 1, "exported": "2026-11-25T10:00:00.000Z", "documents": {"workspace": sample_workspace()}});
    let mut newer = good.clone();
    newer["format"] = json!(2);
    let mut wrong_types = good.clone();
    wrong_types["documents"]["workspace"]["data"]["kpis"][0]["target"] = json!("high");
    let mut future_document = good.clone();
    future_document["documents"]["workspace"]["version"] = json!(9);
    good["documents"]["workspace"]["data"]["notes"][0]["id"] =
        json!("<img src=x onerror=alert(1)>");
    let hostile_id = good;
    let files: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "not-json.json",
            b"Dear Sir, please find attached".to_vec(),
            "it is not valid JSON",
        ),
        (
            "newer.json",
            newer.to_string().into_bytes(),
            "exported by a newer version of this app",
        ),
        (
            "wrong-types.json",
            wrong_types.to_string().into_bytes(),
            "unexpected shape",
        ),
        (
            "future-document.json",
            future_document.to_string().into_bytes(),
            "saved by a newer version",
        ),
        (
            "hostile-id.json",
            hostile_id.to_string().into_bytes(),
            "is not an id",
        ),
        (
            "nested.json",
            format!("{}{}", "[".repeat(50_000), "]".repeat(50_000)).into_bytes(),
            "nested far more deeply",
        ),
        (
            "huge.json",
            vec![b' '; 50 * 1024 * 1024],
            "The file is 50.0 MB, too large",
        ),
    ];
    let folder =
        std::env::temp_dir().join(format!("cto-compass-bad-imports-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    for (name, bytes, says) in files {
        let path = folder.join(name);
        std::fs::write(&path, bytes).unwrap();
        check_file(&browser, &path).await;
        let script = format!(
            "const m = document.getElementById('import-file-error'); return !!m && m.textContent.includes({});",
            json!(says)
        );
        browser
            .wait_until(&format!("the error for {name}"), &script)
            .await;
        assert!(
            browser.text_of(".error-summary").await.contains(says),
            "{name}: the summary says it too"
        );
        assert!(browser.focus_is_on("#error-summary").await, "{name}");
        assert_eq!(
            everything_stored(&browser).await,
            before,
            "{name} changed nothing"
        );
        assert_eq!(
            browser
                .eval("return document.querySelectorAll('.import-plan').length")
                .await,
            0,
            "{name}: no plan offered"
        );
    }
    let _ = std::fs::remove_dir_all(&folder);
    assert!(browser.console_errors().await.is_empty());
    browser.quit().await;
}

#[tokio::test]
async fn markup_typed_into_a_note_or_a_name_is_shown_and_never_run() {
    let (_server, browser) = open("#/workspace").await;
    // If anything ran, it would leave a mark here.
    browser
        .eval("window.alert = () => { document.body.dataset.ran = 'yes'; }; return true;")
        .await;
    let markup = "<img src=x onerror=alert(1)>";
    write_note(&browser, markup, &format!("Body {markup}"), "").await;
    follow(&browser, "All notes", "Notes").await;
    assert_eq!(texts(&browser, ".note-list__title").await, [markup]);
    assert!(
        browser
            .text_of(".note-list__excerpt")
            .await
            .contains(markup)
    );
    add_candidate(&browser, markup, "100", [3, 3, 3, 3, 3]).await;
    assert_eq!(ranking(&browser).await[0][1], markup);
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('main img').length")
            .await,
        0,
        "no element was made from the text"
    );
    assert_eq!(
        browser
            .eval("return document.body.dataset.ran || 'no'")
            .await,
        "no"
    );
    // No request for "x" was made either.
    let urls = browser.requested_urls().await;
    assert!(!urls.iter().any(|u| u.ends_with("/x")), "{urls:?}");
    browser.quit().await;
}

/// Whether, in the text node of the element `css` that holds `from`, the first character of
/// `from` is laid out left of the first character of the last `to`. An override that leaked
/// into the text around it would turn them around.
async fn reads_left_to_right(browser: &Browser, css: &str, from: &str, to: &str) -> bool {
    let script = format!(
        "const el = document.querySelector({}); \
         const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT); \
         let node; while ((node = walker.nextNode()) && !node.data.includes({from})); \
         const at = (i) => {{ const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect().left; }}; \
         const a = node.data.indexOf({from}), b = node.data.lastIndexOf({to}); \
         return a >= 0 && b >= 0 && at(a) < at(b);",
        json!(css),
        from = json!(from),
        to = json!(to),
    );
    browser.eval(&script).await == json!(true)
}

/// A stored note whose title and tag hold RIGHT-TO-LEFT OVERRIDE, as kept before this version
/// refused it: "invoice\u{202E}fdp.exe" would read "invoiceexe.pdf".
async fn open_notes_with_an_override(browser: &Browser) {
    let mut stored = sample_workspace();
    stored["data"]["notes"][0]["title"] = json!("invoice\u{202E}fdp.exe");
    stored["data"]["notes"][0]["tags"] = json!(["x\u{202E}yz"]);
    browser
        .set_local_storage(WORKSPACE_KEY, &stored.to_string())
        .await;
    browser.driver.refresh().await.unwrap();
    browser.wait_for_heading("Founder's workspace").await;
    visit(browser, "#/workspace/notes", "Notes").await;
}

#[tokio::test]
async fn a_name_that_forces_the_direction_of_text_is_refused_in_words() {
    let (_server, browser) = open("#/workspace/candidates").await;
    follow(&browser, "Add a candidate", "Add a candidate").await;
    fill(&browser, "candidate-name", "invoice\u{202E}fdp.exe").await;
    assert_eq!(
        browser
            .eval("return document.getElementById('candidate-name').value")
            .await,
        "invoice\u{202E}fdp.exe",
        "the override was typed"
    );
    browser.click_text("Done").await;
    browser
        .wait_until(
            "the error summary",
            "return !!document.querySelector('.error-summary')",
        )
        .await;
    let message = "The candidate’s name must not include hidden characters that change the direction of text: delete it and type it again";
    assert_eq!(texts(&browser, ".error-summary li").await, [message]);
    assert!(
        browser
            .text_of("#candidate-name-error")
            .await
            .contains(message)
    );
    assert_eq!(
        browser.heading().await,
        "Add a candidate",
        "nothing was saved"
    );
    browser.quit().await;
}

#[tokio::test]
async fn a_stored_name_with_an_override_is_shown_isolated() {
    let (_server, browser) = open("#/workspace").await;
    open_notes_with_an_override(&browser).await;
    let isolation = |css: &str| {
        format!(
            "return getComputedStyle(document.querySelector({})).unicodeBidi",
            json!(css)
        )
    };
    // Each is its own paragraph of text, of the direction its first letter gives (as <bdi>):
    // the override ends with it.
    for css in [".note-list__title a", ".note-tag"] {
        assert_eq!(browser.eval(&isolation(css)).await, "plaintext", "{css}");
    }
    browser.quit().await;
}

#[tokio::test]
async fn a_sentence_quoting_a_name_with_an_override_keeps_its_order() {
    let (_server, browser) = open("#/workspace").await;
    open_notes_with_an_override(&browser).await;
    follow(&browser, "invoice\u{202E}fdp.exe", "Edit note").await;
    follow(&browser, "Delete note", "Notes").await;
    // "Deleted “invoice\u{202E}fdp.exe”.": the closing quote and full stop stay after the name.
    assert!(
        browser.text_of(".undo").await.contains("fdp.exe"),
        "the sentence names the note"
    );
    assert!(
        reads_left_to_right(&browser, ".undo", "Deleted", "”.").await,
        "“Deleted” comes first"
    );
    // Without isolation the override would run on to the sentence's end, and the quote and
    // full stop would come before the name's letters: "“invoice.”exe.pdf".
    assert!(
        reads_left_to_right(&browser, ".undo", "fdp", "”.").await,
        "the quote closes after the name's letters"
    );
    browser.quit().await;
}

#[tokio::test]
async fn axe_finds_no_violations_on_any_workspace_page() {
    let (_server, browser) = open("#/workspace").await;
    browser
        .set_local_storage(WORKSPACE_KEY, &sample_workspace().to_string())
        .await;
    browser.driver.refresh().await.unwrap();
    browser.wait_for_heading("Founder's workspace").await;
    let pages = [
        ("#/workspace", "Founder's workspace"),
        ("#/workspace/steps/interview", "Interview"),
        ("#/workspace/notes", "Notes"),
        ("#/workspace/notes/n1", "Edit note"),
        ("#/workspace/candidates", "Candidates"),
        ("#/workspace/candidates/c1", "Candidate scorecard"),
        ("#/workspace/candidates/new", "Add a candidate"),
        ("#/workspace/terms", "Engagement terms"),
        ("#/workspace/spend", "Spend against the budget"),
        ("#/workspace/onboarding", "The first 90 days"),
        ("#/workspace/kpis", "KPIs and check-ins"),
        ("#/workspace/kpis/k1", "Change a KPI"),
        ("#/workspace/check-ins/x1", "Check-in"),
        ("#/workspace/check-ins/new", "Record a check-in"),
        ("#/workspace/data", "Your workspace data"),
        ("#/workspace/notes/gone", "This note is not here"),
    ];
    let mut found = Vec::new();
    for (hash, heading) in pages {
        visit(&browser, hash, heading).await;
        found.extend(browser.axe_violations_at(hash).await);
    }
    // With errors showing.
    visit(&browser, "#/workspace/kpis/new", "Add a KPI").await;
    fill(&browser, "kpi-target", "lots").await;
    browser.click_text("Done").await;
    browser
        .wait_until(
            "the errors",
            "return !!document.querySelector('.error-summary')",
        )
        .await;
    found.extend(browser.axe_violations_at("KPI errors").await);
    visit(&browser, "#/workspace/notes", "Notes").await;
    follow(&browser, "What we need", "Edit note").await;
    follow(&browser, "Delete note", "Notes").await;
    found.extend(browser.axe_violations_at("undo").await);
    assert!(found.is_empty(), "\n{}", found.join("\n"));
    browser.quit().await;
}

#[tokio::test]
async fn every_workspace_page_fits_a_small_phone_and_200_percent_zoom() {
    let server = StaticServer::start(&dist_dir(), MOUNT);
    let browser = Browser::launch().await;
    browser
        .driver
        .goto(server.url(&format!("{MOUNT}#/workspace")))
        .await
        .unwrap();
    browser.wait_for_app().await;
    browser
        .set_local_storage(WORKSPACE_KEY, &sample_workspace().to_string())
        .await;
    browser.driver.refresh().await.unwrap();
    browser.wait_for_heading("Founder's workspace").await;
    let mut too_wide = Vec::new();
    for width in [320, 640] {
        browser.set_viewport(width, 700).await;
        for (hash, heading) in [
            ("#/workspace", "Founder's workspace"),
            ("#/workspace/steps/interview", "Interview"),
            ("#/workspace/notes", "Notes"),
            ("#/workspace/notes/n1", "Edit note"),
            ("#/workspace/candidates", "Candidates"),
            ("#/workspace/candidates/c1", "Candidate scorecard"),
            ("#/workspace/terms", "Engagement terms"),
            ("#/workspace/spend", "Spend against the budget"),
            ("#/workspace/onboarding", "The first 90 days"),
            ("#/workspace/kpis", "KPIs and check-ins"),
            ("#/workspace/kpis/k1", "Change a KPI"),
            ("#/workspace/check-ins/x1", "Check-in"),
            ("#/workspace/check-ins/new", "Record a check-in"),
            ("#/workspace/data", "Your workspace data"),
        ] {
            visit(&browser, hash, heading).await;
            let overflow = browser.sideways_overflow().await;
            if overflow != 0 {
                too_wide.push(format!("{hash} at {width} px: {overflow} px too wide"));
            }
        }
    }
    assert!(too_wide.is_empty(), "{too_wide:#?}");
    browser.quit().await;
}

/// The founder's weeks in the workspace, through its pages as they would: two notes, two
/// candidates, the terms, two KPIs, two check-ins and some spend. The steps complete from the
/// records, the first page says what needs attention, the next check-in continues the last,
/// the review dates download as a calendar, and another plan keeps every record.
#[tokio::test]
async fn a_founders_weeks_complete_the_steps_and_the_dashboard_says_what_needs_attention() {
    let (server, browser) = open("#/workspace").await;
    // Empty: the first step, and no review ahead.
    assert_eq!(
        browser.text_of("#attention-step").await,
        "Next step: 1. Define your needs"
    );
    assert!(
        browser
            .text_of("#attention-review")
            .await
            .starts_with("No review date ahead.")
    );
    let mut found = browser.axe_violations_at("the empty workspace").await;

    write_note(&browser, "What we need", "A roadmap and SOC 2.", "needs").await;
    write_note(&browser, "Who we spoke to", "Two referrals.", "search").await;
    add_candidate(&browser, "Priya Shah", "150", [5, 4, 5, 4, 5]).await;
    add_candidate(&browser, "Sam Lee", "120", [3, 5, 4, 3, 2]).await;

    // Side by side: the best score of each criterion marked, weights shown.
    browser
        .wait_until(
            "the comparison",
            "return !!document.getElementById('compare-table')",
        )
        .await;
    let rows = browser
        .eval("return [...document.querySelectorAll('#compare-table tbody tr')].map(r => [...r.children].map(c => c.textContent.trim()))")
        .await;
    assert_eq!(rows[0], json!(["Experience (3)", "5 best", "3"]));
    assert_eq!(rows[1], json!(["Technical expertise (3)", "4", "5 best"]));
    assert_eq!(rows[5][0], "Weighted score");
    assert!(rows[5][1].as_str().unwrap().ends_with("best"), "{rows}");

    // A deletion is undone from the list, with nothing to confirm first.
    follow(&browser, "Sam Lee", "Candidate scorecard").await;
    follow(&browser, "Delete candidate", "Candidates").await;
    assert_eq!(ranking(&browser).await.len(), 1);
    assert!(
        browser
            .text_of(".undo")
            .await
            .starts_with("Deleted the candidate “\u{2068}Sam Lee\u{2069}”.")
    );
    browser.click("#undo-delete").await;
    browser
        .wait_until(
            "Sam Lee back",
            "return document.querySelectorAll('#ranking tbody tr').length === 2",
        )
        .await;

    // A question of the founder's own, taken into a scorecard's notes.
    browser
        .eval("const s = document.getElementById('question-criterion'); s.value = 'security'; s.dispatchEvent(new Event('change', { bubbles: true })); return true;")
        .await;
    fill(&browser, "question-text", "Who else would see our data?").await;
    browser.click_text("Add question").await;
    browser
        .wait_until(
            "the question in the bank",
            "return document.querySelector('.question-bank').textContent.includes('Who else would see our data?')",
        )
        .await;
    // Removed, then back with Undo.
    browser
        .eval("[...document.querySelectorAll('.question-bank__list button')].pop().click(); return true;")
        .await;
    browser
        .wait_until(
            "the question removed",
            "return !document.querySelector('.question-bank').textContent.includes('Who else would see our data?')",
        )
        .await;
    browser.click("#undo-question").await;
    browser
        .wait_until(
            "the question back",
            "return document.querySelector('.question-bank__list:last-of-type').textContent.includes('Who else would see our data?')",
        )
        .await;
    found.extend(browser.axe_violations_at("candidates side by side").await);
    follow(&browser, "Priya Shah", "Candidate scorecard").await;
    browser
        .eval("const d = [...document.querySelectorAll('.questions-to-ask')].pop(); d.open = true; [...d.querySelectorAll('li')].pop().querySelector('button').click(); return true;")
        .await;
    assert!(
        browser
            .eval("return document.getElementById('candidate-notes').value")
            .await
            .as_str()
            .unwrap()
            .contains("Q: Who else would see our data?\nA: ")
    );
    follow(&browser, "Done", "Candidates").await;

    // The first 90 days, from the plan's template, due from the start date.
    visit(&browser, "#/workspace/onboarding", "The first 90 days").await;
    browser.click_text("Start from the template").await;
    set_date(&browser, "onboarding-start", "2020-01-01").await;
    browser
        .wait_until(
            "the due dates",
            "return document.querySelector('.milestone__due').textContent.startsWith('Day 30: due 31 Jan 2020')",
        )
        .await;
    let first = browser
        .eval("return document.querySelector('.milestone input').id")
        .await;
    browser
        .click(&format!("label[for='{}']", first.as_str().unwrap()))
        .await;
    found.extend(browser.axe_violations_at("the first 90 days").await);

    // The terms, clause by clause, kept as typed.
    visit(&browser, "#/workspace/terms", "Engagement terms").await;
    fill(
        &browser,
        "terms-scope",
        "Roadmap, hiring, architecture review",
    )
    .await;
    browser.click("label[for='terms-model-retainer']").await;
    fill(&browser, "terms-rate", "8,500").await;
    fill(
        &browser,
        "clause-cadence-note",
        "Weekly call; Slack within a day",
    )
    .await;
    browser.click("label[for='clause-nda-agreed']").await;
    set_date(&browser, "terms-review", "2099-04-01").await;
    browser.click_text("Add date").await;
    // Removed by mistake, and back with Undo.
    browser.click(".review-list .link-button").await;
    browser.click("#undo-review").await;
    browser
        .wait_until(
            "the review date back",
            "return document.querySelector('.review-list').textContent.includes('1 Apr 2099')",
        )
        .await;
    wait_until_saved(&browser).await;
    assert_eq!(
        browser.text_of("#terms-settled").await,
        "1 of 9 clauses settled."
    );
    assert_eq!(
        browser.text_of("#clause-cadence .task-status").await,
        "Noted"
    );
    found.extend(browser.axe_violations_at("the terms' checklist").await);

    add_kpi(&browser, "Uptime", "%", "99.5", "higher").await;
    add_kpi(&browser, "Incidents", "", "2", "lower").await;
    record_check_in(
        &browser,
        "2027-01-05",
        "98.1",
        &["Add monitoring", "Hire a tester"],
    )
    .await;

    // The next check-in shows the last values and starts with the actions left open.
    visit(&browser, "#/workspace/kpis", "KPIs and check-ins").await;
    follow(&browser, "Record a check-in", "Record a check-in").await;
    let hints = texts(&browser, ".check-in-editor .form-group .hint").await;
    assert!(
        hints
            .iter()
            .any(|h| h == "Target: at least 99.5%. Last time: 98.1% on 5 Jan 2027."),
        "{hints:?}"
    );
    let carried = browser
        .eval("return [...document.querySelectorAll('input[id^=action-text-]')].map(f => f.value)")
        .await;
    assert_eq!(carried, json!(["Add monitoring", "Hire a tester"]));
    assert!(
        browser
            .text_of("#carried-forward")
            .await
            .contains("5 Jan 2027")
    );
    found.extend(
        browser
            .axe_violations_at("a check-in carrying actions")
            .await,
    );
    set_date(&browser, "check-in-date", "2027-02-02").await;
    let value_field = browser
        .eval("return document.querySelector('input[id^=value-]').id")
        .await;
    fill(&browser, value_field.as_str().unwrap(), "98.9").await;
    browser.click("label[for='action-done-1']").await;
    follow(&browser, "Done", "KPIs and check-ins").await;

    // Spend this month, past 90 % of the retainer.
    visit(&browser, "#/workspace/spend", "Spend against the budget").await;
    fill(&browser, "spend-amount", "8,000").await;
    fill(&browser, "spend-note", "Invoice 1").await;
    browser.click_text("Add to the log").await;
    browser
        .wait_until(
            "the entry in the log",
            "return document.querySelectorAll('.spend-log tbody tr').length === 1",
        )
        .await;
    found.extend(browser.axe_violations_at("the spend log").await);

    // Every step complete from the records, none ticked by hand.
    visit(&browser, "#/workspace", "Founder's workspace").await;
    assert_eq!(
        browser.text_of("#tasks-heading + .quiet").await,
        "You have completed 7 of 7 steps."
    );
    assert!(
        stored_workspace(&browser).await["steps"]
            .as_array()
            .unwrap()
            .iter()
            .all(Value::is_null),
        "no status set by hand"
    );
    assert_eq!(
        browser.text_of("#attention-step").await,
        "Every step of the plan is complete."
    );
    let actions = browser.text_of("#attention-actions").await;
    assert!(
        actions.starts_with("1 open action from the check-in of 2 Feb 2027:")
            && actions.contains("Add monitoring")
            && !actions.contains("Hire a tester"),
        "{actions}"
    );
    let kpis = browser.text_of("#attention-kpis").await;
    assert!(
        kpis.contains(
            "Uptime: 98.9% on 2 Feb 2027, missing its target of at least 99.5%; up from 98.1% on 5 Jan 2027."
        ),
        "{kpis}"
    );
    assert!(
        browser
            .text_of("#attention-review")
            .await
            .starts_with("Next review on 1 Apr 2099, in ")
    );
    assert!(
        browser
            .text_of("#attention-onboarding")
            .await
            .contains("was due on 31 Jan 2020"),
        "the next milestone not done, overdue"
    );
    let spend = browser
        .eval("const s = document.getElementById('attention-spend'); return [s.classList.contains('attention__warning'), s.textContent]")
        .await;
    assert_eq!(spend[0], json!(true), "{spend}");
    assert!(spend[1].as_str().unwrap().contains("(94 %)"), "{spend}");
    found.extend(browser.axe_violations_at("the dashboard").await);

    // The review dates as a calendar file that a calendar library reads.
    let ics = browser
        .download_by_clicking("Add the review dates to your calendar (.ics file)", "ics")
        .await;
    let calendar: icalendar::Calendar = ics.parse().expect("the .ics file parses");
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .collect();
    assert_eq!(events.len(), 1);
    use icalendar::Component;
    assert_eq!(
        events[0].get_summary(),
        Some("Review: Partner with a fractional CTO")
    );
    assert_eq!(
        events[0].get_start(),
        Some(icalendar::DatePerhapsTime::Date(
            chrono::NaiveDate::from_ymd_opt(2099, 4, 1).unwrap()
        ))
    );

    // The one-page summary: printed, and copied as Markdown.
    follow(&browser, "A one-page summary to share", "Workspace summary").await;
    assert_eq!(
        browser.text_of("#summary-progress").await,
        "7 of 7 steps completed."
    );
    found.extend(browser.axe_violations_at("the summary").await);
    let (pages, paper) = browser.print_to_text(8.27, 11.69, "summary").await;
    assert!((1..=2).contains(&pages), "{pages} pages");
    for must in [
        "Workspace summary",
        "7 of 7 steps completed.",
        "Priya Shah leads with",
        "Confidentiality (NDA)",
        "Add monitoring",
    ] {
        assert!(paper.contains(must), "no {must:?} in\n{paper}");
    }
    assert!(!paper.contains("Copy as Markdown"), "no buttons on paper");
    let markdown = browser.copied_as_markdown(&server.url("/")).await;
    let markdown = markdown.as_str();
    assert!(markdown.starts_with("# Workspace summary\n"), "{markdown}");
    for must in [
        "- [x] 1. Define your needs (Completed)",
        "- **Communication cadence:** Noted. Weekly call; Slack within a day",
        "- Add monitoring (agreed on 2 Feb 2027)",
        "- Uptime: 98.9% on 2 Feb 2027, missing its target of at least 99.5%; up from 98.1% on 5 Jan 2027.",
    ] {
        assert!(markdown.contains(must), "no {must:?} in\n{markdown}");
    }

    // A step says the rule that completed it.
    visit(&browser, "#/workspace", "Founder's workspace").await;
    follow(&browser, "6. Keep talking", "Keep talking").await;
    assert_eq!(
        browser.text_of("#step-rule").await,
        "Completed once the terms have a communication cadence, agreed or noted."
    );
    found.extend(browser.axe_violations_at("a step's rule").await);

    // Another plan: its own path, every record kept.
    visit(&browser, "#/workspace", "Founder's workspace").await;
    browser.click(".plan-choice summary").await;
    browser.click("#plan-full-time").await;
    browser.click_text("Follow this plan").await;
    browser
        .wait_until(
            "the full-time CTO's plan",
            "return document.getElementById('tasks-heading').textContent === 'Hire a full-time CTO in six steps'",
        )
        .await;
    assert_eq!(
        texts(&browser, ".task-list__name a").await[0],
        "1. Write the role profile"
    );
    let stored = stored_workspace(&browser).await;
    for (list, count) in [
        ("notes", 2),
        ("candidates", 2),
        ("kpis", 2),
        ("check_ins", 2),
        ("spend", 1),
    ] {
        assert_eq!(stored[list].as_array().unwrap().len(), count, "{list}");
    }
    assert_eq!(stored["terms"]["checklist"]["nda"]["state"], "Agreed");
    assert!(found.is_empty(), "\n{}", found.join("\n"));
    browser.quit().await;
}
