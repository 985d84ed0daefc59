//! A test-only document with three shipped formats, to exercise migrations the way a real
//! document's history would: the fixtures under tests/fixtures/sample-notes/ are what each
//! version wrote.
//!
//! - v1 `{"text": "first\nsecond"}`: one block of text;
//! - v2 `{"notes": ["first", "second"]}`: one note per line;
//! - v3 `{"notes": [{"body": "first", "pinned": false}]}`: notes can be pinned.

use cto_compass::domain::document::{Document, Migration};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SampleNotes {
    pub notes: Vec<SampleNote>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SampleNote {
    pub body: String,
    pub pinned: bool,
}

fn v1_to_v2(data: Value) -> Result<Value, String> {
    let text = data.get("text").and_then(Value::as_str).ok_or("no text")?;
    let notes: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    Ok(json!({ "notes": notes }))
}

fn v2_to_v3(data: Value) -> Result<Value, String> {
    let notes = data
        .get("notes")
        .and_then(Value::as_array)
        .ok_or("no notes")?;
    let notes = notes
        .iter()
        .map(|n| {
            n.as_str()
                .map(|body| json!({ "body": body, "pinned": false }))
        })
        .collect::<Option<Vec<_>>>()
        .ok_or("a note is not text")?;
    Ok(json!({ "notes": notes }))
}

impl Document for SampleNotes {
    const NAME: &'static str = "sample-notes";
    const DESCRIPTION: &'static str = "your sample notes";
    const MIGRATIONS: &'static [Migration] = &[v1_to_v2, v2_to_v3];

    fn validate(&self) -> Result<(), String> {
        if self.notes.iter().any(|n| n.body.is_empty()) {
            return Err("a note is empty".into());
        }
        Ok(())
    }
}

/// What every fixture version holds once brought up to date.
pub fn expected() -> SampleNotes {
    SampleNotes {
        notes: vec![
            SampleNote {
                body: "Ask about their last fintech engagement".into(),
                pinned: false,
            },
            SampleNote {
                body: "Budget: two days a week".into(),
                pinned: false,
            },
        ],
    }
}

/// The fixtures, by version, as each version of the app stored them.
pub const FIXTURES: [(u32, &str); 3] = [
    (1, include_str!("../fixtures/sample-notes/v1.json")),
    (2, include_str!("../fixtures/sample-notes/v2.json")),
    (3, include_str!("../fixtures/sample-notes/v3.json")),
];
