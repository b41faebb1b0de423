//! The treatment plan as dated steps (docs/content.md §2): sessions at least a week apart, the
//! healing week after each, then the pigment settling over the next 2 to 3 weeks. The plan
//! ends there, at an approximate date: the sources name no later milestone (only that, with
//! care, the result looks the same a month later).

use crate::domain::date::Date;

/// Days between sessions: the healing week is the minimum.
pub const DAYS_BETWEEN_SESSIONS: i64 = 7;
/// The healing week after each session.
pub const HEALING_DAYS: i64 = 7;
/// The pigment has faded and settled 2 to 3 weeks after the healing week: by about the end
/// of the third (shown as an approximate date, never as certain).
pub const SETTLED_AFTER_DAYS: i64 = HEALING_DAYS + 21;
/// Where the plan ends: when the pigment has settled.
pub const FINAL_LOOK_AFTER_DAYS: i64 = SETTLED_AFTER_DAYS;

/// The plan's dates, from the first session to the final look.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Each session's day, in order (1 to 4 of them).
    pub sessions: Vec<Date>,
    /// About when the pigment has faded and settled (the end of the 2 to 3 weeks of
    /// settling after the healing week).
    pub settled: Date,
    /// Where the plan (and its picture) ends: the settled date.
    pub final_look: Date,
}

impl Plan {
    /// The plan for `sessions` (clamped to 1–4) sessions from `start`.
    pub fn new(start: Date, sessions: u8) -> Plan {
        let sessions: Vec<Date> = (0..i64::from(sessions.clamp(1, 4)))
            .map(|n| start.add_days(n * DAYS_BETWEEN_SESSIONS))
            .collect();
        let last = sessions.last().copied().unwrap_or(start);
        Plan {
            sessions,
            settled: last.add_days(SETTLED_AFTER_DAYS),
            final_look: last.add_days(FINAL_LOOK_AFTER_DAYS),
        }
    }

    /// The first session's day.
    pub fn start(&self) -> Date {
        self.sessions.first().copied().unwrap_or(self.final_look)
    }

    /// The last session's day.
    pub fn last_session(&self) -> Date {
        self.sessions.last().copied().unwrap_or(self.final_look)
    }

    /// Days from the first session to `date`.
    pub fn day_of(&self, date: Date) -> i64 {
        date.to_days() - self.start().to_days()
    }

    /// Days from the first session to the final look: the picture's time axis.
    pub fn span_days(&self) -> i64 {
        self.day_of(self.final_look)
    }
}

/// Session dates only.
pub fn session_dates(start: Date, sessions: u8) -> Vec<Date> {
    Plan::new(start, sessions).sessions
}
