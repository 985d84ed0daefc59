//! End-to-end: the self-assessment in the release build, in Debian's headless Chromium, served
//! from a sub-folder. Walks it by keyboard alone, uses Back and Change, reloads mid-way, opens
//! share links in a fresh browser, and runs axe-core on every kind of page.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::{Value, json};
use support::browser::Browser;
use support::server::StaticServer;
use support::{MOUNT, dist_dir, go};
use thirtyfour::prelude::*;

const PROGRESS_KEY: &str = "cto-compass/assessment";

type Persona = &'static [(&'static str, &'static str)];

use support::EARLY_STARTUP;

/// A growing company of 20 engineers with no executive, needing a full-time owner.
const GROWING_COMPANY: Persona = &[
    ("stage", "growing"),
    ("industry", "technology"),
    ("leadership", "nobody"),
    ("team", "11-30"),
    ("budget", "35000"),
    ("challenges", "roadmap,growth"),
    ("time", "full-time"),
    ("horizon", "long-term"),
    ("need", "leadership"),
    ("ownership", "essential"),
];

/// A healthcare company with a CTO needing a short compliance project; it is asked the extra
/// compliance question.
const HEALTHCARE_PROJECT: Persona = &[
    ("stage", "growing"),
    ("industry", "healthcare"),
    ("compliance", "some"),
    ("leadership", "cto"),
    ("team", "4-10"),
    ("budget", "25000"),
    ("challenges", "security"),
    ("time", "days-1-2"),
    ("horizon", "months"),
    ("need", "expertise"),
    ("ownership", "unimportant"),
];

async fn open(path: &str) -> (StaticServer, Browser) {
    let server = StaticServer::start(&dist_dir(), MOUNT);
    let browser = Browser::launch().await;
    browser.driver.goto(server.url(path)).await.unwrap();
    browser.wait_for_app().await;
    (server, browser)
}

/// Saves answers as the app would have, for tests that start part-way.
async fn seed(browser: &Browser, answers: Persona, finished: bool) {
    let answers: serde_json::Map<String, Value> = answers
        .iter()
        .map(|(k, v)| (k.to_string(), json!(v)))
        .collect();
    let doc = json!({"version": 1, "data": {"answers": answers, "currency": "USD", "finished": finished}});
    browser
        .set_local_storage(PROGRESS_KEY, &doc.to_string())
        .await;
    // As if the visitor came back later: the app reads storage when it starts.
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
}

/// Clears everything and starts the app afresh.
async fn reset(browser: &Browser) {
    browser.eval("localStorage.clear(); return true;").await;
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
}

