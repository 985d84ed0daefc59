//! The app inside a consultancy's page: its options (read from the address, checked in the
//! pure core), the brand colours, and the messages to the page around it.
//!
//! The host script (`embed/embed.js`) puts the app in an iframe and passes the options as the
//! query of its address. The app posts its height to the parent, so that the frame fits its
//! content, and a word when another page opens inside (the host brings the frame's top into
//! view); and, only when the host asked for them, events: ready, step, result, height, cta and
//! lead (the result the visitor chose to send with the call to action).
//! Messages go to the host's origin (the `host-origin` option, else the parent's origin as
//! the browser reports it), never to "*" once that is known, and never carry what the visitor
//! typed.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::domain::assessment::scoring::Outcome;
use crate::domain::embed::lead::cta_url;
use crate::domain::embed::{
    EmbedOptions, Message, Part, Scheme, query_pairs, read_options, step_name, theme,
};
use crate::domain::route::Route;

/// How the app is shown: standalone, or framed by another page, and with which options.
/// Shared through context; cheap to copy.
#[derive(Clone, Copy)]
pub struct Embedding {
    options: StoredValue<EmbedOptions>,
    /// Inside another page's frame.
    pub framed: bool,
    /// Framed by a page of another origin: storage there is blocked or partitioned, so the
    /// app keeps nothing and says so.
    pub cross_origin: bool,
    /// Where messages to the parent go, once known.
    target: StoredValue<Option<String>>,
    /// The visitor's own result, once shown: the frame's messages tell the host of it.
    own_result: RwSignal<Option<Outcome>>,
    /// The last result told to the host, so that seeing the same result again (a revisit,
    /// the page drawn again) is not counted twice.
    last_result: StoredValue<Option<String>>,
}

impl Embedding {
    /// The full app on its own address. Options are a host page's, for its frame: here they
    /// would let any link dress the app in someone's brand with someone else's call to action.
    pub fn standalone() -> Embedding {
        let search = window().location().search().unwrap_or_default();
        if !query_pairs(&search).is_empty() {
            warnings_out(&[
                "options in the address are used only when the app is shown in another page's frame; they were ignored".to_owned(),
            ]);
        }
        Embedding::new(EmbedOptions::standalone(), false, false)
    }

    /// In a host's frame: reads the options from the address, warns in the console about any
    /// it could not use, and applies the host's theme, in the frame's part.
    pub async fn framed() -> Embedding {
        frame_part(FrameCall::Start).await
    }

    fn new(options: EmbedOptions, framed: bool, cross_origin: bool) -> Embedding {
        let target = options.host_origin.clone();
        Embedding {
            options: StoredValue::new(options),
            framed,
            cross_origin,
            target: StoredValue::new(target),
            own_result: RwSignal::new(None),
            last_result: StoredValue::new(None),
        }
    }

    fn read_framed() -> Embedding {
        let window = window();
        let cross_origin = window
            .top()
            .ok()
            .flatten()
            .is_none_or(|top| top.location().href().is_err());
        let search = window.location().search().unwrap_or_default();
        let (mut options, mut warnings) = read_options(&query_pairs(&search), true);
        // A tag of the right shape that the browser cannot use would make dates fail later.
        if let Some(locale) = &options.locale
            && !browser_knows_locale(locale)
        {
            warnings.push(format!(
                "the option locale was refused (the browser does not know “{locale}”); its default is used"
            ));
            options.locale = None;
        }
        warnings_out(&warnings);
        apply_theme(&options);
        // Messages go to `host-origin`, else to the parent's origin as the browser reports
        // it, found as they start (`connect`).
        Embedding::new(options, true, cross_origin)
    }

    pub fn with<R>(&self, f: impl FnOnce(&EmbedOptions) -> R) -> R {
        self.options.with_value(f)
    }

    pub fn shows(&self, part: Part) -> bool {
        self.with(|o| o.shows(part))
    }

