//! Elements whose class is one of a few whole, static strings.
//!
//! `html!` sends every non-literal `class={..}` through Yew's `Classes`, an `IndexSet` split
//! on spaces: hashing code in every visitor's download and work on every render, for
//! classes that are already complete strings. Every other dynamic attribute goes in as a
//! plain key and value; this gives `class` the same path.

use std::rc::Rc;

use yew::virtual_dom::{AttributeOrProperty, Attributes, VNode};
use yew::Html;

/// `element` with `class` as its only attribute (the elements this serves have no other).
pub fn with_class(mut element: Html, class: &'static str) -> Html {
    // Just built by `html!`, so not shared: no copy is ever needed.
    if let VNode::VTag(tag) = &mut element {
        if let Some(tag) = Rc::get_mut(tag) {
            tag.attributes = Attributes::Dynamic {
                keys: &["class"],
                values: Box::new([Some(AttributeOrProperty::Static(class))]),
            };
        }
    }
    element
}
