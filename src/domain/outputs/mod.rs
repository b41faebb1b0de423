//! What leaves the widget for the page, each built from types that cannot carry more than
//! it should: the events a page script sees, the calendar file, the contact request and
//! the saved progress.

pub mod events;
pub mod ics;
pub mod lead;
pub mod progress;
