//! Turning a pack's files into a checked [`PolicyPack`], or into a list of every problem.
//!
//! Loading never stops at the first problem: a policy office fixing a pack wants the whole list
//! at once, each with the file and line it is on. Nothing here evaluates answers.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_bundle::{FluentBundle, FluentResource};
use serde::de::DeserializeOwned;
use time::{Date, Month};
use toml::value::Datetime;

use super::raw::*;
use super::PackText;
use super::{Department, Document, Manifest, Measure, NotApplicable, PackError, PolicyPack};
use crate::condition::{Condition, Test, TestOp};
use crate::locale::Locale;
use crate::question::{Question, QuestionKind};

/// The pack format this build reads.
pub const FORMAT: u32 = 1;

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

/// Collects problems while the files are read.
struct Loader<'a> {
    files: &'a BTreeMap<String, Vec<u8>>,
    problems: Vec<Problem>,
}

impl<'a> Loader<'a> {
    fn problem(&mut self, file: &str, line: Option<usize>, kind: ProblemKind) {
        self.problems.push(Problem {
            file: file.to_owned(),
            line,
            kind,
        });
    }

    fn text(&mut self, file: &str) -> Option<&'a str> {
        match self.files.get(file) {
            None => {
                self.problem(file, None, ProblemKind::MissingFile);
                None
            }
            Some(bytes) => match std::str::from_utf8(bytes) {
                Ok(text) => Some(text),
                Err(_) => {
                    self.problem(file, None, ProblemKind::NotText);
                    None
                }
            },
        }
    }

    fn toml<T: DeserializeOwned>(&mut self, file: &str) -> Option<(T, &'a str)> {
        let text = self.text(file)?;
        match toml::from_str::<T>(text) {
            Ok(value) => Some((value, text)),
            Err(e) => {
                let line = e.span().map(|s| line_of(text, s.start));
                self.problem(file, line, ProblemKind::Syntax(e.message().to_owned()));
                None
            }
        }
    }

    fn date(&mut self, file: &str, line: usize, value: &Datetime) -> Option<Date> {
        let date = value
            .date
            .filter(|_| value.time.is_none() && value.offset.is_none())
            .and_then(|d| {
                Month::try_from(d.month)
                    .ok()
                    .and_then(|m| Date::from_calendar_date(i32::from(d.year), m, d.day).ok())
            });
        if date.is_none() {
            self.problem(file, Some(line), ProblemKind::BadDate(value.to_string()));
        }
        date
    }
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).unwrap_or(text).matches('\n').count() + 1
}

/// Ids are lowercase ASCII letters, digits, `-` and `_`, starting with a letter, so that they
/// can be Fluent message ids, JSON keys and file names alike.
fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// The source text with all white space removed: the scan breaks lines and pages in the
/// middle of sentences, and an excerpt is copied without those breaks.
pub(crate) fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

