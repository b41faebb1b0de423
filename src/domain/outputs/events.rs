//! What the widget tells the host page. Payloads are built here, from types that cannot
//! hold an answer: the city name, which button, and the outcome *category* only after the
//! visitor ticked the box to share it (and the marketer enabled `share-outcome`).
//!
//! Nothing a page script sees may depend on an answer: not a payload, not the number of
//! events, not when they fire. So there is no event per question (how many questions a
//! visitor is asked depends on their answers: 5 to 8), only `smp:start` when the visitor
//! presses Start and `smp:complete` when a result shows; and no event fires when an answer
//! is ticked, only when the visitor moves on.

use crate::domain::config::Config;
use crate::domain::pricing::estimate::Place;
use crate::domain::quiz::outcome::Outcome;

/// Which call-to-action the visitor pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cta {
    /// The phone link.
    Call,
    /// The booking link.
    Book,
    /// "Print or save my summary".
    Print,
    /// "Add the plan to my calendar" (the file is handed over; its dates are the visitor's
    /// plan, never in the event).
    Calendar,
}

impl Cta {
    /// The name in the event's payload.
    pub fn name(self) -> &'static str {
        match self {
            Cta::Call => "call",
            Cta::Book => "book",
            Cta::Print => "print",
            Cta::Calendar => "calendar",
        }
    }
}

/// An event for the host page.
#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    /// The widget has rendered.
    Ready,
    /// The visitor pressed Start: the first question shows.
    Start,
    /// A result shows. Never carries the outcome: see `OutcomeShared`.
    Complete,
    /// The visitor ticked the box to share their type of result (offered only when the
    /// marketer enabled `share-outcome`).
    OutcomeShared {
        /// The result the visitor agreed to share.
        outcome: Outcome,
    },
    /// An estimate was shown for this city label.
    Estimate {
        /// The city's name, the clinic's city, or "not-listed".
        city: String,
    },
    /// A call-to-action was pressed.
    Cta(Cta),
}

/// A payload value.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    /// A text value.
    Text(String),
}

impl WidgetEvent {
    /// `smp:estimate` for a place: the city's name, the clinic's city, or "not-listed".
    pub fn estimate(config: &Config, place: Place) -> WidgetEvent {
        let city = match place {
            Place::Listed(i) => config.prices.city_name(i).unwrap_or_default(),
            Place::Clinic => &config.city,
            Place::NotListed => "not-listed",
        };
        WidgetEvent::Estimate {
            city: city.to_owned(),
        }
    }

    /// The DOM event's name (and the `event` of a `dataLayer` push).
    pub fn name(&self) -> &'static str {
        match self {
            WidgetEvent::Ready => "smp:ready",
            WidgetEvent::Start => "smp:start",
            WidgetEvent::Complete => "smp:complete",
            WidgetEvent::OutcomeShared { .. } => "smp:outcome",
            WidgetEvent::Estimate { .. } => "smp:estimate",
            WidgetEvent::Cta(_) => "smp:cta",
        }
    }

    /// The event's `detail`.
    pub fn payload(&self) -> Vec<(&'static str, Field)> {
        match self {
            WidgetEvent::Ready | WidgetEvent::Start | WidgetEvent::Complete => vec![],
            WidgetEvent::OutcomeShared { outcome } => {
                vec![("outcome", Field::Text(outcome.category().to_owned()))]
            }
            WidgetEvent::Estimate { city } => vec![("city", Field::Text(city.clone()))],
            WidgetEvent::Cta(cta) => vec![("cta", Field::Text(cta.name().to_owned()))],
        }
    }
}

/// The booking link with the page's `utm_*` parameters added (when the marketer enables it).
/// Only `utm_` keys pass, and only characters that need no escaping.
pub fn with_utm(booking_url: &str, page_query: &str) -> String {
    let safe = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '%' | '+'))
    };
    let utm: Vec<&str> = page_query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| {
            pair.split_once('=')
                .is_some_and(|(k, v)| k.starts_with("utm_") && safe(k) && safe(v))
        })
        .collect();
    if utm.is_empty() {
        return booking_url.to_owned();
    }
    let (base, fragment) = match booking_url.split_once('#') {
        Some((base, fragment)) => (base, Some(fragment)),
        None => (booking_url, None),
    };
    let mut url = String::with_capacity(booking_url.len() + page_query.len() + 2);
    url.push_str(base);
    url.push(if base.contains('?') { '&' } else { '?' });
    url.push_str(&utm.join("&"));
    if let Some(fragment) = fragment {
        url.push('#');
        url.push_str(fragment);
    }
    url
}