    /// The part a view belongs to, if it is one a host can choose.
    pub fn part_of(route: &Route) -> Option<Part> {
        match route.part() {
            Route::Assessment => Some(Part::Assessment),
            Route::Calculator => Some(Part::Calculator),
            Route::Workspace => Some(Part::Workspace),
            Route::Guide => Some(Part::Guide),
            _ => None,
        }
    }

    /// Whether this view may be shown here.
    pub fn allows(&self, route: &Route) -> bool {
        Self::part_of(route).is_none_or(|part| self.shows(part))
    }

    /// The page to open on: the first part the host chose, or the home page of the full app.
    pub fn first_page(&self) -> Route {
        if self.with(|o| o.parts.len() == Part::ALL.len()) {
            return Route::Home;
        }
        match self.with(|o| o.parts[0]) {
            Part::Assessment => Route::Assessment,
            Part::Calculator => Route::Calculator,
            Part::Workspace => Route::Workspace,
            Part::Guide => Route::Guide,
        }
    }

    /// An event for the host page, if it asked for events.
    fn event(&self, message: Message) {
        if self.framed && self.with(|o| o.events) {
            self.post(&message);
        }
    }

    fn post(&self, message: &Message) {
        let Some(parent) = window().parent().ok().flatten() else {
            return;
        };
        let Ok(data) = js_sys::JSON::parse(&message.to_json()) else {
            return;
        };
        match self.target.get_value() {
            Some(origin) => {
                let _ = parent.post_message(&data, &origin);
            }
            // Only the frame's height ever goes out before the parent's origin is known.
            None if matches!(message, Message::Resize { .. }) => {
                let _ = parent.post_message(&data, "*");
            }
            None => {}
        }
    }

    /// The visitor's own result is shown: the host page hears of it (`tell_result`). Through
    /// a signal, so that the message's code stays in the frame's part.
    pub fn result(&self, outcome: &Outcome) {
        if self.framed {
            self.own_result.set(Some(outcome.clone()));
        }
    }

    /// Tells the host page the visitor's own result, when it asked for events: the
    /// recommended option and the four scores, nothing else; the same result once only.
    fn tell_result(&self, outcome: &Outcome) {
        let message = Message::Result {
            outcome: outcome.clone(),
        };
        let text = message.to_json();
        if self
            .last_result
            .with_value(|last| last.as_deref() == Some(text.as_str()))
        {
            return;
        }
        self.last_result.set_value(Some(text));
        self.event(message);
    }

    /// Starts the messages: height as the content changes, the page on each step, and ready.
    /// Only a frame has any: their code is a part of its own (`frame_part`), which a visit to
    /// the full app never fetches. Returns what to draw for it, in a frame.
    pub fn connect(&self, route: ReadSignal<Route>) -> Option<AnyView> {
        let embedding = *self;
        self.framed.then(|| {
            view! {
                {Suspend::new(async move {
                    frame_part(FrameCall::Messages(embedding, route)).await;
                })}
            }
            .into_any()
        })
    }

    fn start_messages(self, route: ReadSignal<Route>) {
        if self.target.with_value(Option::is_none) {
            self.target.set_value(parent_origin());
        }
        if self.with(|o| o.events) && self.target.with_value(Option::is_none) {
            warnings_out(&[
                "events were asked for, but the page around the app cannot be known: give host-origin".to_owned(),
            ]);
        }
        let embedding = self;
        Effect::new(move |first: Option<()>| {
            let page = step_name(&route.get());
            if first.is_some() {
                // For the host script, whether or not events were asked for.
                embedding.post(&Message::Page);
            }
            embedding.event(Message::Step { page });
        });
        Effect::new(move || {
            embedding.own_result.with(|outcome| {
                outcome
                    .as_ref()
                    .map(|outcome| embedding.tell_result(outcome))
            });
        });
        watch_height(embedding, route);
        self.ready();
    }

    /// The call to action's address: the host's own, or with the result when the visitor
    /// chose to send it.
    pub fn cta_href(&self, lead: Option<&Outcome>) -> Option<String> {
        self.with(|o| o.cta.as_ref().map(|cta| cta_url(&cta.url, lead)))
    }

