//! `update`: the next state and the effects for one action. Never panics, whatever the
//! sequence; an action that does not fit the state is refused and changes nothing.

use crate::domain::config::placement::Parts;
use crate::domain::outputs::events::{Cta, WidgetEvent};
use crate::domain::outputs::lead::{lead_body, LeadFailure, LeadForm, LeadReply, LeadStatus};
use crate::domain::outputs::progress::{expiry_from, Saved};
use crate::domain::pricing::estimate::{MAX_SESSIONS, MIN_SESSIONS};
use crate::domain::quiz::assessment::assess;
use crate::domain::quiz::questions::{QuizError, Step};

use crate::domain::copy::labels::calendar_title;
use crate::domain::copy::text::{fill, Key};
use crate::domain::outputs::ics::{calendar, CalendarEvent};
use crate::domain::pricing::plan::Plan;

use super::{Action, Effect, WidgetState};

/// What an action did.
#[derive(Clone, Debug, PartialEq)]
pub enum Update {
    /// The action does not fit the state (the UI cannot send it, a page or a stale answer
    /// might): nothing changes, nothing runs.
    Refused,
    /// The state after the action, and what the shell must do.
    Next {
        /// The new state.
        state: WidgetState,
        /// The effects to run, in order.
        effects: Vec<Effect>,
    },
}

/// The effects a widget starts with, after its first render and `smp:ready`: an
/// estimator-only widget shows an estimate at once.
pub fn initial_effects(state: &WidgetState) -> Vec<Effect> {
    estimate_event(state)
        .map(|event| vec![Effect::Emit(event)])
        .unwrap_or_default()
}

/// The next state and effects for `action`.
pub fn update(state: &WidgetState, action: Action) -> Update {
    let mut next = state.clone();
    let mut effects = Vec::new();
    if apply(&mut next, &mut effects, action).is_none() {
        return Update::Refused;
    }
    follow_up(state, &mut next, &mut effects);
    Update::Next {
        state: next,
        effects,
    }
}

