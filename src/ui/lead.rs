//! "Ask the clinic to contact you": shown only when the marketer configured an endpoint.
//! Nothing is sent until the visitor ticks the consent box and presses send; answers only
//! when they tick that too, and they see exactly which.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::phrase::phrase;
use crate::domain::answers::Answers;
use crate::domain::lang::Lang;
use crate::domain::lead::{lead_body, shared_answers, LeadError, LeadForm};
use crate::domain::outcome::Outcome;
use crate::domain::text::Key;

/// A request for the embed layer to send, and where to say how it went.
pub struct LeadRequest {
    /// The clinic's endpoint, from the configuration.
    pub url: String,
    pub body: String,
    pub done: Callback<bool>,
}

#[derive(Properties, PartialEq)]
pub struct LeadFormViewProps {
    pub lang: Lang,
    /// Named in the consent label.
    pub clinic: String,
    /// Where requests go.
    pub url: String,
    /// The quiz result, when there is one to share.
    #[prop_or_default]
    pub result: Option<(Answers, Outcome)>,
    pub on_send: Callback<LeadRequest>,
}

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Editing(Option<LeadError>),
    Sending,
    Sent,
    Failed,
}

fn value_of(event: &Event) -> Option<web_sys::HtmlInputElement> {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
}

#[component]
pub fn LeadFormView(props: &LeadFormViewProps) -> Html {
    let lang = props.lang;
    let form = use_state(LeadForm::default);
    let status = use_state_eq(|| Status::Editing(None));
    let edit = |apply: fn(&mut LeadForm, &web_sys::HtmlInputElement)| {
        let form = form.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = value_of(&event) {
                let mut next = (*form).clone();
                apply(&mut next, &input);
                form.set(next);
            }
        })
    };
    let on_submit = {
        let (form, status, on_send) = (form.clone(), status.clone(), props.on_send.clone());
        let url = props.url.clone();
        let result = props.result;
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match lead_body(&form, lang, result.as_ref().map(|(a, o)| (a, *o))) {
                Err(problem) => status.set(Status::Editing(Some(problem))),
                Ok(body) => {
                    status.set(Status::Sending);
                    let status = status.clone();
                    let done = Callback::from(move |ok: bool| {
                        status.set(if ok { Status::Sent } else { Status::Failed })
                    });
                    on_send.emit(LeadRequest {
                        url: url.clone(),
                        body,
                        done,
                    });
                }
            }
        })
    };
    let problem = match *status {
        Status::Editing(Some(LeadError::NoName)) => Some(Key::LeadNeedName),
        Status::Editing(Some(LeadError::NoContact)) => Some(Key::LeadNeedContact),
        _ => None,
    };
    let message = match *status {
        Status::Sending => Some(Key::LeadSending),
        Status::Sent => Some(Key::LeadSent),
        Status::Failed => Some(Key::LeadFailed),
        Status::Editing(_) => problem,
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
                onchange={edit(|f, i| f.name = i.value())} />
            <label class="field-label" for="smp-lead-contact">{ phrase(Key::LeadContact, lang) }</label>
            <input id="smp-lead-contact" class="text-input" type="text" autocomplete="email" value={form.contact.clone()}
                onchange={edit(|f, i| f.contact = i.value())} />
            <label class="remember consent">
                <input type="checkbox" class="remember-box consent-box" checked={form.consent}
                    onchange={edit(|f, i| f.consent = i.checked())} />
                <span>{ phrase(Key::LeadConsentBefore, lang) }{ " " }{ props.clinic.clone() }{ " " }{ phrase(Key::LeadConsentAfter, lang) }</span>
            </label>
            if props.result.is_some() {
                <label class="remember include-answers">
                    <input type="checkbox" class="remember-box include-box" checked={form.include_answers}
                        onchange={edit(|f, i| f.include_answers = i.checked())} />
                    <span>{ phrase(Key::LeadIncludeAnswers, lang) }</span>
                </label>
            }
            if !form.include_answers {
                <p class="hint">{ phrase(Key::LeadOnlyContact, lang) }</p>
            }
            { for shared }
            <div class="nav">
                <button type="submit" class="button primary lead-send"
                    disabled={!form.consent || *status == Status::Sending || *status == Status::Sent}>
                    { phrase(Key::LeadSend, lang) }
                </button>
            </div>
            <p class="lead-status" role="status">{ message.map(|m| m.text(lang)).unwrap_or("") }</p>
        </form>
    }
}
