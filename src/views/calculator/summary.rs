//! The results in a few words at the top of the page, and the same read out to screen readers
//! after a pause in typing.

use std::time::Duration;

use leptos::prelude::*;

use super::Calculator;
use crate::domain::calculator::report::summary;
use crate::domain::route::Route;
use crate::ui::pause::AfterPause;

/// How long typing must pause before the new totals are read out: not on every keypress.
const PAUSE: Duration = Duration::from_millis(1_200);

/// The summary's lines for the current figures.
fn lines(calculator: Calculator) -> Vec<String> {
    let money = calculator.money();
    let budget = calculator.budget();
    calculator.comparison.with(|c| summary(c, budget, money))
}

/// What a refused field leaves on screen, in words: "These figures are from before: fix
/// Hourly rate to update them."
fn stale_note(calculator: Calculator) -> Option<String> {
    calculator.draft.with(|d| {
        let refused = calculator.form.with(|f| d.refused(f));
        let label = refused.first()?;
        Some(if refused.len() == 1 {
            format!("Not updated: “{label}” holds a figure the calculator cannot use. These results are from your last usable figures.")
        } else {
            format!(
                "Not updated: {} fields hold figures the calculator cannot use, the first “{label}”. These results are from your last usable figures.",
                refused.len()
            )
        })
    })
}

/// At the top of the page, above the first input: the cheapest, by how much, and the budget.
#[component]
pub fn Summary() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    view! {
        <section class="calc-summary" aria-labelledby="calc-summary-title" class:calc-summary--stale=move || calculator.stale.get()>
            <h2 class="calc-summary__title" id="calc-summary-title">"In short"</h2>
            {move || {
                lines(calculator)
                    .into_iter()
                    .enumerate()
                    .map(|(i, line)| {
                        view! { <p class=if i == 0 { "calc-summary__lead" } else { "calc-summary__line" }>{line}</p> }
                    })
                    .collect_view()
            }}
            {move || stale_note(calculator).map(|note| view! { <p class="calc-summary__stale">{note}</p> })}
            <p class="calc-summary__more no-print">
                <a href=Route::Calculator.section_href("results-title")>"See every figure"</a>
            </p>
        </section>
    }
}

/// A polite live region: after a pause in typing, the new summary (or why the results did not
/// change). Nothing is read while the visitor types, nor when the page opens.
#[component]
pub fn Announcer() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let said = RwSignal::new(String::new());
    let pause = AfterPause::new(PAUSE);
    Effect::new(move |first: Option<()>| {
        // Tracks the figures and the draft: any keypress restarts the pause.
        calculator.comparison.track();
        calculator.draft.track();
        if first.is_none() {
            return;
        }
        pause.restart(move || {
            let text = stale_note(calculator).unwrap_or_else(|| lines(calculator).join(" "));
            _ = said.try_set(text);
        });
    });
    on_cleanup(move || {
        pause.cancel();
    });
    view! {
        <div class="visually-hidden" role="status" aria-live="polite" id="calc-announcer">
            {move || said.get()}
        </div>
    }
}
