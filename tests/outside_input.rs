//! Every parser of input from outside the app, fed thousands of generated inputs each: share
//! links (self-assessment and calculator), addresses, embed options, import files and stored
//! documents. Each input is either any text at all or a valid input damaged at random (cut
//! short, with a few characters inserted). Nothing may panic, and every refusal or problem
//! must come with words for the visitor.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{TimeZone, Utc};
use cto_compass::domain::assessment::compare::{compare, query_of_link};
use cto_compass::domain::assessment::history::History;
use cto_compass::domain::assessment::{Progress, read_share_query};
use cto_compass::domain::calculator::form::{Form, read_query, share_query};
use cto_compass::domain::calculator::scenarios::{Scenarios, Working};
use cto_compass::domain::document::{Document, decode};
use cto_compass::domain::embed::{EmbedOptions, builder, query_pairs, read_options};
use cto_compass::domain::preferences::Currency;
use cto_compass::domain::preferences::Preferences;
use cto_compass::domain::route::Route;
use cto_compass::domain::transfer::{Bundle, export, plan, read_import};
use cto_compass::domain::workspace::Workspace;
use proptest::prelude::*;

/// Cases per property; each property below runs this many inputs.
const CASES: u32 = 4_000;

/// A self-assessment share link, as the app makes it.
const ASSESSMENT_LINK: &str = "v=1&currency=USD&stage=early&industry=technology&leadership=nobody&team=1-3&budget=6000&challenges=expertise,roadmap&time=days-1-2&horizon=year&need=leadership&ownership=nice";

/// An embed's options, as the example host page gives them.
const EMBED_QUERY: &str = "parts=wizard&brand=Northwind%20Tech%20Advisory&accent=%231d4ed8&cta-label=Book%20a%20free%20call&cta-url=https%3A%2F%2Fnorthwind.example%2Fbook&currency=GBP&locale=en-GB&events=1&origin=https%3A%2F%2Fnorthwind.example&theme=dark&header=off&consent=We%20may%20email%20you.&full-app-url=https%3A%2F%2Fnorthwind.example%2Fcto%2F";

fn fixture(path: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(path),
    )
    .unwrap()
}

/// A valid input cut at `cut` (a character boundary at or before it) with `insert` put there.
fn damage(valid: &str, cut: usize, insert: &str, keep_rest: bool) -> String {
    let mut at = cut.min(valid.len());
    while !valid.is_char_boundary(at) {
        at -= 1;
    }
    let rest = if keep_rest { &valid[at..] } else { "" };
    format!("{}{insert}{rest}", &valid[..at])
}

fn says_why(problem: &str) {
    assert!(
        problem.trim().len() >= 10,
        "a problem without words: {problem:?}"
    );
}

fn any_input(valid: impl Into<String>) -> impl Strategy<Value = String> {
    let valid = valid.into();
    prop_oneof![
        ".{0,300}",
        "[ -~]{0,300}",
        (0usize..valid.len() + 1, ".{0,6}", any::<bool>())
            .prop_map(move |(cut, insert, keep)| damage(&valid, cut, &insert, keep)),
    ]
}

/// An export of the shipped workspace fixture, as the app writes it.
fn sample_export() -> String {
    let bundle = Bundle {
        workspace: decode::<Workspace>(&fixture("workspace/v1.json"))
            .expect("the shipped workspace fixture")
            .doc,
        ..Bundle::default()
    };
    export(
        &bundle,
        Utc.with_ymd_and_hms(2026, 11, 25, 9, 30, 0).unwrap(),
    )
}

/// A call to action or a host's origin, if kept, is an http(s) address of a named host:
/// never a script, data, a file or an address that borrows the page's own scheme.
fn every_address_is_a_web_address(options: &EmbedOptions) {
    let web = |address: &str| {
        let rest = address
            .strip_prefix("https://")
            .or_else(|| address.strip_prefix("http://"));
        rest.is_some_and(|host| {
            !host.is_empty() && !host.starts_with('/') && !host.chars().any(char::is_whitespace)
        })
    };
    if let Some(cta) = &options.cta {
        assert!(web(&cta.url), "call to action {:?}", cta.url);
    }
    if let Some(origin) = &options.host_origin {
        assert!(web(origin), "host origin {origin:?}");
    }
    if let Some(full) = &options.full_app_url {
        assert!(web(full), "full app {full:?}");
    }
    // What the builder writes from these options stays one attribute each, and an address
    // the embed reads back as the same options.
    let snippet = builder::div_snippet("https://cto.example/", options, false);
    assert_eq!(snippet.matches('"').count() % 2, 0, "{snippet}");
    assert!(
        !snippet.contains("<script>") && !snippet.contains("javascript:"),
        "{snippet}"
    );
    let src = builder::frame_src("https://cto.example/", options);
    let query = src.split_once('?').map_or("", |(_, q)| q);
    let (read, _) = read_options(&query_pairs(query), true);
    let mut expected = options.clone();
    expected.host_origin = None;
    assert_eq!(read, expected, "{src}");
}

