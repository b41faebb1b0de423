//! Commands from the page (the element's `open()`, `close()`, `reset()`, changed
//! attributes) into the running app.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Callback;

use crate::domain::config::Config;

pub enum Command {
    Open,
    Close,
    Reset,
    Reconfigure(Rc<Config>),
}

#[derive(Default)]
struct Mailbox {
    receiver: Option<Callback<Command>>,
    /// Sent before the app connected (it connects after its first render).
    waiting: Vec<Command>,
}

/// A mailbox the embed layer holds and the root component connects to once mounted.
#[derive(Clone, Default)]
pub struct Commands(Rc<RefCell<Mailbox>>);

impl PartialEq for Commands {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Commands {
    pub fn send(&self, command: Command) {
        let receiver = match self.0.try_borrow_mut() {
            Ok(mut mailbox) => match mailbox.receiver.clone() {
                Some(receiver) => receiver,
                None => return mailbox.waiting.push(command),
            },
            Err(_) => return,
        };
        receiver.emit(command);
    }

    pub(super) fn connect(&self, receiver: Option<Callback<Command>>) {
        let waiting = match self.0.try_borrow_mut() {
            Ok(mut mailbox) => {
                mailbox.receiver = receiver.clone();
                std::mem::take(&mut mailbox.waiting)
            }
            Err(_) => return,
        };
        if let Some(receiver) = receiver {
            for command in waiting {
                receiver.emit(command);
            }
        }
    }
}
