//! The page shown for a part of the app that is not built yet: its address already works.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::ui::page::PageHeading;

#[component]
pub fn ComingSoon(
    route: Route,
    /// One sentence on what this part will do.
    intro: &'static str,
    /// What the visitor will be able to do here.
    will_let_you: &'static [&'static str],
) -> impl IntoView {
    view! {
        <div class="coming-soon prose">
            <PageHeading title=route.title() caption="Coming soon" />
            <p class="lede">{intro}</p>
            <div class="panel">
                <h2 class="panel__title">"You will be able to"</h2>
                <ul>{will_let_you.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}</ul>
            </div>
            <p>
                "This part is being built. Meanwhile, "
                <a href=Route::Guide.href()>"read what a fractional CTO is and how the options compare"</a>
                ", or go back to the " <a href=Route::Home.href()>"home page"</a> "."
            </p>
        </div>
    }
}
