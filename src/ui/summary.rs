//! The one-page summary a visitor prints or saves for the consultation: shown only in print.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::config::Config;
use crate::domain::date::Date;
use crate::domain::estimate::{estimate, Place};
use crate::domain::labels::{outcome_title, FIXED_NOTES};
use crate::domain::lang::Lang;
use crate::domain::outcome::Assessment;
use crate::domain::plan::session_dates;
use crate::domain::text::Key;

use super::format::{day, money};

#[derive(Properties, PartialEq)]
pub struct PrintSummaryProps {
    pub lang: Lang,
    pub config: Rc<Config>,
    /// The quiz result, when the visitor took the quiz.
    #[prop_or_default]
    pub assessment: Option<Assessment>,
    pub place: Place,
    pub sessions: u8,
    pub start: Date,
}

#[component]
pub fn PrintSummary(props: &PrintSummaryProps) -> Html {
    let lang = props.lang;
    let config = &props.config;
    let cost = estimate(
        &config.prices,
        config.clinic_price,
        props.place,
        props.sessions,
        config.payment,
    )
    .ok();
    let dates = session_dates(props.start, props.sessions);
    html! {
        <section class="print-summary" aria-hidden="true">
            <h2>{ Key::SummaryHeading.text(lang) }</h2>
            if let Some(assessment) = &props.assessment {
                <p><strong>{ Key::SummaryOutcome.text(lang) }</strong>{ " " }{ outcome_title(assessment.outcome).text(lang) }</p>
                <ul>{ for assessment.reasons.iter().map(|r| html! { <li>{ r.text.text(lang) }</li> }) }</ul>
            }
            if let Some(cost) = cost {
                <p>
                    <strong>{ Key::EstimatedCost.text(lang) }{ ":" }</strong>{ " " }
                    { money(lang, f64::from(cost.low)) }{ " \u{2013} " }{ money(lang, f64::from(cost.high)) }
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
