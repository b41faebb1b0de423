//! The shell: what the widget asks of the browser beyond rendering, each behind a small
//! function the Yew layer calls: the clock, `Intl`'s money and date formats, printing the
//! summary alone, handing over the calendar file, and the opted-in progress in storage.
//! No Yew component here; the domain decides, the shell carries it out.

pub mod calendar;
pub mod clock;
pub mod format;
pub mod print;
pub mod remember;
pub mod store;

pub use remember::keep_progress;
pub use store::ProgressStore;
