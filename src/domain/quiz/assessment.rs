//! From a complete set of answers to an outcome, its reasons and the likely sessions: the
//! rules table ([`super::rules`]) applied, the most cautious matching row deciding.

use crate::domain::copy::text::Key;
use crate::domain::quiz::answers::{Answer, Answers, Motivation};
use crate::domain::quiz::outcome::{Outcome, Procedure, SessionRange};
use crate::domain::quiz::questions::{validate, QuizError};
use crate::domain::quiz::rules::matching;

/// One reason on the outcome page and the answers that produced it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reason {
    pub text: Key,
    pub gives: Outcome,
    pub because: &'static [Answer],
}

/// The result of the self-assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub outcome: Outcome,
    /// Most cautious first.
    pub reasons: Vec<Reason>,
    pub sessions: SessionRange,
    /// What the visitor asked about.
    pub procedure: Procedure,
}

/// Assesses a complete, consistent set of answers.
pub fn assess(answers: &Answers) -> Result<Assessment, QuizError> {
    validate(answers)?;
    // Most cautious first; rows of equal weight keep the table's order.
    let reasons: Vec<Reason> = Outcome::ALL
        .iter()
        .rev()
        .flat_map(|level| {
            matching(answers)
                .filter(move |rule| rule.gives == *level)
                .map(|rule| Reason {
                    text: rule.reason,
                    gives: rule.gives,
                    because: rule.when,
                })
        })
        .collect();
    let outcome = reasons.first().map_or(Outcome::GreatCandidate, |r| r.gives);
    Ok(Assessment {
        outcome,
        reasons,
        sessions: likely_sessions(answers),
        procedure: Procedure::of(answers),
    })
}

/// docs/content.md §2: "Usually **3 to 4 sessions**; at least **2** for a treatment; **1** may be
/// enough for a touch-up." The article gives no other count for any area, so every
/// treatment is likely 3 to 4 sessions, and a touch-up 1.
pub fn likely_sessions(answers: &Answers) -> SessionRange {
    if answers.motivation == Some(Motivation::TouchUpOfEarlierWork) {
        return SessionRange { min: 1, max: 1 };
    }
    SessionRange { min: 3, max: 4 }
}