    /// The call to action was followed: `cta` always (when events were asked for), and `lead`
    /// with the result, the consent's words and the time, when the visitor chose to send it.
    pub fn cta_followed(&self, lead: Option<&Outcome>) {
        self.event(Message::Cta {
            lead: lead.is_some(),
        });
        let consent = self.with(|o| o.consent.clone());
        if let (Some(outcome), Some(consent)) = (lead, consent) {
            // Written by hand: chrono's formatter would cost the result's page kilobytes.
            let at = crate::domain::document::timestamp(crate::ui::clock::now());
            self.event(Message::Lead {
                outcome: outcome.clone(),
                consent,
                at,
            });
        }
    }

    /// "Open in its own tab": the host's own page of the full app where it gave one (at the
    /// same page, unless its address names a place of its own), else this app's address.
    pub fn full_app_href(&self, route: &Route) -> String {
        match self.with(|o| o.full_app_url.clone()) {
            Some(url) if url.contains('#') => url,
            Some(url) => url + &route.href(),
            None => crate::ui::links::full_app_href(route),
        }
    }

    fn ready(&self) {
        self.event(Message::Ready {
            parts: self.with(|o| o.parts.clone()),
        });
    }
}

/// What the frame's part is asked to do: read the host's options as the app starts, then
/// start the messages once the app is drawn. One part for both: a part of its own costs a file.
enum FrameCall {
    Start,
    Messages(Embedding, ReadSignal<Route>),
}

#[cfg(not(debug_assertions))]
#[leptos::lazy]
fn frame_part(call: FrameCall) -> Embedding {
    frame_call(call)
}

#[cfg(debug_assertions)]
async fn frame_part(call: FrameCall) -> Embedding {
    frame_call(call)
}

fn frame_call(call: FrameCall) -> Embedding {
    match call {
        FrameCall::Start => Embedding::read_framed(),
        FrameCall::Messages(embedding, route) => {
            embedding.start_messages(route);
            embedding
        }
    }
}

/// The parent page's origin, as the browser reports it to a frame.
fn parent_origin() -> Option<String> {
    let window = window();
    let location = window.location();
    let from_ancestors = js_sys::Reflect::get(&location, &"ancestorOrigins".into())
        .ok()
        .and_then(|list| list.dyn_into::<web_sys::DomStringList>().ok())
        .and_then(|list| list.item(0))
        .filter(|origin| origin != "null");
    from_ancestors.or_else(|| {
        let referrer = document().referrer();
        let url = web_sys::Url::new(&referrer).ok()?;
        let origin = url.origin();
        (origin != "null" && !origin.is_empty()).then_some(origin)
    })
}

/// The document's height now, in whole pixels.
fn document_height() -> u32 {
    document().document_element().map_or(0, |root| {
        root.get_bounding_client_rect().height().ceil().max(0.0) as u32
    })
}

/// Posts the document's height whenever it changes.
fn watch_height(embedding: Embedding, route: ReadSignal<Route>) {
    let Some(root) = document().document_element() else {
        return;
    };
    let last = StoredValue::new(0u32);
    let measure = move || {
        let height = document_height();
        if height != last.get_value() {
            last.set_value(height);
            embedding.post(&Message::Resize { height });
            embedding.event(Message::Height { height });
        }
    };
    measure();
    // A host script that arrives after the app (a plain iframe, an async script) asks for
    // what it missed: the height, and the first time, ready and the page. Only the parent
    // window is answered, and only from the origin messages go to.
    let replayed = StoredValue::new(false);
    let listener = window_event_listener(leptos::ev::message, move |event| {
        let from_parent = match (event.source(), window().parent().ok().flatten()) {
            (Some(source), Some(parent)) => js_sys::Object::is(&source, &parent),
            _ => false,
        };
        let field = |name: &str| {
            js_sys::Reflect::get(&event.data(), &name.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        let asks = field("source").as_deref() == Some("cto-compass-host")
            && field("type").as_deref() == Some("measure");
        let known_origin = embedding
            .target
            .with_value(|target| target.as_ref().is_none_or(|t| *t == event.origin()));
        if !(from_parent && asks && known_origin) {
            return;
        }
        embedding.post(&Message::Resize {
            height: document_height(),
        });
        if !replayed.get_value() {
            replayed.set_value(true);
            embedding.ready();
            embedding.event(Message::Step {
                page: step_name(&route.get_untracked()),
            });
        }
    });
    on_cleanup(move || listener.remove());
    let callback = Closure::<dyn FnMut()>::new(measure);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // The observer lives as long as the page.
        std::mem::forget(observer);
    }
    callback.forget();
}

/// Whether `Intl` accepts a language tag (it throws on one it cannot use).
fn browser_knows_locale(tag: &str) -> bool {
    let check = js_sys::Reflect::get(&js_sys::global(), &"Intl".into())
        .and_then(|intl| js_sys::Reflect::get(&intl, &"getCanonicalLocales".into()));
    match check
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        Some(check) => check
            .call1(&wasm_bindgen::JsValue::NULL, &tag.into())
            .is_ok(),
        None => true,
    }
}

