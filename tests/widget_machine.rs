//! The widget's state machine (`domain::widget`), natively: every action in any order is
//! safe and ends on a valid screen, refused actions change nothing, late answers are
//! dropped, and what the page hears never depends on an answer.

#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use proptest::prelude::*;

use smp_widget::domain::config::placement::Parts;
use smp_widget::domain::config::Config;
use smp_widget::domain::copy::lang::Lang;
use smp_widget::domain::date::Date;
use smp_widget::domain::outputs::events::{Cta, WidgetEvent};
use smp_widget::domain::outputs::lead::{LeadEdit, LeadFailure, LeadReply, LeadStatus};
use smp_widget::domain::outputs::progress::{expiry_from, Saved};
use smp_widget::domain::pricing::estimate::Place;
use smp_widget::domain::quiz::answers::{Answer, Answers, BodyArea, HairLossPattern, QuestionId};
use smp_widget::domain::quiz::questions::{options, path, record, validate, Step};
use smp_widget::domain::widget::{
    initial_effects, screen, update, Action, BackTo, Effect, Update, View, WidgetState,
};

mod common;
use common::{every_path, step};

const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 30,
};

fn config(parts: Parts, lead: bool, share: bool) -> Rc<Config> {
    Rc::new(Config {
        parts,
        lead_url: lead.then(|| "https://forms.example-clinic.com/smp".to_owned()),
        lead_host: lead.then(|| "forms.example-clinic.com".to_owned()),
        share_outcome: share,
        data_layer: share,
        ..Config::default()
    })
}

fn fresh(config: Rc<Config>) -> WidgetState {
    WidgetState::new(config, Lang::En, None)
}

/// Every answer any question can take.
fn every_answer() -> Vec<Answer> {
    let mut all = Vec::new();
    for area in BodyArea::ALL {
        let mut answers = Answers::default();
        record(&mut answers, Answer::Pattern(HairLossPattern::OtherArea)).expect("first");
        record(&mut answers, Answer::Area(area)).expect("on the path");
        for question in QuestionId::ALL {
            for answer in options(question, &answers) {
                if !all.contains(&answer) {
                    all.push(answer);
                }
            }
        }
    }
    all
}

/// The events the page would see.
fn events(effects: &[Effect]) -> Vec<WidgetEvent> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Emit(event) => Some(event.clone()),
            _ => None,
        })
        .collect()
}

fn action_strategy() -> impl Strategy<Value = Action> {
    let answers = every_answer();
    prop_oneof![
        Just(Action::Begin),
        prop::sample::select(answers).prop_map(Action::Answer),
        Just(Action::Next),
        Just(Action::Next),
        Just(Action::Back),
        prop::sample::select(QuestionId::ALL.to_vec()).prop_map(Action::Edit),
        Just(Action::StartOver),
        Just(Action::Forget),
        Just(Action::OpenEstimator),
        Just(Action::CloseEstimator),
        (0usize..8).prop_map(|i| Action::ChoosePlace(Place::Listed(i))),
        Just(Action::ChoosePlace(Place::Clinic)),
        Just(Action::ChoosePlace(Place::NotListed)),
        (0u8..8).prop_map(Action::ChooseSessions),
        (1u8..=28).prop_map(|d| Action::ChooseStart(Date {
            year: 2027,
            month: 2,
            day: d
        })),
        prop::bool::ANY.prop_map(|es| Action::SwitchLanguage(if es { Lang::Es } else { Lang::En })),
        (prop::bool::ANY, 0u64..u64::MAX).prop_map(|(on, now_ms)| Action::Remember { on, now_ms }),
        prop::bool::ANY.prop_map(Action::ShareOutcome),
        prop::sample::select(vec![Cta::Call, Cta::Book, Cta::Print, Cta::Calendar])
            .prop_map(Action::Cta),
        ".{0,12}".prop_map(|s| Action::EditLead(LeadEdit::Name(s))),
        prop::sample::select(vec!["ana@example.com", "760 555 0100", "x"])
            .prop_map(|s| Action::EditLead(LeadEdit::Contact(s.to_owned()))),
        prop::bool::ANY.prop_map(|on| Action::EditLead(LeadEdit::Consent(on))),
        prop::bool::ANY.prop_map(|on| Action::EditLead(LeadEdit::IncludeAnswers(on))),
        Just(Action::SendLead),
        (
            0u32..4,
            prop::sample::select(vec![
                LeadReply::Received,
                LeadReply::Busy,
                LeadReply::NotSent
            ])
        )
            .prop_map(|(request, reply)| Action::LeadAnswered { request, reply }),
        (
            prop::bool::ANY,
            prop::sample::select(vec![
                Parts::QuizAndEstimator,
                Parts::QuizOnly,
                Parts::EstimatorOnly,
            ])
        )
            .prop_map(|(es, parts)| Action::Reconfigure(Rc::new(Config {
                lang: Some(if es { Lang::Es } else { Lang::En }),
                parts,
                ..Config::default()
            }))),
    ]
}

