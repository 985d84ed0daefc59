//! The frame around every page: skip link, header with navigation, footer.

use leptos::prelude::*;

use crate::domain::APP_NAME;
use crate::domain::embed::Part;
use crate::domain::route::Route;
use crate::storage::AppStorage;
use crate::ui::embedding::Embedding;

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
    let embedding = expect_context::<Embedding>();
    let nav: Vec<(Route, &str)> = [
        (Route::Assessment, "Self-assessment", Part::Assessment),
        (Route::Calculator, "Cost comparison", Part::Calculator),
        (Route::Workspace, "Workspace", Part::Workspace),
        (Route::Guide, "Guide", Part::Guide),
    ]
    .into_iter()
    .filter(|(_, _, part)| embedding.shows(*part))
    .map(|(route, label, _)| (route, label))
    .collect();
    // With the header off, a frame of one part has none; of several, only the way between
    // them.
    let headless = embedding.framed && !embedding.with(|o| o.header);
    if headless && nav.len() < 2 {
        return ().into_any();
    }
    // A host's brand stands in for the app's name; the footer still says whose tool it is.
    let brand = embedding.with(|o| o.brand.clone());
    let branded = brand.is_some();
    let name = brand.unwrap_or_else(|| APP_NAME.to_owned());
    view! {
        <header class="site-header">
            <div class="wrap site-header__inner">
                {if headless {
                    ().into_any()
                } else if embedding.framed {
                    // Inside a host's page the name is a label, not a link somewhere else.
                    view! {
                        <span class="brand">
                            {(!branded).then(|| view! { <BrandMark /> })}
                            <span class="brand-name">{name}</span>
                        </span>
                    }
                        .into_any()
                } else {
                    view! {
                        <a href=Route::Home.href() class="brand">
                            <BrandMark />
                            <span class="brand-name">{name}</span>
                        </a>
                    }
                        .into_any()
                }}
                {(nav.len() > 1)
                    .then(|| {
                        view! {
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
                        }
                    })}
            </div>
        </header>
    }
    .into_any()
}

#[component]
pub fn SiteFooter(route: ReadSignal<Route>) -> impl IntoView {
    let embedding = expect_context::<Embedding>();
    if embedding.framed {
        // Inside a host's page: whose tool this is, where the answers are, and the way out to
        // the full app (the host's own page of it, where it gave one).
        let full_app = move || embedding.full_app_href(&route.get());
        let keeps = expect_context::<AppStorage>().keeps();
        return view! {
            <footer class="site-footer site-footer--embedded">
                <div class="wrap site-footer__inner">
                    {(!keeps).then(|| view! { <AnswersStayHere /> })}
                    <p>
                        {format!("{APP_NAME}: nothing you enter is sent anywhere, and there is no tracking. ")}
                        <a href=full_app target="_blank" rel="noopener">
                            "Open it in its own tab"
                            <span class="visually-hidden">" (opens in a new tab)"</span>
                        </a>
                    </p>
                </div>
            </footer>
        }
        .into_any();
    }
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
                    <li>
                        <a href=Route::EmbedBuilder.href()>"Put it on your website"</a>
                    </li>
                </ul>
            </div>
        </footer>
    }
    .into_any()
}

/// A frame on another site keeps nothing: one quiet line says so, and opens to say why.
#[component]
fn AnswersStayHere() -> impl IntoView {
    view! {
        <details class="answers-note">
            <summary>"Answers stay in this page only"</summary>
            <p>
                "This tool is shown inside another website's page, where your browser does not let it keep anything. What you enter works as usual and is never sent anywhere, but it is gone when you leave or reload the page. Opened in its own tab, it keeps your answers in this browser (you start afresh there)."
            </p>
        </details>
    }
}
