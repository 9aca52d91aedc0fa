//! A broken pack is refused with every problem, each with its file and line.

use std::collections::BTreeMap;

use navigator::message::Explain;
use navigator::pack::{ConditionFault, IdOf, Problem, ProblemKind, QuestionFault, Syntax};
use navigator::{Locale, Localizer};
use navigator::{PackError, PolicyPack};

use crate::error_words::{english_words, own_words};
use crate::support::root;

/// The default pack's files, to be broken one way at a time.
fn files() -> BTreeMap<String, Vec<u8>> {
    let dir = root().join("assets/packs/shuozhou-2021-26");
    let mut out = BTreeMap::new();
    collect(&dir, &dir, &mut out);
    out
}

fn collect(root: &std::path::Path, dir: &std::path::Path, out: &mut BTreeMap<String, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).expect("pack dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            collect(root, &path, out);
        } else {
            let rel = path
                .strip_prefix(root)
                .expect("inside")
                .to_string_lossy()
                .replace('\\', "/");
            out.insert(rel, std::fs::read(&path).expect("readable"));
        }
    }
}

fn edit(files: &mut BTreeMap<String, Vec<u8>>, file: &str, from: &str, to: &str) {
    let text = String::from_utf8(files[file].clone()).expect("text");
    assert!(text.contains(from), "{file} does not contain {from}");
    files.insert(file.to_owned(), text.replacen(from, to, 1).into_bytes());
}

fn problems(files: &BTreeMap<String, Vec<u8>>) -> Vec<Problem> {
    match PolicyPack::load(files) {
        Err(PackError::Invalid(p)) => p,
        Err(e) => panic!("unexpected error {e}"),
        Ok(_) => panic!("a broken pack loaded"),
    }
}

fn line_of(files: &BTreeMap<String, Vec<u8>>, file: &str, needle: &str) -> usize {
    let text = String::from_utf8(files[file].clone()).expect("text");
    text[..text.find(needle).expect("needle")]
        .matches('\n')
        .count()
        + 1
}

#[test]
fn the_unbroken_files_load() {
    assert!(PolicyPack::load(&files()).is_ok());
}

#[test]
fn an_unknown_question_is_reported_at_its_measure() {
    let mut f = files();
    edit(
        &mut f,
        "measures.toml",
        r#"{ question = "urban_residence", is = true }"#,
        r#"{ question = "urban_residense", is = true }"#,
    );
    let p = problems(&f);
    let hit = p
        .iter()
        .find(|p| matches!(&p.kind, ProblemKind::UnknownQuestion { question, .. } if question == "urban_residense"))
        .unwrap_or_else(|| panic!("not reported: {p:?}"));
    assert_eq!(hit.file, "measures.toml");
    let measure_line = line_of(&f, "measures.toml", "id = \"returnee-hukou-registration\"");
    assert_eq!(
        hit.line,
        Some(measure_line - 1),
        "the line of its [[measure]] header"
    );
}

#[test]
fn an_excerpt_that_is_not_in_the_source_is_refused() {
    let mut f = files();
    edit(
        &mut f,
        "measures.toml",
        "给予其最长2年的社会保险补贴",
        "给予其最长3年的社会保险补贴",
    );
    assert!(problems(&f).iter().any(|p| matches!(&p.kind, ProblemKind::ExcerptNotInSource { excerpt } if excerpt.contains("最长3年"))));
}

#[test]
fn a_missing_translation_is_named_with_its_locale() {
    let mut f = files();
    let en = String::from_utf8(f["locales/en/pack.ftl"].clone()).expect("text");
    let without: String = en
        .lines()
        .filter(|l| !l.starts_with("m-veteran-contest-award "))
        .collect::<Vec<_>>()
        .join("\n");
    f.insert("locales/en/pack.ftl".into(), without.into_bytes());
    let p = problems(&f);
    assert!(p.iter().any(|p| matches!(&p.kind, ProblemKind::MissingMessage { locale, id } if locale == "en" && id == "m-veteran-contest-award")), "{p:?}");
}

