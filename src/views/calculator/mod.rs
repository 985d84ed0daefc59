//! The cost comparison: inputs grouped per option, results that follow as the visitor types,
//! a cumulative cost chart with its table, and a link and CSV to share the numbers.

mod chart;
mod inputs;
mod results;
mod scenarios;

use leptos::prelude::*;

use crate::domain::calculator::form::{
    Draft, FieldId, Form, budget_from_query, currency_from_query, prefilled_by_assessment,
    query_of_hash, read_query, share_query,
};
use crate::domain::calculator::model::{Comparison, compare};
use crate::domain::calculator::scenarios::Working;
use crate::domain::preferences::{Currency, Preferences};
use crate::domain::route::Route;
use crate::storage::{Persisted, use_document};
use crate::ui::forms::LinkProblems;
use crate::ui::later::Later;
use crate::ui::locale::preferred_currency;
use crate::ui::page::PageHeading;

/// The calculator's state, shared by its parts.
#[derive(Clone, Copy)]
pub(crate) struct Calculator {
    /// The last numbers that were all valid: the results always show these.
    pub form: RwSignal<Form>,
    /// What is typed in each field, valid or not, and its problem.
    pub draft: RwSignal<Draft>,
    pub comparison: Memo<Comparison>,
    pub currency: Currency,
}

impl Calculator {
    fn new(form: Form, currency: Currency) -> Calculator {
        let draft = RwSignal::new(Draft::of(&form));
        let form = RwSignal::new(form);
        Calculator {
            form,
            draft,
            comparison: Memo::new(move |_| form.with(|f| compare(&f.to_inputs()))),
            currency,
        }
    }

    /// Takes what was typed in a field: a valid number updates the results, anything else
    /// shows its problem and leaves the last result on screen.
    pub fn edit(&self, id: FieldId, text: String) {
        let mut kept = None;
        self.draft.update(|d| kept = d.edit(id, text));
        if let Some(value) = kept {
            self.form.update(|f| f.set(id, value));
        }
    }

    /// Puts every number back to its default.
    pub fn reset(&self) {
        self.load(Form::default());
    }

    /// Shows these figures in every field and the results.
    pub fn load(&self, form: Form) {
        self.draft.set(Draft::of(&form));
        self.form.set(form);
    }
}

/// A labelled drop-down for picking one of two things to compare; `choose` gets the value
/// picked, and the options come as children.
#[component]
fn Pick(
    id: &'static str,
    label: &'static str,
    choose: impl Fn(String) + 'static,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="savings__pick">
            <label class="label" for=id>{label}</label>
            <select class="select" id=id on:change=move |ev| choose(event_target_value(&ev))>
                {children()}
            </select>
        </div>
    }
}

/// A panel comparing two things picked with two [`Pick`]s; what the comparison shows follows
/// as children.
#[component]
fn ComparePanel(
    /// The panel's own class, before `panel`.
    class: &'static str,
    title: &'static str,
    first: AnyView,
    second: AnyView,
    children: Children,
) -> impl IntoView {
    view! {
        <div class=format!("{class} panel")>
            <h3 class="panel__title">{title}</h3>
            <div class="savings__picks">
                {first}
                {second}
            </div>
            {children()}
        </div>
    }
}

/// Saves the figures a moment after the visitor stops typing: one write per pause rather than
/// one per keystroke.
fn keep_working_figures(form: RwSignal<Form>, working: Persisted<Working>) {
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |first: Option<()>| {
        let figures = form.with(share_query);
        if first.is_none() {
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                // Written: nothing waits for a flush (which would write these figures over a
                // later change from another tab).
                _ = pending.try_set_value(None);
                working.update(|w| w.figures = figures);
            },
            std::time::Duration::from_millis(400),
        )
        .ok();
        pending.set_value(handle);
    });
    // Leaving the page, closing the tab or switching away before the pause ends still keeps
    // the last figures.
    let flush = move || {
        if let Some(Some(handle)) = pending.try_get_value() {
            handle.clear();
            pending.set_value(None);
            if let Some(figures) = form.try_with_untracked(share_query) {
                working.update(|w| w.figures = figures);
            }
        }
    };
    let hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let switch = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush();
        }
    });
    on_cleanup(move || {
        hide.remove();
        switch.remove();
        flush();
    });
}

#[component]
pub fn CalculatorPage() -> impl IntoView {
    let hash = window().location().hash().unwrap_or_default();
    let query = query_of_hash(&hash).to_owned();
    let working = use_document::<Working>();
    // A link's figures come first; otherwise those the visitor left here last time.
    let (form, problems) = if query.is_empty() {
        let (form, _) = working.with_untracked(|w| read_query(&w.figures));
        (form, Vec::new())
    } else {
        read_query(&query)
    };
    let preferences = use_document::<Preferences>();
    let currency = currency_from_query(&query).unwrap_or_else(preferred_currency);
    let budget = budget_from_query(&query);
    let base = Calculator::new(form, currency);
    keep_working_figures(base.form, working);
    let chosen = RwSignal::new(currency);
    let choose = move |ev: leptos::ev::Event| {
        if let Some(currency) = Currency::from_code(&event_target_value(&ev)) {
            chosen.set(currency);
            // The same setting as on "Settings and your data": one currency across the app.
            preferences.update(|p| p.currency = Some(currency));
        }
    };

    view! {
        <div class="calculator">
            <PageHeading title=Route::Calculator.title() caption="Compare the options" lede="What each way of getting technical leadership costs over the months that matter to you. Every figure starts from a published source and can be changed." />
            <LinkProblems
                title="Part of this link could not be used"
                problems
                outcome="The calculator uses its defaults for those figures."
            />
            {prefilled_by_assessment(&query)
                .then(|| {
                    view! {
                        <p class="panel prefilled">
                            "Filled in from your self-assessment: the fractional CTO's hours and the horizon."
                        </p>
                    }
                })}
            <div class="field currency-pick">
                <label class="label" for="calc-currency">"Currency"</label>
                <select class="select" id="calc-currency" on:change=choose>
                    {Currency::ALL
                        .iter()
                        .map(|&c| {
                            view! {
                                <option value=c.code() selected=move || chosen.get() == c>
                                    {format!("{} ({})", c.name(), c.symbol())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            // Money is shown in the chosen currency; the figures themselves stay as they are.
            {move || {
                provide_context(Calculator {
                    currency: chosen.get(),
                    ..base
                });
                view! {
                    <div class="calculator__layout">
                        <inputs::Inputs />
                        <Later>
                            <results::Results budget />
                        </Later>
                    </div>
                    <Later>
                        <scenarios::ScenariosPanel />
                    </Later>
                }
            }}
        </div>
    }
}
