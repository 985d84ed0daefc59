//! Versioned documents as they are kept in the browser's storage.
//!
//! Every document is stored under one key, [`KEY_PREFIX`] + its name, as an envelope
//! `{"version": N, "data": ...}`. Reading one never fails silently: it either yields the
//! document (migrated to the current version where needed) or says why it is unreadable, so
//! the storage layer can keep the raw text aside and tell the user.

use std::fmt;

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::merge::Merged;

/// Every key this app writes starts with this, so a host page's keys and ours never collide.
pub const KEY_PREFIX: &str = "cto-compass/";

/// Raw text of documents that could not be read is kept under this prefix, never dropped.
pub const KEPT_ASIDE_PREFIX: &str = "cto-compass/kept-aside/";

/// Turns the `data` of one version into the `data` of the next.
pub type Migration = fn(Value) -> Result<Value, String>;

/// A piece of the user's data that is stored as one unit.
pub trait Document: Serialize + DeserializeOwned + Default + Clone + PartialEq + 'static {
    /// Part of the storage key. Never rename a shipped document: add a migration instead.
    const NAME: &'static str;
    /// How the user would name it in a sentence: "your settings".
    const DESCRIPTION: &'static str;
    /// `MIGRATIONS[i]` turns version `i + 1` into version `i + 2`, so the current version is
    /// `MIGRATIONS.len() + 1`. Append only; keep a fixture of every shipped version.
    const MIGRATIONS: &'static [Migration] = &[];

    /// Rules serde cannot express. A document that breaks them is treated as unreadable.
    fn validate(&self) -> Result<(), String> {
        Ok(())
    }

    /// Combines this tab's changes (`mine`) and another tab's (`theirs`), both made from
    /// `base` (see [`super::merge`]). By default the document is one value: a change on one
    /// side wins, and changes on both keep one of them. Documents of records merge them one
    /// by one.
    fn merge(base: &Self, mine: &Self, theirs: &Self) -> Merged<Self> {
        Merged {
            doc: super::merge::pick(base, mine, theirs),
            conflicts: Vec::new(),
        }
    }
}

/// The version this build writes.
pub fn current_version<D: Document>() -> u32 {
    D::MIGRATIONS.len() as u32 + 1
}

/// The storage key of a document.
pub fn storage_key<D: Document>() -> String {
    format!("{KEY_PREFIX}{}", D::NAME)
}

#[derive(Serialize)]
struct EnvelopeOut<'a, D> {
    version: u32,
    data: &'a D,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    lineage: &'a [String],
}

#[derive(Deserialize)]
struct EnvelopeIn {
    version: u32,
    data: Value,
    /// Read loosely: a damaged lineage only costs the merge its common ancestor.
    #[serde(default)]
    lineage: Value,
}

/// How many writes back a stored document remembers (see [`Decoded::lineage`]).
pub const LINEAGE: usize = 12;

/// The text stored for a document, as an export file holds it.
pub fn encode<D: Document>(doc: &D) -> String {
    encode_in(doc, &[])
}

/// The text stored for a document, with the ids of the writes it descends from, newest (its
/// own) first. Versions of the app before the lineage ignore it.
pub fn encode_in<D: Document>(doc: &D, lineage: &[String]) -> String {
    let envelope = EnvelopeOut {
        version: current_version::<D>(),
        data: doc,
        lineage: &lineage[..lineage.len().min(LINEAGE)],
    };
    // Documents are plain data (no maps with non-string keys), so this cannot fail.
    serde_json::to_string(&envelope).expect("documents serialize to JSON")
}

/// A document read from storage.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded<D> {
    pub doc: D,
    /// The version it was stored at, when that is older than the current one.
    pub migrated_from: Option<u32>,
    /// The ids of the writes this text descends from, newest (the one that wrote it) first:
    /// how a tab finds the last version it shares with another tab's write, to merge them.
    /// Empty for text written before lineages, or by hand.
    pub lineage: Vec<String>,
}

