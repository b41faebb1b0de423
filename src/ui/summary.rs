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
            <h2>{ Key::SummaryHeading.text(lang) }</h2>
            if let Some(assessment) = assessment {
                <p><strong>{ Key::SummaryOutcome.text(lang) }</strong>{ " " }{ outcome_title(assessment.outcome).text(lang) }</p>
                <ul>{ for assessment.reasons.iter().map(|r| html! { <li>{ r.text.text(lang) }</li> }) }</ul>
            }
            if let Some(cost) = cost {
                <p>
                    <strong>{ Key::EstimatedCost.text(lang) }{ ":" }</strong>{ " " }
                    { money_range(lang, cost.low, cost.high) }
                    { " (" }{ Key::PricesAsOf.text(lang) }{ " " }{ day(lang, config.prices.as_of) }{ ")" }
                </p>
            }
            <ol>
                { for dates.iter().enumerate().map(|(i, d)| html! {
                    <li>{ Key::PlanSession.text(lang) }{ " " }{ i + 1 }{ ": " }{ day(lang, *d) }</li>
                }) }
            </ol>
            <p><strong>{ Key::SummaryContact.text(lang) }</strong>{ " " }{ config.clinic.clone() }{ ", " }{ config.phone.display.clone() }</p>
            <ul class="fixed-notes">{ for FIXED_NOTES.iter().map(|n| html! { <li>{ n.text(lang) }</li> }) }</ul>
            <p>{ Key::NotAQuote.text(lang) }</p>
        </section>
    }
}
