//! Embedding in a consultancy's website: the options a host page gives (as `data-fcto-*`
//! attributes or as the query of the app's address), their validation, the colours an accent
//! gives, and the messages the framed app posts to the host page.
//!
//! Every value is checked against a strict shape before it is used, and none is ever put into
//! the page as HTML or CSS text: a colour is only ever one of `#rgb` / `#rrggbb`, a link only
//! `http:` or `https:`. A bad value is refused with a warning and its default used; an unknown
//! option is ignored with a warning.

use super::assessment::questions::QUESTIONS;
use super::assessment::scoring::Outcome;
use super::options::Leadership;
use super::preferences::Currency;
use super::route::Route;
use super::text::without_bidi_controls;

pub mod builder;
pub mod lead;

/// A part of the app a host page can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Assessment,
    Calculator,
    Workspace,
    Guide,
}

impl Part {
    pub const ALL: [Part; 4] = [
        Part::Assessment,
        Part::Calculator,
        Part::Workspace,
        Part::Guide,
    ];

    pub fn id(self) -> &'static str {
        match self {
            // The public option value stays "wizard": hosts already use it.
            Part::Assessment => "wizard",
            Part::Calculator => "calculator",
            Part::Workspace => "workspace",
            Part::Guide => "guide",
        }
    }

    fn from_id(id: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.id() == id)
    }
}

/// The longest brand name and call-to-action label, in characters.
pub const MAX_BRAND: usize = 60;
pub const MAX_CTA_LABEL: usize = 40;
pub const MAX_URL: usize = 2_000;
pub const MAX_NAMESPACE: usize = 32;
/// The embedder's consent text beside "Send my result to …": a sentence or two.
pub const MAX_CONSENT: usize = 300;

/// The colours the framed app uses: the host's choice, since the frame sits in its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
    /// The visitor's own setting, as the full app does.
    Auto,
}

impl Scheme {
    pub const ALL: [Scheme; 3] = [Scheme::Light, Scheme::Dark, Scheme::Auto];

    pub fn id(self) -> &'static str {
        match self {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
            Scheme::Auto => "auto",
        }
    }

    fn from_id(id: &str) -> Option<Scheme> {
        let id = id.trim().to_ascii_lowercase();
        Scheme::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// A link the host page wants on the result page, such as "Book a call".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallToAction {
    pub label: String,
    /// Always `http:` or `https:`.
    pub url: String,
}

/// The options of one embed, each already checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The parts to show, in the host's order; never empty.
    pub parts: Vec<Part>,
    pub brand: Option<String>,
    /// `#rrggbb`, lower case.
    pub accent: Option<String>,
    pub cta: Option<CallToAction>,
    pub currency: Option<Currency>,
    /// A BCP 47 language tag such as `en-GB`.
    pub locale: Option<String>,
    /// Whether the host page wants events (ready, step, result, height).
    pub events: bool,
    /// The only origin events may be posted to, such as `https://consultancy.example`.
    pub host_origin: Option<String>,
    /// Keeps this embed's saved data apart from others' on the same site.
    pub namespace: Option<String>,
    /// Light by default in a frame, to match most host pages.
    pub scheme: Scheme,
    /// Whether the app's own header (its name and navigation) is shown.
    pub header: bool,
    /// The embedder's words beside "Send my result to …": without them no result is offered
    /// to send, and the call to action is a plain link.
    pub consent: Option<String>,
    /// Where "open in its own tab" goes: the consultancy's own page of the full app.
    pub full_app_url: Option<String>,
}

impl EmbedOptions {
    /// The options when a page gives none: the whole app as it is.
    pub fn standalone() -> EmbedOptions {
        EmbedOptions {
            parts: Part::ALL.to_vec(),
            brand: None,
            accent: None,
            cta: None,
            currency: None,
            locale: None,
            events: false,
            host_origin: None,
            namespace: None,
            scheme: Scheme::Auto,
            header: true,
            consent: None,
            full_app_url: None,
        }
    }

    pub fn shows(&self, part: Part) -> bool {
        self.parts.contains(&part)
    }
}

/// The names of the options, as `data-fcto-*` attributes and query parameters.
pub const OPTION_NAMES: [&str; 14] = [
    "parts",
    "brand",
    "accent",
    "cta-label",
    "cta-url",
    "currency",
    "locale",
    "events",
    "host-origin",
    "namespace",
    "theme",
    "header",
    "consent",
    "full-app-url",
];

