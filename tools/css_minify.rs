//! A small CSS minifier for the widget's own stylesheet, run by `build.rs`: every byte
//! ships to a phone, and the source keeps its comments and layout.
//!
//! Only changes that cannot alter meaning: comments go; runs of white space become one
//! space; the space around `{ } ; , >` and after `: (` and before `)` goes; a `;` before
//! `}` goes. Quoted strings are copied as they are. A space before `:` stays (`a :hover`
//! is not `a:hover`), and so does the space around `(` after a word (`and (max-width…)`).

pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    // A space seen but not yet written: written only if neither side drops it.
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                pending_space = true;
            }
            c if c.is_whitespace() => pending_space = true,
            '"' | '\'' => {
                flush_space(&mut out, &mut pending_space, c);
                out.push(c);
                for inner in chars.by_ref() {
                    out.push(inner);
                    if inner == c {
                        break;
                    }
                }
            }
            _ => {
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                flush_space(&mut out, &mut pending_space, c);
                out.push(c);
            }
        }
    }
    out
}

fn flush_space(out: &mut String, pending: &mut bool, next: char) {
    if *pending {
        let drops_after = matches!(
            out.chars().last(),
            None | Some('{' | '}' | ';' | ',' | '>' | ':' | '(')
        );
        let drops_before = matches!(next, '{' | '}' | ';' | ',' | '>' | ')');
        if !drops_after && !drops_before {
            out.push(' ');
        }
        *pending = false;
    }
}
