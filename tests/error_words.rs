//! Every error a person can see about a pack or a pack archive is a sentence of their own
//! language: its message exists in every locale, shows every argument, leaves nothing unworded,
//! and a Chinese sentence carries no English beyond what the pack or the file itself wrote
//! (ids, values, paths) and a parser's own words, quoted as such.

use std::collections::BTreeSet;
use std::io::ErrorKind;

use navigator::message::{Arg, Explain, Message};
use navigator::pack::archive::{Damage, KeyFault, KeyFile, KeyReason, Oversize};
use navigator::pack::{
    ConditionFault, IdOf, PackText, Problem, ProblemKind, QuestionFault, Syntax,
};
use navigator::{ArchiveError, Locale, Localizer, PackError, QuestionKind};

use crate::support::root;

fn problem_kinds() -> Vec<ProblemKind> {
    let measure = || "ip-enforcement".to_owned();
    let question = || "has_ip".to_owned();
    let mut kinds = vec![
        ProblemKind::MissingFile,
        ProblemKind::NotText,
        ProblemKind::Syntax {
            syntax: Syntax::Toml,
            said: "invalid basic string".into(),
        },
        ProblemKind::Syntax {
            syntax: Syntax::Fluent,
            said: "Expected a token starting with \"=\"".into(),
        },
        ProblemKind::UnsupportedFormat(2),
        ProblemKind::UnknownLocale("fr".into()),
        ProblemKind::MissingLocale("zh-TW".into()),
        ProblemKind::BadId("Has IP".into()),
        ProblemKind::BadAudience("groups".into()),
        ProblemKind::BadRegion("county".into()),
        ProblemKind::UnknownQuestion {
            measure: measure(),
            question: "urban_residense".into(),
        },
        ProblemKind::UnknownOption {
            measure: measure(),
            question: "enterprise_type".into(),
            value: "specialised_sme".into(),
        },
        ProblemKind::UnknownDepartment {
            measure: measure(),
            department: "treasury".into(),
        },
        ProblemKind::PrimaryContactNotListed {
            measure: measure(),
            department: "finance".into(),
        },
        ProblemKind::UnknownGroup {
            measure: measure(),
            group: "astronaut".into(),
        },
        ProblemKind::NoExcerpt { measure: measure() },
        ProblemKind::ExcerptNotInSource {
            excerpt: "给予其最长3年的社会保险补贴".into(),
        },
        ProblemKind::ArticleOutOfRange(120),
        ProblemKind::BadDate("2021-12-31T10:00:00".into()),
        ProblemKind::ValidityReversed(measure()),
        ProblemKind::UnusedQuestion("shoe_size".into()),
        ProblemKind::MissingMessage {
            locale: "en".into(),
            id: "m-veteran-contest-award".into(),
        },
        ProblemKind::UnknownMeasureKind {
            measure: measure(),
            kind: "grant".into(),
        },
        ProblemKind::NoFirstContact { measure: measure() },
        ProblemKind::FirstContactNotAnOffice {
            measure: measure(),
            department: "provincial-demo-bases".into(),
        },
        ProblemKind::DiscretionNotReviewed {
            measure: measure(),
            word: "择优".into(),
        },
        ProblemKind::SentenceNotCovered {
            article: 21,
            sentence: "充分发挥各类赛事活动作用".into(),
        },
        ProblemKind::NestedTooDeep { max: 10 },
    ];
    for what in [
        IdOf::Department,
        IdOf::Question,
        IdOf::Option,
        IdOf::Measure,
        IdOf::Text,
    ] {
        kinds.push(ProblemKind::Duplicate {
            what,
            id: "ip-training".into(),
        });
    }
    for fault in [
        QuestionFault::UnknownKind("choice".into()),
        QuestionFault::TooFewOptions,
        QuestionFault::OptionsWithoutChoice,
        QuestionFault::BoundsWithoutNumber,
        QuestionFault::BoundsReversed,
        QuestionFault::MinSelectedWithoutMulti,
        QuestionFault::MinSelectedTooLarge {
            min_selected: 5,
            options: 3,
        },
        QuestionFault::UnsureWithoutChoice,
        QuestionFault::ReservedOption("unsure".into()),
        QuestionFault::ExclusiveWithoutMulti,
        QuestionFault::ExclusiveNotAnOption("nobody".into()),
    ] {
        kinds.push(ProblemKind::BadQuestion {
            question: question(),
            fault,
        });
    }
    for fault in [
        ConditionFault::NotOneShape,
        ConditionFault::OperatorBesideParts,
        ConditionFault::NoParts,
        ConditionFault::OperatorBesideNot,
        ConditionFault::NotOneOperator,
        ConditionFault::NoOptions,
        ConditionFault::NotFinite,
    ] {
        kinds.push(ProblemKind::BadCondition {
            measure: measure(),
            fault,
        });
    }
    for kind in [
        QuestionKind::Single,
        QuestionKind::Multi,
        QuestionKind::Bool,
        QuestionKind::Number,
        QuestionKind::Date,
    ] {
        kinds.push(ProblemKind::OperatorMismatch {
            measure: measure(),
            question: question(),
            kind,
            operator: "contains",
        });
    }
    kinds
}