/// Reads options given as (name, value) pairs. `framed` says whether the app is inside
/// another page: a framed app shows only the self-assessment unless `parts` says otherwise.
/// Returns the options and one warning for each thing that was not used.
pub fn read_options(pairs: &[(String, String)], framed: bool) -> (EmbedOptions, Vec<String>) {
    let mut options = EmbedOptions::standalone();
    if framed {
        options.parts = vec![Part::Assessment];
        options.scheme = Scheme::Light;
    }
    let mut warnings = Vec::new();
    let mut cta = (None, None);
    let mut unknown: Vec<String> = Vec::new();
    for (name, value) in pairs {
        match use_option(name, value, &mut options, &mut cta, &mut warnings) {
            Some(Err(why)) => warnings.push(format!(
                "the option {name} was refused ({why}); its default is used"
            )),
            Some(Ok(())) => {}
            None => {
                if !unknown.contains(name) {
                    unknown.push(name.chars().take(40).collect());
                }
            }
        }
    }
    let (cta_label, cta_url) = cta;
    if !unknown.is_empty() {
        warnings.push(format!(
            "unknown options were ignored: {} (the options are {})",
            unknown.join(", "),
            OPTION_NAMES.join(", ")
        ));
    }
    match (cta_label, cta_url) {
        (Some(label), Some(url)) => options.cta = Some(CallToAction { label, url }),
        (None, None) => {}
        _ => warnings
            .push("a call to action needs both cta-label and cta-url; none is shown".to_owned()),
    }
    if options.consent.is_some() && options.cta.is_none() {
        warnings.push("consent is for sending a result with the call to action, and there is none; it is not used".to_owned());
        options.consent = None;
    }
    (options, warnings)
}

/// Reads one option into `options` (the call to action's two halves into `cta`): `None` for a
/// name that is not an option, else whether its value was used or why it was refused.
fn use_option(
    name: &str,
    value: &str,
    options: &mut EmbedOptions,
    cta: &mut (Option<String>, Option<String>),
    warnings: &mut Vec<String>,
) -> Option<Result<(), String>> {
    let result = match name {
        "parts" => parse_parts(value).map(|p| options.parts = p),
        "brand" => text(value, MAX_BRAND, name, warnings).map(|t| options.brand = Some(t)),
        "accent" => parse_colour(value)
            .map(|c| options.accent = Some(c))
            .ok_or_else(|| "a colour must be written #rgb or #rrggbb".to_owned()),
        "cta-label" => text(value, MAX_CTA_LABEL, name, warnings).map(|t| cta.0 = Some(t)),
        "cta-url" => parse_web_url(value).map(|u| cta.1 = Some(u)),
        "currency" => Currency::from_code(value)
            .map(|c| options.currency = Some(c))
            .ok_or_else(|| "the currency must be USD, EUR or GBP".to_owned()),
        "locale" => parse_locale(value)
            .map(|l| options.locale = Some(l))
            .ok_or_else(|| "a locale is a language tag such as en-GB".to_owned()),
        "events" => parse_flag(value)
            .map(|on| options.events = on)
            .ok_or_else(|| "it is on when present, or \"false\"".to_owned()),
        "host-origin" => parse_origin(value)
            .map(|o| options.host_origin = Some(o))
            .ok_or_else(|| "an origin is a scheme and host such as https://example.com".to_owned()),
        "namespace" => parse_namespace(value)
            .map(|n| options.namespace = Some(n))
            .ok_or_else(|| format!("up to {MAX_NAMESPACE} lower-case letters, digits and hyphens")),
        "theme" => Scheme::from_id(value)
            .map(|s| options.scheme = s)
            .ok_or_else(|| "the theme is light, dark or auto".to_owned()),
        "header" => parse_on_off(value)
            .map(|on| options.header = on)
            .ok_or_else(|| "the header is on or off".to_owned()),
        "consent" => text(value, MAX_CONSENT, name, warnings).map(|t| options.consent = Some(t)),
        "full-app-url" => parse_web_url(value).map(|u| options.full_app_url = Some(u)),
        _ => return None,
    };
    Some(result)
}

/// Why one option's value would be refused, if it would: the same check as [`read_options`],
/// for a form that builds options (the embed builder).
pub fn refusal(name: &str, value: &str) -> Option<String> {
    let mut options = EmbedOptions::standalone();
    let mut warnings = Vec::new();
    match use_option(name, value, &mut options, &mut (None, None), &mut warnings) {
        Some(Err(why)) => Some(why),
        Some(Ok(())) => None,
        None => Some(format!("{name} is not an option")),
    }
}