pub(super) fn load(files: &BTreeMap<String, Vec<u8>>) -> Result<PolicyPack, PackError> {
    let mut l = Loader {
        files,
        problems: Vec::new(),
    };

    let manifest = l
        .toml::<RawManifest>("pack.toml")
        .and_then(|(raw, text)| manifest(&mut l, raw, text));
    let source_text = manifest
        .as_ref()
        .and_then(|(_, source_file)| l.text(source_file).map(str::to_owned))
        .unwrap_or_default();
    let departments = l
        .toml::<RawDepartments>("departments.toml")
        .map(|(raw, text)| departments(&mut l, raw, text))
        .unwrap_or_default();
    let questions = l
        .toml::<RawQuestions>("questions.toml")
        .map(|(raw, text)| questions(&mut l, raw, text))
        .unwrap_or_default();
    let source_flat = without_whitespace(&source_text);
    let measures = l
        .toml::<RawMeasures>("measures.toml")
        .map(|(raw, text)| measures(&mut l, raw, text, &questions, &departments, &source_flat))
        .unwrap_or_default();
    let not_applicable = l
        .toml::<RawNotApplicableList>("not_applicable.toml")
        .map(|(raw, text)| not_applicable(&mut l, raw, text, &source_flat))
        .unwrap_or_default();

    if let Some((m, _)) = &manifest {
        match questions.iter().find(|q| q.id == m.audience_question) {
            Some(q) if q.kind == QuestionKind::Multi => {
                for measure in &measures {
                    for g in measure.groups.iter().filter(|g| !q.has_option(g)) {
                        l.problem(
                            "measures.toml",
                            None,
                            ProblemKind::UnknownGroup {
                                measure: measure.id.clone(),
                                group: g.clone(),
                            },
                        );
                    }
                }
            }
            _ => l.problem(
                "pack.toml",
                None,
                ProblemKind::BadAudience(m.audience_question.clone()),
            ),
        }
        if let Some(region) = &m.region_question {
            let single = questions
                .iter()
                .any(|q| &q.id == region && q.kind == QuestionKind::Single);
            if !single {
                l.problem("pack.toml", None, ProblemKind::BadRegion(region.clone()));
            }
        }
    }
    let used: BTreeSet<&str> = measures
        .iter()
        .flat_map(|m| m.condition.questions())
        .collect();
    for q in questions.iter().filter(|q| !used.contains(q.id.as_str())) {
        l.problem(
            "questions.toml",
            None,
            ProblemKind::UnusedQuestion(q.id.clone()),
        );
    }

    let messages = messages(&mut l, &questions, &measures, &departments);

    match manifest {
        Some((manifest, _)) if l.problems.is_empty() => Ok(PolicyPack {
            index: super::Index::new(&questions, &measures, &departments),
            manifest,
            departments,
            questions,
            measures,
            not_applicable,
            source_text,
            messages,
        }),
        _ => Err(PackError::Invalid(l.problems)),
    }
}

fn manifest(l: &mut Loader<'_>, raw: RawManifest, text: &str) -> Option<(Manifest, String)> {
    const FILE: &str = "pack.toml";
    if raw.format != FORMAT {
        l.problem(FILE, None, ProblemKind::UnsupportedFormat(raw.format));
        return None;
    }
    if !valid_id(&raw.id) {
        l.problem(FILE, None, ProblemKind::BadId(raw.id.clone()));
    }
    for locale in &raw.locales {
        if Locale::parse(locale).is_none() {
            l.problem(FILE, None, ProblemKind::UnknownLocale(locale.clone()));
        }
    }
    let default_locale = Locale::parse(&raw.default_locale);
    if default_locale.is_none() {
        l.problem(
            FILE,
            None,
            ProblemKind::UnknownLocale(raw.default_locale.clone()),
        );
    }
    let issued_line = text.find("issued").map(|o| line_of(text, o)).unwrap_or(1);
    let issued = l.date(FILE, issued_line, &raw.document.issued)?;
    Some((
        Manifest {
            id: raw.id,
            version: raw.version,
            default_locale: default_locale?,
            audience_question: raw.audience_question,
            region_question: raw.region_question,
            document: Document {
                number: raw.document.number,
                title: raw.document.title,
                issuer: raw.document.issuer,
                issued,
            },
        },
        raw.source_file,
    ))
}

fn departments(l: &mut Loader<'_>, raw: RawDepartments, text: &str) -> Vec<Department> {
    const FILE: &str = "departments.toml";
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for spanned in raw.department {
        let line = line_of(text, spanned.span().start);
        let d = spanned.into_inner();
        if !valid_id(&d.id) {
            l.problem(FILE, Some(line), ProblemKind::BadId(d.id.clone()));
        }
        if !seen.insert(d.id.clone()) {
            l.problem(
                FILE,
                Some(line),
                ProblemKind::Duplicate {
                    what: "department",
                    id: d.id.clone(),
                },
            );
        }
        out.push(Department {
            is_government: d.kind.as_deref() != Some("other"),
            id: d.id,
            name: d.name,
            phone: d.phone,
            address: d.address,
            hours: d.hours,
            source_issue: d.source_issue,
        });
    }
    out
}

