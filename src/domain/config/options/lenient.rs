//! Reading an option leniently: whatever a JSON layer holds for it, deserializing never
//! fails. The value is kept as given ([`Loose`]), and read as the option's type ([`Read`])
//! when the layer is applied, with what the page knows (its number reader); a value the
//! option cannot take is one console line, and one bad field never costs the others.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::refusal::Refusal;

/// Nesting deeper than this refuses the whole layer (as it always has), so that hostile
/// input cannot exhaust the stack while it is read.
pub const MAX_DEPTH: usize = 32;

/// Any JSON value, as `JSON.parse` hands it over: what an option was given, kept to name it
/// in a console line and to read it as the option's type.
#[derive(Clone, Debug, PartialEq)]
pub enum Loose {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number; `JSON.parse` reads one too large as an infinity.
    Number(f64),
    /// A string (an attribute's value is always one).
    Text(String),
    /// An array.
    List(Vec<Loose>),
    /// An object's members, in order.
    Map(Vec<(String, Loose)>),
}

impl Loose {
    /// The text, if this is a string.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Loose::Text(text) => Some(text),
            _ => None,
        }
    }

    /// An object's member (the last one, if the key repeats), or `Null`.
    pub fn get(&self, key: &str) -> &Loose {
        match self {
            Loose::Map(members) => members
                .iter()
                .rev()
                .find(|(k, _)| k == key)
                .map_or(&Loose::Null, |(_, v)| v),
            _ => &Loose::Null,
        }
    }

    /// The value as a console line shows it: a string as it is, anything else as compact
    /// JSON (a fraction as `<number>`, so no float printer ships for a warning).
    pub fn shown(&self) -> String {
        match self {
            Loose::Text(text) => text.clone(),
            other => {
                let mut out = String::new();
                other.write(&mut out);
                out
            }
        }
    }

    fn write(&self, out: &mut String) {
        match self {
            Loose::Null => out.push_str("null"),
            Loose::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Loose::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => {
                out.push_str(&(*n as i64).to_string())
            }
            Loose::Number(_) => out.push_str("<number>"),
            Loose::Text(text) => {
                out.push('"');
                for c in text.chars() {
                    match c {
                        '"' => out.push_str("\\\""),
                        '\\' => out.push_str("\\\\"),
                        c if c.is_control() => out.push(' '),
                        c => out.push(c),
                    }
                }
                out.push('"');
            }
            Loose::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Loose::Map(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    Loose::Text(key.clone()).write(out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Depth(0).deserialize(deserializer)
    }
}

/// Reads a [`Loose`] value this deep in its field; past [`MAX_DEPTH`] it is an error.
#[derive(Clone, Copy)]
struct Depth(usize);

impl<'de> DeserializeSeed<'de> for Depth {
    type Value = Loose;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Loose, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Depth {
    type Value = Loose;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }

    fn visit_none<E>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Loose, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_bool<E>(self, b: bool) -> Result<Loose, E> {
        Ok(Loose::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Loose, E> {
        Ok(Loose::Number(n as f64))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Loose, E> {
        Ok(Loose::Number(n as f64))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Loose, E> {
        Ok(Loose::Number(n))
    }

    fn visit_str<E>(self, text: &str) -> Result<Loose, E> {
        Ok(Loose::Text(text.to_owned()))
    }

    fn visit_string<E>(self, text: String) -> Result<Loose, E> {
        Ok(Loose::Text(text))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        let inner = self.deeper()?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(inner)? {
            items.push(item);
        }
        Ok(Loose::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
        let inner = self.deeper()?;
        let mut members = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            members.push((key, map.next_value_seed(inner)?));
        }
        Ok(Loose::Map(members))
    }
}

impl Depth {
    fn deeper<E: de::Error>(self) -> Result<Depth, E> {
        if self.0 >= MAX_DEPTH {
            return Err(E::custom("nested too deeply"));
        }
        Ok(Depth(self.0 + 1))
    }
}

/// Reads number text (an attribute's value) once it is known to be plain decimal notation:
/// in the browser its own `parseFloat`, natively Rust's `str::parse`. The domain has no
/// number-text reader of its own (Rust's brings about 13 KB of tables into the download).
pub type ParseNumber<'a> = &'a dyn Fn(&str) -> Option<f64>;

/// A type an option's value is read as, from whatever the page gave.
pub trait Read: Sized {
    /// The value, or why the option cannot take it.
    fn read(value: &Loose, parse_number: ParseNumber<'_>) -> Result<Self, Refusal>;
}

/// An option's field in one layer: the value as given, if any, to be read as `T` when the
/// layer is applied. Deserializing it never fails, whatever the JSON holds (past
/// [`MAX_DEPTH`] aside), so one bad field never refuses the whole block: a value the
/// option cannot take becomes one console line then, and the option keeps its default.
#[derive(Clone, Debug, PartialEq)]
pub struct Lenient<T> {
    /// As given.
    pub raw: Option<Loose>,
    read_as: PhantomData<fn() -> T>,
}

impl<T> Default for Lenient<T> {
    fn default() -> Self {
        Lenient::from(None)
    }
}

impl<T> From<Option<Loose>> for Lenient<T> {
    fn from(raw: Option<Loose>) -> Self {
        Lenient {
            raw,
            read_as: PhantomData,
        }
    }
}

impl<'de, T> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Loose::deserialize(deserializer).map(|raw| Lenient::from(Some(raw)))
    }
}
