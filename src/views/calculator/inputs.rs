//! The calculator's inputs: the horizon, then one group per option with its pricing mode.

use leptos::prelude::*;

use super::Calculator;
use crate::domain::calculator::form::{FIELDS, FieldId, Unit, mode_choices};
use crate::domain::options::Leadership;
use crate::ui::fields::{RadioChoices, described_by};
use crate::ui::forms::ErrorMessage;
use crate::ui::later::Later;

#[component]
pub fn Inputs() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    view! {
        <section class="calculator__inputs" aria-labelledby="inputs-title">
            <h2 id="inputs-title" tabindex="-1">"Your figures"</h2>
            <NumberField field=FieldId::Horizon />
            // The first option's figures come with the page; the others just after it.
            {Leadership::ALL
                .into_iter()
                .enumerate()
                .map(|(i, option)| {
                    if i == 0 {
                        view! { <OptionInputs option /> }.into_any()
                    } else {
                        view! {
                            <Later>
                                <OptionInputs option />
                            </Later>
                        }
                            .into_any()
                    }
                })
                .collect_view()}
            <button
                type="button"
                class="button button--secondary"
                on:click=move |_| calculator.reset()
            >
                "Reset to defaults"
            </button>
        </section>
    }
}

#[component]
fn OptionInputs(option: Leadership) -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let form = calculator.form;
    let current = move || form.with(|f| f.mode(option));
    let choose = move |id: &'static str| form.update(|f| f.choose_mode(option, id));
    let legend_id = format!("group-{}", option.slug());
    let mode_choices = mode_choices(option);
    view! {
        <fieldset class="fieldset option-inputs" data-option=option.slug()>
            <legend class="fieldset__legend" id=legend_id>
                <h3>{option.name()}</h3>
            </legend>
            {(!mode_choices.is_empty())
                .then(|| {
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
                })}
            {FIELDS
                .iter()
                .filter(|f| f.option == Some(option))
                .map(|field| {
                    let shown = move || form.with(|f| f.shows(field));
                    view! { <Show when=shown><NumberField field=field.id /></Show> }
                })
                .collect_view()}
        </fieldset>
    }
}

/// One number, with its label and unit, and its error beside it when what is typed is not
/// accepted.
#[component]
fn NumberField(field: FieldId) -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let (field_id, field) = (field, field.field());
    let id = field_id.element_id();
    let hint_id = format!("{id}-hint");
    let error = Signal::derive(move || {
        calculator
            .draft
            .with(|d| d.problem(field_id).map(|p| p.message.clone()))
    });
    let has_hint = !field.hint.is_empty() || !field.source.is_empty();
    let described = described_by(&id, has_hint, error);
    let prefix = (field.unit == Unit::Money).then_some(calculator.currency.symbol());
    let suffix = (field.unit == Unit::Percent).then_some("%");
    view! {
        <div class="form-group field" class:form-group--error=move || error.with(Option::is_some)>
            <label class="label" for=id.clone()>
                {field.label}
            </label>
            <p class="hint field__hint" id=hint_id>
                {field.hint}
                {field
                    .default_note()
                    .map(|note| view! { <span class="field__source">{note}</span> })}
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
                    prop:value=move || calculator.draft.with(|d| d.text(field_id).to_owned())
                    on:input=move |ev| calculator.edit(field_id, event_target_value(&ev))
                />
                {suffix.map(|s| view! { <span class="input-suffix" aria-hidden="true">{s}</span> })}
            </div>
        </div>
    }
}
