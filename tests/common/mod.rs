//! What several native test files need: every complete answer set, and the browser's URL
//! parser as the `url` crate implements it. Each test binary uses only some of it.
#![allow(dead_code)]

pub mod render;

use smp_widget::domain::config::url::ParsedUrl;
use smp_widget::domain::quiz::answers::Answers;
use smp_widget::domain::quiz::questions::{options, path, record};
use smp_widget::domain::widget::{update, Action, Effect, Update, WidgetState};

/// Every complete answer set the quiz can produce, by walking every branch.
pub fn every_path() -> Vec<Answers> {
    let mut done = Vec::new();
    let mut open = vec![Answers::default()];
    while let Some(partial) = open.pop() {
        match path(&partial)
            .into_iter()
            .find(|q| partial.get(*q).is_none())
        {
            None => done.push(partial),
            Some(question) => {
                for answer in options(question, &partial) {
                    let mut next = partial;
                    record(&mut next, answer).expect("an option on the path");
                    open.push(next);
                }
            }
        }
    }
    done
}

/// The browser's `URL`, natively: the `url` crate implements the same WHATWG parser.
/// (`URL.protocol` keeps the colon that `Url::scheme` leaves out.)
pub fn parse_url(raw: &str) -> Option<ParsedUrl> {
    let url = url::Url::parse(raw).ok()?;
    Some(ParsedUrl {
        protocol: format!("{}:", url.scheme()),
        username: url.username().to_owned(),
        password: url.password().unwrap_or_default().to_owned(),
        hostname: url.host_str().unwrap_or_default().to_owned(),
        href: url.as_str().to_owned(),
    })
}

/// Applies the action as the shell does: a refused one keeps the state. Returns the effects.
pub fn step(state: &mut WidgetState, action: Action) -> Vec<Effect> {
    match update(state, action) {
        Update::Refused => vec![],
        Update::Next {
            state: next,
            effects,
        } => {
            *state = next;
            effects
        }
    }
}

/// Money and dates written plainly, as the shell's `Intl` would in spirit: "$2,000",
/// "9.99%", ISO dates (a weekday first for a day). Native tests read the domain's lines
/// through it.
pub struct Plain;

impl smp_widget::domain::copy::format::Formatter for Plain {
    fn money(&self, _: smp_widget::domain::copy::lang::Lang, dollars: f64) -> String {
        let whole = dollars.round() as i64;
        let digits = whole.abs().to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(c);
        }
        format!("{}${grouped}", if whole < 0 { "-" } else { "" })
    }
    fn percent(&self, _: smp_widget::domain::copy::lang::Lang, percent: f64) -> String {
        format!("{percent}%")
    }
    fn day(
        &self,
        _: smp_widget::domain::copy::lang::Lang,
        date: smp_widget::domain::date::Date,
    ) -> String {
        format!("day {}", date.iso())
    }
    fn date(
        &self,
        _: smp_widget::domain::copy::lang::Lang,
        date: smp_widget::domain::date::Date,
    ) -> String {
        date.iso()
    }
}
