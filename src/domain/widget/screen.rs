//! `screen`: everything the UI shows, resolved from the state, today's date (passed in
//! once) and the shell's formatter — the step, the defaults (city, sessions, start date),
//! the assessment, the estimate's lines (one set, for the estimator and the summary),
//! whether a summary prints, the live region's text. Views render it.

use crate::domain::config::placement::{Mode, Parts};
use crate::domain::config::privacy::privacy_sentences;
use crate::domain::config::Phone;
use std::rc::Rc;

use crate::domain::copy::format::Formatter;
use crate::domain::copy::labels::{outcome_title, question_heading, session_hours};
use crate::domain::copy::lang::Lang;
use crate::domain::copy::text::{fill, Key};
use crate::domain::date::Date;
use crate::domain::outputs::lead::{LeadForm, LeadStatus};
use crate::domain::pricing::estimate::{Estimate, EstimateError, Place};
use crate::domain::pricing::plan::Plan;
use crate::domain::quiz::answers::{Answer, Answers, QuestionId};
use crate::domain::quiz::assessment::{assess, Assessment};
use crate::domain::quiz::outcome::{Outcome, Procedure, SessionRange};
use crate::domain::quiz::questions::{options, Step};

use super::cost_lines::{cost_lines, CostLines};
use super::WidgetState;

/// Sessions planned when neither the visitor nor the quiz said how many.
const DEFAULT_SESSIONS: u8 = 3;

/// What is on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Screen {
    /// The language spoken.
    pub lang: Lang,
    /// The language the switch button offers.
    pub other_lang: Lang,
    /// The step on screen.
    pub view: View,
    /// What the live region says about it.
    pub status: LiveText,
    /// The contact form, when the marketer takes requests and a result or estimate shows.
    pub lead: Option<LeadScreen>,
    /// The summary printed with "Print or save my summary", while a result or estimate
    /// shows.
    pub summary: Option<SummaryScreen>,
    /// "Remember my answers" is ticked.
    pub remember: bool,
    /// Shown in a dialog opened by a launcher.
    pub popup: bool,
    /// Changes whenever a different step or result shows: focus follows it to the new
    /// heading, when `move_focus`.
    pub focus_key: (Step, bool, Option<Outcome>),
    /// The visitor moved there (never on first load: the host page keeps its focus).
    pub move_focus: bool,
}

/// The step on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum View {
    /// The start screen.
    Start {
        /// Its privacy sentences, true to this configuration.
        privacy: Vec<Key>,
        /// "Skip to the cost" is offered.
        skip_to_cost: bool,
    },
    /// One question.
    Question {
        /// Which.
        question: QuestionId,
        /// The answers so far (this question's is shown ticked).
        answers: Answers,
        /// "Step n of m", from 1.
        progress: (usize, usize),
        /// Next leads to the result ("See my result").
        last: bool,
        /// The choices it offers, in order (they depend on earlier answers).
        choices: Vec<Answer>,
        /// Its heading (it depends on earlier answers: the scalp or the area).
        heading: Key,
        /// Next was pressed with no answer.
        unanswered: bool,
    },
    /// The result.
    Outcome {
        /// The assessment with its reasons.
        assessment: Assessment,
        /// "See what it could cost" is offered.
        can_estimate: bool,
        /// The "share my type of result" box (ticked or not), when the marketer offers it.
        share: Option<bool>,
    },
    /// The cost estimate and plan.
    Estimator(EstimatorScreen),
}

/// The estimator, its defaults resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct EstimatorScreen {
    /// The place priced.
    pub place: Place,
    /// The sessions priced and planned.
    pub sessions: u8,
    /// The plan's first day.
    pub start: Date,
    /// The quiz's sessions estimate, when the visitor took the quiz.
    pub from_quiz: Option<SessionRange>,
    /// What the visitor asked about: another area than the scalp is priced only at the
    /// clinic's own price for it, and shows neither the city list nor the city chart.
    pub procedure: Procedure,
    /// The estimate, or why there is none.
    pub estimate: Result<Estimate, EstimateError>,
    /// The estimate's lines, when there is one.
    pub lines: Option<Rc<CostLines>>,
    /// The prices' age in whole months, when it is over the marketer's limit (the
    /// out-of-date notice says how old they are).
    pub stale_prices: Option<u16>,
    /// Where the estimator's way back leads; `None` when it is the only page.
    pub back: Option<BackTo>,
}

