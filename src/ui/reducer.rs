//! The Yew adapter over the pure state machine (`domain::widget`): one reducer at the root
//! and a typed handle. `reduce` only calls `update`; the effects it returns wait in an
//! outbox until the shell runs them after the render (`use_run_effects`), never inside a
//! callback.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::config::Config;
use crate::domain::copy::lang::Lang;
use crate::domain::date::Date;
use crate::domain::outputs::events::Cta;
use crate::domain::outputs::lead::{LeadEdit, LeadReply};
use crate::domain::outputs::progress::Saved;
use crate::domain::pricing::estimate::Place;
use crate::domain::quiz::answers::{Answer, QuestionId};
use crate::domain::widget::{initial_effects, resume, update, Action, Effect, Update, WidgetState};

/// Effects `update` returned that the shell has not run yet.
type Outbox = Rc<RefCell<Vec<Effect>>>;

/// The root's state: the pure state, the outbox its effects go to, and a generation that
/// changes with every accepted action (cheaper to compare than the whole state).
#[derive(Clone)]
pub(super) struct Store {
    state: WidgetState,
    outbox: Outbox,
    generation: u64,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        self.generation == other.generation
    }
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match update(&self.state, action) {
            // Refused: the same state, so nothing re-renders.
            Update::Refused => self,
            Update::Next { state, effects } => {
                if let Ok(mut outbox) = self.outbox.try_borrow_mut() {
                    outbox.extend(effects);
                }
                Rc::new(Store {
                    state,
                    outbox: self.outbox.clone(),
                    generation: self.generation.wrapping_add(1),
                })
            }
        }
    }
}

/// What views and hooks hold to read the state and act on it; never a raw dispatch.
#[derive(Clone, PartialEq)]
pub struct WidgetControl {
    store: UseReducerHandle<Store>,
}

impl WidgetControl {
    /// The state now.
    pub fn state(&self) -> &WidgetState {
        &self.store.state
    }
    /// Takes the effects waiting to run, oldest first.
    pub(super) fn take_effects(&self) -> Vec<Effect> {
        self.store
            .outbox
            .try_borrow_mut()
            .map(|mut outbox| std::mem::take(&mut *outbox))
            .unwrap_or_default()
    }
    fn act(&self, action: Action) {
        self.store.dispatch(action)
    }
    /// "Start the self-assessment".
    pub fn begin(&self) {
        self.act(Action::Begin)
    }
    /// A choice ticked.
    pub fn answer(&self, answer: Answer) {
        self.act(Action::Answer(answer))
    }
    /// "Next".
    pub fn next(&self) {
        self.act(Action::Next)
    }
    /// "Back".
    pub fn back(&self) {
        self.act(Action::Back)
    }
    /// "Change this answer".
    pub fn edit(&self, question: QuestionId) {
        self.act(Action::Edit(question))
    }
    /// "Start over" (and the page's `reset()`).
    pub fn start_over(&self) {
        self.act(Action::StartOver)
    }
    /// "See what it could cost".
    pub fn open_estimator(&self) {
        self.act(Action::OpenEstimator)
    }
    /// "Back to my result".
    pub fn close_estimator(&self) {
        self.act(Action::CloseEstimator)
    }
    /// A city chosen.
    pub fn choose_place(&self, place: Place) {
        self.act(Action::ChoosePlace(place))
    }
    /// Sessions chosen.
    pub fn choose_sessions(&self, sessions: u8) {
        self.act(Action::ChooseSessions(sessions))
    }
    /// A start date chosen.
    pub fn choose_start(&self, start: Date) {
        self.act(Action::ChooseStart(start))
    }
    /// The language button.
    pub fn switch_language(&self, lang: Lang) {
        self.act(Action::SwitchLanguage(lang))
    }
    /// "Remember my answers" ticked (at `now_ms`) or unticked.
    pub fn remember(&self, on: bool, now_ms: u64) {
        self.act(Action::Remember { on, now_ms })
    }
    /// "Forget my answers".
    pub fn forget(&self) {
        self.act(Action::Forget)
    }
    /// "Share my type of result" ticked or unticked.
    pub fn share_outcome(&self, on: bool) {
        self.act(Action::ShareOutcome(on))
    }
    /// A call-to-action pressed.
    pub fn cta(&self, cta: Cta) {
        self.act(Action::Cta(cta))
    }
    /// "Add the plan to my calendar": the plan shown, at `now_ms`.
    pub fn add_to_calendar(&self, start: Date, sessions: u8, now_ms: u64) {
        self.act(Action::AddToCalendar {
            start,
            sessions,
            now_ms,
        })
    }
    /// The page changed the configuration.
    pub fn reconfigure(&self, config: Rc<Config>) {
        self.act(Action::Reconfigure(config))
    }
    /// A contact-form field changed.
    pub fn edit_lead(&self, edit: LeadEdit) {
        self.act(Action::EditLead(edit))
    }
    /// "Send my request".
    pub fn send_lead(&self) {
        self.act(Action::SendLead)
    }
    /// The endpoint answered request number `request`.
    pub fn lead_answered(&self, request: u32, reply: LeadReply) {
        self.act(Action::LeadAnswered { request, reply })
    }
}

/// The root's state, from the configuration and language the page gave and the progress
/// the visitor chose to keep last time (`restore` runs once) — or, when the same element
/// comes back to the page, the state it left with (`resumed`, once): then the visitor is
/// where they were, and nothing is announced again.
#[hook]
pub fn use_widget(
    config: Rc<Config>,
    lang: Lang,
    restore: impl FnOnce() -> Option<Saved> + 'static,
    resumed: impl FnOnce() -> Option<WidgetState> + 'static,
) -> WidgetControl {
    WidgetControl {
        store: use_reducer(move || {
            let (state, effects) = match resumed() {
                Some(kept) => (resume(&kept, config), Vec::new()),
                None => {
                    let state = WidgetState::new(config, lang, restore());
                    let effects = initial_effects(&state);
                    (state, effects)
                }
            };
            let outbox: Outbox = Rc::new(RefCell::new(effects));
            Store {
                state,
                outbox,
                generation: 0,
            }
        }),
    }
}
