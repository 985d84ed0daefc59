//! The calculator's inputs: the horizon, then one group per option with its pricing mode.

use leptos::prelude::*;

use super::Calculator;
use crate::domain::calculator::form::{
    BUDGET_FIELD, FIELDS, FieldId, Unit, mode_choices, mode_is_main, plain,
};
use crate::domain::locale::NumberFormat;
use crate::domain::options::Leadership;
use crate::ui::embedding::Embedding;
use crate::ui::fields::{RadioChoices, described_by};
use crate::ui::forms::ErrorMessage;
use crate::ui::later::Later;

/// Whether the groups of inputs start open: on a wide screen, where the results stay in view
/// beside them; on a phone they start closed, so the results are a short scroll away.
fn groups_start_open() -> bool {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= 1024.0)
}

/// Inside a host's frame room is short: each option shows its main inputs, open, with the
/// rest folded under "More inputs".
pub fn compact() -> bool {
    use_context::<Embedding>().is_some_and(|e| e.framed)
}

#[component]
pub fn Inputs() -> impl IntoView {
    let compact = compact();
    let open = compact || groups_start_open();
    view! {
        <section class="calculator__inputs" aria-labelledby="inputs-title">
            <h2 id="inputs-title" tabindex="-1">"Your figures"</h2>
            // The first option's figures come with the page; the others just after it.
            {Leadership::ALL
                .into_iter()
                .enumerate()
                .map(|(i, option)| {
                    if i == 0 {
                        view! { <OptionInputs option open /> }.into_any()
                    } else {
                        view! {
                            <Later>
                                <OptionInputs option open />
                            </Later>
                        }
                            .into_any()
                    }
                })
                .collect_view()}
            // In a frame it is folded with what is under the table (`Lower`).
            {(!compact)
                .then(|| {
                    view! {
                        <Later>
                            <SwitchInputs open />
                        </Later>
                    }
                })}
            // In a frame, under "More" with the pickers (`Lower`).
            {(!compact).then(|| view! { <ResetButton /> })}
        </section>
    }
}

#[component]
pub fn ResetButton() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    view! {
        <button type="button" class="button button--secondary" on:click=move |_| calculator.reset()>
            "Reset to defaults"
        </button>
    }
}

/// A group of inputs that opens and closes, its summary naming it and what it costs a month.
#[component]
fn Group(
    slug: &'static str,
    name: &'static str,
    open: bool,
    /// What the group's figures come to, shown while it is closed too.
    key: Signal<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <details class="input-group" data-option=slug open=open>
            <summary class="input-group__summary">
                <span class="input-group__name">{name}</span>
                <span class="input-group__key">{move || key.get()}</span>
            </summary>
            <fieldset class="fieldset option-inputs">
                <legend class="visually-hidden">{name}</legend>
                {children()}
            </fieldset>
        </details>
    }
}

#[component]
fn OptionInputs(option: Leadership, open: bool) -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let form = calculator.form;
    let current = move || form.with(|f| f.mode(option));
    let choose = move |id: &'static str| form.update(|f| f.choose_mode(option, id));
    let mode_choices = mode_choices(option);
    let money = calculator.money();
    let key = Signal::derive(move || {
        calculator
            .comparison
            .with(|c| format!("{} a month", money.amount(c.get(option).run_rate)))
    });
    let compact = compact();
    let modes = (!mode_choices.is_empty()).then(|| {
        let name = format!("{}-mode", option.slug());
        view! {
            <div class="choices choices--inline" role="radiogroup" aria-label=format!("How {} is priced", option.in_sentence())>
                <RadioChoices
                    name
                    options=mode_choices.into_iter().map(|(id, label)| (id, label.to_owned())).collect()
                    is_chosen=move |id| current() == id
                    choose
                />
            </div>
        }
    });
    let fields = move |main: Option<bool>| {
        FIELDS
            .iter()
            .filter(|f| f.option == Some(option) && main.is_none_or(|m| f.id.is_main() == m))
            .map(|field| {
                let shown = move || form.with(|f| f.shows(field));
                view! { <Show when=shown><NumberField field=field.id /></Show> }
            })
            .collect_view()
    };
    // Everywhere but a frame, all of them in one list; in a frame, the main ones and the rest
    // folded. One drawing for both: each costs every visit to the page its code.
    let (main_modes, more_modes) = if !compact || mode_is_main(option) {
        (modes, None)
    } else {
        (None, modes)
    };
    let more = compact.then(|| {
        view! {
            <details class="more-inputs">
                <summary>"More inputs" <span class="visually-hidden">{format!(" for {}", option.in_sentence())}</span></summary>
                {more_modes}
                {fields(Some(false))}
            </details>
        }
    });
    view! {
        <Group slug=option.slug() name=option.name() open key>
            {main_modes}
            {fields(compact.then_some(true))}
            {more}
        </Group>
    }
}

