//! The app's frame: start-up, the shared state, the header, notices and footer around the
//! current view.

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::storage::{AppStorage, provide_documents};
use crate::ui::delete_everything::Deleted;
use crate::ui::embedding::Embedding;
use crate::ui::layout::{SiteFooter, SiteHeader, SkipLink};
use crate::ui::notices::StorageNotices;
use crate::ui::parts::{first_page_drawn, first_page_is_drawn, next_task, part};
use crate::ui::router;
use crate::views::assessment::{
    AssessmentPage, CheckAnswersPage, DecisionMemoPage, OwnResultPage, QuestionPage, ResultPage,
    SharedResultPage,
};
use crate::views::calculator::CalculatorPage;
use crate::views::embed_builder::EmbedBuilderPage;
use crate::views::guide::GuidePage;
use crate::views::home::HomePage;
use crate::views::not_found::{NotFoundPage, NotHerePage};
use crate::views::settings::SettingsPage;
use crate::views::workspace::{
    CandidatePage, CandidatesPage, CheckInPage, DataPage, KpiPage, KpisPage, NotePage, NotesPage,
    OnboardingPage, SpendPage, StartPlanPage, StepPage, SummaryPage, TermsPage, WorkspacePage,
};

thread_local! {
    /// Parts whose wasm file has arrived (release builds load each on first use).
    static PARTS_HERE: Cell<u16> = const { Cell::new(0) };
}

/// Replaces the static first-paint shell of index.html with the app.
pub fn start() {
    console_error_panic_hook::set_once();
    // Starting the wasm and drawing the app are each a long task on a slow phone: one after
    // the other, not one, so a tap can be answered in between.
    set_timeout(mount, Duration::ZERO);
}

fn mount() {
    let document = document();
    // Removed in the same task as the mount, so the browser never paints an empty page.
    if let Some(shell) = document.get_element_by_id("app-shell") {
        shell.remove();
    }
    crate::ui::later::app_starting();
    leptos::mount::mount_to_body(App);
    if !crate::storage::in_frame() {
        shell_page_drawn();
    }
}

/// A page of the shell is drawn now; a part's page once its file has arrived.
fn shell_page_drawn() {
    if !first_page_is_drawn() && !Part::of_first_page_pending() {
        first_page_drawn();
    }
}

/// The parts of the app that release builds put in wasm files of their own, each fetched when
/// first shown (ARCHITECTURE.md, "Parts"): pages that go together, so that opening one loads
/// little besides it. Each more part makes more files of code that parts share (one per set of
/// parts sharing it), hence these seven. Home, the frame and the not-found pages are in the
/// shell.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Assessment,
    AssessmentResult,
    Calculator,
    Workspace,
    WorkspaceRecords,
    Guide,
    Settings,
}

thread_local! {
    /// The part the first page waits for, while it loads.
    static FIRST_PAGE_PART: Cell<Option<Part>> = const { Cell::new(None) };
}

impl Part {
    fn of(route: &Route) -> Option<Part> {
        Some(match route {
            Route::Assessment | Route::Question { .. } | Route::CheckAnswers => Part::Assessment,
            Route::AssessmentResult
            | Route::SharedResult(_)
            | Route::HowScored
            | Route::ResultHistory
            | Route::DecisionMemo
            | Route::Compare(_) => Part::AssessmentResult,
            Route::Calculator => Part::Calculator,
            Route::Workspace | Route::WorkspaceStep(_) | Route::WorkspacePlan(_) => Part::Workspace,
            Route::Notes
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
            | Route::WorkspaceData => Part::WorkspaceRecords,
            Route::Guide => Part::Guide,
            Route::Settings | Route::EmbedBuilder => Part::Settings,
            Route::Home | Route::NotFound(_) => return None,
        })
    }

    fn bit(self) -> u16 {
        1 << self as u16
    }

    fn is_here(self) -> bool {
        PARTS_HERE.get() & self.bit() != 0
    }

    fn of_first_page_pending() -> bool {
        FIRST_PAGE_PART.get().is_some_and(|part| !part.is_here())
    }

    /// The part's page for this route, once the part is here.
    async fn page(self, route: Route) -> AnyView {
        match self {
            Part::Assessment => assessment_part(route).await,
            Part::AssessmentResult => {
                // A nested part's code (the memo; past results, the comparison and how it is
                // scored) arrives before its page.
                crate::views::assessment::preload_nested(&route).await;
                assessment_result_part(route).await
            }
            Part::Calculator => {
                // On a reload, a step back, a section link or in a frame, the blocks under
                // the table are drawn with the page, as the browser may scroll to them.
                if !crate::ui::later::splitting() {
                    crate::views::calculator::preload_lower().await;
                }
                calculator_part(route).await
            }
            Part::Workspace => workspace_part(route).await,
            Part::WorkspaceRecords => workspace_records_part(route).await,
            Part::Guide => guide_part(route).await,
            Part::Settings => settings_part(route).await,
        }
    }

