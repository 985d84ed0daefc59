//! Labelled fields in the GOV.UK style, for the forms that save on a button: each shows its
//! error beside it, and the form's error summary links to it.

use leptos::prelude::*;

use crate::domain::form::Problem;
use crate::domain::route::Route;
use crate::ui::forms::{ErrorMessage, focus_soon};

/// A form's errors, in the order of the fields; and those found but not shown yet.
#[derive(Clone, Copy)]
pub struct FormErrors(RwSignal<Vec<Problem>>, StoredValue<Vec<Problem>>);

impl FormErrors {
    /// Also keeps the tab's title starting with "Error: " while there is an error, so it is
    /// heard first.
    pub fn new(route: &Route) -> FormErrors {
        let errors = FormErrors(RwSignal::new(Vec::new()), StoredValue::new(Vec::new()));
        let title = route.document_title();
        Effect::new(move |_| {
            let title = if errors.0.with(Vec::is_empty) {
                title.clone()
            } else {
                format!("Error: {title}")
            };
            document().set_title(&title);
        });
        errors
    }

    /// The message for one field, if it has one.
    pub fn of(&self, id: String) -> Signal<Option<String>> {
        let list = self.0;
        Signal::derive(move || {
            list.with(|errors| {
                errors
                    .iter()
                    .find(|problem| problem.field == id)
                    .map(|problem| problem.message.clone())
            })
        })
    }

    pub fn summary(&self) -> Signal<Vec<Problem>> {
        self.0.into()
    }

    /// Keeps these errors to show later (see [`FormErrors::kept`]), showing none now.
    pub fn keep_quietly(&self, errors: Vec<Problem>) {
        self.show_quietly(Vec::new());
        self.1.set_value(errors);
    }

    /// The errors last found, shown or kept.
    pub fn kept(&self) -> Vec<Problem> {
        self.1.get_value()
    }

    /// Shows these errors beside their fields without moving focus: for checks made as the
    /// visitor types. Only a real change re-renders.
    pub fn show_quietly(&self, errors: Vec<Problem>) {
        self.1.set_value(errors.clone());
        if self.0.with_untracked(|current| *current != errors) {
            self.0.set(errors);
        }
    }

    /// Shows these errors, or clears them; with errors, focus goes to the summary.
    /// Returns whether the form may go ahead.
    pub fn show(&self, errors: Vec<Problem>) -> bool {
        let ok = errors.is_empty();
        self.0.set(errors);
        if !ok {
            focus_soon("error-summary");
        }
        ok
    }
}

/// The parts every field shares: its id, label, hint and error.
pub fn described_by(
    id: &str,
    has_hint: bool,
    error: Signal<Option<String>>,
) -> impl Fn() -> Option<String> + use<> {
    let hint = has_hint.then(|| format!("{id}-hint"));
    let error_id = format!("{id}-error");
    move || {
        let ids: Vec<&str> = hint
            .iter()
            .map(String::as_str)
            .chain(error.with(Option::is_some).then_some(error_id.as_str()))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// A one-line field. `kind` is the input's type: text, email, date, search.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    value: RwSignal<String>,
    errors: FormErrors,
    #[prop(default = "text")] kind: &'static str,
    /// `input--number`, `input--wide`…
    #[prop(default = "input--wide")]
    width: &'static str,
    /// Shown before the field, such as a currency symbol.
    #[prop(optional)]
    prefix: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] maxlength: Option<usize>,
) -> impl IntoView {
    let error = errors.of(id.clone());
    let input = view! {
        <input
            class=format!("input {width}")
            id=id.clone()
            name=id.clone()
            type=kind
            inputmode=inputmode
            autocomplete=autocomplete.unwrap_or("off")
            spellcheck=(kind == "text").then_some("true")
            maxlength=maxlength
            aria-describedby=described_by(&id, hint.is_some(), error)
            aria-invalid=move || error.with(Option::is_some).then_some("true")
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))
        />
    };
    view! {
        <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
            <label class="label" for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=format!("{id}-hint")>{hint}</p> })}
            <ErrorMessage id=format!("{id}-error") message=error />
            {match prefix {
                Some(prefix) => view! {
                    <div class="input-wrapper">
                        <span class="input-prefix" aria-hidden="true">{prefix}</span>
                        {input}
                    </div>
                }
                    .into_any(),
                None => input.into_any(),
            }}
        </div>
    }
}

