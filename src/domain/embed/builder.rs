//! The embed builder (`#/embed`): what a consultancy types, checked by the same code that reads
//! an embed's options, and the snippets it copies. A snippet holds only options that were
//! accepted, written in their checked form, and only those that differ from a frame's defaults.

use super::super::form::Problem;
use super::super::preferences::Currency;
use super::lead::encode_component;
use super::{EmbedOptions, Part, Scheme, read_options, refusal};

/// The builder's form as typed. Texts are kept as typed; `check` says what is accepted.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub parts: Vec<Part>,
    pub brand: String,
    pub accent: String,
    pub scheme: Scheme,
    pub header: bool,
    pub cta_label: String,
    pub cta_url: String,
    pub consent: String,
    pub events: bool,
    pub currency: Option<Currency>,
    pub full_app_url: String,
    /// Load the frame with the host page, not when it comes near the screen (host script only).
    pub eager: bool,
}

impl Default for Draft {
    /// A frame's defaults, with an example brand so the preview shows what branding does.
    fn default() -> Draft {
        Draft {
            parts: vec![Part::Assessment],
            brand: String::new(),
            accent: String::new(),
            scheme: Scheme::Light,
            header: true,
            cta_label: String::new(),
            cta_url: String::new(),
            consent: String::new(),
            events: false,
            currency: None,
            full_app_url: String::new(),
            eager: false,
        }
    }
}

/// The id of each of the builder's inputs, by option name.
pub fn field_id(option: &str) -> String {
    format!("embed-{option}")
}

impl Draft {
    /// The option pairs as typed, leaving out empty texts.
    fn typed(&self) -> Vec<(&'static str, String)> {
        let parts: Vec<&str> = self.parts.iter().map(|p| p.id()).collect();
        let mut pairs = vec![
            ("theme", self.scheme.id().to_owned()),
            ("header", if self.header { "on" } else { "off" }.to_owned()),
            ("events", self.events.to_string()),
        ];
        for (name, text) in [
            ("brand", &self.brand),
            ("accent", &self.accent),
            ("cta-label", &self.cta_label),
            ("cta-url", &self.cta_url),
            ("consent", &self.consent),
            ("full-app-url", &self.full_app_url),
        ] {
            if !text.trim().is_empty() {
                pairs.push((name, text.clone()));
            }
        }
        if let Some(currency) = self.currency {
            pairs.push(("currency", currency.code().to_owned()));
        }
        // None chosen is said once, by `check`.
        if !parts.is_empty() {
            pairs.push(("parts", parts.join(",")));
        }
        pairs
    }

    /// The options the embed would use, and a problem beside each input whose value it would
    /// refuse (that option is then left out, as the embed itself would).
    pub fn check(&self) -> (EmbedOptions, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut accepted = Vec::new();
        for (name, value) in self.typed() {
            match refusal(name, &value) {
                Some(why) => problems.push(Problem::new(field_id(name), sentence(&why))),
                None => accepted.push((name.to_owned(), value)),
            }
        }
        if self.parts.is_empty() {
            problems.push(Problem::new(
                field_id("parts"),
                "Choose at least one part to show.",
            ));
        }
        let label = !self.cta_label.trim().is_empty();
        let url = !self.cta_url.trim().is_empty();
        if label != url {
            let (missing, what) = if label {
                ("cta-url", "the address it opens")
            } else {
                ("cta-label", "the words on its button")
            };
            problems.push(Problem::new(
                field_id(missing),
                format!("A call to action needs {what} too."),
            ));
        }
        let consent = !self.consent.trim().is_empty();
        if consent && !(label && url) {
            problems.push(Problem::new(
                field_id("consent"),
                "Consent is for sending a result with the call to action: give one first.",
            ));
        }
        let (options, _) = read_options(&accepted, true);
        problems.sort_by_key(|p| FIELD_ORDER.iter().position(|o| field_id(o) == p.field));
        (options, problems)
    }
}

