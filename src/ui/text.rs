//! Small text helpers for what the views print.

/// "your settings" -> "Your settings". ASCII only: Unicode case tables would add 30 KB to the
/// wasm, and every phrase passed here starts with an ASCII letter or a quote.
pub fn capitalise(text: &str) -> String {
    let mut text = text.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}
