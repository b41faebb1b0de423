//! From a complete set of answers to an outcome, its reasons and the likely sessions.

use super::answers::{Answer, Answers, HairLossPattern, Motivation, PatternScale};
use super::quiz::{validate, QuizError};
use super::rules::matching;
use super::text::Key;

/// The four outcomes, least cautious first: the most cautious matching rule decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    GreatCandidate,
    GoodCandidateWithNotes,
    WaitForFlareUp,
    TalkToSpecialist,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [
        Outcome::GreatCandidate,
        Outcome::GoodCandidateWithNotes,
        Outcome::WaitForFlareUp,
        Outcome::TalkToSpecialist,
    ];

    /// A stable name for the category, the only part of a result a marketer may receive
    /// in an event (and only when they opt in).
    pub fn category(self) -> &'static str {
        match self {
            Outcome::GreatCandidate => "great-candidate",
            Outcome::GoodCandidateWithNotes => "good-candidate-with-notes",
            Outcome::WaitForFlareUp => "wait-for-flare-up",
            Outcome::TalkToSpecialist => "talk-to-specialist",
        }
    }
}

/// How many sessions a treatment likely takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionRange {
    pub min: u8,
    pub max: u8,
}

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
    })
}

/// CONTENT.md §2: usually 3 to 4 sessions; at least 2 for a treatment (a small area);
/// 1 may be enough for a touch-up.
pub fn likely_sessions(answers: &Answers) -> SessionRange {
    if answers.motivation == Some(Motivation::TouchUpOfEarlierWork) {
        return SessionRange { min: 1, max: 1 };
    }
    match answers.pattern.map(HairLossPattern::scale) {
        Some(PatternScale::Norwood | PatternScale::Ludwig) => SessionRange { min: 3, max: 4 },
        _ => SessionRange { min: 2, max: 2 },
    }
}
