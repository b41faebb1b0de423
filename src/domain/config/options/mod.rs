//! The marketer's options, declared once: the registry (`table.rs`, expanded by
//! [`registry`]), the lenient serde reading of each layer ([`layer`], [`lenient`],
//! [`wire`]) and what can be wrong with them ([`problem`]). [`crate::domain::config`]
//! layers them into the validated `Config`.

pub mod json_break;
pub mod layer;
pub mod lenient;
pub mod problem;
pub mod refusal;
pub mod registry;
pub mod wire;

pub use layer::{Entry, Layer};
pub use lenient::{Lenient, Loose, ParseNumber, Read};
pub use problem::{JsonBreak, Problem, Source, Written};
pub use refusal::Refusal;
pub use registry::{observed_attributes, GuideText, OptionId, OptionSpec, RawOptions, OPTIONS};
