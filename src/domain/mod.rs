//! The pure core: plain Rust with no browser types, tested natively with `cargo test`.

pub mod assessment;
pub mod document;
pub mod options;
pub mod preferences;
pub mod route;

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

/// What the user calls a stored document, from its storage name ("preferences" gives "your
/// settings"). Names this build does not know (kept by another version) are shown as they are.
pub fn describe_document(name: &str) -> String {
    match name {
        preferences::Preferences::NAME => preferences::Preferences::DESCRIPTION.to_owned(),
        assessment::Progress::NAME => assessment::Progress::DESCRIPTION.to_owned(),
        other => format!("“{other}”"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn documents_are_described_in_the_users_words() {
        assert_eq!(super::describe_document("preferences"), "your settings");
        assert_eq!(super::describe_document("workspace-v9"), "“workspace-v9”");
    }
}
