//! What must hold of the default pack: the honesty and completeness rules, as tests.

use std::collections::{BTreeMap, BTreeSet};

use navigator::condition::TestOp;
use navigator::engine::Status;
use navigator::pack::MeasureKind;
use navigator::{evaluate, Answers, Locale, Localizer};

use crate::support::{date, localizer, pack, root};

fn flat(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_default_pack_loads_without_problems() {
    let pack = pack();
    assert_eq!(pack.manifest.document.number, "朔政发〔2021〕26号");
    assert!(
        pack.measures.len() >= 40,
        "only {} measures encoded",
        pack.measures.len()
    );
}

#[test]
fn the_document_number_is_written_as_each_language_writes_it() {
    let (pack, loc) = (pack(), localizer());
    let measure = &pack.measures[0];
    for (locale, number) in [
        (Locale::ZhCn, "朔政发〔2021〕26号"),
        (Locale::ZhTw, "朔政發〔2021〕26號"),
        // English cites the number as issued.
        (Locale::En, "朔政发〔2021〕26号"),
    ] {
        assert_eq!(loc.document_number(locale, pack), number);
        let cited = navigator::present::verdict::citation(pack, loc, locale, measure);
        assert!(cited.contains(number), "{locale:?}: {cited}");
    }
}

#[test]
fn the_pack_carries_the_same_source_text_as_shared_sources() {
    // CI clones the project with `shared/` beside it; a lone clone may not have it.
    let shared = root().join("../shared/sources/shuozhou-2021-26.txt");
    if let Ok(text) = std::fs::read_to_string(&shared) {
        assert_eq!(
            pack().source_text,
            text,
            "the pack's source.txt differs from {}",
            shared.display()
        );
    }
}

#[test]
fn every_excerpt_is_found_verbatim_in_the_source() {
    // Checked here independently of the loader: only line and page breaks may differ.
    let source = flat(&pack().source_text);
    for m in &pack().measures {
        assert!(!m.excerpts.is_empty(), "{} cites nothing", m.id);
        for e in &m.excerpts {
            assert!(
                source.contains(&flat(e)),
                "{}: not in the source: {e}",
                m.id
            );
        }
    }
    for n in &pack().not_applicable {
        if let Some(e) = &n.excerpt {
            assert!(
                source.contains(&flat(e)),
                "not_applicable {}: not in the source: {e}",
                n.article
            );
        }
    }
}

#[test]
fn every_article_of_the_document_is_either_encoded_or_explained() {
    let pack = pack();
    let source = &pack.source_text;
    let mut accounted: BTreeSet<u32> = pack.measures.iter().map(|m| m.article).collect();
    accounted.extend(pack.not_applicable.iter().map(|n| n.article));
    for n in 1..=27 {
        let label = navigator::pack::chinese_numeral(n);
        // The scan prints the article labels with full-width or ASCII brackets.
        let in_source =
            source.contains(&format!("（{label}）")) || source.contains(&format!("({label})"));
        assert!(
            in_source,
            "article {label} is not in the source: the numbering assumption is wrong"
        );
        assert!(
            accounted.contains(&n),
            "article （{label}） is neither encoded nor explained in not_applicable.toml"
        );
    }
}

#[test]
fn every_article_from_three_to_twenty_five_that_confers_something_has_a_measure() {
    // Articles recorded as wholly not applicable have an entry without an excerpt.
    let pack = pack();
    let whole: BTreeSet<u32> = pack
        .not_applicable
        .iter()
        .filter(|n| n.excerpt.is_none())
        .map(|n| n.article)
        .collect();
    for n in 3..=25 {
        let has_measure = pack.measures.iter().any(|m| m.article == n);
        assert!(
            has_measure || whole.contains(&n),
            "article {} has neither a measure nor a whole-article reason",
            navigator::pack::article_label(n)
        );
    }
}

#[test]
fn every_not_applicable_entry_gives_a_reason() {
    for n in &pack().not_applicable {
        assert!(
            n.reason.chars().count() >= 6,
            "article {}: reason too short: {}",
            n.article,
            n.reason
        );
    }
}

#[test]
fn every_question_and_option_a_condition_names_exists() {
    let pack = pack();
    for m in &pack.measures {
        for t in m.condition.tests() {
            let q = pack
                .question(&t.question)
                .unwrap_or_else(|| panic!("{}: no question {}", m.id, t.question));
            let values: Vec<&String> = match &t.op {
                TestOp::Is(v) | TestOp::Contains(v) => vec![v],
                TestOp::OneOf(vs) | TestOp::ContainsAny(vs) => vs.iter().collect(),
                _ => vec![],
            };
            for v in values {
                assert!(
                    q.has_option(v),
                    "{}: `{v}` is not an option of {}",
                    m.id,
                    q.id
                );
            }
        }
    }
}

#[test]
fn every_question_is_named_by_some_measure() {
    let pack = pack();
    let region = pack.manifest.region_question.as_deref();
    assert_eq!(region, Some("county"));
    for q in pack
        .questions
        .iter()
        .filter(|q| Some(q.id.as_str()) != region)
    {
        assert!(
            pack.measures
                .iter()
                .any(|m| m.condition.questions().contains(&q.id.as_str())),
            "question {} is never used",
            q.id
        );
    }
}

#[test]
fn every_measure_names_its_departments_and_one_office_to_go_to_first() {
    let pack = pack();
    for m in &pack.measures {
        assert!(!m.departments.is_empty(), "{} names no department", m.id);
        for d in &m.departments {
            assert!(pack.department(d).is_some(), "{}: no department {d}", m.id);
        }
        let p = &m.primary_contact;
        assert!(
            m.departments.contains(p),
            "{}: primary contact {p} not listed",
            m.id
        );
        let office = pack.department(p).expect("listed, so known");
        assert!(office.is_government, "{}: {p} is not an office", m.id);
    }
}

#[test]
fn every_department_name_is_printed_in_the_source() {
    let source = flat(&pack().source_text);
    for d in &pack().departments {
        // 市国资委 is printed once as the misprint 市国姿委; the pack records why.
        let found = source.contains(&flat(&d.name)) || d.source_issue.is_some();
        assert!(
            found,
            "department {} ({}) is not named in the source",
            d.id, d.name
        );
    }
}

#[test]
fn the_default_pack_invents_no_contact_details() {
    for d in &pack().departments {
        assert!(
            d.phone.is_empty() && d.address.is_empty() && d.hours.is_empty(),
            "{} has contact details the source does not give",
            d.id
        );
    }
}

#[test]
fn article_nine_records_its_damaged_department_list() {
    for m in pack().measures.iter().filter(|m| m.article == 9) {
        assert!(
            m.departments_damaged,
            "{} should flag the damaged list",
            m.id
        );
        assert!(
            m.source_issue.is_some(),
            "{} should say what is damaged",
            m.id
        );
    }
}

#[test]
fn every_number_in_a_benefit_summary_is_in_the_measures_own_source() {
    // No amount, duration or date may appear in the plain-language summary unless the cited
    // sentence states it.
    let pack = pack();
    let loc = localizer();
    for m in &pack.measures {
        let benefit = loc.pack(Locale::ZhCn, &format!("m-{}", m.id), Some("benefit"), &[]);
        let source: String = m.excerpts.concat();
        let numbers = benefit
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty());
        for n in numbers {
            assert!(
                source.contains(n),
                "{}: the summary says {n}, the source does not",
                m.id
            );
        }
    }
}