/// Why stored text could not be read as a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    NotJson(String),
    NoEnvelope,
    FromNewerVersion { found: u32, supported: u32 },
    MigrationFailed { from: u32, reason: String },
    WrongShape(String),
    Invalid(String),
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotJson(detail) => write!(f, "the saved text is damaged ({detail})"),
            Self::NoEnvelope => write!(f, "the saved text is not in this app's format"),
            Self::FromNewerVersion { found, supported } => write!(
                f,
                "it was saved by a newer version of this app (format {found}; this version reads up to {supported})"
            ),
            Self::MigrationFailed { from, reason } => write!(
                f,
                "it could not be brought up to date from format {from} ({reason})"
            ),
            Self::WrongShape(detail) => {
                write!(f, "the saved data has an unexpected shape ({detail})")
            }
            Self::Invalid(detail) => write!(f, "the saved data breaks a rule ({detail})"),
        }
    }
}

/// A document in its envelope, as a JSON value: how an export file holds it. Made from the
/// stored text rather than with `serde_json::to_value`: the same value (documents hold no
/// floats, see [`super::units`]), with one serializer per document type in the wasm instead
/// of two.
pub fn envelope<D: Document>(doc: &D) -> Value {
    serde_json::from_str(&encode(doc)).expect("the app's own JSON reads back")
}

/// Reads stored text, running the migrations from its version to the current one.
pub fn decode<D: Document>(raw: &str) -> Result<Decoded<D>, Unreadable> {
    let value: Value = serde_json::from_str(raw).map_err(|e| Unreadable::NotJson(e.to_string()))?;
    decode_value(value)
}

/// Reads a document in its envelope, already parsed (from an export file, say).
pub fn decode_value<D: Document>(value: Value) -> Result<Decoded<D>, Unreadable> {
    // serde would also read a struct from an array of its fields.
    if !value.is_object() {
        return Err(Unreadable::NoEnvelope);
    }
    let envelope: EnvelopeIn = serde_json::from_value(value).map_err(|_| Unreadable::NoEnvelope)?;
    let supported = current_version::<D>();
    let found = envelope.version;
    if found == 0 {
        return Err(Unreadable::NoEnvelope);
    }
    if found > supported {
        return Err(Unreadable::FromNewerVersion { found, supported });
    }
    let mut data = envelope.data;
    for migrate in &D::MIGRATIONS[(found - 1) as usize..] {
        data = migrate(data).map_err(|reason| Unreadable::MigrationFailed {
            from: found,
            reason,
        })?;
    }
    let doc: D = serde_json::from_value(data).map_err(|e| Unreadable::WrongShape(e.to_string()))?;
    doc.validate().map_err(Unreadable::Invalid)?;
    let lineage = match envelope.lineage {
        Value::Array(ids) => ids
            .into_iter()
            .filter_map(|id| match id {
                Value::String(id) if (1..=40).contains(&id.len()) => Some(id),
                _ => None,
            })
            .take(LINEAGE)
            .collect(),
        _ => Vec::new(),
    };
    Ok(Decoded {
        doc,
        migrated_from: (found < supported).then_some(found),
        lineage,
    })
}

/// Where the raw text of an unreadable document is kept.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct KeptAsideKey {
    pub document: String,
    pub at: DateTime<Utc>,
    /// Tells apart two copies kept in the same millisecond.
    pub serial: u32,
}

impl KeptAsideKey {
    pub fn new(document: &str, at: DateTime<Utc>, serial: u32) -> Self {
        Self {
            document: document.to_owned(),
            at,
            serial,
        }
    }

