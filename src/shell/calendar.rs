//! "Add the plan to my calendar": the iCalendar text `update` wrote (`domain::outputs::ics`) becomes
//! a file the browser hands to the visitor — a Blob behind an object URL, no network. On
//! phones the system offers to add the events; on a desktop the file downloads.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as the file `file_name` (`text/calendar`).
pub fn download(file_name: &str, text: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let options = BlobPropertyBag::new();
    options.set_type("text/calendar;charset=utf-8");
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let anchor = window
        .document()
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok());
    if let Some(anchor) = anchor {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    // The download has started by then; the URL is let go a little later, not at once
    // (some browsers read it after the click returns).
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
}
