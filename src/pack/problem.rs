//! What can be wrong with a pack: [`Problem`] (a kind of problem, with its file and line) and
//! [`ProblemKind`], and the [`Message`] that says each in the reader's language.
//!
//! Every kind is typed down to its reason ([`QuestionFault`], [`ConditionFault`], …), so that
//! every problem is a whole sentence of the reader's language; the only words that are not
//! the reader's are what the pack itself wrote (ids, values, excerpts) and, for a syntax
//! error, the parser's own words, which the sentence quotes as such.
//!
//! The loader and its checks ([`super::load`], [`super::records`], [`super::conditions`],
//! [`super::messages`]) find problems; this module only names them. It does not read files,
//! it does not decide what is a problem, and it does not word anything itself (see
//! [`crate::Localizer::say`]).

use std::fmt;

use super::load::FORMAT;
use super::MeasureKind;
use crate::message::{Explain, Message};
use crate::question::QuestionKind;

/// One thing wrong with a pack, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The file, relative to the pack directory.
    pub file: String,
    /// The 1-based line, where one can be named.
    pub line: Option<usize>,
    pub kind: ProblemKind,
}

/// What is wrong. The English wording ([`fmt::Display`]) is for logs and tests; a person reads
/// the kind's [`Explain::message`] in their own language.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProblemKind {
    #[error("the file is missing")]
    MissingFile,
    #[error("the file is not UTF-8 text")]
    NotText,
    /// The file does not parse. `said` is the parser's own words (in English), kept for whoever
    /// fixes the file and shown as the parser's.
    #[error("{syntax} syntax error: {said}")]
    Syntax { syntax: Syntax, said: String },
    #[error("pack format {0} is not supported (this program reads format {FORMAT})")]
    UnsupportedFormat(u32),
    #[error("`{0}` is not a supported locale")]
    UnknownLocale(String),
    #[error("the pack has no messages for locale {0}")]
    MissingLocale(String),
    #[error("{what} id `{id}` is used twice")]
    Duplicate { what: IdOf, id: String },
    #[error("`{0}` is not a valid id (lowercase letters, digits, `-` and `_`)")]
    BadId(String),
    #[error("question `{question}`: {fault}")]
    BadQuestion {
        question: String,
        fault: QuestionFault,
    },
    #[error("the audience question `{0}` must be a multi-select question of the pack")]
    BadAudience(String),
    #[error("the region question `{0}` must be a single-choice question of the pack")]
    BadRegion(String),
    #[error("measure `{measure}`: there is no question `{question}`")]
    UnknownQuestion { measure: String, question: String },
    #[error("measure `{measure}`: `{value}` is not an option of question `{question}`")]
    UnknownOption {
        measure: String,
        question: String,
        value: String,
    },
    /// A test whose operator (as the pack writes it, e.g. `contains`) does not fit the kind of
    /// question it tests.
    #[error("measure `{measure}`: `{operator}` cannot test question `{question}` ({})", .kind.as_str())]
    OperatorMismatch {
        measure: String,
        question: String,
        kind: QuestionKind,
        operator: &'static str,
    },
    #[error("measure `{measure}`: {fault}")]
    BadCondition {
        measure: String,
        fault: ConditionFault,
    },
    #[error("measure `{measure}`: there is no department `{department}`")]
    UnknownDepartment { measure: String, department: String },
    #[error("measure `{measure}`: primary contact `{department}` is not among its departments")]
    PrimaryContactNotListed { measure: String, department: String },
    #[error("measure `{measure}`: group `{group}` is not an option of the audience question")]
    UnknownGroup { measure: String, group: String },
    #[error("measure `{measure}`: it cites no sentence of the source")]
    NoExcerpt { measure: String },
    #[error("this sentence is not in the source document: {excerpt}")]
    ExcerptNotInSource { excerpt: String },
    #[error("article {0} is not an article of the document (1–99)")]
    ArticleOutOfRange(u32),
    #[error("`{0}` is not a date (YYYY-MM-DD, no time)")]
    BadDate(String),
    #[error("measure `{0}`: valid_from is after valid_until")]
    ValidityReversed(String),
    #[error("question `{0}` is named by no measure, so it would never be asked")]
    UnusedQuestion(String),
    #[error("locale {locale}: message `{id}` is missing")]
    MissingMessage { locale: String, id: String },
    #[error("measure `{measure}`: kind `{kind}` is not benefit, service, programme or commitment")]
    UnknownMeasureKind { measure: String, kind: String },
    #[error("measure `{measure}`: it names no office to contact first (primary_contact)")]
    NoFirstContact { measure: String },
    #[error("measure `{measure}`: `{department}` is not an office a person can contact first")]
    FirstContactNotAnOffice { measure: String, department: String },
    /// An excerpt that leaves a judgement to a department (`word`), on a measure that is not
    /// `review` and does not say why it need not be.
    #[error("measure `{measure}`: its source says “{word}”, so it must be `review` (or discretion_exempt must say why that word decides nothing)")]
    DiscretionNotReviewed { measure: String, word: String },
    /// A sentence of an article that no measure encodes and no not-applicable entry explains.
    #[error("article {article}: this sentence is neither encoded nor explained: {sentence}")]
    SentenceNotCovered { article: u32, sentence: String },
    /// Placeables nested deeper than `max` (`{ { { … } } }`): no real text needs it, and
    /// thousands of levels would overflow the stack of the Fluent parser.
    #[error("placeables are nested more than {max} deep")]
    NestedTooDeep { max: usize },
}

