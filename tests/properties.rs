//! Property tests over random answer sequences, on the default pack and on the tiny test pack
//! (its number and date questions), and the exhaustive search helpers the invariants use.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use navigator::clock::Clock;
use navigator::condition::{Condition, TestOp, Truth};
use navigator::desk::Desk;
use navigator::{
    evaluate, flow, Answer, Answers, Locale, PolicyPack, Question, QuestionKind, Session, Settings,
    Store,
};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use serde_json::Value;

use crate::support::{date, pack, root};

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

/// The tiny test pack: number and date questions, `not`, validity dates.
fn tiny() -> &'static PolicyPack {
    static TINY: OnceLock<PolicyPack> = OnceLock::new();
    TINY.get_or_init(|| {
        PolicyPack::from_dir(&root().join("tests/fixtures/tiny-pack")).expect("the tiny pack loads")
    })
}

/// The packs the properties are checked on, with the days worth checking each on.
fn packs() -> [(&'static PolicyPack, [&'static str; 3]); 2] {
    [
        (pack(), ["2021-10-01", "2021-12-31", "2026-11-28"]),
        (tiny(), ["2024-02-29", "2024-06-01", "2025-01-01"]),
    ]
}

/// The numbers or dates the pack's conditions compare `q`'s answer with.
fn thresholds(pack: &PolicyPack, q: &Question) -> Vec<Answer> {
    pack.measures
        .iter()
        .flat_map(|m| domain(q, &m.condition))
        .collect()
}

/// A random valid answer to `q`, chosen by `pick`: sometimes "not sure" where it is offered. A
/// multiple choice holds one option half the time and two a third of the time, as most
/// applicants' groups do ("none of these" alone); a number or a date is next to a threshold
/// of the pack's half the time, anywhere in range otherwise.
fn random_answer(pack: &PolicyPack, q: &Question, pick: u32) -> Answer {
    if q.unsure && pick % 7 == 3 {
        return Answer::Unsure;
    }
    let options = q.options.len().max(1);
    let nth = |k: u32| q.options[(pick.rotate_right(k) as usize) % options].clone();
    let near = || {
        let t = thresholds(pack, q);
        (pick.is_multiple_of(2) && !t.is_empty()).then(|| t[(pick as usize / 2) % t.len()].clone())
    };
    match q.kind {
        QuestionKind::Single => Answer::Choice(nth(0)),
        QuestionKind::Bool => Answer::Bool(pick.is_multiple_of(2)),
        QuestionKind::Multi => {
            let mut set: BTreeSet<String> = match pick % 6 {
                0..=2 => BTreeSet::from([nth(3)]),
                3 | 4 => BTreeSet::from([nth(3), nth(11)]),
                _ => q
                    .options
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| pick & (1 << (i % 31)) != 0)
                    .map(|(_, o)| o.clone())
                    .chain(std::iter::once(nth(3)))
                    .collect(),
            };
            // "None of these" stands alone.
            if set.len() > 1 {
                set.retain(|o| !q.is_exclusive(o));
            }
            if set.len() < q.min_selected {
                let fill = q.options.iter().cycle().skip(pick as usize % options);
                if let Some(o) = fill.take(options).find(|o| !q.is_exclusive(o)) {
                    set.insert(o.clone());
                }
            }
            Answer::Choices(set)
        }
        QuestionKind::Number => near().unwrap_or_else(|| {
            let (min, max) = (q.min.unwrap_or(0.0), q.max.unwrap_or(1000.0));
            Answer::Number((min + f64::from(pick % 1000) / 999.0 * (max - min)).round())
        }),
        QuestionKind::Date => near().unwrap_or_else(|| {
            Answer::Date(date("2015-01-01") + time::Duration::days(i64::from(pick % 5500)))
        }),
    }
}

/// Answers the questionnaire of `pack` on `on` with the answers `picks` choose, checking at
/// each step that the question asked can change a verdict and was not asked before, and at
/// the end that every verdict is decided.
fn walk_checking_every_question(
    pack: &PolicyPack,
    on: time::Date,
    picks: &[u32],
) -> Result<(), TestCaseError> {
    let mut answers = Answers::new();
    let mut steps = 0;
    while let Some(q) = flow::next_question(pack, &answers, on) {
        prop_assert!(!answers.contains(&q.id), "asked {} twice", q.id);
        prop_assert!(
            can_change_a_verdict(pack, &answers, q, on),
            "asked {} which cannot change anything given {}",
            q.id,
            answers
        );
        let pick = picks[steps % picks.len()].rotate_left(steps as u32);
        answers
            .set(pack, &q.id, random_answer(pack, q, pick))
            .expect("valid");
        steps += 1;
        prop_assert!(
            steps <= pack.questions.len(),
            "the questionnaire did not end"
        );
    }
    for v in evaluate(pack, &answers, on) {
        prop_assert_ne!(
            v.status.key(),
            "unknown",
            "{} undecided at the end with {}",
            v.measure,
            answers
        );
    }
    Ok(())
}

