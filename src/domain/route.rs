//! The app's views and their addresses.
//!
//! Routes live in the URL fragment (`#/guide`), so every view has its own address, reload and
//! the back button work, and the app runs from any folder of any static host with no rewrite
//! rules: the server only ever sees the folder's `index.html`.

use super::assessment::questions::{QUESTION_HEADS, question_index};
use super::options::Leadership;
use super::workspace::check_id;
use super::workspace::steps::{TASK_SLUGS, TASK_TITLES};

/// One view of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    /// The self-assessment's start page.
    Assessment,
    /// One question of the self-assessment, by its index in [`QUESTION_HEADS`]. `changing` is set
    /// when it was reached from "Check your answers", so Continue returns there.
    Question {
        index: usize,
        changing: bool,
    },
    CheckAnswers,
    /// The result of the visitor's own answers.
    AssessmentResult,
    /// A result from answers carried in the link (the query after `#/assessment/shared?`).
    SharedResult(String),
    /// "How this is scored".
    HowScored,
    /// The visitor's past results and how they moved.
    ResultHistory,
    /// The one-page summary of the decision, to print or copy.
    DecisionMemo,
    /// The visitor's result beside another person's: the query after `#/assessment/compare?`
    /// is that person's share link's (empty until one is pasted).
    Compare(String),
    Calculator,
    /// The workspace's overview: the plan's steps as a task list.
    Workspace,
    /// One step of a plan, by its index in [`TASK_SLUGS`].
    WorkspaceStep(usize),
    /// The workspace set up for an option's plan ("Start your plan" on a result).
    WorkspacePlan(Leadership),
    Notes,
    /// One note, by id.
    Note(String),
    Candidates,
    /// One candidate's scorecard, by id; `None` for a new one.
    Candidate(Option<String>),
    Terms,
    /// Hours and invoices against the budget.
    Spend,
    /// The first 90 days' milestones.
    Onboarding,
    /// A one-page summary to print or copy as Markdown.
    WorkspaceSummary,
    /// KPIs and check-ins.
    Kpis,
    /// One KPI, by id; `None` for a new one.
    Kpi(Option<String>),
    /// One check-in, by id; `None` for a new one.
    CheckIn(Option<String>),
    /// Export, import, storage used and "Delete all my data".
    WorkspaceData,
    Guide,
    Settings,
    /// For a consultancy: the embed's options, a preview and the snippet to copy.
    EmbedBuilder,
    /// An address the app does not know; the path is kept to show it back.
    NotFound(String),
}

impl Route {
    /// Every known view, in the order of the site's navigation.
    pub const KNOWN: [Route; 6] = [
        Route::Home,
        Route::Assessment,
        Route::Calculator,
        Route::Workspace,
        Route::Guide,
        Route::Settings,
    ];

    /// Reads a location hash such as `#/guide`, `#/guide/` or `#/guide?x=1`.
    pub fn from_hash(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let path = hash.split(['?', '#']).next().unwrap_or_default();
        let query = hash[path.len()..]
            .strip_prefix('?')
            .map(|q| q.split('#').next().unwrap_or_default())
            .unwrap_or_default();
        let path = path.trim_start_matches('/').trim_end_matches('/');
        if let Some(id) = path.strip_prefix("assessment/q/")
            && let Some(index) = question_index(id)
        {
            let changing = query.split('&').any(|p| p == "change");
            return Route::Question { index, changing };
        }
        if let Some(route) = Self::workspace_route(path) {
            return route;
        }
        match path {
            "" => Route::Home,
            "assessment" => Route::Assessment,
            "assessment/check" => Route::CheckAnswers,
            "assessment/result" => Route::AssessmentResult,
            "assessment/shared" => Route::SharedResult(query.to_owned()),
            "assessment/how-scored" => Route::HowScored,
            "assessment/history" => Route::ResultHistory,
            "assessment/memo" => Route::DecisionMemo,
            "assessment/compare" => Route::Compare(query.to_owned()),
            "calculator" => Route::Calculator,
            "workspace" => Route::Workspace,
            "guide" => Route::Guide,
            "settings" => Route::Settings,
            "embed" => Route::EmbedBuilder,
            other => Route::NotFound(other.to_owned()),
        }
    }

