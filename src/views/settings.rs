//! "Settings and your data": the currency, and what the app keeps in this browser.

use leptos::prelude::*;

use crate::domain::document::{KEY_PREFIX, KeptAsideKey};
use crate::domain::preferences::{Currency, Preferences};
use crate::domain::route::Route;
use crate::domain::{APP_NAME, describe_document};
use crate::storage::{AppStorage, Persisted};
use crate::ui::download::download_text;
use crate::ui::page::PageHeading;
use crate::ui::text::capitalise;

/// The currency the browser's language suggests, used until the visitor chooses one.
pub fn guessed_currency() -> Currency {
    let embedding = use_context::<crate::embedding::Embedding>();
    // A host page's choice comes first, then its locale, then the browser's language.
    if let Some(currency) = embedding.and_then(|e| e.with(|o| o.currency)) {
        return currency;
    }
    Currency::guess_from_language(&language())
}

/// The language to format dates in: the host page's locale, else the browser's.
pub fn language() -> String {
    use_context::<crate::embedding::Embedding>()
        .and_then(|e| e.with(|o| o.locale.clone()))
        .or_else(|| window().navigator().language())
        .unwrap_or_else(|| "en-GB".into())
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <div class="settings prose">
            <PageHeading title=Route::Settings.title() />
            <CurrencySetting />
            <section aria-labelledby="move-heading">
                <h2 id="move-heading">"Move your data to another browser"</h2>
                <p>
                    "Export everything to one file and import it in the other browser, from "
                    <a href=Route::WorkspaceData.href()>"your workspace data"</a>
                    "."
                </p>
            </section>
            <KeptAsideCopies />
            <DeleteEverything />
        </div>
    }
}

