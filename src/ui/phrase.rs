//! A phrase of ours as a text node.
//!
//! `{ key.text(lang) }` in `html!` goes through Yew's `From<T: ToString> for VNode`: every
//! render copies the phrase into a `String` and again into an `Rc<str>`, and that code is
//! repeated at each of the ~90 places a phrase is shown. The phrases are `'static`, so the
//! node can point at them instead.

use yew::virtual_dom::{AttrValue, VNode, VText};
use yew::Html;

use crate::domain::copy::lang::Lang;
use crate::domain::copy::text::Key;

#[inline(never)]
pub fn phrase(key: Key, lang: Lang) -> Html {
    VNode::VText(VText::new(AttrValue::Static(key.text(lang))))
}
