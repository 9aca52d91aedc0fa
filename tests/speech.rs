//! Reading aloud: every question and the results of every persona case, in every language, as
//! finished sentences for the ear — no brackets, no article numbers, no message ids, and never
//! the person's answers.

use std::collections::BTreeSet;

use navigator::present::ear::{for_the_ear, numeral, BRACKETS};
use navigator::present::{self, speech, Speech};
use navigator::{Answer, Answers, Locale, QuestionKind};

use crate::support::{cases, localizer, pack};

/// Every message id of the application's and the pack's, and the prefixes of ids built at run
/// time: what must never be heard in place of words.
fn message_ids() -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = navigator::Localizer::app_message_ids(Locale::ZhCn)
        .into_iter()
        .filter(|id| id.contains('-'))
        .collect();
    for q in &pack().questions {
        ids.insert(format!("q-{}", q.id));
        for choice in q.choices() {
            ids.insert(format!("opt-{}-{choice}", q.id));
        }
    }
    for m in &pack().measures {
        ids.insert(format!("m-{}", m.id));
    }
    ids
}

/// What is wrong with one spoken text, if anything.
fn faults(speech: &Speech, ids: &BTreeSet<String>) -> Vec<String> {
    let mut out = Vec::new();
    let text = speech.text();
    if speech.sentences.is_empty() {
        out.push("nothing is said".to_owned());
    }
    if let Some(c) = text.chars().find(|c| BRACKETS.contains(c)) {
        out.push(format!("a bracket {c:?} is read out"));
    }
    for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')) {
        if ids.contains(word) || word.starts_with("opt-") || word.starts_with("speech-") {
            out.push(format!("the message id {word:?} is read out"));
        }
    }
    for s in &speech.sentences {
        if !s.ends_with(['。', '？', '！', '.', '?', '!']) {
            out.push(format!("{s:?} is not a finished sentence"));
        }
    }
    if text.contains("  ") {
        out.push("a double space".to_owned());
    }
    let document = &pack().manifest.document.number;
    if text.contains(document.as_str()) {
        out.push(format!("the document number {document} is read out"));
    }
    out
}

