//! The self-assessment's questions, their answers and what each answer weighs, as data.
//!
//! Weights are points for each option in the order of [`Leadership::ALL`]: fractional CTO,
//! full-time CTO, consulting firm, in-house team. A positive weight makes an option fit
//! better. The "How this is scored" page prints this table, so it is the whole of the rules.
//!
//! Ids appear in saved answers and share links: never reuse one for a different meaning.
//!
//! [`Leadership::ALL`]: crate::domain::options::Leadership::ALL

/// Points for each of the four options.
pub type Weights = [i8; 4];

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Radio buttons: exactly one option.
    One,
    /// Checkboxes: one or more options; their weights are averaged, so ticking more does not
    /// weigh more.
    Many,
    /// A monthly amount of money (or "I'm not sure"); the amount falls into one of the
    /// options' bands, see [`BUDGET_BANDS`].
    Amount,
}

/// One possible answer.
#[derive(Debug)]
pub struct Choice {
    pub id: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    pub weights: Weights,
    /// Why this answer weighs as it does, in a few words, shown with its effect.
    pub because: &'static str,
}

/// A question is asked only when an earlier answer is one of these.
#[derive(Debug)]
pub struct AskedIf {
    pub question: &'static str,
    pub any_of: &'static [&'static str],
}

#[derive(Debug)]
pub struct Question {
    pub id: &'static str,
    /// The page heading.
    pub text: &'static str,
    /// A short name for lists: "Company stage".
    pub short: &'static str,
    pub hint: &'static str,
    /// The message when Continue is pressed with no answer.
    pub error: &'static str,
    pub kind: Kind,
    pub choices: &'static [Choice],
    pub asked_if: Option<AskedIf>,
}

/// The id of the "I'm not sure" choice, where a question has one. It always weighs nothing.
pub const NOT_SURE: &str = "not-sure";

impl Question {
    pub fn choice(&self, id: &str) -> Option<(usize, &'static Choice)> {
        self.choices.iter().enumerate().find(|(_, c)| c.id == id)
    }

    pub fn has_not_sure(&self) -> bool {
        self.choices.iter().any(|c| c.id == NOT_SURE)
    }

    /// The choices shown as options (all but "I'm not sure", which sits apart).
    pub fn sure_choices(&self) -> impl Iterator<Item = (usize, &'static Choice)> {
        self.choices
            .iter()
            .enumerate()
            .filter(|(_, c)| c.id != NOT_SURE)
    }
}

/// Upper bounds (exclusive) of the budget bands, a monthly amount in the visitor's currency,
/// in the order of the budget question's choices. The last band has no upper bound.
/// The same numbers serve dollars, euros and pounds: the gaps between the options' costs are
/// far wider than the gaps between those currencies.
pub const BUDGET_BANDS: [u64; 4] = [5_000, 15_000, 30_000, 50_000];

/// The largest monthly budget the assessment accepts; anything above is surely a typing mistake.
pub const MAX_BUDGET: u64 = 10_000_000;

const fn choice(
    id: &'static str,
    label: &'static str,
    weights: Weights,
    because: &'static str,
) -> Choice {
    Choice {
        id,
        label,
        hint: "",
        weights,
        because,
    }
}

const fn hinted(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    weights: Weights,
    because: &'static str,
) -> Choice {
    Choice {
        id,
        label,
        hint,
        weights,
        because,
    }
}

const NOT_SURE_CHOICE: Choice = choice(
    NOT_SURE,
    "I'm not sure",
    [0, 0, 0, 0],
    "an open answer weighs nothing either way",
);

