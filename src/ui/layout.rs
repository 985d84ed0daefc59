//! The frame around every page: skip link, header with navigation, footer.

use leptos::prelude::*;

use crate::domain::APP_NAME;
use crate::domain::route::Route;

/// Lets keyboard users jump past the navigation. A click handler rather than `href="#main"`
/// alone, because the fragment holds the route.
#[component]
pub fn SkipLink() -> impl IntoView {
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };
    view! {
        <a href="#main" class="skip-link" on:click=skip>
            "Skip to main content"
        </a>
    }
}

/// The compass mark beside the app's name.
#[component]
pub fn BrandMark() -> impl IntoView {
    view! {
        <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <circle cx="16" cy="16" r="14" fill="none" stroke="currentColor" stroke-width="2.5" />
            <path d="M16 6 L20 16 L16 26 L12 16 Z" class="brand-needle" />
            <circle cx="16" cy="16" r="2" fill="currentColor" />
        </svg>
    }
}

#[component]
pub fn SiteHeader(route: ReadSignal<Route>) -> impl IntoView {
    let nav = [
        (Route::Assessment, "Self-assessment"),
        (Route::Calculator, "Cost comparison"),
        (Route::Workspace, "Workspace"),
        (Route::Guide, "Guide"),
    ];
    view! {
        <header class="site-header">
            <div class="wrap site-header__inner">
                <a href=Route::Home.href() class="brand">
                    <BrandMark />
                    <span class="brand-name">{APP_NAME}</span>
                </a>
                <nav class="site-nav" aria-label="Main">
                    <ul>
                        {nav
                            .into_iter()
                            .map(|(target, label)| {
                                let href = target.href();
                                let current = move || (route.get().part() == target).then_some("page");
                                view! {
                                    <li>
                                        <a href=href aria-current=current>
                                            {label}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="wrap site-footer__inner">
                <p>
                    "Private by design: everything you enter stays in this browser. Nothing is sent to a server, and there is no tracking."
                </p>
                <ul class="footer-links">
                    <li>
                        <a href=Route::Settings.href()>"Settings and your data"</a>
                    </li>
                    <li>
                        <a href=Route::Guide.href()>"What is a fractional CTO?"</a>
                    </li>
                </ul>
            </div>
        </footer>
    }
}
