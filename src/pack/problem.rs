//! What can be wrong with a pack: [`Problem`] (a kind of problem, with its file and line) and
//! [`ProblemKind`], and how each is worded.
//!
//! The loader and its checks ([`super::load`], [`super::conditions`], [`super::messages`]) find
//! problems; this module only names them. It does not read files and it does not decide what
//! is a problem.

use std::fmt;

/// One thing wrong with a pack, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The file, relative to the pack directory.
    pub file: String,
    /// The 1-based line, where one can be named.
    pub line: Option<usize>,
    pub kind: ProblemKind,
}

/// What is wrong. The English wording is for logs and tests; the CLI words each kind in the
/// user's language from its Fluent id ([`ProblemKind::message_id`]).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProblemKind {
    #[error("the file is missing")]
    MissingFile,
    #[error("the file is not UTF-8 text")]
    NotText,
    #[error("syntax error: {0}")]
    Syntax(String),
    #[error("pack format {0} is not supported (this program reads format 1)")]
    UnsupportedFormat(u32),
    #[error("`{0}` is not a supported locale")]
    UnknownLocale(String),
    #[error("the pack has no messages for locale {0}")]
    MissingLocale(String),
    #[error("{what} id `{id}` is used twice")]
    Duplicate { what: &'static str, id: String },
    #[error("`{0}` is not a valid id (lowercase letters, digits, `-` and `_`)")]
    BadId(String),
    #[error("question `{question}`: {message}")]
    BadQuestion { question: String, message: String },
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
    #[error("measure `{measure}`: `{operator}` cannot test question `{question}` ({kind})")]
    OperatorMismatch {
        measure: String,
        question: String,
        kind: &'static str,
        operator: &'static str,
    },
    #[error("measure `{measure}`: {message}")]
    BadCondition { measure: String, message: String },
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
}

impl ProblemKind {
    /// The Fluent id (in the application's own messages) that words this problem.
    pub fn message_id(&self) -> &'static str {
        match self {
            ProblemKind::MissingFile => "problem-missing-file",
            ProblemKind::NotText => "problem-not-text",
            ProblemKind::Syntax(_) => "problem-syntax",
            ProblemKind::UnsupportedFormat(_) => "problem-unsupported-format",
            ProblemKind::UnknownLocale(_) => "problem-unknown-locale",
            ProblemKind::MissingLocale(_) => "problem-missing-locale",
            ProblemKind::Duplicate { .. } => "problem-duplicate",
            ProblemKind::BadId(_) => "problem-bad-id",
            ProblemKind::BadQuestion { .. } => "problem-bad-question",
            ProblemKind::BadAudience(_) => "problem-bad-audience",
            ProblemKind::BadRegion(_) => "problem-bad-region",
            ProblemKind::UnknownQuestion { .. } => "problem-unknown-question",
            ProblemKind::UnknownOption { .. } => "problem-unknown-option",
            ProblemKind::OperatorMismatch { .. } => "problem-operator-mismatch",
            ProblemKind::BadCondition { .. } => "problem-bad-condition",
            ProblemKind::UnknownDepartment { .. } => "problem-unknown-department",
            ProblemKind::PrimaryContactNotListed { .. } => "problem-primary-not-listed",
            ProblemKind::UnknownGroup { .. } => "problem-unknown-group",
            ProblemKind::NoExcerpt { .. } => "problem-no-excerpt",
            ProblemKind::ExcerptNotInSource { .. } => "problem-excerpt-not-in-source",
            ProblemKind::ArticleOutOfRange(_) => "problem-article-out-of-range",
            ProblemKind::BadDate(_) => "problem-bad-date",
            ProblemKind::ValidityReversed(_) => "problem-validity-reversed",
            ProblemKind::UnusedQuestion(_) => "problem-unused-question",
            ProblemKind::MissingMessage { .. } => "problem-missing-message",
        }
    }

    /// The arguments the Fluent message uses. `detail` carries the English wording, so a
    /// message may simply quote it where the details are technical.
    pub fn message_args(&self) -> Vec<(&'static str, String)> {
        let mut args = vec![("detail", self.to_string())];
        match self {
            ProblemKind::Syntax(m) => args.push(("message", m.clone())),
            ProblemKind::UnsupportedFormat(n) => args.push(("format", n.to_string())),
            ProblemKind::UnknownLocale(l) | ProblemKind::MissingLocale(l) => {
                args.push(("locale", l.clone()))
            }
            ProblemKind::Duplicate { id, .. } | ProblemKind::BadId(id) => {
                args.push(("id", id.clone()))
            }
            ProblemKind::BadQuestion { question, .. }
            | ProblemKind::UnusedQuestion(question)
            | ProblemKind::BadAudience(question)
            | ProblemKind::BadRegion(question) => args.push(("question", question.clone())),
            ProblemKind::UnknownQuestion { measure, question } => {
                args.push(("measure", measure.clone()));
                args.push(("question", question.clone()));
            }
            ProblemKind::UnknownOption {
                measure,
                question,
                value,
            } => {
                args.push(("measure", measure.clone()));
                args.push(("question", question.clone()));
                args.push(("value", value.clone()));
            }
            ProblemKind::OperatorMismatch {
                measure, question, ..
            } => {
                args.push(("measure", measure.clone()));
                args.push(("question", question.clone()));
            }
            ProblemKind::UnknownDepartment {
                measure,
                department,
            }
            | ProblemKind::PrimaryContactNotListed {
                measure,
                department,
            } => {
                args.push(("measure", measure.clone()));
                args.push(("department", department.clone()));
            }
            ProblemKind::UnknownGroup { measure, group } => {
                args.push(("measure", measure.clone()));
                args.push(("group", group.clone()));
            }
            ProblemKind::BadCondition { measure, .. }
            | ProblemKind::NoExcerpt { measure }
            | ProblemKind::ValidityReversed(measure) => args.push(("measure", measure.clone())),
            ProblemKind::ExcerptNotInSource { excerpt } => args.push(("excerpt", excerpt.clone())),
            ProblemKind::ArticleOutOfRange(n) => args.push(("article", n.to_string())),
            ProblemKind::BadDate(d) => args.push(("date", d.clone())),
            ProblemKind::MissingMessage { locale, id } => {
                args.push(("locale", locale.clone()));
                args.push(("id", id.clone()));
            }
            ProblemKind::MissingFile | ProblemKind::NotText => {}
        }
        args
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
