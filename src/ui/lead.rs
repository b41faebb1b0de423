//! "Ask the clinic to contact you": shown only when the marketer configured an endpoint.
//! Nothing is sent until the visitor ticks the consent box and presses send; answers only
//! when they tick that too, and they see exactly which.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::phrase::phrase;
use crate::domain::copy::labels::{lead_language_note, outcome_title, shared_answer_labels};
use crate::domain::copy::lang::Lang;
use crate::domain::copy::text::{fill, Key};
use crate::domain::outputs::lead::{
    LeadBody, LeadEdit, LeadError, LeadFailure, LeadReply, LeadStatus,
};
use crate::domain::quiz::outcome::Procedure;
use crate::domain::widget::LeadScreen;

/// A request for the embed layer to send, and where to say how it went.
pub struct LeadRequest {
    /// The clinic's endpoint, from the configuration.
    pub url: String,
    /// The body; the embed layer sends it as JSON.
    pub body: LeadBody,
    /// Called with how the endpoint answered.
    pub done: Callback<LeadReply>,
}

/// What the contact form shows and does. A plain view over `LeadScreen`: the root owns
/// what was typed and where the request stands.
pub(super) struct LeadFormProps<'a> {
    pub lang: Lang,
    /// Named in the consent label.
    pub clinic: &'a str,
    /// What the screen says about the form.
    pub lead: &'a LeadScreen,
    pub on_edit: Callback<LeadEdit>,
    /// Send was pressed.
    pub on_send: Callback<()>,
}

fn value_of(event: &Event) -> Option<web_sys::HtmlInputElement> {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
}

pub(super) fn lead_form(props: LeadFormProps) -> Html {
    let lang = props.lang;
    let form = &props.lead.form;
    let status = props.lead.status;
    let edit = |make: fn(&web_sys::HtmlInputElement) -> LeadEdit| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = value_of(&event) {
                on_edit.emit(make(&input));
            }
        })
    };
    let on_submit = props
        .on_send
        .reform(|event: SubmitEvent| event.prevent_default());
    let message = match status {
        LeadStatus::Refused(LeadError::NoName) => Some(Key::LeadNeedName),
        LeadStatus::Refused(LeadError::NoContact) => Some(Key::LeadNeedContact),
        LeadStatus::Sending => Some(Key::LeadSending),
        LeadStatus::Sent => Some(Key::LeadSent),
        LeadStatus::Failed(LeadFailure::Busy) => Some(Key::LeadBusy),
        LeadStatus::Failed(LeadFailure::NotSent) => Some(Key::LeadNotSent),
        LeadStatus::Editing | LeadStatus::Refused(LeadError::NoConsent) => None,
    };
    // What was typed stays in the form: the visitor sends it again, or calls.
    let failed = matches!(status, LeadStatus::Failed(_));
    // What "include my answers" adds, in the visitor's language: the result's title and
    // the answers. The clinic receives the same items in English (the result as its
    // category, `lead::lead_body`); `data-sent` holds each exactly as sent.
    let shared = props
        .lead
        .result
        .as_ref()
        .filter(|_| form.include_answers)
        .map(|(answers, outcome)| {
            let title = outcome_title(*outcome, Procedure::of(answers));
            let answers = shared_answer_labels(answers).into_iter().map(|label| {
                html! {
                    <li data-sent={label.text(Lang::En)}>{ phrase(label, lang) }</li>
                }
            });
            html! {
                <div class="lead-preview">
                    <p>{ phrase(Key::LeadWillSend, lang) }</p>
                    <ul>
                        <li data-sent={outcome.category()}>
                            { phrase(Key::SummaryOutcome, lang) }{ " " }{ phrase(title, lang) }
                        </li>
                        { for answers }
                    </ul>
                    if let Some(note) = lead_language_note(lang) {
                        <p class="hint lead-language">{ phrase(note, lang) }</p>
                    }
                </div>
            }
        });
    html! {
        <form class="lead-form" onsubmit={on_submit} novalidate=true>
            <h3>{ phrase(Key::LeadHeading, lang) }</h3>
            <label class="field-label" for="smp-lead-name">{ phrase(Key::LeadName, lang) }</label>
            <input id="smp-lead-name" class="text-input" type="text" autocomplete="name" value={form.name.clone()}
                onchange={edit(|i| LeadEdit::Name(i.value()))} />
            <label class="field-label" for="smp-lead-contact">{ phrase(Key::LeadContact, lang) }</label>
            <input id="smp-lead-contact" class="text-input" type="text" autocomplete="email" value={form.contact.clone()}
                onchange={edit(|i| LeadEdit::Contact(i.value()))} />
            <label class="remember consent">
                <input type="checkbox" class="remember-box consent-box" checked={form.consent}
                    onchange={edit(|i| LeadEdit::Consent(i.checked()))} />
                <span>
                    { fill(Key::LeadConsent.text(lang), &[("clinic", props.clinic)]) }
                    { " " }<span class="lead-receiver">{ fill(Key::LeadReceiver.text(lang), &[("host", &props.lead.receiver)]) }</span>
                </span>
            </label>
            if props.lead.result.is_some() {
                <label class="remember include-answers">
                    <input type="checkbox" class="remember-box include-box" checked={form.include_answers}
                        onchange={edit(|i| LeadEdit::IncludeAnswers(i.checked()))} />
                    <span>{ phrase(Key::LeadIncludeAnswers, lang) }</span>
                </label>
            }
            if !form.include_answers {
                <p class="hint">{ phrase(Key::LeadOnlyContact, lang) }</p>
            }
            { for shared }
            <p class="lead-status" role="status">{ message.map(|m| m.text(lang)).unwrap_or("") }</p>
            <div class="nav">
                <button type="submit" class="button primary lead-send"
                    disabled={!form.consent || status == LeadStatus::Sending || status == LeadStatus::Sent}>
                    { phrase(if failed { Key::LeadTryAgain } else { Key::LeadSend }, lang) }
                </button>
                if failed {
                    <a class="button secondary lead-call" href={props.lead.phone.tel_href()}>
                        { fill(Key::LeadCall.text(lang), &[("phone", &props.lead.phone.display)]) }
                    </a>
                }
            </div>
        </form>
    }
}
