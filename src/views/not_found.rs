//! The page for an address the app does not know.

use leptos::prelude::*;

use crate::domain::route::Route;
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
