//! The pure core. No `web_sys`, `yew` or `gloo` here; `cargo test` covers it natively.
//! Folders by concern, each depending only on those above it in this list:
//!
//! - [`date`]: calendar days (shared vocabulary);
//! - [`copy`]: the phrases in both languages, and which phrase names what;
//! - [`quiz`]: the questions, the rules table and the outcome they give;
//! - [`pricing`]: what a treatment costs and the dated plan;
//! - [`config`]: the marketer's options, read leniently and layered into one `Config`;
//! - [`outputs`]: what leaves the widget for the page: events, the calendar file, the
//!   contact request, saved progress;
//! - [`widget`]: the state machine (`update`, `screen`) that ties them together.

pub mod config;
pub mod copy;
pub mod date;
pub mod outputs;
pub mod pricing;
pub mod quiz;
pub mod widget;