/// A text box for several lines.
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    value: RwSignal<String>,
    errors: FormErrors,
    #[prop(default = 5)] rows: u32,
    #[prop(optional)] maxlength: Option<usize>,
) -> impl IntoView {
    let error = errors.of(id.clone());
    view! {
        <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
            <label class="label" for=id.clone()>{label}</label>
            {hint.clone().map(|hint| view! { <p class="hint" id=format!("{id}-hint")>{hint}</p> })}
            <ErrorMessage id=format!("{id}-error") message=error />
            <textarea
                class="input textarea"
                id=id.clone()
                name=id.clone()
                rows=rows
                maxlength=maxlength
                aria-describedby=described_by(&id, hint.is_some(), error)
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
        </div>
    }
}

/// One radio and its label: a choice among a few.
#[component]
pub fn RadioChoice(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    value: &'static str,
    #[prop(into)] label: String,
    checked: Signal<bool>,
    on_choose: impl Fn() + 'static,
    /// Compact, for short labels.
    #[prop(optional)]
    small: bool,
) -> impl IntoView {
    view! {
        <div class="choice" class:choice--small=small>
            <input
                class="choice__input"
                type="radio"
                id=id.clone()
                name=name
                value=value
                prop:checked=checked
                on:change=move |_| on_choose()
            />
            <label class="choice__label" for=id>{label}</label>
        </div>
    }
}

/// Compact radios for `options` (value, label), each with the id `{name}-{value}`.
#[component]
pub fn RadioChoices(
    #[prop(into)] name: String,
    options: Vec<(&'static str, String)>,
    is_chosen: impl Fn(&'static str) -> bool + Copy + Send + Sync + 'static,
    choose: impl Fn(&'static str) + Copy + 'static,
) -> impl IntoView {
    options
        .into_iter()
        .map(|(value, label)| {
            view! {
                <RadioChoice
                    id=format!("{name}-{value}")
                    name=name.clone()
                    value
                    label
                    checked=Signal::derive(move || is_chosen(value))
                    on_choose=move || choose(value)
                    small=true
                />
            }
        })
        .collect_view()
}

/// One choice among a few, as radios in a fieldset. `selected` holds the chosen option's
/// value ("" for none); each radio's id is `{name}-{value}`, and errors link to the first.
#[component]
pub fn Radios(
    name: &'static str,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    /// (value, label)
    options: Vec<(&'static str, String)>,
    selected: RwSignal<String>,
    errors: FormErrors,
    /// Side by side (short labels such as scores), rather than one under another.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let first = format!("{name}-{}", options.first().map_or("", |o| o.0));
    let error = errors.of(first.clone());
    let fieldset_id = format!("{name}-fieldset");
    let described = described_by(&fieldset_id, hint.is_some(), error);
    view! {
        <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
            <fieldset class="fieldset" aria-describedby=described>
                <legend class="fieldset__legend label">{legend}</legend>
                {hint.map(|hint| view! { <p class="hint" id=format!("{fieldset_id}-hint")>{hint}</p> })}
                <ErrorMessage id=format!("{fieldset_id}-error") message=error />
                <div class="choices choices--compact" class:choices--inline=inline>
                    <RadioChoices
                        name
                        options
                        is_chosen=move |value| selected.with(|s| s == value)
                        choose=move |value| selected.set(value.to_owned())
                    />
                </div>
            </fieldset>
        </div>
    }
}
