//! Scalp micropigmentation self-assessment widget.
//!
//! Four layers, dependencies pointing inward: `embed` (the page: custom element, Shadow
//! DOM, styles, events) → `ui` (Yew views of the domain's screen) → `shell` (the
//! browser's clock, formats, printing, files and storage) → `domain` (pure rules, text,
//! config, the widget's state machine).

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod js_json;
#[cfg(target_arch = "wasm32")]
pub mod shell;
#[cfg(target_arch = "wasm32")]
pub mod ui;
