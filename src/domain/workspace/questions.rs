//! Questions to ask a prospective CTO or firm, for each criterion the scorecard scores: a few
//! the app suggests, then the founder's own, so the interview covers what will be scored.

use serde::{Deserialize, Serialize};

use super::candidates::Criterion;
use super::{check_id, check_text, unique_ids};

pub const MAX_QUESTIONS: usize = 100;
pub const MAX_TEXT: usize = 300;

/// A question the founder added for a criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    /// The criterion's [`Criterion::slug`]: stable if the criteria are ever reordered.
    pub criterion: String,
    pub text: String,
}

impl Question {
    /// The criterion it belongs to; none when the slug is unknown (refused by `validate`).
    pub fn criterion(&self) -> Option<Criterion> {
        Criterion::ALL
            .into_iter()
            .find(|c| c.slug() == self.criterion)
    }

    pub fn validate(&self) -> Result<(), String> {
        check_id(&self.id)?;
        if self.criterion().is_none() {
            return Err("A question belongs to a criterion that does not exist".into());
        }
        if self.text.trim().is_empty() {
            return Err("A question has no text".into());
        }
        check_text("A question", &self.text, MAX_TEXT)
    }
}

/// Checks the founder's questions together: how many, each one, and that no two share an id.
pub fn validate_all(questions: &[Question]) -> Result<(), String> {
    if questions.len() > MAX_QUESTIONS {
        return Err(format!("There can be up to {MAX_QUESTIONS} questions"));
    }
    for question in questions {
        question.validate()?;
    }
    unique_ids("questions", questions.iter().map(|q| q.id.as_str()))
}

/// The questions to ask for a criterion: the app's first, then the founder's own for it in
/// the order they were added, each of those with its id so that it can be edited or removed.
pub fn questions(criterion: Criterion, own: &[Question]) -> Vec<(Option<&str>, &str)> {
    let suggested = bank(criterion).iter().map(|text| (None, *text));
    let added = own
        .iter()
        .filter(|q| q.criterion == criterion.slug())
        .map(|q| (Some(q.id.as_str()), q.text.as_str()));
    suggested.chain(added).collect()
}

/// The app's questions for a criterion, asked of the candidate ("you"), in the order to ask
/// them.
pub fn bank(criterion: Criterion) -> &'static [&'static str] {
    match criterion {
        Criterion::Experience => EXPERIENCE,
        Criterion::Expertise => EXPERTISE,
        Criterion::Communication => COMMUNICATION,
        Criterion::CultureFit => CULTURE_FIT,
        Criterion::Security => SECURITY,
    }
}

// Whether they have done it before, somewhere like here: the stage, the industry, a product
// in trouble, growth.
const EXPERIENCE: &[&str] = &[
    "Where have you led technology at a company like ours, at our stage or in our industry, and what changed while you were there?",
    "Tell us about a product you took over in a bad state: what did you do first, and what did you leave for later?",
    "How have you helped a product and a team through fast growth, and what would you do differently now?",
    "Which past clients or employers could we speak to about your work?",
];

// Whether they can judge what is built and choose well: architecture, the stack, technical
// debt, the tooling that makes releases routine.
const EXPERTISE: &[&str] = &[
    "What would you want to see of what we have built before judging its architecture, and what would worry you?",
    "How do you choose a technology stack, and how do you weigh growth, cost and ease of maintenance?",
    "How do you decide which technical debt to pay off now and which to live with?",
    "What would you put in place first so that building, testing and releasing our software happens without manual steps?",
];

// Bridging business and engineering is much of the job, and a part-time or outside leader
// has to stay in touch without being chased.
const COMMUNICATION: &[&str] = &[
    "How would you explain a serious technical risk to our board, who are not technical?",
    "How often would we hear from you, in what form, and how quickly do you reply between meetings?",
    "How do you keep the business side and the engineers agreed on the same priorities?",
    "Tell us about a time you had to say no to a founder or a client: how did you go about it?",
];

// A wrong fit is the costly mistake, for a hire above all: how they work with people and how
// they would fit the way the team already works.
const CULTURE_FIT: &[&str] = &[
    "How do you like to work with a team: what do you expect of it, and what can it expect of you?",
    "Which ways of working do you bring, such as Scrum or Kanban, and how would you adapt them to how we work now?",
    "How would you settle a disagreement with one of our engineers about how to build something?",
    "What kind of company have you found hard to work with, and why?",
];

