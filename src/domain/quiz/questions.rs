//! The quiz as a pure state machine: which questions are on the path, which answers each
//! takes, and moving between steps. The UI only sends it actions.

use crate::domain::quiz::answers::{
    Answer, Answers, AreaDetail, BodyArea, HairLength, HairLossPattern, KeloidHistory, MakeupEase,
    Motivation, QuestionId, SkinCondition, SkinTone,
};

/// Why the quiz refused an action. Never a panic: the UI cannot produce these, but a
/// stored state or a test might.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuizError {
    /// The question is not on the path the earlier answers chose.
    NotOnPath(QuestionId),
    /// The answer is not one of that question's options (e.g. a lip detail for eyebrows).
    NotAnOption(Answer),
    /// The question on the path has no answer yet.
    Unanswered(QuestionId),
    /// The action does not fit the current step (e.g. `next` on the start screen).
    WrongStep,
}

/// The questions the visitor is asked, in order, given the answers so far. Branch questions
/// appear once the answer that opens them is given.
pub fn path(answers: &Answers) -> Vec<QuestionId> {
    let mut steps = Vec::with_capacity(7);
    steps.push(QuestionId::Pattern);
    match answers.pattern {
        Some(HairLossPattern::OtherArea) => {
            steps.extend([QuestionId::Area, QuestionId::AreaDetail]);
            if makeup_matters(answers) {
                steps.push(QuestionId::MakeupEase);
            }
        }
        _ => steps.push(QuestionId::HairLength),
    }
    steps.extend([QuestionId::SkinCondition, QuestionId::Keloid]);
    if answers.keloid == Some(KeloidHistory::HadKeloid) {
        steps.push(QuestionId::SkinTone);
    }
    steps.push(QuestionId::Motivation);
    steps
}

/// docs/content.md §1 names daily makeup (disliked, an allergy to cosmetics, hands or eyes that
/// make it hard) as a reason for work on the face: brows, lips and lash line, vitiligo on
/// the face, scars after facial reconstruction. An areola or a body scar is not asked
/// about makeup. Until the area is known, the question is counted in.
fn makeup_matters(answers: &Answers) -> bool {
    match (answers.area, answers.area_detail) {
        (Some(BodyArea::Eyebrows | BodyArea::LipsOrLashes), _) => true,
        (Some(BodyArea::Areola), _) => false,
        (_, Some(detail)) => matches!(
            detail,
            AreaDetail::VitiligoOnFace | AreaDetail::ScarAfterFacialReconstruction
        ),
        _ => true,
    }
}

/// The answers a question offers, given the answers so far.
pub fn options(question: QuestionId, answers: &Answers) -> Vec<Answer> {
    match question {
        QuestionId::Pattern => HairLossPattern::ALL.map(Answer::Pattern).to_vec(),
        QuestionId::Area => BodyArea::ALL.map(Answer::Area).to_vec(),
        QuestionId::AreaDetail => answers
            .area
            .map(|area| {
                area.details()
                    .iter()
                    .copied()
                    .map(Answer::AreaDetail)
                    .collect()
            })
            .unwrap_or_default(),
        QuestionId::MakeupEase => [
            MakeupEase::DislikeDailyMakeup,
            MakeupEase::AllergicToCosmetics,
            MakeupEase::TremorOrPoorVision,
            MakeupEase::NoneOfThese,
        ]
        .map(Answer::MakeupEase)
        .to_vec(),
        QuestionId::HairLength => [
            HairLength::ShavedOrBuzzed,
            HairLength::ShortHappyToKeepShort,
            HairLength::LongerWantToKeep,
        ]
        .map(Answer::HairLength)
        .to_vec(),
        QuestionId::SkinCondition => [
            SkinCondition::NoCondition,
            SkinCondition::ProneButCalmNow,
            SkinCondition::AcneFlareUp,
            SkinCondition::PsoriasisOrOtherFlareUp,
        ]
        .map(Answer::SkinCondition)
        .to_vec(),
        QuestionId::Keloid => [
            KeloidHistory::Never,
            KeloidHistory::HadKeloid,
            KeloidHistory::NotSure,
        ]
        .map(Answer::Keloid)
        .to_vec(),
        QuestionId::SkinTone => [
            SkinTone::Lighter,
            SkinTone::Medium,
            SkinTone::Darker,
            SkinTone::PreferNotToSay,
        ]
        .map(Answer::SkinTone)
        .to_vec(),
        QuestionId::Motivation => [
            Motivation::ConsideredForAWhile,
            Motivation::TouchUpOfEarlierWork,
            Motivation::CurrentTrend,
        ]
        .map(Answer::Motivation)
        .to_vec(),
    }
}

