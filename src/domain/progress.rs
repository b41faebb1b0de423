//! Saved progress, only when the visitor opts in: the answers as position digits (no answer
//! names, no condition words: nothing a tag manager reading storage could grep), the step,
//! and an expiry at most 24 hours out. Encoded, not encrypted: the protection is that
//! nothing is stored unless the visitor asks, and it expires.

use super::answers::{Answers, QuestionId};
use super::json::Json;
use super::quiz::{options, path, record, validate, Step};

pub const VERSION: u8 = 1;
pub const KEY: &str = "smp-widget:progress";
pub const LIFETIME_MS: u64 = 24 * 60 * 60 * 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgressError {
    Corrupt,
    OtherVersion,
    Expired,
    Inconsistent,
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

/// The stored text for these answers and step, valid until `expires_ms`.
pub fn encode(answers: &Answers, step: Step, expires_ms: u64) -> String {
    let mut digits = String::with_capacity(QuestionId::ALL.len());
    for question in QuestionId::ALL {
        let at = answers
            .get(question)
            .and_then(|given| options(question, answers).iter().position(|o| *o == given))
            .map_or(0, |i| i + 1);
        digits.push(char::from(b'0' + at as u8));
    }
    let mut out = String::with_capacity(64);
    out.push_str("{\"v\":");
    out.push_str(&VERSION.to_string());
    out.push_str(",\"expires\":");
    out.push_str(&expires_ms.to_string());
    out.push_str(",\"p\":\"");
    out.push_str(&digits);
    out.push_str("\",\"s\":");
    out.push_str(&step_code(step).to_string());
    out.push('}');
    out
}

/// Reads stored progress back; anything wrong is an error (and the caller deletes it).
pub fn decode(text: &str, now_ms: u64) -> Result<Saved, ProgressError> {
    let json = Json::parse(text).ok_or(ProgressError::Corrupt)?;
    let number = |key: &str| match json.get(key) {
        Json::Number(n) if *n >= 0.0 => Ok(*n),
        _ => Err(ProgressError::Corrupt),
    };
    if number("v")? != f64::from(VERSION) {
        return Err(ProgressError::OtherVersion);
    }
    let expires = number("expires")?;
    if expires <= now_ms as f64 || expires > expiry_from(now_ms) as f64 {
        return Err(ProgressError::Expired);
    }
    let digits = json.get("p").as_str().ok_or(ProgressError::Corrupt)?;
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
    let step = match number("s")? as u8 {
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
        expires_ms: expires as u64,
    })
}
