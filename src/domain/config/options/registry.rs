//! The option registry: every option declared once (`table.rs`), and what comes from it —
//! the [`OptionId`] names, the [`OPTIONS`] list (attribute, JSON key, the guide's type and
//! default, live or not, allowed in `config-src` or not) and [`RawOptions`], the serde
//! struct one JSON layer is read into. EMBEDDING.md's table is checked against [`OPTIONS`]
//! by a test, and the loader's observed attributes are written from the same table by
//! `build.rs`.

use serde::Deserialize;

use super::lenient::{Lenient, Loose};
use super::wire::{AreaPriceMap, Colour, Flag, Number, PriceList};
use crate::domain::config::placement::{Mode, Parts};
use crate::domain::pricing::prices::ClinicPrice;
use crate::domain::pricing::prices::PriceBasis;

/// One option, as the guide's table and the loader know it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OptionSpec {
    /// Which option.
    pub id: OptionId,
    /// Its name in console lines: the JSON key, or for `config-src` (which the loader
    /// reads) `config_src`.
    pub name: &'static str,
    /// Its attribute on `<smp-widget>`; `None` for an option only JSON can hold.
    pub attribute: Option<&'static str>,
    /// Its key in a JSON block or `config-src` file; `None` for one only the loader reads.
    /// (A key spelled with `-` for `_` is read too.)
    pub json_key: Option<&'static str>,
    /// Whether a change after mount is applied to a mounted widget: the loader observes
    /// exactly these attributes.
    pub live: bool,
    /// Whether a `config-src` file may set it (docs/reliability.md PRIV-9): not those that send
    /// data somewhere, nor `mode`, which the loader acts on before the file arrives.
    pub from_config_src: bool,
}

/// What the guide's table says of an option besides its names: kept apart from
/// [`OptionSpec`] so that the widget, which never reads it, does not ship it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GuideText {
    /// The values it takes (Markdown).
    pub value_type: &'static str,
    /// Its default (Markdown).
    pub default: &'static str,
}

impl OptionId {
    /// What the guide's table says of this option.
    pub fn guide(self) -> &'static GuideText {
        &GUIDE[self as usize]
    }

    /// This option's entry in [`OPTIONS`].
    pub fn spec(self) -> &'static OptionSpec {
        // Every id has exactly one entry, in declaration order.
        &OPTIONS[self as usize]
    }

    /// The name console lines use: the JSON key (`booking_url`).
    pub fn name(self) -> &'static str {
        self.spec().name
    }
}

impl OptionSpec {
    /// The option whose JSON key this is, with `-` read as `_` (`lead-url`, `lead_url`).
    pub fn by_json_key(key: &str) -> Option<&'static OptionSpec> {
        OPTIONS.iter().find(|spec| {
            spec.json_key.is_some_and(|json| {
                json.len() == key.len()
                    && json
                        .bytes()
                        .zip(key.bytes())
                        .all(|(j, k)| j == k || (j == b'_' && k == b'-'))
            })
        })
    }
}

/// The attributes the loader observes: those of the options applied live.
pub fn observed_attributes() -> impl Iterator<Item = &'static str> {
    OPTIONS
        .iter()
        .filter(|spec| spec.live)
        .filter_map(|spec| spec.attribute)
}

macro_rules! registry {
    (@json $name:ident : $wire:ty) => { Some(stringify!($name)) };
    (@json $name:ident) => { None };
    ($(
        $(#[doc = $doc:literal])*
        $id:ident $name:ident $(: $wire:ty)? {
            attribute: $attribute:expr,
            value_type: $value_type:literal,
            default: $default:literal,
            live: $live:literal,
            from_config_src: $from_config_src:literal $(,)?
        }
    )*) => {
        /// Every option, by name, in the guide's order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum OptionId {
            $( $(#[doc = $doc])* $id, )*
        }

        /// Every option, in the guide's order: the only list of them.
        pub const OPTIONS: &[OptionSpec] = &[
            $( OptionSpec {
                id: OptionId::$id,
                name: stringify!($name),
                attribute: $attribute,
                json_key: registry!(@json $name $(: $wire)?),
                live: $live,
                from_config_src: $from_config_src,
            }, )*
        ];

        /// The guide's words for each option, in the same order.
        const GUIDE: &[GuideText] = &[
            $( GuideText { value_type: $value_type, default: $default }, )*
        ];

        /// One JSON layer's options, as serde reads them (the fields are the JSON keys),
        /// each lenient: a value the option cannot take is kept, with why, for its one
        /// console line, and never refuses the others.
        #[derive(Clone, Debug, Default, PartialEq, Deserialize)]
        #[serde(default)]
        pub struct RawOptions {
            $( $(
                #[doc = concat!("The `", stringify!($name), "` option, if the layer sets it.")]
                pub $name: Lenient<$wire>,
            )? )*
        }

        impl RawOptions {
            /// Gives an option a value (an attribute's text); one only the loader reads is
            /// left alone.
            pub fn set(&mut self, id: OptionId, value: Loose) {
                match id {
                    $( $( OptionId::$id => self.$name = Lenient::<$wire>::from(Some(value)), )? )*
                    #[allow(unreachable_patterns)]
                    _ => {}
                }
            }

            /// The value an option was given in this layer, as given.
            pub fn given(&self, id: OptionId) -> Option<&Loose> {
                match id {
                    $( $( OptionId::$id => {
                        let field: &Lenient<$wire> = &self.$name;
                        field.raw.as_ref()
                    } )? )*
                    #[allow(unreachable_patterns)]
                    _ => None,
                }
            }
        }
    };
}

include!("table.rs");