    /// The workspace's own pages: `workspace/notes/<id>`, `workspace/candidates/new`…
    fn workspace_route(path: &str) -> Option<Route> {
        let rest = path.strip_prefix("workspace/")?;
        let (section, item) = match rest.split_once('/') {
            Some((section, item)) => (section, Some(item)),
            None => (rest, None),
        };
        // "new", or an id the app could have made; anything else is not found.
        let item_or_new = |item: &str| match item {
            "new" => Some(None),
            id => check_id(id).is_ok().then(|| Some(id.to_owned())),
        };
        Some(match (section, item) {
            ("steps", Some(slug)) => {
                Route::WorkspaceStep(TASK_SLUGS.iter().position(|s| *s == slug)?)
            }
            ("plan", Some(slug)) => Route::WorkspacePlan(Leadership::from_slug(slug)?),
            ("notes", None) => Route::Notes,
            ("notes", Some(id)) if check_id(id).is_ok() => Route::Note(id.to_owned()),
            ("candidates", None) => Route::Candidates,
            ("candidates", Some(item)) => Route::Candidate(item_or_new(item)?),
            ("terms", None) => Route::Terms,
            ("spend", None) => Route::Spend,
            ("onboarding", None) => Route::Onboarding,
            ("summary", None) => Route::WorkspaceSummary,
            ("kpis", None) => Route::Kpis,
            ("kpis", Some(item)) => Route::Kpi(item_or_new(item)?),
            ("check-ins", Some(item)) => Route::CheckIn(item_or_new(item)?),
            ("data", None) => Route::WorkspaceData,
            _ => return None,
        })
    }

    /// The part of a hash after the route that names a section of the page:
    /// `#/guide#benefits` gives `benefits`.
    pub fn section_of(hash: &str) -> Option<&str> {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (_, section) = hash.split_once('#')?;
        let section = section.split('?').next().unwrap_or_default();
        let valid = !section.is_empty()
            && section
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        valid.then_some(section)
    }

    /// A link to a section of this view's page.
    pub fn section_href(&self, section: &str) -> String {
        format!("{}#{section}", self.href())
    }