fn parse_parts(value: &str) -> Result<Vec<Part>, String> {
    let mut parts = Vec::new();
    for id in value
        .split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let part = Part::from_id(id).ok_or_else(|| {
            format!(
                "“{}” is not a part: the parts are wizard, calculator, workspace and guide",
                id.chars().take(30).collect::<String>()
            )
        })?;
        if !parts.contains(&part) {
            parts.push(part);
        }
    }
    if parts.is_empty() {
        return Err("it names no part".into());
    }
    Ok(parts)
}

/// Plain text: trimmed, not empty, not too long, no control characters. Characters that force
/// the direction of text are taken out, with a warning: the text is still the host's, and an
/// override would make it read otherwise ("invoice\u{202E}fdp.exe" as "invoiceexe.pdf").
fn text(value: &str, max: usize, name: &str, warnings: &mut Vec<String>) -> Result<String, String> {
    let cleaned = without_bidi_controls(value);
    if cleaned.len() != value.len() {
        warnings.push(format!(
            "the option {name} held hidden direction controls; they were taken out"
        ));
    }
    let value = cleaned.trim();
    if value.is_empty() {
        return Err("it is empty".into());
    }
    if value.chars().count() > max {
        return Err(format!("it is longer than {max} characters"));
    }
    if value.chars().any(char::is_control) {
        return Err("it holds control characters".into());
    }
    Ok(value.to_owned())
}

/// `#abc` or `#aabbcc` (any case), as `#aabbcc`. Nothing else: no names, no functions, no
/// `;` or `}` that could end a declaration.
pub fn parse_colour(value: &str) -> Option<String> {
    let hex = value.trim().strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let hex = hex.to_ascii_lowercase();
    match hex.len() {
        3 => Some(format!(
            "#{}",
            hex.chars().flat_map(|c| [c, c]).collect::<String>()
        )),
        6 => Some(format!("#{hex}")),
        _ => None,
    }
}

/// An absolute `http:` or `https:` address with a host (a name, an IPv4 or a bracketed IPv6
/// address, perhaps a port; no user name, which can dress one site up as another), and
/// nothing that could break out of an attribute or start a script. The scheme comes back in
/// lower case.
pub fn parse_web_url(value: &str) -> Result<String, String> {
    let value = value.trim();
    if value.len() > MAX_URL {
        return Err(format!("it is longer than {MAX_URL} characters"));
    }
    let (scheme, rest) = value
        .split_once("://")
        .map(|(scheme, rest)| (scheme.to_ascii_lowercase(), rest))
        .filter(|(scheme, _)| scheme == "https" || scheme == "http")
        .ok_or("only http and https addresses are allowed")?;
    if value.chars().any(|c| {
        c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')
    }) {
        return Err("the address holds characters an address cannot".into());
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        return Err("the address names a user, which a link to a website never needs".into());
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) if !host.contains('[') || host.ends_with(']') => (host, Some(port)),
        _ => (authority, None),
    };
    let host_ok = if let Some(ipv6) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        !ipv6.is_empty()
            && ipv6
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || matches!(b, b':' | b'.'))
    } else {
        !host.is_empty()
            && host.len() <= 253
            && !host.starts_with(['.', '-'])
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.'))
    };
    if !host_ok {
        return Err("the address has no host".into());
    }
    if port.is_some_and(|p| p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit())) {
        return Err("the address has a port that is not a number".into());
    }
    Ok(format!("{scheme}://{rest}"))
}

/// `https://example.com` or `http://localhost:8080`: a scheme, a host and perhaps a port, with
/// nothing after them (a trailing slash is dropped).
pub fn parse_origin(value: &str) -> Option<String> {
    let value = value.trim().trim_end_matches('/');
    let (scheme, rest) = value.split_once("://")?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) if !host.contains(']') || host.ends_with(']') => (host, Some(port)),
        _ => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'[' | b']' | b':'));
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    (host_ok && port_ok).then(|| value.to_ascii_lowercase())
}

/// A language tag: `en`, `en-GB`, `pt-BR`, `zh-Hant-TW`.
pub fn parse_locale(value: &str) -> Option<String> {
    let value = value.trim();
    let mut subtags = value.split(['-', '_']);
    let language = subtags.next()?;
    let language_ok =
        (2..=3).contains(&language.len()) && language.bytes().all(|b| b.is_ascii_alphabetic());
    let rest_ok =
        subtags.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
    (language_ok && rest_ok && value.len() <= 35).then(|| value.replace('_', "-"))
}

/// A boolean attribute: on when present (empty) or "true", off when "false".
fn parse_flag(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "true" | "events" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// "on" or "off" (also "true" and "false"): for options that are on by default.
fn parse_on_off(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "on" | "true" => Some(true),
        "off" | "false" => Some(false),
        _ => None,
    }
}

