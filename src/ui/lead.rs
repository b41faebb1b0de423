//! "Ask the clinic to contact you": shown only when the marketer configured an endpoint.
//! Nothing is sent until the visitor ticks the consent box and presses send; answers only
//! when they tick that too, and they see exactly which.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::phrase::phrase;
use super::quiz_state::QuizHandle;
use crate::domain::answers::Answers;
use crate::domain::lang::Lang;
use crate::domain::lead::{lead_body, shared_answers, LeadEdit, LeadError, LeadForm, LeadStatus};
use crate::domain::outcome::Outcome;
use crate::domain::text::{fill, Key};

/// A request for the embed layer to send, and where to say how it went.
pub struct LeadRequest {
    /// The clinic's endpoint, from the configuration.
    pub url: String,
    pub body: String,
    pub done: Callback<bool>,
}

/// What the contact form shows and does. A plain view: the root owns what was typed and
/// where the request stands.
pub(super) struct LeadFormProps<'a> {
    pub lang: Lang,
    /// Named in the consent label.
    pub clinic: &'a str,
    /// The host the request goes to (the `lead-url`'s), named in the consent sentence.
    pub receiver: &'a str,
    /// What the visitor typed and ticked so far.
    pub form: &'a LeadForm,
    pub status: LeadStatus,
    /// The quiz result, when there is one to share.
    pub result: Option<(Answers, Outcome)>,
    pub on_edit: Callback<LeadEdit>,
    /// Send was pressed.
    pub on_send: Callback<()>,
}

fn value_of(event: &Event) -> Option<web_sys::HtmlInputElement> {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
}

/// Send pressed: the request goes to the embed layer's sender, or the form says what is
/// missing. Consent is checked here too, though the button waits for it.
pub(super) fn send_lead(
    quiz: &QuizHandle,
    send: &Callback<LeadRequest>,
    url: String,
    result: Option<(Answers, Outcome)>,
) -> Callback<()> {
    let (quiz, send) = (quiz.clone(), send.clone());
    Callback::from(move |()| {
        let state = quiz.state();
        match lead_body(
            &state.lead,
            state.lang,
            result.as_ref().map(|(a, o)| (a, *o)),
        ) {
            Err(problem) => quiz.lead_refused(problem),
            Ok(body) => {
                quiz.lead_sending();
                let quiz = quiz.clone();
                send.emit(LeadRequest {
                    url: url.clone(),
                    body,
                    done: Callback::from(move |sent| quiz.lead_done(sent)),
                });
            }
        }
    })
}

pub(super) fn lead_form(props: LeadFormProps) -> Html {
    let lang = props.lang;
    let form = props.form;
    let status = props.status;
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
        LeadStatus::Failed => Some(Key::LeadFailed),
        LeadStatus::Editing | LeadStatus::Refused(LeadError::NoConsent) => None,
    };
    let shared = props.result.as_ref().filter(|_| form.include_answers).map(|(answers, outcome)| {
        html! {
            <div class="lead-preview">
                <p>{ phrase(Key::LeadWillSend, lang) }</p>
                <ul>
                    <li>{ outcome.category() }</li>
                    { for shared_answers(answers).into_iter().map(|a| html! { <li>{ a }</li> }) }
                </ul>
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
                    { phrase(Key::LeadConsentBefore, lang) }{ " " }{ props.clinic.to_owned() }{ " " }{ phrase(Key::LeadConsentAfter, lang) }
                    { " " }<span class="lead-receiver">{ fill(Key::LeadReceiver.text(lang), &[("host", props.receiver)]) }</span>
                </span>
            </label>
            if props.result.is_some() {
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
            <div class="nav">
                <button type="submit" class="button primary lead-send"
                    disabled={!form.consent || status == LeadStatus::Sending || status == LeadStatus::Sent}>
                    { phrase(Key::LeadSend, lang) }
                </button>
            </div>
            <p class="lead-status" role="status">{ message.map(|m| m.text(lang)).unwrap_or("") }</p>
        </form>
    }
}
