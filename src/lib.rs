//! Scalp micropigmentation self-assessment widget.
//!
//! Three layers, dependencies pointing inward: `embed` (the page: custom element, Shadow
//! DOM, styles, events) → `ui` (Yew components) → `domain` (pure rules, text, config).

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod js_json;
#[cfg(target_arch = "wasm32")]
pub mod ui;
