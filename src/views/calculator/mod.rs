//! The cost comparison: inputs grouped per option, results that follow as the visitor types,
//! a cumulative cost chart with its table, and a link and CSV to share the numbers.

mod chart;
mod inputs;
mod results;
mod scenarios;
mod summary;

use leptos::prelude::*;

use crate::domain::calculator::bands::{Bands, bands};
use crate::domain::calculator::defaults::region;
use crate::domain::calculator::form::{
    Draft, FIELDS, FieldId, Form, prefilled_by_assessment, query_of_hash, read_query, share_query,
};
use crate::domain::calculator::model::{Comparison, compare};
use crate::domain::calculator::report::Money;
use crate::domain::calculator::scenarios::Working;
use crate::domain::locale::NumberFormat;
use crate::domain::preferences::{Currency, Preferences};
use crate::domain::route::Route;
use crate::storage::{Persisted, use_document};
use crate::ui::forms::{LinkProblems, focus_soon};
use crate::ui::later::{InTurn, Later};
use crate::ui::locale::{preferred_currency, preferred_number_format};
use crate::ui::page::PageHeading;
use crate::ui::parts::part;
use crate::ui::pause::AfterPause;

/// The calculator's state, shared by its parts.
#[derive(Clone, Copy)]
pub(crate) struct Calculator {
    /// The last numbers that were all valid: the results always show these.
    pub form: RwSignal<Form>,
    /// What is typed in each field, valid or not, and its problem.
    pub draft: RwSignal<Draft>,
    pub comparison: Memo<Comparison>,
    /// The currency the figures are in, as drawn; [`Calculator::chosen`] is the live choice.
    pub currency: Currency,
    pub chosen: RwSignal<Currency>,
    /// How numbers are typed and shown, as drawn; [`Calculator::chosen_format`] is the live
    /// choice.
    pub format: NumberFormat,
    pub chosen_format: RwSignal<NumberFormat>,
    /// Whether any field holds what it cannot use: the results are then the last good ones.
    pub stale: Memo<bool>,
    /// What the last action on the scenarios did, in words.
    pub status: RwSignal<String>,
    /// Every sourced figure at the low and the high end of its range.
    pub bands: Memo<Bands>,
}

impl Calculator {
    fn new(form: Form, currency: Currency, format: NumberFormat) -> Calculator {
        let draft = RwSignal::new(Draft::of(&form, format));
        let form = RwSignal::new(form);
        let chosen = RwSignal::new(currency);
        Calculator {
            form,
            draft,
            comparison: Memo::new(move |_| form.with(|f| compare(&f.to_inputs()))),
            currency,
            chosen,
            format,
            chosen_format: RwSignal::new(format),
            stale: Memo::new(move |_| draft.with(|d| form.with(|f| d.has_problems(f)))),
            status: RwSignal::new(String::new()),
            bands: Memo::new(move |_| form.with(|f| bands(f, chosen.get()))),
        }
    }

    /// How money is written on the page.
    pub fn money(&self) -> Money {
        Money::new(self.currency, self.format)
    }

    /// The monthly budget, if the visitor gave one.
    pub fn budget(&self) -> Option<f64> {
        self.form.with(|f| f.budget)
    }

    /// Takes what was typed in a field: a valid number updates the results, anything else
    /// shows its problem and leaves the last result on screen.
    pub fn edit(&self, id: FieldId, text: String) {
        let mut kept = None;
        let format = self.format;
        self.draft.update(|d| kept = d.edit(id, text, format));
        if let Some(value) = kept {
            self.form.update(|f| f.set(id, value));
        }
    }

    /// Takes what was typed as the budget: a budget that reads (or none) updates the results.
    pub fn edit_budget(&self, text: String) {
        let mut kept = None;
        let format = self.format;
        self.draft.update(|d| kept = d.edit_budget(text, format));
        if let Some(budget) = kept {
            self.form.update(|f| f.budget = budget);
        }
    }

    /// Puts every number back to the default of the currency in use (the budget stays: it
    /// is the visitor's own, not a default).
    pub fn reset(&self) {
        let currency = self.chosen.get_untracked();
        let budget = self.form.with_untracked(|f| f.budget);
        self.load(Form {
            currency: Some(currency),
            budget,
            ..Form::defaults(currency)
        });
    }

