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
        "return location.hash === {} && !!document.querySelector('main h1') && !document.querySelector('.part-loading');",
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
async fn the_result_leads_on_from_the_first_screen_and_offers_changes_a_founder_can_make() {
    let (server, browser) = open(MOUNT).await;
    seed(&browser, EARLY_STARTUP, true).await;
    for (width, height) in [(375, 667), (1280, 800)] {
        browser.set_viewport(width, height).await;
        go(&browser, &server, "#/assessment/result").await;
        assert_eq!(recommended(&browser).await, "Fractional CTO");
        let actions = browser
            .eval(
                "scrollTo(0, 0);
                 return [...document.querySelectorAll('.result__actions a')].map(a => {
                   const r = a.getBoundingClientRect();
                   return [a.textContent, r.top >= 0 && r.bottom <= innerHeight];
                 });",
            )
            .await;
        assert_eq!(
            actions,
            json!([["See what it costs you", true], ["Start your plan", true]]),
            "{width} px: both actions in the first screen"
        );
    }
    // The seven steps are there once, folded; the first is said in full.
    let folded = browser
        .eval("const d = document.querySelector('.steps-all'); return [d.open, d.querySelectorAll('li').length]")
        .await;
    assert_eq!(folded, json!([false, 7]));
    // Changes a founder can make: never to "I'm not sure" or another budget; the budget's
    // limit said, with its currency.
    let changes = browser.text_of(".what-ifs").await;
    assert!(!changes.contains("“I'm not sure” instead"), "{changes}");
    assert!(!changes.contains("Monthly budget"), "{changes}");
    assert!(
        changes.contains("Beyond your budget: a full-time CTO's salary alone is about $14,300 a month, more than the $6,000 a month you said you could spend."),
        "{changes}"
    );
    browser.click_text("See what it costs you").await;
    browser.wait_for_heading("Cost comparison").await;
    assert!(browser.hash().await.contains("budget=6000"));
    browser.driver.back().await.unwrap();
    browser.click_text("Start your plan").await;
    browser.wait_for_heading("Founder's workspace").await;
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

const HISTORY_KEY: &str = "cto-compass/assessment-history";

/// Answers the question on the page by clicking, then Continue.
async fn answer_by_clicking(browser: &Browser, question: &str, answer: &str) {
    wait_for_hash(browser, &format!("#/assessment/q/{question}?change")).await;
    let script = format!("document.getElementById('{question}-{answer}').click(); return true");
    browser.eval(&script).await;
    browser.click("button[type=submit]").await;
}

#[tokio::test]
async fn history_keeps_each_retake_across_reloads_and_shows_what_changed() {
    let (server, browser) = open(MOUNT).await;
    seed(&browser, EARLY_STARTUP, true).await;
    go(&browser, &server, "#/assessment/result").await;
    assert_eq!(recommended(&browser).await, "Fractional CTO");
    // Shown again with the same answers: kept once.
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    assert_eq!(recommended(&browser).await, "Fractional CTO");

    // A retake starts from the last answers: change two and see the result.
    browser.click_text("Retake the self-assessment").await;
    wait_for_hash(&browser, "#/assessment/q/stage").await;
    assert_eq!(
        browser
            .eval("return document.querySelector('#stage-early').checked")
            .await,
        json!(true),
        "the last answers are filled in"
    );
    go(&browser, &server, "#/assessment/q/time?change").await;
    answer_by_clicking(&browser, "time", "full-time").await;
    browser.wait_for_heading("Check your answers").await;
    go(&browser, &server, "#/assessment/q/ownership?change").await;
    answer_by_clicking(&browser, "ownership", "essential").await;
    browser.wait_for_heading("Check your answers").await;
    browser.click_text("See your result").await;
    wait_for_hash(&browser, "#/assessment/result").await;
    recommended(&browser).await;

    // The third, after a reload, from answers saved as another visit would have.
    let mut third: Vec<_> = EARLY_STARTUP.to_vec();
    third[0] = ("stage", "growing");
    third[6] = ("time", "full-time");
    third[9] = ("ownership", "essential");
    seed(&browser, Box::leak(third.into_boxed_slice()), true).await;
    go(&browser, &server, "#/assessment/result").await;
    assert_eq!(recommended(&browser).await, "Full-time CTO");
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;

    browser.click_text("Your past results").await;
    browser.wait_for_heading("Your past results").await;
    let items = browser
        .eval("return [...document.querySelectorAll('.history__item')].map(i => i.innerText)")
        .await;
    let items: Vec<String> = serde_json::from_value(items).unwrap();
    assert_eq!(items.len(), 3, "{items:?}");
    assert!(
        items[0].contains("Full-time CTO"),
        "newest first: {}",
        items[0]
    );
    assert!(
        items[0].contains("Changed from a fractional CTO"),
        "{}",
        items[0]
    );
    assert!(
        items[0].contains("Company stage: Growing (was Early stage)"),
        "{}",
        items[0]
    );
    assert!(
        items[1].contains("Time needed: Full time (was One or two days a week)"),
        "{}",
        items[1]
    );
    assert!(
        items[1].contains("Ownership and integration: It is essential"),
        "{}",
        items[1]
    );
    assert!(
        !items[2].contains("What changed"),
        "the first has nothing before it"
    );
    let kept = browser.local_storage(HISTORY_KEY).await.unwrap();
    assert_eq!(kept.matches("\"at\"").count(), 3, "{kept}");
    assert!(browser.axe_violations().await.is_empty());
    browser.quit().await;
}

#[tokio::test]
async fn the_decision_memo_prints_on_one_or_two_pages_and_copies_as_markdown() {
    let (server, browser) = open(MOUNT).await;
    seed(&browser, EARLY_STARTUP, true).await;
    go(&browser, &server, "#/assessment/result").await;
    browser.click_text("Decision memo").await;
    browser
        .wait_until(
            "the memo's costs",
            "return !!document.querySelector('.memo__costs tbody tr')",
        )
        .await;
    assert_eq!(browser.heading().await, "Decision memo");
    for (paper, width, height) in [("A4", 8.27, 11.69), ("Letter", 8.5, 11.0)] {
        let (pages, text) = browser.print_to_text(width, height, paper).await;
        assert!((1..=2).contains(&pages), "{paper}: {pages} pages");
        for must in [
            "Fractional CTO, fit 94 out of 100",
            "Company stage",
            "Early stage",
            "$6,000 a month",
            "Each month once running",
            "Total over 12 months",
            "In-house team",
            "First steps",
        ] {
            assert!(text.contains(must), "{paper}: no {must:?} in\n{text}");
        }
        assert!(
            !text.contains("Copy as Markdown"),
            "{paper}: no buttons on paper"
        );
    }

    let markdown = browser.copied_as_markdown(&server.url("/")).await;
    let markdown = markdown.as_str();
    assert!(
        markdown.starts_with("# Decision memo\n\n*How we get technical leadership: our CTO Compass self-assessment's result on "),
        "{markdown}"
    );
    for must in [
        "**Fractional CTO**, fit 94 out of 100.",
        "## Our answers",
        "- **Company stage:** Early stage",
        "- **Monthly budget:** $6,000 a month",
        "## What it costs",
        "| Option | Each month once running | Total over 12 months |",
        "## First steps",
        "#/assessment/shared?v=1&currency=USD&",
    ] {
        assert!(markdown.contains(must), "no {must:?} in\n{markdown}");
    }
    // Valid tables: every row of a table has its header's number of cells.
    let mut columns = None;
    for line in markdown.lines() {
        if line.starts_with('|') {
            let cells = line.matches('|').count() - line.matches("\\|").count();
            assert_eq!(*columns.get_or_insert(cells), cells, "{line}");
        } else {
            columns = None;
        }
    }
    assert!(browser.axe_violations().await.is_empty());
    browser.quit().await;
}

/// A close call between a fractional CTO (first, by 3.6 points) and a full-time CTO.
const CLOSE_CALL: Persona = &[
    ("stage", "growing"),
    ("industry", "technology"),
    ("leadership", "tech-lead"),
    ("team", "4-10"),
    ("budget", "20000"),
    ("challenges", "roadmap,growth"),
    ("time", "days-1-2"),
    ("horizon", "two-years"),
    ("need", "leadership"),
    ("ownership", "nice"),
];

#[tokio::test]
async fn a_co_founders_link_is_compared_with_the_differences_first() {
    let (server, browser) = open(MOUNT).await;
    seed(&browser, CLOSE_CALL, true).await;
    go(&browser, &server, "#/assessment/result").await;
    assert_eq!(recommended(&browser).await, "Fractional CTO");
    browser.click_text("Compare with a co-founder").await;
    browser.wait_for_heading("Compare with a co-founder").await;

    // Not a result's link: said beside the field; nothing else changes.
    browser.click("#their-link").await;
    browser.press("https://example.com/#/calculator?v=1").await;
    browser.click_text("Compare").await;
    let problem = browser.text_of("#error-summary").await;
    assert!(
        problem.contains("This is not a link to a self-assessment result"),
        "{problem}"
    );
    assert_eq!(browser.hash().await, "#/assessment/compare");

    // Their link, as they would copy it from their result: they find being fully part of the
    // company essential, and put the company in another industry.
    let theirs: Vec<String> = CLOSE_CALL
        .iter()
        .map(|&(k, v)| match k {
            "industry" => "industry=other".to_owned(),
            "ownership" => "ownership=essential".to_owned(),
            _ => format!("{k}={v}"),
        })
        .collect();
    let link = server.url(&format!(
        "{MOUNT}#/assessment/shared?v=1&currency=USD&{}",
        theirs.join("&")
    ));
    browser
        .eval("document.getElementById('their-link').value = ''; return true")
        .await;
    browser.click("#their-link").await;
    browser.press(link.as_str()).await;
    browser.click_text("Compare").await;
    browser
        .wait_until(
            "the comparison",
            "return !!document.querySelector('.compare__table')",
        )
        .await;
    assert!(
        browser
            .hash()
            .await
            .starts_with("#/assessment/compare?v=1&")
    );
    let headline = browser.text_of(".compare__headline").await;
    assert_eq!(
        headline,
        "You differ: your answers point to a fractional CTO, theirs to a full-time CTO. 2 answers differ."
    );
    let rows = browser
        .eval("return [...document.querySelectorAll('.compare__table tbody tr')].map(r => [r.innerText, r.classList.contains('compare__differs')])")
        .await;
    let rows: Vec<(String, bool)> = serde_json::from_value(rows).unwrap();
    assert!(
        rows[..2].iter().all(|(_, d)| *d) && rows[2..].iter().all(|(_, d)| !*d),
        "{rows:?}"
    );
    // The difference that decides comes first, and says so; the one that changes nothing next.
    assert!(
        rows[0].0.starts_with("Ownership and integration"),
        "{rows:?}"
    );
    assert!(
        rows[0]
            .0
            .contains("With their answer, yours would be a full-time CTO."),
        "{rows:?}"
    );
    assert!(
        rows[0]
            .0
            .contains("With your answer, theirs would be a fractional CTO."),
        "{rows:?}"
    );
    assert!(
        rows[1].0.starts_with("Industry") && !rows[1].0.contains("would be"),
        "{rows:?}"
    );
    // A reload keeps the comparison: their answers are in the address.
    browser.driver.refresh().await.unwrap();
    browser.wait_for_app().await;
    assert_eq!(browser.text_of(".compare__headline").await, headline);
    assert!(browser.axe_violations().await.is_empty());
    // Nothing left the browser: every request was for the app's own files.
    let origin = server.url("/");
    let elsewhere: Vec<String> = browser
        .requested_urls()
        .await
        .into_iter()
        .filter(|url| !url.starts_with(&origin) && !url.starts_with("data:"))
        .collect();
    assert!(elsewhere.is_empty(), "{elsewhere:?}");
    browser.quit().await;
}
