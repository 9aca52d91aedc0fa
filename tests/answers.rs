//! Answers files: what is accepted, and every way one can be refused.

use navigator::{Answer, AnswerError, Answers, PolicyPack};
use serde_json::json;

use crate::support::{pack, root};

fn refused(text: &str) -> AnswerError {
    Answers::from_json(pack(), text).expect_err("should be refused")
}

#[test]
fn a_well_formed_answers_file_is_read() {
    let a = Answers::from_json(
        pack(),
        r#"{"groups": ["veteran", "woman"], "has_ip": true, "county": "youyu"}"#,
    )
    .expect("valid");
    assert_eq!(a.len(), 3);
    assert_eq!(a.get("has_ip"), Some(&Answer::Bool(true)));
}

#[test]
fn malformed_json_is_refused() {
    assert!(matches!(
        refused(r#"{"groups": ["#),
        AnswerError::Malformed { line: 1, .. }
    ));
}

#[test]
fn answers_must_be_an_object() {
    assert_eq!(refused(r#"["veteran"]"#), AnswerError::NotAnObject);
}

#[test]
fn an_unknown_question_is_refused() {
    assert_eq!(
        refused(r#"{"age": 30}"#),
        AnswerError::UnknownQuestion("age".into())
    );
}

#[test]
fn a_value_of_the_wrong_type_is_refused() {
    assert!(
        matches!(refused(r#"{"groups": "veteran"}"#), AnswerError::WrongType { question, .. } if question == "groups")
    );
    assert!(
        matches!(refused(r#"{"has_ip": "yes"}"#), AnswerError::WrongType { question, .. } if question == "has_ip")
    );
    assert!(
        matches!(refused(r#"{"county": 3}"#), AnswerError::WrongType { question, .. } if question == "county")
    );
}

#[test]
fn an_unknown_option_is_refused() {
    assert_eq!(
        refused(r#"{"county": "taiyuan"}"#),
        AnswerError::UnknownOption {
            question: "county".into(),
            value: "taiyuan".into()
        }
    );
}

#[test]
fn choosing_no_group_is_refused() {
    assert_eq!(
        refused(r#"{"groups": []}"#),
        AnswerError::TooFewChoices {
            question: "groups".into(),
            min: 1
        }
    );
}

#[test]
fn choosing_no_enterprise_plan_is_allowed() {
    assert!(Answers::from_json(pack(), r#"{"enterprise_plans": []}"#).is_ok());
}

#[test]
fn a_huge_string_is_refused_as_an_unknown_option() {
    let huge = "x".repeat(1 << 20);
    let text = json!({"county": huge}).to_string();
    assert!(matches!(refused(&text), AnswerError::UnknownOption { .. }));
}

fn tiny() -> PolicyPack {
    PolicyPack::from_dir(&root().join("tests/fixtures/tiny-pack")).expect("tiny pack")
}

#[test]
fn an_impossible_date_is_refused() {
    let e = Answers::from_json(&tiny(), r#"{"registered": "2021-02-30"}"#).expect_err("refused");
    assert_eq!(
        e,
        AnswerError::InvalidDate {
            question: "registered".into(),
            value: "2021-02-30".into()
        }
    );
}

#[test]
fn a_number_out_of_range_is_refused() {
    let e = Answers::from_json(&tiny(), r#"{"age": 131}"#).expect_err("refused");
    assert!(matches!(e, AnswerError::OutOfRange { .. }));
    let e = Answers::from_json(&tiny(), r#"{"age": 1e400}"#).expect_err("refused");
    assert!(
        matches!(
            e,
            AnswerError::Malformed { .. } | AnswerError::OutOfRange { .. }
        ),
        "{e:?}"
    );
}

#[test]
fn answers_survive_a_round_trip_through_json() {
    let a = Answers::from_json(pack(), r#"{"groups": ["returnee"], "tech_project": false}"#)
        .expect("valid");
    let again = Answers::from_json_value(pack(), &a.to_json()).expect("valid");
    assert_eq!(a, again);
}

#[test]
fn every_date_that_parses_is_written_back_the_same() {
    // Found by the answers fuzz target: "-0001-01-01" parsed, but was written back as
    // "-001-01-01", which did not parse — a saved answer that could not be read again.
    for refused in [
        "-0001-01-01",
        "+2021-01-01",
        "20211-01-01",
        "2021-1-01",
        " 2021-01-01",
    ] {
        assert_eq!(navigator::answers::parse_date(refused), None, "{refused}");
    }
    for text in ["0000-01-01", "2021-07-31", "9999-12-31", "2024-02-29"] {
        let date = navigator::answers::parse_date(text).expect(text);
        assert_eq!(navigator::answers::format_date(date), text);
    }
}

// Noticed in review: `{"has_ip": true, "has_ip": false}` was read as false, silently.
#[test]
fn a_question_answered_twice_in_one_file_is_refused() {
    assert_eq!(
        refused(r#"{"has_ip": true, "county": "youyu", "has_ip": false}"#),
        AnswerError::AnsweredTwice("has_ip".into())
    );
    // The same key inside a nested value is not an answer given twice.
    Answers::from_json(pack(), r#"{"groups": ["veteran"], "has_ip": true}"#).expect("valid");
}
