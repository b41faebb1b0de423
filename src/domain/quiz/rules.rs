//! The candidacy rules as a table a reviewer can read beside `docs/content.md` §1. Each row: the
//! answers that trigger it (all of them), the outcome it calls for at the least, the reason
//! the visitor reads, and the words of `docs/content.md` it implements, quoted.

use crate::domain::copy::text::Key;
use crate::domain::quiz::answers::{
    Answer, AreaDetail as D, BodyArea, HairLength as L, HairLossPattern as P, KeloidHistory as K,
    MakeupEase as M, Motivation as W, SkinCondition as C, SkinTone as T,
};
use crate::domain::quiz::outcome::Outcome::{self, *};

/// One row of the rule table.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// Every one of these answers must have been given.
    pub when: &'static [Answer],
    /// The outcome this row calls for at the least; the most cautious row wins.
    pub gives: Outcome,
    /// What the visitor reads.
    pub reason: Key,
    /// The words of `docs/content.md` the row implements, verbatim (spaces and line breaks
    /// aside): `tests/content_trace.rs` finds each in the file.
    pub source: &'static str,
}

const fn rule(when: &'static [Answer], gives: Outcome, reason: Key, source: &'static str) -> Rule {
    Rule {
        when,
        gives,
        reason,
        source,
    }
}

use Answer::{
    AreaDetail as Detail, Keloid, MakeupEase as Makeup, Motivation as Why, Pattern as Pat,
    SkinCondition as Skin, SkinTone as Tone,
};

