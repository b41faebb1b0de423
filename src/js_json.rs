//! JSON through the browser: text goes through its own `JSON.parse` and `JSON.stringify`,
//! and serde reads and writes the values they take and give, so no JSON text parser ships
//! in the wasm. Used by the embed layer (the configuration, the contact request) and the ui
//! layer (kept progress); it knows nothing of either.
//!
//! Reading is [`JsValueDeserializer`], a serde `Deserializer` over what `JSON.parse` gives
//! (null, booleans, numbers, strings, arrays, plain objects), whose error carries no message:
//! serde-wasm-bindgen's `from_value` does the same job, but formats every type error it
//! could raise, which brings the float printer and its tables (about 10 KB compressed) into
//! every visitor's download for a message nobody reads: every caller here only needs
//! "does not read as that type". Writing is serde-wasm-bindgen's `to_value`.

use std::fmt;

use js_sys::{Array, Object};
use serde::de::{self, DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

/// Reads JSON text as `T`: `None` when the browser's `JSON.parse` refuses it or the value
/// does not read as `T`.
pub fn parse<T: DeserializeOwned>(text: &str) -> Option<T> {
    let value = js_sys::JSON::parse(text).ok()?;
    T::deserialize(JsValueDeserializer(value)).ok()
}

/// JSON text for `value`, written by the browser's `JSON.stringify`.
pub fn stringify<T: Serialize + ?Sized>(value: &T) -> Option<String> {
    let value = serde_wasm_bindgen::to_value(value).ok()?;
    js_sys::JSON::stringify(&value).ok().map(String::from)
}

/// A value `JSON.parse` gave, for serde to read. A number that is a safe integer is handed
/// over as one (so integer fields read it), any other as a float (an infinity too); a string
/// as the browser turns it into UTF-8 (a lone surrogate becomes U+FFFD); an object's members
/// in their order.
pub struct JsValueDeserializer(pub JsValue);

/// The value does not read as the type asked for.
#[derive(Debug)]
pub struct NotThatType;

impl fmt::Display for NotThatType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the value does not read as that type")
    }
}

impl std::error::Error for NotThatType {}

impl de::Error for NotThatType {
    /// The message is dropped unformatted: formatting it is what would bring the printers.
    fn custom<T: fmt::Display>(_: T) -> Self {
        NotThatType
    }
}

/// `Number.MAX_SAFE_INTEGER`.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

impl<'de> de::Deserializer<'de> for JsValueDeserializer {
    type Error = NotThatType;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, NotThatType> {
        let value = self.0;
        if value.is_null() || value.is_undefined() {
            visitor.visit_unit()
        } else if let Some(b) = value.as_bool() {
            visitor.visit_bool(b)
        } else if let Some(n) = value.as_f64() {
            if n.fract() == 0.0 && n.abs() <= MAX_SAFE_INTEGER {
                visitor.visit_i64(n as i64)
            } else {
                visitor.visit_f64(n)
            }
        } else if let Some(text) = value.as_string() {
            visitor.visit_string(text)
        } else if Array::is_array(&value) {
            visitor.visit_seq(Items {
                items: value.unchecked_into(),
                at: 0,
            })
        } else if value.is_object() {
            visitor.visit_map(Members {
                entries: Object::entries(value.unchecked_ref()),
                at: 0,
                value: None,
            })
        } else {
            Err(NotThatType)
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

/// An array's items, in order.
struct Items {
    items: Array,
    at: u32,
}

impl<'de> SeqAccess<'de> for Items {
    type Error = NotThatType;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, NotThatType> {
        if self.at >= self.items.length() {
            return Ok(None);
        }
        let item = self.items.get(self.at);
        self.at += 1;
        seed.deserialize(JsValueDeserializer(item)).map(Some)
    }
}

/// An object's own members (`Object.entries`), in order.
struct Members {
    entries: Array,
    at: u32,
    value: Option<JsValue>,
}

impl<'de> MapAccess<'de> for Members {
    type Error = NotThatType;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, NotThatType> {
        if self.at >= self.entries.length() {
            return Ok(None);
        }
        let entry: Array = self.entries.get(self.at).unchecked_into();
        self.at += 1;
        self.value = Some(entry.get(1));
        seed.deserialize(JsValueDeserializer(entry.get(0)))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, NotThatType> {
        let value = self.value.take().unwrap_or(JsValue::UNDEFINED);
        seed.deserialize(JsValueDeserializer(value))
    }
}
