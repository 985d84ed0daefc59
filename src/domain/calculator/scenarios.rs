//! Saved scenarios: named sets of the calculator's figures, kept in the browser.
//!
//! Each is stored as the query of a share link (`v=1&...`), a format that is already versioned
//! and read with a clear message for whatever a later version no longer knows.

use serde::{Deserialize, Serialize};

use super::form::{Form, read_query, share_query};
use crate::domain::document::Document;
use crate::domain::form::{Problem, refuse_bidi_controls};
use crate::domain::merge::{Merged, Record, numbered_other_version, records};
use crate::domain::text::isolate;

/// The most scenarios kept; far more than anyone compares.
pub const MAX_SCENARIOS: usize = 50;
/// The longest name, in characters.
pub const MAX_NAME: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub name: String,
    /// The figures, as a share link's query.
    pub figures: String,
}

impl Scenario {
    pub fn new(name: String, form: &Form) -> Scenario {
        Scenario {
            name,
            figures: share_query(form),
        }
    }

    /// The figures, and anything in them this version could not use.
    pub fn form(&self) -> (Form, Vec<String>) {
        read_query(&self.figures)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenarios {
    pub saved: Vec<Scenario>,
}

impl Document for Scenarios {
    const NAME: &'static str = "scenarios";
    const DESCRIPTION: &'static str = "your saved cost scenarios";

    /// Scenario by scenario, found by name.
    fn merge(base: &Self, mine: &Self, theirs: &Self) -> Merged<Self> {
        let mut conflicts = Vec::new();
        let saved = records(&base.saved, &mine.saved, &theirs.saved, &mut conflicts);
        Merged {
            doc: Scenarios { saved },
            conflicts,
        }
    }

    fn validate(&self) -> Result<(), String> {
        if self.saved.len() > MAX_SCENARIOS {
            return Err("too many scenarios".into());
        }
        for (i, scenario) in self.saved.iter().enumerate() {
            check_name(&scenario.name, &self.saved[..i], None)?;
            if scenario.figures.len() > 4_000 {
                return Err("a scenario's figures are too long".into());
            }
        }
        Ok(())
    }
}

/// Checks a name for a scenario: trimmed, not empty, not too long, not taken (other than by
/// the scenario at `except`, when renaming it). Messages in GOV.UK style.
pub fn check_name(name: &str, saved: &[Scenario], except: Option<usize>) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("Enter a name for the scenario".into());
    }
    if name.chars().count() > MAX_NAME {
        return Err(format!("Name must be {MAX_NAME} characters or fewer"));
    }
    let taken = saved
        .iter()
        .enumerate()
        .any(|(i, s)| Some(i) != except && s.name.eq_ignore_ascii_case(name));
    if taken {
        return Err(format!(
            "You already have a scenario called “{}”",
            isolate(name)
        ));
    }
    Ok(name.to_owned())
}

/// Names are told apart without ASCII case, as [`check_name`] does.
impl Record for Scenario {
    fn key(&self) -> String {
        self.name.trim().to_ascii_lowercase()
    }
    fn conflict_copy(&self, _tag: &str, attempt: usize) -> Self {
        Scenario {
            name: numbered_other_version(&self.name, MAX_NAME, attempt),
            ..self.clone()
        }
    }
    fn describe(&self) -> String {
        format!("the scenario “{}”", isolate(self.name.trim()))
    }
}

/// The id of the name field when saving a scenario.
pub const NAME_FIELD: &str = "scenario-name";

/// The id of the name field when renaming the scenario at `index`.
pub fn rename_field(index: usize) -> String {
    format!("rename-{index}")
}

/// A name as typed, checked as [`check_name`] does, and refused with characters that force the
/// direction of text (a stored name is only checked by [`check_name`]: it was kept before
/// they were refused, and it is shown isolated).
fn check_typed_name(
    name: &str,
    saved: &[Scenario],
    except: Option<usize>,
    field: &str,
) -> Result<String, Problem> {
    let name = check_name(name, saved, except).map_err(|m| Problem::new(field, m))?;
    let mut problems = Vec::new();
    let what = ("The scenario’s name", "it");
    refuse_bidi_controls(&name, field, what, &mut problems);
    match problems.pop() {
        Some(problem) => Err(problem),
        None => Ok(name),
    }
}

impl Scenarios {
    /// Saves the figures under a new name, or says why not.
    pub fn save(&mut self, name: &str, form: &Form) -> Result<(), Problem> {
        let problem = |message| Problem::new(NAME_FIELD, message);
        if self.saved.len() >= MAX_SCENARIOS {
            return Err(problem(format!(
                "You can keep up to {MAX_SCENARIOS} scenarios: delete one first"
            )));
        }
        let name = check_typed_name(name, &self.saved, None, NAME_FIELD)?;
        self.saved.push(Scenario::new(name, form));
        Ok(())
    }