/// Each question's id and text, in order: all that addresses and page titles need, so the
/// app's shell, which routes, carries these and not the whole table (ARCHITECTURE.md,
/// "Parts"). [`QUESTIONS`] takes its ids and texts from here.
pub const QUESTION_HEADS: [(&str, &str); 11] = [
    ("stage", "What stage is your company at?"),
    ("industry", "Which industry is your company in?"),
    (
        "compliance",
        "How far along is your security and compliance work?",
    ),
    ("leadership", "Who leads your technology today?"),
    ("team", "How many engineers work on your product?"),
    (
        "budget",
        "What could you spend each month on technical leadership?",
    ),
    ("challenges", "What are your main technical challenges?"),
    (
        "time",
        "How much of a technology leader's time do you need?",
    ),
    ("horizon", "How long will you need this leadership?"),
    ("need", "What best describes what you need?"),
    (
        "ownership",
        "How much does it matter that your technology leader is fully part of your company?",
    ),
];

pub const QUESTIONS: &[Question] = &[
    Question {
        id: QUESTION_HEADS[0].0,
        text: QUESTION_HEADS[0].1,
        short: "Company stage",
        hint: "",
        error: "Select the stage your company is at",
        kind: Kind::One,
        choices: &[
            hinted(
                "idea",
                "Idea or building a first version",
                "No product in customers' hands yet.",
                [10, -10, 2, -6],
                "before there is a product, a full executive package is hard to justify",
            ),
            hinted(
                "early",
                "Early stage",
                "Launched, looking for product-market fit; pre-seed or seed funding.",
                [10, -5, 0, -3],
                "early-stage companies with limited resources gain most from part-time senior help",
            ),
            hinted(
                "growing",
                "Growing",
                "Customers and revenue are growing; scaling the product and the team.",
                [2, 6, 0, 4],
                "a growing company starts to need leadership every day",
            ),
            hinted(
                "established",
                "Established",
                "A steady business with its own departments.",
                [-4, 6, 2, 6],
                "an established business can carry a full-time leader and its own team",
            ),
        ],
        asked_if: None,
    },
    Question {
        id: QUESTION_HEADS[1].0,
        text: QUESTION_HEADS[1].1,
        short: "Industry",
        hint: "",
        error: "Select your company's industry",
        kind: Kind::One,
        choices: &[
            choice(
                "technology",
                "Technology or software",
                [3, 2, -2, 2],
                "a technology company's product is its technology, so it needs a technology leader, not only builders",
            ),
            choice(
                "ecommerce",
                "E-commerce or retail",
                [2, 0, 2, 0],
                "e-commerce needs robust platforms, often built and run with outside help",
            ),
            choice(
                "healthcare",
                "Healthcare",
                [2, 0, 3, -3],
                "secure, reliable health software needs experience a new team rarely has",
            ),
            choice(
                "fintech",
                "Financial services or fintech",
                [2, 1, 3, -3],
                "financial regulation and data security need experienced guidance",
            ),
            choice(
                "other",
                "Something else",
                [0, 0, 0, 0],
                "no industry-specific needs were assumed",
            ),
        ],
        asked_if: None,
    },
    Question {
        id: QUESTION_HEADS[2].0,
        text: QUESTION_HEADS[2].1,
        short: "Security and compliance",
        hint: "Health and financial data are regulated, so this weighs on who should lead your technology.",
        error: "Select how far along your security and compliance work is",
        kind: Kind::One,
        choices: &[
            choice(
                "not-started",
                "We have not started",
                [4, 0, 5, -6],
                "starting regulated work needs specialist experience soon",
            ),
            choice(
                "some",
                "We have some practices but no audit or certification",
                [3, 1, 3, -2],
                "closing compliance gaps is specialist, time-bound work",
            ),
            hinted(
                "certified",
                "We are audited or certified",
                "For example SOC 2, ISO 27001, HIPAA or PCI DSS.",
                [0, 2, -1, 3],
                "with compliance in place, a team of your own can keep it up",
            ),
            NOT_SURE_CHOICE,
        ],
        asked_if: Some(AskedIf {
            question: "industry",
            any_of: &["healthcare", "fintech"],
        }),
    },
    Question {
        id: QUESTION_HEADS[3].0,
        text: QUESTION_HEADS[3].1,
        short: "Technical leadership today",
        hint: "",
        error: "Select who leads your technology today",
        kind: Kind::One,
        choices: &[
            choice(
                "nobody",
                "No one technical",
                [8, 4, 2, -8],
                "with no one technical in charge, you need a technology leader before more builders",
            ),
            choice(
                "tech-lead",
                "A senior developer or tech lead, but no executive",
                [6, 3, -2, 2],
                "a part-time executive can set direction and mentor the lead you have",
            ),
            choice(
                "outsourced",
                "An agency or freelancers we pay",
                [5, 3, -3, 0],
                "when outsiders build the product, you need a senior voice on your side",
            ),
            // Was "A CTO or head of engineering" until head-of-engineering had its own answer:
            // a company with only a head of engineering may well be hiring a CTO above them.
            choice(
                "cto",
                "A CTO or another technology executive",
                [-6, -10, 4, 10],
                "you already have a technology executive; what you may lack is people or specialists",
            ),
            // Leans to an executive above the head of engineering (full-time first, a fractional
            // CTO close behind), and not to a firm: the team already has a manager.
            hinted(
                "head-of-engineering",
                "A head of engineering, but no CTO",
                "Someone who runs the engineering team day to day, without a seat at the top table.",
                [3, 5, -2, 3],
                "a head of engineering runs the team; the strategy above them is a technology executive's job",
            ),
        ],
        asked_if: None,
    },
    Question {
        id: QUESTION_HEADS[4].0,
        text: QUESTION_HEADS[4].1,
        short: "Engineering team",
        hint: "Count employees and regular contractors.",
        error: "Select how many engineers work on your product",
        kind: Kind::One,
        choices: &[
            choice(
                "none",
                "None yet",
                [4, -4, 4, -4],
                "with no engineers yet, someone has to set things up before a team exists",
            ),
            choice(
                "1-3",
                "1 to 3",
                [6, -3, 0, 1],
                "a small team needs direction more than a full-time manager",
            ),
            choice(
                "4-10",
                "4 to 10",
                [3, 3, -1, 3],
                "a team of four to ten needs regular leadership and is worth growing",
            ),
            choice(
                "11-30",
                "11 to 30",
                [-3, 7, -1, 5],
                "a team this size needs a leader every day",
            ),
            choice(
                "over-30",
                "More than 30",
                [-6, 8, 0, 6],
                "a large engineering organisation needs full-time leadership and structure",
            ),
        ],
        asked_if: None,
    },
    Question {
        id: QUESTION_HEADS[5].0,
        text: QUESTION_HEADS[5].1,
        short: "Monthly budget",
        hint: "A rough figure is enough. Include what you would pay a leader, a firm or new hires, not your existing team.",
        error: "Enter a monthly budget, or select “I'm not sure”",
        kind: Kind::Amount,
        choices: &[
            choice(
                "under-5k",
                "Under 5,000 a month",
                [6, -12, -8, -10],
                "only a few days of part-time help fit this budget",
            ),
            choice(
                "5k-15k",
                "5,000 to 15,000 a month",
                [8, -8, -3, -4],
                "this is the usual range of a fractional CTO, well short of a full-time executive",
            ),
            choice(
                "15k-30k",
                "15,000 to 30,000 a month",
                [3, 1, 3, 3],
                "this budget leaves several options open",
            ),
            choice(
                "30k-50k",
                "30,000 to 50,000 a month",
                [-2, 6, 3, 6],
                "this budget covers a full-time executive or a few hires",
            ),
            choice(
                "over-50k",
                "50,000 or more a month",
                [-4, 6, 2, 8],
                "this budget can build and lead a team of your own",
            ),
            NOT_SURE_CHOICE,
        ],
        asked_if: None,
    },
    Question {
        id: QUESTION_HEADS[6].0,
        text: QUESTION_HEADS[6].1,
        short: "Main challenges",
        hint: "Select all that apply.",
        error: "Select at least one challenge",
        kind: Kind::Many,
        choices: &[
            choice(
                "expertise",
                "We lack technical expertise",
                [6, 2, 3, -6],
                "expertise you lack is quicker to borrow than to grow",
            ),
            choice(
                "roadmap",
                "We have no clear technical roadmap",
                [7, 3, -3, -3],
                "setting a vision and roadmap is a leader's job, not a contractor's",
            ),
            choice(
                "debt",
                "Technical debt is making the product unstable or slow",
                [5, 2, 3, 1],
                "assessing debt and planning its repayment needs senior judgement",
            ),
            choice(
                "growth",
                "Growing pains: the product or team is struggling to scale",
                [3, 5, 0, 4],
                "scaling is a continuous job for leaders who stay",
            ),
            choice(
                "new-technology",
                "Adopting a new technology",
                [4, -3, 6, -4],
                "a new technology calls for specialists who have used it before",
            ),
            choice(
                "security",
                "Security and compliance",
                [4, 1, 6, -3],
                // Was "... few small teams have": shown to companies of any size.
                "security and compliance work calls for specialists who have done it before",
            ),
            choice(
                "hiring",
                "Building a team",
                [4, 5, -5, 6],
                "building a team is how you grow capability that stays",
            ),
        ],
        asked_if: None,
    },
    Question {
        id: QUESTION_HEADS[7].0,
        text: QUESTION_HEADS[7].1,
        short: "Time needed",
        hint: "",
        error: "Select how much of a leader's time you need",
        kind: Kind::One,
        choices: &[
            choice(
                "hours",
                "A few hours a week",
                [10, -10, 2, -6],
                "a few hours a week is exactly what part-time leadership sells",
            ),
            choice(
                "days-1-2",
                "One or two days a week",
                [8, -6, 3, -3],
                "one or two days a week is the typical fractional engagement",
            ),
            choice(
                "days-3-4",
                "Three or four days a week",
                [2, 4, 2, 2],
                "most of the week is close to a full-time role",
            ),
            choice(
                "full-time",
                "Full time",
                [-10, 10, -2, 6],
                "a full-time need is best met by someone who is yours full time",
            ),
            // A company that wants a result rather than a leader buys delivery: a firm first,
            // no full-time hire, a fractional CTO only to check the work.
            hinted(
                "delivered",
                "None: we want a project delivered, not led",
                "Someone else plans and builds it; you judge the result.",
                [1, -10, 10, -6],
                "a project delivered rather than led is what consulting firms sell",
            ),
            NOT_SURE_CHOICE,
        ],
        asked_if: None,
    },
    Question {
        id: QUESTION_HEADS[8].0,
        text: QUESTION_HEADS[8].1,
        short: "How long",
        hint: "",
        error: "Select how long you will need this leadership",
        kind: Kind::One,
        choices: &[
            choice(
                "months",
                "Less than 6 months",
                [4, -10, 8, -10],
                "a need of a few months suits people engaged for just that time",
            ),
            choice(
                "year",
                "6 to 12 months",
                [8, -4, 3, -4],
                "a year is long enough for a fractional engagement to pay off, too short to hire for",
            ),
            choice(
                "two-years",
                "1 to 2 years",
                [4, 3, -2, 3],
                "a need of a year or two can go either way",
            ),
            choice(
                "long-term",
                "For the long term",
                [-3, 8, -4, 8],
                "a lasting need is worth building into the company",
            ),
            NOT_SURE_CHOICE,
        ],
        asked_if: None,
    },
    Question {
        id: QUESTION_HEADS[9].0,
        text: QUESTION_HEADS[9].1,
        short: "What you need",
        hint: "",
        error: "Select what best describes what you need",
        kind: Kind::One,
        choices: &[
            hinted(
                "project",
                "A specific project with a clear end",
                "For example a launch, a migration or an audit.",
                [3, -6, 8, -4],
                "a project with an end suits people you can engage for just that project",
            ),
            hinted(
                "expertise",
                "Specialised expertise we do not have",
                "For example security, data or a new technology.",
                [5, -4, 7, -6],
                "specialised expertise is easier to engage than to hire",
            ),
            hinted(
                "leadership",
                "Ongoing leadership of our product and team",
                "Strategy, roadmap, hiring and decisions, week after week.",
                [5, 7, -5, 0],
                "ongoing leadership needs someone committed to your company",
            ),
            hinted(
                "capacity",
                "More people to build what we have planned",
                "The direction is clear; the work needs more hands.",
                [-3, -4, 4, 8],
                "more hands for a clear plan is a matter of hiring or contracting, not of leadership",
            ),
            NOT_SURE_CHOICE,
        ],
        asked_if: None,
    },
    Question {
        id: QUESTION_HEADS[10].0,
        text: QUESTION_HEADS[10].1,
        short: "Ownership and integration",
        hint: "Working only for you, full time, inside the team and owning the outcome for years.",
        error: "Select how much it matters that your leader is fully part of the company",
        kind: Kind::One,
        choices: &[
            choice(
                "essential",
                "It is essential",
                [-8, 10, -8, 8],
                "full commitment and ownership come with someone who is yours full time",
            ),
            choice(
                "nice",
                "It would be nice, but it is not essential",
                [2, 2, -2, 2],
                "integration helps but does not decide",
            ),
            choice(
                "unimportant",
                "It does not matter to us",
                [6, -6, 5, -4],
                "without the need for ownership, paying for a full-time commitment is waste",
            ),
            NOT_SURE_CHOICE,
        ],
        asked_if: None,
    },
];

