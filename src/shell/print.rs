//! "Print or save my summary": the summary alone, on one page, not the host page around it.
//!
//! Run as an effect by the shell. While printing, one stylesheet adopted on the document
//! (print media only) hides every element of the page that neither is this widget nor
//! holds it, and lays those that hold it out plainly; the widget's own print rules show only
//! its summary. The widget's element is marked `data-smp-print` meanwhile. Both go when the
//! browser says printing ended (`afterprint`): on screen, the host page never changes.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, ShadowRoot};

const MARK: &str = "data-smp-print";

/// `:has()` keeps the elements that hold the widget; a browser without it ignores these
/// rules and prints the page as it is.
const PRINT_CSS: &str = "@media print{\
@page{margin:12mm}\
html,body{background:#fff!important;margin:0!important;padding:0!important}\
body :not([data-smp-print]):not(:has([data-smp-print])){display:none!important}\
body :has([data-smp-print]),[data-smp-print]{display:block!important;position:static!important;\
margin:0!important;padding:0!important;border:0!important;width:auto!important;\
max-width:none!important;height:auto!important;min-height:0!important;overflow:visible!important;\
transform:none!important;box-shadow:none!important;background:#fff!important;float:none!important;\
contain:none!important}}";

thread_local! {
    /// The sheet and the marked element of a print still under way.
    static PRINTING: RefCell<Option<(CssStyleSheet, Element)>> = const { RefCell::new(None) };
}

/// Prints the summary of the widget holding `inside` (any node of its shadow root).
pub fn print_alone(inside: Option<web_sys::Node>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    finish();
    let host = inside
        .and_then(|node| node.get_root_node().dyn_into::<ShadowRoot>().ok())
        .map(|root| root.host());
    if let (Some(host), Some(document)) = (host, window.document()) {
        if let Some(sheet) = sheet() {
            let sheets = document.adopted_style_sheets();
            sheets.push(&sheet);
            document.set_adopted_style_sheets(&sheets);
            let _ = host.set_attribute(MARK, "");
            PRINTING.with(|p| {
                if let Ok(mut p) = p.try_borrow_mut() {
                    *p = Some((sheet, host));
                }
            });
            let options = web_sys::AddEventListenerOptions::new();
            options.set_once(true);
            let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
                "afterprint",
                Closure::once_into_js(finish).unchecked_ref(),
                &options,
            );
        }
    }
    let _ = window.print();
}

/// Takes the print sheet and the mark away, if a print left them.
fn finish() {
    let Some((sheet, host)) = PRINTING.with(|p| p.try_borrow_mut().ok()?.take()) else {
        return;
    };
    let _ = host.remove_attribute(MARK);
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let kept = js_sys::Array::new();
        for s in document.adopted_style_sheets().iter() {
            if &s != AsRef::<JsValue>::as_ref(&sheet) {
                kept.push(&s);
            }
        }
        document.set_adopted_style_sheets(&kept);
    }
}

fn sheet() -> Option<CssStyleSheet> {
    let sheet = CssStyleSheet::new().ok()?;
    sheet.replace_sync(PRINT_CSS).ok()?;
    Some(sheet)
}
