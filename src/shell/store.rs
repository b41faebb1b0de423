//! Where opted-in progress is kept; the embed layer supplies `localStorage`, tests and the
//! default supply nothing (nothing stored).

use std::rc::Rc;

type Load = Rc<dyn Fn() -> Option<String>>;
type Save = Rc<dyn Fn(&str)>;
type Remove = Rc<dyn Fn()>;

#[derive(Clone)]
pub struct ProgressStore {
    load: Load,
    save: Save,
    remove: Remove,
}

impl ProgressStore {
    pub fn new(load: Load, save: Save, remove: Remove) -> Self {
        ProgressStore { load, save, remove }
    }
    pub fn load(&self) -> Option<String> {
        (self.load)()
    }
    pub fn save(&self, text: &str) {
        (self.save)(text)
    }
    pub fn remove(&self) {
        (self.remove)()
    }
}

impl Default for ProgressStore {
    fn default() -> Self {
        ProgressStore {
            load: Rc::new(|| None),
            save: Rc::new(|_| {}),
            remove: Rc::new(|| {}),
        }
    }
}

impl PartialEq for ProgressStore {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.load, &other.load)
    }
}
