//! The lead: a visitor's result sent with the call to action, only when they tick "Send my
//! result to …". What goes is the recommended option and the four fits, with UTM tags so the
//! consultancy's analytics can tell where the visit came from, and, for a Calendly booking
//! page, the same in the booking form's first question. Never an answer or a note.

use super::super::assessment::scoring::Outcome;
use super::super::options::Leadership;

/// The UTM tags every call to action from the embed carries when a result goes with it.
pub const UTM: [(&str, &str); 3] = [
    ("utm_source", "cto-compass"),
    ("utm_medium", "embed"),
    ("utm_campaign", "self-assessment"),
];

/// The query parameters a result adds, in order: the recommended option's slug, then each
/// option's fit out of 100.
pub fn result_parameters(outcome: &Outcome) -> Vec<(String, String)> {
    let mut parameters = vec![(
        "fcto_recommended".to_owned(),
        outcome.best().slug().to_owned(),
    )];
    for option in Leadership::ALL {
        parameters.push((
            format!("fcto_fit_{}", option.slug().replace('-', "_")),
            outcome.score(option).to_string(),
        ));
    }
    parameters
}

/// The result in one line, for a booking form's answer: "Recommended: Fractional CTO (fit 82
/// of 100). Full-time CTO 41, Consulting firm 55, In-house team 30."
pub fn result_line(outcome: &Outcome) -> String {
    let best = outcome.best();
    let others: Vec<String> = Leadership::ALL
        .into_iter()
        .filter(|o| *o != best)
        .map(|o| format!("{} {}", o.name(), outcome.score(o)))
        .collect();
    format!(
        "Recommended: {} (fit {} of 100). {}.",
        best.name(),
        outcome.score(best),
        others.join(", ")
    )
}

/// The site an address opens, such as `northwind.example` (with its port, if any): whom a
/// result goes to when the host gave no brand.
pub fn site_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

/// Whether an address is a Calendly booking page (calendly.com or a subdomain).
pub fn is_calendly(url: &str) -> bool {
    let site = site_of(url);
    let host = site.split(':').next().unwrap_or(site).to_ascii_lowercase();
    host == "calendly.com" || host.ends_with(".calendly.com")
}

/// The call to action's address: as the host gave it without a result; with one, the result's
/// parameters, the UTM tags and (for Calendly) `a1`, the answer to the booking form's first
/// question, added to its query. A parameter the host's address already has is left as the
/// host wrote it. The fragment stays at the end.
pub fn cta_url(url: &str, result: Option<&Outcome>) -> String {
    let Some(outcome) = result else {
        return url.to_owned();
    };
    let (base, fragment) = match url.split_once('#') {
        Some((base, fragment)) => (base, Some(fragment)),
        None => (url, None),
    };
    let has = |name: &str| {
        base.split_once('?').is_some_and(|(_, query)| {
            query
                .split('&')
                .any(|pair| pair.split('=').next() == Some(name))
        })
    };
    let mut added = result_parameters(outcome);
    added.extend(UTM.map(|(n, v)| (n.to_owned(), v.to_owned())));
    if is_calendly(url) {
        added.push(("a1".to_owned(), result_line(outcome)));
    }
    let query: Vec<String> = added
        .into_iter()
        .filter(|(name, _)| !has(name))
        .map(|(name, value)| format!("{name}={}", encode_component(&value)))
        .collect();
    let mut out = base.to_owned();
    if !query.is_empty() {
        if !base.contains('?') {
            out.push('?');
        } else if !base.ends_with(['?', '&']) {
            out.push('&');
        }
        out.push_str(&query.join("&"));
    }
    if let Some(fragment) = fragment {
        out.push('#');
        out.push_str(fragment);
    }
    out
}

