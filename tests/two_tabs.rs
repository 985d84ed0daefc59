//! Two tabs of one browser on the same data (two WebDriver windows on one profile), and tabs
//! closed or outdated: nothing typed is lost. Each race runs 20 times, as timing varies.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::time::Duration;

use serde_json::{Value, json};
use support::browser::Browser;
use support::server::StaticServer;
use thirtyfour::WindowHandle;

const WORKSPACE_KEY: &str = "cto-compass/workspace";
const ROUNDS: usize = 20;

/// A browser with the app open in two tabs at `hash`.
struct TwoTabs {
    server: StaticServer,
    browser: Browser,
    tabs: [WindowHandle; 2],
}

impl TwoTabs {
    async fn open(hash: &str) -> TwoTabs {
        let (server, browser) = support::open_at(hash).await;
        let first = browser.driver.window().await.unwrap();
        let second = browser.driver.new_tab().await.unwrap();
        let two = TwoTabs {
            server,
            browser,
            tabs: [first, second],
        };
        two.to(1).await;
        support::go(&two.browser, &two.server, hash).await;
        two
    }

    /// Makes tab `t` the one the driver speaks to.
    async fn to(&self, t: usize) -> &Browser {
        self.browser
            .driver
            .switch_to_window(self.tabs[t].clone())
            .await
            .unwrap();
        &self.browser
    }

    /// Goes to `hash` in tab `t` as a link would, and waits for `heading`.
    async fn visit(&self, t: usize, hash: &str, heading: &str) {
        let browser = self.to(t).await;
        browser
            .eval(&format!("location.hash = {}; return true;", json!(hash)))
            .await;
        browser.wait_for_heading(heading).await;
    }

    /// Runs `script` in tab `t` at the moment `at` (milliseconds since the epoch), so that
    /// both tabs act in the same instant rather than one WebDriver call apart.
    async fn at(&self, t: usize, at: f64, script: &str) {
        self.to(t)
            .await
            .eval(&format!(
                "setTimeout(() => {{ {script} }}, Math.max(0, {at} - Date.now())); return true;"
            ))
            .await;
    }

    async fn now(&self) -> f64 {
        self.browser
            .eval("return Date.now()")
            .await
            .as_f64()
            .unwrap()
    }

    async fn stored(&self) -> Value {
        let raw = self
            .browser
            .local_storage(WORKSPACE_KEY)
            .await
            .expect("the workspace is stored");
        serde_json::from_str::<Value>(&raw).unwrap()["data"].clone()
    }

    /// Waits until storage holds what `settled` says, and neither tab writes any more.
    async fn settle(&self, what: &str, settled: impl Fn(&Value) -> bool) -> Value {
        for _ in 0..100 {
            let before = self.browser.local_storage(WORKSPACE_KEY).await;
            tokio::time::sleep(Duration::from_millis(700)).await;
            let after = self.browser.local_storage(WORKSPACE_KEY).await;
            if before.is_some() && before == after {
                let stored = self.stored().await;
                if settled(&stored) {
                    return stored;
                }
            }
        }
        panic!("{what}: storage holds {}", self.stored().await);
    }
}

/// Sets a field's value as typing would, firing `input`.
fn type_into(id: &str, text: &str) -> String {
    format!(
        "{{ const f = document.getElementById({}); f.value = {}; f.dispatchEvent(new Event('input', {{ bubbles: true }})); }}",
        json!(id),
        json!(text)
    )
}

/// Adds words at the end of a field, as typing there would.
fn append_to(id: &str, text: &str) -> String {
    format!(
        "{{ const f = document.getElementById({}); f.value = (f.value + ' ' + {}).trim(); f.dispatchEvent(new Event('input', {{ bubbles: true }})); }}",
        json!(id),
        json!(text)
    )
}

/// Clicks the button that says `text`.
fn press(text: &str) -> String {
    format!(
        "[...document.querySelectorAll('button')].find(b => b.textContent.trim() === {}).click();",
        json!(text)
    )
}