#[test]
fn a_toml_syntax_error_names_its_line() {
    let mut f = files();
    edit(&mut f, "questions.toml", "id = \"has_ip\"", "id = \"has_ip");
    let line = line_of(&f, "questions.toml", "id = \"has_ip");
    let p = problems(&f);
    assert!(
        p.iter().any(|p| p.file == "questions.toml"
            && p.line == Some(line)
            && matches!(
                p.kind,
                ProblemKind::Syntax {
                    syntax: Syntax::Toml,
                    ..
                }
            )),
        "{p:?}"
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut f = files();
    edit(
        &mut f,
        "measures.toml",
        r#"departments = ["finance"]"#,
        r#"departments = ["treasury"]"#,
    );
    edit(
        &mut f,
        "measures.toml",
        r#"contains = "specialized_sme""#,
        r#"contains = "specialised_sme""#,
    );
    edit(
        &mut f,
        "measures.toml",
        r#"{ question = "has_ip", is = true }"#,
        r#"{ question = "has_ip", contains = "yes" }"#,
    );
    let p = problems(&f);
    assert!(p.iter().any(|p| matches!(&p.kind, ProblemKind::UnknownDepartment { department, .. } if department == "treasury")));
    assert!(p.iter().any(|p| matches!(&p.kind, ProblemKind::UnknownOption { value, .. } if value == "specialised_sme")));
    assert!(p.iter().any(|p| matches!(&p.kind, ProblemKind::OperatorMismatch { question, .. } if question == "has_ip")));
}

#[test]
fn a_question_no_measure_uses_is_refused() {
    let mut f = files();
    let mut q = String::from_utf8(f["questions.toml"].clone()).expect("text");
    q.push_str("\n[[question]]\nid = \"shoe_size\"\nkind = \"number\"\n");
    f.insert("questions.toml".into(), q.into_bytes());
    assert!(problems(&f)
        .iter()
        .any(|p| matches!(&p.kind, ProblemKind::UnusedQuestion(q) if q == "shoe_size")));
}

#[test]
fn a_duplicate_measure_id_is_refused() {
    let mut f = files();
    edit(
        &mut f,
        "measures.toml",
        "id = \"ip-training\"",
        "id = \"ip-enforcement\"",
    );
    assert!(problems(&f)
        .iter()
        .any(|p| matches!(&p.kind, ProblemKind::Duplicate { id, .. } if id == "ip-enforcement")));
}

#[test]
fn a_newer_pack_format_is_refused() {
    let mut f = files();
    edit(&mut f, "pack.toml", "format = 1", "format = 2");
    assert!(problems(&f)
        .iter()
        .any(|p| p.kind == ProblemKind::UnsupportedFormat(2)));
}

#[test]
fn a_missing_file_is_named() {
    let mut f = files();
    f.remove("departments.toml");
    let p = problems(&f);
    assert!(p
        .iter()
        .any(|p| p.file == "departments.toml" && p.kind == ProblemKind::MissingFile));
}

#[test]
fn a_file_that_is_not_text_is_refused() {
    let mut f = files();
    f.insert("measures.toml".into(), vec![0xff, 0xfe, 0x00, 0x41]);
    assert!(problems(&f)
        .iter()
        .any(|p| p.file == "measures.toml" && p.kind == ProblemKind::NotText));
}

#[test]
fn an_impossible_validity_date_is_refused() {
    let mut f = files();
    edit(
        &mut f,
        "measures.toml",
        "valid_until = 2021-12-31",
        "valid_until = 2021-12-31T10:00:00",
    );
    assert!(problems(&f)
        .iter()
        .any(|p| matches!(&p.kind, ProblemKind::BadDate(_))));
}

#[test]
fn a_condition_with_two_operators_is_refused() {
    let mut f = files();
    edit(
        &mut f,
        "measures.toml",
        r#"{ question = "has_ip", is = true }"#,
        r#"{ question = "has_ip", is = true, one_of = ["x"] }"#,
    );
    assert!(problems(&f).iter().any(|p| matches!(
        &p.kind,
        ProblemKind::BadCondition { measure, fault: ConditionFault::NotOneOperator }
            if measure == "ip-enforcement"
    )));
}

#[test]
fn a_broken_pack_is_told_in_chinese_without_english_words() {
    let mut f = files();
    // A question of a kind that does not exist, and one wrong in several ways at once.
    edit(
        &mut f,
        "questions.toml",
        "kind = \"bool\"",
        "kind = \"choice\"",
    );
    let mut q = String::from_utf8(f["questions.toml"].clone()).expect("text");
    q.push_str("\n[[question]]\nid = \"Shoe Size\"\nkind = \"single\"\noptions = [\"x\"]\nmin_selected = 3\nmin = 1\n");
    f.insert("questions.toml".into(), q.into_bytes());
    edit(
        &mut f,
        "measures.toml",
        r#"{ question = "has_ip", is = true }"#,
        r#"{ question = "has_ip", is = true, one_of = ["x"] }"#,
    );
    edit(
        &mut f,
        "departments.toml",
        "[[department]]",
        "[[department]",
    );
    let mut zh_tw = String::from_utf8(f["locales/zh-TW/pack.ftl"].clone()).expect("text");
    zh_tw.push_str("\nbroken = {\n");
    f.insert("locales/zh-TW/pack.ftl".into(), zh_tw.into_bytes());
    let mut en = String::from_utf8(f["locales/en/pack.ftl"].clone()).expect("text");
    en.push_str("\npack-title = Twice\n");
    f.insert("locales/en/pack.ftl".into(), en.into_bytes());

    let p = problems(&f);
    let has = |test: &dyn Fn(&ProblemKind) -> bool| p.iter().any(|p| test(&p.kind));
    assert!(has(
        &|k| matches!(k, ProblemKind::BadQuestion { fault: QuestionFault::UnknownKind(kind), .. } if kind == "choice")
    ));
    assert!(has(&|k| matches!(
        k,
        ProblemKind::BadQuestion {
            fault: QuestionFault::TooFewOptions,
            ..
        }
    )));
    assert!(has(&|k| matches!(
        k,
        ProblemKind::BadQuestion {
            fault: QuestionFault::MinSelectedWithoutMulti,
            ..
        }
    )));
    assert!(has(&|k| matches!(
        k,
        ProblemKind::BadQuestion {
            fault: QuestionFault::BoundsWithoutNumber,
            ..
        }
    )));
    assert!(has(
        &|k| matches!(k, ProblemKind::BadId(id) if id == "Shoe Size")
    ));
    assert!(has(&|k| matches!(
        k,
        ProblemKind::Syntax {
            syntax: Syntax::Toml,
            ..
        }
    )));
    assert!(has(&|k| matches!(
        k,
        ProblemKind::Syntax {
            syntax: Syntax::Fluent,
            ..
        }
    )));
    assert!(has(
        &|k| matches!(k, ProblemKind::Duplicate { what: IdOf::Text, id } if id == "pack-title")
    ));

    let loc = Localizer::app_only().expect("the messages parse");
    for locale in [Locale::ZhCn, Locale::ZhTw] {
        for problem in &p {
            let message = problem.message();
            let own = own_words(&loc, locale, &message);
            assert_eq!(english_words(&own), Vec::<String>::new(), "{locale}: {own}");
            let whole = loc.say(locale, &message);
            assert!(whole.contains(&problem.file), "{locale}: {whole}");
        }
    }
}

/// Takes the `[[measure]]` record of `id` out of measures.toml.
fn remove_measure(f: &mut BTreeMap<String, Vec<u8>>, id: &str) {
    let text = String::from_utf8(f["measures.toml"].clone()).expect("text");
    let start = text
        .find(&format!("[[measure]]\nid = \"{id}\""))
        .expect("the measure");
    let end = text[start + 1..]
        .find("[[measure]]")
        .map_or(text.len(), |i| start + 1 + i);
    let without = format!("{}{}", &text[..start], &text[end..]);
    f.insert("measures.toml".into(), without.into_bytes());
}

#[test]
fn a_judgement_the_source_leaves_to_the_department_must_be_review() {
    // The graduate subsidy follows (参照) another policy, whose rules decide.
    let reviewed = "primary_contact = \"hr-social-security\"\nreview = true\nsource_issue = \"The source says the subsidy follows";
    let unreviewed = reviewed.replace("review = true\n", "");
    let mut f = files();
    edit(&mut f, "measures.toml", reviewed, &unreviewed);
    let refused = |f: &BTreeMap<String, Vec<u8>>| {
        problems(f).iter().any(|p| {
            matches!(&p.kind, ProblemKind::DiscretionNotReviewed { measure, word }
                if measure == "graduate-social-insurance-subsidy" && word == "参照")
        })
    };
    assert!(refused(&f));

    // An exemption that does not name the word is no reason.
    let mut token = f.clone();
    let with = |reason: &str| {
        unreviewed.replace(
            "source_issue",
            &format!("discretion_exempt = \"{reason}\"\nsource_issue"),
        )
    };
    edit(&mut token, "measures.toml", &unreviewed, &with("x"));
    assert!(refused(&token));
    let mut blank = f.clone();
    edit(&mut blank, "measures.toml", &unreviewed, &with(" "));
    assert!(refused(&blank));

    // One that says why that word decides nothing is accepted (whether it is right is the
    // policy reader's call; the pack check only asks for the reason).
    let mut reasoned = f;
    edit(
        &mut reasoned,
        "measures.toml",
        &unreviewed,
        &with("参照 here only names the policy whose amounts apply"),
    );
    assert!(PolicyPack::load(&reasoned).is_ok());
}

#[test]
fn a_sentence_of_the_source_that_nothing_accounts_for_is_refused() {
    // Article (四)'s right to contest a published credit record rests on one measure only.
    let mut f = files();
    remove_measure(&mut f, "credit-record-objection");
    let p = problems(&f);
    assert!(
        p.iter().any(|p| matches!(&p.kind,
            ProblemKind::SentenceNotCovered { article: 4, sentence } if sentence.contains("异议处理"))),
        "{p:?}"
    );
    assert_eq!(p.len(), 1, "nothing else is wrong: {p:?}");
}

#[test]
fn every_measure_sends_the_person_to_one_government_office_it_names() {
    let record = "departments = [\"admin-approval\", \"development-reform\", \"market-regulation\", \"pboc-shuozhou\", \"industry-it\", \"education\", \"health\"]\nprimary_contact = \"market-regulation\"\nwhen = { question = \"groups\", contains = \"enterprise\" }";
    let first = |f: &mut BTreeMap<String, Vec<u8>>, line: &str| {
        edit(
            f,
            "measures.toml",
            record,
            &record.replace("primary_contact = \"market-regulation\"", line),
        );
    };
    let mut none = files();
    first(&mut none, "");
    assert!(problems(&none).iter().any(|p| matches!(&p.kind,
        ProblemKind::NoFirstContact { measure } if measure == "credit-record-objection")));
    let mut unlisted = files();
    first(&mut unlisted, "primary_contact = \"tax\"");
    assert!(problems(&unlisted).iter().any(|p| matches!(&p.kind,
        ProblemKind::PrimaryContactNotListed { measure, department }
            if measure == "credit-record-objection" && department == "tax")));
    // A demonstration base is named by the article but is no office to go to.
    let mut base = files();
    edit(
        &mut base,
        "measures.toml",
        "departments = [\"development-reform\", \"admin-approval\", \"finance\", \"provincial-demo-bases\"]\nprimary_contact = \"admin-approval\"",
        "departments = [\"development-reform\", \"admin-approval\", \"finance\", \"provincial-demo-bases\"]\nprimary_contact = \"provincial-demo-bases\"",
    );
    assert!(problems(&base).iter().any(|p| matches!(&p.kind,
        ProblemKind::FirstContactNotAnOffice { measure, department }
            if measure == "demo-base-approval-green-channel" && department == "provincial-demo-bases")));
}

#[test]
fn not_sure_exclusive_and_changeable_questions_are_checked() {
    let mut f = files();
    // "Not sure" on a multi-select question, an exclusive option that does not exist.
    edit(
        &mut f,
        "questions.toml",
        "exclusive = [\"other_person\"]",
        "exclusive = [\"nobody\"]\nunsure = true",
    );
    // A changeable question with no words for the change.
    edit(
        &mut f,
        "questions.toml",
        "id = \"has_ip\"\nkind = \"bool\"",
        "id = \"has_ip\"\nkind = \"bool\"\nchangeable = true",
    );
    let p = problems(&f);
    let has = |test: &dyn Fn(&ProblemKind) -> bool| p.iter().any(|p| test(&p.kind));
    assert!(
        has(&|k| matches!(k, ProblemKind::BadQuestion {
        fault: QuestionFault::ExclusiveNotAnOption(o), .. } if o == "nobody")),
        "{p:?}"
    );
    assert!(
        has(&|k| matches!(
            k,
            ProblemKind::BadQuestion {
                fault: QuestionFault::UnsureWithoutChoice,
                ..
            }
        )),
        "{p:?}"
    );
    for locale in ["zh-CN", "zh-TW", "en"] {
        assert!(
            has(
                &|k| matches!(k, ProblemKind::MissingMessage { locale: l, id }
            if l == locale && id == "q-has_ip.change")
            ),
            "{locale}: {p:?}"
        );
    }
}

#[test]
fn a_measure_of_no_known_kind_is_refused() {
    let mut f = files();
    edit(
        &mut f,
        "measures.toml",
        "id = \"credit-record-objection\"\narticle = 4\nkind = \"service\"",
        "id = \"credit-record-objection\"\narticle = 4\nkind = \"gift\"",
    );
    assert!(problems(&f).iter().any(|p| matches!(&p.kind,
        ProblemKind::UnknownMeasureKind { measure, kind } if measure == "credit-record-objection" && kind == "gift")));
}

#[test]
fn an_unreadable_measures_file_is_the_one_problem_not_every_question_unused() {
    // A measures.toml the parser refuses once listed all 22 questions as "never asked" too.
    let mut f = files();
    edit(
        &mut f,
        "measures.toml",
        "id = \"returnee-hukou-registration\"",
        "id = \"returnee-hukou-registration",
    );
    let p = problems(&f);
    assert!(p.iter().any(|p| p.file == "measures.toml"), "{p:?}");
    assert!(
        !p.iter()
            .any(|p| matches!(p.kind, ProblemKind::UnusedQuestion(_))),
        "{p:?}"
    );
}

#[test]
fn thousands_of_nested_placeables_are_refused_in_words_not_by_a_stack_overflow() {
    // issue #15: 3000 nested Fluent placeables overflowed the stack in PolicyPack::load (after
    // the signature check, so a signed pack could bring down the app).
    let mut files = files();
    let file = "locales/zh-CN/pack.ftl";
    let mut text = String::from_utf8(files[file].clone()).expect("text");
    let line = text.lines().count() + 1;
    text.push_str(&format!(
        "deep = {}\"x\"{}\n",
        "{ ".repeat(3000),
        " }".repeat(3000)
    ));
    files.insert(file.to_owned(), text.into_bytes());
    let found = problems(&files);
    let deep: Vec<&Problem> = found
        .iter()
        .filter(|p| matches!(p.kind, ProblemKind::NestedTooDeep { .. }))
        .collect();
    assert_eq!(deep.len(), 1, "{found:?}");
    assert_eq!((deep[0].file.as_str(), deep[0].line), (file, Some(line)));
    let loc = Localizer::app_only().expect("the app's words");
    for locale in Locale::ALL {
        let said = loc.say(locale, &deep[0].message());
        assert!(said.contains("10"), "{locale}: {said}");
        if locale != Locale::En {
            assert!(
                english_words(&own_words(&loc, locale, &deep[0].message())).is_empty(),
                "{said}"
            );
        }
    }
    // A few levels, as a select expression needs, are fine.
    let mut files = self::files();
    let mut text = String::from_utf8(files[file].clone()).expect("text");
    text.push_str("shallow = { { { \"x\" } } }\n");
    files.insert(file.to_owned(), text.into_bytes());
    PolicyPack::load(&files).expect("loads");
}
