//! The cost comparison calculator. Placeholder until it is built; its address already works.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::ui::coming_soon::ComingSoon;

#[component]
pub fn CalculatorPage() -> impl IntoView {
    view! {
        <ComingSoon
            route=Route::Calculator
            intro="What each way of getting technical leadership costs, side by side, over the months that matter to you."
            will_let_you=&[
                "start from sourced market figures and change any of them",
                "see the monthly cost, the first-year cost and the total over your horizon",
                "find the point at which a full-time CTO becomes cheaper than a fractional one",
                "save scenarios, compare two of them, and export the numbers",
            ]
        />
    }
}