fn questions(l: &mut Loader<'_>, raw: RawQuestions, text: &str) -> Vec<Question> {
    const FILE: &str = "questions.toml";
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for spanned in raw.question {
        let line = Some(line_of(text, spanned.span().start));
        let q = spanned.into_inner();
        let bad = |message: &str| ProblemKind::BadQuestion {
            question: q.id.clone(),
            message: message.to_owned(),
        };
        if !valid_id(&q.id) {
            l.problem(FILE, line, ProblemKind::BadId(q.id.clone()));
        }
        if !seen.insert(q.id.clone()) {
            l.problem(
                FILE,
                line,
                ProblemKind::Duplicate {
                    what: "question",
                    id: q.id.clone(),
                },
            );
        }
        let Some(kind) = QuestionKind::parse(&q.kind) else {
            l.problem(
                FILE,
                line,
                bad("kind must be single, multi, bool, number or date"),
            );
            continue;
        };
        if kind.has_options() && q.options.len() < 2 {
            l.problem(
                FILE,
                line,
                bad("a choice question needs at least two options"),
            );
        }
        if !kind.has_options() && !q.options.is_empty() {
            l.problem(
                FILE,
                line,
                bad("only single and multi questions have options"),
            );
        }
        let mut option_ids = BTreeSet::new();
        for o in &q.options {
            if !valid_id(o) {
                l.problem(FILE, line, ProblemKind::BadId(o.clone()));
            }
            if !option_ids.insert(o) {
                l.problem(
                    FILE,
                    line,
                    ProblemKind::Duplicate {
                        what: "option",
                        id: o.clone(),
                    },
                );
            }
        }
        if kind != QuestionKind::Number && (q.min.is_some() || q.max.is_some()) {
            l.problem(FILE, line, bad("only number questions have min and max"));
        }
        if let (Some(min), Some(max)) = (q.min, q.max) {
            if !(min.is_finite() && max.is_finite() && min <= max) {
                l.problem(FILE, line, bad("min must be a finite number not above max"));
            }
        }
        let min_selected = q.min_selected.unwrap_or(0);
        if kind != QuestionKind::Multi && q.min_selected.is_some() {
            l.problem(FILE, line, bad("only multi questions have min_selected"));
        } else if min_selected > q.options.len() {
            l.problem(
                FILE,
                line,
                bad("min_selected is larger than the number of options"),
            );
        }
        out.push(Question {
            id: q.id,
            kind,
            options: q.options,
            min: q.min,
            max: q.max,
            min_selected,
        });
    }
    out
}