fn problem(line: Option<usize>, kind: ProblemKind) -> Problem {
    Problem {
        file: "measures.toml".into(),
        line,
        kind,
    }
}

fn pack_errors() -> Vec<PackError> {
    let unused = || problem(None, ProblemKind::UnusedQuestion("shoe_size".into()));
    vec![
        PackError::Unreadable {
            path: "/media/usb/pack".into(),
            source: ErrorKind::NotFound.into(),
        },
        PackError::Invalid(Vec::new()),
        PackError::Invalid(vec![unused()]),
        PackError::Invalid(vec![
            problem(
                Some(12),
                ProblemKind::NoExcerpt {
                    measure: "ip-training".into(),
                },
            ),
            unused(),
        ]),
    ]
}

/// Every kind of operating-system error the application words on its own.
const IO_KINDS: [ErrorKind; 11] = [
    ErrorKind::NotFound,
    ErrorKind::PermissionDenied,
    ErrorKind::AlreadyExists,
    ErrorKind::StorageFull,
    ErrorKind::ReadOnlyFilesystem,
    ErrorKind::IsADirectory,
    ErrorKind::NotADirectory,
    ErrorKind::InvalidData,
    ErrorKind::FileTooLarge,
    ErrorKind::ResourceBusy,
    ErrorKind::Other,
];

fn archive_errors() -> Vec<ArchiveError> {
    let mut errors = vec![
        ArchiveError::UnsafeEntry("../evil.toml".into()),
        ArchiveError::Unsigned,
        ArchiveError::BadSignature,
        ArchiveError::UntrustedKey(crate::archive::key(3).public_key()),
        ArchiveError::Tampered("measures.toml".into()),
        ArchiveError::MissingFile("source.txt".into()),
        ArchiveError::UnlistedFile("locales/en/extra.ftl".into()),
        ArchiveError::NotWritten(std::io::Error::other("deflate")),
        ArchiveError::CopyDiffers("packs/active.zip.part".into()),
        ArchiveError::KeyExists("keys/pack-signing.key".into()),
        ArchiveError::Randomness(getrandom::Error::UNSUPPORTED),
        ArchiveError::Older {
            in_use: "shuozhou-2021-26 2.0.0".into(),
            offered: "shuozhou-2021-26 0.9.0".into(),
        },
        ArchiveError::OtherPack {
            in_use: "shuozhou-2021-26 2.0.0".into(),
            offered: "datong-2022-3 1.0.0".into(),
        },
    ];
    errors.extend(pack_errors().into_iter().map(ArchiveError::InvalidPack));
    errors.extend(IO_KINDS.map(|kind| ArchiveError::Io {
        path: "/media/usb/pack.zip".into(),
        source: kind.into(),
    }));
    errors.extend(
        [
            Damage::NotZip {
                said: "Could not find EOCD".into(),
            },
            Damage::Entry {
                name: "questions.toml".into(),
                said: "invalid Zip archive: Invalid local file header".into(),
            },
            Damage::DirectoryCut,
            Damage::EntryCount {
                listed: 9,
                found: 8,
            },
            Damage::SignatureNotText,
            Damage::SignatureSyntax {
                line: 3,
                said: "invalid table header".into(),
            },
            Damage::SignatureFormat("navigator-pack-archive v2".into()),
            Damage::SignatureLine("0f3a  pack.toml".into()),
            Damage::SignatureNotCanonical,
            Damage::SignatureKey,
            Damage::SignatureEncoding,
            Damage::SignatureHalf,
        ]
        .map(ArchiveError::Damaged),
    );
    errors.extend(
        [
            Oversize::File {
                size: 40_000_000,
                limit: 33_554_432,
            },
            Oversize::Entries { limit: 256 },
            Oversize::Entry {
                name: "bomb.txt".into(),
                limit: 16_777_216,
            },
            Oversize::Total { limit: 67_108_864 },
        ]
        .map(ArchiveError::TooLarge),
    );
    let reasons = [
        KeyReason::NotText,
        KeyReason::WrongFile {
            found: KeyFile::Secret,
            wanted: KeyFile::Public,
        },
        KeyReason::WrongFile {
            found: KeyFile::Public,
            wanted: KeyFile::Secret,
        },
        KeyReason::NoHeader(KeyFile::Public),
        KeyReason::NoHeader(KeyFile::Secret),
        KeyReason::Missing,
        KeyReason::MoreThanOne,
        KeyReason::NotBase64,
        KeyReason::NotEd25519,
    ];
    for reason in reasons {
        errors.push(ArchiveError::BadKey(KeyFault::new(reason)));
        errors.push(ArchiveError::BadKey(KeyFault {
            file: Some("keys/pack-signing.pub".into()),
            reason,
        }));
    }
    errors
}

