//! What a self-assessment can conclude: the four outcomes, the procedure the visitor asked
//! about and the likely number of sessions (the rules table gives outcomes;
//! [`super::assessment`] puts a visitor's answers through it).

use crate::domain::quiz::answers::{Answers, AreaDetail, BodyArea, HairLossPattern};

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

/// What the visitor asked about: scalp micropigmentation, or micropigmentation of another
/// area (docs/content.md §1 "Beyond the scalp"). Every phrase that names the procedure names
/// this one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Procedure {
    Scalp,
    Eyebrows,
    Lips,
    LashLine,
    Areola,
    Vitiligo,
    Scars,
}

impl Procedure {
    pub const ALL: [Procedure; 7] = [
        Procedure::Scalp,
        Procedure::Eyebrows,
        Procedure::Lips,
        Procedure::LashLine,
        Procedure::Areola,
        Procedure::Vitiligo,
        Procedure::Scars,
    ];

    /// The procedure the answers ask about: the scalp unless the visitor chose another
    /// area; lips or lash line by the detail chosen.
    pub fn of(answers: &Answers) -> Procedure {
        if answers.pattern != Some(HairLossPattern::OtherArea) {
            return Procedure::Scalp;
        }
        match answers.area {
            Some(BodyArea::Eyebrows) => Procedure::Eyebrows,
            Some(BodyArea::LipsOrLashes)
                if answers.area_detail == Some(AreaDetail::LashLineFuller) =>
            {
                Procedure::LashLine
            }
            Some(BodyArea::LipsOrLashes) => Procedure::Lips,
            Some(BodyArea::Areola) => Procedure::Areola,
            Some(BodyArea::Vitiligo) => Procedure::Vitiligo,
            Some(BodyArea::Scars) => Procedure::Scars,
            // Not reachable with complete answers (`validate` requires the area).
            None => Procedure::Scalp,
        }
    }

    pub fn is_scalp(self) -> bool {
        self == Procedure::Scalp
    }

    /// The key of its price in the `area_prices` option; none for the scalp, whose prices
    /// are the city table and `clinic_price`.
    pub fn price_key(self) -> Option<&'static str> {
        match self {
            Procedure::Scalp => None,
            Procedure::Eyebrows => Some("eyebrows"),
            Procedure::Lips => Some("lips"),
            Procedure::LashLine => Some("lash-line"),
            Procedure::Areola => Some("areola"),
            Procedure::Vitiligo => Some("vitiligo"),
            Procedure::Scars => Some("scars"),
        }
    }

    /// The procedure whose `area_prices` key this is (`lash_line` read as `lash-line`).
    pub fn from_price_key(key: &str) -> Option<Procedure> {
        let key = key.trim().replace('_', "-");
        Procedure::ALL
            .into_iter()
            .find(|p| p.price_key() == Some(key.as_str()))
    }
}

/// How many sessions a treatment likely takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionRange {
    pub min: u8,
    pub max: u8,
}
