use yew::prelude::*;

use super::phrase::phrase;
use crate::domain::copy::lang::Lang;
use crate::domain::copy::text::Key;

/// What the start screen shows and does. A plain view (no state of its own): the root
/// owns the heading's focus.
pub struct StartScreenProps {
    pub lang: Lang,
    pub on_start: Callback<()>,
    /// What this configuration does with data, sentence by sentence (`privacy_sentences`).
    pub privacy: Vec<Key>,
    /// Straight to the estimator, without the quiz; `None` when the marketer offers only
    /// the quiz.
    pub on_skip_to_cost: Option<Callback<()>>,
}

pub fn start_screen(props: StartScreenProps, heading: NodeRef) -> Html {
    let lang = props.lang;
    let on_start = props.on_start.reform(|_: MouseEvent| ());

    html! {
        <section class="step start">
            <h2 class="step-heading" tabindex="-1" ref={heading}>{ phrase(Key::WidgetTitle, lang) }</h2>
            <p>{ phrase(Key::StartIntro, lang) }</p>
            <p class="meta">
                { phrase(Key::StartDuration, lang) }
                { for props.privacy.iter().map(|key| html! { <>{ " " }{ phrase(*key, lang) }</> }) }
            </p>
            <div class="nav">
                <button type="button" class="button primary start-button" onclick={on_start}>
                    { phrase(Key::StartButton, lang) }
                </button>
                if let Some(skip) = props.on_skip_to_cost.clone() {
                    <button type="button" class="button secondary skip-to-cost" onclick={skip.reform(|_: MouseEvent| ())}>
                        { phrase(Key::SkipToCost, lang) }
                    </button>
                }
            </div>
        </section>
    }
}
