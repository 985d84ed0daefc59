//! What the forms' checks give back: each problem names the field it is about (the id of its
//! input, which the error summary links to) and the message shown beside it.
//!
//! Every form has a draft type in the domain (what was typed, as text) whose check returns
//! either the value to keep or the problems, in the order of the fields. Views only bind
//! inputs to drafts and show the problems.

use super::text::has_bidi_controls;

/// One thing wrong with what was typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The id of the input the problem is about.
    pub field: String,
    /// The message shown beside the field and in the error summary.
    pub message: String,
}

impl Problem {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// A name or label with characters that force the direction of text (see
/// [`has_bidi_controls`]) is refused, with what to do: they cannot be seen, or removed one by
/// one, so the visitor types the text again. Refused rather than taken out unseen: the name
/// is kept as the visitor sees it in the field, and the characters come from pasting (no
/// keyboard types them), so this is rare and the fix is plain. `what` starts the sentence;
/// `it` stands for it after.
pub fn refuse_bidi_controls(
    text: &str,
    field: &str,
    (what, it): (&str, &str),
    problems: &mut Vec<Problem>,
) {
    if has_bidi_controls(text) {
        problems.push(Problem::new(
            field,
            format!(
                "{what} must not include hidden characters that change the direction of text: delete {it} and type {it} again"
            ),
        ));
    }
}
