//! The root's two links with the host page: commands in (`open()`, `close()`, `reset()`,
//! changed attributes) and events out (once per change the visitor causes).

use yew::prelude::*;

use crate::domain::events::WidgetEvent;
use crate::domain::outcome::Outcome;

use super::commands::{Command, Commands};
use super::quiz_state::QuizHandle;

#[hook]
pub fn use_page_commands(
    commands: Commands,
    quiz: QuizHandle,
    dialog: NodeRef,
    on_ready: Callback<()>,
    on_event: Callback<WidgetEvent>,
) {
    // After the first render: the page hears `smp:ready` (the fallback goes), then any
    // command it sent early is delivered.
    use_effect_with(commands.clone(), move |_| {
        on_ready.emit(());
        on_event.emit(WidgetEvent::Ready);
        commands.connect(Some(Callback::from(move |command| match command {
            Command::Open => {
                if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                    if !d.open() {
                        let _ = d.show_modal();
                    }
                }
            }
            Command::Close => {
                if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                    d.close();
                }
            }
            Command::Reset => quiz.start_over(),
            Command::Reconfigure(new) => quiz.reconfigure(new),
        })));
        let commands = commands.clone();
        move || commands.connect(None)
    });
}

/// `smp:start` each time the visitor presses Start, `smp:complete` each time a result
/// shows, `smp:outcome` when the visitor ticks "share my type of result", `smp:estimate`
/// (built by `WidgetEvent::estimate`) when the estimator shows a city. Each fires when its
/// value changes, so once per action; none depends on an answer (the number of questions
/// does, so questions are not announced).
#[hook]
pub fn use_widget_events(
    on_event: Callback<WidgetEvent>,
    starts: u32,
    at_outcome: bool,
    shared: Option<Outcome>,
    estimate: Option<WidgetEvent>,
) {
    {
        let on_event = on_event.clone();
        use_effect_with(starts, move |starts| {
            if *starts > 0 {
                on_event.emit(WidgetEvent::Start);
            }
        });
    }
    {
        let on_event = on_event.clone();
        use_effect_with(at_outcome, move |at_outcome| {
            if *at_outcome {
                on_event.emit(WidgetEvent::Complete);
            }
        });
    }
    {
        let on_event = on_event.clone();
        use_effect_with(shared, move |shared| {
            if let Some(outcome) = shared {
                on_event.emit(WidgetEvent::OutcomeShared { outcome: *outcome });
            }
        });
    }
    use_effect_with(estimate, move |estimate| {
        if let Some(estimate) = estimate {
            on_event.emit(estimate.clone());
        }
    });
}
