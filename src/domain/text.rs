//! Small helpers for the words the app writes, and for the characters that force the
//! direction of text (bidirectional controls) in what visitors and host pages give it.

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

/// Whether a character changes the direction of the text around it by force: the embeddings
/// and overrides (U+202A to U+202E: LRE, RLE, PDF, LRO, RLO) and the isolates (U+2066 to
/// U+2069: LRI, RLI, FSI, PDI). An override makes "invoice\u{202E}fdp.exe" read as
/// "invoiceexe.pdf", and without isolation it reorders the text after it too.
///
/// The marks (U+200E LRM, U+200F RLM, U+061C ALM) are not among them: each is a single
/// invisible letter of one direction that only settles where neutral characters (spaces,
/// punctuation, digits) go, so it cannot turn letters around; right-to-left writing uses them
/// in ordinary names ("(CTO)" after a Hebrew name), and the isolation every name is shown in
/// keeps their effect inside the name.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether the text holds a character of [`is_bidi_control`].
pub fn has_bidi_controls(text: &str) -> bool {
    text.chars().any(is_bidi_control)
}

/// The text without the characters of [`is_bidi_control`].
pub fn without_bidi_controls(text: &str) -> String {
    text.chars().filter(|&c| !is_bidi_control(c)).collect()
}

/// Takes the characters of [`is_bidi_control`] out of a name from outside (an import file), and
/// the spaces this leaves at its ends; returns whether it changed. A name that would be left
/// blank is kept as it is (it is shown isolated): a blank name would be refused whole.
pub fn clean_name(name: &mut String) -> bool {
    if !has_bidi_controls(name) {
        return false;
    }
    let cleaned = without_bidi_controls(name);
    let cleaned = cleaned.trim();
    if cleaned.is_empty() {
        return false;
    }
    *name = cleaned.to_owned();
    true
}

/// A visitor's or host's text set in a sentence of the app's, isolated as `<bdi>` would:
/// between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, so that its direction is its own
/// (a Hebrew name reads right to left) and nothing in it, an override included, reorders the
/// sentence around it. Isolates inside the text are left out: a stray POP DIRECTIONAL ISOLATE
/// would end the isolation early. For text that is a whole element, style.css isolates the
/// element instead.
pub fn isolate(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 6);
    out.push('\u{2068}');
    out.extend(
        text.chars()
            .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')),
    );
    out.push('\u{2069}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_at_forty_characters() {
        assert_eq!(short("fr=weekly"), "fr=weekly");
        assert_eq!(short(&"a".repeat(40)), "a".repeat(40));
        assert_eq!(short(&"a".repeat(41)), format!("{}…", "a".repeat(40)));
        assert_eq!(short(&"é".repeat(41)), format!("{}…", "é".repeat(40)));
    }

    #[test]
    fn the_direction_controls_are_found_and_taken_out_and_the_marks_kept() {
        // (text, holds a control, without them)
        let cases = [
            ("Ada Lovelace", false, "Ada Lovelace"),
            ("invoice\u{202E}fdp.exe", true, "invoicefdp.exe"),
            ("\u{202A}a\u{202B}b\u{202C}c\u{202D}d\u{202E}", true, "abcd"),
            ("\u{2066}a\u{2067}b\u{2068}c\u{2069}", true, "abc"),
            // The edges of the ranges are not controls.
            (
                "\u{2029}\u{202F}\u{2065}\u{206A}",
                false,
                "\u{2029}\u{202F}\u{2065}\u{206A}",
            ),
            // The marks are letters of a direction, not overrides: kept.
            (
                "\u{5E9}\u{5DC}\u{5D5}\u{5DD}\u{200F} (CTO)",
                false,
                "\u{5E9}\u{5DC}\u{5D5}\u{5DD}\u{200F} (CTO)",
            ),
            ("a\u{200E}b\u{061C}", false, "a\u{200E}b\u{061C}"),
            ("", false, ""),
        ];
        for (text, holds, without) in cases {
            assert_eq!(has_bidi_controls(text), holds, "{text:?}");
            assert_eq!(without_bidi_controls(text), without, "{text:?}");
            assert!(!has_bidi_controls(&without_bidi_controls(text)), "{text:?}");
        }
    }

    #[test]
    fn names_from_outside_lose_the_controls_unless_nothing_would_be_left() {
        // (name, changed, after)
        let cases = [
            ("Ada", false, "Ada"),
            ("Ada\u{200F}", false, "Ada\u{200F}"),
            ("invoice\u{202E}fdp.exe", true, "invoicefdp.exe"),
            ("\u{2067} Ada \u{2069}", true, "Ada"),
            ("\u{202E}", false, "\u{202E}"),
            (" \u{202E} ", false, " \u{202E} "),
        ];
        for (name, changed, after) in cases {
            let mut cleaned = name.to_owned();
            assert_eq!(clean_name(&mut cleaned), changed, "{name:?}");
            assert_eq!(cleaned, after, "{name:?}");
        }
    }

    #[test]
    fn isolated_text_sits_between_one_isolate_and_its_end() {
        assert_eq!(isolate("Ada"), "\u{2068}Ada\u{2069}");
        assert_eq!(isolate(""), "\u{2068}\u{2069}");
        // An override stays (the end of the isolate ends it); a stray end of isolate, which
        // would let it out, does not.
        assert_eq!(
            isolate("a\u{2069}\u{202E}b\u{2066}"),
            "\u{2068}a\u{202E}b\u{2069}"
        );
    }
}