#[test]
fn a_measure_listed_for_a_group_is_not_ruled_out_by_that_group_alone() {
    // The `groups` field and the condition must agree: choosing only a listed group never makes
    // the measure ineligible by itself, and choosing only an unlisted group always does.
    let pack = pack();
    let audience = pack.audience().expect("audience question");
    let on = date("2026-11-28");
    for m in &pack.measures {
        for group in &audience.options {
            let answers = crate::support::answers(serde_json::json!({ "groups": [group] }));
            let status = navigator::engine::judge(pack, m, &answers, on);
            let listed = m.groups.contains(group);
            let ruled_out = matches!(status, Status::Ineligible { .. });
            if matches!(status, Status::Expired { .. }) {
                continue;
            }
            assert_eq!(
                !ruled_out,
                listed,
                "{}: group `{group}` is {} but the condition says {:?}",
                m.id,
                if listed { "listed" } else { "not listed" },
                status.key()
            );
        }
    }
}

#[test]
fn every_measure_can_be_reached_by_some_answers() {
    // For each measure, search the answers to the questions it names for a set that makes its
    // condition hold, on a date when it is in force.
    let pack = pack();
    for m in &pack.measures {
        let on = m.valid_until.unwrap_or(date("2026-11-28"));
        let found = crate::properties::completions(
            pack,
            &m.condition.questions(),
            &m.condition,
            &Answers::new(),
        )
        .into_iter()
        .any(|answers| {
            matches!(
                navigator::engine::judge(pack, m, &answers, on),
                Status::Eligible | Status::NeedsReview
            )
        });
        assert!(found, "no answers reach measure {}", m.id);
    }
}

