//! Conditions on their own: each test operator on both sides of its boundary, the answers of
//! another kind no test accepts, and what a condition says about itself (its questions, its
//! residual, the tests that failed). The default pack uses only some operators; these hold the
//! others to what docs/pack-format.md says of them.

use std::collections::BTreeSet;

use navigator::condition::{Condition, Test, TestOp, Truth};
use navigator::{Answer, Answers};

use crate::support::date;

fn test(question: &str, op: TestOp) -> Test {
    Test {
        question: question.into(),
        op,
    }
}

fn choices(values: &[&str]) -> Answer {
    Answer::Choices(values.iter().map(|v| (*v).to_owned()).collect())
}

#[test]
fn each_number_comparison_holds_on_its_own_side_of_the_threshold() {
    let n = Answer::Number;
    let cases = [
        (TestOp::AtLeast(18.0), [false, true, true]),
        (TestOp::AtMost(18.0), [true, true, false]),
        (TestOp::LessThan(18.0), [true, false, false]),
        (TestOp::MoreThan(18.0), [false, false, true]),
    ];
    for (op, expected) in cases {
        let t = test("age", op.clone());
        let got = [n(17.5), n(18.0), n(18.5)].map(|a| t.holds_for(&a));
        assert_eq!(got, expected, "{op:?} for 17.5, 18, 18.5");
    }
}

#[test]
fn each_date_comparison_holds_on_its_own_side_of_the_day() {
    let day = date("2025-01-01");
    let d = |s: &str| Answer::Date(date(s));
    let on_or_after = test("registered", TestOp::OnOrAfter(day));
    let before = test("registered", TestOp::Before(day));
    let around = [d("2024-12-31"), d("2025-01-01"), d("2025-01-02")];
    assert_eq!(
        around.clone().map(|a| on_or_after.holds_for(&a)),
        [false, true, true]
    );
    assert_eq!(around.map(|a| before.holds_for(&a)), [true, false, false]);
}

#[test]
fn each_choice_test_holds_for_the_options_it_names_only() {
    let is = test("activity", TestOp::Is("employed".into()));
    assert!(is.holds_for(&Answer::Choice("employed".into())));
    assert!(!is.holds_for(&Answer::Choice("self_employed".into())));

    let one_of = test(
        "activity",
        TestOp::OneOf(vec!["employed".into(), "planning".into()]),
    );
    assert!(one_of.holds_for(&Answer::Choice("planning".into())));
    assert!(!one_of.holds_for(&Answer::Choice("other".into())));

    let contains = test("groups", TestOp::Contains("woman".into()));
    assert!(contains.holds_for(&choices(&["graduate", "woman"])));
    assert!(!contains.holds_for(&choices(&["graduate"])));

    let any = test(
        "groups",
        TestOp::ContainsAny(vec!["woman".into(), "veteran".into()]),
    );
    assert!(any.holds_for(&choices(&["veteran"])));
    assert!(any.holds_for(&choices(&["woman", "veteran"])));
    assert!(!any.holds_for(&choices(&["graduate", "student"])));

    let yes = test("has_ip", TestOp::IsBool(true));
    assert!(yes.holds_for(&Answer::Bool(true)));
    assert!(!yes.holds_for(&Answer::Bool(false)));
    let no = test("has_ip", TestOp::IsBool(false));
    assert!(no.holds_for(&Answer::Bool(false)));
    assert!(!no.holds_for(&Answer::Bool(true)));
}

#[test]
fn no_test_holds_for_an_answer_of_another_kind() {
    // The loader never pairs them; should it happen, the test fails rather than guessing.
    let answers = [
        Answer::Choice("18".into()),
        choices(&["18"]),
        Answer::Bool(true),
        Answer::Number(18.0),
        Answer::Date(date("2025-01-01")),
    ];
    let ops = [
        (TestOp::Is("18".into()), 0),
        (TestOp::OneOf(vec!["18".into()]), 0),
        (TestOp::Contains("18".into()), 1),
        (TestOp::ContainsAny(vec!["18".into()]), 1),
        (TestOp::IsBool(true), 2),
        (TestOp::AtLeast(18.0), 3),
        (TestOp::AtMost(18.0), 3),
        (TestOp::OnOrAfter(date("2025-01-01")), 4),
        (TestOp::Before(date("2025-01-02")), 4),
    ];
    for (op, own) in ops {
        let t = test("q", op.clone());
        for (i, a) in answers.iter().enumerate() {
            assert_eq!(t.holds_for(a), i == own, "{op:?} for {a:?}");
        }
    }
}

fn leaf(question: &str, value: bool) -> Condition {
    Condition::Test(test(question, TestOp::IsBool(value)))
}

fn given(pairs: &[(&str, bool)]) -> Answers {
    let mut a = Answers::new();
    for (q, v) in pairs {
        // The default pack's yes/no questions.
        a.set(crate::support::pack(), q, Answer::Bool(*v))
            .expect("a yes/no question");
    }
    a
}

