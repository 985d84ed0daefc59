//! The visitor's language, currency and dates, as the browser (or the host page of an embed)
//! gives them. Every view asks here, so the fallbacks are worked out in one place.

use leptos::prelude::*;

use crate::domain::locale::NumberFormat;
use crate::domain::preferences::{Currency, Preferences};
use crate::storage::use_document;
use crate::ui::embedding::Embedding;

/// The currency the browser's language suggests, used until the visitor chooses one.
pub fn guessed_currency() -> Currency {
    let embedding = use_context::<Embedding>();
    // A host page's choice comes first, then its locale, then the browser's language.
    if let Some(currency) = embedding.and_then(|e| e.with(|o| o.currency)) {
        return currency;
    }
    Currency::guess_from_language(&language())
}

/// The currency the visitor has chosen in settings, or else the guess. Read once: a page that
/// must follow a change of setting reads [`Persisted<Preferences>`] itself.
pub fn preferred_currency() -> Currency {
    let guess = guessed_currency();
    use_document::<Preferences>().with_untracked(|p| p.currency_or(guess))
}

/// How the visitor writes numbers ("1,234.5", "1.234,5", "1 234,5"): as set on "Settings and
/// your data", or else as the host page's or the browser's language writes them.
pub fn preferred_number_format() -> NumberFormat {
    let guess = NumberFormat::guess_from_language(&language());
    use_document::<Preferences>().with_untracked(|p| p.number_format_or(guess))
}

/// The language to format dates in: the host page's locale, else the browser's.
pub fn language() -> String {
    use_context::<Embedding>()
        .and_then(|e| e.with(|o| o.locale.clone()))
        .or_else(|| window().navigator().language())
        .unwrap_or_else(|| "en-GB".into())
}

/// A moment in the visitor's own language and time zone, as the browser formats it.
pub fn local_date_time(millis: i64) -> String {
    let date = js_sys::Date::new(&(millis as f64).into());
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"medium".into());
    date.to_locale_string(&language(), &options).into()
}
