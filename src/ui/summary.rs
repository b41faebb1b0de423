//! The one-page summary a visitor prints or saves for the consultation, shown only in print
//! (`shell/print.rs` hides the host page meanwhile). In order: heading; clinic and date; the
//! result with its reasons; the estimate with what it pays for, where it comes from and the
//! prices' date; the plan's dates; the notes; the contact.

use yew::prelude::*;

use crate::domain::copy::labels::{fixed_notes, outcome_title};
use crate::domain::copy::lang::Lang;
use crate::domain::copy::text::Key;
use crate::domain::quiz::outcome::Procedure;
use crate::domain::widget::{CostedPlan, SummaryScreen};

use super::phrase::phrase;

/// The summary: the result, if any, and the cost and the plan once the visitor has seen
/// them (`SummaryScreen::costed`).
pub fn print_summary(lang: Lang, summary: &SummaryScreen) -> Html {
    let assessment = summary.assessment.as_ref();
    // Another area than the scalp is priced only at the clinic's own price for it.
    let procedure = assessment.map_or(Procedure::Scalp, |a| a.procedure);
    let costed = summary
        .costed
        .as_ref()
        .map(|costed| cost_and_plan(lang, costed));
    html! {
        <section class="print-summary" aria-hidden="true">
            <h2>{ phrase(Key::SummaryHeading, lang) }</h2>
            <p>{ summary.prepared.clone() }</p>
            if let Some(assessment) = assessment {
                <h3>{ phrase(Key::SummaryOutcome, lang) }{ " " }{ phrase(outcome_title(assessment.outcome, procedure), lang) }</h3>
                <ul>{ for assessment.reasons.iter().map(|r| html! { <li>{ phrase(r.text, lang) }</li> }) }</ul>
            }
            { for costed }
            <h3>{ phrase(Key::NotesHeading, lang) }</h3>
            <ul class="fixed-notes">{ for fixed_notes(procedure).into_iter().map(|n| html! { <li>{ phrase(n, lang) }</li> }) }</ul>
            <h3>{ phrase(Key::SummaryContact, lang) }</h3>
            <p>{ summary.contact.clone() }</p>
            if let Some(url) = &summary.booking_url {
                <p>{ url.clone() }</p>
            }
        </section>
    }
}

/// The estimate's lines (what it pays for, where it comes from, the prices' date and
/// whether they are out of date: the estimator's own) and the plan's dates.
fn cost_and_plan(lang: Lang, costed: &CostedPlan) -> Html {
    let estimate = costed.lines.as_ref().map(|lines| {
        let basis: Vec<&str> = [
            Some(&lines.covers),
            lines.as_of.as_ref(),
            lines.stale.as_ref(),
        ]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
        html! {
            <>
                <h3>{ phrase(Key::EstimatedCost, lang) }{ ": " }{ lines.range.clone() }</h3>
                <p>{ basis.join(" ") }</p>
                <p>{ phrase(Key::NotAQuote, lang) }</p>
            </>
        }
    });
    html! {
        <>
            { for estimate }
            <h3>{ phrase(Key::PlanHeading, lang) }</h3>
            if !costed.plan.is_empty() {
                <ul>
                    { for costed.plan.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
                </ul>
            }
            <p>{ costed.plan_note.clone() }</p>
        </>
    }
}
