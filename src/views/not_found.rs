//! The page for an address the app does not know.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::ui::links::full_app_href;
use crate::ui::page::PageHeading;

#[component]
pub fn NotFoundPage(path: String) -> impl IntoView {
    view! {
        <div class="prose">
            <PageHeading title=Route::NotFound(path.clone()).title() />
            <p>
                "There is no page at " <code>{format!("#/{path}")}</code>
                ". If you typed or pasted the address, check that it is complete."
            </p>
            <p>"You can go to:"</p>
            <ul>
                {Route::KNOWN
                    .into_iter()
                    .map(|route| {
                        let label = match &route {
                            Route::Home => "the home page",
                            other => other.title(),
                        };
                        view! {
                            <li>
                                <a href=route.href()>{label}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

/// Where an embed leaves a part out, the page for an address in that part: it opens in the
/// full app instead.
#[component]
pub fn NotHerePage(route: Route) -> impl IntoView {
    let embedding = expect_context::<crate::ui::embedding::Embedding>();
    let first = embedding.first_page();
    view! {
        <div class="prose">
            <PageHeading title=format!("{} is not part of this page", route.part().title()) />
            <p>"This website shows only part of CTO Compass."</p>
            <p>
                <a href=full_app_href(&route) target="_blank" rel="noopener">
                    {format!("Open {} in the full app", route.title())}
                    <span class="visually-hidden">" (opens in a new tab)"</span>
                </a>
            </p>
            <p>
                <a href=first.href()>{format!("Back to {}", first.title())}</a>
            </p>
        </div>
    }
}