/// The plan of starting with a fractional CTO and hiring a full-time one later.
#[component]
pub fn SwitchInputs(open: bool) -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let key = Signal::derive(move || {
        calculator.form.with(|f| {
            let month = f.get(FieldId::SwitchSearch);
            format!("search from month {}", plain(month))
        })
    });
    view! {
        <Group slug="switch" name="Fractional now, full-time later" open key>
            <p class="hint">"The fractional CTO starts now; the search for a full-time CTO starts in the month you choose. The full-time CTO's figures above apply, and the fractional CTO stays until the new CTO is fully productive."</p>
            <NumberField field=FieldId::SwitchSearch />
        </Group>
    }
}

/// The visitor's monthly budget, optional: compared with each option's monthly cost.
#[component]
pub fn BudgetField() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    // In the draft with the other fields: a refused budget leaves the results not updated, and
    // the draft follows a budget set from elsewhere (a scenario opened).
    let error = Signal::derive(move || {
        calculator
            .draft
            .with(|d| d.budget_problem().map(|p| p.message.clone()))
    });
    let id = BUDGET_FIELD;
    let described = described_by(id, true, error);
    let symbol_first = calculator.format == NumberFormat::Point;
    view! {
        <div class="form-group field" class:form-group--error=move || error.with(Option::is_some)>
            <label class="label" for="field-budget">"Your monthly budget"</label>
            <p class="hint field__hint" id="field-budget-hint">"Optional: each option is compared with it."</p>
            <ErrorMessage id="field-budget-error" message=error />
            <div class="input-wrapper">
                {symbol_first
                    .then(|| view! { <span class="input-prefix" aria-hidden="true">{calculator.currency.symbol()}</span> })}
                <input
                    class="input input--number"
                    id=id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby=described
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    prop:value=move || calculator.draft.with(|d| d.budget_text().to_owned())
                    on:input=move |ev| calculator.edit_budget(event_target_value(&ev))
                />
                {(!symbol_first)
                    .then(|| view! { <span class="input-suffix" aria-hidden="true">{calculator.currency.symbol()}</span> })}
            </div>
        </div>
    }
}

/// One number, with its label and unit, and its error beside it when what is typed is not
/// accepted.
#[component]
pub fn NumberField(field: FieldId) -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let (field_id, field) = (field, field.field());
    let id = field_id.element_id();
    let hint_id = format!("{id}-hint");
    let error = Signal::derive(move || {
        calculator
            .draft
            .with(|d| d.problem(field_id).map(|p| p.message.clone()))
    });
    let note = field.default_note(calculator.currency, calculator.format);
    let has_hint = !field.hint.is_empty() || note.is_some();
    let described = described_by(&id, has_hint, error);
    // The symbol where the visitor writes it: "$ 250", "250 €".
    let symbol_first = calculator.format == NumberFormat::Point;
    let money = field.unit == Unit::Money;
    let prefix = (money && symbol_first).then_some(calculator.currency.symbol());
    let suffix = match field.unit {
        Unit::Percent => Some("%"),
        Unit::Money if !symbol_first => Some(calculator.currency.symbol()),
        _ => None,
    };
    view! {
        <div class="form-group field" class:form-group--error=move || error.with(Option::is_some)>
            <label class="label" for=id.clone()>
                {field.label}
            </label>
            <p class="hint field__hint" id=hint_id>
                {field.hint}
                {note.map(|note| view! { <span class="field__source">{note}</span> })}
            </p>
            <ErrorMessage id=format!("{id}-error") message=error />
            <div class="input-wrapper">
                {prefix.map(|p| view! { <span class="input-prefix" aria-hidden="true">{p}</span> })}
                <input
                    class="input input--number"
                    id=id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby=described
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    prop:value=move || calculator.draft.with(|d| d.text(field_id).to_owned())
                    on:input=move |ev| calculator.edit(field_id, event_target_value(&ev))
                />
                {suffix.map(|s| view! { <span class="input-suffix" aria-hidden="true">{s}</span> })}
            </div>
        </div>
    }
}
