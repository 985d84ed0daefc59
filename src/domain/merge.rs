//! Three-way merge of a document changed in two tabs at once.
//!
//! Each tab keeps the last stored version it shares with the others (the base). When the
//! stored document changes under a tab that has changes of its own, the tab merges: what only
//! one side changed is taken from that side; records (notes, candidates, KPIs, check-ins,
//! scenarios) are merged one by one, so two tabs editing different records both keep their
//! changes. A record both sides changed differently is kept twice: one version in place, the
//! other as a copy named as such, and the merge lists it so the visitor is told. An edit beats
//! a deletion. The merge is symmetric (the same whichever tab does it), so two tabs merging
//! each other's writes agree and stop writing.

use serde::Serialize;

use super::document::{Document, LINEAGE};

/// How many versions a tab remembers as possible starting points of a merge.
const KNOWN: usize = 8;

/// A version of a document as stored: the ids of the writes it descends from, newest (the
/// write that made it) first, and its content.
#[derive(Debug, Clone, PartialEq)]
pub struct Version<D> {
    pub lineage: Vec<String>,
    pub doc: D,
}

/// The id of text stored without a lineage (by an older version of the app, or by hand): the
/// same in every tab that reads it.
pub fn text_id(raw: &str) -> String {
    format!("t{}", tag_of(raw))
}

/// What one tab knows of a stored document: the versions it read or wrote, by the id of the
/// write that made them. Pure, so the way tabs merge is tested here, natively; the storage
/// layer feeds it what localStorage holds.
#[derive(Debug, Clone)]
pub struct Replica<D> {
    /// Newest first. Starts with the empty document under an id no write has: what a tab
    /// that has read nothing holds.
    known: Vec<(String, D)>,
    /// Where in `known` the newest version read is.
    last_read: usize,
    /// The lineage of the version last read or written, which the next write continues.
    lineage: Vec<String>,
}

/// The id standing for "nothing stored": what a tab that has read nothing holds, and what a
/// write made on empty storage descends from. Write ids always hold a dash, so none is "0".
/// Nothing found where a version was (deleted) is the id of that version after it: so a
/// tab that missed the deletion does not take the empty document for its ancestor, and its
/// records go too.
pub const NOTHING: &str = "0";

impl<D: Document> Default for Replica<D> {
    fn default() -> Self {
        Replica {
            known: vec![(NOTHING.to_owned(), D::default())],
            last_read: 0,
            lineage: Vec::new(),
        }
    }
}

impl<D: Document> Replica<D> {
    /// Keeps the newest versions, but never forgets the newest one read (another tab's, so an
    /// ancestor of that tab's next writes) however many this tab writes meanwhile.
    fn remember(&mut self, id: String, doc: D, read: bool) {
        self.known.retain(|(k, _)| *k != id);
        self.known.insert(0, (id, doc));
        if read {
            self.last_read = 0;
        } else {
            self.last_read += 1;
        }
        if self.known.len() > KNOWN {
            let drop = if self.last_read == KNOWN {
                KNOWN - 1
            } else {
                KNOWN
            };
            self.known.remove(drop);
            self.last_read = self.last_read.min(KNOWN - 1);
        }
    }

    /// Merges what the page holds (`mine`) into the version stored now (`None`: nothing is
    /// stored). Returns what the page should hold, and whether that differs from what is
    /// stored, so must be written. Changes nothing: see [`Replica::took`].
    ///
    /// The merge starts from the newest version this tab knows that the stored one descends
    /// from. When nothing is stored (deleted, here or in another tab), it starts from the
    /// newest version this tab knows, so what the page holds beyond that is kept and the rest
    /// goes. When the stored version shares no version this tab knows (written by an older
    /// app without a lineage, or after events this tab missed), it starts from the newest
    /// version this tab read: what the page changed since is kept, the rest is taken from
    /// storage, and a record both changed is kept twice.
    pub fn merge(&self, mine: &D, stored: Option<&Version<D>>) -> (Merged<D>, bool) {
        let empty = D::default();
        let (base, theirs) = match stored {
            None => (self.known.first(), &empty),
            Some(version) => (
                version
                    .lineage
                    .iter()
                    .find_map(|id| self.known.iter().find(|(k, _)| k == id))
                    .or(self.known.get(self.last_read)),
                &version.doc,
            ),
        };
        let merged = match base {
            Some((_, base)) => D::merge(base, mine, theirs),
            None => D::merge(&empty, mine, theirs),
        };
        let differs = merged.doc != *theirs;
        (merged, differs)
    }

