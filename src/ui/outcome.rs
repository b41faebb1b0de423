use yew::prelude::*;

use super::class::with_class;
use super::phrase::phrase;
use crate::domain::copy::labels::{
    answer_label, fixed_notes, outcome_summary, outcome_title, session_hours, sessions_noun,
};
use crate::domain::copy::lang::Lang;
use crate::domain::copy::text::Key;
use crate::domain::quiz::answers::{Answer, QuestionId};
use crate::domain::quiz::assessment::Assessment;
use crate::domain::quiz::outcome::Outcome;

/// What the result screen shows and does. A plain view: the root owns the state.
pub struct OutcomeViewProps {
    /// The language it speaks.
    pub lang: Lang,
    /// The result to show.
    pub assessment: Assessment,
    /// "Change this answer" on a reason.
    pub on_edit: Callback<QuestionId>,
    /// "Start over".
    pub on_start_over: Callback<()>,
    /// "See what it could cost": the estimator, with this result's sessions; `None` when
    /// the marketer offers only the quiz.
    pub on_estimate: Option<Callback<()>>,
    /// "Print or save my summary": the result and its reasons on one page, to take home
    /// (also where the marketer offers only the quiz).
    pub on_print: Callback<()>,
    /// The box "share my type of result": offered only when the marketer enabled
    /// `share-outcome`; whether it is ticked, and where a change goes. Off by default.
    pub share: Option<(bool, Callback<bool>)>,
}

/// The outcome, its reasons (each naming the answer behind it), the likely sessions and
/// the fixed notes, which no configuration can remove.
/// A plain view (no state of its own): the root owns the heading's focus.
pub fn outcome_view(props: OutcomeViewProps, heading: NodeRef) -> Html {
    let lang = props.lang;
    let assessment = &props.assessment;
    let reason = |because: &'static [Answer], text: Key| -> Html {
        let answers = because.iter().map(|answer| {
            let question = answer.question();
            let on_edit = props.on_edit.reform(move |_: MouseEvent| question);
            let label = answer_label(*answer).text(lang);
            // Names which answer, for screen readers; starts with the visible text (2.5.3).
            let mut accessible = String::from(Key::ChangeAnswer.text(lang));
            accessible.push_str(": ");
            accessible.push_str(label);
            html! {
                <span class="because">
                    // Quotation marks as US readers of both languages write them (a `<q>`
                    // takes «» from `lang="es"`).
                    { phrase(Key::YourAnswer, lang) }{ " \u{201c}" }{ label }{ "\u{201d} " }
                    <button type="button" class="link-button change-answer" aria-label={accessible} onclick={on_edit}>
                        { phrase(Key::ChangeAnswer, lang) }
                    </button>
                </span>
            }
        });
        html! { <li class="reason"><p>{ phrase(text, lang) }</p>{ for answers }</li> }
    };
    let sessions = assessment.sessions;
    let session_word = sessions_noun(sessions.max);
    let on_start_over = props.on_start_over.reform(|_: MouseEvent| ());

    let section = html! {
        <section>
            <h2 class="step-heading outcome-title" tabindex="-1" ref={heading}>
                { phrase(outcome_title(assessment.outcome, assessment.procedure), lang) }
            </h2>
            <p class="outcome-summary">{ phrase(outcome_summary(assessment.outcome), lang) }</p>
            <h3>{ phrase(Key::ReasonsHeading, lang) }</h3>
            <ul class="reasons">
                { for assessment.reasons.iter().map(|r| reason(r.because, r.text)) }
            </ul>
            // The count is the article's for the scalp; another area is told the
            // specialist confirms it (`session_hours`).
            <p class="sessions">
                if assessment.procedure.is_scalp() {
                    { phrase(Key::SessionsLabel, lang) }{ " " }
                    <strong class="session-count">
                        { sessions.min }
                        if sessions.max != sessions.min { { "\u{2013}" }{ sessions.max } }
                        { " " }{ phrase(session_word, lang) }
                    </strong>
                    { ". " }
                }
                { phrase(session_hours(assessment.procedure, sessions), lang) }
            </p>
            <h3>{ phrase(Key::NotesHeading, lang) }</h3>
            <ul class="fixed-notes">
                { for fixed_notes(assessment.procedure).into_iter().map(|note| html! { <li>{ phrase(note, lang) }</li> }) }
            </ul>
            if let Some((ticked, on_share)) = props.share.clone() {
                <label class="remember share-outcome">
                    <input type="checkbox" class="remember-box share-outcome-box" checked={ticked}
                        onchange={on_share.reform(|event: Event| checked(&event))} />
                    <span>{ phrase(Key::ShareOutcome, lang) }</span>
                </label>
            }
            <div class="nav">
                // Its weight follows the result (the stylesheet): the main action after a
                // yes; after "wait" or "a specialist first", the consultation is.
                if let Some(estimate) = props.on_estimate.clone() {
                    <button type="button" class="button see-cost" onclick={estimate.reform(|_: MouseEvent| ())}>
                        { phrase(Key::SeeCost, lang) }
                    </button>
                }
                <button type="button" class="button secondary print-button" onclick={props.on_print.reform(|_: MouseEvent| ())}>
                    { phrase(Key::PrintSummary, lang) }
                </button>
                <button type="button" class="button secondary start-over" onclick={on_start_over}>
                    { phrase(Key::StartOver, lang) }
                </button>
            </div>
        </section>
    };
    with_class(section, outcome_class(assessment.outcome))
}

/// Whether the checkbox an event came from is ticked.
pub fn checked(event: &Event) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
}

fn outcome_class(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::GreatCandidate => "step outcome is-great",
        Outcome::GoodCandidateWithNotes => "step outcome is-good",
        Outcome::WaitForFlareUp => "step outcome is-wait",
        Outcome::TalkToSpecialist => "step outcome is-specialist",
    }
}
