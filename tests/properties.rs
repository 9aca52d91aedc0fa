//! Property tests over random answer sequences, and the exhaustive search helpers the
//! invariants use.

use std::collections::BTreeSet;

use navigator::condition::{Condition, TestOp, Truth};
use navigator::{evaluate, flow, Answer, Answers, PolicyPack, Question, QuestionKind};
use proptest::prelude::*;

use crate::support::{date, pack};

/// The answers worth distinguishing for `q` under `condition`: every option, both yes/no, the
/// subsets of the options the condition names, the values around each number or date it names.
pub fn domain(q: &Question, condition: &Condition) -> Vec<Answer> {
    let tests: Vec<_> = condition
        .tests()
        .into_iter()
        .filter(|t| t.question == q.id)
        .collect();
    let unsure = q.unsure.then_some(Answer::Unsure);
    match q.kind {
        QuestionKind::Single => q
            .options
            .iter()
            .cloned()
            .map(Answer::Choice)
            .chain(unsure)
            .collect(),
        QuestionKind::Bool => [Answer::Bool(true), Answer::Bool(false)]
            .into_iter()
            .chain(unsure)
            .collect(),
        QuestionKind::Multi => {
            let named: Vec<String> = tests
                .iter()
                .flat_map(|t| match &t.op {
                    TestOp::Contains(v) => vec![v.clone()],
                    TestOp::ContainsAny(vs) => vs.clone(),
                    _ => vec![],
                })
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            let filler = q.options.iter().find(|o| !named.contains(o)).cloned();
            (0u32..(1 << named.len()))
                .filter_map(|mask| {
                    let mut set: BTreeSet<String> = named
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| mask & (1 << i) != 0)
                        .map(|(_, v)| v.clone())
                        .collect();
                    if set.len() < q.min_selected {
                        set.insert(filler.clone()?);
                    }
                    // "None of the above" goes alone.
                    let mixed = set.len() > 1 && set.iter().any(|v| q.is_exclusive(v));
                    (!mixed).then_some(Answer::Choices(set))
                })
                .collect()
        }
        QuestionKind::Number => tests
            .iter()
            .flat_map(|t| match t.op {
                TestOp::AtLeast(n)
                | TestOp::AtMost(n)
                | TestOp::LessThan(n)
                | TestOp::MoreThan(n) => vec![n - 1.0, n, n + 1.0],
                _ => vec![],
            })
            .map(Answer::Number)
            .collect(),
        QuestionKind::Date => tests
            .iter()
            .flat_map(|t| match t.op {
                TestOp::OnOrAfter(d) | TestOp::Before(d) => {
                    vec![d.previous_day(), Some(d), d.next_day()]
                }
                _ => vec![],
            })
            .flatten()
            .map(Answer::Date)
            .collect(),
    }
}

/// Every combination of the `domain` answers of `questions` (those not already in `base`).
pub fn completions(
    pack: &PolicyPack,
    questions: &[&str],
    condition: &Condition,
    base: &Answers,
) -> Vec<Answers> {
    let mut out = vec![base.clone()];
    for qid in questions.iter().filter(|q| !base.contains(q)) {
        let q = pack.question(qid).expect("a named question exists");
        let values = domain(q, condition);
        out = out
            .into_iter()
            .flat_map(|a| {
                values.iter().map(move |v| {
                    let mut next = a.clone();
                    next.set(pack, qid, v.clone())
                        .expect("domain answers are valid");
                    next
                })
            })
            .collect();
        assert!(out.len() <= 50_000, "too many completions to search");
    }
    out
}

/// Whether answering `q` can still change some in-force measure's truth, given `answers`:
/// some completion of the measure's other open questions where two answers to `q` differ.
fn can_change_a_verdict(
    pack: &PolicyPack,
    answers: &Answers,
    q: &Question,
    on: time::Date,
) -> bool {
    // The one exception, by design: the county is asked last so that the results can name
    // the local offices and the figures count by county.
    if pack.manifest.region_question.as_deref() == Some(q.id.as_str()) {
        return true;
    }
    pack.measures.iter().any(|m| {
        let in_force =
            m.valid_until.is_none_or(|u| on <= u) && m.valid_from.is_none_or(|f| on >= f);
        if !in_force || m.condition.eval(answers) != Truth::Unknown {
            return false;
        }
        let others: Vec<&str> = m
            .condition
            .questions()
            .into_iter()
            .filter(|x| *x != q.id && !answers.contains(x))
            .collect();
        completions(pack, &others, &m.condition, answers)
            .iter()
            .any(|c| {
                let truths: BTreeSet<String> = domain(q, &m.condition)
                    .into_iter()
                    .map(|v| {
                        let mut with = c.clone();
                        with.set(pack, &q.id, v).expect("valid");
                        format!("{:?}", m.condition.eval(&with))
                    })
                    .collect();
                truths.len() > 1
            })
    })
}

