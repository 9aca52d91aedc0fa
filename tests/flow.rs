//! Per-question flow tests: given these answers, the next question is X.

use navigator::flow::{in_force, measures_waiting_on, next_question, open_questions, progress};
use serde_json::json;

use crate::support::{answers, date, pack, today};

fn next(given: serde_json::Value) -> Option<String> {
    next_question(pack(), &answers(given), today()).map(|q| q.id.clone())
}

#[test]
fn the_first_question_is_who_the_applicant_is() {
    assert_eq!(next(json!({})).as_deref(), Some("groups"));
}

#[test]
fn a_graduate_is_asked_what_they_do_now() {
    assert_eq!(
        next(json!({"groups": ["graduate"]})).as_deref(),
        Some("activity")
    );
}

#[test]
fn a_student_is_never_asked_what_they_do_now() {
    // Only the graduate subsidy depends on it.
    let mut given = json!({"groups": ["student"]});
    let mut asked = Vec::new();
    while let Some(q) = next(given.clone()) {
        asked.push(q.clone());
        given[q.as_str()] = match pack().question(&q).map(|q| q.kind) {
            Some(navigator::QuestionKind::Bool) => json!(false),
            Some(navigator::QuestionKind::Single) => {
                json!(pack().question(&q).map(|q| q.options[0].clone()))
            }
            _ => json!([]),
        };
    }
    assert!(!asked.contains(&"activity".to_owned()), "asked {asked:?}");
    assert!(
        !asked.iter().any(|q| q.starts_with("enterprise")),
        "asked {asked:?}"
    );
}

#[test]
fn an_enterprise_is_asked_what_kind_it_is() {
    assert_eq!(
        next(json!({"groups": ["enterprise"]})).as_deref(),
        Some("enterprise_kind")
    );
}

#[test]
fn a_veteran_without_a_provincial_or_national_contest_is_not_asked_the_prize() {
    let given = json!({"groups": ["veteran"], "rural_business": false, "has_ip": false,
                        "contest_level": "municipal_or_lower"});
    assert_eq!(next(given).as_deref(), Some("in_demo_base"));
}

#[test]
fn a_veteran_with_a_provincial_contest_is_asked_the_prize() {
    let given = json!({"groups": ["veteran"], "rural_business": false, "has_ip": false,
                        "contest_level": "provincial"});
    assert_eq!(next(given).as_deref(), Some("provincial_prize"));
}

#[test]
fn a_person_who_entered_no_contest_is_not_asked_the_prize() {
    let given = json!({"groups": ["veteran"], "rural_business": false, "has_ip": false,
                        "contest_level": "none"});
    assert_eq!(next(given).as_deref(), Some("in_demo_base"));
}

#[test]
fn a_returning_migrant_worker_is_not_asked_whether_the_business_is_rural_for_the_platforms() {
    // The rural platforms already apply by group; the question is still needed for the
    // land-use priority and rural finance, so it is asked, but it is the group that decides
    // the platforms.
    let given = answers(json!({"groups": ["migrant_worker"]}));
    let open = open_questions(pack(), &given, today());
    assert!(open.iter().any(|q| q.id == "rural_business"));
    let v = navigator::evaluate(pack(), &given, today());
    let platforms = v
        .iter()
        .find(|v| v.measure == "rural-startup-service-platforms")
        .expect("measure");
    assert_eq!(platforms.status.key(), "eligible");
}

#[test]
fn the_incubator_level_is_asked_only_while_the_article_six_exemptions_run() {
    let incubator = json!({"groups": ["enterprise"], "enterprise_kind": ["incubator"]});
    let in_2026 = open_questions(pack(), &answers(incubator.clone()), today());
    assert!(!in_2026.iter().any(|q| q.id == "incubator_level"));
    let in_2021 = open_questions(pack(), &answers(incubator), date("2021-10-01"));
    assert!(in_2021.iter().any(|q| q.id == "incubator_level"));
}

#[test]
fn progress_counts_the_questions_that_can_still_change_a_verdict() {
    let start = progress(pack(), &answers(json!({})), today());
    assert_eq!(start.asked, 0);
    assert_eq!(
        start.remaining,
        pack().questions.len() - 1,
        "all but the expired-only incubator_level"
    );
    let veteran = progress(pack(), &answers(json!({"groups": ["veteran"]})), today());
    assert_eq!(veteran.asked, 1);
    assert!(veteran.remaining < start.remaining);
    assert!(veteran.remaining >= 1);
}

#[test]
fn when_every_verdict_is_decided_there_is_no_next_question() {
    let done = json!({"groups": ["woman"], "rural_business": false, "has_ip": false,
                       "contest_level": "none", "in_demo_base": false, "county": "youyu"});
    assert_eq!(next(done), None);
}

#[test]
fn no_persona_case_holds_an_answer_the_questionnaire_would_not_ask() {
    for (name, case) in crate::support::cases() {
        let given =
            navigator::Answers::from_json_value(pack(), &case.answers_json()).expect("valid");
        let stale = navigator::flow::stale_answers(pack(), &given, case.date());
        assert!(stale.is_empty(), "{name}: {stale:?}");
    }
}

#[test]
fn an_answer_a_changed_answer_made_pointless_is_stale() {
    // The contest level changed to "none": whether a prize was won no longer matters.
    let given = answers(json!({
        "groups": ["veteran"], "rural_business": false, "has_ip": false,
        "contest_level": "none", "provincial_prize": true, "in_demo_base": false,
        "county": "yingxian"
    }));
    assert_eq!(
        navigator::flow::stale_answers(pack(), &given, today()),
        ["provincial_prize"]
    );
    // A new question opened by the change comes first; answers it may still need stay.
    let given = answers(json!({
        "groups": ["veteran"], "rural_business": false, "has_ip": false,
        "contest_level": "provincial", "in_demo_base": false, "county": "yingxian"
    }));
    assert!(navigator::flow::stale_answers(pack(), &given, today()).is_empty());
}

