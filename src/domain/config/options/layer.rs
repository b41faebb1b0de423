//! One layer of options — the `config-src` file, the inline JSON block, or the element's
//! attributes — as serde reads it: the options it sets (each lenient), and what it held,
//! in order, so that its console lines come in the order the marketer wrote it.

use std::fmt;

use serde::de::value::StrDeserializer;
use serde::de::{DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, Visitor};
use serde::Deserialize;

use super::json_break::json_break;
use super::lenient::Loose;
use super::problem::JsonBreak;
use super::registry::{OptionId, OptionSpec, RawOptions, OPTIONS};

/// One thing a layer held.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    /// An option it sets (the first spelling, if it spells one twice), and its name as
    /// written: the attribute, or the JSON key as spelled.
    Option(OptionId, String),
    /// A key that names no option.
    Unknown(String),
    /// The layer is JSON but not a JSON object: it sets nothing. Its first 40 characters.
    NotAnObject(String),
    /// The layer is not JSON: it sets nothing. Where it breaks.
    NotJson(JsonBreak),
}

/// One layer of options.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layer {
    /// The options it sets, each read leniently.
    pub options: RawOptions,
    /// What it held, in order.
    pub entries: Vec<Entry>,
}

impl Layer {
    /// A layer whose text the browser would not read as a JSON object: one console line,
    /// nothing set. The line says where the text stops being JSON, if it does.
    pub fn not_an_object(text: &str) -> Layer {
        let entry = match json_break(text) {
            Some(at) => Entry::NotJson(at),
            None => Entry::NotAnObject(text.trim().chars().take(40).collect()),
        };
        Layer {
            options: RawOptions::default(),
            entries: vec![entry],
        }
    }

    /// The element's attributes, read by name: every option that has an attribute and that
    /// the widget reads (`config-src` is the loader's), each as text.
    pub fn from_attributes(attribute: &dyn Fn(&str) -> Option<String>) -> Layer {
        let mut layer = Layer::default();
        for spec in OPTIONS.iter().filter(|spec| spec.json_key.is_some()) {
            let Some(name) = spec.attribute else {
                continue;
            };
            if let Some(value) = attribute(name) {
                layer.options.set(spec.id, Loose::Text(value));
                layer.entries.push(Entry::Option(spec.id, name.to_owned()));
            }
        }
        layer
    }
}

/// A JSON object is read into [`RawOptions`] by its derived `Deserialize`, through
/// [`Keys`], which notes each key in order, passes on the options' keys (spelled with `_`)
/// and sets the rest aside. Anything but an object is an error: the caller then uses
/// [`Layer::not_an_object`].
impl<'de> Deserialize<'de> for Layer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LayerVisitor)
    }
}

struct LayerVisitor;

impl<'de> Visitor<'de> for LayerVisitor {
    type Value = Layer;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object of options")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Layer, A::Error> {
        let mut entries = Vec::new();
        let keys = Keys {
            map,
            entries: &mut entries,
        };
        let options = RawOptions::deserialize(serde::de::value::MapAccessDeserializer::new(keys))?;
        Ok(Layer { options, entries })
    }
}

/// The object's members as [`RawOptions`]' derived visitor sees them: only options, each
/// once, under its JSON key. A key that names no option, or names one again, has its value
/// skipped here (depth-limited, as every value is).
struct Keys<'a, A> {
    map: A,
    entries: &'a mut Vec<Entry>,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Keys<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        while let Some(key) = self.map.next_key::<String>()? {
            let spec = OptionSpec::by_json_key(&key);
            let seen = |id| {
                self.entries
                    .iter()
                    .any(|entry| matches!(entry, Entry::Option(seen, _) if *seen == id))
            };
            match spec.and_then(|spec| Some((spec.id, spec.json_key?))) {
                Some((id, json_key)) if !seen(id) => {
                    self.entries.push(Entry::Option(id, key));
                    let key: StrDeserializer<A::Error> = json_key.into_deserializer();
                    return seed.deserialize(key).map(Some);
                }
                Some(_) => {
                    self.map.next_value::<Loose>()?;
                }
                None => {
                    self.map.next_value::<Loose>()?;
                    self.entries.push(Entry::Unknown(key));
                }
            }
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}