/// Where the estimator's way back leads: where the visitor opened it from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackTo {
    /// "Back to my result": the visitor took the quiz.
    Result,
    /// "Back to the start": the visitor went straight to the cost from the start screen.
    Start,
}

/// The contact form's screen.
#[derive(Clone, Debug, PartialEq)]
pub struct LeadScreen {
    /// The host that receives the request, named in the consent sentence.
    pub receiver: String,
    /// What the visitor typed and ticked.
    pub form: LeadForm,
    /// Where the request stands.
    pub status: LeadStatus,
    /// The result the visitor may choose to include.
    pub result: Option<(Answers, Outcome)>,
    /// The clinic's phone, offered when a request did not go through.
    pub phone: Phone,
}

/// The printed summary's content.
#[derive(Clone, Debug, PartialEq)]
pub struct SummaryScreen {
    /// "Prepared on <today> for <clinic>".
    pub prepared: String,
    /// The clinic's name and phone, to call.
    pub contact: String,
    /// The booking link, when the marketer set one.
    pub booking_url: Option<String>,
    /// The result, if the visitor took the quiz.
    pub assessment: Option<Assessment>,
    /// The cost and the dated plan, once the visitor has seen the estimator: the summary
    /// prints no price and no plan the visitor was never shown.
    pub costed: Option<CostedPlan>,
}

/// The estimator's choices as the summary prints them.
#[derive(Clone, Debug, PartialEq)]
pub struct CostedPlan {
    /// The place priced.
    pub place: Place,
    /// The sessions planned.
    pub sessions: u8,
    /// The plan's first day.
    pub start: Date,
    /// The prices' age in whole months, when over the marketer's limit: the summary says
    /// so too.
    pub stale_prices: Option<u16>,
    /// The estimate's lines, the estimator's own, when there is an estimate.
    pub lines: Option<Rc<CostLines>>,
    /// The plan's dates, a line each: every session, then about when the pigment has
    /// settled. The scalp's only (docs/content.md §2): empty for another area, whose plan is
    /// the clinic's to make.
    pub plan: Vec<String>,
    /// Under the dates: the sessions' hours, the recovery week and the settling (the
    /// scalp's), or, for another area, that the clinic plans sessions and healing with them.
    pub plan_note: String,
}

/// What the live region announces.
#[derive(Clone, Debug, PartialEq)]
pub enum LiveText {
    /// Nothing.
    Silent,
    /// The result's title.
    Outcome(Key),
    /// "Estimated cost: low – high".
    Estimate {
        /// The low end, in dollars.
        low: u32,
        /// The high end, in dollars.
        high: u32,
    },
}