fn texts_of(stored: &Value, list: &str, field: &str) -> Vec<String> {
    stored[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r[field].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Adds a note in tab `t` and returns its address.
async fn new_note(two: &TwoTabs, t: usize, title: &str) -> String {
    two.visit(t, "#/workspace/notes", "Notes").await;
    let browser = two.to(t).await;
    browser.click_text("New note").await;
    browser.wait_for_heading("Edit note").await;
    browser
        .eval(&format!("{} return true;", type_into("note-title", title)))
        .await;
    browser
        .wait_until(
            "the note to be saved",
            "return document.querySelector('.save-state__text').textContent.trim() === 'Saved'",
        )
        .await;
    browser.hash().await
}

#[tokio::test]
async fn two_tabs_typing_in_one_note_lose_nothing_and_say_when_both_versions_are_kept() {
    let two = TwoTabs::open("#/workspace/notes").await;
    let mut lost = Vec::new();
    for round in 0..ROUNDS {
        let note = new_note(&two, 0, &format!("Shared {round}")).await;
        two.visit(1, &note, "Edit note").await;
        // Both tabs type at moments set ahead in each page, so WebDriver's own pace does not
        // order them: at once (the two saves race), a little apart (the later tab still has
        // unsaved typing when the earlier one's save arrives), or far apart (the later tab
        // has already followed the earlier one).
        let (first, second) = (format!("alpha{round}"), format!("beta{round}"));
        let start = two.now().await + 1_000.0;
        let offset = [0.0, 150.0, 300.0, -300.0, 900.0][round % 5];
        two.at(0, start, &append_to("note-body", &first)).await;
        two.at(1, start + offset, &append_to("note-body", &second))
            .await;
        let stored = two
            .settle("both tabs to save", |s| {
                let bodies = texts_of(s, "notes", "body");
                bodies.iter().any(|b| b.contains(&first))
                    && bodies.iter().any(|b| b.contains(&second))
            })
            .await;
        let bodies = texts_of(&stored, "notes", "body");
        let together = bodies
            .iter()
            .any(|b| b.contains(&first) && b.contains(&second));
        if !together {
            // Kept apart: one tab or the other must say so in words, about this note.
            let mut told = false;
            for t in 0..2 {
                let page = two.to(t).await.eval("return document.body.innerText").await;
                // Names in sentences come between isolate marks (U+2068, U+2069).
                let page = page
                    .as_str()
                    .unwrap_or_default()
                    .replace(['\u{2068}', '\u{2069}'], "");
                told |= page.contains("Changed in another tab while you were typing")
                    || (page.contains("Changed in two tabs at once")
                        && page.contains(&format!("“Shared {round}”")));
            }
            if !told {
                lost.push(format!(
                    "round {round}: kept apart without a word: {bodies:?}"
                ));
            }
        }
        // The next round starts from a quiet page in both tabs, with no notice left.
        for t in 0..2 {
            two.to(t)
                .await
                .eval("document.querySelectorAll('.notice__dismiss').forEach(b => b.click()); location.hash = '#/workspace'; return true;")
                .await;
        }
    }
    assert!(lost.is_empty(), "{lost:#?}");
    two.browser.quit().await;
}

/// The id of the record in `list` whose `field` says `text`.
fn id_of(stored: &Value, list: &str, field: &str, text: &str) -> String {
    stored[list]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r[field] == text)
        .and_then(|r| r["id"].as_str())
        .unwrap_or_else(|| panic!("no {text} in {list}"))
        .to_owned()
}

/// Each tab, at the same moment, adds a candidate and then a check-in (even rounds), or
/// renames the one it added the round before (odd rounds).
async fn change_at_the_same_moment(two: &TwoTabs, round: usize) {
    for (kind, list, field, place, heading, button) in [
        (
            "candidate",
            "candidates",
            "name",
            "candidates",
            "Add a candidate",
            "Done",
        ),
        (
            "check-in",
            "check_ins",
            "summary",
            "check-ins",
            "Record a check-in",
            "Done",
        ),
    ] {
        let field_id = if kind == "candidate" {
            "candidate-name"
        } else {
            "check-in-summary"
        };
        for t in 0..2 {
            if round.is_multiple_of(2) {
                two.visit(t, &format!("#/workspace/{place}/new"), heading)
                    .await;
            } else {
                let before = format!("{kind} {} from tab {t}", round - 1);
                let id = id_of(&two.stored().await, list, field, &before);
                let heading = if kind == "candidate" {
                    "Candidate scorecard"
                } else {
                    "Check-in"
                };
                two.visit(t, &format!("#/workspace/{place}/{id}"), heading)
                    .await;
            }
            let text = format!("{kind} {round} from tab {t}");
            let mut script = type_into(field_id, &text);
            if kind == "check-in" && round.is_multiple_of(2) {
                script.push_str(&type_into("check-in-date", "2026-11-30"));
            }
            two.to(t)
                .await
                .eval(&format!("{script} return true;"))
                .await;
        }
        let at = two.now().await + 400.0;
        for t in 0..2 {
            two.at(t, at, &press(button)).await;
        }
        tokio::time::sleep(Duration::from_millis(600)).await;
    }
}

#[tokio::test]
async fn a_form_saved_over_another_tabs_change_to_the_same_record_keeps_both_and_says_so() {
    let two = TwoTabs::open("#/workspace").await;
    two.visit(0, "#/workspace/candidates/new", "Add a candidate")
        .await;
    two.to(0)
        .await
        .eval(&format!(
            "{} {} return true;",
            type_into("candidate-name", "Ada"),
            press("Done")
        ))
        .await;
    let stored = two
        .settle("the candidate to be saved", |s| {
            texts_of(s, "candidates", "name") == ["Ada"]
        })
        .await;
    let id = id_of(&stored, "candidates", "name", "Ada");
    for t in 0..2 {
        two.visit(
            t,
            &format!("#/workspace/candidates/{id}"),
            "Candidate scorecard",
        )
        .await;
    }
    // The second tab renames her; the first, its form opened before that, saves another name.
    for (t, name) in [(1, "Ada Lovelace"), (0, "Ada L.")] {
        two.to(t)
            .await
            .eval(&format!(
                "{} {} return true;",
                type_into("candidate-name", name),
                press("Done")
            ))
            .await;
        tokio::time::sleep(Duration::from_millis(800)).await;
    }
    let stored = two
        .settle("both names to be kept", |s| {
            texts_of(s, "candidates", "name").len() == 2
        })
        .await;
    let mut names = texts_of(&stored, "candidates", "name");
    names.sort();
    assert_eq!(names, ["Ada L.", "Ada Lovelace (other version)"]);
    let page = two.to(0).await.eval("return document.body.innerText").await;
    let page = page
        .as_str()
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        page.contains("Changed in two tabs at once") && page.contains("“Ada Lovelace”"),
        "the first tab says both are kept: {page}"
    );
    two.browser.quit().await;
}

