//! The optional "ask the clinic to contact me" request, sent to the clinic's own endpoint.
//! Only allow-listed contact fields go, unless the visitor ticks "include my answers", and
//! then exactly what the form shows them.

use super::answers::{Answers, QuestionId};
use super::json::Json;
use super::labels::answer_label;
use super::lang::Lang;
use super::outcome::Outcome;

/// What the visitor typed and ticked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeadForm {
    pub name: String,
    /// A phone number or an email address.
    pub contact: String,
    pub consent: bool,
    pub include_answers: bool,
}

/// One change the visitor makes to the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeadEdit {
    Name(String),
    Contact(String),
    Consent(bool),
    IncludeAnswers(bool),
}

impl LeadForm {
    pub fn apply(&mut self, edit: LeadEdit) {
        match edit {
            LeadEdit::Name(name) => self.name = name,
            LeadEdit::Contact(contact) => self.contact = contact,
            LeadEdit::Consent(on) => self.consent = on,
            LeadEdit::IncludeAnswers(on) => self.include_answers = on,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeadError {
    NoConsent,
    NoName,
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
    Sending,
    Sent,
    Failed,
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

/// The JSON body, or why it cannot be sent.
pub fn lead_body(
    form: &LeadForm,
    lang: Lang,
    result: Option<(&Answers, Outcome)>,
) -> Result<String, LeadError> {
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
    let text = |s: &str| Json::String(s.to_owned());
    let mut members = vec![
        ("name".to_owned(), text(name)),
        ("contact".to_owned(), text(contact)),
        ("lang".to_owned(), text(lang.tag())),
        ("source".to_owned(), text("smp-widget")),
    ];
    if form.include_answers {
        if let Some((answers, outcome)) = result {
            members.push(("outcome".to_owned(), text(outcome.category())));
            members.push((
                "answers".to_owned(),
                Json::Array(shared_answers(answers).into_iter().map(text).collect()),
            ));
        }
    }
    Ok(Json::Object(members).to_text())
}