/// Percent-encodes everything but the unreserved characters (RFC 3986), as
/// `encodeURIComponent` does, so a value never ends a parameter or the query.
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::read_share_query;
    use crate::domain::assessment::scoring::score;
    use crate::domain::embed::query_pairs;

    /// An early start-up's answers: a fractional CTO comes first.
    fn outcome() -> Outcome {
        let shared = read_share_query(
            "v=1&currency=USD&stage=early&industry=technology&leadership=nobody&team=1-3&budget=6000&challenges=expertise,roadmap&time=days-1-2&horizon=year&need=leadership&ownership=nice",
        );
        assert!(shared.problems.is_empty(), "{:?}", shared.problems);
        score(&shared.answers)
    }

    #[test]
    fn without_a_result_the_address_is_the_hosts_own() {
        for url in [
            "https://northwind.example/book",
            "https://northwind.example/book?src=cto#call",
            "https://calendly.com/northwind/intro",
        ] {
            assert_eq!(cta_url(url, None), url);
        }
    }

    #[test]
    fn a_result_adds_the_recommendation_the_fits_and_utm_tags() {
        let outcome = outcome();
        let url = cta_url("https://northwind.example/book", Some(&outcome));
        let (base, query) = url.split_once('?').unwrap();
        assert_eq!(base, "https://northwind.example/book");
        let pairs = query_pairs(query);
        let names: Vec<&str> = pairs.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "fcto_recommended",
                "fcto_fit_fractional",
                "fcto_fit_full_time",
                "fcto_fit_consulting",
                "fcto_fit_in_house",
                "utm_source",
                "utm_medium",
                "utm_campaign"
            ]
        );
        assert_eq!(pairs[0].1, outcome.best().slug());
        assert_eq!(
            pairs[1].1,
            outcome.score(Leadership::Fractional).to_string()
        );
        assert_eq!(pairs[5].1, "cto-compass");
    }

    #[test]
    fn the_hosts_query_fragment_and_own_tags_are_kept() {
        let outcome = outcome();
        let url = cta_url(
            "https://northwind.example/book?src=site&utm_source=newsletter#slot",
            Some(&outcome),
        );
        assert!(
            url.starts_with(
                "https://northwind.example/book?src=site&utm_source=newsletter&fcto_recommended="
            ),
            "{url}"
        );
        assert!(url.ends_with("&utm_campaign=self-assessment#slot"), "{url}");
        assert_eq!(url.matches("utm_source").count(), 1, "{url}");
        let trailing = cta_url("https://northwind.example/book?", Some(&outcome));
        assert!(
            trailing.starts_with("https://northwind.example/book?fcto_recommended="),
            "{trailing}"
        );
    }

    #[test]
    fn calendly_gets_the_result_as_the_first_questions_answer() {
        let outcome = outcome();
        for (url, calendly) in [
            ("https://calendly.com/northwind/intro", true),
            ("https://eu.calendly.com/northwind", true),
            ("https://CALENDLY.com:443/x", true),
            ("https://notcalendly.com/x", false),
            ("https://northwind.example/calendly.com", false),
        ] {
            assert_eq!(is_calendly(url), calendly, "{url}");
            let sent = cta_url(url, Some(&outcome));
            let a1 = query_pairs(sent.split_once('?').unwrap().1)
                .into_iter()
                .find(|(n, _)| n == "a1");
            assert_eq!(a1.is_some(), calendly, "{sent}");
            if let Some((_, line)) = a1 {
                assert_eq!(line, result_line(&outcome));
                assert!(
                    line.starts_with("Recommended: Fractional CTO (fit "),
                    "{line}"
                );
            }
        }
    }

    #[test]
    fn the_site_is_the_host_and_port() {
        assert_eq!(
            site_of("https://northwind.example/book?x#y"),
            "northwind.example"
        );
        assert_eq!(site_of("http://127.0.0.1:8080"), "127.0.0.1:8080");
    }

    #[test]
    fn values_are_encoded_so_they_stay_one_parameter() {
        assert_eq!(encode_component("a b&c=d/é"), "a%20b%26c%3Dd%2F%C3%A9");
        assert_eq!(encode_component("fit-82_x.~"), "fit-82_x.~");
    }
}