/// Every message the samples above say.
fn messages() -> Vec<Message> {
    let mut messages: Vec<Message> = problem_kinds().iter().map(Explain::message).collect();
    messages.extend(pack_errors().iter().map(Explain::message));
    messages.extend(archive_errors().iter().map(Explain::message));
    messages.push(problem(Some(7), ProblemKind::MissingFile).message());
    messages.push(problem(None, ProblemKind::NotText).message());
    messages
}

fn localizer() -> Localizer {
    Localizer::app_only().expect("the application's messages parse")
}

/// The message's id and the ids of the messages nested in it.
fn ids(m: &Message, out: &mut BTreeSet<&'static str>) {
    out.insert(m.id);
    for (_, arg) in &m.args {
        if let Arg::Said(inner) = arg {
            ids(inner, out);
        }
    }
}

/// The text arguments of a message and of the messages nested in it: the words the pack or
/// the file gave, which are shown as they are.
fn texts(m: &Message, out: &mut Vec<String>) {
    for (_, arg) in &m.args {
        match arg {
            Arg::Text(t) if !t.is_empty() => out.push(t.clone()),
            Arg::Said(inner) => texts(inner, out),
            _ => {}
        }
    }
}

/// The worded message with every text argument blotted out, so that what is left is the
/// message's own words.
pub fn own_words(loc: &Localizer, locale: Locale, m: &Message) -> String {
    let mut text = loc.say(locale, m);
    let mut args = Vec::new();
    texts(m, &mut args);
    args.sort_by_key(|a| std::cmp::Reverse(a.len()));
    for arg in args {
        text = text.replace(&arg, "▯");
    }
    text
}

/// Technical names that stay as they are in every language.
const NAMES: [&str; 3] = ["TOML", "Fluent", "YYYY"];

/// Runs of four or more ASCII letters in `text` that are not one of [`NAMES`]: English words.
pub fn english_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 4 && !NAMES.contains(w))
        .map(str::to_owned)
        .collect()
}

