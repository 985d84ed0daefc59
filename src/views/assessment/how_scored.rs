//! "How this is scored": the scoring rules in words and every weight, printed from the same
//! data the scoring reads, so the page cannot drift from what the app does.

use leptos::prelude::*;

use crate::domain::assessment::answers::group_thousands;
use crate::domain::assessment::questions::{BUDGET_BANDS, Kind, QUESTIONS};
use crate::domain::assessment::scoring::{MAX_CHANGES, TIE_ORDER, signed};
use crate::domain::options::Leadership;
use crate::domain::route::Route;
use crate::ui::forms::BackLink;
use crate::ui::page::PageHeading;

#[component]
pub fn HowScoredPage() -> impl IntoView {
    let tie_order = TIE_ORDER
        .iter()
        .map(|o| o.in_sentence())
        .collect::<Vec<_>>()
        .join(", then ");
    view! {
        <div class="how-scored prose">
            <BackLink href=Route::Assessment.href() />
            <PageHeading title=Route::HowScored.title() caption="Self-assessment" lede="The result is worked out in your browser by a few plain rules and the table of points below. Nobody pays to be recommended, and no answer is sent anywhere." />
            <h2>"The rules"</h2>
            <ol>
                <li>
                    "Each answer gives points to each of the four options: more points mean a better fit. Ticked challenges give the average of their points, so ticking more of them does not count for more. “I'm not sure” gives no points to anyone."
                </li>
                <li>
                    "Each option's points are placed on a scale from 0 to 100, between the fewest and the most it could have got from the questions you were asked. 100 means every answer favoured it as much as any answer could."
                </li>
                <li>{format!("The highest score is recommended. A tie goes to the option that is easier to undo: {tie_order}.")}</li>
                <li>
                    "“Why” lists the answers that did most to put the recommended option ahead of the next one. “What would change it” tries every change of up to "
                    {MAX_CHANGES.to_string()}
                    " answers and shows, for each other option, the smallest one that would put it first."
                </li>
                <li>
                    {format!(
                        "The budget counts by band: under {}, up to {}, up to {}, up to {}, and above. The same numbers are used for dollars, euros and pounds.",
                        group_thousands(BUDGET_BANDS[0]),
                        group_thousands(BUDGET_BANDS[1]),
                        group_thousands(BUDGET_BANDS[2]),
                        group_thousands(BUDGET_BANDS[3]),
                    )}
                </li>
            </ol>
            <p>
                "The points come from the facts in our "
                <a href=Route::Guide.href()>"guide"</a>
                ": a fractional CTO suits early-stage companies with limited resources, growing pains, specific projects and the need for flexible leadership; a full-time CTO brings full commitment and ownership at a high cost; a consulting firm brings broad, specialised expertise with less personal attention; an in-house team keeps control and knowledge inside but takes time and money to build."
            </p>
            <h2>"The points for each answer"</h2>
            <p>
                "Each table gives the points an answer adds for a fractional CTO, a full-time CTO, a consulting firm and an in-house team."
            </p>
            {QUESTIONS
                .iter()
                .map(|question| {
                    let caption = match (question.kind, &question.asked_if) {
                        (_, Some(_)) => format!("{} (asked in healthcare and financial services only)", question.text),
                        (Kind::Many, _) => format!("{} (averaged over the ticked answers)", question.text),
                        _ => question.text.to_owned(),
                    };
                    let heading_id = format!("points-{}", question.id);
                    let (region_label, table_label) = (heading_id.clone(), heading_id.clone());
                    view! {
                        <h3 class="weights__title" id=heading_id>{caption}</h3>
                        <div class="table-scroll" tabindex="0" role="region" aria-labelledby=region_label>
                            <table class="weights stack-table" aria-labelledby=table_label>
                                <thead>
                                    <tr>
                                        <th scope="col">"Answer"</th>
                                        {Leadership::ALL
                                            .iter()
                                            .map(|o| view! { <th scope="col" class="num">{o.short_name()}</th> })
                                            .collect_view()}
                                    </tr>
                                </thead>
                                <tbody>
                                    {question
                                        .choices
                                        .iter()
                                        .map(|choice| {
                                            view! {
                                                <tr>
                                                    <th scope="row">{choice.label}</th>
                                                    {choice
                                                        .weights
                                                        .iter()
                                                        .zip(Leadership::ALL)
                                                        .map(|(&w, o)| {
                                                            view! {
                                                                <td class="num" data-label=o.short_name()>
                                                                    {signed(f64::from(w))}
                                                                </td>
                                                            }
                                                        })
                                                        .collect_view()}
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }
                })
                .collect_view()}
            <p>
                <a href=Route::Assessment.href()>"Back to the self-assessment"</a>
            </p>
        </div>
    }
}
