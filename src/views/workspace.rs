//! The founder's private workspace. Placeholder until it is built; its address already works.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::ui::coming_soon::ComingSoon;

#[component]
pub fn WorkspacePage() -> impl IntoView {
    view! {
        <ComingSoon
            route=Route::Workspace
            intro="A private place to run the engagement once you have decided: kept only in this browser, never sent anywhere."
            will_let_you=&[
                "keep notes and score candidates after each interview",
                "record the terms you agree: scope, engagement model, rates and payment",
                "set KPIs and log dated check-ins against them",
                "work through the seven partnering steps as a task list",
                "export, import and wipe everything",
            ]
        />
    }
}