    pub fn to_key(&self) -> String {
        let at = timestamp(self.at);
        match self.serial {
            0 => format!("{KEPT_ASIDE_PREFIX}{}/{at}", self.document),
            n => format!("{KEPT_ASIDE_PREFIX}{}/{at}/{n}", self.document),
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        let rest = key.strip_prefix(KEPT_ASIDE_PREFIX)?;
        let mut parts = rest.split('/');
        let document = parts.next().filter(|d| !d.is_empty())?;
        let at = parse_timestamp(parts.next()?)?;
        let serial = match parts.next() {
            None => 0,
            Some(n) => n.parse().ok().filter(|n| *n > 0)?,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(Self::new(document, at, serial))
    }

    /// A file name for downloading the kept text.
    pub fn file_name(&self) -> String {
        let at = &timestamp(self.at)[..19];
        let at = at.replace('T', "-").replace(':', "");
        match self.serial {
            0 => format!("cto-compass-{}-{at}.txt", self.document),
            n => format!("cto-compass-{}-{at}-{n}.txt", self.document),
        }
    }
}

/// `2026-11-25T09:30:05.000Z`. Written by hand: chrono's general formatter would add about
/// 20 KB to the wasm.
pub fn timestamp(at: DateTime<Utc>) -> String {
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second(),
        at.timestamp_subsec_millis().min(999)
    )
}

/// Reads exactly what [`timestamp`] writes.
fn parse_timestamp(text: &str) -> Option<DateTime<Utc>> {
    let bytes = text.as_bytes();
    let shape = bytes.len() == 24
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            10 => *b == b'T',
            13 | 16 => *b == b':',
            19 => *b == b'.',
            23 => *b == b'Z',
            _ => b.is_ascii_digit(),
        });
    if !shape {
        return None;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().ok();
    let date = NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)?;
    let time = date.and_hms_milli_opt(
        number(11..13)?,
        number(14..16)?,
        number(17..19)?,
        number(20..23)?,
    )?;
    Some(time.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    struct Figures {
        values: Vec<f64>,
        names: Vec<String>,
        count: u64,
        note: Option<String>,
    }

    impl Document for Figures {
        const NAME: &'static str = "figures";
        const DESCRIPTION: &'static str = "the figures";
    }

    #[test]
    fn an_export_envelope_is_the_value_serde_would_make_directly() {
        let doc = Figures {
            values: vec![
                0.1 + 0.2,
                1.0 / 3.0,
                -0.0,
                150_000.0,
                1e-7,
                123_456_789.123_456_78,
                f64::MAX,
                f64::MIN_POSITIVE,
                5e-324,
            ],
            names: vec!["“quoted” \\ \n".into(), String::new()],
            count: u64::MAX,
            note: None,
        };
        let direct = serde_json::to_value(EnvelopeOut {
            version: 1,
            data: &doc,
            lineage: &[],
        })
        .unwrap();
        assert_eq!(envelope(&doc), direct);
        assert_eq!(
            serde_json::to_string_pretty(&envelope(&doc)).unwrap(),
            serde_json::to_string_pretty(&direct).unwrap()
        );
    }

    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
    struct Counter {
        count: u32,
    }

    impl Document for Counter {
        const NAME: &'static str = "counter";
        const DESCRIPTION: &'static str = "the counter";
        // v1 {"n": 3} -> v2 {"count": 3}
        const MIGRATIONS: &'static [Migration] = &[|mut v| {
            let n = v.get_mut("n").map(Value::take).ok_or("no n")?;
            Ok(serde_json::json!({ "count": n }))
        }];

        fn validate(&self) -> Result<(), String> {
            if self.count > 1000 {
                return Err("count above 1000".into());
            }
            Ok(())
        }
    }

    #[test]
    fn round_trips_at_the_current_version() {
        let doc = Counter { count: 7 };
        let raw = encode(&doc);
        assert_eq!(raw, r#"{"version":2,"data":{"count":7}}"#);
        assert_eq!(
            decode::<Counter>(&raw),
            Ok(Decoded {
                doc,
                migrated_from: None,
                lineage: Vec::new(),
            })
        );
    }

    #[test]
    fn the_lineage_is_kept_and_a_damaged_one_is_ignored() {
        let doc = Counter { count: 7 };
        let ids = vec!["b".to_owned(), "a".to_owned()];
        let raw = encode_in(&doc, &ids);
        assert_eq!(
            raw,
            r#"{"version":2,"data":{"count":7},"lineage":["b","a"]}"#
        );
        assert_eq!(decode::<Counter>(&raw).unwrap().lineage, ids);
        for damaged in [r#""b""#, "7", r#"[1,"b",null,{}]"#, "null"] {
            let raw = format!(r#"{{"version":2,"data":{{"count":7}},"lineage":{damaged}}}"#);
            let decoded = decode::<Counter>(&raw).expect(&raw);
            assert_eq!(decoded.doc, doc);
            assert!(decoded.lineage.iter().all(|id| id == "b"), "{raw}");
        }
        let long: Vec<String> = (0..40).map(|i| i.to_string()).collect();
        let decoded = decode::<Counter>(&encode_in(&doc, &long)).unwrap();
        assert_eq!(decoded.lineage, long[..LINEAGE]);
    }

    #[test]
    fn migrates_older_versions() {
        let decoded = decode::<Counter>(r#"{"version":1,"data":{"n":3}}"#).unwrap();
        assert_eq!(decoded.doc, Counter { count: 3 });
        assert_eq!(decoded.migrated_from, Some(1));
    }

    type Expectation = fn(&Unreadable) -> bool;

    #[test]
    fn says_why_text_is_unreadable() {
        let cases: &[(&str, Expectation)] = &[
            ("", |e| matches!(e, Unreadable::NotJson(_))),
            ("{\"version\":2,\"data\":{\"count\":", |e| {
                matches!(e, Unreadable::NotJson(_))
            }),
            ("[1,2,3]", |e| *e == Unreadable::NoEnvelope),
            ("{\"count\":3}", |e| *e == Unreadable::NoEnvelope),
            ("{\"version\":0,\"data\":{}}", |e| {
                *e == Unreadable::NoEnvelope
            }),
            ("{\"version\":-1,\"data\":{}}", |e| {
                *e == Unreadable::NoEnvelope
            }),
            ("{\"version\":3,\"data\":{}}", |e| {
                *e == Unreadable::FromNewerVersion {
                    found: 3,
                    supported: 2,
                }
            }),
            ("{\"version\":1,\"data\":{}}", |e| {
                matches!(e, Unreadable::MigrationFailed { from: 1, .. })
            }),
            ("{\"version\":2,\"data\":{\"count\":\"seven\"}}", |e| {
                matches!(e, Unreadable::WrongShape(_))
            }),
            ("{\"version\":2,\"data\":{\"count\":5000}}", |e| {
                *e == Unreadable::Invalid("count above 1000".into())
            }),
        ];
        for (raw, expected) in cases {
            let err = decode::<Counter>(raw).expect_err(raw);
            assert!(expected(&err), "{raw:?} gave {err:?}");
            assert!(!err.to_string().is_empty());
        }
    }

    #[test]
    fn kept_aside_keys_round_trip() {
        let at = Utc.with_ymd_and_hms(2026, 11, 25, 9, 30, 5).unwrap();
        let first = KeptAsideKey::new("preferences", at, 0);
        assert_eq!(
            first.to_key(),
            "cto-compass/kept-aside/preferences/2026-11-25T09:30:05.000Z"
        );
        assert_eq!(KeptAsideKey::parse(&first.to_key()), Some(first.clone()));
        assert_eq!(
            first.file_name(),
            "cto-compass-preferences-2026-11-25-093005.txt"
        );
        let second = KeptAsideKey::new("preferences", at, 2);
        assert_eq!(KeptAsideKey::parse(&second.to_key()), Some(second));
    }

    #[test]
    fn other_keys_are_not_kept_aside_keys() {
        for key in [
            "cto-compass/preferences",
            "cto-compass/kept-aside/",
            "cto-compass/kept-aside/preferences",
            "cto-compass/kept-aside/preferences/yesterday",
            "cto-compass/kept-aside/preferences/2026-11-25T09:30:05Z",
            "cto-compass/kept-aside/preferences/2026-13-25T09:30:05.000Z",
            "cto-compass/kept-aside/preferences/2026-11-25T25:30:05.000Z",
            "cto-compass/kept-aside/preferences/2026-11-25T09:30:05.000+01:00",
            "cto-compass/kept-aside/preferences/2026-11-25T09:30:05.000Z/0",
            "cto-compass/kept-aside/preferences/2026-11-25T09:30:05.000Z/x",
            "cto-compass/kept-aside/preferences/2026-11-25T09:30:05.000Z/1/2",
            "theme",
        ] {
            assert_eq!(KeptAsideKey::parse(key), None, "{key}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_text_decodes_or_says_why(raw in ".{0,200}") {
                let _ = decode::<Counter>(&raw);
            }

            #[test]
            fn any_json_envelope_decodes_or_says_why(version in any::<u32>(), count in any::<i64>()) {
                let raw = format!(r#"{{"version":{version},"data":{{"count":{count},"n":{count}}}}}"#);
                if let Ok(decoded) = decode::<Counter>(&raw) {
                    prop_assert!(decoded.doc.count <= 1000);
                }
            }

            #[test]
            fn kept_aside_keys_round_trip_at_any_moment(millis in 0i64..4_102_444_800_000, serial in 0u32..50) {
                let at = DateTime::from_timestamp_millis(millis).unwrap();
                let key = KeptAsideKey::new("preferences", at, serial);
                prop_assert_eq!(KeptAsideKey::parse(&key.to_key()), Some(key));
            }

            #[test]
            fn every_valid_document_round_trips(count in 0u32..=1000) {
                let doc = Counter { count };
                prop_assert_eq!(decode::<Counter>(&encode(&doc)).map(|d| d.doc), Ok(doc));
            }
        }
    }
}
