//! Banners that tell the user when their data is not being kept as they would expect.

use leptos::prelude::*;

use crate::domain::APP_NAME;
use crate::domain::route::Route;
use crate::storage::{AppStorage, Notice};
use crate::ui::download::download_text;
use crate::ui::links::full_app_href;
use crate::ui::text::capitalise;

/// Every current storage notice, above the page content.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let storage = expect_context::<AppStorage>();
    view! {
        <div class="wrap notices">
            // Rarely more than one, so re-rendering the list beats a keyed <For> on size.
            {move || {
                storage
                    .notices()
                    .into_iter()
                    .map(|notice| view! { <StorageNotice notice /> })
                    .collect_view()
            }}
        </div>
    }
}

#[component]
fn StorageNotice(notice: Notice) -> impl IntoView {
    let storage = expect_context::<AppStorage>();
    let heading_id = match &notice {
        Notice::Unavailable { .. } => "notice-unavailable".to_owned(),
        Notice::NotSaving { .. } => "notice-not-saving".to_owned(),
        Notice::KeptAside { kept, .. } => format!("notice-kept-{}", kept.file_name()),
        Notice::LeftInPlace { key, .. } => format!("notice-left-{key}"),
    };
    let dismiss = {
        let notice = notice.clone();
        move |_| storage.dismiss(&notice)
    };
    let (role, title, body): (&str, String, AnyView) = match notice.clone() {
        Notice::Unavailable { in_frame } => {
            // The full app at the page shown now, without the host page's options.
            let route = use_context::<ReadSignal<Route>>();
            let href = move || {
                full_app_href(&route.map_or(Route::Home, |r| r.get()))
            };
            let body = if in_frame {
                view! {
                    <p>
                        "Shown inside another website, the app cannot save anything: everything works, but it is gone when you leave this page. "
                        <a href=href target="_blank" rel="noopener">
                            {format!("Open {APP_NAME} in its own tab")}
                            <span class="visually-hidden">" (opens in a new tab)"</span>
                        </a>
                        " to work where your answers are kept (you start afresh there)."
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <p>
                        "This browser is not letting the app save anything (private browsing or a privacy setting can do this). Everything works, but what you enter will be gone when you close this page."
                    </p>
                }
                    .into_any()
            };
            ("region", "Your answers will not be kept".to_owned(), body)
        }
        Notice::NotSaving { reason } => (
            "alert",
            "Your changes are not being saved".to_owned(),
            view! {
                <p>
                    {format!(
                        "The last change could not be saved because {reason}. The app keeps working, but changes you make now will be lost when you close this page.",
                    )}
                </p>
                <p>
                    "You can make room by deleting kept-aside copies in "
                    <a href=Route::Settings.href()>"Settings and your data"</a> "."
                </p>
            }
                .into_any(),
        ),
        Notice::KeptAside { what, kept, reason } => {
            let download = move |_| {
                if let Some(text) = storage.read(&kept.to_key()) {
                    let _ = download_text(&kept.file_name(), "text/plain", &text);
                }
            };
            (
                "region",
                format!("We could not read {what}"),
                view! {
                    <p>
                        {format!(
                            "{} could not be read because {reason}, so the app has started again with the defaults. The original text has been kept aside in this browser, unchanged.",
                            capitalise(what),
                        )}
                    </p>
                    <p class="button-row">
                        <button type="button" class="button button--secondary" on:click=download>
                            "Download the original text"
                        </button>
                        <a href=Route::Settings.href()>"See kept-aside copies"</a>
                    </p>
                }
                    .into_any(),
            )
        }
        Notice::LeftInPlace { what, key, reason } => {
            let download = move |_| {
                if let Some(text) = storage.read(&key) {
                    let _ = download_text("cto-compass-unreadable.txt", "text/plain", &text);
                }
            };
            (
                "alert",
                format!("We could not read {what}"),
                view! {
                    <p>
                        {format!(
                            "{} could not be read because {reason}. There is no room to copy it aside, so it has been left untouched, and changes to {what} will not be saved until there is room.",
                            capitalise(what),
                        )}
                    </p>
                    <p class="button-row">
                        <button type="button" class="button button--secondary" on:click=download>
                            "Download the unreadable text"
                        </button>
                    </p>
                }
                    .into_any(),
            )
        }
    };
    let labelled_by = heading_id.clone();
    view! {
        <section class="notice" role=role aria-labelledby=labelled_by>
            <div class="notice__header">
                <h2 class="notice__title" id=heading_id>
                    {title}
                </h2>
                <button type="button" class="notice__dismiss" on:click=dismiss>
                    "Dismiss"
                    <span class="visually-hidden">" this message"</span>
                </button>
            </div>
            <div class="notice__body">{body}</div>
        </section>
    }
}
