//! The widget's CSS reaches its shadow root as constructable stylesheets: one shared by
//! every widget on the page, one per widget carrying its theme. No `<style>` element and no
//! `style=""`, so a strict `style-src` allows them.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, ShadowRoot};

use crate::domain::config::theme::theme_css;
use crate::domain::config::Theme;

// Minified from styles/widget.css by build.rs.
const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

thread_local! {
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

fn sheet(css: &str) -> Option<CssStyleSheet> {
    let sheet = CssStyleSheet::new().ok()?;
    sheet.replace_sync(css).ok()?;
    Some(sheet)
}

/// Adopts the shared sheet and this widget's theme; keeps sheets others put there (the
/// loader's host rules) first.
pub fn adopt(root: &ShadowRoot, theme: &Theme, popup: bool) {
    let shared = SHEET.with(|cell| {
        let mut cell = cell.try_borrow_mut().ok()?;
        if cell.is_none() {
            *cell = sheet(WIDGET_CSS);
        }
        cell.clone()
    });
    let mut css = theme_css(theme.brand, theme.radius_px, &theme.font, theme.z_index);
    if popup {
        // A popup's element holds only its launcher (fixed, bottom right) and a dialog in
        // the top layer: no reserved box, and no containment that would clip the launcher.
        // Decided by the mode the loader resolved, not by an attribute selector, so
        // `mode=" popup"` and a live switch behave the same.
        css.push_str(":host{min-height:0;contain:none}");
    }
    let themed = sheet(&css);
    // The loader adopts its host rules first, before the wasm exists; they stay first.
    // Whatever this function adopted before (the shared sheet, an older theme) is replaced.
    let kept = js_sys::Array::new();
    let first = root
        .adopted_style_sheets()
        .get(0)
        .dyn_into::<CssStyleSheet>()
        .ok();
    if let Some(first) = first.filter(|f| shared.as_ref() != Some(f)) {
        kept.push(&first);
    }
    for s in [shared, themed].into_iter().flatten() {
        kept.push(&s);
    }
    root.set_adopted_style_sheets(&kept);
}
