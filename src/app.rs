//! The app's frame: start-up, the shared state, the header, notices and footer around the
//! current view.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::storage::{AppStorage, Documents};
use crate::ui::delete_everything::DeletedNote;
use crate::ui::embedding::Embedding;
use crate::ui::layout::{SiteFooter, SiteHeader, SkipLink};
use crate::ui::notices::StorageNotices;
use crate::ui::router;
use crate::views::assessment::{
    AssessmentPage, CheckAnswersPage, HowScoredPage, OwnResultPage, QuestionPage, SharedResultPage,
};
use crate::views::calculator::CalculatorPage;
use crate::views::guide::GuidePage;
use crate::views::home::HomePage;
use crate::views::not_found::{NotFoundPage, NotHerePage};
use crate::views::settings::SettingsPage;
use crate::views::workspace::{
    CandidatePage, CandidatesPage, CheckInPage, DataPage, KpiPage, KpisPage, NotePage, NotesPage,
    StepPage, TermsPage, WorkspacePage,
};

/// The `performance.mark` set once the app has rendered; `make bench` reads it.
pub const MOUNTED_MARK: &str = "cto-compass:mounted";

/// Replaces the static first-paint shell of index.html with the app.
pub fn start() {
    console_error_panic_hook::set_once();
    let document = document();
    // Removed in the same task as the mount, so the browser never paints an empty page.
    if let Some(shell) = document.get_element_by_id("app-shell") {
        shell.remove();
    }
    crate::ui::later::app_starting();
    leptos::mount::mount_to_body(App);
    if let Some(performance) = window().performance() {
        let _ = performance.mark(MOUNTED_MARK);
    }
    crate::ui::later::app_mounted();
}

#[component]
pub fn App() -> impl IntoView {
    let embedding = Embedding::start();
    provide_context(embedding);
    // An embed's namespace lives as long as the page; storing it once as 'static keeps the
    // storage handle a plain Copy value.
    let namespace: Option<&'static str> = embedding
        .with(|o| o.namespace.clone())
        .map(|n| &*Box::leak(n.into_boxed_str()));
    let storage = AppStorage::connect_with(namespace, !embedding.cross_origin);
    provide_context(storage);
    Documents::open(storage);
    provide_context(DeletedNote(RwSignal::new(None)));

    let route = router::hash_route();
    provide_context(route);
    embedding.connect(route);

    view! {
        <SkipLink />
        <SiteHeader route />
        <StorageNotices />
        <main id="main" class="wrap main" tabindex="-1">
            {move || match route.get() {
                route if !embedding.allows(&route) => view! { <NotHerePage route /> }.into_any(),
                Route::Home => match embedding.first_page() {
                    Route::Home => view! { <HomePage /> }.into_any(),
                    Route::Calculator => view! { <CalculatorPage /> }.into_any(),
                    Route::Workspace => view! { <WorkspacePage /> }.into_any(),
                    Route::Guide => view! { <GuidePage /> }.into_any(),
                    _ => view! { <AssessmentPage /> }.into_any(),
                },
                Route::Assessment => view! { <AssessmentPage /> }.into_any(),
                Route::Question { index, changing } => {
                    view! { <QuestionPage index changing /> }.into_any()
                }
                Route::CheckAnswers => view! { <CheckAnswersPage /> }.into_any(),
                Route::AssessmentResult => view! { <OwnResultPage /> }.into_any(),
                Route::SharedResult(query) => view! { <SharedResultPage query /> }.into_any(),
                Route::HowScored => view! { <HowScoredPage /> }.into_any(),
                Route::Calculator => view! { <CalculatorPage /> }.into_any(),
                Route::Workspace => view! { <WorkspacePage /> }.into_any(),
                Route::WorkspaceStep(index) => view! { <StepPage index /> }.into_any(),
                Route::Notes => view! { <NotesPage /> }.into_any(),
                Route::Note(id) => view! { <NotePage id /> }.into_any(),
                Route::Candidates => view! { <CandidatesPage /> }.into_any(),
                Route::Candidate(id) => view! { <CandidatePage id /> }.into_any(),
                Route::Terms => view! { <TermsPage /> }.into_any(),
                Route::Kpis => view! { <KpisPage /> }.into_any(),
                Route::Kpi(id) => view! { <KpiPage id /> }.into_any(),
                Route::CheckIn(id) => view! { <CheckInPage id /> }.into_any(),
                Route::WorkspaceData => view! { <DataPage /> }.into_any(),
                Route::Guide => view! { <GuidePage /> }.into_any(),
                Route::Settings => view! { <SettingsPage /> }.into_any(),
                Route::NotFound(path) => view! { <NotFoundPage path /> }.into_any(),
            }}
        </main>
        <SiteFooter route />
    }
}
