//! Notes: plain text with a title and tags, found by search, newest change first.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{check_id, check_text};
use crate::domain::sort_small_by;

pub const MAX_NOTES: usize = 1_000;
pub const MAX_TITLE: usize = 200;
pub const MAX_BODY: usize = 20_000;
pub const MAX_TAGS: usize = 20;
pub const MAX_TAG: usize = 40;

/// A note's title, body and tags, as an editor last read or wrote them.
pub type Typed = (String, String, Vec<String>);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: String,
    pub title: String,
    pub body: String,
    pub tags: Vec<String>,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub created: DateTime<Utc>,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub updated: DateTime<Utc>,
}

impl Note {
    pub fn new(id: String, at: DateTime<Utc>) -> Note {
        Note {
            id,
            title: String::new(),
            body: String::new(),
            tags: Vec::new(),
            created: at,
            updated: at,
        }
    }

    /// The title, or what stands in for a missing one.
    pub fn display_title(&self) -> &str {
        let title = self.title.trim();
        if title.is_empty() {
            "Untitled note"
        } else {
            title
        }
    }

    /// True when nothing has been written in it: such a note is not worth keeping.
    pub fn is_blank(&self) -> bool {
        self.title.trim().is_empty() && self.body.trim().is_empty() && self.tags.is_empty()
    }

    /// The first words of the body, for the list.
    pub fn excerpt(&self) -> String {
        let flat: String = self.body.split_whitespace().collect::<Vec<_>>().join(" ");
        match flat.char_indices().nth(140) {
            Some((cut, _)) => format!("{}…", flat[..cut].trim_end()),
            None => flat,
        }
    }

    /// Writes what an editor has typed (`typed`: the title and the tags unless they were
    /// refused, and the body) where it differs from what the editor last read or wrote (`baseline`), so that
    /// another tab's changes to the other fields are kept. Returns whether anything changed.
    pub fn take_typed(
        &mut self,
        baseline: &Typed,
        typed: (Option<&str>, &str, Option<&[String]>),
    ) -> bool {
        let (title, body, tags) = typed;
        let mut changed = false;
        if let Some(title) = title
            && title != baseline.0
        {
            title.clone_into(&mut self.title);
            changed = true;
        }
        if body != baseline.1 {
            body.clone_into(&mut self.body);
            changed = true;
        }
        if let Some(tags) = tags
            && tags != baseline.2.as_slice()
        {
            self.tags = tags.to_vec();
            changed = true;
        }
        changed
    }

    pub fn validate(&self) -> Result<(), String> {
        check_id(&self.id)?;
        check_text("A note's title", &self.title, MAX_TITLE)?;
        check_text("A note", &self.body, MAX_BODY)?;
        if self.tags.len() > MAX_TAGS {
            return Err(format!("A note can have up to {MAX_TAGS} tags"));
        }
        for tag in &self.tags {
            if tag.trim() != tag || tag.is_empty() || tag.contains(',') {
                return Err(format!("“{tag}” is not a tag"));
            }
            check_text("A tag", tag, MAX_TAG)?;
        }
        // Within the years a calendar can show (1970 to 9999): a time outside them cannot be
        // put in the visitor's time zone.
        let range = 0..=253_402_300_799_999;
        if !range.contains(&self.created.timestamp_millis())
            || !range.contains(&self.updated.timestamp_millis())
        {
            return Err("a note's time is outside the years 1970 to 9999".into());
        }
        if self.updated < self.created {
            return Err("a note was changed before it was written".into());
        }
        Ok(())
    }
}

/// Reads tags as typed: separated by commas, trimmed, each kept once (whatever its case).
pub fn parse_tags(input: &str) -> Result<Vec<String>, String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in input.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if tag.chars().count() > MAX_TAG {
            return Err(format!("Each tag must be {MAX_TAG} characters or fewer"));
        }
        if !tags.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
            tags.push(tag.to_owned());
        }
    }
    if tags.len() > MAX_TAGS {
        return Err(format!("Enter {MAX_TAGS} tags or fewer"));
    }
    Ok(tags)
}

/// As [`parse_tags`], but never refusing: what goes over the limits is cut. For the moment a
/// visitor leaves a note with tags that break them, so that the rest is not lost.
pub fn parse_tags_leniently(input: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in input.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        let tag: String = tag
            .chars()
            .take(MAX_TAG)
            .collect::<String>()
            .trim()
            .to_owned();
        if !tag.is_empty() && !tags.iter().any(|t| t.eq_ignore_ascii_case(&tag)) {
            tags.push(tag);
        }
    }
    tags.truncate(MAX_TAGS);
    tags
}

