//! The Yew layer: renders the state and sends actions. No page-level concerns here.

pub mod app;
mod focus;
mod help;
mod outcome;
mod pictures;
mod question;
mod quiz_state;
mod start;

pub use app::{App, AppProps};
