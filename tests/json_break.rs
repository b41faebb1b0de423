//! Issue 28: a JSON block or `config-src` file the browser refuses is named with the place
//! it breaks (line, column, character offset) and what was expected there, the same in
//! every engine.

use smp_widget::domain::config::options::json_break::json_break;

/// `(line, column, offset, expected)` for `text`; `None` for JSON.
fn at(text: &str) -> Option<(usize, usize, usize, &'static str)> {
    json_break(text).map(|b| (b.line, b.column, b.offset, b.expected))
}

#[test]
fn valid_json_has_no_break() {
    for text in [
        "{}",
        " { \"a\" : [1, -2.5e+3, 0, 0.1, true, false, null, \"\\u00e9\\n\\\"\"] } ",
        "[]",
        "\"é\"",
        "-0",
        "{\"a\": {\"b\": [[]]}}",
    ] {
        assert_eq!(at(text), None, "{text}");
    }
}

#[test]
fn each_common_mistake_is_named_where_it_is() {
    let cases = [
        // A trailing comma, the most common one, in an object and in a list.
        (
            "{\n  \"clinic\": \"A\",\n}",
            (3, 1, 19, "a name in quotes (remove the comma before })"),
        ),
        (
            "{\"prices\": [1,]}",
            (1, 15, 14, "a value (remove the comma before ])"),
        ),
        // Keys without quotes, single quotes, a missing comma, a missing colon.
        ("{clinic: \"A\"}", (1, 2, 1, "a name in quotes")),
        (
            "{\"clinic\": 'A'}",
            (1, 12, 11, "double quotes \" (JSON has no single quotes)"),
        ),
        ("{\"a\": 1\n \"b\": 2}", (2, 2, 9, "a comma or }")),
        ("{\"a\" 1}", (1, 6, 5, "a colon after the name")),
        // Unfinished: the end of the text is where it breaks.
        ("{\"a\": \"b", (1, 9, 8, "a closing quote \"")),
        ("{\"a\": [1, 2", (1, 12, 11, "a comma or ]")),
        ("", (1, 1, 0, "a value")),
        // Words and numbers.
        (
            "{\"a\": tru}",
            (
                1,
                10,
                9,
                "a value (true, false, null, a number or a \"string\")",
            ),
        ),
        ("{\"a\": 012}", (1, 7, 6, "a number without a leading zero")),
        ("{\"a\": 1.}", (1, 9, 8, "a digit")),
        // A line break inside a string, a bad escape, text after the object.
        (
            "{\"a\": \"x\ny\"}",
            (1, 9, 8, "no line break or tab inside a string"),
        ),
        (
            "{\"a\": \"\\x\"}",
            (1, 9, 8, "an escape such as \\\" or \\n"),
        ),
        (
            "{} x",
            (1, 4, 3, "the end of the JSON (extra text after it)"),
        ),
        // Columns count characters, not bytes.
        (
            "{\"é\": 1,}",
            (1, 9, 8, "a name in quotes (remove the comma before })"),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(at(text), Some(expected), "{text:?}");
    }
}

#[test]
fn nesting_deeper_than_an_option_can_hold_breaks_where_it_gets_too_deep() {
    let deep = format!("{{\"prices\": {}1{}}}", "[".repeat(40), "]".repeat(40));
    assert_eq!(at(&deep), Some((1, 45, 44, "at most 32 levels of nesting")));
}