/// The question with this id, if there is one.
/// A question's index by its id, from [`QUESTION_HEADS`] alone.
pub fn question_index(id: &str) -> Option<usize> {
    QUESTION_HEADS.iter().position(|(head, _)| *head == id)
}

pub fn question(id: &str) -> Option<(usize, &'static Question)> {
    QUESTIONS.iter().enumerate().find(|(_, q)| q.id == id)
}

/// The band of a monthly budget: the index of its choice in the budget question.
pub fn budget_band(amount: u64) -> usize {
    BUDGET_BANDS
        .iter()
        .position(|&upper| amount < upper)
        .unwrap_or(BUDGET_BANDS.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_fit_in_an_address() {
        let address_safe = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        };
        let mut ids: Vec<_> = QUESTIONS.iter().map(|q| q.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), QUESTIONS.len());
        for q in QUESTIONS {
            assert!(address_safe(q.id), "{}", q.id);
            let mut choices: Vec<_> = q.choices.iter().map(|c| c.id).collect();
            choices.sort();
            choices.dedup();
            assert_eq!(choices.len(), q.choices.len(), "{}", q.id);
            for c in q.choices {
                assert!(address_safe(c.id), "{}", c.id);
                if c.id == NOT_SURE {
                    assert_eq!(c.weights, [0; 4], "not sure weighs nothing");
                }
            }
        }
    }

    #[test]
    fn branches_only_look_back_at_questions_asked_earlier() {
        for (index, q) in QUESTIONS.iter().enumerate() {
            if let Some(rule) = &q.asked_if {
                let (earlier, source) = question(rule.question).expect("known question");
                assert!(earlier < index, "{}", q.id);
                for id in rule.any_of {
                    assert!(source.choice(id).is_some(), "{}: {id}", q.id);
                }
            }
        }
    }

    #[test]
    fn budget_bands_match_the_budget_choices() {
        let (_, budget) = question("budget").unwrap();
        assert_eq!(budget.sure_choices().count(), BUDGET_BANDS.len() + 1);
        let cases = [
            (0, 0),
            (4_999, 0),
            (5_000, 1),
            (14_999, 1),
            (15_000, 2),
            (30_000, 3),
            (50_000, 4),
            (MAX_BUDGET, 4),
        ];
        for (amount, band) in cases {
            assert_eq!(budget_band(amount), band, "{amount}");
        }
    }

    #[test]
    fn about_ten_questions() {
        assert!((10..=12).contains(&QUESTIONS.len()));
    }
}
