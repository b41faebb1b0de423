//! The page-facing layer: mounts the Yew app into the shadow root the loader made, adopts
//! the stylesheets, reads the configuration, turns app events into DOM events, hides the
//! fallback once ready, and restores it if the widget ever panics.

mod events;
mod fallback;
mod lead;
pub mod storage;
mod styles;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};

use crate::domain::config::options::Layer;
use crate::domain::config::placement::Mode;
use crate::domain::config::url::is_local_host;
use crate::domain::config::{Config, ParsedUrl, Sources, LATEST_PRICES_AS_OF};
use crate::domain::copy::lang::Lang;
use crate::domain::outputs::events::with_utm;
use crate::domain::widget::{has_progress, update, Action, Update, WidgetState};
use crate::js_json;
use crate::shell::clock::today;
use crate::shell::{keep_progress, ProgressStore};
use crate::ui::{App, AppProps, Command, Commands, Keep, PatternPictures};

/// Every console line the widget writes starts with this.
pub const LOG_PREFIX: &str = "[smp-widget] ";

fn log_line(message: &str) -> JsValue {
    let mut line = String::with_capacity(LOG_PREFIX.len() + message.len());
    line.push_str(LOG_PREFIX);
    line.push_str(message);
    JsValue::from_str(&line)
}

/// Reads the options (config-src JSON ← JSON block ← attributes), logging one line per bad
/// field, and applies what belongs to the page (UTM parameters). JSON text goes through the
/// browser's own `JSON.parse`, and serde reads the value it gives (`js_json`). Links are judged on the browser's own `URL` parse (SEC-13); options
/// that send data come only from the element (PRIV-9).
fn read_config(host: &HtmlElement, remote: Option<&str>) -> Config {
    // Text that is not JSON, or not an object, is one line and sets nothing; within an
    // object, each bad field is one line and keeps its default.
    let layer = |text: &str| js_json::parse(text).unwrap_or_else(|| Layer::not_an_object(text));
    // A JSON block inside the element carries larger settings such as the price table.
    let block = host
        .query_selector(r#"script[type="application/json"]"#)
        .ok()
        .flatten()
        .and_then(|script| script.text_content());
    let attribute = |name: &str| host.get_attribute(name);
    let parse_url = |raw: &str| {
        web_sys::Url::new(raw).ok().map(|url| ParsedUrl {
            protocol: url.protocol(),
            username: url.username(),
            password: url.password(),
            hostname: url.hostname(),
            href: url.href(),
        })
    };
    // Number text the domain has checked is plain decimal notation: the browser's own
    // reader (Rust's would bring its tables into the download).
    let parse_number = |text: &str| Some(js_sys::Number::parse_float(text));
    let page_is_local = web_sys::window()
        .and_then(|w| w.location().hostname().ok())
        .is_some_and(|h| is_local_host(&h));
    // Without a valid clock no prices date is "in the future".
    let today = today().unwrap_or(LATEST_PRICES_AS_OF);
    let (mut config, problems) = Config::from_sources(Sources {
        remote: remote.map(layer),
        inline: block.as_deref().map(layer),
        attribute: &attribute,
        parse_url: &parse_url,
        parse_number: &parse_number,
        page_is_local,
        today,
    });
    for problem in &problems {
        // The failure class first, as for every boot failure; then the field and why. One
        // level for every line, so a marketer filtering the console sees them all.
        gloo_console::error!(log_line(&format!("config-invalid: {problem}")));
    }
    // The page's UTM parameters go only to a link the page itself set: a shared config-src
    // file must not learn where the page's visitors came from.
    if config.utm && config.booking_url_from_page {
        let query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        config.booking_url = config.booking_url.map(|url| with_utm(&url, &query));
    }
    config
}

/// A mounted widget; the loader keeps it, calls its methods for the element's API, and
/// `unmount` when the element leaves the page. Unmounted, it holds only the visitor's
/// progress (no reference to the page), for `mount` on the same element should it come
/// back; the loader keeps it on the element, so it is freed with it (wasm-bindgen's
/// finalizer runs once the element is collected).
#[wasm_bindgen]
pub struct WidgetHandle {
    live: Option<Live>,
    /// After `unmount`: the state the widget had, for the same element put back later.
    kept: Option<WidgetState>,
}

/// The app, once its first render has started.
type AppSlot = Rc<RefCell<Option<yew::AppHandle<App>>>>;

/// What a mounted widget holds of the page.
struct Live {
    app: AppSlot,
    /// The task that starts the first render (see `mount`), kept until the widget goes.
    start: (i32, Closure<dyn FnMut()>),
    host: HtmlElement,
    root: ShadowRoot,
    container: web_sys::Element,
    commands: Commands,
    keep: Keep,
    /// The pattern pictures idle time draws, let go when the widget goes.
    pictures: PatternPictures,
    remote: Option<String>,
    /// The mode the loader resolved (at mount, or when the page changed `mode`).
    mode: Mode,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Removes the widget and puts the fallback back, keeping the visitor's progress (if
    /// they made any) in the handle and nothing of the page: the app is destroyed, with
    /// its listeners (issue 18), and the element no longer says it is ready. Safe to call
    /// twice.
    pub fn unmount(&mut self) {
        let Some(live) = self.live.take() else {
            return;
        };
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(live.start.0);
        }
        self.kept = live.keep.take().filter(has_progress);
        live.pictures.forget();
        let app = live
            .app
            .try_borrow_mut()
            .ok()
            .and_then(|mut app| app.take());
        if let Some(app) = app {
            app.destroy();
        }
        live.container.remove();
        fallback::forget(&live.root);
        fallback::show(&live.root);
        let _ = live.host.remove_attribute("data-state");
    }

    /// Opens the dialog (popup mode).
    pub fn open(&self) {
        self.send(Command::Open);
    }

    /// Closes the dialog (popup mode).
    pub fn close(&self) {
        self.send(Command::Close);
    }

    /// Forgets every answer and goes back to the start.
    pub fn reset(&mut self) {
        if self.live.is_some() {
            self.send(Command::Reset);
            return;
        }
        // Out of the page (a keep-alive cache): "Start over" happens to the progress kept
        // for its return, and to what this device keeps when the visitor opted in, so the
        // widget comes back (or the page reloads) at the start, as the page asked.
        let store = device_store();
        let Some(kept) = self.kept.take() else {
            // Taken out before its first render: what this device may keep is all there is.
            store.remove();
            return;
        };
        if let Update::Next { state, effects } = update(&kept, Action::StartOver) {
            for effect in &effects {
                keep_progress(&store, effect);
            }
            // Kept even without progress: the next mount starts from it, not from storage.
            self.kept = Some(state);
        }
    }

    /// Re-reads the attributes after the page changed them; `popup` is the mode the loader
    /// switched the element to (it owns the launcher and the box).
    pub fn reconfigure(&mut self, popup: bool) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        live.mode = if popup { Mode::Popup } else { Mode::Inline };
        let mut config = read_config(&live.host, live.remote.as_deref());
        config.mode = live.mode;
        styles::adopt(&live.root, &config.theme, live.mode == Mode::Popup);
        live.commands.send(Command::Reconfigure(Rc::new(config)));
    }
}

