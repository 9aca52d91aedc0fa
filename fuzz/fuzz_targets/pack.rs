//! Fuzzes the policy-pack loader and validator, `PolicyPack::load`.
//!
//! The input is the default pack with one file broken: the first byte chooses the file (see
//! `FILES`), the rest of the input replaces its content. Loading must return `Ok` or a list of
//! problems, never panic. A pack that loads must keep what the loader promises, checked here
//! independently of it: the localizer builds and words every question, option and measure in
//! every locale; every excerpt is in the source; every question and option a condition names
//! exists; and a walk through the questionnaire, answering with the input's bytes, ends within
//! as many steps as there are questions, with every verdict in force decided.
#![no_main]

use std::collections::BTreeMap;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use navigator::pack::PackText;
use navigator::{Answer, Answers, Locale, Localizer, PolicyPack, Question, QuestionKind, TestOp};

macro_rules! pack_file {
    ($name:literal) => {
        (
            $name,
            include_bytes!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../assets/packs/shuozhou-2021-26/",
                $name
            ))
            .as_slice(),
        )
    };
}

/// The files of the embedded default pack. The order is the meaning of the input's first byte
/// (modulo the count), which the seed corpus relies on: do not reorder, only append.
const FILES: [(&str, &[u8]); 9] = [
    pack_file!("pack.toml"),
    pack_file!("questions.toml"),
    pack_file!("measures.toml"),
    pack_file!("departments.toml"),
    pack_file!("not_applicable.toml"),
    pack_file!("source.txt"),
    pack_file!("locales/zh-CN/pack.ftl"),
    pack_file!("locales/zh-TW/pack.ftl"),
    pack_file!("locales/en/pack.ftl"),
];

fn base() -> &'static BTreeMap<String, Vec<u8>> {
    static BASE: OnceLock<BTreeMap<String, Vec<u8>>> = OnceLock::new();
    BASE.get_or_init(|| {
        FILES
            .iter()
            .map(|(name, bytes)| (name.to_string(), bytes.to_vec()))
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, content)) = data.split_first() else {
        return;
    };
    let (name, _) = FILES[usize::from(selector) % FILES.len()];
    let mut files = base().clone();
    files.insert(name.to_string(), content.to_vec());

    let Ok(pack) = PolicyPack::load(&files) else {
        return;
    };
    words_everything(&pack);
    excerpts_are_in_the_source(&pack);
    conditions_name_what_exists(&pack);
    walk_to_the_end(&pack, content);
});

/// The localizer builds, and every text the screens show exists in every locale (a missing one
/// would come out as its message id).
fn words_everything(pack: &PolicyPack) {
    let loc = Localizer::new(pack).expect("a loaded pack's messages build");
    for locale in Locale::ALL {
        let mut texts = vec![PackText::Title];
        for q in &pack.questions {
            texts.push(PackText::Question(&q.id));
            texts.extend(q.options.iter().map(|o| PackText::Option(&q.id, o)));
        }
        texts.extend(pack.measures.iter().map(|m| PackText::Measure(&m.id)));
        texts.extend(pack.departments.iter().map(|d| PackText::Department(&d.id)));
        for text in texts {
            let said = loc.text(locale, text, None);
            assert!(
                !said.is_empty() && said != text.id(),
                "{locale:?}: {} is not worded",
                text.id()
            );
        }
    }
}

