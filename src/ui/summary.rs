//! The one-page summary a visitor prints or saves for the consultation: shown only in print.

use yew::prelude::*;

use crate::domain::config::Config;
use crate::domain::date::Date;
use crate::domain::estimate::Place;
use crate::domain::labels::{outcome_title, FIXED_NOTES};
use crate::domain::lang::Lang;
use crate::domain::outcome::Assessment;
use crate::domain::plan::session_dates;
use crate::domain::text::Key;

use super::format::{day, money_range};
use super::phrase::phrase;

pub fn print_summary(
    lang: Lang,
    config: &Config,
    assessment: Option<&Assessment>,
    place: Place,
    sessions: u8,
    start: Date,
) -> Html {
    let cost = config.estimate(place, sessions).ok();
    let dates = session_dates(start, sessions);
    html! {
        <section class="print-summary" aria-hidden="true">
            <h2>{ phrase(Key::SummaryHeading, lang) }</h2>
            if let Some(assessment) = assessment {
                <p><strong>{ phrase(Key::SummaryOutcome, lang) }</strong>{ " " }{ phrase(outcome_title(assessment.outcome), lang) }</p>
                <ul>{ for assessment.reasons.iter().map(|r| html! { <li>{ phrase(r.text, lang) }</li> }) }</ul>
            }
            if let Some(cost) = cost {
                <p>
                    <strong>{ phrase(Key::EstimatedCost, lang) }{ ":" }</strong>{ " " }
                    { money_range(lang, cost.low, cost.high) }
                    { " (" }{ phrase(Key::PricesAsOf, lang) }{ " " }{ day(lang, config.prices.as_of) }{ ")" }
                </p>
            }
            <ol>
                { for dates.iter().enumerate().map(|(i, d)| html! {
                    <li>{ phrase(Key::PlanSession, lang) }{ " " }{ i + 1 }{ ": " }{ day(lang, *d) }</li>
                }) }
            </ol>
            <p><strong>{ phrase(Key::SummaryContact, lang) }</strong>{ " " }{ config.clinic.clone() }{ ", " }{ config.phone.display.clone() }</p>
            <ul class="fixed-notes">{ for FIXED_NOTES.iter().map(|n| html! { <li>{ phrase(*n, lang) }</li> }) }</ul>
            <p>{ phrase(Key::NotAQuote, lang) }</p>
        </section>
    }
}
