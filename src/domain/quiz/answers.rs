//! The quiz's questions and the typed answers a visitor can give to each.

/// The hair-loss pattern, picked from pictures: a Norwood-style scale (mostly men), a
/// Ludwig-style scale (mostly women), a scar or birthmark, or an area beyond the scalp.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HairLossPattern {
    RecedingHairline,
    CrownThinning,
    HairlineAndCrown,
    NearCompleteLoss,
    WideningPart,
    DiffuseThinning,
    ScarOrBirthmarkOnly,
    OtherArea,
}

/// Which picture scale a pattern belongs to, so the UI can group them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PatternScale {
    Norwood,
    Ludwig,
    Other,
}

impl HairLossPattern {
    pub const ALL: [HairLossPattern; 8] = [
        HairLossPattern::RecedingHairline,
        HairLossPattern::CrownThinning,
        HairLossPattern::HairlineAndCrown,
        HairLossPattern::NearCompleteLoss,
        HairLossPattern::WideningPart,
        HairLossPattern::DiffuseThinning,
        HairLossPattern::ScarOrBirthmarkOnly,
        HairLossPattern::OtherArea,
    ];

    pub fn scale(self) -> PatternScale {
        use HairLossPattern::*;
        match self {
            RecedingHairline | CrownThinning | HairlineAndCrown | NearCompleteLoss => {
                PatternScale::Norwood
            }
            WideningPart | DiffuseThinning => PatternScale::Ludwig,
            ScarOrBirthmarkOnly | OtherArea => PatternScale::Other,
        }
    }

    /// True for every choice that concerns the scalp.
    pub fn is_scalp(self) -> bool {
        self != HairLossPattern::OtherArea
    }
}

/// How the visitor wears, or would wear, their hair.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HairLength {
    ShavedOrBuzzed,
    ShortHappyToKeepShort,
    LongerWantToKeep,
}

/// The skin of the treated area right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SkinCondition {
    NoCondition,
    ProneButCalmNow,
    AcneFlareUp,
    PsoriasisOrOtherFlareUp,
}

/// Whether the visitor has ever had a keloid (a raised scar that grows past the wound).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeloidHistory {
    Never,
    HadKeloid,
    NotSure,
}

/// Natural skin tone, asked only with a keloid history, where it matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SkinTone {
    Lighter,
    Medium,
    Darker,
    PreferNotToSay,
}

/// Why the visitor is considering it now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Motivation {
    ConsideredForAWhile,
    TouchUpOfEarlierWork,
    CurrentTrend,
}

/// Micro-skin pigmentation beyond the scalp.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BodyArea {
    Eyebrows,
    LipsOrLashes,
    Areola,
    Vitiligo,
    Scars,
}

/// The short branch each non-scalp area has; `BodyArea::details` says which belong to which.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AreaDetail {
    BrowsThinnedWithAge,
    BrowsThinnedByTreatment,
    BrowsFullerByChoice,
    LipsDarkerOrDefined,
    LashLineFuller,
    AreolaAfterSurgery,
    AreolaOtherReason,
    VitiligoOnFace,
    VitiligoOnBody,
    ScarAfterFacialReconstruction,
    ScarOnBody,
}

impl BodyArea {
    pub const ALL: [BodyArea; 5] = [
        BodyArea::Eyebrows,
        BodyArea::LipsOrLashes,
        BodyArea::Areola,
        BodyArea::Vitiligo,
        BodyArea::Scars,
    ];

    pub fn details(self) -> &'static [AreaDetail] {
        use AreaDetail::*;
        match self {
            BodyArea::Eyebrows => &[
                BrowsThinnedWithAge,
                BrowsThinnedByTreatment,
                BrowsFullerByChoice,
            ],
            BodyArea::LipsOrLashes => &[LipsDarkerOrDefined, LashLineFuller],
            BodyArea::Areola => &[AreolaAfterSurgery, AreolaOtherReason],
            BodyArea::Vitiligo => &[VitiligoOnFace, VitiligoOnBody],
            BodyArea::Scars => &[ScarAfterFacialReconstruction, ScarOnBody],
        }
    }
}

/// Whether daily makeup is hard or unwelcome (the article's cosmetic candidates).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MakeupEase {
    NoneOfThese,
    DislikeDailyMakeup,
    AllergicToCosmetics,
    TremorOrPoorVision,
}