#[rustfmt::skip]
pub const RULES: &[Rule] = &[
    // Scalp patterns: all good candidates.
    rule(&[Pat(P::RecedingHairline)], GreatCandidate, Key::ReasonHairline,
        "receding hairline (front)"),
    rule(&[Pat(P::CrownThinning)], GreatCandidate, Key::ReasonCrown,
        "Crown balding"),
    rule(&[Pat(P::HairlineAndCrown)], GreatCandidate, Key::ReasonHairlineAndCrown,
        "Crown balding; receding hairline (front)"),
    rule(&[Pat(P::NearCompleteLoss)], GreatCandidate, Key::ReasonNearCompleteLoss,
        "complete or near-complete hair loss"),
    rule(&[Pat(P::WideningPart)], GreatCandidate, Key::ReasonThinning,
        "Thinning hair or hair falling out, at any age, any severity, any skin tone."),
    rule(&[Pat(P::DiffuseThinning)], GreatCandidate, Key::ReasonThinning,
        "Thinning hair or hair falling out, at any age, any severity, any skin tone."),
    rule(&[Pat(P::ScarOrBirthmarkOnly)], GreatCandidate, Key::ReasonScalpScar,
        "Scarring on the scalp (for example after surgery or a hair transplant), disfiguring birthmarks."),
    // Hair length.
    rule(&[Answer::HairLength(L::ShavedOrBuzzed)], GreatCandidate, Key::ReasonShaved,
        "People who keep their hair short or shaved are the *best* candidates"),
    rule(&[Answer::HairLength(L::ShortHappyToKeepShort)], GreatCandidate, Key::ReasonShort,
        "People who keep their hair short or shaved are the *best* candidates"),
    rule(&[Answer::HairLength(L::LongerWantToKeep)], GoodCandidateWithNotes, Key::ReasonLongHair,
        "Longer hair: SMP adds density under thinning hair, but it is a less ideal fit (say so, don't refuse)."),
    // Skin right now: not now, not never.
    rule(&[Skin(C::ProneButCalmNow)], GoodCandidateWithNotes, Key::ReasonProneButCalm,
        "wait until it has settled (pigment is hard to place on irritated skin)"),
    rule(&[Skin(C::AcneFlareUp)], WaitForFlareUp, Key::ReasonAcneFlareUp,
        "Scalp acne, or a sensitive skin condition such as psoriasis"),
    rule(&[Skin(C::PsoriasisOrOtherFlareUp)], WaitForFlareUp, Key::ReasonPsoriasisFlareUp,
        "Scalp acne, or a sensitive skin condition such as psoriasis"),
    // Keloids, and skin tone only with a keloid history.
    rule(&[Keloid(K::HadKeloid), Tone(T::Darker)], TalkToSpecialist, Key::ReasonKeloidDarkerSkin,
        "Darker skin **and** a past keloid: SMP may not be the best option — a specialist must assess first."),
    rule(&[Keloid(K::HadKeloid), Tone(T::Medium)], TalkToSpecialist, Key::ReasonKeloidHistory,
        "A keloid history alone is also worth a specialist's look."),
    rule(&[Keloid(K::HadKeloid), Tone(T::Lighter)], TalkToSpecialist, Key::ReasonKeloidHistory,
        "A keloid history alone is also worth a specialist's look."),
    rule(&[Keloid(K::HadKeloid), Tone(T::PreferNotToSay)], TalkToSpecialist,
        Key::ReasonKeloidHistory,
        "A keloid history alone is also worth a specialist's look."),
    rule(&[Keloid(K::NotSure)], GoodCandidateWithNotes, Key::ReasonKeloidNotSure,
        "A keloid history alone is also worth a specialist's look."),
    // Motivation.
    rule(&[Why(W::CurrentTrend)], GoodCandidateWithNotes, Key::ReasonTrend,
        "Choosing it because it is a current trend: it is long-lasting; trends come and go — think it over."),
    rule(&[Why(W::TouchUpOfEarlierWork)], GreatCandidate, Key::ReasonTouchUp,
        "**1** may be enough for a touch-up."),
    // Beyond the scalp.
    rule(&[Detail(D::BrowsThinnedWithAge)], GreatCandidate, Key::ReasonBrowsAge,
        "eyebrows thinned by age or medical treatment"),
    rule(&[Detail(D::BrowsThinnedByTreatment)], GreatCandidate, Key::ReasonBrowsTreatment,
        "eyebrows thinned by age or medical treatment"),
    rule(&[Detail(D::BrowsFullerByChoice)], GreatCandidate, Key::ReasonBrowsChoice,
        "wants fuller brows/lashes"),
    rule(&[Detail(D::LipsDarkerOrDefined)], GreatCandidate, Key::ReasonLips,
        "darker or more defined lips"),
    rule(&[Detail(D::LashLineFuller)], GreatCandidate, Key::ReasonLashes,
        "wants fuller brows/lashes"),
    rule(&[Detail(D::AreolaAfterSurgery)], GreatCandidate, Key::ReasonAreolaReconstruction,
        "areola reconstruction"),
    rule(&[Detail(D::AreolaOtherReason)], GoodCandidateWithNotes, Key::ReasonAreolaOther,
        "areola reconstruction"),
    rule(&[Detail(D::VitiligoOnFace)], GreatCandidate, Key::ReasonVitiligo,
        "vitiligo (covering white patches)"),
    rule(&[Detail(D::VitiligoOnBody)], GreatCandidate, Key::ReasonVitiligo,
        "vitiligo (covering white patches)"),
    rule(&[Detail(D::ScarAfterFacialReconstruction)], GreatCandidate, Key::ReasonFacialScar,
        "scars after facial reconstruction"),
    rule(&[Detail(D::ScarOnBody)], GreatCandidate, Key::ReasonBodyScar,
        "wants to hide scars on the body"),
    rule(&[Answer::Area(BodyArea::Eyebrows)], GreatCandidate, Key::ReasonFaceChangesWithAge,
        "Ageing changes the face over time (relevant to facial/cosmetic work)."),
    rule(&[Answer::Area(BodyArea::LipsOrLashes)], GreatCandidate, Key::ReasonFaceChangesWithAge,
        "Ageing changes the face over time (relevant to facial/cosmetic work)."),
    rule(&[Makeup(M::DislikeDailyMakeup)], GreatCandidate, Key::ReasonNoDailyMakeup,
        "dislikes daily makeup"),
    rule(&[Makeup(M::AllergicToCosmetics)], GreatCandidate, Key::ReasonAllergy,
        "people allergic to conventional cosmetics"),
    rule(&[Makeup(M::TremorOrPoorVision)], GreatCandidate, Key::ReasonTremorOrVision,
        "people whose hand tremors (severe arthritis, Parkinson's) or poor vision (cataracts, macular degeneration) make daily makeup hard."),
];

/// The rows whose answers were all given.
pub fn matching(
    answers: &crate::domain::quiz::answers::Answers,
) -> impl Iterator<Item = &'static Rule> + '_ {
    RULES
        .iter()
        .filter(move |rule| rule.when.iter().all(|given| answers.contains(*given)))
}
