//! Small helpers for the words the app writes.

/// The first 40 characters of a text, with "…" when there was more: enough of a link's part
/// to recognise it in a message without a hostile link filling the page.
pub fn short(text: &str) -> String {
    let cut: String = text.chars().take(40).collect();
    if cut.len() < text.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::short;

    #[test]
    fn long_texts_are_cut_at_forty_characters() {
        assert_eq!(short("fr=weekly"), "fr=weekly");
        assert_eq!(short(&"a".repeat(40)), "a".repeat(40));
        assert_eq!(short(&"a".repeat(41)), format!("{}…", "a".repeat(40)));
        assert_eq!(short(&"é".repeat(41)), format!("{}…", "é".repeat(40)));
    }
}