#[test]
fn not_turns_true_and_false_round_and_leaves_unknown() {
    let not = Condition::Not(Box::new(leaf("has_ip", true)));
    assert_eq!(not.eval(&given(&[("has_ip", true)])), Truth::False);
    assert_eq!(not.eval(&given(&[("has_ip", false)])), Truth::True);
    assert_eq!(not.eval(&Answers::new()), Truth::Unknown);
}

#[test]
fn the_residual_names_the_open_questions_that_can_still_decide_and_nothing_once_decided() {
    let c = Condition::All(vec![
        leaf("has_ip", true),
        Condition::Any(vec![
            leaf("rural_business", true),
            leaf("in_demo_base", true),
        ]),
    ]);
    let residual = |a: &Answers| {
        let mut open = BTreeSet::new();
        let truth = c.residual(a, &mut open);
        (truth, open.into_iter().collect::<Vec<_>>())
    };
    assert_eq!(
        residual(&Answers::new()),
        (
            Truth::Unknown,
            vec![
                "has_ip".to_owned(),
                "in_demo_base".to_owned(),
                "rural_business".to_owned()
            ]
        )
    );
    // `any` decided by one part: its other part is no longer open.
    assert_eq!(
        residual(&given(&[("rural_business", true)])),
        (Truth::Unknown, vec!["has_ip".to_owned()])
    );
    // `all` decided false by one part: nothing is open, whatever else is unanswered.
    assert_eq!(
        residual(&given(&[("has_ip", false)])),
        (Truth::False, vec![])
    );
    assert_eq!(
        residual(&given(&[("has_ip", true), ("in_demo_base", true)])),
        (Truth::True, vec![])
    );
    // An empty `all` is true, an empty `any` false.
    assert_eq!(Condition::always().eval(&Answers::new()), Truth::True);
    assert_eq!(Condition::Any(vec![]).eval(&Answers::new()), Truth::False);
}

#[test]
fn a_question_answered_not_sure_leaves_a_test_unknown_but_is_not_open_again() {
    // "Not sure" is an answer: the flow does not ask it again, so the residual must not name it
    // (a mutant that did made the flow ask for ever).
    let c = Condition::All(vec![
        leaf("specialized_first_time", true),
        leaf("urban_residence", true),
    ]);
    let mut answers = Answers::new();
    answers
        .set(
            crate::support::pack(),
            "specialized_first_time",
            Answer::Unsure,
        )
        .expect("specialized_first_time may be answered not sure");
    let mut open = BTreeSet::new();
    assert_eq!(c.residual(&answers, &mut open), Truth::Unknown);
    assert_eq!(open.into_iter().collect::<Vec<_>>(), ["urban_residence"]);
    // Both not sure: it stays unknown, and nothing is left to ask.
    answers
        .set(crate::support::pack(), "urban_residence", Answer::Unsure)
        .expect("urban_residence may be answered not sure");
    let mut open = BTreeSet::new();
    assert_eq!(c.residual(&answers, &mut open), Truth::Unknown);
    assert!(open.is_empty(), "{open:?}");
}

#[test]
fn the_failed_tests_are_those_that_decided_it_and_only_when_it_is_false() {
    let c = Condition::All(vec![
        leaf("has_ip", true),
        Condition::Not(Box::new(leaf("rural_business", true))),
        leaf("in_demo_base", true),
    ]);
    let a = given(&[
        ("has_ip", false),
        ("rural_business", true),
        ("in_demo_base", true),
    ]);
    let failed: Vec<(String, bool)> = c
        .failed_tests(&a)
        .into_iter()
        .map(|f| (f.test.question, f.negated))
        .collect();
    assert_eq!(
        failed,
        vec![
            ("has_ip".to_owned(), false),
            ("rural_business".to_owned(), true)
        ]
    );
    assert!(c
        .failed_tests(&given(&[
            ("has_ip", true),
            ("rural_business", false),
            ("in_demo_base", true)
        ]))
        .is_empty());
    // Undecided: no test has decided it, so none is named.
    assert!(c.failed_tests(&given(&[("has_ip", true)])).is_empty());
}

#[test]
fn a_condition_lists_its_tests_in_order_and_its_questions_once() {
    let c = Condition::Any(vec![
        leaf("has_ip", true),
        Condition::Not(Box::new(Condition::All(vec![
            leaf("in_demo_base", true),
            leaf("has_ip", false),
        ]))),
    ]);
    let tests: Vec<&str> = c.tests().iter().map(|t| t.question.as_str()).collect();
    assert_eq!(tests, ["has_ip", "in_demo_base", "has_ip"]);
    assert_eq!(c.questions(), ["has_ip", "in_demo_base"]);
}