impl WidgetHandle {
    fn send(&self, command: Command) {
        if let Some(live) = &self.live {
            live.commands.send(command);
        }
    }
}

/// Progress kept on this device: `localStorage`, or memory where it throws.
fn device_store() -> ProgressStore {
    ProgressStore::new(
        Rc::new(storage::load),
        Rc::new(storage::save),
        Rc::new(storage::remove),
    )
}

/// Renders a widget into `root` (an open shadow root of `host`, holding the fallback slot).
/// `remote_config` is the text the loader fetched from `config-src`, if any; `popup` is the
/// mode the loader resolved (it built the launcher and the box already, so it decides).
/// `previous`: the handle this element's widget left when it was taken out of the page
/// (unmounted); the visitor goes on where they were, with the options as they are now.
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    root: ShadowRoot,
    remote_config: Option<String>,
    popup: bool,
    previous: Option<WidgetHandle>,
) -> Result<WidgetHandle, JsValue> {
    install_panic_hook();
    let mut config = read_config(&host, remote_config.as_deref());
    config.mode = if popup { Mode::Popup } else { Mode::Inline };
    let lang = config.lang.unwrap_or_else(page_lang);
    let mode = config.mode;
    styles::adopt(&root, &config.theme, mode == Mode::Popup);
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    // The app renders into a container outside the page; once its first render is done it
    // takes the fallback's place in one step. Were both in the page for a frame, the box
    // would grow by the fallback's height and the host page below it would jump.
    let container = document.create_element("div")?;
    container.set_class_name("smp-app");
    fallback::remember(&root, &container);
    let (ready_root, ready_container) = (root.clone(), container.clone());
    let pictures = PatternPictures::default();
    let on_ready = {
        let pictures = pictures.clone();
        yew::Callback::from(move |_| {
            fallback::replace(&ready_root, &ready_container);
            let pictures = pictures.clone();
            in_idle_time(move || pictures.draw_next());
        })
    };
    let on_event = events::dispatcher(host.clone());
    let commands = Commands::default();
    let keep = Keep::new(previous.and_then(|handle| handle.kept));
    let store = device_store();
    let props = AppProps {
        config: Rc::new(config),
        lang,
        on_ready,
        on_event,
        commands: commands.clone(),
        store,
        send_lead: lead::sender(),
        keep: keep.clone(),
        pictures: pictures.clone(),
    };
    // The first render starts in a task of its own. On a visitor's first visit the browser
    // compiles each function the first time it runs: configuration, styles and the first
    // render in one task were one long task (about 100 ms at CPU x4, issue 18) that held up
    // the host page; split, each part stays well under 50 ms.
    let app = AppSlot::default();
    let start = {
        let (app, container) = (app.clone(), container.clone());
        let mut props = Some(props);
        Closure::<dyn FnMut()>::new(move || {
            let (Some(props), Ok(mut app)) = (props.take(), app.try_borrow_mut()) else {
                return;
            };
            *app =
                Some(yew::Renderer::<App>::with_root_and_props(container.clone(), props).render());
        })
    };
    let timer = web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .set_timeout_with_callback(start.as_ref().unchecked_ref())?;
    simulate_panic_hook(&host);
    Ok(WidgetHandle {
        live: Some(Live {
            app,
            start: (timer, start),
            host,
            root,
            container,
            commands,
            keep,
            pictures,
            remote: remote_config,
            mode,
        }),
        kept: None,
    })
}

