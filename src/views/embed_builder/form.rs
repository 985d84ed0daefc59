//! The builder's options, grouped as a consultancy thinks of them: what to show, how it looks,
//! the call to action, and the rest.

use leptos::prelude::*;

use super::Builder;
use crate::domain::embed::builder::field_id;
use crate::domain::embed::{MAX_BRAND, MAX_CONSENT, MAX_CTA_LABEL, Part, Scheme};
use crate::domain::preferences::Currency;
use crate::ui::fields::{TextArea, TextField};
use crate::ui::forms::ErrorMessage;

#[component]
pub fn Options() -> impl IntoView {
    view! {
        <div class="embed-builder__options">
            <PartsChoice />
            <Look />
            <CallToAction />
            <More />
        </div>
    }
}

/// A tick box and its label.
#[component]
fn Tick(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    ticked: Signal<bool>,
    on_tick: impl Fn(bool) + 'static,
) -> impl IntoView {
    view! {
        <div class="choice choice--small">
            <input
                class="choice__input"
                type="checkbox"
                id=id.clone()
                prop:checked=ticked
                on:change=move |ev| on_tick(event_target_checked(&ev))
            />
            <label class="choice__label" for=id>{label}</label>
        </div>
    }
}

#[component]
fn PartsChoice() -> impl IntoView {
    let builder = expect_context::<Builder>();
    let error = builder.errors.of(field_id("parts"));
    let names = [
        (
            Part::Assessment,
            "The self-assessment (ten questions and a recommendation)",
        ),
        (Part::Calculator, "The cost comparison"),
        (Part::Workspace, "The founder's workspace"),
        (Part::Guide, "The guide to fractional CTOs"),
    ];
    view! {
        <fieldset class="fieldset form-group" class:form-group--error=move || error.with(Option::is_some)>
            <legend class="fieldset__legend"><h2>"What to show"</h2></legend>
            <p class="hint">"The first one ticked opens first; with more than one, the frame shows a way between them."</p>
            <ErrorMessage id=format!("{}-error", field_id("parts")) message=error />
            {names
                .into_iter()
                .enumerate()
                .map(|(i, (part, label))| {
                    // The first box carries the group's id, so the error summary can reach it.
                    let id = if i == 0 { field_id("parts") } else { format!("{}-{}", field_id("parts"), part.id()) };
                    let ticked = Signal::derive(move || builder.parts.with(|p| p.contains(&part)));
                    let on_tick = move |on: bool| {
                        builder.parts.update(|parts| {
                            parts.retain(|p| *p != part);
                            if on {
                                parts.push(part);
                            }
                        })
                    };
                    view! { <Tick id label ticked on_tick /> }
                })
                .collect_view()}
        </fieldset>
    }
}

#[component]
fn Look() -> impl IntoView {
    let builder = expect_context::<Builder>();
    let themes = [
        (Scheme::Light, "Light (matches most pages)"),
        (Scheme::Dark, "Dark"),
        (Scheme::Auto, "As the visitor's device is set"),
    ];
    view! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend"><h2>"How it looks"</h2></legend>
            <TextField id=field_id("brand") label="Your brand's name" hint="Shown instead of CTO Compass's name, and in the call to action." value=builder.brand errors=builder.errors maxlength=MAX_BRAND />
            <TextField id=field_id("accent") label="Your brand's colour" hint="As #rgb or #rrggbb, such as #1d4ed8. Links, focus and buttons take it, in a shade that reads on each theme." value=builder.accent errors=builder.errors width="input--medium" />
            <div class="form-group">
                <label class="label" for=field_id("theme")>"Theme"</label>
                <select class="select" id=field_id("theme") on:change=move |ev| {
                    let id = event_target_value(&ev);
                    if let Some(scheme) = Scheme::ALL.into_iter().find(|s| s.id() == id) {
                        builder.scheme.set(scheme);
                    }
                }>
                    {themes
                        .into_iter()
                        .map(|(scheme, label)| view! { <option value=scheme.id() selected=move || builder.scheme.get() == scheme>{label}</option> })
                        .collect_view()}
                </select>
            </div>
            <Tick id=field_id("header") label="Show the tool's own header (its name and the way between parts)" ticked=builder.header.into() on_tick=move |on| builder.header.set(on) />
        </fieldset>
    }
}

#[component]
fn CallToAction() -> impl IntoView {
    let builder = expect_context::<Builder>();
    view! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend"><h2>"Your call to action"</h2></legend>
            <p class="hint">"Shown under the self-assessment's result."</p>
            <TextField id=field_id("cta-label") label="Its button" hint="Such as \u{201c}Book a free call\u{201d}." value=builder.cta_label errors=builder.errors maxlength=MAX_CTA_LABEL />
            <TextField id=field_id("cta-url") label="The address it opens" hint="Your booking page, such as a Calendly link." value=builder.cta_url errors=builder.errors kind="url" />
            <TextArea id=field_id("consent") label="Your consent text (optional)" hint="With it, visitors may tick \u{201c}Send my result to …\u{201d}: the link then carries their recommendation and the four fits (and fills a Calendly form's first question). Say what you will do with it." value=builder.consent errors=builder.errors rows=3 maxlength=MAX_CONSENT />
            <Tick id=field_id("events") label="Send events to my page (ready, step, result, cta, lead), for its analytics" ticked=builder.events.into() on_tick=move |on| builder.events.set(on) />
        </fieldset>
    }
}

#[component]
fn More() -> impl IntoView {
    let builder = expect_context::<Builder>();
    view! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend"><h2>"More"</h2></legend>
            <div class="form-group">
                <label class="label" for=field_id("currency")>"Currency"</label>
                <select class="select" id=field_id("currency") on:change=move |ev| builder.currency.set(Currency::from_code(&event_target_value(&ev)))>
                    <option value="" selected=move || builder.currency.get().is_none()>"The visitor's own"</option>
                    {Currency::ALL
                        .into_iter()
                        .map(|c| view! { <option value=c.code() selected=move || builder.currency.get() == Some(c)>{c.code()}</option> })
                        .collect_view()}
                </select>
            </div>
            <TextField id=field_id("full-app-url") label="Your page of the full tool (optional)" hint="Where \u{201c}Open it in its own tab\u{201d} goes: a page of yours that shows the whole tool. Without it, this site." value=builder.full_app_url errors=builder.errors kind="url" />
            <Tick id="embed-load" label="Load it with the page (otherwise it loads as visitors scroll near it, so your page stays fast)" ticked=builder.eager.into() on_tick=move |on| builder.eager.set(on) />
        </fieldset>
    }
}