fn flat(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every excerpt is in the source, but for line breaks.
fn excerpts_are_in_the_source(pack: &PolicyPack) {
    let source = flat(&pack.source_text);
    for m in &pack.measures {
        assert!(!m.excerpts.is_empty(), "{} cites nothing", m.id);
        for e in &m.excerpts {
            assert!(
                source.contains(&flat(e)),
                "{}: not in the source: {e}",
                m.id
            );
        }
    }
    for n in pack
        .not_applicable
        .iter()
        .filter_map(|n| n.excerpt.as_ref())
    {
        assert!(source.contains(&flat(n)), "not in the source: {n}");
    }
}

/// Every question and option a condition names exists, with an operator of its kind.
fn conditions_name_what_exists(pack: &PolicyPack) {
    for m in &pack.measures {
        for t in m.condition.tests() {
            let q = pack.question(&t.question).expect("a named question exists");
            let (kinds, values): (&[QuestionKind], Vec<&String>) = match &t.op {
                TestOp::Is(v) => (&[QuestionKind::Single], vec![v]),
                TestOp::OneOf(vs) => (&[QuestionKind::Single], vs.iter().collect()),
                TestOp::Contains(v) => (&[QuestionKind::Multi], vec![v]),
                TestOp::ContainsAny(vs) => (&[QuestionKind::Multi], vs.iter().collect()),
                TestOp::IsBool(_) => (&[QuestionKind::Bool], vec![]),
                TestOp::AtLeast(_)
                | TestOp::AtMost(_)
                | TestOp::LessThan(_)
                | TestOp::MoreThan(_) => (&[QuestionKind::Number], vec![]),
                TestOp::OnOrAfter(_) | TestOp::Before(_) => (&[QuestionKind::Date], vec![]),
            };
            assert!(
                kinds.contains(&q.kind),
                "{}: {:?} on a {:?} question",
                m.id,
                t.op,
                q.kind
            );
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

/// A valid answer to `q`, chosen by `pick`.
fn answer(q: &Question, pick: u8) -> Answer {
    let nth = |k: u8| q.options[usize::from(pick.wrapping_add(k)) % q.options.len()].clone();
    match q.kind {
        QuestionKind::Single => Answer::Choice(nth(0)),
        QuestionKind::Multi => {
            let mut set: std::collections::BTreeSet<String> = q
                .options
                .iter()
                .enumerate()
                .filter(|(i, _)| pick & (1 << (i % 8)) != 0)
                .map(|(_, o)| o.clone())
                .collect();
            // An exclusive option ("none of these") stands alone.
            if set.len() > 1 {
                set.retain(|o| !q.is_exclusive(o));
            }
            let mut k = 0;
            while set.len() < q.min_selected.max(1) && k < 255 {
                let o = nth(k);
                if !q.is_exclusive(&o) || (set.is_empty() && q.min_selected <= 1) {
                    set.insert(o);
                }
                k += 1;
            }
            Answer::Choices(set)
        }
        QuestionKind::Bool => Answer::Bool(pick.is_multiple_of(2)),
        QuestionKind::Number => {
            let low = q.min.unwrap_or(q.max.map_or(-1000.0, |max| max - 1000.0));
            let high = q.max.unwrap_or(low + 2000.0);
            Answer::Number(low + f64::from(pick) / 255.0 * (high - low))
        }
        QuestionKind::Date => {
            let pick = u32::from(pick);
            let text = format!(
                "{}-{:02}-{:02}",
                2015 + pick / 16,
                1 + pick % 12,
                1 + pick % 28
            );
            Answer::Date(navigator::answers::parse_date(&text).unwrap())
        }
    }
}

/// Answers whatever the questionnaire asks with the bytes of `picks` until it asks nothing.
fn walk_to_the_end(pack: &PolicyPack, picks: &[u8]) {
    let on = navigator::answers::parse_date("2022-01-01").unwrap();
    let mut answers = Answers::new();
    let mut steps = 0;
    while let Some(q) = navigator::next_question(pack, &answers, on) {
        assert!(!answers.contains(&q.id), "{} asked twice", q.id);
        let pick = picks.get(steps).copied().unwrap_or(0);
        answers
            .set(pack, &q.id, answer(q, pick))
            .expect("a valid answer is taken");
        steps += 1;
        assert!(
            steps <= pack.questions.len(),
            "the questionnaire does not end"
        );
    }
    for v in navigator::evaluate(pack, &answers, on) {
        assert_ne!(
            v.status.key(),
            "unknown",
            "{} undecided at the end",
            v.measure
        );
    }
}