/// The text of an element as the DOM holds it, visually hidden parts included.
async fn text_content(browser: &Browser, css: &str) -> String {
    let script = format!(
        "return document.querySelector({}).textContent.trim()",
        serde_json::to_string(css).unwrap()
    );
    browser
        .eval(&script)
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

async fn wait_for_hash(browser: &Browser, expected: &str) {
    let script = format!(
        "return location.hash === {} && !!document.querySelector('main h1');",
        serde_json::to_string(expected).unwrap()
    );
    browser
        .wait_until(&format!("address {expected}"), &script)
        .await;
}

/// Answers the current question by keyboard alone: Tab into the answers, arrows or Space to
/// choose, typing for the budget, then Tab to Continue and Enter.
async fn answer_by_keyboard(browser: &Browser, question: &str, answer: &str) {
    wait_for_hash(browser, &format!("#/assessment/q/{question}")).await;
    // The page's heading has focus after each step, as it would for a screen reader.
    browser
        .wait_until(
            "focus on the question",
            "return document.activeElement && document.activeElement.tagName === 'H1'",
        )
        .await;
    match question {
        "budget" => {
            browser.tab_to("#budget-amount").await;
            browser.press(answer).await;
        }
        "challenges" => {
            for choice in answer.split(',') {
                browser.tab_to(&format!("#challenges-{choice}")).await;
                browser.press(Key::Space).await;
            }
        }
        _ => {
            // Tab enters a radio group once; the arrow keys move within it and select.
            browser.tab_to(&format!("input[name='{question}']")).await;
            let target = format!("#{question}-{answer}");
            for _ in 0..8 {
                if browser.focus_is_on(&target).await {
                    break;
                }
                browser.press(Key::Down).await;
            }
            assert!(browser.focus_is_on(&target).await, "reached {target}");
            browser.press(Key::Space).await;
        }
    }
    browser.tab_to("button[type=submit]").await;
    browser.press(Key::Enter).await;
}

async fn recommended(browser: &Browser) -> String {
    browser
        .wait_until(
            "the result",
            "return !!document.querySelector('.verdict__option')",
        )
        .await;
    browser.text_of(".verdict__option").await
}

async fn fit_scores(browser: &Browser) -> Value {
    browser
        .eval("return [...document.querySelectorAll('.fit')].map(f => f.dataset.option + ' ' + f.querySelector('.fit__score').textContent)")
        .await
}

#[tokio::test]
async fn three_personas_reach_their_result_by_keyboard_alone() {
    let (server, browser) = open(MOUNT).await;
    let cases = [
        (EARLY_STARTUP, "Fractional CTO", 10),
        (GROWING_COMPANY, "Full-time CTO", 10),
        (HEALTHCARE_PROJECT, "Consulting firm", 11),
    ];
    for (persona, expected, questions) in cases {
        reset(&browser).await;
        go(&browser, &server, "#/assessment").await;
        browser.tab_to("a.button--start").await;
        browser.press(Key::Enter).await;
        wait_for_hash(&browser, "#/assessment/q/stage").await;
        assert_eq!(browser.text_of("legend .caption").await, "Question 1 of 10");
        for (question, answer) in persona {
            answer_by_keyboard(&browser, question, answer).await;
        }
        wait_for_hash(&browser, "#/assessment/check").await;
        // The address changes a moment before the page does (the `hashchange` event).
        browser.wait_for_heading("Check your answers").await;
        let rows = browser
            .eval("return document.querySelectorAll('.summary-list__row').length")
            .await;
        assert_eq!(
            rows,
            json!(questions),
            "{expected}: every question is listed"
        );
        browser
            .tab_to("button.button:not(.button--secondary)")
            .await;
        browser.press(Key::Enter).await;
        wait_for_hash(&browser, "#/assessment/result").await;
        assert_eq!(recommended(&browser).await, expected);
        let title = browser.driver.title().await.unwrap();
        assert_eq!(title, "Your result – Self-assessment – CTO Compass");
    }
    // The healthcare persona was asked one question more, and the count said so.
    go(&browser, &server, "#/assessment/q/leadership").await;
    assert_eq!(browser.text_of("legend .caption").await, "Question 4 of 11");
    browser.quit().await;
}

#[tokio::test]
async fn back_and_change_lead_where_they_should() {
    let (server, browser) = open(MOUNT).await;
    seed(&browser, EARLY_STARTUP, false).await;

    // Back goes to the previous question on the path: compliance is skipped for technology.
    go(&browser, &server, "#/assessment/q/leadership").await;
    browser.click_text("Back").await;
    wait_for_hash(&browser, "#/assessment/q/industry").await;
    assert!(
        browser
            .eval("return document.getElementById('industry-technology').checked")
            .await
            == json!(true),
        "the saved answer is selected"
    );

    // Change an answer from check answers: Continue returns there.
    go(&browser, &server, "#/assessment/check").await;
    browser.click("a[href='#/assessment/q/team?change']").await;
    wait_for_hash(&browser, "#/assessment/q/team?change").await;
    browser.click("label[for='team-4-10']").await;
    browser.click_text("Continue").await;
    wait_for_hash(&browser, "#/assessment/check").await;
    let rows = browser.text_of(".summary-list").await;
    assert!(rows.contains("4 to 10"), "{rows}");

    // A change that adds a question leads through it, then back to check answers.
    browser
        .click("a[href='#/assessment/q/industry?change']")
        .await;
    wait_for_hash(&browser, "#/assessment/q/industry?change").await;
    browser.click("label[for='industry-fintech']").await;
    browser.click_text("Continue").await;
    wait_for_hash(&browser, "#/assessment/q/compliance?change").await;
    browser.click_text("Back").await;
    wait_for_hash(&browser, "#/assessment/check").await;
    assert!(
        browser
            .text_of(".summary-list")
            .await
            .contains("Not answered"),
        "the new question waits for an answer"
    );
    browser
        .click("a[href='#/assessment/q/compliance?change']")
        .await;
    browser.click("label[for='compliance-not-started']").await;
    browser.click_text("Continue").await;
    wait_for_hash(&browser, "#/assessment/check").await;
    assert!(
        browser
            .text_of(".summary-list")
            .await
            .contains("We have not started")
    );
    browser.quit().await;
}

#[tokio::test]
async fn a_visitor_who_reloads_or_comes_back_resumes_where_they_left_off() {
    let (server, browser) = open(&format!("{MOUNT}#/assessment")).await;
    browser.click_text("Start now").await;
    for (question, answer) in &EARLY_STARTUP[..3] {
        wait_for_hash(&browser, &format!("#/assessment/q/{question}")).await;
        browser
            .click(&format!("label[for='{question}-{answer}']"))
            .await;
        browser.click_text("Continue").await;
    }
    wait_for_hash(&browser, "#/assessment/q/team").await;
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    wait_for_hash(&browser, "#/assessment/q/team").await;
    browser.click_text("Back").await;
    wait_for_hash(&browser, "#/assessment/q/leadership").await;
    assert_eq!(
        browser
            .eval("return document.getElementById('leadership-nobody').checked")
            .await,
        json!(true)
    );

    // Coming back to the start later offers to continue.
    go(&browser, &server, "#/assessment").await;
    assert!(
        browser
            .text_of(".resume")
            .await
            .contains("You have answered 3 of 10 questions."),
    );
    browser.click_text("Continue where you left off").await;
    wait_for_hash(&browser, "#/assessment/q/team").await;

    // Start again asks first, then deletes the answers.
    go(&browser, &server, "#/assessment").await;
    browser.click_text("Start again").await;
    browser.click_text("No, keep my answers").await;
    assert!(browser.text_of(".resume").await.contains("3 of 10"));
    browser.click_text("Start again").await;
    browser.click_text("Yes, start again").await;
    browser
        .wait_until(
            "the fresh start page",
            "return !!document.querySelector('a.button--start')",
        )
        .await;
    let saved: Value =
        serde_json::from_str(&browser.local_storage(PROGRESS_KEY).await.unwrap()).unwrap();
    assert_eq!(saved["data"]["answers"], json!({}));
    browser.quit().await;
}

#[tokio::test]
async fn saved_answers_the_questions_no_longer_use_are_shown_and_kept() {
    let (server, browser) = open(MOUNT).await;
    let mut stale = EARLY_STARTUP.to_vec();
    stale.retain(|(q, _)| *q != "team");
    stale.push(("team", "huge"));
    stale.push(("mood", "hopeful"));
    let stale: Persona = Box::leak(stale.into_boxed_slice());
    seed(&browser, stale, true).await;
    go(&browser, &server, "#/assessment").await;
    let panel = browser.text_of(".unusable").await;
    assert!(panel.contains("“huge”"), "{panel}");
    assert!(panel.contains("“mood” is not a question"), "{panel}");
    let raw = browser.local_storage(PROGRESS_KEY).await.unwrap();
    assert!(
        raw.contains("huge") && raw.contains("hopeful"),
        "kept: {raw}"
    );
    // The visitor is sent back to the question that needs a new answer.
    browser.click_text("Continue where you left off").await;
    wait_for_hash(&browser, "#/assessment/q/team").await;
    browser.quit().await;
}

#[tokio::test]
async fn a_share_link_reproduces_the_result_in_a_fresh_browser() {
    let (server, browser) = open(MOUNT).await;
    seed(&browser, HEALTHCARE_PROJECT, true).await;
    go(&browser, &server, "#/assessment/result").await;
    let expected = recommended(&browser).await;
    let scores = fit_scores(&browser).await;
    let link = browser
        .eval("return document.getElementById('share-link').value")
        .await
        .as_str()
        .unwrap()
        .to_owned();
    assert!(link.contains("#/assessment/shared?v=1&"), "{link}");
    browser.quit().await;

    let fresh = Browser::launch().await;
    fresh.driver.goto(&link).await.unwrap();
    fresh.wait_for_app().await;
    assert_eq!(recommended(&fresh).await, expected);
    assert_eq!(fit_scores(&fresh).await, scores);
    fresh.wait_for_heading("Shared result").await;
    assert_eq!(
        fresh.local_storage(PROGRESS_KEY).await,
        None,
        "nothing saved"
    );
    fresh.click_text("Keep these answers as mine").await;
    wait_for_hash(&fresh, "#/assessment/result").await;
    assert_eq!(recommended(&fresh).await, expected);
    assert!(
        fresh
            .local_storage(PROGRESS_KEY)
            .await
            .unwrap()
            .contains("healthcare")
    );

    // A damaged link says what is wrong and changes nothing.
    reset(&fresh).await;
    go(
        &fresh,
        &server,
        "#/assessment/shared?v=1&stage=unicorn&industry=other",
    )
    .await;
    let problems = fresh.text_of(".error-summary").await;
    assert!(
        problems.contains("There is a problem with this link"),
        "{problems}"
    );
    assert!(
        problems.contains("(“unicorn”) could not be used"),
        "{problems}"
    );
    assert!(
        problems.contains("The link has no answer to “Engineering team”"),
        "{problems}"
    );
    assert_eq!(fresh.local_storage(PROGRESS_KEY).await, None);
    fresh.quit().await;
}

#[tokio::test]
async fn errors_are_summarised_linked_and_put_in_the_title() {
    let (server, browser) = open(MOUNT).await;
    go(&browser, &server, "#/assessment/q/stage").await;
    browser.click_text("Continue").await;
    browser
        .wait_until(
            "the error summary to take focus",
            "return document.activeElement && document.activeElement.id === 'error-summary'",
        )
        .await;
    let title = browser.driver.title().await.unwrap();
    assert!(
        title.starts_with("Error: What stage is your company at?"),
        "{title}"
    );
    assert_eq!(
        text_content(&browser, ".error-message").await,
        "Error: Select the stage your company is at"
    );
    browser
        .click_text("Select the stage your company is at")
        .await;
    assert!(
        browser.focus_is_on("#stage-idea").await,
        "the link leads to the field"
    );
    assert_eq!(
        browser.hash().await,
        "#/assessment/q/stage",
        "and not to a route"
    );

    go(&browser, &server, "#/assessment/q/budget").await;
    browser.click("#budget-amount").await;
    browser.press("lots").await;
    browser.click_text("Continue").await;
    browser
        .wait_until(
            "the error",
            "return !!document.querySelector('.error-message')",
        )
        .await;
    assert_eq!(
        text_content(&browser, ".error-message").await,
        "Error: Monthly budget must be a whole number, like 8000"
    );
    assert_eq!(
        browser
            .eval("return document.getElementById('budget-amount').value")
            .await,
        json!("lots"),
        "what was typed is kept"
    );
    // Read as the visitor writes numbers (here 1,234.5): "8.000" could be 8 or 8,000, so it is
    // refused rather than guessed.
    browser.eval("document.getElementById('budget-amount').value = ''; document.getElementById('budget-amount').dispatchEvent(new Event('input')); return true;").await;
    browser.click("#budget-amount").await;
    browser.press("8.000").await;
    browser.click_text("Continue").await;
    browser
        .wait_until(
            "the question",
            "return document.getElementById('budget-amount').value === '8.000' && !!document.querySelector('.error-message')",
        )
        .await;
    assert_eq!(
        text_content(&browser, ".error-message").await,
        "Error: Monthly budget must be a whole number, like 8000"
    );
    assert_eq!(
        browser.hash().await,
        "#/assessment/q/budget",
        "not taken as 8"
    );
    // "I'm not sure" clears the amount, and is a valid answer.
    browser.click("label[for='budget-not-sure']").await;
    assert_eq!(
        browser
            .eval("return document.getElementById('budget-amount').value")
            .await,
        json!("")
    );
    browser.click_text("Continue").await;
    wait_for_hash(&browser, "#/assessment/q/challenges").await;
    let title = browser.driver.title().await.unwrap();
    assert!(!title.starts_with("Error"), "{title}");
    browser.quit().await;
}

#[tokio::test]
async fn axe_finds_no_violations_on_the_assessment_pages() {
    let (server, browser) = open(MOUNT).await;
    seed(&browser, HEALTHCARE_PROJECT, true).await;
    let pages = [
        ("#/assessment", None),
        ("#/assessment/q/stage", None),
        ("#/assessment/q/challenges", None),
        ("#/assessment/q/budget", Some("error")),
        ("#/assessment/check", None),
        ("#/assessment/result", None),
        ("#/assessment/how-scored", None),
    ];
    let mut found = Vec::new();
    for (hash, state) in pages {
        go(&browser, &server, hash).await;
        if state == Some("error") {
            browser.eval("document.getElementById('budget-amount').value = ''; document.getElementById('budget-amount').dispatchEvent(new Event('input')); return true;").await;
            browser.click_text("Continue").await;
            browser
                .wait_until(
                    "the error",
                    "return !!document.querySelector('.error-summary')",
                )
                .await;
        }
        let place = format!("{hash} {}", state.unwrap_or(""));
        found.extend(browser.axe_violations_at(&place).await);
    }
    assert!(found.is_empty(), "\n{}", found.join("\n"));
    browser.quit().await;
}
