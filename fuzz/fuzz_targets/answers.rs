//! Fuzzes the decoding of answers against the default pack and the tiny test pack (whose
//! number and date questions the default pack lacks): `Answers::from_json`, `answers::decode`
//! for each question id / value of a JSON object, and `answers::parse_date`.
//!
//! None of them may panic, whatever the bytes. Beyond that it checks two round trips: answers
//! that were accepted come back identical from their own JSON (`to_json`), and a date that
//! parses is formatted (`format_date`) into text that parses to the same date (years before 1
//! excepted for now, see `check_date`).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use navigator::answers::{decode, format_date, parse_date};
use navigator::{Answers, PolicyPack};
use serde_json::Value;

fn packs() -> &'static [PolicyPack; 2] {
    static PACKS: OnceLock<[PolicyPack; 2]> = OnceLock::new();
    PACKS.get_or_init(|| {
        let tiny = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/tiny-pack");
        [
            PolicyPack::embedded().expect("the embedded pack loads"),
            PolicyPack::from_dir(std::path::Path::new(tiny)).expect("the tiny pack loads"),
        ]
    })
}

fn check_date(text: &str) {
    if let Some(date) = parse_date(text) {
        let formatted = format_date(date);
        assert_eq!(
            parse_date(&formatted),
            Some(date),
            "parse_date({text:?}) = {date}, formatted as {formatted:?}, does not parse back"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    check_date(&String::from_utf8_lossy(data));
    for pack in packs() {
        check_answers(pack, data);
    }
});

fn check_answers(pack: &PolicyPack, data: &[u8]) {
    // Invalid UTF-8 is replaced (U+FFFD); valid input is passed as it is (the Cow borrows).
    let text = String::from_utf8_lossy(data);

    if let Ok(answers) = Answers::from_json(pack, &text) {
        let again = Answers::from_json_value(pack, &answers.to_json());
        assert_eq!(
            again.as_ref(),
            Ok(&answers),
            "answers do not survive to_json"
        );
    }

    // The raw bytes, when they are JSON: every entry on its own, so that one bad value does not
    // hide the checks of the others.
    let Ok(value) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    match &value {
        Value::Object(object) => {
            for (id, raw) in object {
                let _ = decode(pack, id, raw);
                if let Value::String(s) = raw {
                    check_date(s);
                }
            }
        }
        // Any other value: try it as the answer to every question.
        other => {
            for question in &pack.questions {
                let _ = decode(pack, &question.id, other);
            }
            if let Value::String(s) = other {
                check_date(s);
            }
        }
    }
}