fn config_strategy() -> impl Strategy<Value = Rc<Config>> {
    (
        prop::sample::select(vec![
            Parts::QuizAndEstimator,
            Parts::QuizOnly,
            Parts::EstimatorOnly,
        ]),
        prop::bool::ANY,
        prop::bool::ANY,
    )
        .prop_map(|(parts, lead, share)| config(parts, lead, share))
}

/// What makes a screen valid, whatever led to it.
fn assert_valid(state: &WidgetState) {
    let shown = screen(state, TODAY, &common::Plain);
    let answers = state.quiz.quiz.answers;
    match &shown.view {
        View::Question { question, .. } => {
            assert!(
                path(&answers).contains(question),
                "{question:?} is off the path"
            )
        }
        View::Outcome { share, .. } => {
            assert!(
                validate(&answers).is_ok(),
                "a result from incomplete answers"
            );
            assert_eq!(share.is_some(), state.config.share_outcome);
        }
        View::Estimator(e) => {
            assert_ne!(
                state.config.parts,
                Parts::QuizOnly,
                "an estimator nobody offered"
            );
            assert!((1..=4).contains(&e.sessions), "{} sessions", e.sessions);
            if state.config.parts == Parts::EstimatorOnly {
                assert_ne!(
                    e.back,
                    Some(BackTo::Start),
                    "a way back to a quiz not offered"
                );
            }
            if e.back.is_none() {
                assert_eq!(
                    state.config.parts,
                    Parts::EstimatorOnly,
                    "an estimator with no way back to a quiz on offer"
                );
            }
        }
        View::Start { .. } => assert_ne!(
            state.config.parts,
            Parts::EstimatorOnly,
            "the quiz's start screen where only the estimator is offered"
        ),
    }
    let printable = matches!(shown.view, View::Outcome { .. } | View::Estimator(_));
    assert_eq!(shown.summary.is_some(), printable);
    assert_eq!(
        shown.lead.is_some(),
        printable && state.config.lead_url.is_some()
    );
    if !printable {
        assert_eq!(
            state.contact.status,
            LeadStatus::Editing,
            "a form left behind"
        );
    }
    if state.quiz.quiz.step != Step::Outcome {
        assert!(!state.opt_ins.share_outcome, "consent outlived its result");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// No sequence of actions panics, and each ends on a valid screen. (A refused action
    /// changes nothing by construction: `Update::Refused` carries no state.)
    ///
    /// From issue 14.
    #[test]
    fn any_action_sequence_is_safe_and_ends_on_a_valid_screen(
        config in config_strategy(),
        actions in prop::collection::vec(action_strategy(), 0..60),
    ) {
        let mut state = fresh(config);
        assert_valid(&state);
        for action in actions {
            if let Update::Next { state: next, .. } = update(&state, action) {
                state = next;
            }
            assert_valid(&state);
        }
    }

    /// Every save keeps the expiry of the tick that opted in.
    ///
    /// From issue 13.
    #[test]
    fn saved_progress_never_extends_its_expiry(
        actions in prop::collection::vec(action_strategy(), 0..40),
    ) {
        let mut state = fresh(config(Parts::QuizAndEstimator, false, false));
        let mut until = None;
        for action in actions {
            for effect in step(&mut state, action) {
                if let Effect::SaveProgress(Saved { expires_ms, .. }) = effect {
                    let first = *until.get_or_insert(expires_ms);
                    prop_assert_eq!(expires_ms, first);
                }
                if effect == Effect::ForgetProgress {
                    until = None;
                }
            }
        }
    }
}

/// From issue 14.
#[test]
fn refused_actions_change_nothing() {
    let start = fresh(config(Parts::QuizOnly, true, true));
    let mut outcome = fresh(config(Parts::QuizAndEstimator, true, false));
    step(&mut outcome, Action::Begin);
    assert_eq!(
        update(&start, Action::Answer(every_answer()[0])),
        Update::Refused,
        "no question on screen"
    );
    for (state, action) in [
        (&start, Action::Next),
        (&start, Action::ShareOutcome(true)),
        (&start, Action::OpenEstimator),
        (&start, Action::ChooseSessions(2)),
        (&start, Action::SendLead),
        (&start, Action::EditLead(LeadEdit::Consent(true))),
        (
            &start,
            Action::LeadAnswered {
                request: 0,
                reply: LeadReply::Received,
            },
        ),
        (&outcome, Action::Edit(QuestionId::SkinTone)),
        (&outcome, Action::Answer(Answer::Area(BodyArea::Areola))),
    ] {
        assert_eq!(update(state, action.clone()), Update::Refused, "{action:?}");
    }
}

/// Walks to the result with the first option of every question.
fn to_outcome(state: &mut WidgetState) {
    step(state, Action::Begin);
    while let Step::Question(question) = state.quiz.quiz.step {
        let first = options(question, &state.quiz.quiz.answers)[0];
        step(state, Action::Answer(first));
        step(state, Action::Next);
    }
    assert_eq!(state.quiz.quiz.step, Step::Outcome);
}

fn fill_form(state: &mut WidgetState) {
    for edit in [
        LeadEdit::Name("Ana Ruiz".into()),
        LeadEdit::Contact("ana@example.com".into()),
        LeadEdit::Consent(true),
    ] {
        step(state, Action::EditLead(edit));
    }
}

/// From issue 14.
#[test]
fn a_stale_contact_request_answer_is_dropped() {
    let mut state = fresh(config(Parts::QuizAndEstimator, true, false));
    to_outcome(&mut state);
    fill_form(&mut state);
    let sent = step(&mut state, Action::SendLead);
    assert!(matches!(
        sent.as_slice(),
        [Effect::SendLead { request: 1, .. }]
    ));
    // The visitor walks away and back, and sends again before the first answer arrives.
    step(&mut state, Action::Edit(QuestionId::Pattern));
    step(&mut state, Action::Next);
    while state.quiz.quiz.step != Step::Outcome {
        step(&mut state, Action::Next);
    }
    fill_form(&mut state);
    step(&mut state, Action::SendLead);
    assert_eq!(state.contact.request, 2);
    assert_eq!(
        update(
            &state,
            Action::LeadAnswered {
                request: 1,
                reply: LeadReply::NotSent
            }
        ),
        Update::Refused,
        "the answer to the first request is dropped"
    );
    step(
        &mut state,
        Action::LeadAnswered {
            request: 2,
            reply: LeadReply::Received,
        },
    );
    assert_eq!(state.contact.status, LeadStatus::Sent);
}

/// A clinic site that cannot take the request just now (503 or 429) or does not answer:
/// the visitor is told which, keeps everything they typed, and sends the same request again.
#[test]
fn a_contact_request_that_did_not_go_through_keeps_the_form_to_send_again() {
    for (reply, failure) in [
        (LeadReply::Busy, LeadFailure::Busy),
        (LeadReply::NotSent, LeadFailure::NotSent),
    ] {
        let mut state = fresh(config(Parts::QuizAndEstimator, true, false));
        to_outcome(&mut state);
        fill_form(&mut state);
        let first = step(&mut state, Action::SendLead);
        step(&mut state, Action::LeadAnswered { request: 1, reply });
        assert_eq!(state.contact.status, LeadStatus::Failed(failure));
        assert_eq!(state.contact.form.name, "Ana Ruiz");
        assert_eq!(state.contact.form.contact, "ana@example.com");
        assert!(state.contact.form.consent, "the consent stays given");
        let again = step(&mut state, Action::SendLead);
        assert_eq!(state.contact.status, LeadStatus::Sending);
        match (first.as_slice(), again.as_slice()) {
            (
                [Effect::SendLead { body: a, .. }],
                [Effect::SendLead {
                    request: 2,
                    body: b,
                    ..
                }],
            ) => assert_eq!(a, b, "the same request goes again"),
            other => panic!("{other:?}"),
        }
    }
}

/// Which HTTP answers mean "try again later".
#[test]
fn the_clinic_sites_answer_is_read_as_received_busy_or_not_sent() {
    for (status, reply) in [
        (Some(201), LeadReply::Received),
        (Some(200), LeadReply::Received),
        (Some(503), LeadReply::Busy),
        (Some(429), LeadReply::Busy),
        (Some(500), LeadReply::NotSent),
        (Some(403), LeadReply::NotSent),
        (Some(301), LeadReply::NotSent),
        (None, LeadReply::NotSent),
    ] {
        assert_eq!(LeadReply::of_status(status), reply, "{status:?}");
    }
}

/// From issue 14.
#[test]
fn leaving_and_re_entering_the_outcome_clears_the_form() {
    let mut state = fresh(config(Parts::QuizAndEstimator, true, true));
    to_outcome(&mut state);
    fill_form(&mut state);
    step(&mut state, Action::ShareOutcome(true));
    assert!(state.contact.form.consent);
    step(&mut state, Action::Back);
    assert_eq!(screen(&state, TODAY, &common::Plain).lead, None);
    step(&mut state, Action::Next);
    let lead = screen(&state, TODAY, &common::Plain)
        .lead
        .expect("the form is back");
    assert_eq!(lead.form.name, "", "it starts empty");
    assert!(!lead.form.consent, "consent is asked again");
    assert!(
        !state.opt_ins.share_outcome,
        "sharing is asked again, unticked"
    );
    // The estimator keeps the form: it is the same result's page.
    fill_form(&mut state);
    step(&mut state, Action::OpenEstimator);
    assert!(state.contact.form.consent);
}

/// Issue 13 item 1, PRIV-8, natively: every branch of the quiz gives the page the same
/// events up to and including `smp:complete`, and no event when an answer is ticked.
#[test]
fn every_branch_tells_the_page_the_same_thing() {
    let mut streams = Vec::new();
    let complete = every_path();
    assert!(complete.len() > 1000, "{} paths", complete.len());
    for answers in complete {
        let mut state = fresh(config(Parts::QuizAndEstimator, true, true));
        let mut stream = events(&initial_effects(&state));
        stream.extend(events(&step(&mut state, Action::Begin)));
        while let Step::Question(question) = state.quiz.quiz.step {
            let given = answers.get(question).expect("on the path");
            let ticked = step(&mut state, Action::Answer(given));
            assert_eq!(events(&ticked), vec![], "a tick told the page something");
            stream.extend(events(&step(&mut state, Action::Next)));
        }
        streams.push(stream);
    }
    for stream in &streams {
        assert_eq!(stream, &vec![WidgetEvent::Start, WidgetEvent::Complete]);
    }
}

/// Checks PRIV-8 (docs/reliability.md).
#[test]
fn the_category_leaves_only_with_the_visitors_tick() {
    let mut state = fresh(config(Parts::QuizAndEstimator, false, true));
    to_outcome(&mut state);
    let outcome = screen(&state, TODAY, &common::Plain);
    assert!(matches!(
        outcome.view,
        View::Outcome {
            share: Some(false),
            ..
        }
    ));
    let shared = events(&step(&mut state, Action::ShareOutcome(true)));
    assert!(matches!(
        shared.as_slice(),
        [WidgetEvent::OutcomeShared { .. }]
    ));
    // Without the marketer's option there is no box to tick.
    let mut plain = fresh(config(Parts::QuizAndEstimator, false, false));
    to_outcome(&mut plain);
    assert_eq!(update(&plain, Action::ShareOutcome(true)), Update::Refused);
}

/// From issue 14.
#[test]
fn the_estimators_start_date_sessions_and_back_link_default_in_the_screen() {
    let mut state = fresh(config(Parts::QuizAndEstimator, false, false));
    to_outcome(&mut state);
    step(&mut state, Action::OpenEstimator);
    let View::Estimator(estimator) = screen(&state, TODAY, &common::Plain).view else {
        panic!("the estimator")
    };
    assert_eq!(estimator.start, TODAY.next_monday());
    assert_eq!(Some(estimator.sessions), estimator.from_quiz.map(|r| r.max));
    assert_eq!(estimator.back, Some(BackTo::Result));
    step(&mut state, Action::ChooseSessions(1));
    let View::Estimator(estimator) = screen(&state, TODAY, &common::Plain).view else {
        panic!("the estimator")
    };
    assert_eq!(estimator.sessions, 1, "the visitor's choice wins");
}

/// A page that changes `parts` (EMBEDDING.md: it changes live) sees it at once where that
/// moves no visitor from what they are doing; a visitor mid-quiz keeps their question.
#[test]
fn a_change_of_parts_applies_at_once_where_it_moves_no_visitor() {
    let change = |state: &mut WidgetState, parts: Parts| {
        let config = Rc::new(Config {
            parts,
            ..(*state.config).clone()
        });
        step(state, Action::Reconfigure(config));
    };
    let view = |state: &WidgetState| match screen(state, TODAY, &common::Plain).view {
        View::Start { .. } => "start",
        View::Question { .. } => "question",
        View::Outcome { .. } => "result",
        View::Estimator(e) if e.back.is_none() => "estimator alone",
        View::Estimator(_) => "estimator",
    };
    // (before, where the visitor is, after, what they see)
    let cases = [
        (
            Parts::QuizAndEstimator,
            "start",
            Parts::EstimatorOnly,
            "estimator alone",
        ),
        (Parts::QuizAndEstimator, "start", Parts::QuizOnly, "start"),
        (
            Parts::QuizAndEstimator,
            "question",
            Parts::EstimatorOnly,
            "question",
        ),
        (
            Parts::QuizAndEstimator,
            "result",
            Parts::EstimatorOnly,
            "result",
        ),
        (
            Parts::QuizAndEstimator,
            "estimator after the result",
            Parts::QuizOnly,
            "result",
        ),
        (
            Parts::QuizAndEstimator,
            "estimator from the start",
            Parts::QuizOnly,
            "start",
        ),
        (
            Parts::QuizAndEstimator,
            "estimator from the start",
            Parts::EstimatorOnly,
            "estimator alone",
        ),
        (
            Parts::EstimatorOnly,
            "estimator alone",
            Parts::QuizAndEstimator,
            "estimator",
        ),
        (
            Parts::EstimatorOnly,
            "estimator alone",
            Parts::QuizOnly,
            "start",
        ),
        (
            Parts::QuizOnly,
            "start",
            Parts::EstimatorOnly,
            "estimator alone",
        ),
    ];
    for (before, at, after, seen) in cases {
        let mut state = fresh(config(before, false, false));
        match at {
            "question" => {
                step(&mut state, Action::Begin);
            }
            "result" => to_outcome(&mut state),
            "estimator after the result" => {
                to_outcome(&mut state);
                step(&mut state, Action::OpenEstimator);
            }
            "estimator from the start" => {
                step(&mut state, Action::OpenEstimator);
            }
            _ => {}
        }
        let setup = match at {
            "estimator alone" => "estimator alone",
            _ if at.starts_with("estimator") => "estimator",
            _ => at,
        };
        assert_eq!(view(&state), setup, "setup: {at}");
        change(&mut state, after);
        assert_eq!(view(&state), seen, "{before:?} -> {after:?} on the {at}");
        assert_valid(&state);
    }
    // A visitor mid-quiz keeps their question; back at the start, the estimator alone.
    let mut mid = fresh(config(Parts::QuizAndEstimator, false, false));
    step(&mut mid, Action::Begin);
    change(&mut mid, Parts::EstimatorOnly);
    assert_eq!(view(&mid), "question");
    step(&mut mid, Action::Back);
    assert_eq!(view(&mid), "estimator alone");
}

/// The printed summary carries a cost and a plan only once the visitor has seen them.
#[test]
fn the_summary_prints_no_cost_the_visitor_was_not_shown() {
    let costed = |state: &WidgetState| {
        screen(state, TODAY, &common::Plain)
            .summary
            .expect("a summary on the result and the estimator")
            .costed
            .is_some()
    };
    let mut state = fresh(config(Parts::QuizAndEstimator, false, false));
    to_outcome(&mut state);
    assert!(
        !costed(&state),
        "printed from the result, before any estimate"
    );
    step(&mut state, Action::OpenEstimator);
    assert!(costed(&state));
    step(&mut state, Action::CloseEstimator);
    assert!(
        costed(&state),
        "back on the result, the estimate seen stays in the summary"
    );
    step(&mut state, Action::StartOver);
    to_outcome(&mut state);
    assert!(!costed(&state), "a new start forgets it");
    let mut quiz_only = fresh(config(Parts::QuizOnly, false, false));
    to_outcome(&mut quiz_only);
    assert!(!costed(&quiz_only));
    let alone = fresh(config(Parts::EstimatorOnly, false, false));
    assert!(costed(&alone));
}

/// The estimator always has a way back to where the visitor opened it from, unless the
/// marketer offers nothing else.
#[test]
fn the_estimator_leads_back_where_it_was_opened_from() {
    let back = |state: &WidgetState| match screen(state, TODAY, &common::Plain).view {
        View::Estimator(estimator) => estimator.back,
        other => panic!("the estimator is not on screen: {other:?}"),
    };
    // "Just show me the cost" from the start screen, and back to it.
    let mut straight = fresh(config(Parts::QuizAndEstimator, false, false));
    step(&mut straight, Action::OpenEstimator);
    assert_eq!(back(&straight), Some(BackTo::Start));
    step(&mut straight, Action::CloseEstimator);
    assert!(matches!(
        screen(&straight, TODAY, &common::Plain).view,
        View::Start { .. }
    ));
    // From a result, back to it.
    let mut after_quiz = fresh(config(Parts::QuizAndEstimator, false, false));
    to_outcome(&mut after_quiz);
    step(&mut after_quiz, Action::OpenEstimator);
    assert_eq!(back(&after_quiz), Some(BackTo::Result));
    step(&mut after_quiz, Action::CloseEstimator);
    assert!(matches!(
        screen(&after_quiz, TODAY, &common::Plain).view,
        View::Outcome { .. }
    ));
    // The only page: nowhere to go.
    let only = fresh(config(Parts::EstimatorOnly, false, false));
    assert_eq!(back(&only), None);
}

/// From issue 14.
#[test]
fn the_page_changing_lang_is_spoken_at_once() {
    let mut state = fresh(config(Parts::QuizAndEstimator, false, false));
    step(&mut state, Action::Begin);
    step(
        &mut state,
        Action::Reconfigure(Rc::new(Config {
            lang: Some(Lang::Es),
            ..Config::default()
        })),
    );
    assert_eq!(screen(&state, TODAY, &common::Plain).lang, Lang::Es);
    assert_eq!(
        state.quiz.quiz.step,
        Step::Question(QuestionId::Pattern),
        "the visitor stays where they were"
    );
}

/// From issue 13.
#[test]
fn remembering_saves_with_the_expiry_of_the_tick() {
    let mut state = fresh(config(Parts::QuizAndEstimator, false, false));
    let now = 1_795_000_000_000;
    let effects = step(
        &mut state,
        Action::Remember {
            on: true,
            now_ms: now,
        },
    );
    assert!(matches!(
        effects.as_slice(),
        [Effect::SaveProgress(Saved { expires_ms, .. })] if *expires_ms == expiry_from(now)
    ));
    // Ticked again an hour later (a second tab, a reload): the first 24 hours stand.
    step(
        &mut state,
        Action::Remember {
            on: true,
            now_ms: now + 3_600_000,
        },
    );
    assert_eq!(state.opt_ins.remember_until, Some(expiry_from(now)));
    let forget = step(&mut state, Action::Forget);
    assert_eq!(forget, vec![Effect::ForgetProgress]);
}