    /// The page, drawn when the part has arrived (at once if it is here already); until then a
    /// screen-high "Loading…" (base.css), so the footer does not jump into view and back. A
    /// page that had to wait is arrived at afresh: the router's focus and scroll ran before it
    /// existed.
    fn view(self, route: Route) -> AnyView {
        let waits = !self.is_here();
        if waits && !first_page_is_drawn() {
            FIRST_PAGE_PART.set(Some(self));
        }
        let arrived = RwSignal::new(!waits);
        let page = Suspend::new(async move {
            let page = self.page(route).await;
            if waits {
                // Starting the part's code and drawing its page are each a long task on a phone:
                // one after the other, not one.
                next_task().await;
            }
            PARTS_HERE.set(PARTS_HERE.get() | self.bit());
            arrived.set(true);
            if waits {
                // A timer, not an animation frame: frames do not come to a hidden tab or a
                // host's frame out of view, and the page must count as drawn there too.
                set_timeout(
                    || {
                        if first_page_is_drawn() {
                            router::arrive_late(true);
                        } else {
                            router::arrive_late(false);
                            first_page_drawn();
                        }
                    },
                    Duration::ZERO,
                );
            }
            page
        });
        view! {
            {move || {
                (!arrived.get())
                    .then(|| {
                        view! {
                            <div class="part-loading">
                                <p class="shell__loading">"Loading…"</p>
                            </div>
                        }
                    })
            }}
            {page}
        }
        .into_any()
    }
}

part!(assessment_part, |route: Route| match route {
    Route::Question { index, changing } => view! { <QuestionPage index changing /> }.into_any(),
    Route::CheckAnswers => view! { <CheckAnswersPage /> }.into_any(),
    _ => view! { <AssessmentPage /> }.into_any(),
});

part!(assessment_result_part, |route: Route| match route {
    Route::SharedResult(query) => view! { <SharedResultPage query /> }.into_any(),
    Route::DecisionMemo => view! { <DecisionMemoPage /> }.into_any(),
    route @ (Route::ResultHistory | Route::Compare(_) | Route::HowScored) => {
        view! { <ResultPage route /> }.into_any()
    }
    _ => view! { <OwnResultPage /> }.into_any(),
});

part!(calculator_part, |_route: Route| {
    view! { <CalculatorPage /> }.into_any()
});

part!(workspace_part, |route: Route| match route {
    Route::WorkspaceStep(index) => view! { <StepPage index /> }.into_any(),
    Route::WorkspacePlan(option) => view! { <StartPlanPage option /> }.into_any(),
    _ => view! { <WorkspacePage /> }.into_any(),
});

part!(workspace_records_part, |route: Route| match route {
    Route::Note(id) => view! { <NotePage id /> }.into_any(),
    Route::Candidates => view! { <CandidatesPage /> }.into_any(),
    Route::Candidate(id) => view! { <CandidatePage id /> }.into_any(),
    Route::Terms => view! { <TermsPage /> }.into_any(),
    Route::Spend => view! { <SpendPage /> }.into_any(),
    Route::Onboarding => view! { <OnboardingPage /> }.into_any(),
    Route::WorkspaceSummary => view! { <SummaryPage /> }.into_any(),
    Route::Kpis => view! { <KpisPage /> }.into_any(),
    Route::Kpi(id) => view! { <KpiPage id /> }.into_any(),
    Route::CheckIn(id) => view! { <CheckInPage id /> }.into_any(),
    Route::WorkspaceData => view! { <DataPage /> }.into_any(),
    _ => view! { <NotesPage /> }.into_any(),
});

part!(guide_part, |_route: Route| view! { <GuidePage /> }
    .into_any());

part!(settings_part, |route: Route| match route {
    Route::EmbedBuilder => view! { <EmbedBuilderPage /> }.into_any(),
    _ => view! { <SettingsPage /> }.into_any(),
});

#[component]
pub fn App() -> impl IntoView {
    if !crate::storage::in_frame() {
        return view! { <Shown embedding=Embedding::standalone() /> }.into_any();
    }
    // A host's options are read by the frame's own part (`ui::embedding`), whose file comes
    // with the page's in a frame: nothing of it weighs on the full app.
    view! {
        {Suspend::new(async move {
            let embedding = Embedding::framed().await;
            set_timeout(shell_page_drawn, Duration::ZERO);
            view! { <Shown embedding /> }
        })}
    }
    .into_any()
}

/// The app, shown with its options: the full app's, or a host's in a frame.
#[component]
fn Shown(embedding: Embedding) -> impl IntoView {
    provide_context(embedding);
    // An embed's namespace lives as long as the page; storing it once as 'static keeps the
    // storage handle a plain Copy value.
    let namespace: Option<&'static str> = embedding
        .with(|o| o.namespace.clone())
        .map(|n| &*Box::leak(n.into_boxed_str()));
    let storage = AppStorage::connect_with(namespace, !embedding.cross_origin);
    provide_context(storage);
    provide_documents(storage);
    provide_context(Deleted(RwSignal::new(None)));

    let route = router::hash_route();
    provide_context(route);

    view! {
        <SkipLink />
        <SiteHeader route />
        <StorageNotices />
        <main id="main" class="wrap main" tabindex="-1">
            {move || {
                let route = route.get();
                // An embed opens on the first part its host chose.
                let page = match route {
                    Route::Home => embedding.first_page(),
                    _ => route.clone(),
                };
                match Part::of(&page) {
                    _ if !embedding.allows(&route) => view! { <NotHerePage route /> }.into_any(),
                    Some(part) => part.view(page),
                    None => {
                        // Left before the first page's part arrived: this page is the first.
                        if Part::of_first_page_pending() {
                            set_timeout(first_page_drawn, Duration::ZERO);
                        }
                        match page {
                            Route::NotFound(path) => view! { <NotFoundPage path /> }.into_any(),
                            _ => view! { <HomePage /> }.into_any(),
                        }
                    }
                }
            }}
        </main>
        <SiteFooter route />
        {embedding.connect(route)}
    }
}
