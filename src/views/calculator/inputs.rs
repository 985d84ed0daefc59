//! The calculator's inputs: the horizon, then one group per option with its pricing mode.

use leptos::prelude::*;

use super::Calculator;
use crate::domain::assessment::answers::group_thousands;
use crate::domain::calculator::form::{
    ConsultingMode, FIELDS, Field, FractionalMode, RecruitingMode, Unit, plain,
};
use crate::domain::options::Leadership;
use crate::ui::later::Later;

#[component]
pub fn Inputs() -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    view! {
        <section class="calculator__inputs" aria-labelledby="inputs-title">
            <h2 id="inputs-title" tabindex="-1">"Your figures"</h2>
            <NumberField index=0 />
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

/// A pricing mode: its id and its label.
type ModeChoice = (&'static str, &'static str);

fn modes(option: Leadership) -> &'static [ModeChoice] {
    match option {
        Leadership::Fractional => &[
            ("hourly", "By the hour"),
            ("daily", "By the day"),
            ("retainer", "Monthly retainer"),
        ],
        Leadership::FullTime => &[
            ("percent", "Recruiting fee as a % of salary"),
            ("fixed", "Fixed search fee"),
        ],
        Leadership::Consulting => &[("days", "By the day"), ("project", "Fixed project fee")],
        Leadership::InHouse => &[],
    }
}

#[component]
fn OptionInputs(option: Leadership) -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let form = calculator.form;
    let current = move || {
        form.with(|f| match option {
            Leadership::Fractional => f.fractional.id(),
            Leadership::FullTime => f.recruiting.id(),
            Leadership::Consulting => f.consulting.id(),
            Leadership::InHouse => "",
        })
    };
    let choose = move |id: &'static str| {
        form.update(|f| match option {
            Leadership::Fractional => {
                if let Some(m) = FractionalMode::ALL.into_iter().find(|m| m.id() == id) {
                    f.fractional = m;
                }
            }
            Leadership::FullTime => {
                if let Some(m) = RecruitingMode::ALL.into_iter().find(|m| m.id() == id) {
                    f.recruiting = m;
                }
            }
            Leadership::Consulting => {
                if let Some(m) = ConsultingMode::ALL.into_iter().find(|m| m.id() == id) {
                    f.consulting = m;
                }
            }
            Leadership::InHouse => {}
        })
    };
    let legend_id = format!("group-{}", option.slug());
    let mode_choices = modes(option);
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
                            {mode_choices
                                .iter()
                                .map(|&(id, label)| {
                                    let input_id = format!("{name}-{id}");
                                    view! {
                                        <div class="choice choice--small">
                                            <input
                                                class="choice__input"
                                                type="radio"
                                                name=name.clone()
                                                id=input_id.clone()
                                                value=id
                                                prop:checked=move || current() == id
                                                on:change=move |_| choose(id)
                                            />
                                            <label class="choice__label" for=input_id>
                                                {label}
                                            </label>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </div>
                    }
                })}
            {FIELDS
                .iter()
                .enumerate()
                .filter(|(_, f)| f.option == Some(option))
                .map(|(index, field)| {
                    let shown = move || form.with(|f| f.shows(field));
                    view! { <Show when=shown><NumberField index /></Show> }
                })
                .collect_view()}
        </fieldset>
    }
}

/// "250,000", "1.5": a default as people read it.
fn readable(value: f64) -> String {
    if value.fract() == 0.0 && value >= 0.0 {
        group_thousands(value as u64)
    } else {
        plain(value)
    }
}

/// One number, with its label and unit, and its error beside it when what is typed is not
/// accepted.
#[component]
fn NumberField(index: usize) -> impl IntoView {
    let calculator = expect_context::<Calculator>();
    let field: &'static Field = &FIELDS[index];
    let id = format!("field-{}", field.id);
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let error = move || calculator.errors.with(|e| e[index].clone());
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        let has_hint = !field.hint.is_empty() || !field.source.is_empty();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let prefix = (field.unit == Unit::Money).then_some(calculator.currency.symbol());
    let suffix = (field.unit == Unit::Percent).then_some("%");
    view! {
        <div class="form-group field" class:form-group--error=move || error().is_some()>
            <label class="label" for=id.clone()>
                {field.label}
            </label>
            <p class="hint field__hint" id=hint_id.clone()>
                {field.hint}
                {(!field.source.is_empty())
                    .then(|| {
                        view! {
                            <span class="field__source">
                                {format!("Default {}: {}.", readable(field.default), field.source)}
                            </span>
                        }
                    })}
            </p>
            {move || {
                error()
                    .map(|message| {
                        view! {
                            <p class="error-message" id=error_id.clone()>
                                <span class="visually-hidden">"Error: "</span>
                                {message}
                            </p>
                        }
                    })
            }}
            <div class="input-wrapper">
                {prefix.map(|p| view! { <span class="input-prefix" aria-hidden="true">{p}</span> })}
                <input
                    class="input input--number"
                    id=id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby=described_by
                    prop:value=move || calculator.texts.with(|t| t[index].clone())
                    on:input=move |ev| calculator.edit(index, event_target_value(&ev))
                />
                {suffix.map(|s| view! { <span class="input-suffix" aria-hidden="true">{s}</span> })}
            </div>
        </div>
    }
}