/// Changes `next` for the action; `None` when the action is refused.
fn apply(next: &mut WidgetState, effects: &mut Vec<Effect>, action: Action) -> Option<()> {
    let quiz_action = matches!(
        action,
        Action::Begin
            | Action::Answer(_)
            | Action::Next
            | Action::Back
            | Action::Edit(_)
            | Action::StartOver
            | Action::Forget
            | Action::OpenEstimator
            | Action::CloseEstimator
            | Action::ChoosePlace(_)
            | Action::ChooseSessions(_)
            | Action::ChooseStart(_)
    );
    if quiz_action {
        next.quiz.unanswered = false;
        next.moved = false;
    }
    match action {
        // The quiz's own controls are not on screen while the estimator is: a page (or a
        // stale event) cannot move the quiz under it.
        Action::Begin | Action::Answer(_) | Action::Next | Action::Back if next.estimator.open => {
            return None
        }
        Action::Edit(_) if next.estimator.only => return None,
        Action::Begin => {
            next.quiz.quiz.begin();
            next.quiz.starts = next.quiz.starts.saturating_add(1);
            next.moved = true;
            effects.push(Effect::Emit(WidgetEvent::Start));
        }
        Action::Answer(answer) => next.quiz.quiz.answer(answer).ok()?,
        Action::Next => match next.quiz.quiz.advance() {
            Ok(()) => next.moved = true,
            Err(QuizError::Unanswered(_)) => next.quiz.unanswered = true,
            Err(_) => return None,
        },
        Action::Back => {
            next.quiz.quiz.back();
            next.moved = true;
        }
        Action::Edit(question) => {
            next.quiz.quiz.edit(question).ok()?;
            next.estimator.open = false;
            next.moved = true;
        }
        Action::StartOver => start_over(next),
        Action::Forget => {
            next.opt_ins.remember_until = None;
            effects.push(Effect::ForgetProgress);
            start_over(next);
        }
        Action::OpenEstimator => {
            // Offered on the start screen and the result, never mid-quiz: its way back leads
            // to one of those.
            let offered = matches!(next.quiz.quiz.step, Step::Start | Step::Outcome);
            if next.config.parts == Parts::QuizOnly || !offered {
                return None;
            }
            next.estimator.open = true;
            next.moved = true;
        }
        Action::CloseEstimator => {
            next.estimator.open = next.estimator.only;
            next.moved = true;
        }
        Action::ChoosePlace(place) if next.estimator.open => next.estimator.place = Some(place),
        Action::ChooseSessions(n)
            if next.estimator.open && (MIN_SESSIONS..=MAX_SESSIONS).contains(&n) =>
        {
            next.estimator.sessions = Some(n)
        }
        Action::ChooseStart(date) if next.estimator.open => next.estimator.start = Some(date),
        Action::ChoosePlace(_) | Action::ChooseSessions(_) | Action::ChooseStart(_) => return None,
        Action::SwitchLanguage(lang) => next.lang = lang,
        Action::Remember { on: true, now_ms } => {
            // Ticked again while on: the first tick's 24 hours stand.
            let until = next.opt_ins.remember_until.unwrap_or(expiry_from(now_ms));
            next.opt_ins.remember_until = Some(until);
        }
        Action::Remember { on: false, .. } => {
            next.opt_ins.remember_until = None;
            effects.push(Effect::ForgetProgress);
        }
        Action::ShareOutcome(on) => {
            if !next.config.share_outcome || next.quiz.quiz.step != Step::Outcome {
                return None;
            }
            next.opt_ins.share_outcome = on;
        }
        Action::Cta(cta) => {
            effects.push(Effect::Emit(WidgetEvent::Cta(cta)));
            if cta == Cta::Print {
                effects.push(Effect::Print);
            }
        }
        Action::AddToCalendar {
            start,
            sessions,
            now_ms,
        } if next.estimator.open && (MIN_SESSIONS..=MAX_SESSIONS).contains(&sessions) => {
            let file = calendar_file(next, Plan::new(start, sessions), now_ms)?;
            effects.push(Effect::Emit(WidgetEvent::Cta(Cta::Calendar)));
            effects.push(file);
        }
        Action::AddToCalendar { .. } => return None,
        Action::Reconfigure(config) => {
            // A language the page sets now is spoken now; the visitor's own switch stays
            // while the page's language is unchanged.
            if config.lang != next.config.lang {
                if let Some(lang) = config.lang {
                    next.lang = lang;
                }
            }
            next.config = config;
        }
        Action::EditLead(edit) => {
            if !next.printable() {
                return None;
            }
            next.contact.form.apply(edit);
        }
        Action::SendLead => send_lead(next, effects)?,
        Action::LeadAnswered { request, reply } => {
            if next.contact.status != LeadStatus::Sending || request != next.contact.request {
                return None;
            }
            next.contact.status = match reply {
                LeadReply::Received => LeadStatus::Sent,
                LeadReply::Busy => LeadStatus::Failed(LeadFailure::Busy),
                LeadReply::NotSent => LeadStatus::Failed(LeadFailure::NotSent),
            };
        }
    }
    Some(())
}

/// The plan as a calendar file in the visitor's language: one event per session, the
/// clinic's name and phone in each, no answer.
fn calendar_file(state: &WidgetState, plan: Plan, now_ms: u64) -> Option<Effect> {
    let lang = state.lang;
    let of = plan.sessions.len().to_string();
    let events: Vec<CalendarEvent> = plan
        .sessions
        .iter()
        .zip(1u8..)
        .map(|(date, n)| CalendarEvent {
            date: *date,
            summary: fill(
                calendar_title(plan.sessions.len()).text(lang),
                &[("n", &n.to_string()), ("m", &of)],
            ),
        })
        .collect();
    let config = &state.config;
    let description = fill(
        Key::CalendarDetails.text(lang),
        &[("clinic", &config.clinic), ("phone", &config.phone.display)],
    );
    Some(Effect::DownloadCalendar {
        file_name: "smp-plan.ics",
        text: calendar(&events, &description, lang.tag(), now_ms)?,
    })
}

