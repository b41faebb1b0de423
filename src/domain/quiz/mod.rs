//! The self-assessment: the questions and their answers, the rules table read beside
//! `docs/content.md` §1, and the outcome with its reasons.

pub mod answers;
pub mod assessment;
pub mod outcome;
pub mod questions;
pub mod rules;
