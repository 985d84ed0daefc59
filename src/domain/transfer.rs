//! Export and import: everything the app keeps, as one JSON file the visitor can save, carry
//! to another browser and bring back.
//!
//! The file holds each document in the envelope it is stored in (`{"version": N, "data":
//! ...}`), so an import runs the same migrations and validation as a reload does. A file is
//! read in full before anything changes: anything wrong with it refuses the whole file with a
//! message that says what, and a good one is first shown as a plan of what it would add or
//! replace.

use std::fmt;

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use super::assessment::Progress;
use super::calculator::scenarios::{MAX_SCENARIOS, Scenario, Scenarios, Working};
use super::document::{self, Document, Unreadable};
use super::preferences::Preferences;
use super::text;
use super::workspace::Workspace;
use super::workspace::notes::Note;

/// What the file says it is.
pub const FILE_KIND: &str = "cto-compass-export";
/// The version of the file's own layout (the documents inside carry their own).
pub const FILE_FORMAT: u64 = 1;
/// Far above any real export (storage itself holds about 5 MB), far below what would hurt.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;
/// The app's documents nest a few levels deep; anything deeper is not an export.
pub const MAX_DEPTH: usize = 32;

macro_rules! bundles {
    ($($field:ident: $doc:ty,)*) => {
        /// Everything the app keeps, one of each document.
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct Bundle {
            $(pub $field: $doc,)*
        }

        /// What a file holds; a document it leaves out is left alone.
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct Incoming {
            $(pub $field: Option<$doc>,)*
        }

        impl Bundle {
            /// Each document in the envelope it is stored in, by name.
            fn envelopes(&self) -> serde_json::Map<String, Value> {
                let mut documents = serde_json::Map::new();
                $(documents.insert(<$doc as Document>::NAME.into(), document::envelope(&self.$field));)*
                documents
            }

            /// Takes in what the file holds, saying what changes.
            fn merge(&mut self, incoming: &Incoming) -> Result<Vec<Change>, ImportError> {
                let mut changes = Vec::new();
                $(
                    if let Some(theirs) = &incoming.$field {
                        self.$field.merge(theirs, &mut changes)?;
                    }
                )*
                $(self.$field.validate().map_err(ImportError::OverLimit)?;)*
                Ok(changes)
            }
        }

        impl Incoming {
            /// Takes the direction controls out of the names of what the file holds; returns
            /// how many names lost some.
            fn take_out_bidi_controls(&mut self) -> usize {
                let mut names = 0;
                $(
                    if let Some(doc) = &mut self.$field {
                        names += doc.take_out_bidi_controls();
                    }
                )*
                names
            }

            /// Reads one named document of a file into its place.
            fn read(&mut self, name: &str, value: Value) -> Result<(), ImportError> {
                $(
                    if name == <$doc as Document>::NAME {
                        self.$field = Some(read_part(value)?);
                        return Ok(());
                    }
                )*
                Err(ImportError::UnknownPart(name.chars().take(60).collect()))
            }
        }
    };
}
super::stored::with_stored_documents!(bundles);

/// How an import combines the file's copy of a document with ours.
pub trait Merge: Document {
    /// By default the file's copy replaces ours whole, when it holds something and differs.
    fn merge(&mut self, theirs: &Self, changes: &mut Vec<Change>) -> Result<(), ImportError> {
        replace(changes, Self::DESCRIPTION, self, theirs);
        Ok(())
    }

    /// Takes the characters that force the direction of text out of the names (see
    /// [`text::clean_name`]), returning how many names lost some. A file may come from a
    /// version that took them, or be made by hand; what is stored already keeps them (shown
    /// isolated) rather than being refused.
    fn take_out_bidi_controls(&mut self) -> usize {
        0
    }
}

impl Merge for Progress {}
/// Past results: the file's join ours (none is lost), in time order, the newest kept.
impl Merge for crate::domain::assessment::history::History {
    fn merge(&mut self, theirs: &Self, changes: &mut Vec<Change>) -> Result<(), ImportError> {
        let merged = Document::merge(&Self::default(), self, theirs).doc;
        let added = merged
            .results
            .iter()
            .filter(|r| !self.results.contains(r))
            .count();
        if added > 0 {
            changes.push(Change::Items {
                what: "past self-assessment results",
                added,
                replaced: 0,
            });
        }
        *self = merged;
        Ok(())
    }
}
impl Merge for Working {}
impl Merge for Preferences {}

