//! Saved progress, only when the visitor opts in: the answers as position digits (no answer
//! names, no condition words: nothing a tag manager reading storage could grep), the step,
//! and an expiry at most 24 hours out. Encoded, not encrypted: the protection is that
//! nothing is stored unless the visitor asks, and it expires.
//!
//! What is stored is [`Stored`], a serde type: the browser turns it into and from the text
//! in `localStorage` with `JSON.stringify`/`JSON.parse`; text that does not read as one is
//! [`ProgressError::Corrupt`].

use serde::{Deserialize, Serialize};

use crate::domain::quiz::answers::{Answers, QuestionId};
use crate::domain::quiz::questions::{options, path, record, validate, Step};

/// The stored format's version; progress of another version is dropped.
pub const VERSION: u8 = 1;
/// The `localStorage` key, namespaced.
pub const KEY: &str = "smp-widget:progress";
/// How long progress is kept: 24 hours from the opt-in.
pub const LIFETIME_MS: u64 = 24 * 60 * 60 * 1000;

/// Why stored progress cannot be restored (the caller then deletes it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgressError {
    /// Not the stored shape.
    Corrupt,
    /// Stored by another version of the widget.
    OtherVersion,
    /// Past its expiry, or with an expiry further out than any save could give.
    Expired,
    /// Answers or a step the quiz could not have reached.
    Inconsistent,
}

/// Progress as stored: `{"v":1,"expires":…,"p":"…","s":…}`. No answer names, no
/// condition words: the answers as one digit per question (its option's position, `0` for
/// none), the step as a number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    /// [`VERSION`].
    pub v: u8,
    /// When it expires, in ms since the epoch.
    pub expires: u64,
    /// One digit per question, in [`QuestionId::ALL`] order.
    pub p: String,
    /// The step: a question's index in [`QuestionId::ALL`], 9 for the outcome, 10 for the
    /// start.
    pub s: u8,
}

fn step_code(step: Step) -> u8 {
    match step {
        Step::Start => 10,
        Step::Outcome => 9,
        Step::Question(q) => QuestionId::ALL
            .iter()
            .position(|x| *x == q)
            .map_or(10, |i| i as u8),
    }
}

/// Progress read back from storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// The answers given so far.
    pub answers: Answers,
    /// Where the visitor was.
    pub step: Step,
    /// When it expires (ms since the epoch), as fixed when the visitor opted in.
    pub expires_ms: u64,
}

/// When progress kept from `now_ms` on expires: 24 hours later. Fixed once, when the
/// visitor opts in; saving again later keeps it, so a visitor coming back every day is not
/// remembered for ever.
pub fn expiry_from(now_ms: u64) -> u64 {
    now_ms.saturating_add(LIFETIME_MS)
}

/// What to store for these answers and step, valid until `expires_ms`.
pub fn encode(answers: &Answers, step: Step, expires_ms: u64) -> Stored {
    let mut digits = String::with_capacity(QuestionId::ALL.len());
    for question in QuestionId::ALL {
        let at = answers
            .get(question)
            .and_then(|given| options(question, answers).iter().position(|o| *o == given))
            .map_or(0, |i| i + 1);
        digits.push(char::from(b'0' + at as u8));
    }
    Stored {
        v: VERSION,
        expires: expires_ms,
        p: digits,
        s: step_code(step),
    }
}

/// Reads stored progress back; anything wrong is an error (and the caller deletes it).
pub fn decode(stored: &Stored, now_ms: u64) -> Result<Saved, ProgressError> {
    if stored.v != VERSION {
        return Err(ProgressError::OtherVersion);
    }
    let expires = stored.expires;
    if expires <= now_ms || expires > expiry_from(now_ms) {
        return Err(ProgressError::Expired);
    }
    let digits = &stored.p;
    if digits.len() != QuestionId::ALL.len() {
        return Err(ProgressError::Corrupt);
    }
    let mut answers = Answers::default();
    for (question, digit) in QuestionId::ALL.into_iter().zip(digits.bytes()) {
        let at = digit
            .checked_sub(b'0')
            .filter(|d| *d <= 9)
            .ok_or(ProgressError::Corrupt)?;
        if at == 0 {
            continue;
        }
        let choice = *options(question, &answers)
            .get(usize::from(at - 1))
            .ok_or(ProgressError::Inconsistent)?;
        record(&mut answers, choice).map_err(|_| ProgressError::Inconsistent)?;
    }
    let step = match stored.s {
        10 => Step::Start,
        9 => Step::Outcome,
        i => Step::Question(
            *QuestionId::ALL
                .get(usize::from(i))
                .ok_or(ProgressError::Corrupt)?,
        ),
    };
    let consistent = match step {
        Step::Start => true,
        Step::Outcome => validate(&answers).is_ok(),
        Step::Question(q) => path(&answers).contains(&q),
    };
    if !consistent {
        return Err(ProgressError::Inconsistent);
    }
    Ok(Saved {
        answers,
        step,
        expires_ms: expires,
    })
}
