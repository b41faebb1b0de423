//! The shell's half of `update`: runs the effects it described, after the render that
//! shows their state. Tell the page, keep or forget progress, send a contact request,
//! print the summary alone, hand over the plan's calendar file.

use yew::prelude::*;

use crate::domain::outputs::events::WidgetEvent;
use crate::domain::widget::Effect;

use super::lead::LeadRequest;
use super::reducer::WidgetControl;
use crate::shell::calendar::download;
use crate::shell::print::print_alone;
use crate::shell::remember::keep_progress;
use crate::shell::store::ProgressStore;

/// Where effects go: the embed layer's page glue.
#[derive(Clone, PartialEq)]
pub struct Shell {
    /// Events for the page, with whether to push them to `dataLayer` too (the marketer's
    /// option as configured now).
    pub on_event: Callback<(WidgetEvent, bool)>,
    /// Where opted-in progress is kept.
    pub store: ProgressStore,
    /// Sends a contact request.
    pub send_lead: Callback<LeadRequest>,
    /// A node inside the widget's shadow root (the step's heading): its element is the one
    /// that prints alone.
    pub inside: NodeRef,
}

/// After every render, runs the effects waiting in the outbox, oldest first.
#[hook]
pub fn use_run_effects(control: WidgetControl, shell: Shell) {
    use_effect(move || {
        let data_layer = control.state().config.data_layer;
        for effect in control.take_effects() {
            match effect {
                Effect::Emit(event) => shell.on_event.emit((event, data_layer)),
                Effect::SaveProgress(_) | Effect::ForgetProgress => {
                    keep_progress(&shell.store, &effect)
                }
                Effect::SendLead { request, url, body } => {
                    let control = control.clone();
                    shell.send_lead.emit(LeadRequest {
                        url,
                        body,
                        done: Callback::from(move |reply| control.lead_answered(request, reply)),
                    });
                }
                Effect::Print => print_alone(shell.inside.get()),
                Effect::DownloadCalendar { file_name, text } => download(file_name, &text),
            }
        }
    });
}