#[component]
fn CurrencySetting() -> impl IntoView {
    let preferences = expect_context::<Persisted<Preferences>>();
    let guess = guessed_currency();
    let current = move || preferences.with(|p| p.currency_or(guess));
    let chosen = move || preferences.with(|p| p.currency.is_some());
    view! {
        <section aria-labelledby="currency-legend">
            <fieldset class="fieldset" aria-describedby="currency-hint">
                <legend class="fieldset__legend" id="currency-legend">
                    <h2>"Currency"</h2>
                </legend>
                <p class="hint" id="currency-hint">
                    "Used for budgets and costs across the app. Amounts are not converted: the calculator's defaults are published figures in their own currency."
                </p>
                <div class="choices">
                    {Currency::ALL
                        .into_iter()
                        .map(|currency| {
                            let id = format!("currency-{}", currency.code().to_ascii_lowercase());
                            view! {
                                <div class="choice">
                                    <input
                                        class="choice__input"
                                        type="radio"
                                        name="currency"
                                        id=id.clone()
                                        value=currency.code()
                                        prop:checked=move || current() == currency
                                        on:change=move |_| {
                                            preferences.update(|p| p.currency = Some(currency))
                                        }
                                    />
                                    <label class="choice__label" for=id>
                                        {format!("{} ({})", currency.name(), currency.symbol())}
                                    </label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
                <p class="status" role="status">
                    {move || {
                        if chosen() {
                            format!("Amounts are shown in {}.", current().name())
                        } else {
                            format!(
                                "{} is a guess from your browser's language; choose to confirm it.",
                                current().name(),
                            )
                        }
                    }}
                </p>
            </fieldset>
        </section>
    }
}

#[component]
fn KeptAsideCopies() -> impl IntoView {
    let storage = expect_context::<AppStorage>();
    view! {
        <section aria-labelledby="kept-heading">
            <h2 id="kept-heading">"Kept-aside copies"</h2>
            <p>
                "If the app finds saved data it cannot read, it does not delete it: it keeps the original text here and starts afresh."
            </p>
            {move || {
                let kept = storage.kept_aside();
                if kept.is_empty() {
                    return view! { <p class="quiet">"There are no kept-aside copies."</p> }.into_any();
                }
                view! {
                    <ul class="kept-list">
                        {kept
                            .into_iter()
                            .map(|copy| view! { <KeptAsideCopy key=copy.key chars=copy.chars /> })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
    }
}

#[component]
fn KeptAsideCopy(key: KeptAsideKey, chars: usize) -> impl IntoView {
    let storage = expect_context::<AppStorage>();
    let what = capitalise(&describe_document(&key.document));
    let when = local_date_time(key.at.timestamp_millis());
    let hidden = format!(" the copy of {what} kept on {when}");
    let download = {
        let key = key.clone();
        move |_| {
            if let Some(text) = storage.read(&key.to_key()) {
                let _ = download_text(&key.file_name(), "text/plain", &text);
            }
        }
    };
    let remove = move |_| storage.remove_kept_aside(&key);
    view! {
        <li class="kept-list__item">
            <p class="kept-list__what">{what}</p>
            <p class="kept-list__meta">
                {format!("Kept on {when} · {chars} characters")}
            </p>
            <p class="button-row">
                <button type="button" class="button button--secondary button--small" on:click=download>
                    "Download"
                    <span class="visually-hidden">{hidden.clone()}</span>
                </button>
                <button type="button" class="button button--warning button--small" on:click=remove>
                    "Delete"
                    <span class="visually-hidden">{hidden}</span>
                </button>
            </p>
        </li>
    }
}

/// A moment in the visitor's own language and time zone, as the browser formats it.
fn local_date_time(millis: i64) -> String {
    let date = js_sys::Date::new(&(millis as f64).into());
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"medium".into());
    date.to_locale_string(&language(), &options).into()
}

/// "Delete all my data", with a confirmation. Also on the workspace's data page.
#[component]
pub fn DeleteEverything() -> impl IntoView {
    let storage = expect_context::<AppStorage>();
    let (confirming, set_confirming) = signal(false);
    let (done, set_done) = signal(None::<usize>);
    let confirm = move |_| {
        // A note deleted before is gone for good too: Undo must not bring it back.
        if let Some(deleted) = use_context::<crate::views::workspace::DeletedNote>() {
            deleted.0.set(None);
        }
        let removed = storage.remove_everything();
        set_confirming.set(false);
        set_done.set(Some(removed));
    };
    view! {
        <section aria-labelledby="delete-heading">
            <h2 id="delete-heading">"Delete your data"</h2>
            <p>
                {format!("{APP_NAME} keeps everything in this browser's storage for this site, under names that start with ")}
                <code>{storage.store().map_or_else(|| KEY_PREFIX.to_owned(), |s| s.prefix())}</code>
                ". Nothing is stored anywhere else, so deleting it here deletes it for good."
            </p>
            <div role="status">
                {move || {
                    done.get()
                        .map(|removed| {
                            view! {
                                <p class="confirmation">
                                    {format!(
                                        "Deleted. {APP_NAME} no longer keeps anything in this browser ({removed} {} removed).",
                                        if removed == 1 { "item" } else { "items" },
                                    )}
                                </p>
                            }
                        })
                }}
            </div>
            {move || {
                if !confirming.get() {
                    return view! {
                        <button
                            type="button"
                            class="button button--warning"
                            on:click=move |_| {
                                set_done.set(None);
                                set_confirming.set(true);
                            }
                        >
                            "Delete all my data"
                        </button>
                    }
                        .into_any();
                }
                view! {
                    <div class="panel panel--warning" role="group" aria-labelledby="delete-confirm-title">
                        <p class="panel__title" id="delete-confirm-title">
                            "Delete everything this app keeps in this browser: your workspace, saved scenarios, self-assessment answers, settings and any kept-aside copies? This cannot be undone: export first if you may want it back."
                        </p>
                        <p class="button-row">
                            <button type="button" class="button button--warning" on:click=confirm>
                                "Yes, delete everything"
                            </button>
                            <button
                                type="button"
                                class="button button--secondary"
                                on:click=move |_| set_confirming.set(false)
                            >
                                "Cancel"
                            </button>
                        </p>
                    </div>
                }
                    .into_any()
            }}
        </section>
    }
}