fn warnings_out(warnings: &[String]) {
    for warning in warnings {
        web_sys::console::warn_1(&format!("CTO Compass: {warning}.").into());
    }
}

/// The host's accent as the app's brand colours, through the CSS object model: the value is
/// a checked `#rrggbb`, never CSS text.
fn apply_theme(options: &EmbedOptions) {
    let Some(root) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let _ = root.class_list().add_1("embedded");
    if !options.header {
        let _ = root.class_list().add_1("headless");
    }
    force_scheme(&root, options.scheme);
    if let Some(accent) = &options.accent {
        let theme = theme(accent);
        // Named apart from the theme's own colours: the stylesheet decides where each applies
        // (links take the light or the dark shade, each known to read on its theme).
        let style = root.style();
        let _ = style.set_property("--accent-brand", &theme.brand);
        let _ = style.set_property("--accent-strong", &theme.brand_strong);
        let _ = style.set_property("--accent-on", &theme.on_brand);
        let _ = style.set_property("--accent-link", &theme.link);
        let _ = style.set_property("--accent-link-dark", &theme.link_dark);
        let _ = root.class_list().add_1("branded");
    }
}

/// Light or dark whatever the visitor's setting: each `prefers-color-scheme` rule of the app's
/// stylesheets is switched on or off, so the colours stay written once. (The host script also
/// sets the frame's `color-scheme`, which browsers pass to the page inside before it paints.)
/// Read through `Reflect`: typed bindings for the CSS object model cost every page their glue.
fn force_scheme(root: &web_sys::HtmlElement, scheme: Scheme) {
    use js_sys::Reflect;
    use wasm_bindgen::JsValue;
    let dark = match scheme {
        Scheme::Auto => return,
        Scheme::Light => false,
        Scheme::Dark => true,
    };
    let _ = root
        .style()
        .set_property("color-scheme", if dark { "dark" } else { "light" });
    let get = |object: &JsValue, key: &str| Reflect::get(object, &key.into()).ok();
    let length =
        |list: &JsValue| get(list, "length").and_then(|n| n.as_f64()).unwrap_or(0.0) as u32;
    let Some(sheets) = get(&document().into(), "styleSheets") else {
        return;
    };
    for i in 0..length(&sheets) {
        // A sheet from another origin refuses its rules: none of the app's is.
        let Some(rules) = Reflect::get_u32(&sheets, i)
            .ok()
            .and_then(|sheet| get(&sheet, "cssRules"))
        else {
            continue;
        };
        for j in 0..length(&rules) {
            let Some(media) = Reflect::get_u32(&rules, j)
                .ok()
                .and_then(|rule| get(&rule, "media"))
                .filter(|m| !m.is_undefined())
            else {
                continue;
            };
            let text = get(&media, "mediaText")
                .and_then(|t| t.as_string())
                .unwrap_or_default();
            let on = if text.contains("prefers-color-scheme: dark") {
                dark
            } else if text.contains("prefers-color-scheme: light") {
                !dark
            } else {
                continue;
            };
            let _ = Reflect::set(
                &media,
                &"mediaText".into(),
                &(if on { "all" } else { "not all" }).into(),
            );
        }
    }
}