    /// Shows these figures in every field and the results, in their own currency if they
    /// have one.
    pub fn load(&self, form: Form) {
        let format = form.number_format.unwrap_or(self.format);
        self.draft.set(Draft::of(&form, format));
        // Set only when it changes: a new currency or format redraws the page.
        if let Some(currency) = form.currency
            && currency != self.chosen.get_untracked()
        {
            self.chosen.set(currency);
        }
        if format != self.chosen_format.get_untracked() {
            self.chosen_format.set(format);
        }
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
    let pause = AfterPause::new(std::time::Duration::from_millis(400));
    // The number format is the visitor's setting, not part of the figures: only a saved
    // scenario keeps it.
    let figures_of = |f: &Form| {
        share_query(&Form {
            number_format: None,
            ..f.clone()
        })
    };
    Effect::new(move |first: Option<()>| {
        let figures = form.with(figures_of);
        if first.is_none() {
            return;
        }
        // Once written, nothing waits for a flush (which would write these figures over a
        // later change from another tab).
        pause.restart(move || working.update(|w| w.figures = figures));
    });
    // Leaving the page, closing the tab or switching away before the pause ends still keeps
    // the last figures.
    let flush = move || {
        if pause.cancel()
            && let Some(figures) = form.try_with_untracked(figures_of)
        {
            working.update(|w| w.figures = figures);
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

/// The currency and the way numbers are written, each a drop-down.
#[component]
fn Pickers(
    choose: impl Fn(leptos::ev::Event) + 'static,
    choose_format: impl Fn(leptos::ev::Event) + 'static,
) -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    view! {
                        <div class="field currency-pick">
                            <label class="label" for="calc-currency">"Currency"</label>
                            <select class="select" id="calc-currency" on:change=choose>
                                {Currency::ALL
                                    .iter()
                                    .map(|&c| {
                                        view! {
                                            <option value=c.code() selected=c == calculator.currency>
                                                {format!("{} ({})", c.name(), c.symbol())}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </div>
                        <div class="field currency-pick">
                            <label class="label" for="calc-format">"Numbers written as"</label>
                            <select class="select" id="calc-format" on:change=choose_format>
                                {NumberFormat::ALL
                                    .iter()
                                    .map(|&f| {
                                        view! {
                                            <option value=f.code() selected=f == calculator.format>
                                                {f.example()}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </div>
    }
}

part!(calculator_lower_part, |_nothing: ()| view! {
    <results::MoreResults />
    <InTurn last=true>
        <scenarios::ScenariosPanel />
    </InTurn>
}
.into_any());

/// Fetches the blocks under the table without drawing them, for a page drawn whole at once.
#[cfg(not(debug_assertions))]
pub async fn preload_lower() {
    __preload_calculator_lower_part().await;
}

/// A debug build is one wasm: nothing to fetch.
#[cfg(debug_assertions)]
pub async fn preload_lower() {}

/// Offers, after a change of currency, the sourced defaults of that currency's country.
#[component]
fn CurrencyOffer(offer: RwSignal<Option<Currency>>) -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let load = move |currency: Currency| {
        let mut form = calculator.form.get_untracked();
        let defaults = Form::defaults(currency);
        // The sourced figures only: the horizon and the month to switch are the visitor's.
        for field in FIELDS
            .iter()
            .filter(|f| f.default_note(currency, calculator.format).is_some())
        {
            form.set(field.id, defaults.get(field.id));
        }
        form.currency = Some(currency);
        calculator.load(form);
        offer.set(None);
    };
    move || {
        // Only while the page is in that currency (a scenario opened since may have changed it).
        offer.get().filter(|c| *c == calculator.currency).map(|currency| {
            view! {
                <div class="panel currency-offer" role="region" aria-labelledby="currency-offer-title">
                    <h2 class="panel__title" id="currency-offer-title">
                        {format!("Your figures are now read as {}", currency.in_sentence())}
                    </h2>
                    <p>
                        {format!(
                            "Nothing was converted: each number stays as you had it. The defaults in {} are sourced figures from {}.",
                            currency.in_sentence(),
                            region(currency),
                        )}
                    </p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| load(currency)>
                            {format!("Use the defaults in {}", currency.in_sentence())}
                        </button>
                        <button type="button" class="button button--secondary" on:click=move |_| offer.set(None)>
                            "Keep my figures"
                        </button>
                    </div>
                </div>
            }
        })
    }
}

/// Everything under the table, and the scenarios: code of its own, fetched once the page is
/// drawn (ui::parts); until it arrives, the same placeholder as a `Later`'s, a screen high. In
/// a host's frame it is folded under one line with `children` before it, so the frame stays
/// a page tall; elsewhere `children` are drawn where they belong instead.
#[component]
fn Lower(children: Children) -> impl IntoView {
    let lower = view! {
        <Later>
            <Suspense fallback=|| view! { <div data-later=""></div> }>
                {move || Suspend::new(async move { calculator_lower_part(()).await })}
            </Suspense>
        </Later>
    };
    if !inputs::compact() {
        return lower.into_any();
    }
    view! {
        <details class="calculator__folded">
            <summary>"More: currency, the chart, switching later, what would change the answer, scenarios"</summary>
            {children()}
            {lower}
        </details>
    }
    .into_any()
}

#[component]
pub fn CalculatorPage() -> impl IntoView {
    let hash = window().location().hash().unwrap_or_default();
    let query = query_of_hash(&hash).to_owned();
    let working = use_document::<Working>();
    // A link's figures come first; otherwise those the visitor left here last time.
    let stored = working.with_untracked(|w| w.figures.clone());
    let currency = preferred_currency();
    let (form, problems) = if !query.is_empty() {
        read_query(&query)
    } else if stored.is_empty() {
        // A first visit: the sourced defaults of the visitor's own country.
        (Form::defaults(currency), Vec::new())
    } else {
        (read_query(&stored).0, Vec::new())
    };
    let preferences = use_document::<Preferences>();
    let currency = form.currency.unwrap_or(currency);
    let format = form.number_format.unwrap_or_else(preferred_number_format);
    let base = Calculator::new(form, currency, format);
    keep_working_figures(base.form, working);
    let chosen = base.chosen;
    let chosen_format = base.chosen_format;
    let choose_format = move |ev: leptos::ev::Event| {
        if let Some(format) = NumberFormat::from_code(&event_target_value(&ev)) {
            chosen_format.set(format);
            // What is in the fields is written again the new way; what was refused is kept.
            let (draft, form) = base
                .draft
                .with_untracked(|d| base.form.with_untracked(|f| d.in_format(f, format)));
            base.draft.set(draft);
            base.form.set(Form {
                number_format: None,
                ..form
            });
            preferences.update(|p| p.number_format = Some(format));
            focus_soon("calc-format");
        }
    };
    // After a change of currency, the offer to load that currency's own defaults: the figures
    // are never converted, nor replaced, without the visitor asking.
    let offer = RwSignal::new(None::<Currency>);
    let choose = move |ev: leptos::ev::Event| {
        if let Some(currency) = Currency::from_code(&event_target_value(&ev)) {
            let own = base
                .form
                .with_untracked(|f| f.values == Form::defaults(currency).values);
            offer.set((!own).then_some(currency));
            chosen.set(currency);
            base.form.update(|f| f.currency = Some(currency));
            // The same setting as on "Settings and your data": one currency across the app.
            preferences.update(|p| p.currency = Some(currency));
            // The page is drawn again in the new currency: focus stays on the choice.
            focus_soon("calc-currency");
        }
    };

    let compact = inputs::compact();
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
                            "Filled in from your self-assessment: the fractional CTO's hours, the horizon and your budget."
                        </p>
                    }
                })}
            // Money is shown in the chosen currency; the figures themselves stay as they are.
            {move || {
                let calculator = Calculator {
                    currency: chosen.get(),
                    format: chosen_format.get(),
                    ..base
                };
                provide_context(calculator);
                view! {
                    <summary::Summary />
                    <div class="calculator__settings">
                        {(!compact).then(|| view! { <Pickers choose choose_format /> })}
                        <inputs::NumberField field=FieldId::Horizon />
                        <inputs::BudgetField />
                    </div>
                    <CurrencyOffer offer />
                    <div class="calculator__layout">
                        <inputs::Inputs />
                        <results::Results />
                    </div>
                    // In a host's frame the pickers and the switch's input are folded too.
                    <Lower>
                        <Pickers choose choose_format />
                        <inputs::SwitchInputs open=true />
                        <inputs::ResetButton />
                    </Lower>
                    <summary::Announcer />
                }
            }}
        </div>
    }
}
