//! The embed as visitors will see it, in a frame of this app with the options chosen, and the
//! snippets that make it on another page.

use leptos::prelude::*;

use super::Builder;
use crate::domain::embed::builder::{div_snippet, frame_src, iframe_snippet};
use crate::domain::embed::{EmbedOptions, Part, Scheme};
use crate::ui::links::copy_and_say;

/// Where this app is served: the snippets load the embed from here.
fn app_url() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// The preview keeps what is typed into it apart from this browser's own use of the app.
const PREVIEW_NAMESPACE: &str = "embed-preview";

#[component]
pub fn Preview() -> impl IntoView {
    let builder = expect_context::<Builder>();
    let height = RwSignal::new(640u32);
    let heard = RwSignal::new(Vec::<String>::new());
    let src = move || {
        let mut options = builder.previewed.get();
        options.namespace = Some(PREVIEW_NAMESPACE.to_owned());
        frame_src(&app_url(), &options)
    };
    let scheme = move || match builder.previewed.with(|o| o.scheme) {
        Scheme::Light => "light",
        Scheme::Dark => "dark",
        Scheme::Auto => "normal",
    };
    // The framed app posts its height and, when asked, events: as the host script would.
    let own = window().location().origin().unwrap_or_default();
    let listener = window_event_listener(leptos::ev::message, move |event| {
        if event.origin() != own {
            return;
        }
        let data = event.data();
        let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).ok();
        let text = |name: &str| field(name).and_then(|v| v.as_string());
        if text("source").as_deref() != Some("cto-compass") {
            return;
        }
        match text("type").as_deref() {
            Some("resize") => {
                if let Some(h) = field("height").and_then(|v| v.as_f64()) {
                    height.set(h.clamp(200.0, 20_000.0) as u32);
                }
            }
            Some("event") => {
                let line = format!("fcto:{}", text("event").unwrap_or_default());
                heard.update(|list| {
                    list.push(line);
                    let extra = list.len().saturating_sub(6);
                    list.drain(..extra);
                });
            }
            _ => {}
        }
    });
    on_cleanup(move || listener.remove());
    let title = move || builder.previewed.with(frame_title);
    view! {
        <section class="embed-builder__preview" aria-labelledby="preview-title">
            <h2 id="preview-title">"Preview"</h2>
            <p class="hint">"Live: try it as a visitor would. What you type in it is kept apart from your own answers."</p>
            <iframe
                class="embed-builder__frame"
                title=title
                src=src
                style:height=move || format!("{}px", height.get())
                style:color-scheme=scheme
            ></iframe>
            {move || {
                (builder.previewed.with(|o| o.events) && !heard.with(Vec::is_empty))
                    .then(|| {
                        view! {
                            <p class="hint">"Events your page would receive: " {move || heard.get().join(", ")}</p>
                        }
                    })
            }}
        </section>
    }
}

/// The frame's name for screen readers, as the host script gives it.
fn frame_title(options: &EmbedOptions) -> String {
    let part = match options.parts.first() {
        Some(Part::Calculator) => "cost comparison",
        Some(Part::Workspace) => "workspace",
        Some(Part::Guide) => "guide",
        _ => "self-assessment",
    };
    // Plain: the brand holds no direction controls (refused), and the snippet is pasted as is.
    let brand = options.brand.as_deref().unwrap_or("CTO Compass");
    format!("{brand}: {part}")
}

#[component]
pub fn Snippets() -> impl IntoView {
    let builder = expect_context::<Builder>();
    let div = move || {
        builder
            .options
            .with(|o| div_snippet(&app_url(), o, builder.eager.get()))
    };
    let iframe = move || {
        builder
            .options
            .with(|o| iframe_snippet(&app_url(), o, &frame_title(o)))
    };
    view! {
        <section class="embed-builder__snippets" aria-labelledby="snippets-title">
            <h2 id="snippets-title">"The snippet for your page"</h2>
            <p>"Paste it where the embed should be. Options that cannot be used are left out until they are corrected above."</p>
            <Snippet id="snippet-div" heading="Script and div (recommended)" hint="Loads as visitors scroll near it, fits its height, and follows your page's events." text=Signal::derive(div) />
            <Snippet id="snippet-iframe" heading="A plain iframe" hint="For a site that does not allow scripts: the options are in its address. With the script below it too, it fits its height." text=Signal::derive(iframe) />
        </section>
    }
}

#[component]
fn Snippet(
    id: &'static str,
    heading: &'static str,
    hint: &'static str,
    text: Signal<String>,
) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        copy_and_say(
            &text.get_untracked(),
            status,
            "Copied.",
            "Your browser did not allow copying: select the text and copy it.",
        )
    };
    view! {
        <div class="snippet">
            <h3 id=format!("{id}-title")>{heading}</h3>
            <p class="hint">{hint}</p>
            <pre class="snippet__code" id=id tabindex="0" aria-labelledby=format!("{id}-title")><code>{move || text.get()}</code></pre>
            <button type="button" class="button button--secondary" on:click=copy>
                "Copy the snippet"
                <span class="visually-hidden">{format!(": {heading}")}</span>
            </button>
            <p class="status" role="status">{move || status.get()}</p>
        </div>
    }
}
