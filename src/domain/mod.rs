//! The pure core: questions, rules, outcomes, configuration and text. No `web_sys`, `yew`
//! or `gloo` here; `cargo test` covers it natively.

pub mod answers;
pub mod config;
pub mod date;
pub mod estimate;
pub mod events;
pub mod ics;
pub mod labels;
pub mod lang;
pub mod lead;
pub mod options;
pub mod outcome;
pub mod plan;
pub mod prices;
pub mod privacy;
pub mod progress;
pub mod quiz;
pub mod rules;
pub mod text;
pub mod theme;
pub mod url;
pub mod widget;