/// What an applicant does on one screen.
#[derive(Debug, Clone)]
enum Step {
    /// Answers the question asked.
    Answer(u32),
    /// Changes an earlier answer (the `n`th given, counting round), from the review screen.
    Change(usize, u32),
    Back,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => any::<u32>().prop_map(Step::Answer),
        1 => (any::<usize>(), any::<u32>()).prop_map(|(n, p)| Step::Change(n, p)),
        3 => Just(Step::Back),
    ]
}

/// Drives a [`Session`] saving to a store through `steps`, against a model of what Back means
/// — the answers in the order first given (a change keeps its place), Back dropping the last
/// — and checks after each step
/// the answers in memory, their order, and what the store holds, each on its own.
fn back_drops_the_last_answer_given(
    pack: &PolicyPack,
    on: time::Date,
    steps: &[Step],
) -> Result<(), TestCaseError> {
    let store = Store::open_in_memory().expect("store");
    let mut session = Session::new(Locale::ZhCn);
    let mut model: Vec<(String, Answer)> = Vec::new();
    for step in steps {
        match step {
            Step::Answer(pick) => {
                let Some(q) = flow::next_question(pack, session.answers(), on) else {
                    continue;
                };
                let a = random_answer(pack, q, *pick);
                session
                    .answer(pack, Some(&store), &q.id, &a.to_json())
                    .expect("valid");
                model.push((q.id.clone(), a));
            }
            // A changed answer keeps its place (the review lists answers in the order asked).
            Step::Change(n, pick) if !model.is_empty() => {
                let i = n % model.len();
                let id = model[i].0.clone();
                let q = pack.question(&id).expect("a question");
                let a = random_answer(pack, q, *pick);
                session
                    .answer(pack, Some(&store), &id, &a.to_json())
                    .expect("valid");
                model[i] = (id, a);
            }
            Step::Change(..) => continue,
            Step::Back => {
                let withdrawn = session.back(Some(&store)).expect("back");
                prop_assert_eq!(withdrawn, model.pop().map(|(id, _)| id));
            }
        }
        let mut expected = Answers::new();
        for (id, a) in &model {
            expected.set(pack, id, a.clone()).expect("valid");
        }
        prop_assert_eq!(session.answers(), &expected);
        let order: Vec<&String> = model.iter().map(|(id, _)| id).collect();
        prop_assert_eq!(session.order().iter().collect::<Vec<_>>(), order);
        if let Some(id) = session.consultation() {
            prop_assert_eq!(&store.answers(id, pack).expect("stored"), &expected);
        }
    }
    Ok(())
}

/// What a person taps for `answer` on a screen.
fn chosen(answer: &Answer) -> Vec<String> {
    match answer {
        Answer::Choice(v) => vec![v.clone()],
        Answer::Choices(set) => set.iter().cloned().collect(),
        Answer::Bool(b) => vec![b.to_string()],
        Answer::Number(n) => vec![n.to_string()],
        Answer::Date(d) => vec![navigator::answers::format_date(*d)],
        Answer::Unsure => vec![navigator::question::UNSURE.to_owned()],
    }
}

/// Drives a desk through `steps`, then gives a fresh desk the answers the first one ended
/// with, straight and in the pack's order: both show the same step. Nothing but the answers
/// decides what comes next — no path, no hidden state of the wizard.
fn the_step_follows_from_the_answers_alone(steps: &[Step]) -> Result<(), TestCaseError> {
    let at = crate::support::at("2026-11-28T10:00:00+08:00");
    let desk = || Desk::in_memory(Settings::default(), Clock::set_at(at)).expect("a desk");
    let (winding, straight) = (desk(), desk());
    let mut step = winding.start(Locale::En);
    for s in steps {
        step = match s {
            Step::Answer(pick) => {
                let Some(q) = &step.question else { continue };
                let q = pack().question(&q.id).expect("a question");
                let a = random_answer(pack(), q, *pick);
                winding.answer(&q.id, &chosen(&a)).expect("valid")
            }
            Step::Change(n, pick) if !step.answered.is_empty() => {
                let id = step.answered[n % step.answered.len()].question.clone();
                let q = pack().question(&id).expect("a question");
                let a = random_answer(pack(), q, *pick);
                winding.answer(&id, &chosen(&a)).expect("valid")
            }
            Step::Change(..) => continue,
            Step::Back => winding.back().expect("back"),
        };
    }
    let mut again = straight.start(Locale::En);
    for q in &pack().questions {
        if step.answered.iter().any(|a| a.question == q.id) {
            let given = winding.change(&q.id).expect("answered").current;
            again = straight.answer(&q.id, &given).expect("valid");
        }
    }
    prop_assert_eq!(again.question.map(|q| q.id), step.question.map(|q| q.id));
    prop_assert_eq!(again.remaining, step.remaining);
    prop_assert_eq!(again.why, step.why);
    prop_assert_eq!(again.verdicts, step.verdicts);
    prop_assert_eq!(again.takeaway, step.takeaway);
    Ok(())
}