/// A random valid answer to `q`, chosen by `pick`: sometimes "not sure" where it is offered.
fn random_answer(q: &Question, pick: u32) -> Answer {
    if q.unsure && pick % 7 == 3 {
        return Answer::Unsure;
    }
    match q.kind {
        QuestionKind::Single => Answer::Choice(q.options[pick as usize % q.options.len()].clone()),
        QuestionKind::Bool => Answer::Bool(pick % 2 == 0),
        QuestionKind::Multi => {
            let mut set: BTreeSet<String> = q
                .options
                .iter()
                .enumerate()
                .filter(|(i, _)| pick & (1 << (i % 31)) != 0)
                .map(|(_, o)| o.clone())
                .collect();
            if set.len() > 1 {
                set.retain(|o| !q.is_exclusive(o));
            }
            if set.len() < q.min_selected {
                let fill = q
                    .options
                    .iter()
                    .cycle()
                    .skip(pick as usize % q.options.len());
                if let Some(o) = fill.take(q.options.len()).find(|o| !q.is_exclusive(o)) {
                    set.insert(o.clone());
                }
            }
            Answer::Choices(set)
        }
        QuestionKind::Number => Answer::Number(f64::from(pick % 100)),
        QuestionKind::Date => Answer::Date(date("2024-01-01")),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The heart of the adaptive questionnaire: every question it asks can change a verdict,
    /// it never asks a question twice, and it always ends with every in-force verdict decided.
    #[test]
    fn no_question_is_asked_that_cannot_change_a_verdict(
        picks in proptest::collection::vec(any::<u32>(), 30),
        in_2021 in any::<bool>(),
    ) {
        let pack = pack();
        let on = if in_2021 { date("2021-10-01") } else { date("2026-11-28") };
        let mut answers = Answers::new();
        let mut steps = 0;
        while let Some(q) = flow::next_question(pack, &answers, on) {
            prop_assert!(!answers.contains(&q.id), "asked {} twice", q.id);
            prop_assert!(can_change_a_verdict(pack, &answers, q, on), "asked {} which cannot change anything given {}", q.id, answers);
            answers.set(pack, &q.id, random_answer(q, picks[steps % picks.len()].rotate_left(steps as u32))).expect("valid");
            steps += 1;
            prop_assert!(steps <= pack.questions.len(), "the questionnaire did not end");
        }
        for v in evaluate(pack, &answers, on) {
            prop_assert_ne!(v.status.key(), "unknown", "{} undecided at the end with {}", v.measure, answers);
        }
    }

    /// "Not sure" never costs a measure: where a definite answer to the same question would
    /// leave the measure eligible or for the department, "not sure" does not make it
    /// ineligible; and a measure it leaves undecided says which answer that was.
    #[test]
    fn not_sure_never_drops_a_measure_a_definite_answer_would_keep(
        picks in proptest::collection::vec(any::<u32>(), 30),
    ) {
        let pack = pack();
        let on = date("2026-11-28");
        let mut answers = Answers::new();
        let mut steps = 0;
        while let Some(q) = flow::next_question(pack, &answers, on) {
            answers.set(pack, &q.id, random_answer(q, picks[steps % picks.len()].rotate_left(steps as u32))).expect("valid");
            steps += 1;
        }
        for q in pack.questions.iter().filter(|q| q.unsure && answers.contains(&q.id)) {
            let mut unsure = answers.clone();
            unsure.set(pack, &q.id, Answer::Unsure).expect("valid");
            let with_unsure = evaluate(pack, &unsure, on);
            for value in domain(q, &Condition::All(vec![])).into_iter().filter(|v| *v != Answer::Unsure) {
                let mut definite = answers.clone();
                definite.set(pack, &q.id, value.clone()).expect("valid");
                for (d, u) in evaluate(pack, &definite, on).iter().zip(&with_unsure) {
                    let kept = matches!(d.status.key(), "eligible" | "needs_review");
                    prop_assert!(
                        !(kept && u.status.key() == "ineligible"),
                        "{}: {} with {}={value:?} but ineligible when not sure ({})",
                        d.measure, d.status.key(), q.id, unsure
                    );
                    if kept && u.status.key() == "needs_review" && d.status.key() == "eligible" {
                        prop_assert!(u.unsure.contains(&q.id), "{}: not sure about {} not named", u.measure, q.id);
                    }
                }
            }
        }
    }

    /// Back is "drop the last answer": the question asked before comes back.
    #[test]
    fn going_back_returns_to_the_previous_question(picks in proptest::collection::vec(any::<u32>(), 10)) {
        let pack = pack();
        let on = date("2026-11-28");
        let mut answers = Answers::new();
        for pick in picks {
            let Some(q) = flow::next_question(pack, &answers, on) else { break };
            let before = answers.clone();
            answers.set(pack, &q.id, random_answer(q, pick)).expect("valid");
            let mut back = answers.clone();
            back.remove(&q.id);
            prop_assert_eq!(&back, &before);
            prop_assert_eq!(flow::next_question(pack, &back, on).map(|x| &x.id), Some(&q.id));
        }
    }

    /// Decoding arbitrary JSON as answers never panics: it is either accepted or refused
    /// with a typed error.
    #[test]
    fn any_json_is_decoded_or_refused_without_panic(text in ".{0,200}") {
        let _ = Answers::from_json(pack(), &text);
    }

    #[test]
    fn any_json_value_per_question_is_decoded_or_refused(
        q in 0usize..22,
        value in prop_oneof![
            Just(serde_json::json!(null)),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map(serde_json::Value::Number).unwrap_or(serde_json::Value::Null)),
            ".{0,40}".prop_map(serde_json::Value::from),
            proptest::collection::vec(".{0,12}", 0..4).prop_map(|v| serde_json::json!(v)),
        ],
    ) {
        let pack = pack();
        let id = &pack.questions[q % pack.questions.len()].id;
        let mut object = serde_json::Map::new();
        object.insert(id.clone(), value);
        let decoded = Answers::from_json_value(pack, &serde_json::Value::Object(object));
        if let Ok(a) = decoded {
            // Whatever is accepted must evaluate without trouble.
            prop_assert_eq!(evaluate(pack, &a, date("2026-11-28")).len(), pack.measures.len());
        }
    }
}