#[tokio::test]
async fn two_tabs_changing_different_records_at_the_same_moment_both_keep_their_changes() {
    let two = TwoTabs::open("#/workspace").await;
    let mut lost = Vec::new();
    for round in 0..ROUNDS {
        // Each tab types in a note of its own, saved in the same instant.
        let notes = [
            new_note(&two, 0, "Mine").await,
            new_note(&two, 1, "Yours").await,
        ];
        for (t, note) in notes.iter().enumerate() {
            two.visit(t, note, "Edit note").await;
        }
        let at = two.now().await + 300.0;
        for t in 0..2 {
            two.at(
                t,
                at,
                &type_into("note-body", &format!("note {round} from tab {t}")),
            )
            .await;
        }
        // Typed in the same instant, written in the same instant half a second later.
        tokio::time::sleep(Duration::from_millis(1_000)).await;
        change_at_the_same_moment(&two, round).await;
        let expected: Vec<(&str, &str, String)> = (0..2)
            .flat_map(|t| {
                [
                    ("notes", "body", format!("note {round} from tab {t}")),
                    (
                        "candidates",
                        "name",
                        format!("candidate {round} from tab {t}"),
                    ),
                    (
                        "check_ins",
                        "summary",
                        format!("check-in {round} from tab {t}"),
                    ),
                ]
            })
            .collect();
        let stored = two
            .settle("both tabs' records", |s| {
                expected
                    .iter()
                    .all(|(list, field, text)| texts_of(s, list, field).contains(text))
            })
            .await;
        for (list, field, text) in &expected {
            if !texts_of(&stored, list, field).contains(text) {
                lost.push(format!("round {round}: {text}"));
            }
        }
    }
    assert!(lost.is_empty(), "{lost:#?}");
    two.browser.quit().await;
}

