//! The Yew layer: renders the state and sends actions. No page-level concerns here.

pub mod app;
mod calendar;
mod chart;
mod class;
pub mod commands;
mod effects;
mod estimator;
mod focus;
mod format;
mod help;
mod keep;
pub mod lead;
mod outcome;
mod page_link;
mod phrase;
mod pictures;
mod print;
mod question;
mod reducer;
mod remember;
mod start;
pub mod store;
mod summary;
mod timeline;

pub use app::{App, AppProps};
pub use commands::{Command, Commands};
pub use keep::Keep;
pub use lead::LeadRequest;
pub use pictures::PatternPictures;
pub use remember::keep_progress;
pub use store::ProgressStore;