/// Records an answer after checking it belongs on the path, then forgets answers to
/// questions that the change took off the path (or whose options it changed).
pub fn record(answers: &mut Answers, answer: Answer) -> Result<(), QuizError> {
    let question = answer.question();
    if !path(answers).contains(&question) {
        return Err(QuizError::NotOnPath(question));
    }
    if !options(question, answers).contains(&answer) {
        return Err(QuizError::NotAnOption(answer));
    }
    answers.set(answer);
    prune(answers);
    Ok(())
}

fn prune(answers: &mut Answers) {
    let on_path = path(answers);
    for question in QuestionId::ALL {
        let Some(given) = answers.get(question) else {
            continue;
        };
        if !on_path.contains(&question) || !options(question, answers).contains(&given) {
            answers.clear(question);
        }
    }
}

/// Checks a whole set of answers, e.g. one read back from storage: every answer on the
/// path, every path question answered.
pub fn validate(answers: &Answers) -> Result<(), QuizError> {
    let on_path = path(answers);
    for question in QuestionId::ALL {
        match (answers.get(question), on_path.contains(&question)) {
            (Some(_), false) => return Err(QuizError::NotOnPath(question)),
            (Some(given), true) if !options(question, answers).contains(&given) => {
                return Err(QuizError::NotAnOption(given));
            }
            (None, true) => return Err(QuizError::Unanswered(question)),
            _ => {}
        }
    }
    Ok(())
}

/// Where the visitor is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Step {
    #[default]
    Start,
    Question(QuestionId),
    Outcome,
}

/// The quiz's whole state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Quiz {
    /// The answers given so far.
    pub answers: Answers,
    /// Where the visitor is.
    pub step: Step,
    /// The visitor came from the result to change one answer: Next goes on to the first
    /// question the change left open, or straight back to the result.
    pub returning: bool,
}

impl Quiz {
    /// The first question.
    pub fn begin(&mut self) {
        self.step = Step::Question(QuestionId::Pattern);
        self.returning = false;
    }

    /// Answers the question on screen.
    pub fn answer(&mut self, answer: Answer) -> Result<(), QuizError> {
        match self.step {
            Step::Question(current) if current == answer.question() => {
                record(&mut self.answers, answer)
            }
            Step::Question(current) => Err(QuizError::NotOnPath(current)),
            _ => Err(QuizError::WrongStep),
        }
    }

    /// Moves on once the question on screen has an answer.
    pub fn advance(&mut self) -> Result<(), QuizError> {
        let Step::Question(current) = self.step else {
            return Err(QuizError::WrongStep);
        };
        if self.answers.get(current).is_none() {
            return Err(QuizError::Unanswered(current));
        }
        self.step = match self.following(current) {
            Some(following) => Step::Question(following),
            // Past the last question: the outcome, unless a question was skipped (reached
            // by `edit`), which is asked first.
            None => match validate(&self.answers) {
                Err(QuizError::Unanswered(open)) => Step::Question(open),
                _ => Step::Outcome,
            },
        };
        if self.step == Step::Outcome {
            self.returning = false;
        }
        Ok(())
    }

    /// The question after `current`: the next on the path, or, for a visitor changing one
    /// answer from the result, the next one still unanswered (`None`: the result).
    fn following(&self, current: QuestionId) -> Option<QuestionId> {
        let on_path = path(&self.answers);
        let at = on_path.iter().position(|q| *q == current)?;
        let mut later = on_path.into_iter().skip(at + 1);
        if self.returning {
            later.find(|q| self.answers.get(*q).is_none())
        } else {
            later.next()
        }
    }

    /// Whether Next on the question on screen (answered as it is now) leads to the result:
    /// its button says so.
    pub fn next_is_result(&self) -> bool {
        match self.step {
            Step::Question(current) => self.following(current).is_none(),
            _ => false,
        }
    }

    /// One step back; from the first question, back to the start screen.
    pub fn back(&mut self) {
        let on_path = path(&self.answers);
        self.step = match self.step {
            Step::Start => Step::Start,
            Step::Outcome => on_path.last().map_or(Step::Start, |q| Step::Question(*q)),
            Step::Question(current) => match on_path.iter().position(|q| *q == current) {
                Some(i) if i > 0 => on_path
                    .get(i - 1)
                    .map_or(Step::Start, |q| Step::Question(*q)),
                _ => Step::Start,
            },
        };
    }

    /// Jumps to a question already on the path, e.g. "change" from the outcome page.
    pub fn edit(&mut self, question: QuestionId) -> Result<(), QuizError> {
        if !path(&self.answers).contains(&question) {
            return Err(QuizError::NotOnPath(question));
        }
        self.returning = self.step == Step::Outcome;
        self.step = Step::Question(question);
        Ok(())
    }

    pub fn start_over(&mut self) {
        *self = Quiz::default();
    }

    /// "Step n of m" for the question on screen, counting from 1.
    pub fn progress(&self) -> Option<(usize, usize)> {
        let Step::Question(current) = self.step else {
            return None;
        };
        let on_path = path(&self.answers);
        let at = on_path.iter().position(|q| *q == current)?;
        Some((at + 1, on_path.len()))
    }
}