/// The parts the marketer offers, kept true after every action (a page may change `parts`
/// at any time) without moving a visitor from what they are doing: the estimator turned
/// off closes (back to the result or the start screen); an estimator that was the only
/// page gains its way back when the quiz is offered too; wherever the start screen would
/// show, the estimator alone shows instead when it is all the marketer offers. A visitor
/// mid-quiz, or on a result, keeps it.
fn apply_parts(next: &mut WidgetState) {
    match next.config.parts {
        Parts::QuizOnly => {
            next.estimator.open = false;
            next.estimator.only = false;
        }
        Parts::QuizAndEstimator => next.estimator.only = false,
        Parts::EstimatorOnly if next.quiz.quiz.step == Step::Start => {
            next.estimator.open = true;
            next.estimator.only = true;
        }
        Parts::EstimatorOnly => {}
    }
    if next.estimator.open {
        next.estimator.seen = true;
    }
}

/// Back to the start screen; what the visitor agreed to keep, and the counters the page
/// and late answers are checked against, stay.
fn start_over(next: &mut WidgetState) {
    let mut fresh = WidgetState::new(next.config.clone(), next.lang, None);
    fresh.opt_ins.remember_until = next.opt_ins.remember_until;
    fresh.quiz.starts = next.quiz.starts;
    fresh.contact.request = next.contact.request;
    fresh.moved = true;
    *next = fresh;
}

fn send_lead(next: &mut WidgetState, effects: &mut Vec<Effect>) -> Option<()> {
    let url = next.config.lead_url.clone()?;
    if !next.printable() || next.contact.status == LeadStatus::Sending {
        return None;
    }
    let result = match next.quiz.quiz.step {
        Step::Outcome => assess(&next.quiz.quiz.answers)
            .ok()
            .map(|a| (next.quiz.quiz.answers, a.outcome)),
        _ => None,
    };
    match lead_body(
        &next.contact.form,
        next.lang,
        result
            .as_ref()
            .map(|(answers, outcome)| (answers, *outcome)),
    ) {
        Err(problem) => next.contact.status = LeadStatus::Refused(problem),
        Ok(body) => {
            next.contact.request = next.contact.request.wrapping_add(1);
            next.contact.status = LeadStatus::Sending;
            effects.push(Effect::SendLead {
                request: next.contact.request,
                url,
                body,
            });
        }
    }
    Some(())
}

/// What follows from any change: forms and consents that belong to a screen the visitor
/// left are cleared, the page hears of a result or an estimate newly on screen, and kept
/// progress is saved again.
fn follow_up(before: &WidgetState, next: &mut WidgetState, effects: &mut Vec<Effect>) {
    apply_parts(next);
    if next.quiz.quiz.step != Step::Outcome {
        next.opt_ins.share_outcome = false;
    }
    if !next.printable() {
        next.contact.form = LeadForm::default();
        next.contact.status = LeadStatus::Editing;
    }
    if before.quiz.quiz.step != Step::Outcome && next.quiz.quiz.step == Step::Outcome {
        effects.push(Effect::Emit(WidgetEvent::Complete));
    }
    if next.opt_ins.share_outcome && !before.opt_ins.share_outcome {
        if let Ok(assessment) = assess(&next.quiz.quiz.answers) {
            effects.push(Effect::Emit(WidgetEvent::OutcomeShared {
                outcome: assessment.outcome,
            }));
        }
    }
    let shown = estimate_event(next);
    if shown.is_some() && shown != estimate_event(before) {
        effects.extend(shown.map(Effect::Emit));
    }
    if let Some(expires_ms) = next.opt_ins.remember_until {
        let changed = next.quiz.quiz != before.quiz.quiz
            || before.opt_ins.remember_until != next.opt_ins.remember_until;
        if changed {
            effects.push(Effect::SaveProgress(Saved {
                answers: next.quiz.quiz.answers,
                step: next.quiz.quiz.step,
                expires_ms,
            }));
        }
    }
}

/// `smp:estimate` for the city on screen, while the estimator is open.
fn estimate_event(state: &WidgetState) -> Option<WidgetEvent> {
    state.estimator.open.then(|| {
        let place = state
            .estimator
            .place
            .unwrap_or_else(|| state.config.default_place());
        WidgetEvent::estimate(&state.config, place)
    })
}
