use yew::prelude::*;

use crate::domain::lang::Lang;
use crate::domain::text::Key;

use super::focus::use_focus_on_step;

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    pub lang: Lang,
    /// Whether the visitor navigated here (e.g. "start over"), so focus follows.
    pub moved: bool,
    pub on_start: Callback<()>,
    /// Straight to the estimator, without the quiz; `None` when the marketer offers only
    /// the quiz.
    #[prop_or_default]
    pub on_skip_to_cost: Option<Callback<()>>,
}

#[component]
pub fn StartScreen(props: &StartScreenProps) -> Html {
    let lang = props.lang;
    let heading = use_node_ref();
    use_focus_on_step(heading.clone(), (), props.moved);
    let on_start = props.on_start.reform(|_: MouseEvent| ());

    html! {
        <section class="step start">
            <h2 class="step-heading" tabindex="-1" ref={heading}>{ Key::WidgetTitle.text(lang) }</h2>
            <p>{ Key::StartIntro.text(lang) }</p>
            <p class="meta">{ Key::StartDuration.text(lang) }{ " " }{ Key::StartPrivacy.text(lang) }</p>
            <div class="nav">
                <button type="button" class="button primary start-button" onclick={on_start}>
                    { Key::StartButton.text(lang) }
                </button>
                if let Some(skip) = props.on_skip_to_cost.clone() {
                    <button type="button" class="button secondary skip-to-cost" onclick={skip.reform(|_: MouseEvent| ())}>
                        { Key::SkipToCost.text(lang) }
                    </button>
                }
            </div>
        </section>
    }
}
