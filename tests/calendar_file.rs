//! Issue 15 item 3: "Add the plan to my calendar" — the `.ics` text `update` makes, read back
//! by a real iCalendar parser (the `icalendar` crate): one all-day event per session on the
//! plan's dates, titles and descriptions in the visitor's language with the clinic's name
//! and phone, no answer; CRLF, lines folded at 75 octets, text escaped (RFC 5545).

#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime, Event};
use proptest::prelude::*;

use smp_widget::domain::config::{Config, Phone};
use smp_widget::domain::copy::lang::Lang;
use smp_widget::domain::date::Date;
use smp_widget::domain::outputs::events::{Cta, WidgetEvent};
use smp_widget::domain::outputs::ics::{calendar, escape, CalendarEvent};
use smp_widget::domain::pricing::plan::Plan;
use smp_widget::domain::quiz::answers::{
    Answer, HairLength, HairLossPattern, KeloidHistory, Motivation, SkinCondition, SkinTone,
};
use smp_widget::domain::widget::{screen, update, Action, Effect, Update, View, WidgetState};

mod common;
use common::step;

const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 30,
};
/// 2026-11-30T13:05:09Z.
const NOW_MS: u64 = 1_796_043_909_000;

/// A widget on the estimator, for a clinic whose name has every character TEXT escapes.
fn on_estimator(lang: Lang, answers: &[Answer]) -> WidgetState {
    let config = Config {
        clinic: "Smith, Jones; Skin \\ Studio".to_owned(),
        phone: Phone::parse("+1 (760) 555-0100").expect("a valid phone"),
        ..Config::default()
    };
    let mut state = WidgetState::new(Rc::new(config), lang, None);
    if !answers.is_empty() {
        step(&mut state, Action::Begin);
        for answer in answers {
            step(&mut state, Action::Answer(*answer));
            step(&mut state, Action::Next);
        }
    }
    step(&mut state, Action::OpenEstimator);
    state
}

/// "Add to my calendar" as the shell sends it: the plan on screen today.
fn add_to_calendar(state: &WidgetState) -> Action {
    let View::Estimator(shown) = screen(state, TODAY, &common::Plain).view else {
        panic!("the estimator is not on screen");
    };
    Action::AddToCalendar {
        start: shown.start,
        sessions: shown.sessions,
        now_ms: NOW_MS,
    }
}

/// The calendar file the widget hands over for `state`, and its name.
fn file(state: &mut WidgetState) -> (&'static str, String) {
    let action = add_to_calendar(state);
    let effects = step(state, action);
    match effects.as_slice() {
        [Effect::Emit(WidgetEvent::Cta(Cta::Calendar)), Effect::DownloadCalendar { file_name, text }] => {
            (file_name, text.clone())
        }
        other => panic!("expected smp:cta {{cta: calendar}} and one calendar file, got {other:?}"),
    }
}

fn events(text: &str) -> Vec<Event> {
    let calendar: Calendar = text.parse().expect("a real parser reads it");
    calendar
        .components
        .into_iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect()
}

fn day(d: Option<DatePerhapsTime>) -> String {
    match d {
        Some(DatePerhapsTime::Date(date)) => date.to_string(),
        other => panic!("an all-day date, got {other:?}"),
    }
}

/// Shape RFC 5545 asks of the text itself: CRLF only, no line over 75 octets.
fn assert_well_formed(text: &str) {
    assert!(text.ends_with("\r\n"));
    assert!(
        !text.replace("\r\n", "").contains(['\r', '\n']),
        "a bare CR or LF"
    );
    for line in text.split_terminator("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
}

/// From issue 15.
#[test]
fn one_all_day_event_per_session_on_the_plans_dates() {
    let mut state = on_estimator(Lang::En, &[]);
    step(&mut state, Action::ChooseSessions(4));
    // Across a year's end.
    let start = Date::new(2026, 12, 31).unwrap();
    step(&mut state, Action::ChooseStart(start));
    let (name, text) = file(&mut state);
    assert_eq!(name, "smp-plan.ics");
    assert_well_formed(&text);
    let events = events(&text);
    assert_eq!(events.len(), 4, "{text}");
    let expected = ["2026-12-31", "2027-01-07", "2027-01-14", "2027-01-21"];
    let ends = ["2027-01-01", "2027-01-08", "2027-01-15", "2027-01-22"];
    let mut uids = Vec::new();
    for (i, event) in events.iter().enumerate() {
        assert_eq!(day(event.get_start()), expected[i]);
        assert_eq!(
            day(event.get_end()),
            ends[i],
            "an all-day event ends the next day"
        );
        assert_eq!(
            event.get_summary(),
            Some(format!("Planned micropigmentation session ({} of 4)", i + 1).as_str())
        );
        let description = event.get_description().expect("a description");
        assert!(
            description.starts_with("Smith, Jones; Skin \\ Studio, +1 (760) 555-0100."),
            "unescaped back to the clinic's name: {description}"
        );
        assert_eq!(
            event.get_timestamp().map(|t| t.to_rfc3339()),
            Some("2026-11-30T13:05:09+00:00".to_owned())
        );
        uids.push(event.get_uid().expect("a UID").to_owned());
    }
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), 4, "UIDs are unique");
    // The raw text escapes what TEXT must.
    assert!(text.contains("Smith\\, Jones\\; Skin \\\\ Studio"));
}