#[test]
fn every_question_is_spoken_in_every_language_with_its_options_numbered_and_what_to_press() {
    let (loc, ids) = (localizer(), message_ids());
    let mut failures = Vec::new();
    let mut checked = 0;
    for locale in Locale::ALL {
        for q in &pack().questions {
            let view = present::question(loc, locale, q, &Answers::new());
            let spoken = speech::question(loc, locale, &view);
            let where_ = format!("{locale} {}", q.id);
            failures.extend(
                faults(&spoken, &ids)
                    .into_iter()
                    .map(|f| format!("{where_}: {f}")),
            );
            // The question, one sentence per option, then what to press.
            if spoken.sentences.len() != view.options.len() + 2 {
                failures.push(format!("{where_}: {:?}", spoken.sentences));
                continue;
            }
            let heard_question = for_the_ear(locale, &view.text);
            if !spoken.sentences[0].starts_with(heard_question.trim_end_matches(['？', '?'])) {
                failures.push(format!("{where_}: begins {:?}", spoken.sentences[0]));
            }
            for (i, option) in view.options.iter().enumerate() {
                let sentence = &spoken.sentences[i + 1];
                let label = for_the_ear(locale, &option.label);
                let label = label.trim_end_matches(['。', '.']);
                let ordinal = numeral(locale, i + 1);
                if !sentence.contains(label) || !sentence.contains(ordinal.as_str()) {
                    failures.push(format!(
                        "{where_}: option {} is heard as {sentence:?}",
                        i + 1
                    ));
                }
            }
            let press = spoken.sentences.last().map(String::as_str).unwrap_or("");
            let next = loc.app(locale, "ui-next", &[]);
            if !press.contains(next.as_str()) {
                failures.push(format!("{where_}: {press:?} does not say to press {next}"));
            }
            if q.kind == QuestionKind::Multi && press == loc.app(locale, "speech-press-one", &[]) {
                failures.push(format!(
                    "{where_}: a multiple choice is spoken as a single one"
                ));
            }
            checked += 1;
        }
    }
    assert!(checked >= 3 * 10, "only {checked} questions were spoken");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The labels of the person's choices, as they would be heard, that the pack's words for the
/// cards on screen do not hold anyway (a measure may be called what the person chose: 高校毕业生
/// in 高校毕业生创业社会保险补贴).
fn own_answers(locale: Locale, answers: &Answers, written: &str) -> Vec<String> {
    let loc = localizer();
    answers
        .iter()
        .flat_map(|(q, a)| {
            match a {
                Answer::Choice(v) => vec![v.clone()],
                Answer::Choices(set) => set.iter().cloned().collect(),
                _ => Vec::new(),
            }
            .into_iter()
            .map(move |v| for_the_ear(locale, &present::option_label(loc, locale, q, &v)))
        })
        .filter(|label| label.chars().count() >= 2 && !written.contains(label.as_str()))
        .collect()
}

#[test]
fn the_results_of_every_persona_case_are_spoken_summary_first_then_every_card_without_the_answers()
{
    let (loc, ids) = (localizer(), message_ids());
    let mut failures = Vec::new();
    let (mut checked, mut cards_heard) = (0, 0);
    for (name, case) in cases() {
        let answers = crate::support::answers(case.answers_json());
        for locale in Locale::ALL {
            let view = present::screen(pack(), loc, locale, &answers, case.date());
            let where_ = format!("{name} {locale}");
            if !view.is_complete() {
                failures.push(format!("{where_}: the case does not reach the results"));
                continue;
            }
            let spoken = speech::results(loc, &view);
            failures.extend(
                faults(&spoken, &ids)
                    .into_iter()
                    .map(|f| format!("{where_}: {f}")),
            );
            let text = spoken.text();
            // The summary comes before the first card.
            let summary_at = view
                .summary
                .first()
                .map(|s| text.find(&for_the_ear(locale, &s.title)));
            let first_card_sentence = view
                .results()
                .next()
                .map(|v| speech::card(loc, locale, v).text());
            if let (Some(Some(at)), Some(card)) = (summary_at, &first_card_sentence) {
                let card_at = text.rfind(card.as_str()).unwrap_or(0);
                if at >= card_at {
                    failures.push(format!("{where_}: the summary does not come first"));
                }
            }
            // Every card, in reading order, with its title, what it offers and where to go.
            let mut from = 0;
            let mut written = String::new();
            for v in view.results() {
                let card = speech::card(loc, locale, v);
                let heard = card.text();
                match text[from..].find(heard.as_str()) {
                    Some(at) => from += at + heard.len(),
                    None => failures.push(format!("{where_}: {} is not heard in order", v.measure)),
                }
                let benefit = for_the_ear(locale, &v.benefit);
                if !heard.contains(benefit.trim_end_matches(['。', '.'])) {
                    failures.push(format!(
                        "{where_}: {} does not say what it offers",
                        v.measure
                    ));
                }
                if let Some(office) = v.departments.first() {
                    if !heard.contains(&for_the_ear(locale, &office.name)) {
                        failures.push(format!("{where_}: {} names no office", v.measure));
                    }
                }
                written.push_str(&format!(
                    "{}{}{}{}",
                    for_the_ear(locale, &v.title),
                    benefit,
                    v.status_label,
                    v.departments
                        .iter()
                        .map(|d| for_the_ear(locale, &d.name))
                        .collect::<String>()
                ));
                cards_heard += 1;
            }
            for label in own_answers(locale, &answers, &written) {
                if text.contains(label.as_str()) {
                    failures.push(format!("{where_}: the answer {label:?} is read out"));
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 3 * 25, "only {checked} results were spoken");
    assert!(cards_heard > checked, "only {cards_heard} cards were heard");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_question_asked_again_is_spoken_without_the_answer_it_had() {
    let loc = localizer();
    let mut checked = 0;
    for (name, case) in cases() {
        let answers = crate::support::answers(case.answers_json());
        for (id, _) in answers.iter() {
            let Some(q) = pack().question(id) else {
                continue;
            };
            for locale in Locale::ALL {
                let fresh = present::question(loc, locale, q, &Answers::new());
                let again = present::question(loc, locale, q, &answers);
                if again.current.is_empty() {
                    // An empty multiple choice ("none of these" left unticked) shows nothing.
                    continue;
                }
                assert_eq!(
                    speech::question(loc, locale, &fresh),
                    speech::question(loc, locale, &again),
                    "{name} {locale}: {id} is spoken differently once answered"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 0, "no question was asked again");
}

#[test]
fn asides_become_clauses_and_article_numbers_and_bracket_marks_are_not_read() {
    let zh = Locale::ZhCn;
    assert_eq!(
        for_the_ear(zh, "高校毕业生（大专、本科、研究生毕业）"),
        "高校毕业生，大专、本科、研究生毕业"
    );
    assert_eq!(
        for_the_ear(zh, "研制首台（套）重大技术装备"),
        "研制首台套重大技术装备"
    );
    assert_eq!(for_the_ear(zh, "（十一）支持创业"), "支持创业");
    assert_eq!(
        for_the_ear(zh, "宣传《指导目录》等政策"),
        "宣传指导目录等政策"
    );
    assert_eq!(
        for_the_ear(Locale::En, "Student (university or vocational school)."),
        "Student, university or vocational school."
    );
    assert_eq!(
        for_the_ear(Locale::En, "A technical school (技工院校) graduate"),
        "A technical school graduate"
    );
}

#[test]
fn dates_and_ordinals_are_written_as_they_are_said() {
    assert_eq!(
        for_the_ear(Locale::ZhCn, "已于 2021-12-31 结束"),
        "已于 2021年12月31日 结束"
    );
    assert_eq!(
        for_the_ear(Locale::En, "Ended on 2021-12-31"),
        "Ended on 31 December 2021"
    );
    // Not a date: a phone number or a range keeps its digits.
    assert_eq!(for_the_ear(Locale::En, "0349-1234-5678"), "0349-1234-5678");
    let zh = |n| numeral(Locale::ZhTw, n);
    assert_eq!(
        [
            zh(1),
            zh(10),
            zh(11),
            zh(20),
            zh(23),
            zh(100),
            zh(105),
            zh(110)
        ],
        [
            "一",
            "十",
            "十一",
            "二十",
            "二十三",
            "一百",
            "一百零五",
            "一百一十"
        ]
    );
    assert_eq!(numeral(Locale::En, 11), "11");
}

#[test]
fn the_countdown_is_spoken_with_its_seconds_in_every_language() {
    let ids = message_ids();
    for locale in Locale::ALL {
        let spoken = speech::countdown(localizer(), locale, 15);
        assert!(faults(&spoken, &ids).is_empty(), "{locale}: {spoken:?}");
        assert!(spoken.text().contains("15"), "{locale}: {spoken:?}");
    }
}

fn desk() -> navigator::desk::Desk {
    navigator::desk::Desk::in_memory(
        navigator::Settings::default(),
        navigator::clock::Clock::system(),
    )
    .expect("a desk")
}

#[test]
fn the_desk_speaks_the_question_on_screen_and_a_card_only_once_the_results_show_it() {
    let desk = desk();
    desk.start(Locale::ZhCn);
    let first = desk.speech(Locale::ZhCn);
    assert!(first.sentences[1].starts_with("第一项，"), "{first:?}");
    // Before the results, no card can be heard.
    let measure = pack().measures[0].id.clone();
    let refused = desk
        .card_speech(Locale::ZhCn, &measure)
        .expect_err("no results yet");
    assert_eq!(refused.code(), navigator::desk::ErrorCode::BadRequest);
    for (q, a) in [
        ("groups", vec!["graduate"]),
        ("activity", vec!["self_employed"]),
        ("rural_business", vec!["false"]),
        ("has_ip", vec!["true"]),
        ("contest_level", vec!["municipal_or_lower"]),
        ("in_demo_base", vec!["false"]),
        ("county", vec!["pinglu"]),
    ] {
        let chosen: Vec<String> = a.into_iter().map(String::from).collect();
        if desk.step(Locale::ZhCn).question.is_some_and(|x| x.id == q) {
            desk.answer(q, &chosen).expect("an answer");
        }
    }
    let results = desk.results();
    assert!(
        results.is_complete(),
        "{:?}",
        results.question.map(|q| q.id)
    );
    let card = results.results().next().expect("a card");
    let heard = desk
        .card_speech(Locale::En, &card.measure)
        .expect("a card on screen");
    assert!(heard.text().contains("Go first to"), "{heard:?}");
    assert!(desk.card_speech(Locale::En, "no-such-measure").is_err());
    assert!(desk.speech(Locale::ZhCn).text().starts_with("这是您的结果"));
}

#[test]
fn a_question_is_spoken_by_its_id_without_its_answer_and_an_unknown_one_is_refused() {
    let desk = desk();
    desk.start(Locale::En);
    desk.answer("groups", &["veteran".to_owned()])
        .expect("an answer");
    let spoken = desk
        .question_speech(Locale::En, "groups")
        .expect("a question");
    let view = present::question(
        localizer(),
        Locale::En,
        &pack().questions[0],
        &Answers::new(),
    );
    assert_eq!(spoken, speech::question(localizer(), Locale::En, &view));
    assert!(desk.question_speech(Locale::En, "age").is_err());
}

#[test]
fn an_editors_note_on_the_sources_wording_is_not_read_out() {
    // issue #18 review: "免征增值税，原文：到2021年" was heard.

    assert_eq!(
        for_the_ear(Locale::ZhCn, "免征增值税（原文：到2021年）。"),
        "免征增值税。"
    );
    assert_eq!(
        for_the_ear(Locale::ZhCn, "给予补贴（原文未写明金额）。"),
        "给予补贴。"
    );
    assert_eq!(
        for_the_ear(
            Locale::En,
            "A subsidy (the source does not state an amount)."
        ),
        "A subsidy."
    );
    // Other asides are still said.
    assert!(for_the_ear(Locale::ZhCn, "高校毕业生（大专、本科）").contains("大专"));
}
