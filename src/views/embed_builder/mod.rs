//! "Put CTO Compass on your website" (`#/embed`): a consultancy picks the embed's options, sees
//! the embed as its visitors will, and copies the snippet. The options are checked by the code
//! the embed reads them with (`domain::embed::builder`), so a snippet holds only what the
//! embed accepts.

mod form;
mod preview;

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::embed::builder::Draft;
use crate::domain::embed::{EmbedOptions, Part, Scheme};
use crate::domain::preferences::Currency;
use crate::domain::route::Route;
use crate::ui::fields::FormErrors;
use crate::ui::forms::ErrorSummary;
use crate::ui::page::PageHeading;
use crate::ui::pause::AfterPause;

/// What is typed, field by field, and the options the embed would use.
#[derive(Clone, Copy)]
struct Builder {
    parts: RwSignal<Vec<Part>>,
    brand: RwSignal<String>,
    accent: RwSignal<String>,
    scheme: RwSignal<Scheme>,
    header: RwSignal<bool>,
    cta_label: RwSignal<String>,
    cta_url: RwSignal<String>,
    consent: RwSignal<String>,
    events: RwSignal<bool>,
    currency: RwSignal<Option<Currency>>,
    full_app_url: RwSignal<String>,
    eager: RwSignal<bool>,
    errors: FormErrors,
    /// The options last checked: the snippet follows them as typed, the preview after a pause.
    options: RwSignal<EmbedOptions>,
    previewed: RwSignal<EmbedOptions>,
}

impl Builder {
    fn new() -> Builder {
        let draft = Draft::default();
        let (options, _) = draft.check();
        Builder {
            parts: RwSignal::new(draft.parts),
            brand: RwSignal::new(draft.brand),
            accent: RwSignal::new(draft.accent),
            scheme: RwSignal::new(draft.scheme),
            header: RwSignal::new(draft.header),
            cta_label: RwSignal::new(draft.cta_label),
            cta_url: RwSignal::new(draft.cta_url),
            consent: RwSignal::new(draft.consent),
            events: RwSignal::new(draft.events),
            currency: RwSignal::new(draft.currency),
            full_app_url: RwSignal::new(draft.full_app_url),
            eager: RwSignal::new(draft.eager),
            errors: FormErrors::new(&Route::EmbedBuilder),
            options: RwSignal::new(options.clone()),
            previewed: RwSignal::new(options),
        }
    }

    fn draft(&self) -> Draft {
        Draft {
            parts: self.parts.get(),
            brand: self.brand.get(),
            accent: self.accent.get(),
            scheme: self.scheme.get(),
            header: self.header.get(),
            cta_label: self.cta_label.get(),
            cta_url: self.cta_url.get(),
            consent: self.consent.get(),
            events: self.events.get(),
            currency: self.currency.get(),
            full_app_url: self.full_app_url.get(),
            eager: self.eager.get(),
        }
    }
}

#[component]
pub fn EmbedBuilderPage() -> impl IntoView {
    let builder = Builder::new();
    provide_context(builder);
    // Checked as typed, problems beside their fields; the preview reloads after a pause, not
    // at each keystroke.
    let pause = AfterPause::new(Duration::from_millis(600));
    Effect::new(move |_| {
        let (options, problems) = builder.draft().check();
        builder.errors.show_quietly(problems);
        if builder.options.with_untracked(|o| *o != options) {
            builder.options.set(options.clone());
            pause.restart(move || builder.previewed.set(options));
        }
    });
    on_cleanup(move || {
        pause.cancel();
    });
    view! {
        <div class="embed-builder">
            <PageHeading
                title=Route::EmbedBuilder.title()
                caption="For consultancies"
                lede="Show the self-assessment or the cost comparison on your own pages, in your colours, with your call to action. Choose the options, see the embed as your visitors will, and copy the snippet."
            />
            <ErrorSummary errors=builder.errors.summary() />
            <div class="embed-builder__layout">
                <form::Options />
                <preview::Preview />
            </div>
            <preview::Snippets />
        </div>
    }
}