#[test]
fn the_first_question_says_how_many_questions_people_like_the_reader_are_asked() {
    // issue #14: "最多还有 21 个问题" on the first screen, for a person asked 6.
    let pack = pack();
    let (fewest, most) =
        navigator::flow::questions_by_audience(pack, &navigator::Answers::new(), today())
            .expect("asked before the audience question is answered");
    assert!(fewest >= 2 && fewest <= most, "{fewest}..{most}");
    assert!(most < pack.questions.len(), "{most} is every question");
    // No persona of one group is asked more than the most.
    let mut checked = 0;
    for (name, case) in crate::support::cases() {
        let given = navigator::Answers::from_json_value(pack, &case.answers_json()).expect("valid");
        let one_group =
            matches!(given.get("groups"), Some(navigator::Answer::Choices(g)) if g.len() == 1);
        if one_group {
            assert!(
                given.len() <= most,
                "{name} answers {} questions, more than {most}",
                given.len()
            );
            checked += 1;
        }
    }
    assert!(checked > 20);
    // Exactly: for each group alone, the audience question itself and every question still
    // open once it is answered (what the verdicts leave undecided), fewest and most over the
    // groups. (Without the audience question counted, the first screen said one too few.)
    let audience = pack.question("groups").expect("the audience question");
    let per_group: Vec<usize> = audience
        .options
        .iter()
        .map(|o| {
            let given = answers(json!({ "groups": [o] }));
            let verdicts = navigator::evaluate(pack, &given, today());
            1 + navigator::flow::Plan::new(pack, &verdicts, &given)
                .open
                .len()
        })
        .collect();
    assert_eq!(
        (fewest, most),
        (
            *per_group.iter().min().expect("options"),
            *per_group.iter().max().expect("options")
        )
    );
    // Once answered, the plain upper bound takes over.
    assert!(navigator::flow::questions_by_audience(
        pack,
        &answers(json!({"groups": ["veteran"]})),
        today()
    )
    .is_none());
}

#[test]
fn why_a_question_is_asked_names_exactly_the_measures_waiting_on_it() {
    // Worked out from the verdicts, independently of the plan: a measure waits on a question
    // when it is undecided and the question is among those that can still decide it.
    for given in [
        json!({}),
        json!({"groups": ["veteran"]}),
        json!({"groups": ["graduate", "woman"], "activity": "self_employed"}),
        json!({"groups": ["enterprise"], "enterprise_kind": ["sme"]}),
    ] {
        let a = answers(given.clone());
        let verdicts = navigator::evaluate(pack(), &a, today());
        let open = open_questions(pack(), &a, today());
        assert!(!open.is_empty(), "{given}");
        for q in &pack().questions {
            let expected: Vec<&str> = verdicts
                .iter()
                .filter(|v| match &v.status {
                    navigator::Status::Unknown { missing } => missing.contains(&q.id),
                    _ => false,
                })
                .map(|v| v.measure.as_str())
                .collect();
            let waiting = measures_waiting_on(pack(), &a, today(), &q.id);
            let got: Vec<&str> = waiting.iter().map(|m| m.id.as_str()).collect();
            assert_eq!(got, expected, "{} given {given}", q.id);
            // The region question (the county) is also open while unanswered: the results name
            // the local offices by it.
            let region = pack().manifest.region_question.as_deref() == Some(q.id.as_str());
            assert_eq!(
                !got.is_empty() || (region && !a.contains(&q.id)),
                open.iter().any(|o| o.id == q.id),
                "{} is open exactly when some measure waits on it (or it is the unanswered region)",
                q.id
            );
        }
    }
    assert!(
        measures_waiting_on(pack(), &answers(json!({})), today(), "no_such_question").is_empty()
    );
}

#[test]
fn the_open_questions_come_in_the_packs_order_and_the_next_is_the_first() {
    let a = answers(json!({"groups": ["graduate", "veteran"]}));
    let open = open_questions(pack(), &a, today());
    let order: Vec<usize> = open
        .iter()
        .map(|q| {
            pack()
                .questions
                .iter()
                .position(|p| p.id == q.id)
                .expect("a question")
        })
        .collect();
    assert!(
        order.len() > 2 && order.windows(2).all(|w| w[0] < w[1]),
        "{order:?}"
    );
    assert_eq!(
        next_question(pack(), &a, today()).map(|q| &q.id),
        open.first().map(|q| &q.id)
    );
    let p = navigator::flow::plan(pack(), &a, today());
    assert_eq!(p.progress(5).asked, 5);
    assert_eq!(p.progress(5).remaining, open.len());
}

#[test]
fn a_measure_is_in_force_from_its_first_day_to_its_last_both_included() {
    let tiny =
        navigator::PolicyPack::from_dir(&crate::support::root().join("tests/fixtures/tiny-pack"))
            .expect("the tiny pack loads");
    // valid_from = 2024-03-01, valid_until = 2024-12-31
    let dated = tiny.measure("non-students-2024").expect("a measure");
    let on = |d: &str| in_force(dated, date(d));
    assert_eq!(
        [
            on("2024-02-29"),
            on("2024-03-01"),
            on("2024-12-31"),
            on("2025-01-01")
        ],
        [false, true, true, false]
    );
    let always = tiny.measure("adults").expect("a measure");
    assert!(in_force(always, date("1900-01-01")) && in_force(always, date("2999-12-31")));
}
