//! The self-assessment wizard. Placeholder until it is built; its address already works.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::ui::coming_soon::ComingSoon;

#[component]
pub fn AssessmentPage() -> impl IntoView {
    view! {
        <ComingSoon
            route=Route::Assessment
            intro="About ten short questions on your company, your team and what you need, one per page, then a recommendation you can check."
            will_let_you=&[
                "see a fit score for a fractional CTO, a full-time CTO, a consulting firm and an in-house team",
                "see which of your answers decided the result, and what would change it",
                "read the risks of the recommended option and how to handle them",
                "share or print the result, without anything being sent to a server",
            ]
        />
    }
}
