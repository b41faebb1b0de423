//! Every word the widget shows: the phrase table in English and Spanish with named
//! placeholders ([`text`]), the languages ([`lang`]), which phrase names each question,
//! answer and result ([`labels`]), and the formatter the shell hands in for money and dates
//! ([`format`]).

pub mod format;
pub mod labels;
pub mod lang;
pub mod text;
