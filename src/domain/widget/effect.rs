//! What `update` asks the shell to do. Described as data so that the decisions stay in the
//! pure core and tests can read them; the shell only carries them out.

use crate::domain::outputs::events::WidgetEvent;
use crate::domain::outputs::lead::LeadBody;
use crate::domain::outputs::progress::Saved;

/// One side effect for the shell.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Tell the page: a DOM event on the element (and a `dataLayer` push when the marketer
    /// enabled it).
    Emit(WidgetEvent),
    /// Keep the visitor's progress on this device (they opted in).
    SaveProgress(Saved),
    /// Delete any kept progress.
    ForgetProgress,
    /// POST the contact request; answer with `Action::LeadAnswered { request, .. }`.
    SendLead {
        /// This request's number: an answer to an older one is dropped.
        request: u32,
        /// The clinic's endpoint.
        url: String,
        /// The body, turned into JSON text by the shell.
        body: LeadBody,
    },
    /// Open the browser's print dialog (the summary prints alone).
    Print,
    /// Hand the visitor a calendar file (`text/calendar`), made in the browser.
    DownloadCalendar {
        /// The file's name.
        file_name: &'static str,
        /// The iCalendar text (RFC 5545).
        text: String,
    },
}