fn check_import(text: &str) {
    match read_import(text) {
        Ok(incoming) => {
            if let Err(error) = plan(&Bundle::default(), &incoming) {
                says_why(&error.to_string());
            }
        }
        Err(error) => says_why(&error.to_string()),
    }
}

fn check_document<D: Document>(raw: &str) {
    if let Err(unreadable) = decode::<D>(raw) {
        says_why(&unreadable.to_string());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn assessment_share_links(query in any_input(ASSESSMENT_LINK)) {
        let shared = read_share_query(&query);
        shared.problems.iter().for_each(|p| says_why(p));
    }

    /// A link pasted into "Compare with a co-founder": read, and compared with a result, or
    /// refused with a message naming the field.
    #[test]
    fn links_pasted_to_compare(link in any_input(format!("https://a.example/#/assessment/shared?{ASSESSMENT_LINK}"))) {
        match query_of_link(&link) {
            Ok(query) => {
                let theirs = read_share_query(query);
                let mine = read_share_query(ASSESSMENT_LINK).answers;
                let compared = compare(&mine, Currency::Usd, &theirs.answers, theirs.currency);
                prop_assert!(!compared.rows.is_empty());
            }
            Err(problem) => says_why(&problem.message),
        }
    }

    #[test]
    fn stored_result_history(raw in any_input(fixture("assessment-history/v1.json"))) {
        check_document::<History>(&raw);
        if let Ok(decoded) = decode::<History>(&raw) {
            // Shown whatever answers it holds.
            let _ = decoded.doc.entries();
        }
    }

    #[test]
    fn calculator_share_links(query in any_input(share_query(&Form::default()))) {
        let (form, problems) = read_query(&query);
        problems.iter().for_each(|p| says_why(p));
        // Whatever the link said, the form the visitor sees is one the model can work with.
        prop_assert!(form.validate().is_ok(), "{:?}", form.validate());
    }

    #[test]
    fn addresses(hash in any_input("#/assessment/q/stage?change")) {
        let route = Route::from_hash(&hash);
        // Whatever was asked, the page shown has an address that leads back to it.
        prop_assert_eq!(Route::from_hash(&route.href()), route);
    }

    #[test]
    fn embed_options(query in any_input(EMBED_QUERY), framed in any::<bool>()) {
        let (options, problems) = read_options(&query_pairs(&query), framed);
        problems.iter().for_each(|p| says_why(p));
        every_address_is_a_web_address(&options);
    }

    #[test]
    fn embed_addresses_made_to_harm(
        name in prop::sample::select(vec!["cta-url", "host-origin", "full-app-url"]),
        scheme in prop::sample::select(vec![
            "javascript:", "data:", "vbscript:", "file:", "blob:", "//", "\\\\", "http:", "https:",
        ]),
        wrapping in prop::sample::select(vec!["", " ", "\t", "\n", "%20", "\u{0}"]),
        rest in "[a-zA-Z0-9/.:@%()=&?#-]{0,40}",
        shout in any::<bool>(),
    ) {
        let scheme = if shout { scheme.to_uppercase() } else { scheme.to_owned() };
        let value = format!("{wrapping}{scheme}{rest}");
        let pairs = vec![(name.to_owned(), value), ("cta-label".to_owned(), "Book".to_owned())];
        let (options, problems) = read_options(&pairs, true);
        problems.iter().for_each(|p| says_why(p));
        every_address_is_a_web_address(&options);
    }

    #[test]
    fn import_files(text in any_input(sample_export())) {
        check_import(&text);
    }

    #[test]
    fn import_files_from_before_whole_cents(text in any_input(fixture("export/format-1-workspace-v1.json"))) {
        check_import(&text);
    }

    #[test]
    fn stored_workspace(raw in any_input(fixture("workspace/v1.json"))) {
        check_document::<Workspace>(&raw);
    }

    #[test]
    fn stored_workspace_in_whole_cents(raw in any_input(fixture("workspace/v2.json"))) {
        check_document::<Workspace>(&raw);
    }

    #[test]
    fn stored_assessment_progress(raw in any_input(fixture("assessment/v1.json"))) {
        check_document::<Progress>(&raw);
    }

    #[test]
    fn stored_calculator_figures(raw in any_input(fixture("calculator/v1.json"))) {
        check_document::<Working>(&raw);
    }

    #[test]
    fn stored_scenarios(raw in any_input(fixture("scenarios/v1.json"))) {
        check_document::<Scenarios>(&raw);
    }

    #[test]
    fn stored_preferences(raw in any_input(fixture("preferences/v1.json"))) {
        check_document::<Preferences>(&raw);
    }
}
