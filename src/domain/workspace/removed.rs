//! Records taken out of the workspace, kept with where they were so that "Undo" puts them
//! back as they were: a KPI with the values the check-ins held for it.

use super::Workspace;
use super::candidates::Candidate;
use super::kpis::{CheckIn, Kpi, Reading};
use super::notes::Note;
use crate::domain::text::isolate;

/// A record removed, and its place in its list.
#[derive(Debug, Clone, PartialEq)]
pub enum Removed {
    Note(usize, Note),
    Candidate(usize, Candidate),
    /// With each value recorded for it: the check-in's id and the reading.
    Kpi(usize, Kpi, Vec<(String, Reading)>),
    CheckIn(usize, CheckIn),
}

impl Removed {
    /// "the candidate “\u{2068}Priya Shah\u{2069}”", for "Deleted …" and "… is back".
    pub fn describe(&self) -> String {
        match self {
            Removed::Note(_, note) => format!("the note “{}”", isolate(note.display_title())),
            Removed::Candidate(_, c) => format!("the candidate “{}”", isolate(c.name.trim())),
            Removed::Kpi(_, kpi, values) => match values.len() {
                0 => format!("the KPI “{}”", isolate(kpi.name.trim())),
                1 => format!("the KPI “{}” and its value", isolate(kpi.name.trim())),
                n => format!("the KPI “{}” and its {n} values", isolate(kpi.name.trim())),
            },
            Removed::CheckIn(_, c) => format!("the check-in of {}", c.date.long()),
        }
    }
}

fn take<T>(list: &mut Vec<T>, is: impl Fn(&T) -> bool) -> Option<(usize, T)> {
    let index = list.iter().position(is)?;
    Some((index, list.remove(index)))
}

fn put_back<T>(list: &mut Vec<T>, index: usize, record: T, present: bool) -> bool {
    if present {
        return false;
    }
    list.insert(index.min(list.len()), record);
    true
}

impl Workspace {
    pub fn take_candidate(&mut self, id: &str) -> Option<Removed> {
        take(&mut self.candidates, |c| c.id == id).map(|(i, c)| Removed::Candidate(i, c))
    }

    pub fn take_check_in(&mut self, id: &str) -> Option<Removed> {
        take(&mut self.check_ins, |c| c.id == id).map(|(i, c)| Removed::CheckIn(i, c))
    }

    /// Takes a KPI out with the values recorded for it.
    pub fn take_kpi(&mut self, id: &str) -> Option<Removed> {
        let (index, kpi) = take(&mut self.kpis, |k| k.id == id)?;
        let mut values = Vec::new();
        for check_in in &mut self.check_ins {
            if let Some((_, reading)) = take(&mut check_in.readings, |r| r.kpi == id) {
                values.push((check_in.id.clone(), reading));
            }
        }
        Some(Removed::Kpi(index, kpi, values))
    }

    /// Puts a removed record back where it was; false when one with its id came back
    /// meanwhile (another tab), which is left as it is.
    pub fn restore(&mut self, removed: Removed) -> bool {
        match removed {
            Removed::Note(i, note) => {
                let present = self.note(&note.id).is_some();
                put_back(&mut self.notes, i, note, present)
            }
            Removed::Candidate(i, c) => {
                let present = self.candidate(&c.id).is_some();
                put_back(&mut self.candidates, i, c, present)
            }
            Removed::CheckIn(i, c) => {
                let present = self.check_in(&c.id).is_some();
                // A value for a KPI deleted meanwhile cannot come back with it.
                let mut c = c;
                c.readings
                    .retain(|r| self.kpis.iter().any(|k| k.id == r.kpi));
                put_back(&mut self.check_ins, i, c, present)
            }
            Removed::Kpi(i, kpi, values) => {
                if self.kpi(&kpi.id).is_some() {
                    return false;
                }
                for (check_in, reading) in values {
                    if let Some(c) = self.check_ins.iter_mut().find(|c| c.id == check_in)
                        && c.reading(&reading.kpi).is_none()
                    {
                        c.readings.push(reading);
                    }
                }
                put_back(&mut self.kpis, i, kpi, false)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workspace::tests::sample;

    #[test]
    fn every_record_deleted_comes_back_as_it_was_with_undo() {
        let before = sample();
        let mut w = before.clone();
        let kpi = w.take_kpi("k1").unwrap();
        assert!(w.check_ins[0].readings.is_empty(), "its values go with it");
        assert_eq!(
            kpi.describe(),
            "the KPI “\u{2068}Uptime\u{2069}” and its value"
        );
        let candidate = w.take_candidate("c1").unwrap();
        assert_eq!(
            candidate.describe(),
            "the candidate “\u{2068}Priya Shah\u{2069}”"
        );
        let check_in = w.take_check_in("ch1").unwrap();
        assert_eq!(check_in.describe(), "the check-in of 1 Feb 2027");
        let (i, note) = w.remove_note("n1").unwrap();
        let note = Removed::Note(i, note);
        assert_eq!(note.describe(), "the note “\u{2068}What we need\u{2069}”");
        assert!(crate::domain::document::Document::validate(&w).is_ok());
        for removed in [note, check_in, candidate, kpi] {
            assert!(w.restore(removed));
        }
        assert_eq!(w, before);
        assert!(w.take_candidate("nope").is_none());
    }

    #[test]
    fn undo_leaves_a_record_that_came_back_meanwhile() {
        let mut w = sample();
        let removed = w.take_candidate("c1").unwrap();
        let mut other = sample().candidates[0].clone();
        other.name = "Priya S.".into();
        w.candidates.push(other.clone());
        assert!(!w.restore(removed));
        assert_eq!(w.candidates, [other]);
        // A check-in back after its KPI went keeps only the values it can.
        let mut w = sample();
        let check_in = w.take_check_in("ch1").unwrap();
        w.take_kpi("k1");
        assert!(w.restore(check_in));
        assert!(w.check_ins[0].readings.is_empty());
    }
}