    /// The link to this view, relative to the page, so it works under any sub-path.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Assessment => "#/assessment".to_owned(),
            Route::Question { index, changing } => format!(
                "#/assessment/q/{}{}",
                QUESTION_HEADS[*index].0,
                if *changing { "?change" } else { "" }
            ),
            Route::CheckAnswers => "#/assessment/check".to_owned(),
            Route::AssessmentResult => "#/assessment/result".to_owned(),
            Route::SharedResult(query) => format!("#/assessment/shared?{query}"),
            Route::HowScored => "#/assessment/how-scored".to_owned(),
            Route::ResultHistory => "#/assessment/history".to_owned(),
            Route::DecisionMemo => "#/assessment/memo".to_owned(),
            Route::Compare(query) if query.is_empty() => "#/assessment/compare".to_owned(),
            Route::Compare(query) => format!("#/assessment/compare?{query}"),
            Route::Calculator => "#/calculator".to_owned(),
            Route::Workspace => "#/workspace".to_owned(),
            Route::WorkspaceStep(index) => format!("#/workspace/steps/{}", TASK_SLUGS[*index]),
            Route::WorkspacePlan(option) => format!("#/workspace/plan/{}", option.slug()),
            Route::Notes => "#/workspace/notes".to_owned(),
            Route::Note(id) => format!("#/workspace/notes/{id}"),
            Route::Candidates => "#/workspace/candidates".to_owned(),
            Route::Candidate(id) => {
                format!("#/workspace/candidates/{}", id.as_deref().unwrap_or("new"))
            }
            Route::Terms => "#/workspace/terms".to_owned(),
            Route::Spend => "#/workspace/spend".to_owned(),
            Route::Onboarding => "#/workspace/onboarding".to_owned(),
            Route::WorkspaceSummary => "#/workspace/summary".to_owned(),
            Route::Kpis => "#/workspace/kpis".to_owned(),
            Route::Kpi(id) => format!("#/workspace/kpis/{}", id.as_deref().unwrap_or("new")),
            Route::CheckIn(id) => {
                format!("#/workspace/check-ins/{}", id.as_deref().unwrap_or("new"))
            }
            Route::WorkspaceData => "#/workspace/data".to_owned(),
            Route::Guide => "#/guide".to_owned(),
            Route::Settings => "#/settings".to_owned(),
            Route::EmbedBuilder => "#/embed".to_owned(),
            Route::NotFound(path) => format!("#/{path}"),
        }
    }

    /// The view's name, as its heading and in the browser tab.
    pub fn title(&self) -> &'static str {
        match self {
            Route::Home => "Decide how to get technical leadership",
            Route::Assessment => "Self-assessment",
            Route::Question { index, .. } => QUESTION_HEADS.get(*index).map_or("", |q| q.1),
            Route::CheckAnswers => "Check your answers",
            Route::AssessmentResult => "Your result",
            Route::SharedResult(_) => "Shared result",
            Route::HowScored => "How the self-assessment is scored",
            Route::ResultHistory => "Your past results",
            Route::DecisionMemo => "Decision memo",
            Route::Compare(_) => "Compare with a co-founder",
            Route::Calculator => "Cost comparison",
            Route::Workspace => "Founder's workspace",
            Route::WorkspaceStep(index) => TASK_TITLES.get(*index).copied().unwrap_or_default(),
            Route::WorkspacePlan(_) => "Start your plan",
            Route::Notes => "Notes",
            Route::Note(_) => "Edit note",
            Route::Candidates => "Candidates",
            Route::Candidate(None) => "Add a candidate",
            Route::Candidate(Some(_)) => "Candidate scorecard",
            Route::Terms => "Engagement terms",
            Route::Spend => "Spend against the budget",
            Route::Onboarding => "The first 90 days",
            Route::WorkspaceSummary => "Workspace summary",
            Route::Kpis => "KPIs and check-ins",
            Route::Kpi(None) => "Add a KPI",
            Route::Kpi(Some(_)) => "Change a KPI",
            Route::CheckIn(None) => "Record a check-in",
            Route::CheckIn(Some(_)) => "Check-in",
            Route::WorkspaceData => "Your workspace data",
            Route::Guide => "What is a fractional CTO?",
            Route::Settings => "Settings and your data",
            Route::EmbedBuilder => "Put CTO Compass on your website",
            Route::NotFound(_) => "Page not found",
        }
    }

    /// The part of the app a view belongs to, as the navigation shows it.
    pub fn part(&self) -> Route {
        match self {
            Route::Question { .. }
            | Route::CheckAnswers
            | Route::AssessmentResult
            | Route::SharedResult(_)
            | Route::HowScored
            | Route::ResultHistory
            | Route::DecisionMemo
            | Route::Compare(_) => Route::Assessment,
            Route::WorkspaceStep(_)
            | Route::WorkspacePlan(_)
            | Route::Notes
            | Route::Note(_)
            | Route::Candidates
            | Route::Candidate(_)
            | Route::Terms
            | Route::Spend
            | Route::Onboarding
            | Route::WorkspaceSummary
            | Route::Kpis
            | Route::Kpi(_)
            | Route::CheckIn(_)
            | Route::WorkspaceData => Route::Workspace,
            other => other.clone(),
        }
    }

    /// The text of the document's `<title>`: the page, then the part it belongs to.
    pub fn document_title(&self) -> String {
        let part = self.part();
        if part == *self {
            format!("{} – {}", self.title(), super::APP_NAME)
        } else {
            format!("{} – {} – {}", self.title(), part.title(), super::APP_NAME)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_hashes() {
        let cases = [
            ("", Route::Home),
            ("#", Route::Home),
            ("#/", Route::Home),
            ("#/guide", Route::Guide),
            ("#/guide/", Route::Guide),
            ("#guide", Route::Guide),
            ("#/calculator?currency=EUR", Route::Calculator),
            ("#/assessment#question-3", Route::Assessment),
            (
                "#/assessment/q/team",
                Route::Question {
                    index: 4,
                    changing: false,
                },
            ),
            (
                "#/assessment/q/team?change",
                Route::Question {
                    index: 4,
                    changing: true,
                },
            ),
            (
                "#/assessment/q/nope",
                Route::NotFound("assessment/q/nope".into()),
            ),
            ("#/assessment/check", Route::CheckAnswers),
            ("#/assessment/result/", Route::AssessmentResult),
            (
                "#/assessment/shared?v=1&stage=early",
                Route::SharedResult("v=1&stage=early".into()),
            ),
            ("#/assessment/how-scored", Route::HowScored),
            ("#/assessment/history", Route::ResultHistory),
            ("#/assessment/memo", Route::DecisionMemo),
            ("#/assessment/compare", Route::Compare(String::new())),
            (
                "#/assessment/compare?v=1&stage=early",
                Route::Compare("v=1&stage=early".into()),
            ),
            ("#/settings", Route::Settings),
            ("#/embed", Route::EmbedBuilder),
            ("#/workspace", Route::Workspace),
            ("#/workspace/steps/agree-terms", Route::WorkspaceStep(3)),
            ("#/workspace/steps/offer", Route::WorkspaceStep(10)),
            (
                "#/workspace/plan/full-time",
                Route::WorkspacePlan(Leadership::FullTime),
            ),
            (
                "#/workspace/plan/nope",
                Route::NotFound("workspace/plan/nope".into()),
            ),
            (
                "#/workspace/steps/nope",
                Route::NotFound("workspace/steps/nope".into()),
            ),
            ("#/workspace/notes", Route::Notes),
            ("#/workspace/notes/lx3-9a", Route::Note("lx3-9a".into())),
            (
                "#/workspace/notes/<img>",
                Route::NotFound("workspace/notes/<img>".into()),
            ),
            ("#/workspace/candidates/new", Route::Candidate(None)),
            (
                "#/workspace/candidates/c1",
                Route::Candidate(Some("c1".into())),
            ),
            ("#/workspace/terms", Route::Terms),
            ("#/workspace/spend", Route::Spend),
            ("#/workspace/onboarding", Route::Onboarding),
            ("#/workspace/summary", Route::WorkspaceSummary),
            ("#/workspace/kpis", Route::Kpis),
            ("#/workspace/kpis/new", Route::Kpi(None)),
            ("#/workspace/check-ins/new", Route::CheckIn(None)),
            (
                "#/workspace/check-ins/x1",
                Route::CheckIn(Some("x1".into())),
            ),
            (
                "#/workspace/check-ins",
                Route::NotFound("workspace/check-ins".into()),
            ),
            ("#/workspace/data", Route::WorkspaceData),
            ("#/nope", Route::NotFound("nope".into())),
            ("#/guide/extra", Route::NotFound("guide/extra".into())),
            ("#/GUIDE", Route::NotFound("GUIDE".into())),
        ];
        for (hash, route) in cases {
            assert_eq!(Route::from_hash(hash), route, "{hash:?}");
        }
    }

    #[test]
    fn every_view_has_a_distinct_address_that_leads_back_to_it() {
        for route in Route::KNOWN {
            assert_eq!(Route::from_hash(&route.href()), route);
            assert!(
                route.href().starts_with("#/"),
                "relative to the page: {route:?}"
            );
        }
        let mut hrefs: Vec<_> = Route::KNOWN.iter().map(Route::href).collect();
        hrefs.dedup();
        assert_eq!(hrefs.len(), Route::KNOWN.len());
    }

    #[test]
    fn reads_sections() {
        let cases = [
            ("#/guide#benefits", Some("benefits")),
            ("#/guide#seven-steps?x=1", Some("seven-steps")),
            ("#/guide", None),
            ("#/guide#", None),
            ("#/guide#<script>", None),
            ("#/guide#a b", None),
            ("", None),
        ];
        for (hash, section) in cases {
            assert_eq!(Route::section_of(hash), section, "{hash:?}");
        }
        let href = Route::Guide.section_href("benefits");
        assert_eq!(Route::from_hash(&href), Route::Guide);
        assert_eq!(Route::section_of(&href), Some("benefits"));
    }

    #[test]
    fn titles_name_the_app() {
        assert_eq!(
            Route::Guide.document_title(),
            "What is a fractional CTO? – CTO Compass"
        );
        assert_eq!(
            Route::CheckAnswers.document_title(),
            "Check your answers – Self-assessment – CTO Compass"
        );
    }

    #[test]
    fn every_workspace_page_has_an_address_that_leads_back_to_it() {
        let id = || Some("a1".to_owned());
        let mut routes = vec![
            Route::Notes,
            Route::Note("a1".into()),
            Route::Candidates,
            Route::Candidate(None),
            Route::Candidate(id()),
            Route::Terms,
            Route::Spend,
            Route::Onboarding,
            Route::WorkspaceSummary,
            Route::Kpis,
            Route::Kpi(None),
            Route::Kpi(id()),
            Route::CheckIn(None),
            Route::CheckIn(id()),
            Route::WorkspaceData,
        ];
        routes.extend((0..TASK_SLUGS.len()).map(Route::WorkspaceStep));
        routes.extend(Leadership::ALL.map(Route::WorkspacePlan));
        for route in routes {
            assert_eq!(Route::from_hash(&route.href()), route);
            assert_eq!(route.part(), Route::Workspace);
            assert!(!route.title().is_empty());
        }
    }

    #[test]
    fn every_question_has_an_address_that_leads_back_to_it() {
        for index in 0..QUESTION_HEADS.len() {
            for changing in [false, true] {
                let route = Route::Question { index, changing };
                assert_eq!(Route::from_hash(&route.href()), route);
                assert_eq!(route.part(), Route::Assessment);
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_hash_gives_a_route_whose_link_gives_it_back(hash in "#?/?[a-z/?#=&.%-]{0,30}") {
                let route = Route::from_hash(&hash);
                if let Route::NotFound(path) = &route {
                    prop_assert!(!path.starts_with('/') && !path.ends_with('/'));
                }
                prop_assert_eq!(Route::from_hash(&route.href()), route);
            }
        }
    }
}
