use yew::prelude::*;

use crate::domain::copy::labels::{answer_label, question_hint, scale_label};
use crate::domain::copy::lang::Lang;
use crate::domain::copy::text::{fill, Key};
use crate::domain::quiz::answers::{Answer, Answers, PatternScale, QuestionId};

use super::class::with_class;
use super::phrase::phrase;
use super::pictures::PatternPictures;

/// What one question step shows and does. A plain view: the root owns the state (including
/// "Next was pressed without an answer") and the heading's focus.
pub struct QuestionStepProps {
    /// The language it speaks.
    pub lang: Lang,
    /// The question on screen.
    pub question: QuestionId,
    /// Answers so far; the one for this question, if any, is shown checked.
    pub answers: Answers,
    /// The choices to offer, in order, and the heading: both from the screen.
    pub choices: Vec<Answer>,
    /// The heading's phrase (the question as worded for the answers so far).
    pub heading_key: Key,
    /// "Step n of m", counting from 1.
    pub progress: (usize, usize),
    /// Next leads to the result: it says "See my result".
    pub last: bool,
    /// Next was pressed with no answer: say what is needed.
    pub unanswered: bool,
    /// A choice was ticked.
    pub on_answer: Callback<Answer>,
    /// "Next" (or "See my result" on the last question) was pressed.
    pub on_next: Callback<()>,
    /// "Back" was pressed: the previous question, or the start screen from the first.
    pub on_back: Callback<()>,
    /// This widget's pattern pictures.
    pub pictures: PatternPictures,
}

/// One question: heading (focused on arrival), progress, a native radio group, Back/Next.
pub fn question_step(props: QuestionStepProps, heading: NodeRef) -> Html {
    let lang = props.lang;
    let question = props.question;
    let current = props.answers.get(question);
    let (at, of) = props.progress;
    let on_next = props.on_next.reform(|_: MouseEvent| ());
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    let radio = |answer: Answer| -> Html {
        let on_answer = props.on_answer.reform(move |_: Event| answer);
        let picture = match answer {
            Answer::Pattern(pattern) => props.pictures.picture(pattern),
            _ => Html::default(),
        };
        let checked = current == Some(answer);
        // Classes, not `:has(input:checked)`: that selector makes every step's first style
        // pass several milliseconds slower on a phone.
        let class = match (matches!(answer, Answer::Pattern(_)), checked) {
            (true, true) => "choice picture-choice is-checked",
            (true, false) => "choice picture-choice",
            (false, true) => "choice is-checked",
            (false, false) => "choice",
        };
        with_class(
            html! {
                <label>
                    <input type="radio" name={question_name(question)} {checked} onchange={on_answer} />
                    { picture }
                    <span class="choice-label">{ phrase(answer_label(answer), lang) }</span>
                </label>
            },
            class,
        )
    };
    let choices = &props.choices;
    let body = if question == QuestionId::Pattern {
        [
            PatternScale::Norwood,
            PatternScale::Ludwig,
            PatternScale::Other,
        ]
        .into_iter()
        .map(|scale| {
            html! {
                <fieldset class="scale">
                    <legend class="scale-title">{ phrase(scale_label(scale), lang) }</legend>
                    <div class="choices pictures">
                        { for choices.iter().copied()
                            .filter(|a| matches!(a, Answer::Pattern(p) if p.scale() == scale))
                            .map(radio) }
                    </div>
                </fieldset>
            }
        })
        .collect::<Html>()
    } else {
        html! { <div class="choices">{ for choices.iter().copied().map(radio) }</div> }
    };
    let error_id = "choose-one-error";
    html! {
        <section class="step question">
            <div class="progress-row">
                <span class="progress-text">
                    { fill(Key::StepOf.text(lang), &[("n", &at.to_string()), ("m", &of.to_string())]) }
                </span>
                <progress class="progress" max={of.to_string()} value={at.to_string()} aria-hidden="true"></progress>
            </div>
            <fieldset class="question-group" aria-describedby={(props.unanswered).then_some(error_id)}>
                <legend>
                    <h2 class="step-heading" tabindex="-1" ref={heading}>
                        { phrase(props.heading_key, lang) }
                    </h2>
                </legend>
                if let Some(hint) = question_hint(question) {
                    <p class="hint">{ phrase(hint, lang) }</p>
                }
                { body }
            </fieldset>
            if props.unanswered {
                <p class="error" id={error_id}>{ phrase(Key::ChooseOne, lang) }</p>
            }
            <div class="nav">
                <button type="button" class="button secondary back-button" onclick={on_back}>
                    { phrase(Key::Back, lang) }
                </button>
                <button type="button" class="button primary next-button" onclick={on_next}>
                    { if props.last { phrase(Key::SeeResult, lang) } else { phrase(Key::Next, lang) } }
                </button>
            </div>
        </section>
    }
}

fn question_name(question: QuestionId) -> &'static str {
    match question {
        QuestionId::Pattern => "pattern",
        QuestionId::Area => "area",
        QuestionId::AreaDetail => "area-detail",
        QuestionId::MakeupEase => "makeup-ease",
        QuestionId::HairLength => "hair-length",
        QuestionId::SkinCondition => "skin-condition",
        QuestionId::Keloid => "keloid",
        QuestionId::SkinTone => "skin-tone",
        QuestionId::Motivation => "motivation",
    }
}