/// Every question the quiz can ask.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuestionId {
    Pattern,
    Area,
    AreaDetail,
    MakeupEase,
    HairLength,
    SkinCondition,
    Keloid,
    SkinTone,
    Motivation,
}

impl QuestionId {
    pub const ALL: [QuestionId; 9] = [
        QuestionId::Pattern,
        QuestionId::Area,
        QuestionId::AreaDetail,
        QuestionId::MakeupEase,
        QuestionId::HairLength,
        QuestionId::SkinCondition,
        QuestionId::Keloid,
        QuestionId::SkinTone,
        QuestionId::Motivation,
    ];
}

/// One answer to one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Pattern(HairLossPattern),
    Area(BodyArea),
    AreaDetail(AreaDetail),
    MakeupEase(MakeupEase),
    HairLength(HairLength),
    SkinCondition(SkinCondition),
    Keloid(KeloidHistory),
    SkinTone(SkinTone),
    Motivation(Motivation),
}

impl Answer {
    pub fn question(self) -> QuestionId {
        match self {
            Answer::Pattern(_) => QuestionId::Pattern,
            Answer::Area(_) => QuestionId::Area,
            Answer::AreaDetail(_) => QuestionId::AreaDetail,
            Answer::MakeupEase(_) => QuestionId::MakeupEase,
            Answer::HairLength(_) => QuestionId::HairLength,
            Answer::SkinCondition(_) => QuestionId::SkinCondition,
            Answer::Keloid(_) => QuestionId::Keloid,
            Answer::SkinTone(_) => QuestionId::SkinTone,
            Answer::Motivation(_) => QuestionId::Motivation,
        }
    }
}

/// The answers given so far; at most one per question.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub pattern: Option<HairLossPattern>,
    pub area: Option<BodyArea>,
    pub area_detail: Option<AreaDetail>,
    pub makeup_ease: Option<MakeupEase>,
    pub hair_length: Option<HairLength>,
    pub skin_condition: Option<SkinCondition>,
    pub keloid: Option<KeloidHistory>,
    pub skin_tone: Option<SkinTone>,
    pub motivation: Option<Motivation>,
}

impl Answers {
    pub fn get(&self, question: QuestionId) -> Option<Answer> {
        match question {
            QuestionId::Pattern => self.pattern.map(Answer::Pattern),
            QuestionId::Area => self.area.map(Answer::Area),
            QuestionId::AreaDetail => self.area_detail.map(Answer::AreaDetail),
            QuestionId::MakeupEase => self.makeup_ease.map(Answer::MakeupEase),
            QuestionId::HairLength => self.hair_length.map(Answer::HairLength),
            QuestionId::SkinCondition => self.skin_condition.map(Answer::SkinCondition),
            QuestionId::Keloid => self.keloid.map(Answer::Keloid),
            QuestionId::SkinTone => self.skin_tone.map(Answer::SkinTone),
            QuestionId::Motivation => self.motivation.map(Answer::Motivation),
        }
    }

    pub fn contains(&self, answer: Answer) -> bool {
        self.get(answer.question()) == Some(answer)
    }

    pub(crate) fn set(&mut self, answer: Answer) {
        match answer {
            Answer::Pattern(a) => self.pattern = Some(a),
            Answer::Area(a) => self.area = Some(a),
            Answer::AreaDetail(a) => self.area_detail = Some(a),
            Answer::MakeupEase(a) => self.makeup_ease = Some(a),
            Answer::HairLength(a) => self.hair_length = Some(a),
            Answer::SkinCondition(a) => self.skin_condition = Some(a),
            Answer::Keloid(a) => self.keloid = Some(a),
            Answer::SkinTone(a) => self.skin_tone = Some(a),
            Answer::Motivation(a) => self.motivation = Some(a),
        }
    }

    pub(crate) fn clear(&mut self, question: QuestionId) {
        match question {
            QuestionId::Pattern => self.pattern = None,
            QuestionId::Area => self.area = None,
            QuestionId::AreaDetail => self.area_detail = None,
            QuestionId::MakeupEase => self.makeup_ease = None,
            QuestionId::HairLength => self.hair_length = None,
            QuestionId::SkinCondition => self.skin_condition = None,
            QuestionId::Keloid => self.keloid = None,
            QuestionId::SkinTone => self.skin_tone = None,
            QuestionId::Motivation => self.motivation = None,
        }
    }
}