/// A JSON value of any shape, the shapes answers take weighted in.
fn json_value(pack: &'static PolicyPack) -> impl Strategy<Value = Value> {
    let options: Vec<String> = pack
        .questions
        .iter()
        .flat_map(|q| q.options.clone())
        .chain(["".into(), "长".repeat(300)])
        .collect();
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-200.0..200.0f64).prop_map(Value::from),
        prop::sample::select(options.clone()).prop_map(Value::from),
        prop::sample::select(vec![
            "2024-01-01",
            "2024-02-29",
            "2023-02-29",
            "2021-13-01",
            "20240101",
            "-2024-01-01",
        ])
        .prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(2, 12, 4, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::vec(prop::sample::select(options.clone()), 0..4)
                .prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A JSON object as an answers file holds: the pack's question ids, mostly with an answer the
/// question takes (so that whole files are accepted too), sometimes with any value, and some
/// keys no question has.
fn json_answers(pack: &'static PolicyPack) -> impl Strategy<Value = Value> {
    let ids: Vec<String> = pack.questions.iter().map(|q| q.id.clone()).collect();
    let entry = prop_oneof![
        4 => (0..pack.questions.len(), any::<u32>()).prop_map(move |(i, pick)| {
            let q = &pack.questions[i];
            (q.id.clone(), random_answer(pack, q, pick).to_json())
        }),
        2 => (prop::sample::select(ids), json_value(pack)),
        1 => ("[a-z_]{1,12}", json_value(pack)),
    ];
    prop::collection::vec(entry, 0..8)
        .prop_map(|entries| Value::Object(entries.into_iter().collect()))
}

/// An answers file is accepted whole or refused for one of its own entries: accepted, it is
/// those answers exactly and the engine takes them; refused, the entry named is one of the
/// file's and is refused on its own too.
fn decoded_whole_or_refused_for_one_entry(
    pack: &PolicyPack,
    object: &Value,
) -> Result<(), TestCaseError> {
    let text = serde_json::to_string(object).expect("JSON");
    match Answers::from_json(pack, &text) {
        Ok(answers) => {
            let keys: Vec<&String> = object.as_object().expect("an object").keys().collect();
            prop_assert_eq!(answers.iter().map(|(q, _)| q).collect::<Vec<_>>(), keys);
            let again = Answers::from_json_value(pack, &answers.to_json()).expect("round trip");
            prop_assert_eq!(&again, &answers);
            let on = date("2024-06-01");
            prop_assert_eq!(evaluate(pack, &answers, on).len(), pack.measures.len());
        }
        Err(e) => {
            let id = e
                .question()
                .expect("an object's refusal names its question");
            let raw = object.get(id);
            prop_assert!(raw.is_some(), "{e} names {id}, not in {object}");
            prop_assert!(
                raw.is_some_and(|raw| navigator::answers::decode(pack, id, raw).is_err()),
                "{e}, but {id} alone is accepted"
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The heart of the adaptive questionnaire: every question it asks can change a verdict,
    /// it never asks a question twice, and it always ends with every in-force verdict decided.
    #[test]
    fn no_question_is_asked_that_cannot_change_a_verdict(
        picks in proptest::collection::vec(any::<u32>(), 30),
        day in 0usize..3,
    ) {
        let (pack, days) = &packs()[0];
        walk_checking_every_question(pack, date(days[day]), &picks)?;
    }

    /// "Not sure" never costs a measure: where a definite answer to the same question would
    /// leave the measure eligible or for the department, "not sure" does not make it
    /// ineligible; and a measure it leaves undecided says which answer that was.
    #[test]
    fn not_sure_never_drops_a_measure_a_definite_answer_would_keep(
        picks in proptest::collection::vec(any::<u32>(), 30),
    ) {
        not_sure_compared_with_definite_answers(&picks)?;
    }

    /// The same on the tiny pack, whose number and date questions the default pack lacks.
    #[test]
    fn no_question_is_asked_that_cannot_change_a_verdict_with_numbers_and_dates(
        picks in proptest::collection::vec(any::<u32>(), 10),
        day in 0usize..3,
    ) {
        let (pack, days) = &packs()[1];
        walk_checking_every_question(pack, date(days[day]), &picks)?;
    }

    /// Back is "drop the last answer given": `Session::back` withdraws it from memory and from
    /// the store, and says which it was, however the applicant went back and forth.
    #[test]
    fn going_back_drops_the_last_answer_given(
        steps in proptest::collection::vec(step(), 1..30),
        tiny_pack in any::<bool>(),
    ) {
        let (pack, days) = &packs()[usize::from(tiny_pack)];
        back_drops_the_last_answer_given(pack, date(days[2]), &steps)?;
    }

    /// Decoding arbitrary text as answers never panics: it is either accepted or refused
    /// with a typed error.
    #[test]
    fn any_text_is_decoded_or_refused_without_panic(text in ".{0,200}") {
        let _ = Answers::from_json(pack(), &text);
    }

    #[test]
    fn any_json_object_is_decoded_whole_or_refused_for_one_of_its_entries(
        object in json_answers(pack()),
    ) {
        decoded_whole_or_refused_for_one_entry(pack(), &object)?;
    }

    #[test]
    fn any_json_object_is_decoded_whole_or_refused_for_one_of_its_entries_with_numbers_and_dates(
        object in json_answers(tiny()),
    ) {
        decoded_whole_or_refused_for_one_entry(tiny(), &object)?;
    }
}

proptest! {
    // Each case walks two desks to their results, QR codes included: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// The desk's step is a function of the answers, however they were reached.
    #[test]
    fn the_step_is_a_function_of_the_answers_alone(
        steps in proptest::collection::vec(step(), 1..25),
    ) {
        the_step_follows_from_the_answers_alone(&steps)?;
    }
}

/// Walks the default pack with `picks`, then for each question answered that takes "not sure",
/// compares "not sure" with each definite answer (see the property that calls it). Returns how
/// many measures were compared, so that a test can show the walks reach such questions.
fn not_sure_compared_with_definite_answers(picks: &[u32]) -> Result<usize, TestCaseError> {
    let pack = pack();
    let on = date("2026-11-28");
    let mut answers = Answers::new();
    let mut steps = 0;
    while let Some(q) = flow::next_question(pack, &answers, on) {
        let pick = picks[steps % picks.len()].rotate_left(steps as u32);
        answers
            .set(pack, &q.id, random_answer(pack, q, pick))
            .expect("valid");
        steps += 1;
    }
    let mut compared = 0;
    for q in pack
        .questions
        .iter()
        .filter(|q| q.unsure && answers.contains(&q.id))
    {
        let mut unsure = answers.clone();
        unsure.set(pack, &q.id, Answer::Unsure).expect("valid");
        let with_unsure = evaluate(pack, &unsure, on);
        for value in domain(q, &Condition::All(vec![]))
            .into_iter()
            .filter(|v| *v != Answer::Unsure)
        {
            let mut definite = answers.clone();
            definite.set(pack, &q.id, value.clone()).expect("valid");
            for (d, u) in evaluate(pack, &definite, on).iter().zip(&with_unsure) {
                let kept = matches!(d.status.key(), "eligible" | "needs_review");
                prop_assert!(
                    !(kept && u.status.key() == "ineligible"),
                    "{}: {} with {}={value:?} but ineligible when not sure ({})",
                    d.measure,
                    d.status.key(),
                    q.id,
                    unsure
                );
                if kept && u.status.key() == "needs_review" && d.status.key() == "eligible" {
                    prop_assert!(
                        u.unsure.contains(&q.id),
                        "{}: not sure about {} not named",
                        u.measure,
                        q.id
                    );
                }
                compared += usize::from(kept);
            }
        }
    }
    Ok(compared)
}

#[test]
fn the_random_walks_reach_what_the_not_sure_and_answers_file_properties_look_at() {
    // Two properties above could pass having looked at nothing: a walk that answers no question
    // taking "not sure", an answers file never accepted with answers in it. Drawn as they draw
    // (the same draws every run), most walks compare "not sure" with a definite answer that
    // keeps a measure, and the files are both accepted with answers and refused.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let walks = proptest::collection::vec(any::<u32>(), 30);
    let mut reaching = 0;
    for _ in 0..100 {
        let picks = walks.new_tree(&mut runner).expect("picks").current();
        let compared = not_sure_compared_with_definite_answers(&picks).expect("the property holds");
        reaching += usize::from(compared > 0);
    }
    assert!(
        reaching >= 50,
        "only {reaching} of 100 walks compared a measure"
    );
    let files = json_answers(pack());
    let (mut accepted, mut refused) = (0, 0);
    for _ in 0..200 {
        let object = files.new_tree(&mut runner).expect("a file").current();
        match Answers::from_json(pack(), &object.to_string()) {
            Ok(answers) if answers.iter().next().is_some() => accepted += 1,
            Ok(_) => {}
            Err(_) => refused += 1,
        }
    }
    assert!(
        accepted >= 10 && refused >= 10,
        "{accepted} accepted, {refused} refused"
    );
}