    /// The stored version was read (and merged): later writes descend from it.
    pub fn took(&mut self, stored: Option<Version<D>>) {
        match stored {
            // Already nothing: the same version again.
            None if self
                .lineage
                .first()
                .is_some_and(|id| id.starts_with(NOTHING)) => {}
            None => {
                let after = self.lineage.first().map_or("", String::as_str);
                let id = format!("{NOTHING}{after}");
                self.remember(id.clone(), D::default(), true);
                self.lineage = std::iter::once(id)
                    .chain(self.lineage.iter().cloned())
                    .take(LINEAGE)
                    .collect();
            }
            Some(Version { lineage, doc }) => {
                if let Some(id) = lineage.first() {
                    self.remember(id.clone(), doc, true);
                }
                self.lineage = lineage;
            }
        }
    }

    /// Merges and takes at once, as the tests' tabs do.
    #[cfg(test)]
    pub fn read(&mut self, mine: &D, stored: Option<Version<D>>) -> (Merged<D>, bool) {
        let out = self.merge(mine, stored.as_ref());
        self.took(stored);
        out
    }

    /// The lineage to store with a new write of id `id`.
    pub fn lineage_of(&self, id: &str) -> Vec<String> {
        std::iter::once(id.to_owned())
            .chain(self.lineage.iter().cloned())
            .take(LINEAGE)
            .collect()
    }

    /// `doc` was written, with `lineage` (from [`Replica::lineage_of`]).
    pub fn wrote(&mut self, doc: D, lineage: Vec<String>) {
        if let Some(id) = lineage.first() {
            self.remember(id.clone(), doc, false);
        }
        self.lineage = lineage;
    }
}

/// The outcome of a merge: the document, and what was changed on both sides.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged<D> {
    pub doc: D,
    /// In words, one a record kept twice: "the note “Hiring plan”".
    pub conflicts: Vec<String>,
}

/// One of two different versions, the same one whichever is called `a`: an order on their
/// JSON, which only has to be the same in every tab.
fn either<T: Serialize + Clone>(a: &T, b: &T) -> T {
    let text = |x: &T| serde_json::to_string(x).unwrap_or_default();
    if text(a) >= text(b) {
        a.clone()
    } else {
        b.clone()
    }
}

/// A value changed on one side is taken from that side; changed on both, one of them.
pub fn pick<T: Serialize + Clone + PartialEq>(base: &T, mine: &T, theirs: &T) -> T {
    if mine == base {
        theirs.clone()
    } else if theirs == base || mine == theirs {
        mine.clone()
    } else {
        either(mine, theirs)
    }
}

/// A value in a list merged one by one, found by its key.
pub trait Record: Serialize + Clone + PartialEq {
    fn key(&self) -> String;
    /// This version as a record of its own beside the other, named so the visitor sees what
    /// it is. Its key is new, made from `tag` (the same in every tab); `attempt` counts the
    /// tags tried before, whose keys were taken, so a name that is the key can change too.
    fn conflict_copy(&self, tag: &str, attempt: usize) -> Self;
    /// How the visitor would name it: "the note “Hiring plan”".
    fn describe(&self) -> String;
}