impl Merge for Workspace {
    fn merge(&mut self, theirs: &Self, changes: &mut Vec<Change>) -> Result<(), ImportError> {
        let mut items = |what, change: (usize, usize)| {
            if change != (0, 0) {
                changes.push(Change::Items {
                    what,
                    added: change.0,
                    replaced: change.1,
                });
            }
        };
        items("notes", merge_notes(&mut self.notes, &theirs.notes));
        items(
            "candidates",
            merge(&mut self.candidates, &theirs.candidates, |c| &c.id),
        );
        items("KPIs", merge(&mut self.kpis, &theirs.kpis, |k| &k.id));
        items(
            "check-ins",
            merge(&mut self.check_ins, &theirs.check_ins, |c| &c.id),
        );
        items(
            "spend entries",
            merge(&mut self.spend, &theirs.spend, |e| &e.id),
        );
        items(
            "onboarding milestones",
            merge(&mut self.onboarding, &theirs.onboarding, |m| &m.id),
        );
        items(
            "interview questions",
            merge(&mut self.questions, &theirs.questions, |q| &q.id),
        );
        replace(changes, "the plan followed", &mut self.plan, &theirs.plan);
        replace(
            changes,
            "the plans’ step statuses",
            &mut self.steps,
            &theirs.steps,
        );
        replace(
            changes,
            "the scorecard weights",
            &mut self.weights,
            &theirs.weights,
        );
        replace(
            changes,
            "the engagement terms",
            &mut self.terms,
            &theirs.terms,
        );
        Ok(())
    }

    fn take_out_bidi_controls(&mut self) -> usize {
        let mut names = 0;
        for note in &mut self.notes {
            names += usize::from(text::clean_name(&mut note.title));
            let tags = note.tags.iter_mut().map(text::clean_name);
            names += tags.filter(|&cleaned| cleaned).count();
        }
        for candidate in &mut self.candidates {
            names += usize::from(text::clean_name(&mut candidate.name));
        }
        for kpi in &mut self.kpis {
            names += usize::from(text::clean_name(&mut kpi.name));
            names += usize::from(text::clean_name(&mut kpi.unit));
        }
        names
    }
}

impl Merge for Scenarios {
    fn merge(&mut self, theirs: &Self, changes: &mut Vec<Change>) -> Result<(), ImportError> {
        let change = merge(&mut self.saved, &theirs.saved, |s: &Scenario| &s.name);
        if change != (0, 0) {
            changes.push(Change::Items {
                what: "saved cost scenarios",
                added: change.0,
                replaced: change.1,
            });
        }
        if self.saved.len() > MAX_SCENARIOS {
            return Err(ImportError::OverLimit(format!(
                "there would be more than {MAX_SCENARIOS} saved cost scenarios"
            )));
        }
        Ok(())
    }

    fn take_out_bidi_controls(&mut self) -> usize {
        let names = self.saved.iter_mut().map(|s| text::clean_name(&mut s.name));
        names.filter(|&cleaned| cleaned).count()
    }
}

/// The file's name, with the day it was made.
pub fn file_name(at: DateTime<Utc>) -> String {
    format!("cto-compass-export-{}.json", &document::timestamp(at)[..10])
}

/// The export file's text.
pub fn export(bundle: &Bundle, at: DateTime<Utc>) -> String {
    let file = json!({
        "file": FILE_KIND,
        "format": FILE_FORMAT,
        "exported": document::timestamp(at),
        "documents": bundle.envelopes(),
    });
    serde_json::to_string_pretty(&file).expect("JSON values serialize")
}

/// Why a file cannot be imported, said so that the visitor knows what to do.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    TooLarge {
        bytes: u64,
    },
    Empty,
    TooDeep,
    NotJson(String),
    NotAnExport,
    NewerFormat {
        found: u64,
    },
    UnknownPart(String),
    Unreadable {
        what: &'static str,
        reason: Unreadable,
    },
    OverLimit(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "The file is {}, too large to be an export from this app (they are at most {}). Choose the file you exported",
                size_text(*bytes),
                size_text(MAX_FILE_BYTES)
            ),
            ImportError::Empty => write!(f, "The file is empty. Choose the file you exported"),
            ImportError::TooDeep => write!(
                f,
                "The file is not an export from this app: its data is nested far more deeply than an export's"
            ),
            ImportError::NotJson(detail) => write!(
                f,
                "The file is not an export from this app: it is not valid JSON ({detail})"
            ),
            ImportError::NotAnExport => write!(
                f,
                "The file is not an export from this app: it is JSON, but not in the export's format"
            ),
            ImportError::NewerFormat { found } => write!(
                f,
                "The file was exported by a newer version of this app (format {found}; this version reads format {FILE_FORMAT}). Open the newer version to import it"
            ),
            ImportError::UnknownPart(name) => write!(
                f,
                "The file holds a part this version does not know (“{name}”), so it may be from a newer version. Nothing was imported"
            ),
            ImportError::Unreadable { what, reason } => {
                write!(f, "The file’s copy of {what} cannot be used: {reason}")
            }
            ImportError::OverLimit(detail) => write!(
                f,
                "Importing the file would go over a limit of the app: {detail}. Delete some of your data first"
            ),
        }
    }
}

