//! Which phrase names each question, answer and outcome.

use crate::domain::copy::lang::Lang;
use crate::domain::copy::text::{fill, Key};
use crate::domain::pricing::estimate::{Estimate, RangeSource};
use crate::domain::pricing::prices::PriceBasis;
use crate::domain::quiz::answers::Answers;
use crate::domain::quiz::answers::{
    Answer, AreaDetail as D, BodyArea as A, HairLength as L, HairLossPattern as P,
    KeloidHistory as K, MakeupEase as M, Motivation as W, PatternScale, QuestionId,
    SkinCondition as C, SkinTone as T,
};
use crate::domain::quiz::outcome::{Outcome, Procedure, SessionRange};

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

/// The result's title, naming what the visitor asked about.
pub fn outcome_title(outcome: Outcome, procedure: Procedure) -> Key {
    use Procedure as Pr;
    match (outcome, procedure) {
        (Outcome::GreatCandidate, Pr::Scalp) => Key::OutcomeGreat,
        (Outcome::GreatCandidate, Pr::Eyebrows) => Key::OutcomeGreatBrows,
        (Outcome::GreatCandidate, Pr::Lips) => Key::OutcomeGreatLips,
        (Outcome::GreatCandidate, Pr::LashLine) => Key::OutcomeGreatLashLine,
        (Outcome::GreatCandidate, Pr::Areola) => Key::OutcomeGreatAreola,
        (Outcome::GreatCandidate, Pr::Vitiligo) => Key::OutcomeGreatVitiligo,
        (Outcome::GreatCandidate, Pr::Scars) => Key::OutcomeGreatScars,
        (Outcome::GoodCandidateWithNotes, Pr::Scalp) => Key::OutcomeGood,
        (Outcome::GoodCandidateWithNotes, Pr::Eyebrows) => Key::OutcomeGoodBrows,
        (Outcome::GoodCandidateWithNotes, Pr::Lips) => Key::OutcomeGoodLips,
        (Outcome::GoodCandidateWithNotes, Pr::LashLine) => Key::OutcomeGoodLashLine,
        (Outcome::GoodCandidateWithNotes, Pr::Areola) => Key::OutcomeGoodAreola,
        (Outcome::GoodCandidateWithNotes, Pr::Vitiligo) => Key::OutcomeGoodVitiligo,
        (Outcome::GoodCandidateWithNotes, Pr::Scars) => Key::OutcomeGoodScars,
        (Outcome::WaitForFlareUp, _) => Key::OutcomeWait,
        (Outcome::TalkToSpecialist, _) => Key::OutcomeSpecialist,
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

/// The procedure's name mid-sentence, for a `{procedure}` placeholder.
pub fn procedure_name(procedure: Procedure) -> Key {
    match procedure {
        Procedure::Scalp => Key::ProcScalp,
        Procedure::Eyebrows => Key::ProcEyebrows,
        Procedure::Lips => Key::ProcLips,
        Procedure::LashLine => Key::ProcLashLine,
        Procedure::Areola => Key::ProcAreola,
        Procedure::Vitiligo => Key::ProcVitiligo,
        Procedure::Scars => Key::ProcScars,
    }
}

/// The notes every result carries; not configurable. The second says what the procedure
/// does and does not do for that area, in words a medical patient can read: on hair-bearing
/// skin (scalp, brows, lash line), that it grows no hair; elsewhere, that it changes how the
/// skin looks and treats nothing. The third, that pigment fades (CONTENT.md, Corrections).
pub fn fixed_notes(procedure: Procedure) -> [Key; 4] {
    let what = match procedure {
        Procedure::Scalp => Key::NoteNoHairGrowth,
        Procedure::Eyebrows => Key::NoteBrowsNoHair,
        Procedure::LashLine => Key::NoteLashLineNoHair,
        Procedure::Lips => Key::NoteLipsLook,
        Procedure::Areola => Key::NoteAreolaLook,
        Procedure::Vitiligo => Key::NoteVitiligoLook,
        Procedure::Scars => Key::NoteScarsLook,
    };
    [
        Key::NoteSelfAssessment,
        what,
        Key::NoteFades,
        Key::NoteConsultation,
    ]
}

/// What the result says about sessions after the likely count: the article gives session
/// length and spacing for the scalp only, so another area is told the specialist confirms
/// both (and shows no count); one session has no "between sessions".
pub fn session_hours(procedure: Procedure, sessions: SessionRange) -> Key {
    if !procedure.is_scalp() {
        Key::SessionsAreaVaries
    } else if sessions.max == 1 {
        Key::SessionHoursOne
    } else {
        Key::SessionHours
    }
}

/// A calendar event's title (`{n}` of `{m}`), without "1 of 1" for a single session.
pub fn calendar_title(sessions: usize) -> Key {
    if sessions == 1 {
        Key::CalendarTitleOne
    } else {
        Key::CalendarTitle
    }
}

/// The note under the contact preview that the clinic reads it in English: only for a
/// visitor who reads another language.
pub fn lead_language_note(lang: Lang) -> Option<Key> {
    (lang != Lang::En).then_some(Key::LeadClinicLanguage)
}

/// "session" or "sessions" after a count (the larger, in a range such as 3–4).
pub fn sessions_noun(count: u8) -> Key {
    if count == 1 {
        Key::SessionOne
    } else {
        Key::SessionMany
    }
}

/// The out-of-date prices notice, saying how old the prices are (`age_months`, whole
/// months): in years from a year on ("more than a year old", "more than 3 years old"),
/// else in months; one year or one month in its own words.
pub fn prices_out_of_date(lang: Lang, age_months: u16) -> String {
    let (key, n) = match (age_months / 12, age_months) {
        (0, 0 | 1) => (Key::PricesOutOfDateMonth, 1),
        (0, months) => (Key::PricesOutOfDateMonths, months),
        (1, _) => (Key::PricesOutOfDate, 1),
        (years, _) => (Key::PricesOutOfDateYears, years),
    };
    // `usize` (not `u16`): its `to_string` is in the wasm already.
    fill(key.text(lang), &[("n", &usize::from(n).to_string())])
}

/// The label of the estimator's choice of `n` sessions.
pub fn session_choice(n: u8) -> Key {
    match n {
        1 => Key::SessionsOneTouchUp,
        2 => Key::SessionsTwo,
        3 => Key::SessionsThree,
        _ => Key::SessionsFour,
    }
}

/// The time in the chair over all the sessions (`{n}`, `{low}`, `{high}`), in the wording
/// for one session or several.
pub fn hours_in_chair(sessions: u8) -> Key {
    if sessions == 1 {
        Key::HoursOneSession
    } else {
        Key::HoursTotal
    }
}

/// The monthly-payment line (`{low}`, `{high}`, `{months}`, `{apr}`), in its wording for
/// one month or several.
pub fn monthly_payment(months: u16) -> Key {
    if months == 1 {
        Key::MonthlyPaymentOneMonth
    } else {
        Key::MonthlyPayment
    }
}

/// What an estimate's range pays for, and where it comes from: sentences in order, each
/// a whole phrase (`{city}` and `{procedure}` filled by the view).
pub fn estimate_covers(estimate: &Estimate) -> Vec<Key> {
    let covers = match (estimate.source, estimate.basis, estimate.scaled) {
        (RangeSource::Area, _, _) => None,
        (_, PriceBasis::PerSession, _) => Some(Key::CoversPerSession),
        (_, PriceBasis::WholeTreatment, true) => Some(Key::CoversScaled),
        (_, PriceBasis::WholeTreatment, false) => Some(Key::CoversTreatment),
    };
    let source = match estimate.source {
        RangeSource::City => Key::SourceCity,
        RangeSource::Clinic => Key::SourceClinic,
        RangeSource::DerivedFromTable => Key::SourceDerived,
        RangeSource::Area => Key::SourceArea,
    };
    covers.into_iter().chain([source]).collect()
}

/// The answers the contact request can share, as phrases in path order: the visitor reads
/// them in their language, the clinic receives them in English (`lead::shared_answers`).
pub fn shared_answer_labels(answers: &Answers) -> Vec<Key> {
    QuestionId::ALL
        .iter()
        .filter_map(|q| answers.get(*q))
        .map(answer_label)
        .collect()
}