fn measures(
    l: &mut Loader<'_>,
    raw: RawMeasures,
    text: &str,
    questions: &[Question],
    departments: &[Department],
    source_flat: &str,
) -> Vec<Measure> {
    const FILE: &str = "measures.toml";
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for spanned in raw.measure {
        let at = line_of(text, spanned.span().start);
        let line = Some(at);
        let m = spanned.into_inner();
        if !valid_id(&m.id) {
            l.problem(FILE, line, ProblemKind::BadId(m.id.clone()));
        }
        if !seen.insert(m.id.clone()) {
            l.problem(
                FILE,
                line,
                ProblemKind::Duplicate {
                    what: "measure",
                    id: m.id.clone(),
                },
            );
        }
        if !(1..=99).contains(&m.article) {
            l.problem(FILE, line, ProblemKind::ArticleOutOfRange(m.article));
        }
        if m.source.is_empty() {
            l.problem(
                FILE,
                line,
                ProblemKind::NoExcerpt {
                    measure: m.id.clone(),
                },
            );
        }
        for excerpt in &m.source {
            check_excerpt(l, FILE, line, excerpt, source_flat);
        }
        for d in m
            .departments
            .iter()
            .filter(|d| !departments.iter().any(|x| &x.id == *d))
        {
            l.problem(
                FILE,
                line,
                ProblemKind::UnknownDepartment {
                    measure: m.id.clone(),
                    department: d.clone(),
                },
            );
        }
        if let Some(p) = m
            .primary_contact
            .as_ref()
            .filter(|p| !m.departments.contains(p))
        {
            l.problem(
                FILE,
                line,
                ProblemKind::PrimaryContactNotListed {
                    measure: m.id.clone(),
                    department: p.clone(),
                },
            );
        }
        let valid_from = m.valid_from.as_ref().and_then(|d| l.date(FILE, at, d));
        let valid_until = m.valid_until.as_ref().and_then(|d| l.date(FILE, at, d));
        if let (Some(from), Some(until)) = (valid_from, valid_until) {
            if from > until {
                l.problem(FILE, line, ProblemKind::ValidityReversed(m.id.clone()));
            }
        }
        let mut ctx = ConditionContext {
            l,
            line,
            measure: &m.id,
            questions,
        };
        let condition = match &m.when {
            None => Some(Condition::always()),
            Some(raw) => ctx.convert(raw),
        };
        out.push(Measure {
            condition: condition.unwrap_or_else(Condition::always),
            id: m.id,
            article: m.article,
            groups: m.groups,
            excerpts: m.source,
            departments: m.departments,
            primary_contact: m.primary_contact,
            departments_damaged: m.departments_damaged,
            review: m.review,
            valid_from,
            valid_until,
            source_issue: m.source_issue,
        });
    }
    out
}

fn check_excerpt(
    l: &mut Loader<'_>,
    file: &str,
    line: Option<usize>,
    excerpt: &str,
    source_flat: &str,
) {
    let flat = without_whitespace(excerpt);
    if flat.is_empty() || !source_flat.contains(&flat) {
        l.problem(
            file,
            line,
            ProblemKind::ExcerptNotInSource {
                excerpt: excerpt.to_owned(),
            },
        );
    }
}

fn not_applicable(
    l: &mut Loader<'_>,
    raw: RawNotApplicableList,
    text: &str,
    source_flat: &str,
) -> Vec<NotApplicable> {
    const FILE: &str = "not_applicable.toml";
    let mut out = Vec::new();
    for spanned in raw.not_applicable {
        let line = Some(line_of(text, spanned.span().start));
        let n = spanned.into_inner();
        if !(1..=99).contains(&n.article) {
            l.problem(FILE, line, ProblemKind::ArticleOutOfRange(n.article));
        }
        if let Some(excerpt) = &n.excerpt {
            check_excerpt(l, FILE, line, excerpt, source_flat);
        }
        out.push(NotApplicable {
            article: n.article,
            excerpt: n.excerpt,
            reason: n.reason,
        });
    }
    out
}

/// Converts raw condition nodes of one measure, reporting problems against its line.
struct ConditionContext<'l, 'a, 'q> {
    l: &'l mut Loader<'a>,
    line: Option<usize>,
    measure: &'q str,
    questions: &'q [Question],
}