/// Resolves the screen for `state` on `today`, money and dates written by `format`.
pub fn screen(state: &WidgetState, today: Date, format: &impl Formatter) -> Screen {
    let config = &state.config;
    let quiz = &state.quiz.quiz;
    let assessment = match quiz.step {
        Step::Outcome => assess(&quiz.answers).ok(),
        _ => None,
    };
    let place = state
        .estimator
        .place
        .unwrap_or_else(|| config.default_place());
    let sessions = state
        .estimator
        .sessions
        .or(assessment.as_ref().map(|a| a.sessions.max))
        .unwrap_or(DEFAULT_SESSIONS);
    let start = state.estimator.start.unwrap_or_else(|| today.next_monday());
    let offers_estimate = config.parts != Parts::QuizOnly;
    let stale_prices = config
        .prices
        .age_if_stale(today, config.max_price_age_months);
    let procedure = assessment
        .as_ref()
        .map_or(Procedure::Scalp, |a| a.procedure);
    let estimate = config.estimate_for(procedure, place, sessions);
    // Written only when the estimator or the summary will show them.
    let shows_cost = state.estimator.open || state.estimator.seen;
    let lines = estimate
        .as_ref()
        .ok()
        .filter(|_| shows_cost)
        .map(|estimate| {
            Rc::new(cost_lines(
                config,
                procedure,
                place,
                estimate,
                stale_prices,
                state.lang,
                format,
            ))
        });
    let view = if state.estimator.open {
        View::Estimator(EstimatorScreen {
            place,
            sessions,
            start,
            from_quiz: assessment.as_ref().map(|a| a.sessions),
            procedure,
            estimate,
            lines: lines.clone(),
            stale_prices,
            back: match (state.estimator.only, &assessment) {
                (true, _) => None,
                (false, Some(_)) => Some(BackTo::Result),
                (false, None) => Some(BackTo::Start),
            },
        })
    } else {
        match (quiz.step, &assessment) {
            (Step::Question(question), _) => View::Question {
                question,
                choices: options(question, &quiz.answers),
                heading: question_heading(question, &quiz.answers),
                answers: quiz.answers,
                progress: quiz.progress().unwrap_or((1, 1)),
                last: quiz.next_is_result(),
                unanswered: state.quiz.unanswered,
            },
            (Step::Outcome, Some(assessment)) => View::Outcome {
                assessment: assessment.clone(),
                can_estimate: offers_estimate,
                share: config.share_outcome.then_some(state.opt_ins.share_outcome),
            },
            // The start screen; also where an (unreachable) incomplete outcome recovers to.
            _ => View::Start {
                privacy: privacy_sentences(config),
                skip_to_cost: offers_estimate,
            },
        }
    };
    let status = match &view {
        View::Estimator(EstimatorScreen {
            estimate: Ok(e), ..
        }) => LiveText::Estimate {
            low: e.low,
            high: e.high,
        },
        View::Outcome { assessment, .. } => {
            LiveText::Outcome(outcome_title(assessment.outcome, assessment.procedure))
        }
        _ => LiveText::Silent,
    };
    let printable = matches!(view, View::Estimator(_) | View::Outcome { .. });
    let result = assessment.as_ref().map(|a| (quiz.answers, a.outcome));
    let lead = config
        .lead_url
        .as_ref()
        .filter(|_| printable)
        .map(|_| LeadScreen {
            receiver: config.lead_host.clone().unwrap_or_default(),
            form: state.contact.form.clone(),
            status: state.contact.status,
            result,
            phone: config.phone.clone(),
        });
    let lang = state.lang;
    let summary = printable.then(|| SummaryScreen {
        prepared: fill(
            Key::SummaryPrepared.text(lang),
            &[
                ("date", &format.day(lang, today)),
                ("clinic", &config.clinic),
            ],
        ),
        contact: [config.clinic.as_str(), ", ", config.phone.display.as_str()].concat(),
        booking_url: config.booking_url.clone(),
        assessment: assessment.clone(),
        costed: (offers_estimate && state.estimator.seen).then_some(CostedPlan {
            place,
            sessions,
            start,
            stale_prices,
            lines,
            plan: if procedure.is_scalp() {
                plan_lines(Plan::new(start, sessions), lang, format)
            } else {
                Vec::new()
            },
            plan_note: plan_note(procedure, sessions, lang, &config.clinic),
        }),
    });
    Screen {
        lang: state.lang,
        other_lang: match state.lang {
            Lang::En => Lang::Es,
            Lang::Es => Lang::En,
        },
        view,
        status,
        lead,
        summary,
        remember: state.opt_ins.remember_until.is_some(),
        popup: config.mode == Mode::Popup,
        focus_key: (
            quiz.step,
            state.estimator.open,
            assessment.map(|a| a.outcome),
        ),
        move_focus: state.moved,
    }
}

/// The plan's dates as the summary prints them, a line each.
fn plan_lines(plan: Plan, lang: Lang, format: &impl Formatter) -> Vec<String> {
    let dated = |key: Key, when: Date| fill(key.text(lang), &[("date", &format.day(lang, when))]);
    let mut lines: Vec<String> = plan
        .sessions
        .iter()
        .zip(1u8..)
        .map(|(day, n)| {
            fill(
                Key::PlanSessionOn.text(lang),
                &[("n", &n.to_string()), ("date", &format.day(lang, *day))],
            )
        })
        .collect();
    lines.push(dated(Key::PlanSettledShort, plan.settled));
    lines
}

/// The line under the plan's dates (see [`CostedPlan::plan_note`]).
fn plan_note(procedure: Procedure, sessions: u8, lang: Lang, clinic: &str) -> String {
    if !procedure.is_scalp() {
        return fill(Key::PlanAreaVaries.text(lang), &[("clinic", clinic)]);
    }
    let hours = session_hours(
        procedure,
        SessionRange {
            min: sessions,
            max: sessions,
        },
    );
    [hours, Key::PlanHealingWeek, Key::PlanSettling]
        .map(|key| key.text(lang))
        .join(" ")
}