/// The language a file that does not parse is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// `pack.toml` and the other data files.
    Toml,
    /// The pack's texts, `locales/<locale>/*.ftl`.
    Fluent,
}

/// What kind of thing an id names, for an id used twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdOf {
    Department,
    Question,
    /// An option of one question.
    Option,
    Measure,
    /// A text in the pack's Fluent files of one locale.
    Text,
}

/// What is wrong with a question's record in `questions.toml`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QuestionFault {
    /// The kind as written, which is none of `single`, `multi`, `bool`, `number`, `date`.
    #[error("kind `{0}` is not single, multi, bool, number or date")]
    UnknownKind(String),
    #[error("a choice question needs at least two options")]
    TooFewOptions,
    #[error("only single and multi questions have options")]
    OptionsWithoutChoice,
    #[error("only number questions have min and max")]
    BoundsWithoutNumber,
    #[error("min must be a finite number not above max")]
    BoundsReversed,
    #[error("only multi questions have min_selected")]
    MinSelectedWithoutMulti,
    #[error("min_selected is {min_selected}, but there are only {options} options")]
    MinSelectedTooLarge { min_selected: usize, options: usize },
    #[error("only single and yes/no questions take `unsure`")]
    UnsureWithoutChoice,
    #[error("`{0}` is kept for the answer “not sure” and cannot be an option")]
    ReservedOption(String),
    #[error("only multi questions have exclusive options")]
    ExclusiveWithoutMulti,
    #[error("exclusive option `{0}` is not an option of the question")]
    ExclusiveNotAnOption(String),
}

/// What is wrong with the shape of a measure's condition in `measures.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ConditionFault {
    #[error("each condition needs exactly one of `all`, `any`, `not` or `question`")]
    NotOneShape,
    #[error("`all` and `any` take no test operator")]
    OperatorBesideParts,
    #[error("`all` and `any` need at least one part")]
    NoParts,
    #[error("`not` takes no test operator")]
    OperatorBesideNot,
    #[error("a test needs exactly one operator (is, one_of, contains, contains_any, at_least, at_most, less_than, more_than, on_or_after, before)")]
    NotOneOperator,
    #[error("`one_of` and `contains_any` need at least one option")]
    NoOptions,
    #[error("a number test needs a finite number")]
    NotFinite,
}

impl fmt::Display for Syntax {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Syntax::Toml => "TOML",
            Syntax::Fluent => "Fluent",
        })
    }
}

impl fmt::Display for IdOf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IdOf::Department => "department",
            IdOf::Question => "question",
            IdOf::Option => "option",
            IdOf::Measure => "measure",
            IdOf::Text => "message",
        })
    }
}