/// The ids in one of the application's Fluent files, in zh-CN.
fn ids_in(file: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(root().join("locales/zh-CN").join(file)).expect("read");
    let resource = fluent_syntax::parser::parse(text).expect("parses");
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_message_of_the_pack_and_io_files_is_said_by_some_error() {
    let mut said = BTreeSet::new();
    for m in messages() {
        ids(&m, &mut said);
    }
    let said: BTreeSet<String> = said.into_iter().map(str::to_owned).collect();
    let mut written = ids_in("pack.ftl");
    written.extend(ids_in("io.ftl"));
    // A message no error says is a kind of error someone forgot to list here, or a message
    // left behind; an error whose message is not there would be shown as its id.
    assert_eq!(
        written.difference(&said).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "messages no sample says"
    );
    assert_eq!(
        said.difference(&written).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "messages said but not in pack.ftl or io.ftl"
    );
}

#[test]
fn every_error_is_worded_in_every_locale_with_all_its_arguments() {
    let loc = localizer();
    let mut all_ids = BTreeSet::new();
    for m in messages() {
        ids(&m, &mut all_ids);
    }
    for locale in Locale::ALL {
        let known = Localizer::app_message_ids(locale);
        for m in messages() {
            let mut used = BTreeSet::new();
            ids(&m, &mut used);
            for id in &used {
                assert!(known.iter().any(|k| k == id), "{locale}: {id} is missing");
            }
            let text = loc.say(locale, &m);
            assert!(
                !text.contains(['{', '}']) && text.lines().count() == 1 && !text.trim().is_empty(),
                "{locale} {}: {text}",
                m.id
            );
            for id in &all_ids {
                assert!(!text.contains(id), "{locale}: {text} shows the id {id}");
            }
            for (name, arg) in &m.args {
                // The kind of question only chooses the words for it.
                let shown = match arg {
                    Arg::Text(_) if m.id == "problem-operator-mismatch" && *name == "kind" => None,
                    // No problem, or one: the sentence need not count them.
                    Arg::Number(0 | 1) if *name == "count" => None,
                    Arg::Text(t) => Some(t.clone()),
                    Arg::Number(n) => Some(n.to_string()),
                    Arg::Said(inner) => Some(loc.say(locale, inner)),
                    Arg::Question(q) => Some(loc.text(locale, PackText::Question(q), None)),
                    Arg::Option(q, o) => Some(loc.text(locale, PackText::Option(q, o), None)),
                };
                if let Some(shown) = shown {
                    assert!(
                        text.contains(&shown),
                        "{locale}: {text} lacks {name} = {shown}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_kind_of_question_is_worded_not_shown() {
    let loc = localizer();
    for locale in Locale::ALL {
        let worded: BTreeSet<String> = problem_kinds()
            .iter()
            .filter(|k| matches!(k, ProblemKind::OperatorMismatch { .. }))
            .map(|k| loc.say(locale, &k.message()))
            .collect();
        // Five kinds, five different sentences: the selector reached every variant.
        assert_eq!(worded.len(), 5, "{locale}: {worded:#?}");
        if locale != Locale::En {
            for text in worded {
                for kind in ["single", "multi", "bool", "number", "date"] {
                    assert!(!text.contains(kind), "{locale}: {text}");
                }
            }
        }
    }
}

#[test]
fn a_chinese_sentence_holds_no_english_words_of_its_own() {
    let loc = localizer();
    for locale in [Locale::ZhCn, Locale::ZhTw] {
        for m in messages() {
            let own = own_words(&loc, locale, &m);
            assert_eq!(
                english_words(&own),
                Vec::<String>::new(),
                "{locale} {}: {own}",
                m.id
            );
        }
    }
}

#[test]
fn an_english_sentence_holds_no_chinese_of_its_own() {
    let loc = localizer();
    for m in messages() {
        let own = own_words(&loc, Locale::En, &m);
        assert!(
            !own.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{}: {own}",
            m.id
        );
    }
}

/// Characters that exist only in simplified Chinese (each has a different traditional form).
const SIMPLIFIED_ONLY: &str = "这们个为无与说语读写签钥错误题选项数据码确认证门问检时间单应该损坏发开关长会过还没对从\
动实现经结组类务处则请设让当将条复盘权径录缩节压换删网络户级统报满识规进样产页库体须历变编边带测试运";

#[test]
fn traditional_chinese_uses_traditional_characters() {
    let loc = localizer();
    let mut texts: Vec<(String, String)> = messages()
        .iter()
        .map(|m| (m.id.to_owned(), own_words(&loc, Locale::ZhTw, m)))
        .collect();
    for file in ["pack.ftl", "io.ftl"] {
        let text = std::fs::read_to_string(root().join("locales/zh-TW").join(file)).expect("read");
        texts.push((file.to_owned(), text));
    }
    for (what, text) in texts {
        let simplified: String = text
            .chars()
            .filter(|c| SIMPLIFIED_ONLY.contains(*c))
            .collect();
        assert!(simplified.is_empty(), "{what}: {simplified} in {text}");
    }
}
