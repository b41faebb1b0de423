//! The Yew layer: renders the state and sends actions. No page-level concerns here.

pub mod app;
mod chart;
mod class;
pub mod commands;
mod effects;
mod estimator;
mod focus;
mod help;
mod keep;
pub mod lead;
mod outcome;
mod page_link;
mod phrase;
mod pictures;
mod question;
mod reducer;
mod start;
mod summary;
mod timeline;

pub use app::{App, AppProps};
pub use commands::{Command, Commands};
pub use keep::Keep;
pub use lead::LeadRequest;
pub use pictures::PatternPictures;