/// The builder's inputs in the order of the form, for the error summary.
const FIELD_ORDER: [&str; 11] = [
    "parts",
    "brand",
    "accent",
    "theme",
    "header",
    "cta-label",
    "cta-url",
    "consent",
    "events",
    "currency",
    "full-app-url",
];

/// "it is empty" as "It is empty."
fn sentence(why: &str) -> String {
    let mut chars = why.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
    format!("{}{}.", first.unwrap_or_default(), chars.as_str())
}

/// The options that differ from a frame's defaults, as (name, value) in their checked form.
/// An option that is on when present has an empty value.
pub fn pairs(options: &EmbedOptions) -> Vec<(&'static str, String)> {
    let mut pairs = Vec::new();
    if options.parts != [Part::Assessment] {
        let ids: Vec<&str> = options.parts.iter().map(|p| p.id()).collect();
        pairs.push(("parts", ids.join(",")));
    }
    let texts = [
        ("brand", options.brand.clone()),
        ("accent", options.accent.clone()),
        ("cta-label", options.cta.as_ref().map(|c| c.label.clone())),
        ("cta-url", options.cta.as_ref().map(|c| c.url.clone())),
        ("consent", options.consent.clone()),
        ("currency", options.currency.map(|c| c.code().to_owned())),
        ("locale", options.locale.clone()),
        ("namespace", options.namespace.clone()),
        ("full-app-url", options.full_app_url.clone()),
    ];
    for (name, value) in texts {
        if let Some(value) = value {
            pairs.push((name, value));
        }
    }
    if options.scheme != Scheme::Light {
        pairs.push(("theme", options.scheme.id().to_owned()));
    }
    if !options.header {
        pairs.push(("header", "off".to_owned()));
    }
    if options.events {
        pairs.push(("events", String::new()));
    }
    pairs
}

/// The framed app's address for these options: `app_url` (ending in `/`) and the query.
pub fn frame_src(app_url: &str, options: &EmbedOptions) -> String {
    let query: Vec<String> = pairs(options)
        .into_iter()
        .map(|(name, value)| match value.as_str() {
            "" => format!("{name}=true"),
            _ => format!("{name}={}", encode_component(&value)),
        })
        .collect();
    match query.is_empty() {
        true => app_url.to_owned(),
        false => format!("{app_url}?{}", query.join("&")),
    }
}

/// The script-and-div snippet: the options as `data-fcto-*` attributes.
pub fn div_snippet(app_url: &str, options: &EmbedOptions, eager: bool) -> String {
    let mut div = String::from("<div data-fcto");
    for (name, value) in pairs(options) {
        div.push_str(&format!("\n     data-fcto-{name}"));
        if !value.is_empty() {
            div.push_str(&format!("=\"{}\"", attribute(&value)));
        }
    }
    if eager {
        div.push_str("\n     data-fcto-load=\"eager\"");
    }
    format!(
        "{div}></div>\n<script src=\"{}embed.js\" async></script>",
        attribute(app_url)
    )
}

/// The plain-iframe snippet: the options in the address, loaded lazily by the browser, and the
/// host script that fits its height (the frame works without it, at its first height).
pub fn iframe_snippet(app_url: &str, options: &EmbedOptions, title: &str) -> String {
    format!(
        "<iframe data-fcto-frame loading=\"lazy\" allow=\"clipboard-write\"\n        title=\"{}\"\n        src=\"{}\"\n        style=\"display:block;width:100%;height:640px;border:0\"></iframe>\n<script src=\"{}embed.js\" async></script>",
        attribute(title),
        attribute(&frame_src(app_url, options)),
        attribute(app_url)
    )
}

