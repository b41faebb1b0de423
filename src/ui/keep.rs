//! A widget's progress across an unmount and a later mount of the same element (a
//! framework's keep-alive cache, a carousel that takes its slides out of the page): the
//! embed layer takes the state the app last rendered when it unmounts, and hands it to the
//! next app it mounts on that element. Plain data, no handle on the app: nothing of a
//! destroyed app stays alive through it.

use std::cell::RefCell;
use std::rc::Rc;

use crate::domain::widget::WidgetState;

/// Shared by the embed layer and the root component it mounts.
#[derive(Clone, Default)]
pub struct Keep(Rc<RefCell<Option<WidgetState>>>);

impl PartialEq for Keep {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Keep {
    /// For an app that starts from `kept` (the state of an earlier app on the same element),
    /// or afresh.
    pub fn new(kept: Option<WidgetState>) -> Self {
        Keep(Rc::new(RefCell::new(kept)))
    }

    /// The state the app last rendered (or the one it was to start from), taken.
    pub fn take(&self) -> Option<WidgetState> {
        self.0
            .try_borrow_mut()
            .ok()
            .and_then(|mut kept| kept.take())
    }

    /// Called on every render with the state rendered.
    pub(super) fn track(&self, state: &WidgetState) {
        if let Ok(mut kept) = self.0.try_borrow_mut() {
            *kept = Some(state.clone());
        }
    }
}