impl ConditionContext<'_, '_, '_> {
    fn fail(&mut self, kind: ProblemKind) -> Option<Condition> {
        self.l.problem("measures.toml", self.line, kind);
        None
    }

    fn bad(&mut self, message: &str) -> Option<Condition> {
        let measure = self.measure.to_owned();
        self.fail(ProblemKind::BadCondition {
            measure,
            message: message.to_owned(),
        })
    }

    fn convert(&mut self, raw: &RawCondition) -> Option<Condition> {
        let operators = [
            raw.is.is_some(),
            raw.one_of.is_some(),
            raw.contains.is_some(),
            raw.contains_any.is_some(),
            raw.at_least.is_some(),
            raw.at_most.is_some(),
            raw.less_than.is_some(),
            raw.more_than.is_some(),
            raw.on_or_after.is_some(),
            raw.before.is_some(),
        ]
        .into_iter()
        .filter(|b| *b)
        .count();
        let shapes = [
            raw.all.is_some(),
            raw.any.is_some(),
            raw.not.is_some(),
            raw.question.is_some(),
        ]
        .into_iter()
        .filter(|b| *b)
        .count();
        if shapes != 1 {
            return self
                .bad("each condition needs exactly one of `all`, `any`, `not` or `question`");
        }
        if let Some(parts) = raw.all.as_ref().or(raw.any.as_ref()) {
            if operators > 0 {
                return self.bad("`all` and `any` take no test operator");
            }
            if parts.is_empty() {
                return self.bad("`all` and `any` need at least one part");
            }
            let converted: Option<Vec<_>> = parts.iter().map(|p| self.convert(p)).collect();
            let converted = converted?;
            return Some(if raw.all.is_some() {
                Condition::All(converted)
            } else {
                Condition::Any(converted)
            });
        }
        if let Some(inner) = &raw.not {
            if operators > 0 {
                return self.bad("`not` takes no test operator");
            }
            return self.convert(inner).map(|c| Condition::Not(Box::new(c)));
        }
        let qid = raw.question.as_deref().unwrap_or_default();
        if operators != 1 {
            return self.bad("a test needs exactly one operator (is, one_of, contains, contains_any, at_least, at_most, less_than, more_than, on_or_after, before)");
        }
        let Some(q) = self.questions.iter().find(|q| q.id == qid) else {
            let measure = self.measure.to_owned();
            return self.fail(ProblemKind::UnknownQuestion {
                measure,
                question: qid.to_owned(),
            });
        };
        let op = self.operator(raw, q)?;
        Some(Condition::Test(Test {
            question: q.id.clone(),
            op,
        }))
    }

    fn operator(&mut self, raw: &RawCondition, q: &Question) -> Option<TestOp> {
        use QuestionKind::*;
        let (name, op) = if let Some(v) = &raw.is {
            match (q.kind, v) {
                (Single, toml::Value::String(s)) => ("is", Some(TestOp::Is(s.clone()))),
                (Bool, toml::Value::Boolean(b)) => ("is", Some(TestOp::IsBool(*b))),
                _ => ("is", None),
            }
        } else if let Some(v) = &raw.one_of {
            (
                "one_of",
                (q.kind == Single).then(|| TestOp::OneOf(v.clone())),
            )
        } else if let Some(v) = &raw.contains {
            (
                "contains",
                (q.kind == Multi).then(|| TestOp::Contains(v.clone())),
            )
        } else if let Some(v) = &raw.contains_any {
            (
                "contains_any",
                (q.kind == Multi).then(|| TestOp::ContainsAny(v.clone())),
            )
        } else if let Some(n) = raw.at_least {
            ("at_least", (q.kind == Number).then_some(TestOp::AtLeast(n)))
        } else if let Some(n) = raw.at_most {
            ("at_most", (q.kind == Number).then_some(TestOp::AtMost(n)))
        } else if let Some(n) = raw.less_than {
            (
                "less_than",
                (q.kind == Number).then_some(TestOp::LessThan(n)),
            )
        } else if let Some(n) = raw.more_than {
            (
                "more_than",
                (q.kind == Number).then_some(TestOp::MoreThan(n)),
            )
        } else if let Some(d) = &raw.on_or_after {
            let date = self.l.date("measures.toml", self.line.unwrap_or(1), d)?;
            (
                "on_or_after",
                (q.kind == Date).then_some(TestOp::OnOrAfter(date)),
            )
        } else if let Some(d) = &raw.before {
            let date = self.l.date("measures.toml", self.line.unwrap_or(1), d)?;
            ("before", (q.kind == Date).then_some(TestOp::Before(date)))
        } else {
            ("?", None)
        };
        let Some(op) = op else {
            let measure = self.measure.to_owned();
            self.fail(ProblemKind::OperatorMismatch {
                measure,
                question: q.id.clone(),
                kind: q.kind.as_str(),
                operator: name,
            });
            return None;
        };
        let values: Vec<&String> = match &op {
            TestOp::Is(v) | TestOp::Contains(v) => vec![v],
            TestOp::OneOf(vs) | TestOp::ContainsAny(vs) => vs.iter().collect(),
            _ => Vec::new(),
        };
        if matches!(&op, TestOp::OneOf(vs) | TestOp::ContainsAny(vs) if vs.is_empty()) {
            self.bad("`one_of` and `contains_any` need at least one option");
            return None;
        }
        let mut ok = true;
        for v in values.into_iter().filter(|v| !q.has_option(v)) {
            let measure = self.measure.to_owned();
            self.fail(ProblemKind::UnknownOption {
                measure,
                question: q.id.clone(),
                value: v.clone(),
            });
            ok = false;
        }
        if let TestOp::AtLeast(n) | TestOp::AtMost(n) | TestOp::LessThan(n) | TestOp::MoreThan(n) =
            op
        {
            if !n.is_finite() {
                self.bad("a number test needs a finite number");
                return None;
            }
        }
        ok.then_some(op)
    }
}