// Someone from outside sees the company's code and data: agreements, access, safe channels,
// and what happens when the work ends.
const SECURITY: &[&str] = &[
    "Will you sign an NDA, and agree in the contract that what you build for us belongs to us?",
    "What access would you need to our code, systems and data, and how would you keep it to the minimum?",
    "How do you keep client data safe on your own devices, and which channels do you use to share sensitive information?",
    "When the work ends, how do you hand back access and delete what you hold of ours?",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn own(id: &str, criterion: &str, text: &str) -> Question {
        Question {
            id: id.into(),
            criterion: criterion.into(),
            text: text.into(),
        }
    }

    #[test]
    fn every_criterion_has_distinct_short_questions() {
        let mut all: Vec<&str> = Vec::new();
        for criterion in Criterion::ALL {
            let questions = bank(criterion);
            assert!((3..=4).contains(&questions.len()), "{criterion:?}");
            for text in questions {
                assert!(text.ends_with('?'), "{text}");
                assert!(text.chars().count() <= 200, "{text}");
                assert_eq!(text.trim(), *text, "{text}");
                assert!(!all.contains(text), "asked twice: {text}");
                all.push(text);
            }
        }
    }

    #[test]
    fn the_founders_questions_follow_the_apps_and_only_for_their_criterion() {
        let added = [
            own(
                "q1",
                "security",
                "Who else in your firm would see our code?",
            ),
            own("q2", "experience", "Have you worked with a marketplace?"),
            own("q3", "security", "Do you carry insurance?"),
        ];
        let list = questions(Criterion::Security, &added);
        let bank = bank(Criterion::Security);
        assert_eq!(list.len(), bank.len() + 2);
        for (i, text) in bank.iter().enumerate() {
            assert_eq!(list[i], (None, *text));
        }
        assert_eq!(
            list[bank.len()..],
            [
                (Some("q1"), "Who else in your firm would see our code?"),
                (Some("q3"), "Do you carry insurance?"),
            ]
        );
        let culture = questions(Criterion::CultureFit, &added);
        assert!(culture.iter().all(|(id, _)| id.is_none()));
        assert_eq!(culture.len(), super::bank(Criterion::CultureFit).len());
    }

    #[test]
    fn a_question_needs_a_known_criterion_and_some_text() {
        assert!(own("q1", "culture-fit", "Why us?").validate().is_ok());
        assert_eq!(
            own("q1", "culture-fit", "Why us?").criterion(),
            Some(Criterion::CultureFit)
        );
        assert!(
            own("q1", "security", &"é".repeat(MAX_TEXT))
                .validate()
                .is_ok()
        );
        for (bad, why) in [
            (own("q1", "Culture fit", "Why us?"), "a name, not a slug"),
            (own("q1", "", "Why us?"), "no criterion"),
            (own("q1", "expertise", "  "), "no text"),
            (
                own("q1", "expertise", &"x".repeat(MAX_TEXT + 1)),
                "too long",
            ),
            (own("new", "expertise", "Why us?"), "not an id"),
        ] {
            assert!(bad.validate().is_err(), "{why}");
        }
    }

    #[test]
    fn the_list_is_refused_when_too_long_or_ids_repeat() {
        let mut list: Vec<Question> = (0..MAX_QUESTIONS)
            .map(|i| own(&format!("q{i}"), "expertise", "Why?"))
            .collect();
        assert!(validate_all(&list).is_ok());
        list.push(own("extra", "expertise", "Why?"));
        assert!(validate_all(&list).is_err(), "too many");
        list.truncate(2);
        list[1].id = "q0".into();
        assert!(validate_all(&list).is_err(), "two share an id");
        list[1].text = String::new();
        list[1].id = "q1".into();
        assert!(validate_all(&list).is_err(), "one is invalid");
    }

    #[test]
    fn a_question_is_stored_and_read_back_unchanged() {
        let q = own("q1", "communication", "How do you report “bad news”?");
        let json = serde_json::to_string(&q).unwrap();
        assert_eq!(serde_json::from_str::<Question>(&json).unwrap(), q);
        let extra = r#"{"id":"q1","criterion":"security","text":"Why?","at":1}"#;
        assert!(serde_json::from_str::<Question>(extra).is_err());
    }
}
