//! The top of every page.

use leptos::prelude::*;

/// The page's one `<h1>`. It takes focus after navigation (see `router`), hence `tabindex`.
#[component]
pub fn PageHeading(
    #[prop(into)] title: String,
    /// A short line above the heading naming the part of the app.
    #[prop(optional, into)]
    caption: Option<String>,
    /// The paragraph under the heading that says what the page is for.
    #[prop(optional, into)]
    lede: Option<String>,
) -> impl IntoView {
    view! {
        {caption.map(|caption| view! { <span class="caption">{caption}</span> })}
        <h1 class="page-heading" tabindex="-1">{title}</h1>
        {lede.map(|lede| view! { <p class="lede">{lede}</p> })}
    }
}
