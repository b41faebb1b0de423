//! What the widget tells the host page. Payloads are built here, from types that cannot
//! hold an answer: step numbers, the city name, which button, and the outcome *category*
//! only when the marketer opted in.

use super::config::Config;
use super::estimate::Place;
use super::outcome::Outcome;

/// Which call-to-action the visitor pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cta {
    Call,
    Book,
    Print,
}

impl Cta {
    pub fn name(self) -> &'static str {
        match self {
            Cta::Call => "call",
            Cta::Book => "book",
            Cta::Print => "print",
        }
    }
}

/// An event for the host page.
#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    Ready,
    /// A quiz step was shown (1-based) of how many.
    Step {
        number: u8,
        of: u8,
    },
    /// The quiz reached its outcome.
    Complete {
        outcome: Outcome,
    },
    /// An estimate was shown for this city label.
    Estimate {
        city: String,
    },
    Cta(Cta),
}

/// A payload value.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    Text(String),
    Number(u8),
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

    pub fn name(&self) -> &'static str {
        match self {
            WidgetEvent::Ready => "smp:ready",
            WidgetEvent::Step { .. } => "smp:step",
            WidgetEvent::Complete { .. } => "smp:complete",
            WidgetEvent::Estimate { .. } => "smp:estimate",
            WidgetEvent::Cta(_) => "smp:cta",
        }
    }

    /// The event's `detail`. `share_outcome` is the marketer's opt-in.
    pub fn payload(&self, share_outcome: bool) -> Vec<(&'static str, Field)> {
        match self {
            WidgetEvent::Ready => vec![],
            WidgetEvent::Step { number, of } => {
                vec![("step", Field::Number(*number)), ("of", Field::Number(*of))]
            }
            WidgetEvent::Complete { outcome } if share_outcome => {
                vec![("outcome", Field::Text(outcome.category().to_owned()))]
            }
            WidgetEvent::Complete { .. } => vec![],
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