/// From issue 15.
#[test]
fn the_file_speaks_the_visitors_language() {
    let mut state = on_estimator(Lang::Es, &[]);
    let (_, text) = file(&mut state);
    assert_well_formed(&text);
    let events = events(&text);
    // Three sessions by default, from next Monday.
    let plan = Plan::new(TODAY.next_monday(), 3);
    assert_eq!(events.len(), 3);
    for (i, event) in events.iter().enumerate() {
        assert_eq!(day(event.get_start()), plan.sessions[i].iso());
        assert_eq!(
            event.get_summary(),
            Some(format!("Sesión de micropigmentación planeada ({} de 3)", i + 1).as_str())
        );
        assert!(event
            .get_description()
            .is_some_and(|d| d.contains("no una cita programada")));
    }
    assert!(text.contains("SUMMARY;LANGUAGE=es-US:"));
}

/// From issue 15.
#[test]
fn the_file_plans_the_quizs_sessions_and_is_the_same_whatever_the_answers() {
    let answers = [
        Answer::Pattern(HairLossPattern::HairlineAndCrown),
        Answer::HairLength(HairLength::ShavedOrBuzzed),
        Answer::SkinCondition(SkinCondition::NoCondition),
        Answer::Keloid(KeloidHistory::HadKeloid),
        Answer::SkinTone(SkinTone::Darker),
        Answer::Motivation(Motivation::ConsideredForAWhile),
    ];
    let mut after_quiz = on_estimator(Lang::En, &answers);
    let mut without = on_estimator(Lang::En, &[]);
    step(&mut without, Action::ChooseSessions(4));
    let (_, quiz) = file(&mut after_quiz);
    let (_, plain) = file(&mut without);
    assert_eq!(events(&quiz).len(), 4, "the quiz's 3–4 sessions plan 4");
    assert_eq!(
        quiz, plain,
        "the file is the same whatever the answers were"
    );
}

/// From issue 15.
#[test]
fn a_calendar_file_is_refused_unless_the_estimator_shows() {
    let mut state = WidgetState::new(Rc::new(Config::default()), Lang::En, None);
    let action = |start, sessions| Action::AddToCalendar {
        start,
        sessions,
        now_ms: NOW_MS,
    };
    assert_eq!(update(&state, action(TODAY, 3)), Update::Refused);
    step(&mut state, Action::OpenEstimator);
    assert!(matches!(
        update(&state, action(TODAY, 3)),
        Update::Next { .. }
    ));
    // Sessions are 1 to 4, as everywhere.
    assert_eq!(update(&state, action(TODAY, 0)), Update::Refused);
    assert_eq!(update(&state, action(TODAY, 5)), Update::Refused);
    // A start date with no four-digit year has no iCalendar form: nothing is offered.
    let far = Date::new(10_000, 1, 1).unwrap();
    assert_eq!(update(&state, action(far, 3)), Update::Refused);
}

/// From issue 15.
#[test]
fn escaping_and_folding_round_trip_through_the_parser() {
    let tricky = ["Línea uno, con comas; y punto y coma \\ barra\nsegunda línea: ñandú é ü — 🙂";
        3]
        .join(" ");
    let text = calendar(
        &[CalendarEvent {
            date: Date::new(2027, 2, 28).unwrap(),
            summary: "Sesión, 1; \\ de 1".to_owned(),
        }],
        &tricky,
        "es-US",
        NOW_MS,
    )
    .unwrap();
    assert_well_formed(&text);
    assert!(text.contains("\r\n "), "long lines are folded");
    let events = events(&text);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].get_summary(), Some("Sesión, 1; \\ de 1"));
    assert_eq!(events[0].get_description(), Some(tricky.as_str()));
    assert_eq!(
        escape("a\tb\u{7}c\r\nd"),
        "a\tbc\\nd",
        "control characters dropped"
    );
}

proptest! {
    /// From issue 15.
    #[test]
    fn any_plan_parses_with_its_dates(days in -200_000i64..2_900_000, sessions in 1u8..=4, now in 0u64..4_102_444_800_000) {
        let start = Date::from_days(days);
        let plan = Plan::new(start, sessions);
        let events: Vec<CalendarEvent> = plan
            .sessions
            .iter()
            .map(|d| CalendarEvent { date: *d, summary: "Session".to_owned() })
            .collect();
        let text = calendar(&events, "Clinic, phone", "en-US", now).unwrap();
        assert_well_formed(&text);
        let parsed = self::events(&text);
        prop_assert_eq!(parsed.len(), usize::from(sessions));
        for (event, date) in parsed.iter().zip(&plan.sessions) {
            prop_assert_eq!(day(event.get_start()), date.iso());
        }
    }
}
