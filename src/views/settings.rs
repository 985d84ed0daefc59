//! "Settings and your data": the currency, and what the app keeps in this browser.

use leptos::prelude::*;

use crate::domain::describe_document;
use crate::domain::document::KeptAsideKey;
use crate::domain::locale::NumberFormat;
use crate::domain::preferences::{Currency, Preferences};
use crate::domain::route::Route;
use crate::storage::{AppStorage, use_document};
use crate::ui::delete_everything::DeleteEverything;
use crate::ui::download::download_text;
use crate::ui::fields::RadioChoice;
use crate::ui::lists::list_or_empty;
use crate::ui::locale::{guessed_currency, language, local_date_time};
use crate::ui::page::PageHeading;
use crate::ui::text::capitalise;

#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <div class="settings prose">
            <PageHeading title=Route::Settings.title() />
            <CurrencySetting />
            <NumberFormatSetting />
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
    let preferences = use_document::<Preferences>();
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
                            view! {
                                <RadioChoice
                                    id=format!("currency-{}", currency.code().to_ascii_lowercase())
                                    name="currency"
                                    value=currency.code()
                                    label=format!("{} ({})", currency.name(), currency.symbol())
                                    checked=Signal::derive(move || current() == currency)
                                    on_choose=move || preferences.update(|p| p.currency = Some(currency))
                                />
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

/// How numbers are written and read: in the calculator's fields and its amounts.
#[component]
fn NumberFormatSetting() -> impl IntoView {
    let preferences = use_document::<Preferences>();
    let guess = NumberFormat::guess_from_language(&language());
    let current = move || preferences.with(|p| p.number_format_or(guess));
    view! {
        <section aria-labelledby="format-legend">
            <fieldset class="fieldset" aria-describedby="format-hint">
                <legend class="fieldset__legend" id="format-legend">
                    <h2>"Numbers"</h2>
                </legend>
                <p class="hint" id="format-hint">
                    "How you write numbers: the calculator reads what you type this way and shows amounts the same way. At first, as your browser's language writes them."
                </p>
                <div class="choices">
                    {NumberFormat::ALL
                        .into_iter()
                        .map(|format| {
                            view! {
                                <RadioChoice
                                    id=format!("format-{}", format.code())
                                    name="number-format"
                                    value=format.code()
                                    label=format.label().to_owned()
                                    checked=Signal::derive(move || current() == format)
                                    on_choose=move || preferences.update(|p| p.number_format = Some(format))
                                />
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </section>
    }
}

#[component]
fn KeptAsideCopies() -> impl IntoView {
    let storage = expect_context::<AppStorage>();
    view! {
        <section id="damaged-data" tabindex="-1" aria-labelledby="kept-heading">
            <h2 id="kept-heading">"Damaged data we kept for you"</h2>
            <p>
                "Saved data that this browser damaged, or that a newer version of the app wrote, cannot be read here. The app never deletes it: it keeps the original text below, for you to download or delete, and starts that part afresh."
            </p>
            {move || {
                list_or_empty(
                    storage.kept_aside(),
                    "kept-list",
                    "Nothing damaged has been found.",
                    |copy| view! { <KeptAsideCopy key=copy.key chars=copy.chars /> },
                )
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