/// "12 KB", "50.0 MB".
pub fn size_text(bytes: u64) -> String {
    if bytes < 1024 * 1024 {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        let tenths = (bytes * 10).div_ceil(1024 * 1024);
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

/// How deeply arrays and objects nest in JSON text, read without parsing it, so that a
/// hostile file cannot make the parser recurse.
pub fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for byte in text.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// Reads an export file's text. Nothing is changed here: the result is only read.
pub fn read_import(text: &str) -> Result<Incoming, ImportError> {
    let bytes = text.len() as u64;
    if bytes > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if nesting_depth(text) > MAX_DEPTH {
        return Err(ImportError::TooDeep);
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    let Value::Object(mut file) = value else {
        return Err(ImportError::NotAnExport);
    };
    if file.get("file").and_then(Value::as_str) != Some(FILE_KIND) {
        return Err(ImportError::NotAnExport);
    }
    match file.get("format").and_then(Value::as_u64) {
        Some(FILE_FORMAT) => {}
        Some(found) if found > FILE_FORMAT => return Err(ImportError::NewerFormat { found }),
        _ => return Err(ImportError::NotAnExport),
    }
    let Some(Value::Object(documents)) = file.remove("documents") else {
        return Err(ImportError::NotAnExport);
    };
    let mut incoming = Incoming::default();
    for (name, value) in documents {
        incoming.read(&name, value)?;
    }
    Ok(incoming)
}

fn read_part<D: Document>(value: Value) -> Result<D, ImportError> {
    document::decode_value::<D>(value)
        .map(|decoded| decoded.doc)
        .map_err(|reason| ImportError::Unreadable {
            what: D::DESCRIPTION,
            reason,
        })
}

/// One line of an import's plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Items matched by id (or a scenario's name): new ones added, changed ones replaced.
    Items {
        what: &'static str,
        added: usize,
        replaced: usize,
    },
    /// A whole part replaced by the file's.
    Replaced { what: &'static str },
    /// Names of the file's that lose the characters that force the direction of text.
    Cleaned { names: usize },
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Change::Items {
                what,
                added,
                replaced,
            } => {
                let mut parts = Vec::new();
                if *added > 0 {
                    parts.push(format!("{added} to add"));
                }
                if *replaced > 0 {
                    parts.push(format!("{replaced} to replace with the file’s copy"));
                }
                write!(f, "{}: {}", super::capitalise(what), parts.join(", "))
            }
            Change::Replaced { what } => {
                write!(f, "{}: replaced by the file’s", super::capitalise(what))
            }
            Change::Cleaned { names } => write!(
                f,
                "Hidden characters that change the direction of text: taken out of {}",
                super::workspace::plural(*names, "name", "names")
            ),
        }
    }
}

/// What an import would do, and the data it would leave.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub changes: Vec<Change>,
    pub result: Bundle,
}

/// Works out what importing `incoming` over `current` would do. Items keep their ids, so
/// importing a browser's own export again changes nothing, and importing another browser's
/// adds to what is here; anything here that the file does not hold is kept. Names lose the
/// characters that force the direction of text, as a name typed is refused with them; the
/// plan says how many did.
pub fn plan(current: &Bundle, incoming: &Incoming) -> Result<Plan, ImportError> {
    let mut incoming = incoming.clone();
    let cleaned = incoming.take_out_bidi_controls();
    let mut result = current.clone();
    let mut changes = result.merge(&incoming)?;
    if cleaned > 0 && !changes.is_empty() {
        changes.push(Change::Cleaned { names: cleaned });
    }
    Ok(Plan { changes, result })
}

/// Adds the items of `theirs` that `ours` lacks and replaces those that differ. Returns
/// (added, replaced).
fn merge<T: Clone + PartialEq>(
    ours: &mut Vec<T>,
    theirs: &[T],
    key: impl Fn(&T) -> &String,
) -> (usize, usize) {
    let (mut added, mut replaced) = (0, 0);
    for item in theirs {
        let same = |k: &String| k.eq_ignore_ascii_case(key(item));
        match ours.iter_mut().find(|o| same(key(o))) {
            Some(existing) if existing != item => {
                *existing = item.clone();
                replaced += 1;
            }
            Some(_) => {}
            None => {
                ours.push(item.clone());
                added += 1;
            }
        }
    }
    (added, replaced)
}

/// As [`merge`], but a note changed here since the file's copy was made is kept: an older
/// export never takes back newer words.
fn merge_notes(ours: &mut Vec<Note>, theirs: &[Note]) -> (usize, usize) {
    let newer: Vec<Note> = theirs
        .iter()
        .filter(|t| {
            ours.iter()
                .find(|o| o.id == t.id)
                .is_none_or(|o| o.updated <= t.updated)
        })
        .cloned()
        .collect();
    merge(ours, &newer, |n| &n.id)
}

/// Takes the file's version of a part when it holds something and differs from ours.
fn replace<T: Clone + PartialEq + Default>(
    changes: &mut Vec<Change>,
    what: &'static str,
    ours: &mut T,
    theirs: &T,
) {
    if *theirs != T::default() && ours != theirs {
        *ours = theirs.clone();
        changes.push(Change::Replaced { what });
    }
}
