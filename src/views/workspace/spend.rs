//! Spend against the budget: invoices and hours logged by day, each month's totals, and this
//! month's against what the terms budget.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::{BackToWorkspace, workspace};
use crate::domain::locale::write_money;
use crate::domain::route::Route;
use crate::domain::units::Cents;
use crate::domain::workspace::drafts::{
    SPEND_AMOUNT, SPEND_DAY, SPEND_HOURS, SPEND_NOTE, SpendDraft, not_saved,
};
use crate::domain::workspace::kpis::number_text;
use crate::domain::workspace::spend::{Entry, MAX_NOTE, Month, by_month, month_text};
use crate::domain::workspace::{Workspace, plural};
use crate::ui::clock::{fresh_id, today};
use crate::ui::fields::{FormErrors, TextField};
use crate::ui::forms::{ErrorSummary, focus_soon};
use crate::ui::locale::{preferred_currency, preferred_number_format};
use crate::ui::page::PageHeading;

/// An amount in the founder's currency and number format: "£8,500".
pub(super) fn money(amount: Cents) -> String {
    write_money(
        amount.amount(),
        preferred_currency(),
        preferred_number_format(),
    )
}

/// This month's spend against the budget, in a sentence, and whether it is 90 % or more:
/// what the dashboard and this page say.
pub(super) fn this_month(w: &Workspace) -> (String, bool) {
    month_text(w, Month::of(today()), &money)
}

#[component]
pub fn SpendPage() -> impl IntoView {
    let workspace = workspace();
    let errors = FormErrors::new(&Route::Spend);
    let day = RwSignal::new(today().iso());
    let amount = RwSignal::new(String::new());
    let hours = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    // The entry last deleted, and where it was, for "Undo".
    let deleted = RwSignal::new(None::<(usize, Entry)>);
    let added = RwSignal::new(false);

    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        added.set(false);
        let draft = SpendDraft {
            day: day.get_untracked(),
            amount: amount.get_untracked(),
            hours: hours.get_untracked(),
            note: note.get_untracked(),
        };
        let count = workspace.with_untracked(|w| w.spend.len());
        let entry = match draft.check(fresh_id(), count) {
            Ok(entry) => entry,
            Err(problems) => {
                errors.show(problems);
                return;
            }
        };
        match workspace.try_update(|w| w.spend.push(entry)) {
            Ok(()) => {
                errors.show(Vec::new());
                amount.set(String::new());
                hours.set(String::new());
                note.set(String::new());
                added.set(true);
                focus_soon(SPEND_AMOUNT);
            }
            Err(reason) => {
                errors.show(vec![not_saved("entry", SPEND_DAY, &reason)]);
            }
        }
    };
    let summary = move || workspace.with(this_month);

    view! {
        <div class="spend prose">
            <BackToWorkspace />
            <ErrorSummary errors=errors.summary() />
            <PageHeading title=Route::Spend.title() caption="Founder's workspace" lede="Log each invoice or stretch of hours as it comes, to see the month against the budget the terms set." />
            <p class="spend-summary" class:spend-summary--warning=move || summary().1 id="spend-this-month">
                {move || summary().0}
            </p>
            <form novalidate on:submit=add class="panel">
                <h2 class="panel__title">"Add to the log"</h2>
                <TextField id=SPEND_DAY label="Date" value=day errors kind="date" width="input--date" />
                <TextField id=SPEND_AMOUNT label="Amount" hint="As invoiced. Leave empty to log hours only." value=amount errors width="input--number" prefix=preferred_currency().symbol() inputmode="decimal" />
                <TextField id=SPEND_HOURS label="Hours" hint="Optional." value=hours errors width="input--number" inputmode="decimal" />
                <TextField id=SPEND_NOTE label="Note" hint="Optional: an invoice number or what the time was for." value=note errors maxlength=MAX_NOTE />
                <button type="submit" class="button">"Add to the log"</button>
                <div role="status">
                    {move || added.get().then(|| view! { <p class="confirmation">"Added to the log."</p> })}
                </div>
            </form>
            <div role="status">
                {move || {
                    deleted
                        .get()
                        .map(|(index, entry)| {
                            let when = entry.day.long();
                            view! {
                                <p class="confirmation">
                                    {format!("The entry of {when} was deleted. ")}
                                    <button
                                        type="button"
                                        class="link-button"
                                        id="undo-delete"
                                        on:click=move |_| {
                                            let entry = entry.clone();
                                            workspace
                                                .update(|w| {
                                                    if w.spend.iter().all(|e| e.id != entry.id) {
                                                        w.spend.insert(index.min(w.spend.len()), entry);
                                                    }
                                                });
                                            deleted.set(None);
                                            focus_soon(SPEND_DAY);
                                        }
                                    >
                                        "Undo"
                                    </button>
                                </p>
                            }
                        })
                }}
            </div>
            <Log deleted />
        </div>
    }
}

/// Each month's entries and totals, newest first.
#[component]
fn Log(deleted: RwSignal<Option<(usize, Entry)>>) -> impl IntoView {
    let workspace = workspace();
    move || {
        workspace.with(|w| {
            if w.spend.is_empty() {
                return view! { <p class="quiet">"Nothing logged yet."</p> }.into_any();
            }
            by_month(&w.spend)
                .into_iter()
                .map(|(month, totals)| {
                    let mut entries: Vec<&Entry> =
                        w.spend.iter().filter(|e| e.month() == month).collect();
                    crate::domain::sort_small_by(&mut entries, |a, b| a.day > b.day);
                    let heading = format!("spend-{}-{:02}", month.year, month.month);
                    let rows = entries
                        .into_iter()
                        .map(|entry| {
                            let id = entry.id.clone();
                            view! {
                                <tr>
                                    <th scope="row">{entry.day.long()}</th>
                                    <td data-label="Amount" class="num">{entry.amount.map(money).unwrap_or_default()}</td>
                                    <td data-label="Hours" class="num">{entry.hours.map(|h| number_text(h.number())).unwrap_or_default()}</td>
                                    <td data-label="Note">{entry.note.clone()}</td>
                                    <td>
                                        <button
                                            type="button"
                                            class="link-button"
                                            on:click=move |_| {
                                                let mut removed = None;
                                                workspace.update(|w| {
                                                    if let Some(i) = w.spend.iter().position(|e| e.id == id) {
                                                        removed = Some((i, w.spend.remove(i)));
                                                    }
                                                });
                                                deleted.set(removed);
                                                focus_soon("undo-delete");
                                            }
                                        >
                                            "Delete"
                                            <span class="visually-hidden">{format!(" the entry of {}", entry.day.long())}</span>
                                        </button>
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view();
                    view! {
                        <h2 id=heading.clone()>{month.long()}</h2>
                        <p class="quiet">
                            {format!(
                                "{} in all: {}{}.",
                                plural(totals.entries, "entry", "entries"),
                                money(totals.amount),
                                if totals.hours.0 > 0 {
                                    format!(" and {} hours", number_text(totals.hours.number()))
                                } else {
                                    String::new()
                                },
                            )}
                        </p>
                        <table class="stack-table spend-log" aria-labelledby=heading>
                            <thead>
                                <tr>
                                    <th scope="col">"Date"</th>
                                    <th scope="col" class="num">"Amount"</th>
                                    <th scope="col" class="num">"Hours"</th>
                                    <th scope="col">"Note"</th>
                                    <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    }
                })
                .collect_view()
                .into_any()
        })
    }
}