/// Opens a new tab at `hash`, runs `script` there, and closes the tab 100 ms later.
async fn type_and_close(two: &TwoTabs, hash: &str, script: &str) {
    two.to(0).await;
    let tab = two.browser.driver.new_tab().await.unwrap();
    two.browser.driver.switch_to_window(tab).await.unwrap();
    support::go(&two.browser, &two.server, hash).await;
    two.browser.eval(&format!("{script} return true;")).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    two.browser.driver.close_window().await.unwrap();
}

#[tokio::test]
async fn a_tab_closed_100_ms_after_typing_keeps_what_was_typed() {
    let two = TwoTabs::open("#/workspace/notes").await;
    for round in 0..5 {
        let note = new_note(&two, 0, &format!("Closing {round}")).await;
        two.visit(0, "#/workspace", "Founder's workspace").await;
        let words = format!("last words {round}");
        type_and_close(&two, &note, &append_to("note-body", &words)).await;
        // Never the default (12), so what is kept is what was typed.
        let hours = format!("{}", 13 + round);
        type_and_close(&two, "#/calculator", &type_into("field-fr-hours", &hours)).await;

        // A fresh load, not the other tab following events: what was kept is in storage.
        let browser = two.to(0).await;
        support::go(browser, &two.server, &note).await;
        browser.driver.refresh().await.unwrap();
        browser.wait_for_app().await;
        browser
            .wait_until(
                "the note's last words",
                &format!(
                    "return document.getElementById('note-body').value.includes({})",
                    json!(words)
                ),
            )
            .await;
        support::go(browser, &two.server, "#/calculator").await;
        browser.driver.refresh().await.unwrap();
        browser.wait_for_app().await;
        browser
            .wait_until(
                "the calculator's fields",
                "return !!document.getElementById('field-fr-hours')",
            )
            .await;
        let kept = browser
            .eval("return document.getElementById('field-fr-hours').value")
            .await;
        assert_eq!(kept, json!(hours), "round {round}");
    }
    two.browser.quit().await;
}

#[tokio::test]
async fn a_newer_version_in_another_tab_is_left_alone_and_this_tab_asks_for_a_reload() {
    let two = TwoTabs::open("#/workspace/notes").await;
    new_note(&two, 0, "Before the update").await;
    // What a newer version of the app, open in the second tab, writes.
    let newer =
        json!({"version": 99, "data": {"pages": ["a shape this version cannot read"]}}).to_string();
    two.to(1)
        .await
        .eval(&format!(
            "localStorage.setItem({}, {}); return true;",
            json!(WORKSPACE_KEY),
            json!(newer)
        ))
        .await;
    let browser = two.to(0).await;
    browser
        .wait_until(
            "the reload notice",
            "return document.body.innerText.includes('This app was updated in another tab')",
        )
        .await;
    // Typing on is kept in the page (to download) but never written over the newer data.
    browser
        .eval(&format!(
            "{} return true;",
            append_to("note-body", "typed after")
        ))
        .await;
    tokio::time::sleep(Duration::from_millis(1_200)).await;
    assert_eq!(
        browser.local_storage(WORKSPACE_KEY).await,
        Some(newer.clone())
    );
    let kept_aside = browser
        .eval("return Object.keys(localStorage).filter(k => k.includes('kept-aside')).length")
        .await;
    assert_eq!(kept_aside, json!(0), "nothing moved aside");
    let notice = browser
        .text_of("section[aria-labelledby=notice-updated]")
        .await;
    assert!(notice.contains("Reload to keep working"), "{notice}");
    // What was typed after the update can be taken away.
    browser
        .wait_until(
            "the download of what is not saved",
            "return [...document.querySelectorAll('section[aria-labelledby=notice-updated] button')].some(b => b.textContent.includes('Download what is not saved'))",
        )
        .await;
    assert!(
        browser
            .eval("return document.getElementById('note-body').value")
            .await
            .as_str()
            .unwrap()
            .contains("typed after")
    );
    two.browser.quit().await;
}
