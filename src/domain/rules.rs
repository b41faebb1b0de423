//! The candidacy rules as a table a reviewer can read beside `CONTENT.md` §1. Each row: the
//! answers that trigger it (all of them), the outcome it calls for at the least, the reason
//! the visitor reads, and the line of `CONTENT.md` it implements.

use super::answers::{
    Answer, AreaDetail as D, BodyArea, HairLength as L, HairLossPattern as P, KeloidHistory as K,
    MakeupEase as M, Motivation as W, SkinCondition as C, SkinTone as T,
};
use super::outcome::Outcome::{self, *};
use super::text::Key;

/// One row of the rule table.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// Every one of these answers must have been given.
    pub when: &'static [Answer],
    /// The outcome this row calls for at the least; the most cautious row wins.
    pub gives: Outcome,
    /// What the visitor reads.
    pub reason: Key,
    /// The `CONTENT.md` line the row implements.
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
        "§1 Good: receding hairline (front)"),
    rule(&[Pat(P::CrownThinning)], GreatCandidate, Key::ReasonCrown,
        "§1 Good: crown balding"),
    rule(&[Pat(P::HairlineAndCrown)], GreatCandidate, Key::ReasonHairlineAndCrown,
        "§1 Good: crown balding; receding hairline (front)"),
    rule(&[Pat(P::NearCompleteLoss)], GreatCandidate, Key::ReasonNearCompleteLoss,
        "§1 Good: complete or near-complete hair loss; a bald person can get the look of a buzz cut"),
    rule(&[Pat(P::WideningPart)], GreatCandidate, Key::ReasonThinning,
        "§1 Good: thinning hair, at any age, any severity, any skin tone"),
    rule(&[Pat(P::DiffuseThinning)], GreatCandidate, Key::ReasonThinning,
        "§1 Good: thinning hair, at any age, any severity, any skin tone"),
    rule(&[Pat(P::ScarOrBirthmarkOnly)], GreatCandidate, Key::ReasonScalpScar,
        "§1 Good: scarring on the scalp, disfiguring birthmarks"),
    // Hair length.
    rule(&[Answer::HairLength(L::ShavedOrBuzzed)], GreatCandidate, Key::ReasonShaved,
        "§1 Good: short or shaved hair are the best candidates"),
    rule(&[Answer::HairLength(L::ShortHappyToKeepShort)], GreatCandidate, Key::ReasonShort,
        "§1 Good: short or shaved hair are the best candidates"),
    rule(&[Answer::HairLength(L::LongerWantToKeep)], GoodCandidateWithNotes, Key::ReasonLongHair,
        "§1 Good: longer hair: density under thinning hair, a less ideal fit"),
    // Skin right now: not now, not never.
    rule(&[Skin(C::ProneButCalmNow)], GoodCandidateWithNotes, Key::ReasonProneButCalm,
        "§1 Wait: acne or psoriasis during an outbreak or flare-up (calm now: plan around it)"),
    rule(&[Skin(C::AcneFlareUp)], WaitForFlareUp, Key::ReasonAcneFlareUp,
        "§1 Wait: scalp acne during an outbreak; wait until it has settled"),
    rule(&[Skin(C::PsoriasisOrOtherFlareUp)], WaitForFlareUp, Key::ReasonPsoriasisFlareUp,
        "§1 Wait: psoriasis or a sensitive skin condition during a flare-up"),
    // Keloids, and skin tone only with a keloid history.
    rule(&[Keloid(K::HadKeloid), Tone(T::Darker)], TalkToSpecialist, Key::ReasonKeloidDarkerSkin,
        "§1 Specialist: darker skin and a past keloid"),
    rule(&[Keloid(K::HadKeloid), Tone(T::Medium)], TalkToSpecialist, Key::ReasonKeloidHistory,
        "§1 Specialist: a keloid history alone is worth a specialist's look"),
    rule(&[Keloid(K::HadKeloid), Tone(T::Lighter)], TalkToSpecialist, Key::ReasonKeloidHistory,
        "§1 Specialist: a keloid history alone is worth a specialist's look"),
    rule(&[Keloid(K::HadKeloid), Tone(T::PreferNotToSay)], TalkToSpecialist,
        Key::ReasonKeloidHistory,
        "§1 Specialist: a keloid history alone is worth a specialist's look"),
    rule(&[Keloid(K::NotSure)], GoodCandidateWithNotes, Key::ReasonKeloidNotSure,
        "§1 Specialist: a keloid history is worth a specialist's look (unsure: show them)"),
    // Motivation.
    rule(&[Why(W::CurrentTrend)], GoodCandidateWithNotes, Key::ReasonTrend,
        "§1 Wait: chosen because it is a current trend; it is long-lasting, trends come and go"),
    rule(&[Why(W::TouchUpOfEarlierWork)], GreatCandidate, Key::ReasonTouchUp,
        "§2: 1 session may be enough for a touch-up"),
    // Beyond the scalp.
    rule(&[Detail(D::BrowsThinnedWithAge)], GreatCandidate, Key::ReasonBrowsAge,
        "§1 Good: eyebrows thinned by age or medical treatment"),
    rule(&[Detail(D::BrowsThinnedByTreatment)], GreatCandidate, Key::ReasonBrowsTreatment,
        "§1 Good: eyebrows thinned by age or medical treatment"),
    rule(&[Detail(D::BrowsFullerByChoice)], GreatCandidate, Key::ReasonBrowsChoice,
        "§1 Good, non-medical: wants fuller brows/lashes"),
    rule(&[Detail(D::LipsDarkerOrDefined)], GreatCandidate, Key::ReasonLips,
        "§1 Good, non-medical: darker or more defined lips"),
    rule(&[Detail(D::LashLineFuller)], GreatCandidate, Key::ReasonLashes,
        "§1 Good, non-medical: wants fuller brows/lashes"),
    rule(&[Detail(D::AreolaAfterSurgery)], GreatCandidate, Key::ReasonAreolaReconstruction,
        "§1 Good: areola reconstruction"),
    rule(&[Detail(D::AreolaOtherReason)], GoodCandidateWithNotes, Key::ReasonAreolaOther,
        "§1 Good: areola reconstruction (other goals: discuss at the consultation)"),
    rule(&[Detail(D::VitiligoOnFace)], GreatCandidate, Key::ReasonVitiligo,
        "§1 Good: vitiligo (covering white patches)"),
    rule(&[Detail(D::VitiligoOnBody)], GreatCandidate, Key::ReasonVitiligo,
        "§1 Good: vitiligo (covering white patches)"),
    rule(&[Detail(D::ScarAfterFacialReconstruction)], GreatCandidate, Key::ReasonFacialScar,
        "§1 Good: scars after facial reconstruction"),
    rule(&[Detail(D::ScarOnBody)], GreatCandidate, Key::ReasonBodyScar,
        "§1 Good, non-medical: wants to hide scars on the body"),
    rule(&[Answer::Area(BodyArea::Eyebrows)], GreatCandidate, Key::ReasonFaceChangesWithAge,
        "§1 Wait: ageing changes the face over time (facial/cosmetic work)"),
    rule(&[Answer::Area(BodyArea::LipsOrLashes)], GreatCandidate, Key::ReasonFaceChangesWithAge,
        "§1 Wait: ageing changes the face over time (facial/cosmetic work)"),
    rule(&[Makeup(M::DislikeDailyMakeup)], GreatCandidate, Key::ReasonNoDailyMakeup,
        "§1 Good, non-medical: dislikes daily makeup"),
    rule(&[Makeup(M::AllergicToCosmetics)], GreatCandidate, Key::ReasonAllergy,
        "§1 Good: people allergic to conventional cosmetics"),
    rule(&[Makeup(M::TremorOrPoorVision)], GreatCandidate, Key::ReasonTremorOrVision,
        "§1 Good + Corrections: hand tremors or poor vision make daily makeup hard: candidates"),
];

/// The rows whose answers were all given.
pub fn matching(answers: &super::answers::Answers) -> impl Iterator<Item = &'static Rule> + '_ {
    RULES
        .iter()
        .filter(move |rule| rule.when.iter().all(|given| answers.contains(*given)))
}