impl Explain for ProblemKind {
    /// The problem as one sentence (without its file and line: see [`Problem`]'s).
    fn message(&self) -> Message {
        match self {
            ProblemKind::MissingFile => Message::new("problem-missing-file"),
            ProblemKind::NotText => Message::new("problem-not-text"),
            ProblemKind::Syntax { syntax, said } => Message::new(match syntax {
                Syntax::Toml => "problem-toml-syntax",
                Syntax::Fluent => "problem-fluent-syntax",
            })
            .with("said", said),
            ProblemKind::UnsupportedFormat(n) => Message::new("problem-unsupported-format")
                .with("format", *n)
                .with("supported", FORMAT),
            ProblemKind::UnknownLocale(l) => {
                Message::new("problem-unknown-locale").with("locale", l)
            }
            ProblemKind::MissingLocale(l) => {
                Message::new("problem-missing-locale").with("locale", l)
            }
            ProblemKind::NestedTooDeep { max } => {
                Message::new("problem-nested-too-deep").with("max", *max)
            }
            ProblemKind::Duplicate { what, id } => Message::new(match what {
                IdOf::Department => "problem-duplicate-department",
                IdOf::Question => "problem-duplicate-question",
                IdOf::Option => "problem-duplicate-option",
                IdOf::Measure => "problem-duplicate-measure",
                IdOf::Text => "problem-duplicate-text",
            })
            .with("id", id),
            ProblemKind::BadId(id) => Message::new("problem-bad-id").with("id", id),
            ProblemKind::BadQuestion { question, fault } => fault.message(question),
            ProblemKind::BadAudience(q) => Message::new("problem-bad-audience").with("question", q),
            ProblemKind::BadRegion(q) => Message::new("problem-bad-region").with("question", q),
            ProblemKind::UnknownQuestion { measure, question } => {
                Message::new("problem-unknown-question")
                    .with("measure", measure)
                    .with("question", question)
            }
            ProblemKind::UnknownOption {
                measure,
                question,
                value,
            } => Message::new("problem-unknown-option")
                .with("measure", measure)
                .with("question", question)
                .with("value", value),
            ProblemKind::OperatorMismatch {
                measure,
                question,
                kind,
                operator,
            } => Message::new("problem-operator-mismatch")
                .with("measure", measure)
                .with("question", question)
                .with("operator", *operator)
                // A selector only: the message words the kind itself.
                .with("kind", kind.as_str()),
            ProblemKind::BadCondition { measure, fault } => fault.message(measure),
            ProblemKind::UnknownDepartment {
                measure,
                department,
            } => Message::new("problem-unknown-department")
                .with("measure", measure)
                .with("department", department),
            ProblemKind::PrimaryContactNotListed {
                measure,
                department,
            } => Message::new("problem-primary-not-listed")
                .with("measure", measure)
                .with("department", department),
            ProblemKind::UnknownGroup { measure, group } => Message::new("problem-unknown-group")
                .with("measure", measure)
                .with("group", group),
            ProblemKind::NoExcerpt { measure } => {
                Message::new("problem-no-excerpt").with("measure", measure)
            }
            ProblemKind::ExcerptNotInSource { excerpt } => {
                Message::new("problem-excerpt-not-in-source").with("excerpt", excerpt)
            }
            ProblemKind::ArticleOutOfRange(n) => {
                Message::new("problem-article-out-of-range").with("article", *n)
            }
            ProblemKind::BadDate(d) => Message::new("problem-bad-date").with("date", d),
            ProblemKind::ValidityReversed(m) => {
                Message::new("problem-validity-reversed").with("measure", m)
            }
            ProblemKind::UnusedQuestion(q) => {
                Message::new("problem-unused-question").with("question", q)
            }
            ProblemKind::MissingMessage { locale, id } => Message::new("problem-missing-message")
                .with("locale", locale)
                .with("id", id),
            ProblemKind::UnknownMeasureKind { measure, kind } => {
                Message::new("problem-unknown-measure-kind")
                    .with("measure", measure)
                    .with("kind", kind)
                    .with("kinds", listed(MeasureKind::ALL.map(MeasureKind::as_str)))
            }
            ProblemKind::NoFirstContact { measure } => Message::new("problem-no-first-contact")
                .with("measure", measure)
                .with("key", "primary_contact"),
            ProblemKind::FirstContactNotAnOffice {
                measure,
                department,
            } => Message::new("problem-first-contact-not-an-office")
                .with("measure", measure)
                .with("department", department),
            ProblemKind::DiscretionNotReviewed { measure, word } => {
                Message::new("problem-discretion-not-reviewed")
                    .with("measure", measure)
                    .with("word", word)
                    .with("review", "review")
                    .with("exempt", "discretion_exempt")
            }
            ProblemKind::SentenceNotCovered { article, sentence } => {
                Message::new("problem-sentence-not-covered")
                    .with("article", super::article_label(*article))
                    .with("sentence", sentence)
            }
        }
    }
}

