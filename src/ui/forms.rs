//! Form pieces in the manner of the GOV.UK Design System: back link, error summary, error
//! message, and moving between pages and focus.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::form::Problem;
use crate::domain::route::Route;

/// Goes to a view, as a link would: a new history entry, then the router takes over.
pub fn go(route: &Route) {
    let _ = window().location().set_hash(&route.href());
}

/// Goes to a view in place of the current one, with no new history entry: for an address that
/// only does something, so Back does not do it again.
pub fn go_instead(route: &Route) {
    let _ = window().location().replace(&route.href());
}

/// Moves focus to the element with this id once the current render has reached the page,
/// scrolling it into view; the element needs `tabindex="-1"` unless it is a control.
pub fn focus_soon(id: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            element.scroll_into_view();
            let _ = element.focus();
        }
    });
}

/// As [`focus_soon`], for an id made at run time (a row's checkbox, say).
pub fn focus_id_soon(id: String) {
    request_animation_frame(move || {
        if let Some(element) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

/// Moves focus to the page's heading, for when what had focus has just gone.
pub fn focus_heading() {
    request_animation_frame(|| {
        if let Some(heading) = document()
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = heading.focus();
        }
    });
}

#[component]
pub fn BackLink(#[prop(into)] href: String) -> impl IntoView {
    view! {
        <a class="back-link" href=href>
            "Back"
        </a>
    }
}

/// "There is a problem", with one link per error to the field it is about. The links move
/// focus themselves: their fragment would otherwise be read as a route.
#[component]
pub fn ErrorSummary(errors: Signal<Vec<Problem>>) -> impl IntoView {
    move || {
        let errors = errors.get();
        (!errors.is_empty()).then(|| {
            view! {
                <div class="error-summary" id="error-summary" tabindex="-1">
                    <div role="alert">
                        <h2 class="error-summary__title">"There is a problem"</h2>
                        <ul class="error-summary__list">
                            {errors
                                .into_iter()
                                .map(|Problem { field, message }| {
                                    let href = format!("#{field}");
                                    let jump = move |ev: leptos::ev::MouseEvent| {
                                        ev.prevent_default();
                                        focus_field(&field);
                                    };
                                    view! {
                                        <li>
                                            <a href=href on:click=jump>
                                                {message}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </div>
                </div>
            }
        })
    }
}

/// Focuses a field and brings its question (the fieldset's legend) into view with it.
fn focus_field(id: &str) {
    let Some(field) = document().get_element_by_id(id) else {
        return;
    };
    let legend = field
        .closest("fieldset")
        .ok()
        .flatten()
        .and_then(|f| f.query_selector("legend").ok().flatten());
    if let Some(legend) = legend {
        legend.scroll_into_view();
    }
    if let Ok(field) = field.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = field.focus_with_options(&options);
    }
}

/// What could not be used from a link the visitor opened, listed, with what happens instead.
#[component]
pub fn LinkProblems(
    title: &'static str,
    problems: Vec<String>,
    /// What the page does about them.
    outcome: &'static str,
) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="region" aria-labelledby="link-problems">
                <h2 class="error-summary__title" id="link-problems">
                    {title}
                </h2>
                <ul>
                    {problems
                        .iter()
                        .map(|p| view! { <li>{crate::ui::text::capitalise(p)}"."</li> })
                        .collect_view()}
                </ul>
                <p>{outcome}</p>
            </div>
        }
    })
}

/// "Print or save as PDF": the browser's print dialog, with the page's print stylesheet.
#[component]
pub fn PrintButton() -> impl IntoView {
    view! {
        <button
            type="button"
            class="button button--secondary"
            on:click=move |_| {
                let _ = window().print();
            }
        >
            "Print or save as PDF"
        </button>
    }
}

/// The message beside a field in error; its id goes in the field's `aria-describedby`.
#[component]
pub fn ErrorMessage(#[prop(into)] id: String, message: Signal<Option<String>>) -> impl IntoView {
    move || {
        message.get().map(|message| {
            view! {
                <p class="error-message" id=id.clone()>
                    <span class="visually-hidden">"Error: "</span>
                    {message}
                </p>
            }
        })
    }
}
