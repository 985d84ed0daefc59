//! What the forms' checks give back: each problem names the field it is about (the id of its
//! input, which the error summary links to) and the message shown beside it.
//!
//! Every form has a draft type in the domain (what was typed, as text) whose check returns
//! either the value to keep or the problems, in the order of the fields. Views only bind
//! inputs to drafts and show the problems.

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
