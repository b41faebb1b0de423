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
        bytes: text.as_bytes(),
        at: 0,
    };
    let result = reader.value(0).and_then(|()| {
        reader.spaces();
        match reader.peek() {
            None => Ok(()),
            Some(_) => Err(reader.broken("the end of the JSON (extra text after it)")),
        }
    });
    // Every break is at an ASCII byte or the end, so `at` is on a character boundary.
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

/// Reads bytes: JSON's structure is ASCII, and any other byte can only be inside a string.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn broken(&self, expected: &'static str) -> Break {
        (self.at, expected)
    }

    /// Takes the next byte if it is `b`.
    fn take(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        self.at += usize::from(found);
        found
    }

    fn spaces(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<(), Break> {
        self.spaces();
        if depth > MAX_DEPTH {
            return Err(self.broken("at most 32 levels of nesting"));
        }
        match self.peek() {
            Some(b'{') => self.members(depth),
            Some(b'[') => self.items(depth),
            Some(b'"') => self.string(),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.word(b"true"),
            Some(b'f') => self.word(b"false"),
            Some(b'n') => self.word(b"null"),
            Some(b'\'') => Err(self.broken("double quotes \" (JSON has no single quotes)")),
            _ => Err(self.broken("a value")),
        }
    }

    fn word(&mut self, word: &[u8]) -> Result<(), Break> {
        for &b in word {
            if !self.take(b) {
                return Err(self.broken("a value (true, false, null, a number or a \"string\")"));
            }
        }
        Ok(())
    }

    /// After an object's member or a list's item: a comma (`Ok(true)`) or the `close`.
    fn next(&mut self, close: u8, expected: &'static str) -> Result<bool, Break> {
        self.spaces();
        if self.take(b',') {
            Ok(true)
        } else if self.take(close) {
            Ok(false)
        } else {
            Err(self.broken(expected))
        }
    }

    fn members(&mut self, depth: usize) -> Result<(), Break> {
        self.at += 1;
        self.spaces();
        if self.take(b'}') {
            return Ok(());
        }
        loop {
            self.spaces();
            match self.peek() {
                Some(b'"') => self.string()?,
                Some(b'}') => {
                    return Err(self.broken("a name in quotes (remove the comma before })"))
                }
                _ => return Err(self.broken("a name in quotes")),
            }
            self.spaces();
            if !self.take(b':') {
                return Err(self.broken("a colon after the name"));
            }
            self.value(depth + 1)?;
            if !self.next(b'}', "a comma or }")? {
                return Ok(());
            }
        }
    }

    fn items(&mut self, depth: usize) -> Result<(), Break> {
        self.at += 1;
        self.spaces();
        if self.take(b']') {
            return Ok(());
        }
        loop {
            self.spaces();
            if self.peek() == Some(b']') {
                return Err(self.broken("a value (remove the comma before ])"));
            }
            self.value(depth + 1)?;
            if !self.next(b']', "a comma or ]")? {
                return Ok(());
            }
        }
    }

    fn string(&mut self) -> Result<(), Break> {
        self.at += 1;
        loop {
            let Some(b) = self.peek() else {
                return Err(self.broken("a closing quote \""));
            };
            if b < b' ' {
                return Err(self.broken("no line break or tab inside a string"));
            }
            self.at += 1;
            match b {
                b'"' => return Ok(()),
                b'\\' => {
                    if self.take(b'u') {
                        for _ in 0..4 {
                            if !self.peek().is_some_and(|h| h.is_ascii_hexdigit()) {
                                return Err(self.broken("four hex digits after \\u"));
                            }
                            self.at += 1;
                        }
                    } else if matches!(
                        self.peek(),
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't')
                    ) {
                        self.at += 1;
                    } else {
                        return Err(self.broken("an escape such as \\\" or \\n"));
                    }
                }
                _ => {}
            }
        }
    }

    fn digits(&mut self) -> Result<(), Break> {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        if self.at == start {
            Err(self.broken("a digit"))
        } else {
            Ok(())
        }
    }

    fn number(&mut self) -> Result<(), Break> {
        self.take(b'-');
        if self.take(b'0') {
            if self.peek().is_some_and(|b| b.is_ascii_digit()) {
                return Err((self.at - 1, "a number without a leading zero"));
            }
        } else {
            self.digits()?;
        }
        if self.take(b'.') {
            self.digits()?;
        }
        if self.take(b'e') || self.take(b'E') {
            let _ = self.take(b'+') || self.take(b'-');
            self.digits()?;
        }
        Ok(())
    }
}
