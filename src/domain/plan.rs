//! The treatment plan as dated events (CONTENT.md §2): sessions at least a week apart, the
//! healing week after each, settling over 2 to 3 weeks, the final look about a month on.

use super::date::Date;

/// Days between sessions: the healing week is the minimum.
pub const DAYS_BETWEEN_SESSIONS: i64 = 7;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanEvent {
    /// Session n (from 1), 3 to 4 hours.
    Session(u8),
    /// Day 1 after a session: redness.
    Redness(u8),
    /// Mid-week: redness much reduced; scabs stand out more than follicles.
    Calmer(u8),
    /// Day 7: skin more even, colour looks lighter.
    SkinEven(u8),
    /// The pigment settles and fades over the next 2 to 3 weeks, from … to ….
    SettlingEnds,
    /// About a month after the last session.
    FinalLook,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlannedDay {
    pub date: Date,
    pub event: PlanEvent,
}

/// Every dated step of the plan, in date order.
pub fn plan(start: Date, sessions: u8) -> Vec<PlannedDay> {
    let sessions = sessions.clamp(1, 4);
    let mut days = Vec::with_capacity(usize::from(sessions) * 4 + 2);
    for n in 1..=sessions {
        let day = start.add_days(i64::from(n - 1) * DAYS_BETWEEN_SESSIONS);
        days.push(PlannedDay {
            date: day,
            event: PlanEvent::Session(n),
        });
        days.push(PlannedDay {
            date: day.add_days(1),
            event: PlanEvent::Redness(n),
        });
        days.push(PlannedDay {
            date: day.add_days(4),
            event: PlanEvent::Calmer(n),
        });
        days.push(PlannedDay {
            date: day.add_days(6),
            event: PlanEvent::SkinEven(n),
        });
    }
    let last = start.add_days(i64::from(sessions - 1) * DAYS_BETWEEN_SESSIONS);
    days.push(PlannedDay {
        date: last.add_days(21),
        event: PlanEvent::SettlingEnds,
    });
    days.push(PlannedDay {
        date: last.add_days(30),
        event: PlanEvent::FinalLook,
    });
    days
}

/// Session dates only.
pub fn session_dates(start: Date, sessions: u8) -> Vec<Date> {
    plan(start, sessions)
        .into_iter()
        .filter(|d| matches!(d.event, PlanEvent::Session(_)))
        .map(|d| d.date)
        .collect()
}
