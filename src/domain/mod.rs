//! The pure core: plain Rust with no browser types, tested natively with `cargo test`.

pub mod assessment;
pub mod calculator;
pub mod chart;
pub mod document;
pub mod embed;
pub mod form;
pub mod locale;
pub mod merge;
pub mod number;
pub mod options;
pub mod preferences;
pub mod route;
pub mod stored;
pub mod text;
pub mod transfer;
pub mod units;
pub mod workspace;

use document::Document;

/// The product's name, as it appears in titles and notices.
pub const APP_NAME: &str = "CTO Compass";

/// "your settings" -> "Your settings". ASCII only: Unicode case tables would add 30 KB to the
/// wasm, and every phrase passed here starts with an ASCII letter or a quote.
pub fn capitalise(text: &str) -> String {
    let mut text = text.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// A stable sort for the short lists the app keeps (a few answers, options or stored keys).
/// The standard library's sorts are faster on long lists but add several kilobytes of wasm for
/// every element type they sort; this adds a few hundred bytes.
pub fn sort_small_by<T>(items: &mut [T], mut before: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// What the user calls a stored document, from its storage name ("preferences" gives "your
/// settings"). Names this build does not know (kept by another version) are shown as they are.
pub fn describe_document(name: &str) -> String {
    macro_rules! describe {
        ($($field:ident: $doc:ty,)*) => {
            $(
                if name == <$doc as Document>::NAME {
                    return <$doc as Document>::DESCRIPTION.to_owned();
                }
            )*
        };
    }
    stored::with_stored_documents!(describe);
    format!("“{name}”")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_small_sort_is_stable_and_sorts() {
        let mut items = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        super::sort_small_by(&mut items, |a, b| a.0 < b.0);
        assert_eq!(items, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: [u8; 0] = [];
        super::sort_small_by(&mut empty, |a, b| a < b);
    }

    #[test]
    fn documents_are_described_in_the_users_words() {
        assert_eq!(super::describe_document("preferences"), "your settings");
        assert_eq!(
            super::describe_document("calculator"),
            "your calculator figures"
        );
        assert_eq!(
            super::describe_document("workspace"),
            "your workspace (notes, candidates, terms, KPIs and check-ins)"
        );
        assert_eq!(super::describe_document("workspace-v9"), "“workspace-v9”");
    }
}
