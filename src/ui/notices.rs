//! Banners that tell the user when their data is not being kept as they would expect.

use leptos::prelude::*;

use chrono::Utc;

use crate::domain::document::timestamp;
use crate::domain::route::Route;
use crate::storage::{AppStorage, Notice};
use crate::ui::download::download_text;
use crate::ui::parts::part;
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
        Notice::Unavailable => "notice-unavailable".to_owned(),
        Notice::NotSaving => "notice-not-saving".to_owned(),
        Notice::Updated => "notice-updated".to_owned(),
        Notice::BothKept { .. } => "notice-both-kept".to_owned(),
        Notice::KeptAside { kept, .. } => format!("notice-kept-{}", kept.file_name()),
        Notice::LeftInPlace { key, .. } => format!("notice-left-{key}"),
    };
    // A lost change is announced at once; the others wait to be read.
    let (role, title) = match &notice {
        Notice::Unavailable => ("region", "Your answers will not be kept".to_owned()),
        Notice::NotSaving => ("alert", "Your changes are not being saved".to_owned()),
        Notice::Updated => ("alert", "This app was updated in another tab".to_owned()),
        Notice::BothKept { .. } => ("alert", "Changed in two tabs at once".to_owned()),
        Notice::KeptAside { what, .. } => ("region", format!("We could not read {what}")),
        Notice::LeftInPlace { what, .. } => ("alert", format!("We could not read {what}")),
    };
    let dismiss = {
        let notice = notice.clone();
        move |_| storage.dismiss(&notice)
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
            <div class="notice__body">
                {match notice {
                    // Drawn with the shell: a blocked storage is known before any other notice.
                    Notice::Unavailable => view! { <NotKept /> }.into_any(),
                    // The others are rare: their words and actions arrive when first needed.
                    notice => view! { {Suspend::new(async move { notice_body_part(notice).await })} }.into_any(),
                }}
            </div>
        </section>
    }
}

part!(notice_body_part, |notice: Notice| {
    view! { <NoticeBody notice /> }.into_any()
});

/// What happened and what the visitor can do about it.
#[component]
fn NoticeBody(notice: Notice) -> impl IntoView {
    let storage = expect_context::<AppStorage>();
    // Which documents are not saved, and why: kept until each one is written.
    let not_saved = move || {
        storage
            .unsaved()
            .iter()
            .map(|u| {
                format!(
                    "{} could not be saved because {}.",
                    capitalise(u.what),
                    u.reason
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    match notice {
        // Drawn in the shell (see `StorageNotice`).
        Notice::Unavailable => ().into_any(),
        Notice::NotSaving => view! {
            <p>{not_saved}</p>
            <p>
                "The app keeps trying. Until it succeeds, these changes will be lost when you close this page: download them to keep a copy you can import later. You can also make room by deleting damaged data the app kept for you, in "
                <a href=Route::Settings.section_href(DAMAGED_DATA)>"Settings and your data"</a> "."
            </p>
            <DownloadUnsaved />
        }
        .into_any(),
        Notice::Updated => view! {
            <p>
                "Reload to keep working. A newer version of this app, open in another tab, has saved your data in a form this page cannot read. Until you reload, this page stops saving that data, so it cannot overwrite the newer version."
            </p>
            <p class="button-row">
                <button type="button" class="button" on:click=|_| _ = window().location().reload()>
                    "Reload"
                </button>
                {move || (!storage.unsaved().is_empty()).then(|| view! { <DownloadUnsaved /> })}
            </p>
        }
        .into_any(),
        Notice::BothKept { items } => view! {
            <p>
                {format!(
                    "{} changed here and in another tab at the same moment. Both versions are kept: the other one has “(other version)” after its name. Delete the one you do not want.",
                    capitalise(&items.join(", ")),
                )}
            </p>
        }
        .into_any(),
        Notice::KeptAside { what, kept, reason } => Unreadable(UnreadableProps {
            explanation: format!(
                "{} could not be read because {reason}, so the app has started again with the defaults. The original text has been kept aside in this browser, unchanged.",
                capitalise(what),
            ),
            key: kept.to_key(),
            file_name: kept.file_name(),
            button: "Download the original text",
            kept_aside: true,
        })
        .into_any(),
        Notice::LeftInPlace { what, key, reason } => Unreadable(UnreadableProps {
            explanation: format!(
                "{} could not be read because {reason}. There is no room to copy it aside, so it has been left untouched, and changes to {what} will not be saved until there is room.",
                capitalise(what),
            ),
            key,
            file_name: "cto-compass-unreadable.txt".to_owned(),
            button: "Download the unreadable text",
            kept_aside: false,
        })
        .into_any(),
    }
}

/// The changes storage does not hold, as an export file the visitor can import later.
#[component]
fn DownloadUnsaved() -> impl IntoView {
    let storage = expect_context::<AppStorage>();
    let download = move |_| {
        let name = format!(
            "cto-compass-not-saved-{}.json",
            &timestamp(Utc::now())[..10]
        );
        let _ = download_text(&name, "application/json", &storage.unsaved_file());
    };
    view! {
        <button type="button" class="button button--secondary" on:click=download>
            "Download what is not saved"
        </button>
    }
}

/// Nothing can be saved: the browser refuses (a frame says so in its footer instead).
#[component]
fn NotKept() -> impl IntoView {
    view! {
        <p>
            "This browser is not letting the app save anything (private browsing or a privacy setting can do this). Everything works, but what you enter will be gone when you close this page."
        </p>
    }
}

/// Where Settings lists the damaged data kept aside (its section's id).
const DAMAGED_DATA: &str = "damaged-data";

/// Saved text that could not be read: why, and a button to download it as it is; a copy
/// kept aside also links to where Settings lists them.
#[component]
fn Unreadable(
    explanation: String,
    /// Where the text is stored.
    key: String,
    file_name: String,
    button: &'static str,
    kept_aside: bool,
) -> impl IntoView {
    let storage = expect_context::<AppStorage>();
    let download = move |_| {
        if let Some(text) = storage.read(&key) {
            let _ = download_text(&file_name, "text/plain", &text);
        }
    };
    view! {
        <p>{explanation}</p>
        <p class="button-row">
            <button type="button" class="button button--secondary" on:click=download>
                {button}
            </button>
            {kept_aside
                .then(|| {
                    view! {
                        <a href=Route::Settings.section_href(DAMAGED_DATA)>
                            "See the damaged data kept for you"
                        </a>
                    }
                })}
        </p>
    }
}