/// Test hook for the failure path (docs/reliability.md ISO-3): `element.simulate_panic()` panics
/// inside the widget exactly as a bug would. Only in the test build (`--features
/// test-hooks`): in a release, no page script can kill a widget through its element. (The
/// loader keeps each widget's handle out of the page's reach, so the hook is on the element.)
#[cfg(feature = "test-hooks")]
fn simulate_panic_hook(host: &HtmlElement) {
    let hook = Closure::<dyn Fn()>::new(|| panic!("simulated by a test"));
    let _ = js_sys::Reflect::set(host, &JsValue::from_str("simulate_panic"), hook.as_ref());
    hook.forget();
}

#[cfg(not(feature = "test-hooks"))]
fn simulate_panic_hook(_: &HtmlElement) {}

/// Calls `step` when the page has nothing else to do, once per idle period, for as long as
/// it says there is more: never in the way of the visitor's or the host page's input for
/// more than one small step (soon after, where the browser has no idle callbacks).
fn in_idle_time<F: FnMut() -> bool + 'static>(mut step: F) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let job = Closure::once_into_js(move || {
        if step() {
            in_idle_time(step);
        }
    });
    let _ = if js_sys::Reflect::has(&window, &JsValue::from_str("requestIdleCallback"))
        .unwrap_or(false)
    {
        window.request_idle_callback(job.unchecked_ref()).map(drop)
    } else {
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(job.unchecked_ref(), 50)
            .map(drop)
    };
}

/// The host page's `<html lang>`, else the browser's language, else English.
fn page_lang() -> Lang {
    let window = web_sys::window();
    let from_page = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag));
    from_page
        .or_else(|| {
            window
                .and_then(|w| w.navigator().language())
                .and_then(|t| Lang::from_tag(&t))
        })
        .unwrap_or_default()
}

/// After a panic the widget is dead: every widget's fallback is shown, one line is logged,
/// and a JavaScript error tagged with our prefix ends the call instead of the bare
/// `RuntimeError: unreachable` an abort would raise, so a host `window.onerror` sees at most
/// that one tagged error. Installed once, through Yew, so that its renderer keeps it.
pub fn install_panic_hook() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        static PANICKED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
        yew::set_custom_panic_hook(Box::new(|_| {
            if !PANICKED.swap(true, std::sync::atomic::Ordering::Relaxed) {
                gloo_console::error!(log_line(
                    "panic: the widget stopped; showing the fallback content"
                ));
                fallback::show_all_after_panic();
            }
            wasm_bindgen::throw_str("[smp-widget] panic: the widget stopped");
        }));
    });
}