fn parse_namespace(value: &str) -> Option<String> {
    let value = value.trim();
    let ok = (1..=MAX_NAMESPACE).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    ok.then(|| value.to_owned())
}

/// Splits a URL query (`a=1&b=two%20words`) into decoded pairs. Invalid escapes are kept as
/// they are; `+` is a space, as forms send it.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_component(name), decode_component(value))
        })
        .collect()
}

fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The colours an accent gives the app: the accent itself for the header and buttons, the
/// text that reads on it, and a darker shade for borders and pressed states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub brand: String,
    pub brand_strong: String,
    pub on_brand: String,
    /// For links on white: the accent where it is dark enough to read, else a darker shade.
    pub link: String,
    /// For links, focus and text on the dark theme's surfaces: the accent where it is light
    /// enough to read there, else a lighter tint.
    pub link_dark: String,
}

/// The lightest of the dark theme's surfaces (`--surface-raised` in style/tokens.css): a
/// colour that reads on it reads on all of them.
pub const DARK_SURFACE: &str = "#1b2625";

fn rgb(hex: &str) -> [f64; 3] {
    let channel =
        |i: usize| f64::from(u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap_or(0));
    [channel(0), channel(1), channel(2)]
}

fn to_hex(rgb: [f64; 3]) -> String {
    format!(
        "#{:02x}{:02x}{:02x}",
        rgb[0].round().clamp(0.0, 255.0) as u8,
        rgb[1].round().clamp(0.0, 255.0) as u8,
        rgb[2].round().clamp(0.0, 255.0) as u8
    )
}

/// WCAG relative luminance.
fn luminance(rgb: [f64; 3]) -> f64 {
    let linear = |c: f64| {
        let c = c / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

/// WCAG contrast ratio between two colours.
pub fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(rgb(a)), luminance(rgb(b)));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

fn darken(rgb: [f64; 3], factor: f64) -> [f64; 3] {
    rgb.map(|c| c * factor)
}

/// The theme for an accent given as `#rrggbb` (see [`parse_colour`]).
pub fn theme(accent: &str) -> Theme {
    let base = rgb(accent);
    // Black or white, whichever reads better: one of them always reaches 4.5:1.
    let on_brand = if contrast(accent, "#ffffff") >= contrast(accent, "#000000") {
        "#ffffff"
    } else {
        "#000000"
    };
    let mut link = base;
    while contrast(&to_hex(link), "#ffffff") < 4.5 {
        link = darken(link, 0.9);
    }
    // Towards white a tenth of the way each time: pure white reads on the dark surfaces.
    let mut link_dark = base;
    while contrast(&to_hex(link_dark), DARK_SURFACE) < 4.5 {
        link_dark = link_dark.map(|c| c + (255.0 - c) * 0.1);
    }
    Theme {
        brand: accent.to_owned(),
        // Used for text on light backgrounds too, so darker than a readable link.
        brand_strong: to_hex(darken(link, 0.8)),
        on_brand: on_brand.to_owned(),
        link: to_hex(link),
        link_dark: to_hex(link_dark),
    }
}

/// What the framed app tells the page around it. `Resize` and `Page` are for the host script
/// (so the frame fits its content, and its top comes into view when the page inside changes)
/// and are always sent; the others are events for the host page's own use, sent only when it
/// asked for them. None carries anything the visitor typed.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Resize {
        height: u32,
    },
    /// Another page was opened inside the frame.
    Page,
    Ready {
        parts: Vec<Part>,
    },
    Step {
        page: String,
    },
    Result {
        outcome: Outcome,
    },
    Height {
        height: u32,
    },
    /// The call to action was followed; `lead` says whether the result went with it.
    Cta {
        lead: bool,
    },
    /// The visitor chose to send their result with the call to action: the result, the words
    /// they agreed to and when (RFC 3339, UTC).
    Lead {
        outcome: Outcome,
        consent: String,
        at: String,
    },
}

/// Every message says it is from the app.
pub const MESSAGE_SOURCE: &str = "cto-compass";