/// Parses the pack's Fluent files and checks that every message the pack needs exists in every
/// supported locale.
fn messages(
    l: &mut Loader<'_>,
    questions: &[Question],
    measures: &[Measure],
    departments: &[Department],
) -> BTreeMap<Locale, Vec<(String, String)>> {
    let mut required: Vec<(String, Vec<&str>)> = vec![(PackText::Title.id(), vec![])];
    for d in departments {
        required.push((PackText::Department(&d.id).id(), vec![]));
    }
    for q in questions {
        required.push((PackText::Question(&q.id).id(), vec!["help", "short"]));
        for o in &q.options {
            required.push((PackText::Option(&q.id, o).id(), vec![]));
        }
    }
    for m in measures {
        let mut attrs = vec!["benefit"];
        if m.review {
            attrs.push("review");
        }
        if m.primary_contact.is_some() {
            attrs.push("contact");
        }
        required.push((PackText::Measure(&m.id).id(), attrs));
    }

    let mut out = BTreeMap::new();
    for locale in Locale::ALL {
        let prefix = format!("locales/{}/", locale.as_str());
        let sources: Vec<(String, String)> = l
            .files
            .iter()
            .filter(|(path, _)| path.starts_with(&prefix) && path.ends_with(".ftl"))
            .map(|(path, _)| path.clone())
            .collect::<Vec<_>>()
            .into_iter()
            .filter_map(|path| l.text(&path).map(|t| (path, t.to_owned())))
            .collect();
        if sources.is_empty() {
            l.problem(
                &prefix,
                None,
                ProblemKind::MissingLocale(locale.as_str().to_owned()),
            );
            continue;
        }
        let mut bundle: FluentBundle<FluentResource> = FluentBundle::new(vec![locale.langid()]);
        for (path, text) in &sources {
            let resource = match FluentResource::try_new(text.clone()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        l.problem(
                            path,
                            Some(line_of(text, e.pos.start)),
                            ProblemKind::Syntax(e.to_string()),
                        );
                    }
                    r
                }
            };
            if let Err(errors) = bundle.add_resource(resource) {
                for e in errors {
                    l.problem(path, None, ProblemKind::Syntax(e.to_string()));
                }
            }
        }
        for (id, attrs) in &required {
            let missing = match bundle.get_message(id) {
                None => vec![id.clone()],
                Some(msg) => {
                    let mut m: Vec<String> = attrs
                        .iter()
                        .filter(|a| msg.get_attribute(a).is_none())
                        .map(|a| format!("{id}.{a}"))
                        .collect();
                    if msg.value().is_none() {
                        m.push(id.clone());
                    }
                    m
                }
            };
            for id in missing {
                l.problem(
                    &prefix,
                    None,
                    ProblemKind::MissingMessage {
                        locale: locale.as_str().to_owned(),
                        id,
                    },
                );
            }
        }
        out.insert(locale, sources);
    }
    out
}