/// The notes that contain every word of `query` in their title, body or tags, most recently
/// changed first. Letters match whatever their case (ASCII only: Unicode case tables would
/// add about 30 KB to the wasm; other letters match as typed).
pub fn search<'a>(notes: &'a [Note], query: &str) -> Vec<&'a Note> {
    let words: Vec<String> = query
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    let mut found: Vec<&Note> = notes
        .iter()
        .filter(|note| {
            let haystack = format!("{}\n{}\n{}", note.title, note.body, note.tags.join("\n"))
                .to_ascii_lowercase();
            words.iter().all(|word| haystack.contains(word.as_str()))
        })
        .collect();
    sort_small_by(&mut found, |a, b| a.updated > b.updated);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn note(id: &str, title: &str, body: &str, tags: &[&str], minute: u32) -> Note {
        let at = Utc.with_ymd_and_hms(2026, 11, 25, 10, minute, 0).unwrap();
        Note {
            title: title.into(),
            body: body.into(),
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            ..Note::new(id.into(), at)
        }
    }

    #[test]
    fn search_matches_every_word_in_title_body_or_tags_newest_first() {
        let notes = [
            note(
                "a",
                "Call with Priya",
                "Rate 150 an hour",
                &["candidates"],
                1,
            ),
            note("b", "Board prep", "Ask Priya about the roadmap", &[], 5),
            note(
                "c",
                "Security",
                "SOC 2 before the pilot",
                &["compliance"],
                3,
            ),
        ];
        let ids = |query: &str| -> Vec<String> {
            search(&notes, query).iter().map(|n| n.id.clone()).collect()
        };
        assert_eq!(ids(""), ["b", "c", "a"], "everything, newest change first");
        assert_eq!(ids("priya"), ["b", "a"]);
        assert_eq!(ids("PRIYA roadmap"), ["b"], "every word must match");
        assert_eq!(ids("compliance"), ["c"], "tags count");
        assert_eq!(ids("soc 2"), ["c"]);
        assert!(ids("kubernetes").is_empty());
    }

    #[test]
    fn tags_are_read_as_typed() {
        assert_eq!(
            parse_tags(" hiring, Rates ,,hiring , HIRING,security "),
            Ok(vec!["hiring".into(), "Rates".into(), "security".into()])
        );
        assert_eq!(parse_tags("   "), Ok(vec![]));
        let long = format!("{}, ok", "x".repeat(45));
        assert_eq!(
            parse_tags_leniently(&long),
            vec!["x".repeat(40), "ok".into()]
        );
        let many: Vec<String> = (0..25).map(|i| format!("t{i}")).collect();
        assert_eq!(parse_tags_leniently(&many.join(",")).len(), 20);
        assert!(parse_tags(&"x".repeat(41)).is_err());
        let many: Vec<String> = (0..21).map(|i| format!("t{i}")).collect();
        assert_eq!(
            parse_tags(&many.join(",")),
            Err("Enter 20 tags or fewer".into())
        );
    }

    #[test]
    fn an_editor_writes_only_what_it_changed() {
        let baseline: Typed = ("Call".into(), "Old".into(), vec!["a".into()]);
        // Another tab changed the title meanwhile; this editor changed only the body.
        let mut n = note("a", "Call with Priya", "Old", &["a"], 0);
        let tags = vec!["a".to_owned()];
        assert!(n.take_typed(&baseline, (Some("Call"), "New", Some(&tags))));
        assert_eq!(
            (n.title.as_str(), n.body.as_str()),
            ("Call with Priya", "New")
        );
        // Nothing typed differently: nothing changes.
        let mut n = note("a", "Call", "Old", &["b"], 0);
        assert!(!n.take_typed(&baseline, (Some("Call"), "Old", Some(&tags))));
        assert_eq!(n.tags, ["b"]);
        // Refused tags are left as they were.
        assert!(!n.take_typed(&baseline, (Some("Call"), "Old", None)));
        let new_tags = vec!["c".to_owned()];
        assert!(n.take_typed(&baseline, (Some("Call"), "Old", Some(&new_tags))));
        assert_eq!(n.tags, ["c"]);
        // A refused title is left as it was.
        assert!(!n.take_typed(&baseline, (None, "Old", Some(&tags))));
        assert_eq!(n.title, "Call");
    }

    #[test]
    fn a_note_says_what_it_holds() {
        let mut n = note("a", "  ", "", &[], 0);
        assert!(n.is_blank());
        assert_eq!(n.display_title(), "Untitled note");
        n.body = "word ".repeat(100);
        assert!(!n.is_blank());
        assert!(n.excerpt().ends_with('…'));
        assert!(n.excerpt().chars().count() <= 141);
        assert!(n.validate().is_ok());
        n.tags = vec![" spaced".into()];
        assert!(n.validate().is_err());
    }
}