/// Text inside a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::embed::query_pairs;

    const APP: &str = "https://cto.northwind.example/compass/";

    fn northwind() -> Draft {
        Draft {
            parts: vec![Part::Assessment, Part::Calculator],
            brand: "Northwind \"Tech\" & Co".into(),
            accent: "#1D4ED8".into(),
            scheme: Scheme::Auto,
            header: false,
            cta_label: "Book a call".into(),
            cta_url: "https://calendly.com/northwind/intro?x=1&y=2".into(),
            consent: "Northwind may contact you about this result.".into(),
            events: true,
            currency: Some(Currency::Gbp),
            full_app_url: String::new(),
            eager: false,
        }
    }

    #[test]
    fn the_defaults_make_the_shortest_snippet() {
        let (options, problems) = Draft::default().check();
        assert!(problems.is_empty(), "{problems:?}");
        assert!(pairs(&options).is_empty());
        assert_eq!(
            div_snippet(APP, &options, false),
            "<div data-fcto></div>\n<script src=\"https://cto.northwind.example/compass/embed.js\" async></script>"
        );
        assert_eq!(frame_src(APP, &options), APP);
    }

    #[test]
    fn what_the_snippet_says_is_what_the_embed_reads() {
        let (options, problems) = northwind().check();
        assert!(problems.is_empty(), "{problems:?}");
        // The iframe's address, read back as the framed app reads it.
        let src = frame_src(APP, &options);
        let query = src.split_once('?').unwrap().1;
        let (read, warnings) = read_options(&query_pairs(query), true);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(read, options);
        // The div's attributes, as the host script passes them on.
        let attributes: Vec<(String, String)> = pairs(&options)
            .into_iter()
            .map(|(n, v)| (n.to_owned(), v))
            .collect();
        assert_eq!(read_options(&attributes, true).0, options);
        let div = div_snippet(APP, &options, true);
        assert!(
            div.contains("data-fcto-brand=\"Northwind &quot;Tech&quot; &amp; Co\""),
            "{div}"
        );
        assert!(div.contains("\n     data-fcto-events\n"), "{div}");
        assert!(div.contains("data-fcto-header=\"off\""), "{div}");
        assert!(div.contains("data-fcto-accent=\"#1d4ed8\""), "{div}");
        assert!(div.contains("data-fcto-load=\"eager\""), "{div}");
        let iframe = iframe_snippet(APP, &options, "Northwind: self-assessment");
        assert!(
            iframe.contains(
                "cta-url=https%3A%2F%2Fcalendly.com%2Fnorthwind%2Fintro%3Fx%3D1%26y%3D2&amp;"
            ),
            "{iframe}"
        );
        assert!(iframe.contains("loading=\"lazy\""));
    }

    #[test]
    fn refused_values_are_said_beside_their_input_and_left_out() {
        let draft = Draft {
            parts: Vec::new(),
            brand: "x".repeat(61),
            accent: "red".into(),
            cta_label: "Book".into(),
            cta_url: "javascript:alert(1)".into(),
            consent: "We may call you.".into(),
            full_app_url: "ftp://x".into(),
            ..Draft::default()
        };
        let (options, problems) = draft.check();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "embed-parts",
                "embed-brand",
                "embed-accent",
                "embed-cta-url",
                "embed-full-app-url"
            ]
        );
        assert!(
            problems
                .iter()
                .any(|p| p.message == "A colour must be written #rgb or #rrggbb.")
        );
        assert_eq!(options.brand, None);
        assert_eq!(options.accent, None);
        assert_eq!(options.cta, None);
        assert_eq!(options.consent, None);
        let snippet = div_snippet(APP, &options, false);
        assert!(!snippet.contains("javascript"), "{snippet}");
    }

    #[test]
    fn half_a_call_to_action_or_consent_without_one_is_a_problem() {
        let only_label = Draft {
            cta_label: "Book".into(),
            ..Draft::default()
        };
        let (_, problems) = only_label.check();
        assert_eq!(
            problems,
            [Problem::new(
                "embed-cta-url",
                "A call to action needs the address it opens too."
            )]
        );
        let consent = Draft {
            consent: "We may call you.".into(),
            ..Draft::default()
        };
        assert_eq!(consent.check().1[0].field, "embed-consent");
    }
}
