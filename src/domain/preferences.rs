//! The visitor's settings.

use serde::{Deserialize, Serialize};

use super::document::{Document, Migration};
use super::locale::{NumberFormat, language_and_region};

/// The currency in which the app shows and asks for money.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Currency {
    #[default]
    #[serde(rename = "USD")]
    Usd,
    #[serde(rename = "EUR")]
    Eur,
    #[serde(rename = "GBP")]
    Gbp,
}

/// Languages whose speakers mostly pay in euros when the browser gives no region.
const EURO_LANGUAGES: &[&str] = &[
    "de", "fr", "es", "it", "nl", "pt", "fi", "el", "sk", "sl", "et", "lv", "lt", "mt", "ga", "hr",
    "lb",
];

/// Regions that pay in euros.
const EURO_REGIONS: &[&str] = &[
    "AT", "BE", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV", "LT", "LU", "MT", "NL",
    "PT", "SK", "SI", "ES",
];

impl Currency {
    pub const ALL: [Currency; 3] = [Currency::Usd, Currency::Eur, Currency::Gbp];

    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Currency::Usd => "US dollars",
            Currency::Eur => "Euros",
            Currency::Gbp => "Pounds sterling",
        }
    }

    /// Inside a sentence: "in US dollars", "in euros".
    pub fn in_sentence(self) -> &'static str {
        match self {
            Currency::Usd => "US dollars",
            Currency::Eur => "euros",
            Currency::Gbp => "pounds sterling",
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Currency::Usd => "$",
            Currency::Eur => "€",
            Currency::Gbp => "£",
        }
    }

    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code))
    }

    /// A first guess from the browser's language tag ("en-GB", "de", "fr-BE"), before the
    /// visitor has chosen. Anything unknown stays in dollars, the currency of the sources.
    pub fn guess_from_language(tag: &str) -> Currency {
        let (language, region) = language_and_region(tag);
        match region.as_deref() {
            Some("GB") | Some("UK") | Some("GG") | Some("JE") | Some("IM") => Currency::Gbp,
            Some(r) if EURO_REGIONS.contains(&r) => Currency::Eur,
            Some(_) => Currency::Usd,
            None if EURO_LANGUAGES.contains(&language.as_str()) => Currency::Eur,
            None => Currency::Usd,
        }
    }
}

/// What the visitor has set for the whole app.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preferences {
    /// `None` until the visitor chooses; the app then uses its guess from the browser.
    pub currency: Option<Currency>,
    /// How the visitor writes numbers; `None` until they choose, and then the guess from the
    /// browser. Left out of the stored text while `None`, so preferences stored before it
    /// existed read the same and are written back the same.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_format: Option<NumberFormat>,
}

impl Preferences {
    pub fn currency_or(&self, guess: Currency) -> Currency {
        self.currency.unwrap_or(guess)
    }

    pub fn number_format_or(&self, guess: NumberFormat) -> NumberFormat {
        self.number_format.unwrap_or(guess)
    }
}

impl Document for Preferences {
    const NAME: &'static str = "preferences";
    const DESCRIPTION: &'static str = "your settings";
    /// Version 2 may hold a number format. Its data reads as version 1's did (the field is
    /// optional); the new version number makes an app from before leave it where it is and
    /// ask for a reload, rather than setting aside a document it cannot read.
    const MIGRATIONS: &'static [Migration] = &[Ok];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_the_currency_from_the_browser_language() {
        let cases = [
            ("en-GB", Currency::Gbp),
            ("en-gb", Currency::Gbp),
            ("en-US", Currency::Usd),
            ("en", Currency::Usd),
            ("de", Currency::Eur),
            ("de-CH", Currency::Usd),
            ("fr-BE", Currency::Eur),
            ("en-IE", Currency::Eur),
            ("pt-BR", Currency::Usd),
            ("zh-Hant-TW", Currency::Usd),
            ("sr-Latn-RS", Currency::Usd),
            ("es-419", Currency::Usd),
            ("es", Currency::Eur),
            ("", Currency::Usd),
            ("--", Currency::Usd),
        ];
        for (tag, currency) in cases {
            assert_eq!(Currency::guess_from_language(tag), currency, "{tag}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for currency in Currency::ALL {
            assert_eq!(Currency::from_code(currency.code()), Some(currency));
            assert_eq!(
                Currency::from_code(&currency.code().to_lowercase()),
                Some(currency)
            );
        }
        assert_eq!(Currency::from_code("JPY"), None);
    }

    #[test]
    fn an_unchosen_currency_follows_the_guess() {
        let unset = Preferences::default();
        assert_eq!(unset.currency_or(Currency::Gbp), Currency::Gbp);
        let chosen = Preferences {
            currency: Some(Currency::Eur),
            ..Preferences::default()
        };
        assert_eq!(chosen.currency_or(Currency::Gbp), Currency::Eur);
    }

    #[test]
    fn an_unchosen_number_format_follows_the_guess() {
        let unset = Preferences::default();
        assert_eq!(
            unset.number_format_or(NumberFormat::Space),
            NumberFormat::Space
        );
        let chosen = Preferences {
            number_format: Some(NumberFormat::Comma),
            ..Preferences::default()
        };
        assert_eq!(
            chosen.number_format_or(NumberFormat::Space),
            NumberFormat::Comma
        );
    }

    #[test]
    fn the_number_format_is_stored_by_its_code_and_only_once_chosen() {
        let unset = Preferences {
            currency: Some(Currency::Eur),
            number_format: None,
        };
        assert_eq!(
            serde_json::to_string(&unset).unwrap(),
            r#"{"currency":"EUR"}"#
        );
        for format in NumberFormat::ALL {
            let chosen = Preferences {
                currency: None,
                number_format: Some(format),
            };
            let text = serde_json::to_string(&chosen).unwrap();
            assert_eq!(
                text,
                format!(r#"{{"currency":null,"number_format":"{}"}}"#, format.code())
            );
            assert_eq!(serde_json::from_str::<Preferences>(&text).unwrap(), chosen);
        }
        for text in [
            r#"{"currency":null,"number_format":"arabic"}"#,
            r#"{"currency":null,"number_format":"Point"}"#,
            r#"{"currency":null,"number_format":1}"#,
        ] {
            assert!(serde_json::from_str::<Preferences>(text).is_err(), "{text}");
        }
        let old: Preferences = serde_json::from_str(r#"{"currency":"GBP"}"#).unwrap();
        assert_eq!(old.number_format, None);
    }
}
