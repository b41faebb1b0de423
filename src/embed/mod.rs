//! The page-facing layer: mounts the Yew app into the shadow root the loader made, adopts
//! the stylesheet, reads the configuration, hides the fallback once ready, and restores
//! it if the widget ever panics.

mod fallback;
mod styles;

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};

use crate::domain::config::{Config, Sources};
use crate::domain::lang::Lang;
use crate::ui::{App, AppProps};

/// Every console line the widget writes starts with this.
pub const LOG_PREFIX: &str = "[smp-widget] ";

pub(crate) fn warn(message: &str) {
    let mut line = String::with_capacity(LOG_PREFIX.len() + message.len());
    line.push_str(LOG_PREFIX);
    line.push_str(message);
    web_sys::console::warn_1(&JsValue::from_str(&line));
}

/// A mounted widget; the loader keeps it and calls `unmount` when the element leaves.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<yew::AppHandle<App>>,
    root: ShadowRoot,
    container: web_sys::Element,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Removes the widget and puts the fallback back; safe to call twice.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.container.remove();
        fallback::forget(&self.root);
        fallback::show(&self.root);
    }
}

/// Renders a widget into `root` (an open shadow root of `host`, holding the fallback slot).
#[wasm_bindgen]
pub fn mount(host: HtmlElement, root: ShadowRoot) -> Result<WidgetHandle, JsValue> {
    // A JSON block inside the element carries larger settings such as the price table.
    let json = host
        .query_selector(r#"script[type="application/json"]"#)
        .ok()
        .flatten()
        .and_then(|script| script.text_content());
    let attribute = |name: &str| host.get_attribute(name);
    let (config, warnings) = Config::from_sources(Sources {
        json: json.as_deref(),
        attribute: &attribute,
    });
    for warning in &warnings {
        warn(&warning.message());
    }
    let lang = config.lang.unwrap_or_else(page_lang);
    styles::adopt(&root)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let container = document.create_element("div")?;
    container.set_class_name("smp-app");
    root.append_child(&container)?;
    fallback::remember(&root, &container);
    let ready_root = root.clone();
    let on_ready = yew::Callback::from(move |_| fallback::hide(&ready_root));
    let props = AppProps {
        config: Rc::new(config),
        lang,
        on_ready,
    };
    let app = yew::Renderer::<App>::with_root_and_props(container.clone(), props).render();
    Ok(WidgetHandle {
        app: Some(app),
        root,
        container,
    })
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

/// After a panic the wasm instance is dead: show every widget's fallback and say so once.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|_| {
        web_sys::console::error_1(&JsValue::from_str(
            "[smp-widget] panic: the widget stopped; showing the fallback links",
        ));
        fallback::show_all_after_panic();
    }));
}