/// A short tag that is the same for the same text in every tab (FNV-1a, in base 36).
pub fn tag_of(text: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in text.bytes() {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    let mut out = Vec::new();
    loop {
        out.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(hash % 36) as usize]);
        hash /= 36;
        if hash == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// `name` with a suffix saying it is the other version, cut to `max` characters.
pub fn other_version(name: &str, max: usize) -> String {
    numbered_other_version(name, max, 0)
}

/// As [`other_version`], numbered from the second: "Plan (other version 2)".
pub fn numbered_other_version(name: &str, max: usize, attempt: usize) -> String {
    let suffix = match attempt {
        0 => " (other version)".to_owned(),
        n => format!(" (other version {})", n + 1),
    };
    let room = max.saturating_sub(suffix.chars().count());
    let kept: String = name.trim().chars().take(room).collect();
    format!("{}{suffix}", kept.trim_end())
}

/// Merges two lists of records that each changed from `base`.
pub fn records<R: Record>(
    base: &[R],
    mine: &[R],
    theirs: &[R],
    conflicts: &mut Vec<String>,
) -> Vec<R> {
    if mine == base {
        return theirs.to_vec();
    }
    if theirs == base || mine == theirs {
        return mine.to_vec();
    }
    let find = |list: &[R], key: &str| list.iter().find(|r| r.key() == key).cloned();
    // The base's order, then what is new on either side in the order of its key: the same
    // order in every tab.
    let mut keys: Vec<String> = base.iter().map(R::key).collect();
    let mut new: Vec<String> = mine
        .iter()
        .chain(theirs)
        .map(R::key)
        .filter(|k| !keys.contains(k))
        .collect();
    new.sort();
    new.dedup();
    keys.extend(new);
    let mut out = Vec::new();
    for key in keys {
        let (b, m, t) = (find(base, &key), find(mine, &key), find(theirs, &key));
        let kept = if m == b {
            t
        } else if t == b || m == t {
            m
        } else {
            match (m, t) {
                // An edit beats a deletion.
                (Some(one), None) | (None, Some(one)) => Some(one),
                (Some(m), Some(t)) => {
                    let first = either(&m, &t);
                    let second = if first == m { t } else { m };
                    let mut tag = tag_of(&serde_json::to_string(&second).unwrap_or_default());
                    let mut copy = second.conflict_copy(&tag, 0);
                    // A key taken by another record (a copy of the same text, changed since)
                    // gets another tag, the same in every tab: both sides hold the same keys.
                    let taken = |copy: &R, out: &[R]| {
                        [base, mine, theirs, out]
                            .iter()
                            .any(|list| list.iter().any(|r| r.key() == copy.key() && r != copy))
                    };
                    for attempt in 1..100 {
                        if !taken(&copy, &out) {
                            break;
                        }
                        tag = tag_of(&tag);
                        copy = second.conflict_copy(&tag, attempt);
                    }
                    conflicts.push(first.describe());
                    push(&mut out, first);
                    Some(copy)
                }
                (None, None) => None,
            }
        };
        if let Some(record) = kept {
            push(&mut out, record);
        }
    }
    out
}

/// Saves a record edited in a form that opened on `opened` (`None`: a new record). When the
/// list holds a different version of it now (changed in another tab meanwhile), that version
/// is kept beside it as a copy rather than written over, and its description comes back so
/// the visitor is told. A record deleted meanwhile comes back: an edit beats a deletion.
pub fn save_edit<R: Record>(list: &mut Vec<R>, opened: Option<&R>, saved: R) -> Option<String> {
    let key = saved.key();
    let Some(at) = list.iter().position(|r| r.key() == key) else {
        list.push(saved);
        return None;
    };
    let current = list[at].clone();
    let changed_elsewhere = opened.is_some_and(|o| *o != current) && current != saved;
    list[at] = saved;
    if !changed_elsewhere {
        return None;
    }
    let tag = tag_of(&serde_json::to_string(&current).unwrap_or_default());
    let copy = (0..100)
        .map(|attempt| current.conflict_copy(&tag, attempt))
        .find(|copy| list.iter().all(|r| r.key() != copy.key()))?;
    let told = current.describe();
    list.insert(at + 1, copy);
    Some(told)
}

/// Adds a record unless one with its key is there already (a copy made by an earlier merge of
/// the same two versions).
fn push<R: Record>(out: &mut Vec<R>, record: R) {
    if !out.iter().any(|r| r.key() == record.key()) {
        out.push(record);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Debug, Clone, PartialEq, Serialize)]
    struct Item {
        id: String,
        text: String,
    }

    impl Record for Item {
        fn key(&self) -> String {
            self.id.clone()
        }
        fn conflict_copy(&self, tag: &str, _attempt: usize) -> Self {
            Item {
                id: format!("{}-{tag}", self.id),
                text: other_version(&self.text, 30),
            }
        }
        fn describe(&self) -> String {
            format!("item {}", self.id)
        }
    }

    fn item(id: &str, text: &str) -> Item {
        Item {
            id: id.into(),
            text: text.into(),
        }
    }

    fn texts(list: &[Item]) -> Vec<String> {
        list.iter()
            .map(|i| format!("{}={}", i.id, i.text))
            .collect()
    }

    #[test]
    fn each_side_keeps_what_only_it_changed() {
        let base = vec![item("a", "1"), item("b", "1"), item("c", "1")];
        let mine = vec![item("a", "mine"), item("b", "1"), item("d", "new mine")];
        let theirs = vec![
            item("a", "1"),
            item("b", "theirs"),
            item("c", "1"),
            item("e", "new"),
        ];
        let mut conflicts = Vec::new();
        let merged = records(&base, &mine, &theirs, &mut conflicts);
        assert_eq!(
            texts(&merged),
            ["a=mine", "b=theirs", "d=new mine", "e=new"]
        );
        assert!(conflicts.is_empty());
    }

    #[test]
    fn a_record_changed_on_both_sides_is_kept_twice_and_named() {
        let base = vec![item("a", "1")];
        let mine = vec![item("a", "mine")];
        let theirs = vec![item("a", "theirs")];
        let mut conflicts = Vec::new();
        let merged = records(&base, &mine, &theirs, &mut conflicts);
        assert_eq!(merged.len(), 2);
        assert!(
            merged
                .iter()
                .any(|i| i.text == "mine" || i.text == "mine (other version)")
        );
        assert!(
            merged
                .iter()
                .any(|i| i.text == "theirs" || i.text == "theirs (other version)")
        );
        assert_eq!(conflicts, ["item a"]);
        // The same in the other tab, and merging the outcome again changes nothing.
        let mut again = Vec::new();
        assert_eq!(records(&base, &theirs, &mine, &mut again), merged);
        assert_eq!(records(&mine, &merged, &merged, &mut again), merged);
    }

    #[test]
    fn an_edit_beats_a_deletion() {
        let base = vec![item("a", "1"), item("b", "1")];
        let mine = vec![item("a", "edited"), item("b", "1")];
        let theirs = vec![item("b", "1")];
        let mut conflicts = Vec::new();
        assert_eq!(
            texts(&records(&base, &mine, &theirs, &mut conflicts)),
            ["a=edited", "b=1"]
        );
        // A deletion on one side of a record the other did not touch holds.
        let mine = vec![item("a", "1")];
        assert_eq!(
            texts(&records(&base, &mine, &theirs, &mut conflicts)),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_tab_that_missed_a_deletion_does_not_bring_back_what_was_deleted() {
        use crate::domain::workspace::Workspace;
        use crate::domain::workspace::notes::Note;
        let with = |ids: &[&str]| Workspace {
            notes: ids
                .iter()
                .map(|id| Note::new((*id).into(), Default::default()))
                .collect(),
            ..Workspace::default()
        };
        // Both tabs hold two notes, written by the first.
        let (mut a, mut b) = (Replica::<Workspace>::default(), Replica::default());
        let old = with(&["n1", "n2"]);
        let lineage = a.lineage_of("w1");
        a.wrote(old.clone(), lineage.clone());
        b.read(
            &Workspace::default(),
            Some(Version {
                lineage,
                doc: old.clone(),
            }),
        );
        // The first deletes everything and adds a note; the second, asleep, sees none of it.
        a.took(None);
        let fresh = with(&["n3"]);
        let lineage = a.lineage_of("w2");
        a.wrote(fresh.clone(), lineage.clone());
        let (merged, differs) = b.merge(
            &old,
            Some(&Version {
                lineage,
                doc: fresh.clone(),
            }),
        );
        assert_eq!(merged.doc, fresh);
        assert!(!differs);
        // Two tabs that both start on empty storage keep each other's first notes.
        let (mut c, mut d) = (Replica::<Workspace>::default(), Replica::default());
        c.took(None);
        d.took(None);
        let lineage = c.lineage_of("c1");
        c.wrote(with(&["c"]), lineage.clone());
        let (merged, _) = d.merge(
            &with(&["d"]),
            Some(&Version {
                lineage,
                doc: with(&["c"]),
            }),
        );
        assert_eq!(merged.doc.notes.len(), 2);
    }

    #[test]
    fn a_form_saved_over_another_tabs_change_keeps_both() {
        let opened = item("a", "1");
        // Nobody else changed it: replaced.
        let mut list = vec![item("a", "1"), item("b", "1")];
        assert_eq!(save_edit(&mut list, Some(&opened), item("a", "mine")), None);
        assert_eq!(texts(&list), ["a=mine", "b=1"]);
        // Changed in another tab meanwhile: both kept, and said.
        let mut list = vec![item("a", "theirs"), item("b", "1")];
        let told = save_edit(&mut list, Some(&opened), item("a", "mine"));
        assert_eq!(told.as_deref(), Some("item a"));
        assert_eq!(list.len(), 3);
        assert_eq!(texts(&list[..1]), ["a=mine"]);
        assert_eq!(list[1].text, "theirs (other version)");
        // Deleted meanwhile: back; a new record: added.
        let mut list = vec![item("b", "1")];
        assert_eq!(save_edit(&mut list, Some(&opened), item("a", "mine")), None);
        assert_eq!(save_edit(&mut list, None, item("c", "new")), None);
        assert_eq!(texts(&list), ["b=1", "a=mine", "c=new"]);
    }

    #[test]
    fn the_other_version_keeps_the_name_within_its_limit() {
        assert_eq!(other_version("Plan", 60), "Plan (other version)");
        assert_eq!(other_version("  ", 60), " (other version)");
        let long = "x".repeat(100);
        assert_eq!(other_version(&long, 60).chars().count(), 60);
        assert_eq!(tag_of("same"), tag_of("same"));
        assert_ne!(tag_of("same"), tag_of("other"));
    }

    #[test]
    fn whole_documents_merge_their_parts_one_by_one() {
        use crate::domain::assessment::Progress;
        use crate::domain::document::Document;
        use crate::domain::workspace::Workspace;
        use crate::domain::workspace::kpis::{CheckIn, Kpi, Reading};
        use crate::domain::workspace::steps::Status;
        use crate::domain::workspace::time::Day;

        // Two tabs answering different questions both keep their answers.
        let answered = |pairs: &[(&str, &str)]| Progress {
            answers: pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            ..Progress::default()
        };
        let base = answered(&[("stage", "early")]);
        let mine = answered(&[("stage", "early"), ("team", "1-3")]);
        let theirs = answered(&[("stage", "growth")]);
        assert_eq!(
            Progress::merge(&base, &mine, &theirs).doc,
            answered(&[("stage", "growth"), ("team", "1-3")])
        );

        // A KPI deleted in one tab while the other recorded a value for it comes back.
        let kpi: Kpi = serde_json::from_value(serde_json::json!({
            "id": "k1", "name": "Uptime", "unit": "%", "target": 99_000_000, "direction": "Higher"
        }))
        .unwrap();
        let base = Workspace {
            kpis: vec![kpi.clone()],
            ..Workspace::default()
        };
        let mut mine = base.clone();
        let mut check_in = CheckIn::new("x1".into(), Day::parse("2026-11-30").unwrap());
        check_in.readings.push(Reading {
            kpi: "k1".into(),
            value: crate::domain::units::Millionths(98_000_000),
        });
        mine.check_ins.push(check_in);
        mine.steps.0[0] = Some(Status::Completed);
        let mut theirs = base.clone();
        theirs.remove_kpi("k1");
        theirs.steps.0[1] = Some(Status::InProgress);
        let merged = Workspace::merge(&base, &mine, &theirs).doc;
        assert!(merged.validate().is_ok());
        assert_eq!(merged.kpis, [kpi]);
        assert_eq!(merged.check_ins.len(), 1);
        assert_eq!(
            (merged.steps.0[0], merged.steps.0[1]),
            (Some(Status::Completed), Some(Status::InProgress))
        );
    }

    #[test]
    fn a_copy_whose_key_is_taken_gets_another_and_the_merge_ends() {
        use crate::domain::calculator::scenarios::{Scenario, Scenarios};
        use crate::domain::document::Document;
        let plan = |name: &str, figures: &str| Scenario {
            name: name.into(),
            figures: figures.into(),
        };
        // A first conflict left "Plan (other version)"; "Plan" now changes on both sides again.
        let base = Scenarios {
            saved: vec![plan("Plan", "h=1"), plan("Plan (other version)", "h=2")],
        };
        let mine = Scenarios {
            saved: vec![plan("Plan", "h=3"), plan("Plan (other version)", "h=2")],
        };
        let theirs = Scenarios {
            saved: vec![plan("Plan", "h=4"), plan("Plan (other version)", "h=2")],
        };
        let merged = Scenarios::merge(&base, &mine, &theirs).doc;
        assert!(merged.validate().is_ok(), "{merged:?}");
        let names: Vec<&str> = merged.saved.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            ["Plan", "Plan (other version 2)", "Plan (other version)"]
        );
        assert_eq!(merged, Scenarios::merge(&base, &theirs, &mine).doc);
        // An id at the longest an id can be still gets a copy of its own.
        let long = "a".repeat(40);
        let note = |body: &str| crate::domain::workspace::notes::Note {
            body: body.into(),
            ..crate::domain::workspace::notes::Note::new(long.clone(), chrono::DateTime::UNIX_EPOCH)
        };
        let mut conflicts = Vec::new();
        let merged = records(&[note("1")], &[note("2")], &[note("3")], &mut conflicts);
        assert_eq!(merged.len(), 2);
        assert_ne!(merged[0].id, merged[1].id);
        assert!(merged[1].id.len() <= 40);
    }

    #[test]
    fn a_value_changed_on_both_sides_is_one_of_them_in_either_tab() {
        assert_eq!(pick(&1, &2, &1), 2);
        assert_eq!(pick(&1, &1, &3), 3);
        assert_eq!(pick(&1, &2, &3), pick(&1, &3, &2));
    }
}

/// Two tabs writing one workspace, with localStorage's timing: each tab sees its own writes at
/// once and the other's only when its `storage` event arrives, in order.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod two_tabs {
    use std::collections::VecDeque;

    use proptest::prelude::*;

    use super::*;
    use crate::domain::workspace::Workspace;
    use crate::domain::workspace::notes::Note;

    #[derive(Default)]
    struct Tab {
        replica: Replica<Workspace>,
        value: Workspace,
        /// The write this tab's storage shows (its own, or the last delivered).
        cache: Option<usize>,
        /// The write this tab last read or wrote.
        seen: Option<usize>,
        own: Option<usize>,
        events: VecDeque<usize>,
        dirty: bool,
    }

    #[derive(Default)]
    struct Browser {
        tabs: [Tab; 2],
        /// Every write, in the order storage took them: the last is what is stored.
        log: Vec<Version<Workspace>>,
        conflicts: usize,
    }

    #[derive(Debug, Clone)]
    enum Step {
        /// A tab adds a note.
        Add(usize),
        /// A tab adds a word to the body of its n-th note.
        Append(usize, usize),
        /// A tab's next storage event arrives.
        Deliver(usize),
        /// A tab deletes its n-th note.
        Delete(usize, usize),
        /// A tab sets the status of a step.
        Status(usize, usize, bool),
    }

    impl Browser {
        fn sync(&mut self, t: usize) {
            let tab = &mut self.tabs[t];
            if tab.seen == tab.cache {
                if tab.dirty {
                    self.write(t);
                }
                return;
            }
            let stored = tab.cache.map(|i| self.log[i].clone());
            let (merged, differs) = tab.replica.read(&tab.value, stored);
            self.conflicts += merged.conflicts.len();
            tab.value = merged.doc;
            tab.seen = tab.cache;
            tab.dirty = differs;
            if differs {
                self.write(t);
            }
        }

        fn write(&mut self, t: usize) {
            let at = self.log.len();
            let tab = &mut self.tabs[t];
            let lineage = tab.replica.lineage_of(&format!("w{at}"));
            tab.replica.wrote(tab.value.clone(), lineage.clone());
            self.log.push(Version {
                lineage,
                doc: tab.value.clone(),
            });
            (tab.cache, tab.seen, tab.own, tab.dirty) = (Some(at), Some(at), Some(at), false);
            self.tabs[1 - t].events.push_back(at);
        }

        fn edit(&mut self, t: usize, change: impl FnOnce(&mut Workspace)) {
            change(&mut self.tabs[t].value);
            self.tabs[t].dirty = true;
            self.sync(t);
        }

        fn deliver(&mut self, t: usize) -> bool {
            let tab = &mut self.tabs[t];
            let Some(at) = tab.events.pop_front() else {
                return false;
            };
            // A write of this tab's made after it is what storage holds.
            if tab.own.is_none_or(|own| at > own) {
                tab.cache = Some(at);
            }
            self.sync(t);
            true
        }
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            (0..2usize).prop_map(Step::Add),
            (0..2usize, 0..6usize).prop_map(|(t, n)| Step::Append(t, n)),
            (0..2usize).prop_map(Step::Deliver),
            (0..2usize, 0..6usize).prop_map(|(t, n)| Step::Delete(t, n)),
            (0..2usize, 0..7usize, any::<bool>()).prop_map(|(t, i, done)| Step::Status(t, i, done)),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn every_word_typed_in_either_tab_is_kept_and_the_tabs_agree(steps in proptest::collection::vec(step(), 1..40)) {
            if let Err(failure) = run(steps) {
                prop_assert!(false, "{}", failure);
            }
        }
    }

    macro_rules! check {
        ($cond:expr, $($arg:tt)*) => { if !$cond { return Err(format!($($arg)*)); } };
    }
    macro_rules! check_eq {
        ($a:expr, $b:expr) => {
            if $a != $b {
                return Err(format!("{:?} != {:?}", $a, $b));
            }
        };
    }

    fn run(steps: Vec<Step>) -> Result<(), String> {
        let mut browser = Browser::default();
        let mut words = Vec::new();
        let mut deleted: Vec<String> = Vec::new();
        for (i, step) in steps.into_iter().enumerate() {
            match step {
                Step::Add(t) => {
                    let word = format!("t{t}w{i}");
                    let mut note = Note::new(word.clone(), chrono::DateTime::UNIX_EPOCH);
                    note.body = word.clone();
                    words.push(word);
                    browser.edit(t, |w| w.notes.push(note));
                }
                Step::Append(t, n) => {
                    if browser.tabs[t].value.notes.is_empty() {
                        continue;
                    }
                    let word = format!("t{t}w{i}");
                    let index = n % browser.tabs[t].value.notes.len();
                    words.push(word.clone());
                    browser.edit(t, |w| {
                        let body = &mut w.notes[index].body;
                        body.push(' ');
                        body.push_str(&word);
                    });
                }
                Step::Deliver(t) => {
                    browser.deliver(t);
                }
                Step::Delete(t, n) => {
                    let notes = &browser.tabs[t].value.notes;
                    if notes.is_empty() {
                        continue;
                    }
                    let index = n % notes.len();
                    // Deleted on purpose: the words this tab saw in it may go.
                    deleted.extend(notes[index].body.split(' ').map(str::to_owned));
                    browser.edit(t, |w| _ = w.notes.remove(index));
                }
                Step::Status(t, i, done) => {
                    use crate::domain::workspace::steps::Status;
                    let status = if done {
                        Status::Completed
                    } else {
                        Status::InProgress
                    };
                    browser.edit(t, |w| w.steps.0[i] = Some(status));
                }
            }
        }
        // Every event arrives; merging must settle.
        let mut rounds = 0;
        while browser.deliver(0) | browser.deliver(1) {
            rounds += 1;
            check!(rounds < 100, "the tabs keep writing");
        }
        let empty = Workspace::default();
        let stored = browser.log.last().map_or(&empty, |v| &v.doc);
        check!(
            stored.validate().is_ok(),
            "invalid: {:?}",
            stored.validate()
        );
        for word in words.iter().filter(|w| !deleted.contains(w)) {
            check!(
                stored
                    .notes
                    .iter()
                    .any(|n| n.body.split(' ').any(|w| w == word)),
                "{word} was lost: {:?}",
                stored.notes
            );
        }
        check_eq!(&browser.tabs[0].value, stored);
        check_eq!(&browser.tabs[1].value, stored);
        Ok(())
    }

    #[test]
    fn a_conflict_then_more_writes_on_both_sides() {
        use Step::*;
        let steps = vec![
            Add(0),
            Deliver(1),
            Append(1, 0),
            Append(0, 0),
            Deliver(1),
            Append(1, 0),
            Add(0),
            Append(1, 0),
            Add(0),
            Append(1, 5),
            Add(1),
            Add(1),
            Add(0),
            Add(1),
            Append(1, 0),
            Append(0, 1),
        ];
        assert_eq!(run(steps), Ok(()));
    }
}