#[test]
fn a_measure_the_department_must_judge_is_never_eligible() {
    let pack = pack();
    let on = date("2026-11-28");
    for m in pack.measures.iter().filter(|m| m.review) {
        for answers in crate::properties::completions(
            pack,
            &m.condition.questions(),
            &m.condition,
            &Answers::new(),
        ) {
            assert_ne!(
                navigator::engine::judge(pack, m, &answers, on).key(),
                "eligible",
                "{}",
                m.id
            );
        }
    }
}

#[test]
fn every_application_message_exists_in_every_locale() {
    let reference: Vec<String> = Localizer::app_message_ids(Locale::ZhCn);
    assert!(
        reference.len() > 50,
        "too few messages read: {}",
        reference.len()
    );
    for locale in Locale::ALL {
        assert_eq!(
            Localizer::app_message_ids(locale),
            reference,
            "{locale} differs from zh-CN"
        );
    }
}

#[test]
fn every_message_the_code_asks_for_exists() {
    // Ids the code builds at run time: statuses, reasons and problem kinds.
    let ids: Vec<String> = Localizer::app_message_ids(Locale::ZhCn);
    let mut needed: Vec<String> = Status::KEYS.iter().map(|k| format!("status-{k}")).collect();
    needed.extend(
        [
            "reason-is",
            "reason-is-not",
            "reason-one-of",
            "reason-none-of",
            "reason-contains",
            "reason-contains-not",
            "reason-contains-any",
            "reason-contains-none",
            "reason-at-least",
            "reason-at-most",
            "reason-less-than",
            "reason-more-than",
            "reason-on-or-after",
            "reason-before",
            "reason-not-yet-in-force",
            "near-miss-eligible",
            "near-miss-review",
            "near-miss-depends",
            "citation",
            "expired-on",
            "progress-remaining",
            "progress-done",
            "departments-damaged",
            "list-separator",
            "answer-yes",
            "answer-no",
        ]
        .map(String::from),
    );
    // A status worded for the kind of measure (a benefit takes the plain status label).
    for key in ["eligible", "needs_review"] {
        for kind in MeasureKind::ALL {
            if kind != MeasureKind::Benefit {
                needed.push(format!("status-{key}-{}", kind.as_str()));
            }
        }
    }
    // The takeaway's headings, one per status it lists.
    for key in ["eligible", "needs_review", "unknown"] {
        needed.push(format!("takeaway-group-{key}"));
    }
    for id in needed {
        assert!(ids.contains(&id), "message {id} is missing");
    }
}

#[test]
fn every_pack_message_is_translated_not_copied() {
    // A zh-TW or en text identical to zh-CN is a sign of an untranslated copy. Department
    // names and short ids may legitimately coincide, so only long texts are compared.
    let pack = pack();
    let loc = localizer();
    let mut copies = BTreeMap::new();
    for m in &pack.measures {
        let id = format!("m-{}", m.id);
        let zh = loc.pack(Locale::ZhCn, &id, Some("benefit"), &[]);
        for locale in [Locale::ZhTw, Locale::En] {
            if loc.pack(locale, &id, Some("benefit"), &[]) == zh {
                copies.insert(format!("{locale} {id}"), zh.clone());
            }
        }
    }
    assert!(copies.is_empty(), "untranslated: {copies:?}");
}

#[test]
fn the_verdicts_cover_every_measure_once() {
    let verdicts = evaluate(pack(), &Answers::new(), date("2026-11-28"));
    let ids: BTreeSet<&str> = verdicts.iter().map(|v| v.measure.as_str()).collect();
    assert_eq!(ids.len(), pack().measures.len());
}
