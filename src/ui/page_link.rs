//! The root's link with the host page's commands: `open()`, `close()`, `reset()` and
//! changed attributes come in; `smp:ready` goes out after the first render.

use yew::prelude::*;

use crate::domain::outputs::events::WidgetEvent;

use super::commands::{Command, Commands};
use super::reducer::WidgetControl;

/// Connects the page's commands once the widget has rendered, and announces it.
#[hook]
pub fn use_page_commands(
    commands: Commands,
    control: WidgetControl,
    dialog: NodeRef,
    on_ready: Callback<()>,
    on_event: Callback<(WidgetEvent, bool)>,
) {
    // After the first render: the page hears `smp:ready` (the fallback goes), then any
    // command it sent early is delivered.
    use_effect_with(commands.clone(), move |_| {
        on_ready.emit(());
        on_event.emit((WidgetEvent::Ready, control.state().config.data_layer));
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
            Command::Reset => control.start_over(),
            Command::Reconfigure(new) => control.reconfigure(new),
        })));
        let commands = commands.clone();
        move || commands.connect(None)
    });
}