// The words of the pack format that a sentence names (kinds, keys, operators) are the file's
// own, the same in every language; they are passed as arguments, so that no message carries
// a list that the code might outgrow.

/// The question kinds as `questions.toml` writes them.
const KINDS: [QuestionKind; 5] = [
    QuestionKind::Single,
    QuestionKind::Multi,
    QuestionKind::Bool,
    QuestionKind::Number,
    QuestionKind::Date,
];
/// The keys that give a condition node its shape.
const SHAPES: [&str; 4] = ["all", "any", "not", "question"];
/// The test operators, in the order the format describes them.
const OPERATORS: [&str; 10] = [
    "is",
    "one_of",
    "contains",
    "contains_any",
    "at_least",
    "at_most",
    "less_than",
    "more_than",
    "on_or_after",
    "before",
];
/// The operators that take a list of options.
const LIST_OPERATORS: [&str; 2] = ["one_of", "contains_any"];

/// Names of the format, listed as its files would write them.
fn listed<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names.into_iter().collect::<Vec<_>>().join(" / ")
}

impl QuestionFault {
    /// The fault of question `question`, as one sentence.
    fn message(&self, question: &str) -> Message {
        let m = |id| Message::new(id).with("question", question);
        match self {
            QuestionFault::UnknownKind(kind) => m("problem-question-unknown-kind")
                .with("kind", kind)
                .with("kinds", listed(KINDS.map(QuestionKind::as_str))),
            QuestionFault::TooFewOptions => m("problem-question-too-few-options"),
            QuestionFault::OptionsWithoutChoice => m("problem-question-options-without-choice"),
            QuestionFault::BoundsWithoutNumber => m("problem-question-bounds-without-number"),
            QuestionFault::BoundsReversed => m("problem-question-bounds-reversed"),
            QuestionFault::MinSelectedWithoutMulti => {
                m("problem-question-min-selected-without-multi").with("key", "min_selected")
            }
            QuestionFault::MinSelectedTooLarge {
                min_selected,
                options,
            } => m("problem-question-min-selected-too-large")
                .with("key", "min_selected")
                .with("min", *min_selected)
                .with("options", *options),
            QuestionFault::UnsureWithoutChoice => {
                m("problem-question-unsure-without-choice").with("key", "unsure")
            }
            QuestionFault::ReservedOption(o) => {
                m("problem-question-reserved-option").with("option", o)
            }
            QuestionFault::ExclusiveWithoutMulti => {
                m("problem-question-exclusive-without-multi").with("key", "exclusive")
            }
            QuestionFault::ExclusiveNotAnOption(o) => {
                m("problem-question-exclusive-not-an-option").with("option", o)
            }
        }
    }
}

impl ConditionFault {
    /// The fault in the condition of measure `measure`, as one sentence.
    fn message(self, measure: &str) -> Message {
        let m = |id| Message::new(id).with("measure", measure);
        match self {
            ConditionFault::NotOneShape => {
                m("problem-condition-not-one-shape").with("shapes", listed(SHAPES))
            }
            ConditionFault::OperatorBesideParts => m("problem-condition-operator-beside-parts"),
            ConditionFault::NoParts => m("problem-condition-no-parts"),
            ConditionFault::OperatorBesideNot => m("problem-condition-operator-beside-not"),
            ConditionFault::NotOneOperator => {
                m("problem-condition-not-one-operator").with("operators", listed(OPERATORS))
            }
            ConditionFault::NoOptions => {
                m("problem-condition-no-options").with("operators", listed(LIST_OPERATORS))
            }
            ConditionFault::NotFinite => m("problem-condition-not-finite"),
        }
    }
}

impl Explain for Problem {
    /// The problem with its file, and its line where one can be named.
    fn message(&self) -> Message {
        let at = match self.line {
            Some(line) => Message::new("problem-at-line").with("line", line),
            None => Message::new("problem-in-file"),
        };
        at.with("file", &self.file)
            .with("problem", self.kind.message())
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.kind),
            None => write!(f, "{}: {}", self.file, self.kind),
        }
    }
}
