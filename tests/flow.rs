//! Per-question flow tests: given these answers, the next question is X.

use navigator::flow::{next_question, open_questions, progress};
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
    // Once answered, the plain upper bound takes over.
    assert!(navigator::flow::questions_by_audience(
        pack,
        &answers(json!({"groups": ["veteran"]})),
        today()
    )
    .is_none());
}
