//! Where a JSON text breaks. The browser's `JSON.parse` reads the options, but only some
//! engines say where it failed (Safari says nothing of a place), so when it refuses a block
//! or a file this small reader finds the first character that is not JSON (RFC 8259), for
//! a console line a marketer can act on: "line 4, column 1: expected a name in quotes".
//! It only runs on text the browser already refused.

use super::problem::JsonBreak;

/// Deeper than an option's value may go (the options object is one level more).
const MAX_DEPTH: usize = super::lenient::MAX_DEPTH + 1;

/// The first place `text` stops being one JSON value; `None` when it is JSON.
pub fn json_break(text: &str) -> Option<JsonBreak> {
    let mut reader = Reader {
        chars: text.char_indices().peekable(),
        text,
    };
    let result = reader.value(0).and_then(|()| {
        reader.spaces();
        match reader.chars.peek() {
            None => Ok(()),
            Some(&(at, _)) => Err((at, "the end of the JSON (extra text after it)")),
        }
    });
    let (at, expected) = result.err()?;
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    Some(JsonBreak {
        line,
        column,
        offset: before.chars().count(),
        expected,
    })
}

/// The byte index of a break, and what was expected there.
type Break = (usize, &'static str);

struct Reader<'a> {
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    text: &'a str,
}

impl Reader<'_> {
    /// Where the next character is (the text's end when there is none).
    fn here(&mut self) -> usize {
        self.chars.peek().map_or(self.text.len(), |&(at, _)| at)
    }

    fn spaces(&mut self) {
        while self
            .chars
            .next_if(|&(_, c)| matches!(c, ' ' | '\t' | '\n' | '\r'))
            .is_some()
        {}
    }

    /// Takes `c` (after spaces), or breaks with `expected`.
    fn expect(&mut self, c: char, expected: &'static str) -> Result<(), Break> {
        self.spaces();
        let at = self.here();
        self.chars
            .next_if(|&(_, next)| next == c)
            .map(drop)
            .ok_or((at, expected))
    }

    fn value(&mut self, depth: usize) -> Result<(), Break> {
        self.spaces();
        let at = self.here();
        if depth > MAX_DEPTH {
            return Err((at, "at most 32 levels of nesting"));
        }
        match self.chars.peek().map(|&(_, c)| c) {
            Some('{') => self.members(depth),
            Some('[') => self.items(depth),
            Some('"') => self.string(),
            Some('-' | '0'..='9') => self.number(),
            Some('t') => self.word("true"),
            Some('f') => self.word("false"),
            Some('n') => self.word("null"),
            Some('\'') => Err((at, "double quotes \" (JSON has no single quotes)")),
            _ => Err((at, "a value")),
        }
    }

    fn word(&mut self, word: &'static str) -> Result<(), Break> {
        for expected in word.chars() {
            let at = self.here();
            if self.chars.next_if(|&(_, c)| c == expected).is_none() {
                return Err((at, "a value (true, false, null, a number or a \"string\")"));
            }
        }
        Ok(())
    }

    fn members(&mut self, depth: usize) -> Result<(), Break> {
        self.chars.next();
        self.spaces();
        if self.chars.next_if(|&(_, c)| c == '}').is_some() {
            return Ok(());
        }
        loop {
            self.spaces();
            let at = self.here();
            match self.chars.peek().map(|&(_, c)| c) {
                Some('"') => self.string()?,
                Some('}') => return Err((at, "a name in quotes (remove the comma before })")),
                _ => return Err((at, "a name in quotes")),
            }
            self.expect(':', "a colon after the name")?;
            self.value(depth + 1)?;
            self.spaces();
            let at = self.here();
            match self.chars.next().map(|(_, c)| c) {
                Some(',') => {}
                Some('}') => return Ok(()),
                _ => return Err((at, "a comma or }")),
            }
        }
    }

    fn items(&mut self, depth: usize) -> Result<(), Break> {
        self.chars.next();
        self.spaces();
        if self.chars.next_if(|&(_, c)| c == ']').is_some() {
            return Ok(());
        }
        loop {
            self.spaces();
            let at = self.here();
            if self.chars.peek().is_some_and(|&(_, c)| c == ']') {
                return Err((at, "a value (remove the comma before ])"));
            }
            self.value(depth + 1)?;
            self.spaces();
            let at = self.here();
            match self.chars.next().map(|(_, c)| c) {
                Some(',') => {}
                Some(']') => return Ok(()),
                _ => return Err((at, "a comma or ]")),
            }
        }
    }

    fn string(&mut self) -> Result<(), Break> {
        self.chars.next();
        loop {
            let at = self.here();
            match self.chars.next().map(|(_, c)| c) {
                None => return Err((at, "a closing quote \"")),
                Some('"') => return Ok(()),
                Some('\\') => {
                    let at = self.here();
                    match self.chars.next().map(|(_, c)| c) {
                        Some('"' | '\\' | '/' | 'b' | 'f' | 'n' | 'r' | 't') => {}
                        Some('u') => {
                            for _ in 0..4 {
                                let at = self.here();
                                if self
                                    .chars
                                    .next_if(|&(_, c)| c.is_ascii_hexdigit())
                                    .is_none()
                                {
                                    return Err((at, "four hex digits after \\u"));
                                }
                            }
                        }
                        _ => return Err((at, "an escape such as \\\" or \\n")),
                    }
                }
                Some(c) if c < ' ' => return Err((at, "no line break or tab inside a string")),
                Some(_) => {}
            }
        }
    }

    fn number(&mut self) -> Result<(), Break> {
        self.chars.next_if(|&(_, c)| c == '-');
        let digits = |reader: &mut Self| {
            let at = reader.here();
            let mut any = false;
            while reader.chars.next_if(|&(_, c)| c.is_ascii_digit()).is_some() {
                any = true;
            }
            if any {
                Ok(())
            } else {
                Err((at, "a digit"))
            }
        };
        let at = self.here();
        if self.chars.next_if(|&(_, c)| c == '0').is_none() {
            digits(self)?;
        } else if self.chars.peek().is_some_and(|&(_, c)| c.is_ascii_digit()) {
            return Err((at, "a number without a leading zero"));
        }
        if self.chars.next_if(|&(_, c)| c == '.').is_some() {
            digits(self)?;
        }
        if self.chars.next_if(|&(_, c)| c == 'e' || c == 'E').is_some() {
            self.chars.next_if(|&(_, c)| c == '+' || c == '-');
            digits(self)?;
        }
        Ok(())
    }
}