impl Message {
    /// The message as JSON text. Written out by hand: the shell sends messages, and serde_json's
    /// maps would add kilobytes to every route.
    pub fn to_json(&self) -> String {
        let head = |kind: &str| format!(r#"{{"source":{},"type":"{kind}""#, string(MESSAGE_SOURCE));
        let event = |name: &str| format!(r#"{},"event":"{name}""#, head("event"));
        let body = match self {
            Message::Resize { height } => format!(r#"{},"height":{height}"#, head("resize")),
            Message::Ready { parts } => {
                let ids: Vec<String> = parts.iter().map(|p| string(p.id())).collect();
                format!(r#"{},"parts":[{}]"#, event("ready"), ids.join(","))
            }
            Message::Step { page } => format!(r#"{},"page":{}"#, event("step"), string(page)),
            Message::Page => head("page"),
            Message::Result { outcome } => format!("{}{}", event("result"), result(outcome)),
            Message::Height { height } => format!(r#"{},"height":{height}"#, event("height")),
            Message::Cta { lead } => format!(r#"{},"lead":{lead}"#, event("cta")),
            Message::Lead {
                outcome,
                consent,
                at,
            } => format!(
                r#"{}{},"consent":{},"consented_at":{}"#,
                event("lead"),
                result(outcome),
                string(consent),
                string(at)
            ),
        };
        body + "}"
    }
}

/// `,"recommended":…,"scores":{…}`: the recommended option and the four fits, nothing else.
fn result(outcome: &Outcome) -> String {
    let scores: Vec<String> = Leadership::ALL
        .iter()
        .map(|o| format!("{}:{}", string(o.slug()), outcome.score(*o)))
        .collect();
    format!(
        r#","recommended":{},"scores":{{{}}}"#,
        string(outcome.best().slug()),
        scores.join(",")
    )
}

/// A JSON string. A message's strings are the app's own words, quoted properly all the same.
fn string(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if u32::from(c) < 0x20 => quoted.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// The page a step event names: the kind of page, never what identifies a record or what a
/// link carries (a shared result's answers, a note's id, a mistyped address).
pub fn step_name(route: &Route) -> String {
    let name = match route {
        Route::Question { index, .. } => {
            return format!(
                "assessment/q/{}",
                QUESTIONS.get(*index).map_or("", |q| q.id)
            );
        }
        Route::Home => "home",
        Route::Assessment => "assessment",
        Route::CheckAnswers => "assessment/check",
        Route::AssessmentResult => "assessment/result",
        Route::SharedResult(_) => "assessment/shared",
        Route::HowScored => "assessment/how-scored",
        Route::ResultHistory => "assessment/history",
        Route::DecisionMemo => "assessment/memo",
        // Never the other person's link.
        Route::Compare(_) => "assessment/compare",
        Route::Calculator => "calculator",
        Route::Workspace => "workspace",
        Route::WorkspaceStep(_) => "workspace/step",
        Route::WorkspacePlan(_) => "workspace/plan",
        Route::Notes => "workspace/notes",
        Route::Note(_) => "workspace/note",
        Route::Candidates => "workspace/candidates",
        Route::Candidate(_) => "workspace/candidate",
        Route::Terms => "workspace/terms",
        Route::Spend => "workspace/spend",
        Route::Onboarding => "workspace/onboarding",
        Route::WorkspaceSummary => "workspace/summary",
        Route::Kpis => "workspace/kpis",
        Route::Kpi(_) => "workspace/kpi",
        Route::CheckIn(_) => "workspace/check-in",
        Route::WorkspaceData => "workspace/data",
        Route::Guide => "guide",
        Route::Settings => "settings",
        Route::EmbedBuilder => "embed",
        Route::NotFound(_) => "not-found",
    };
    name.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn good_options_are_used() {
        let (options, warnings) = read_options(
            &pairs(&[
                ("parts", "wizard, calculator"),
                ("brand", "  Acme Tech Advisory "),
                ("accent", "#C0F"),
                ("cta-label", "Book a call"),
                ("cta-url", "https://acme.example/book?src=cto"),
                ("currency", "eur"),
                ("locale", "de_DE"),
                ("events", ""),
                ("host-origin", "https://acme.example/"),
                ("namespace", "acme-2"),
            ]),
            true,
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(options.parts, [Part::Assessment, Part::Calculator]);
        assert_eq!(options.brand.as_deref(), Some("Acme Tech Advisory"));
        assert_eq!(options.accent.as_deref(), Some("#cc00ff"));
        assert_eq!(
            options.cta,
            Some(CallToAction {
                label: "Book a call".into(),
                url: "https://acme.example/book?src=cto".into()
            })
        );
        assert_eq!(options.currency, Some(Currency::Eur));
        assert_eq!(options.locale.as_deref(), Some("de-DE"));
        assert!(options.events);
        assert_eq!(options.host_origin.as_deref(), Some("https://acme.example"));
        assert_eq!(options.namespace.as_deref(), Some("acme-2"));
    }

    #[test]
    fn theme_header_consent_and_full_app_address_are_read() {
        let (options, warnings) = read_options(
            &pairs(&[
                ("theme", " Dark"),
                ("header", "off"),
                ("cta-label", "Book a call"),
                ("cta-url", "https://acme.example/book"),
                ("consent", " Acme may contact you about your result. "),
                ("full-app-url", "https://acme.example/compass/"),
            ]),
            true,
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(options.scheme, Scheme::Dark);
        assert!(!options.header);
        assert_eq!(
            options.consent.as_deref(),
            Some("Acme may contact you about your result.")
        );
        assert_eq!(
            options.full_app_url.as_deref(),
            Some("https://acme.example/compass/")
        );
        // A frame is light unless its host says otherwise; the full app follows the visitor.
        assert_eq!(read_options(&[], true).0.scheme, Scheme::Light);
        assert_eq!(read_options(&[], false).0.scheme, Scheme::Auto);
        for (name, value) in [
            ("theme", "purple"),
            ("header", "maybe"),
            ("full-app-url", "javascript:alert(1)"),
            ("consent", ""),
        ] {
            let (options, warnings) = read_options(&pairs(&[(name, value)]), true);
            assert_eq!(options.scheme, Scheme::Light);
            assert!(options.header && options.full_app_url.is_none() && options.consent.is_none());
            assert_eq!(warnings.len(), 1, "{name}: {warnings:?}");
            assert!(warnings[0].starts_with(&format!("the option {name} was refused")));
        }
        // Consent without a call to action has nothing to go with.
        let (options, warnings) = read_options(&pairs(&[("consent", "We may call.")]), true);
        assert_eq!(options.consent, None);
        assert!(warnings[0].contains("there is none"), "{warnings:?}");
    }

    #[test]
    fn the_lead_and_the_click_say_only_the_result_and_the_consent() {
        let shared = crate::domain::assessment::read_share_query(
            "v=1&stage=early&industry=technology&leadership=nobody&team=1-3&budget=6000&challenges=expertise,roadmap&time=days-1-2&horizon=year&need=leadership&ownership=nice",
        );
        let outcome = crate::domain::assessment::scoring::score(&shared.answers);
        let lead: serde_json::Value = serde_json::from_str(
            &Message::Lead {
                outcome: outcome.clone(),
                consent: "Acme may \"call\" you.".into(),
                at: "2026-12-03T10:00:00Z".into(),
            }
            .to_json(),
        )
        .unwrap();
        let mut keys: Vec<&str> = lead
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "consent",
                "consented_at",
                "event",
                "recommended",
                "scores",
                "source",
                "type"
            ]
        );
        assert_eq!(lead["consent"], "Acme may \"call\" you.");
        assert_eq!(lead["recommended"], "fractional");
        assert_eq!(lead["scores"].as_object().unwrap().len(), 4);
        let cta: serde_json::Value =
            serde_json::from_str(&Message::Cta { lead: false }.to_json()).unwrap();
        assert_eq!(
            cta,
            serde_json::json!({"source": "cto-compass", "type": "event", "event": "cta", "lead": false})
        );
        let page: serde_json::Value = serde_json::from_str(&Message::Page.to_json()).unwrap();
        assert_eq!(
            page,
            serde_json::json!({"source": "cto-compass", "type": "page"})
        );
    }

    #[test]
    fn without_options_a_framed_app_shows_the_self_assessment_and_a_page_the_whole_app() {
        assert_eq!(read_options(&[], true).0.parts, [Part::Assessment]);
        assert_eq!(read_options(&[], false).0, EmbedOptions::standalone());
    }

    #[test]
    fn hostile_and_bad_values_are_refused_with_a_warning_and_the_default_kept() {
        let cases: &[(&str, &str)] = &[
            ("accent", "red"),
            ("accent", "#fff;background:url(https://evil.example/x)"),
            ("accent", "#12345"),
            ("accent", "expression(alert(1))"),
            ("accent", "#ff0000}body{display:none"),
            ("cta-url", "javascript:alert(1)"),
            ("cta-url", "JaVaScRiPt:alert(1)"),
            ("cta-url", "data:text/html,<script>alert(1)</script>"),
            ("cta-url", "//evil.example"),
            ("cta-url", "https://"),
            ("cta-url", "https://ok.example/\"><script>"),
            ("cta-url", "https://bank.example@evil.example/"),
            ("cta-url", "https://(evil)/"),
            ("cta-url", "https://ok.example:port/"),
            ("brand", &"x".repeat(61)),
            ("brand", "   "),
            ("brand", "Acme\u{0}"),
            ("cta-label", &"Book ".repeat(10)),
            ("parts", "wizard,admin"),
            ("parts", ""),
            ("currency", "JPY"),
            ("locale", "en-GB;drop"),
            ("events", "maybe"),
            ("host-origin", "https://acme.example/path"),
            ("host-origin", "javascript:alert(1)"),
            ("host-origin", "*"),
            ("namespace", "../other"),
            ("namespace", "UPPER"),
        ];
        let defaults = read_options(&[], true).0;
        for (name, value) in cases {
            let (options, warnings) = read_options(&pairs(&[(name, value)]), true);
            assert_eq!(warnings.len(), 1, "{name}={value:?}: {warnings:?}");
            assert!(warnings[0].contains(name), "{warnings:?}");
            assert_eq!(options, defaults, "{name}={value:?} changed nothing");
        }
    }

    #[test]
    fn direction_controls_are_taken_out_of_host_text_with_a_warning() {
        let taken_out = |name: &str| {
            format!("the option {name} held hidden direction controls; they were taken out")
        };
        // (option, value, kept, warnings)
        let cases: [(&str, &str, Option<&str>, Vec<String>); 5] = [
            (
                "brand",
                "invoice\u{202E}fdp.exe",
                Some("invoicefdp.exe"),
                vec![taken_out("brand")],
            ),
            (
                "brand",
                " \u{2066}Acme\u{2069} ",
                Some("Acme"),
                vec![taken_out("brand")],
            ),
            (
                "brand",
                "\u{5D0}\u{200F} Tech",
                Some("\u{5D0}\u{200F} Tech"),
                vec![],
            ),
            (
                "brand",
                "\u{202A}\u{202B}",
                None,
                vec![
                    taken_out("brand"),
                    "the option brand was refused (it is empty); its default is used".into(),
                ],
            ),
            (
                "cta-label",
                "Book\u{202D} a call",
                Some("Book a call"),
                vec![taken_out("cta-label")],
            ),
        ];
        for (name, value, kept, expected) in cases {
            let mut given = vec![(name, value)];
            if name == "cta-label" {
                given.push(("cta-url", "https://acme.example/"));
            }
            let (options, warnings) = read_options(&pairs(&given), true);
            let shown = options.brand.or(options.cta.map(|c| c.label));
            assert_eq!(shown.as_deref(), kept, "{value:?}");
            assert_eq!(warnings, expected, "{value:?}");
        }
    }

    #[test]
    fn web_addresses_are_read_as_a_browser_would_and_come_back_tidy() {
        for (given, kept) in [
            ("HTTPS://Acme.example/Book", "https://Acme.example/Book"),
            (
                "http://localhost:8080/book?x=1#y",
                "http://localhost:8080/book?x=1#y",
            ),
            ("https://[::1]:8443/", "https://[::1]:8443/"),
            ("  https://acme.example  ", "https://acme.example"),
        ] {
            assert_eq!(parse_web_url(given).as_deref(), Ok(kept), "{given}");
        }
    }

    #[test]
    fn unknown_options_are_ignored_with_one_warning() {
        let (options, warnings) = read_options(
            &pairs(&[
                ("colour", "red"),
                ("font", "serif"),
                ("colour", "blue"),
                ("brand", "Acme"),
            ]),
            true,
        );
        assert_eq!(options.brand.as_deref(), Some("Acme"));
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("colour, font"), "{}", warnings[0]);
    }

    #[test]
    fn a_call_to_action_needs_both_halves() {
        let (options, warnings) = read_options(&pairs(&[("cta-label", "Book a call")]), true);
        assert_eq!(options.cta, None);
        assert_eq!(warnings.len(), 1);
        let (options, _) = read_options(
            &pairs(&[("cta-label", "Book"), ("cta-url", "javascript:alert(1)")]),
            true,
        );
        assert_eq!(
            options.cta, None,
            "a refused address takes the label with it"
        );
    }

    #[test]
    fn queries_are_decoded() {
        assert_eq!(
            query_pairs("?brand=Acme%20%26%20Co&cta-label=Book+a+call&events&x=%zz&y=%E2%82%AC"),
            pairs(&[
                ("brand", "Acme & Co"),
                ("cta-label", "Book a call"),
                ("events", ""),
                ("x", "%zz"),
                ("y", "€")
            ])
        );
        assert_eq!(query_pairs(""), vec![]);
        assert_eq!(query_pairs("a=%4"), pairs(&[("a", "%4")]));
    }

    #[test]
    fn an_accent_gives_readable_colours() {
        for accent in [
            "#ffcc00", "#0b5c5c", "#cc00ff", "#000000", "#ffffff", "#7f7f7f",
        ] {
            let theme = theme(accent);
            assert!(
                contrast(&theme.brand, &theme.on_brand) >= 4.5
                    || contrast(accent, "#ffffff").max(contrast(accent, "#111111")) < 4.5,
                "{accent}"
            );
            assert!(
                contrast(&theme.link, "#ffffff") >= 4.5,
                "{accent}: {}",
                theme.link
            );
            assert!(contrast(&theme.brand_strong, "#ffffff") >= 4.5, "{accent}");
        }
        assert_eq!(theme("#ffcc00").on_brand, "#000000");
        assert_eq!(theme("#0b5c5c").on_brand, "#ffffff");
        assert_eq!(theme("#0b5c5c").link, "#0b5c5c", "dark enough as it is");
    }

    #[test]
    fn messages_carry_no_answers() {
        let answers = crate::domain::assessment::answers::Answers::default();
        let outcome = crate::domain::assessment::scoring::score(&answers);
        let text = Message::Result { outcome }.to_json();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["source"], "cto-compass");
        assert_eq!(value["event"], "result");
        let mut keys: Vec<&String> = value.as_object().unwrap().keys().collect();
        keys.sort();
        assert_eq!(keys, ["event", "recommended", "scores", "source", "type"]);
        assert_eq!(value["scores"].as_object().unwrap().len(), 4);
        for (hash, step) in [
            ("#/assessment/shared?v=1&stage=early", "assessment/shared"),
            ("#/assessment/q/team?change", "assessment/q/team"),
            ("#/workspace/notes/lx3-9a", "workspace/note"),
            ("#/workspace/candidates/c1", "workspace/candidate"),
            ("#/workspace/check-ins/x1", "workspace/check-in"),
            ("#/my-secret-typed-here", "not-found"),
        ] {
            assert_eq!(step_name(&Route::from_hash(hash)), step, "{hash}");
        }
        let resize: serde_json::Value =
            serde_json::from_str(&Message::Resize { height: 812 }.to_json()).unwrap();
        assert_eq!(
            resize,
            serde_json::json!({"height": 812, "source": "cto-compass", "type": "resize"})
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_option_value_is_used_or_refused_and_never_breaks_out(name in proptest::sample::select(OPTION_NAMES.to_vec()), value in ".{0,80}") {
                let (options, _) = read_options(&[(name.to_owned(), value)], true);
                if let Some(accent) = &options.accent {
                    prop_assert!(accent.len() == 7 && accent[1..].bytes().all(|b| b.is_ascii_hexdigit()));
                }
                if let Some(cta) = &options.cta {
                    prop_assert!(cta.url.starts_with("http"));
                }
                let label = options.cta.iter().map(|c| &c.label);
                for text in options.brand.iter().chain(options.locale.iter()).chain(label) {
                    prop_assert!(!text.chars().any(char::is_control));
                    prop_assert!(!crate::domain::text::has_bidi_controls(text));
                }
                prop_assert!(!options.parts.is_empty());
            }

            #[test]
            fn every_message_is_json_that_says_what_it_carries(page in "\\PC{0,40}|[\"\\\\\u{0}-\u{1f}]{0,8}", height in any::<u32>()) {
                let step: serde_json::Value = serde_json::from_str(&Message::Step { page: page.clone() }.to_json()).unwrap();
                prop_assert_eq!(&step["page"], &serde_json::Value::from(page));
                prop_assert_eq!(&step["source"], "cto-compass");
                let resize: serde_json::Value = serde_json::from_str(&Message::Resize { height }.to_json()).unwrap();
                prop_assert_eq!(&resize["height"], &serde_json::Value::from(height));
                let ready: serde_json::Value = serde_json::from_str(&Message::Ready { parts: Part::ALL.to_vec() }.to_json()).unwrap();
                prop_assert_eq!(&ready["parts"], &serde_json::json!(Part::ALL.map(Part::id)));
            }

            #[test]
            fn any_query_is_read_without_panicking(query in ".{0,200}") {
                let pairs = query_pairs(&query);
                let _ = read_options(&pairs, true);
            }

            #[test]
            fn every_accent_gives_readable_links(r in any::<u8>(), g in any::<u8>(), b in any::<u8>()) {
                let theme = theme(&format!("#{r:02x}{g:02x}{b:02x}"));
                prop_assert!(contrast(&theme.link, "#ffffff") >= 4.5);
                prop_assert!(contrast(&theme.link_dark, DARK_SURFACE) >= 4.5);
                prop_assert!(contrast(&theme.brand, &theme.on_brand) >= 4.5);
            }
        }
    }
}
