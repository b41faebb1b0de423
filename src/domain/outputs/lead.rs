//! The optional "ask the clinic to contact me" request, sent to the clinic's own endpoint.
//! Only allow-listed contact fields go, unless the visitor ticks "include my answers", and
//! then exactly what the form shows them.

use serde::Serialize;

use crate::domain::copy::labels::answer_label;
use crate::domain::copy::lang::Lang;
use crate::domain::quiz::answers::{Answers, QuestionId};
use crate::domain::quiz::outcome::Outcome;

/// What the visitor typed and ticked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeadForm {
    /// Their name.
    pub name: String,
    /// A phone number or an email address.
    pub contact: String,
    /// Ticked: "contact me" consent; nothing is sent without it.
    pub consent: bool,
    /// Ticked: "include my answers".
    pub include_answers: bool,
}

/// One change the visitor makes to the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeadEdit {
    /// The name field's new text.
    Name(String),
    /// The contact field's new text.
    Contact(String),
    /// The consent box, ticked or not.
    Consent(bool),
    /// The "include my answers" box, ticked or not.
    IncludeAnswers(bool),
}

impl LeadForm {
    /// Makes the change.
    pub fn apply(&mut self, edit: LeadEdit) {
        match edit {
            LeadEdit::Name(name) => self.name = name,
            LeadEdit::Contact(contact) => self.contact = contact,
            LeadEdit::Consent(on) => self.consent = on,
            LeadEdit::IncludeAnswers(on) => self.include_answers = on,
        }
    }
}

/// Why the request cannot be sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeadError {
    /// The consent box is not ticked.
    NoConsent,
    /// No name, or one over 80 characters.
    NoName,
    /// Neither a phone number (7 to 15 digits) nor an email address, or over 120 characters.
    NoContact,
}

/// Where the request stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LeadStatus {
    /// Being filled in.
    #[default]
    Editing,
    /// Send was pressed and the form said why not.
    Refused(LeadError),
    /// On its way.
    Sending,
    /// The endpoint answered with success.
    Sent,
    /// It did not go through; the form keeps what the visitor typed, to send again.
    Failed(LeadFailure),
}

/// Why a request did not go through, as the visitor is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeadFailure {
    /// The clinic's site asked to try again later (503 or 429, as when its database could
    /// not take the request): worth another try in a minute.
    Busy,
    /// Refused, or no answer at all (offline, a blocked address, a broken server).
    NotSent,
}

/// How the clinic's endpoint answered one request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeadReply {
    /// Any 2xx.
    Received,
    /// 503 Service Unavailable or 429 Too Many Requests: try again later.
    Busy,
    /// Any other status, or no response.
    NotSent,
}

impl LeadReply {
    /// The reply an HTTP status means; `None` when there was no response.
    pub fn of_status(status: Option<u16>) -> LeadReply {
        match status {
            Some(200..=299) => LeadReply::Received,
            Some(429 | 503) => LeadReply::Busy,
            _ => LeadReply::NotSent,
        }
    }
}

/// The answers as the form shows them (question-independent labels, in English so the
/// clinic reads one language), in path order.
pub fn shared_answers(answers: &Answers) -> Vec<&'static str> {
    QuestionId::ALL
        .iter()
        .filter_map(|q| answers.get(*q))
        .map(|a| answer_label(a).text(Lang::En))
        .collect()
}

fn valid_contact(contact: &str) -> bool {
    let digits = contact.chars().filter(char::is_ascii_digit).count();
    let email = contact
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
    email || (7..=15).contains(&digits)
}

/// The request's JSON body: only these fields, in this order; `outcome` and `answers` only
/// when the visitor ticked "include my answers". The browser turns it into text with
/// `JSON.stringify`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LeadBody {
    /// The name the visitor typed, trimmed.
    pub name: String,
    /// Their phone number or email address, trimmed.
    pub contact: String,
    /// The widget's language, as a tag (`en-US`).
    pub lang: &'static str,
    /// Always `smp-widget`.
    pub source: &'static str,
    /// The outcome's category, when the answers are shared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<&'static str>,
    /// The answers as the form shows them, when shared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answers: Option<Vec<&'static str>>,
}

/// The body, or why it cannot be sent.
pub fn lead_body(
    form: &LeadForm,
    lang: Lang,
    result: Option<(&Answers, Outcome)>,
) -> Result<LeadBody, LeadError> {
    if !form.consent {
        return Err(LeadError::NoConsent);
    }
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > 80 {
        return Err(LeadError::NoName);
    }
    let contact = form.contact.trim();
    if !valid_contact(contact) || contact.chars().count() > 120 {
        return Err(LeadError::NoContact);
    }
    let shared = result.filter(|_| form.include_answers);
    Ok(LeadBody {
        name: name.to_owned(),
        contact: contact.to_owned(),
        lang: lang.tag(),
        source: "smp-widget",
        outcome: shared.map(|(_, outcome)| outcome.category()),
        answers: shared.map(|(answers, _)| shared_answers(answers)),
    })
}