    pub fn rename(&mut self, index: usize, name: &str) -> Result<(), Problem> {
        let name = check_typed_name(name, &self.saved, Some(index), &rename_field(index))?;
        if let Some(scenario) = self.saved.get_mut(index) {
            scenario.name = name;
        }
        Ok(())
    }

    /// Where the scenario of this name is now: another tab's change can move or remove it
    /// between drawing the list and a click on it.
    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.saved.iter().position(|s| s.name == name)
    }

    pub fn delete(&mut self, index: usize) {
        if index < self.saved.len() {
            self.saved.remove(index);
        }
    }
}

/// The status after opening a scenario: what happened to the figures on screen, and anything
/// in the scenario this version could not use.
pub fn opened_message(name: &str, problems: &[String]) -> String {
    if problems.is_empty() {
        format!(
            "Opened “{}”: the figures above are now its figures.",
            isolate(name)
        )
    } else {
        format!(
            "Opened “{}”, with defaults where its figures could not be used: {}.",
            isolate(name),
            problems.join("; ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calculator::form::FieldId;

    #[test]
    fn scenarios_are_saved_renamed_and_deleted_with_clear_messages() {
        let mut scenarios = Scenarios::default();
        let mut form = Form::default();
        scenarios.save("Lean year", &form).unwrap();
        form.set(FieldId::FrRate, 300.0);
        scenarios.save("  Dearer  ", &form).unwrap();
        assert_eq!(scenarios.saved[1].name, "Dearer");
        assert_eq!(scenarios.saved[1].form().0.get(FieldId::FrRate), 300.0);
        // The page's label spells the id out.
        assert_eq!(NAME_FIELD, "scenario-name");
        let refused = |message: &str| Err(Problem::new(NAME_FIELD, message));
        assert_eq!(
            scenarios.save("lean YEAR", &form),
            refused("You already have a scenario called “\u{2068}lean YEAR\u{2069}”")
        );
        assert_eq!(
            scenarios.save("   ", &form),
            refused("Enter a name for the scenario")
        );
        assert_eq!(
            scenarios.save(&"x".repeat(61), &form),
            refused("Name must be 60 characters or fewer")
        );
        scenarios.rename(0, "Lean year").unwrap();
        assert_eq!(
            scenarios.rename(0, "Dearer"),
            Err(Problem::new(
                "rename-0",
                "You already have a scenario called “\u{2068}Dearer\u{2069}”"
            ))
        );
        scenarios.rename(0, "Lean").unwrap();
        let reversed = "The scenario’s name must not include hidden characters that change the direction of text: delete it and type it again";
        assert_eq!(scenarios.save("Lean\u{202E}raey", &form), refused(reversed));
        assert_eq!(
            scenarios.rename(1, "\u{2067}Dear"),
            Err(Problem::new("rename-1", reversed))
        );
        // The marks are not refused.
        scenarios.rename(1, "Dearer\u{200F}").unwrap();
        scenarios.rename(1, "Dearer").unwrap();
        assert!(scenarios.validate().is_ok());
        scenarios.delete(0);
        assert_eq!(scenarios.saved.len(), 1);
        assert_eq!(scenarios.saved[0].name, "Dearer");
        scenarios.saved = vec![Scenario::new("x".into(), &form); MAX_SCENARIOS];
        assert_eq!(
            scenarios.save("One more", &form),
            refused("You can keep up to 50 scenarios: delete one first")
        );
    }

    #[test]
    fn opening_says_what_could_not_be_used() {
        assert_eq!(
            opened_message("Lean", &[]),
            "Opened “\u{2068}Lean\u{2069}”: the figures above are now its figures."
        );
        let problems = [
            "“old” is not a setting of the calculator".to_owned(),
            "x".to_owned(),
        ];
        assert_eq!(
            opened_message("Lean", &problems),
            "Opened “\u{2068}Lean\u{2069}”, with defaults where its figures could not be used: “old” is not a setting of the calculator; x."
        );
    }

    #[test]
    fn stored_duplicates_are_unreadable_rather_than_silently_merged() {
        let twice = Scenarios {
            saved: vec![
                Scenario::new("A".into(), &Form::default()),
                Scenario::new("a".into(), &Form::default()),
            ],
        };
        assert!(twice.validate().is_err());
    }
}

/// The figures the visitor is working on, kept so that coming back finds them as left.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Working {
    /// As a share link's query; empty until the visitor changes a figure.
    pub figures: String,
}

impl Document for Working {
    const NAME: &'static str = "calculator";
    const DESCRIPTION: &'static str = "your calculator figures";

    fn validate(&self) -> Result<(), String> {
        if self.figures.len() > 4_000 {
            return Err("the figures are too long".into());
        }
        Ok(())
    }
}
