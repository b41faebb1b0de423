//! Which phrase names each question, answer and outcome.

use super::answers::Answers;
use super::answers::{
    Answer, AreaDetail as D, BodyArea as A, HairLength as L, HairLossPattern as P,
    KeloidHistory as K, MakeupEase as M, Motivation as W, PatternScale, QuestionId,
    SkinCondition as C, SkinTone as T,
};
use super::outcome::Outcome;
use super::text::Key;

/// The heading of a question; the detail question depends on the area chosen.
pub fn question_heading(question: QuestionId, answers: &Answers) -> Key {
    match question {
        QuestionId::Pattern => Key::QPattern,
        QuestionId::Area => Key::QArea,
        QuestionId::AreaDetail => match answers.area {
            Some(A::LipsOrLashes) => Key::QDetailLips,
            Some(A::Areola) => Key::QDetailAreola,
            Some(A::Vitiligo) => Key::QDetailVitiligo,
            Some(A::Scars) => Key::QDetailScars,
            Some(A::Eyebrows) | None => Key::QDetailBrows,
        },
        QuestionId::MakeupEase => Key::QMakeup,
        QuestionId::HairLength => Key::QHairLength,
        QuestionId::SkinCondition => match answers.pattern {
            Some(P::OtherArea) => Key::QSkinArea,
            _ => Key::QSkinScalp,
        },
        QuestionId::Keloid => Key::QKeloid,
        QuestionId::SkinTone => Key::QSkinTone,
        QuestionId::Motivation => Key::QMotivation,
    }
}

/// A hint under the heading, where one helps.
pub fn question_hint(question: QuestionId) -> Option<Key> {
    match question {
        QuestionId::Pattern => Some(Key::QPatternHint),
        QuestionId::SkinTone => Some(Key::QSkinToneHint),
        _ => None,
    }
}

pub fn answer_label(answer: Answer) -> Key {
    match answer {
        Answer::Pattern(p) => match p {
            P::RecedingHairline => Key::OptRecedingHairline,
            P::CrownThinning => Key::OptCrownThinning,
            P::HairlineAndCrown => Key::OptHairlineAndCrown,
            P::NearCompleteLoss => Key::OptNearCompleteLoss,
            P::WideningPart => Key::OptWideningPart,
            P::DiffuseThinning => Key::OptDiffuseThinning,
            P::ScarOrBirthmarkOnly => Key::OptScarOrBirthmark,
            P::OtherArea => Key::OptOtherArea,
        },
        Answer::Area(a) => match a {
            A::Eyebrows => Key::OptEyebrows,
            A::LipsOrLashes => Key::OptLipsOrLashes,
            A::Areola => Key::OptAreola,
            A::Vitiligo => Key::OptVitiligo,
            A::Scars => Key::OptScars,
        },
        Answer::AreaDetail(d) => match d {
            D::BrowsThinnedWithAge => Key::OptBrowsAge,
            D::BrowsThinnedByTreatment => Key::OptBrowsTreatment,
            D::BrowsFullerByChoice => Key::OptBrowsChoice,
            D::LipsDarkerOrDefined => Key::OptLips,
            D::LashLineFuller => Key::OptLashes,
            D::AreolaAfterSurgery => Key::OptAreolaSurgery,
            D::AreolaOtherReason => Key::OptAreolaOther,
            D::VitiligoOnFace => Key::OptVitiligoFace,
            D::VitiligoOnBody => Key::OptVitiligoBody,
            D::ScarAfterFacialReconstruction => Key::OptScarFacial,
            D::ScarOnBody => Key::OptScarBody,
        },
        Answer::MakeupEase(m) => match m {
            M::DislikeDailyMakeup => Key::OptDislikeMakeup,
            M::AllergicToCosmetics => Key::OptAllergic,
            M::TremorOrPoorVision => Key::OptTremorVision,
            M::NoneOfThese => Key::OptNoneOfThese,
        },
        Answer::HairLength(l) => match l {
            L::ShavedOrBuzzed => Key::OptShaved,
            L::ShortHappyToKeepShort => Key::OptShort,
            L::LongerWantToKeep => Key::OptLonger,
        },
        Answer::SkinCondition(c) => match c {
            C::NoCondition => Key::OptNoCondition,
            C::ProneButCalmNow => Key::OptProneCalm,
            C::AcneFlareUp => Key::OptAcneFlare,
            C::PsoriasisOrOtherFlareUp => Key::OptPsoriasisFlare,
        },
        Answer::Keloid(k) => match k {
            K::Never => Key::OptKeloidNever,
            K::HadKeloid => Key::OptKeloidYes,
            K::NotSure => Key::OptKeloidNotSure,
        },
        Answer::SkinTone(t) => match t {
            T::Lighter => Key::OptToneLighter,
            T::Medium => Key::OptToneMedium,
            T::Darker => Key::OptToneDarker,
            T::PreferNotToSay => Key::OptTonePreferNot,
        },
        Answer::Motivation(w) => match w {
            W::ConsideredForAWhile => Key::OptConsidered,
            W::TouchUpOfEarlierWork => Key::OptTouchUp,
            W::CurrentTrend => Key::OptTrend,
        },
    }
}

pub fn scale_label(scale: PatternScale) -> Key {
    match scale {
        PatternScale::Norwood => Key::ScaleNorwood,
        PatternScale::Ludwig => Key::ScaleLudwig,
        PatternScale::Other => Key::ScaleOther,
    }
}

pub fn outcome_title(outcome: Outcome) -> Key {
    match outcome {
        Outcome::GreatCandidate => Key::OutcomeGreat,
        Outcome::GoodCandidateWithNotes => Key::OutcomeGood,
        Outcome::WaitForFlareUp => Key::OutcomeWait,
        Outcome::TalkToSpecialist => Key::OutcomeSpecialist,
    }
}

pub fn outcome_summary(outcome: Outcome) -> Key {
    match outcome {
        Outcome::GreatCandidate => Key::SummaryGreat,
        Outcome::GoodCandidateWithNotes => Key::SummaryGood,
        Outcome::WaitForFlareUp => Key::SummaryWait,
        Outcome::TalkToSpecialist => Key::SummarySpecialist,
    }
}

/// The notes every result carries; not configurable.
pub const FIXED_NOTES: [Key; 3] = [
    Key::NoteSelfAssessment,
    Key::NoteNoHairGrowth,
    Key::NoteConsultation,
];
