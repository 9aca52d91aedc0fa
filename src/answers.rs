//! An applicant's answers, checked against the questions they answer.
//!
//! [`Answers`] can only hold values that fit their question (a known option, a finite number in
//! range, a real date), so the engine and the flow never meet a malformed answer. Decoding
//! from JSON lives here because an answers file is one of the core's own file formats (the
//! persona cases and the CLI read it); this module does not know about any IPC shape.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde_json::Value;
use time::{macros::format_description, Date};

use crate::message::{Arg, Explain, Message};
use crate::pack::PolicyPack;
use crate::question::{Question, QuestionKind, UNSURE};

/// One answer to one question.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// The chosen option of a single-choice question.
    Choice(String),
    /// The chosen options of a multi-select question.
    Choices(BTreeSet<String>),
    Bool(bool),
    Number(f64),
    Date(Date),
    /// "Not sure", where the question allows it ([`Question::unsure`]): answered, so not asked
    /// again, but deciding nothing.
    Unsure,
}

impl Answer {
    /// The answer as JSON, in the same shape [`Answers::from_json`] reads.
    pub fn to_json(&self) -> Value {
        match self {
            Answer::Choice(v) => Value::String(v.clone()),
            Answer::Choices(set) => Value::Array(set.iter().cloned().map(Value::String).collect()),
            Answer::Bool(b) => Value::Bool(*b),
            Answer::Number(n) => serde_json::Number::from_f64(*n)
                .map(Value::Number)
                .unwrap_or(Value::Null),
            Answer::Date(d) => Value::String(format_date(*d)),
            Answer::Unsure => Value::String(UNSURE.to_owned()),
        }
    }
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Parses a `YYYY-MM-DD` date; `None` for anything else, including impossible dates and years
/// before 0000 or after 9999 (which [`format_date`] could not write back as they came).
pub fn parse_date(text: &str) -> Option<Date> {
    let four_digit_year = text.len() == 10 && text.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    if !four_digit_year {
        return None;
    }
    Date::parse(text, format_description!("[year]-[month]-[day]")).ok()
}

/// Why an answer was refused. Each variant names the question so the message can point at it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AnswerError {
    /// Not JSON: where the parser stopped (1-based), and its own words for logs.
    #[error("the answers are not valid JSON (line {line}, column {column}): {detail}")]
    Malformed {
        line: usize,
        column: usize,
        detail: String,
    },
    #[error("the answers must be a JSON object of question id to value")]
    NotAnObject,
    #[error("there is no question `{0}`")]
    UnknownQuestion(String),
    /// The same question answered twice in one file: which answer was meant is unknown, and
    /// taking either would be a guess.
    #[error("question `{0}` is answered twice")]
    AnsweredTwice(String),
    /// The value is not of the kind the question takes (`expected`).
    #[error("question `{question}` takes {}", expected_words(*expected))]
    WrongType {
        question: String,
        expected: QuestionKind,
    },
    #[error("`{value}` is not an option of question `{question}`")]
    UnknownOption { question: String, value: String },
    #[error("question `{question}` needs at least {min} choice(s)")]
    TooFewChoices { question: String, min: usize },
    /// An option that excludes the others ("none of the above") chosen with others.
    #[error("`{value}` of question `{question}` cannot be chosen with other options")]
    NotAlone { question: String, value: String },
    #[error("`{value}` is out of range for question `{question}`")]
    OutOfRange { question: String, value: String },
    #[error("`{value}` is not a real date (YYYY-MM-DD) for question `{question}`")]
    InvalidDate { question: String, value: String },
}

impl AnswerError {
    /// The question the error is about, if any.
    pub fn question(&self) -> Option<&str> {
        match self {
            AnswerError::Malformed { .. } | AnswerError::NotAnObject => None,
            AnswerError::UnknownQuestion(q)
            | AnswerError::AnsweredTwice(q)
            | AnswerError::WrongType { question: q, .. }
            | AnswerError::UnknownOption { question: q, .. }
            | AnswerError::TooFewChoices { question: q, .. }
            | AnswerError::NotAlone { question: q, .. }
            | AnswerError::OutOfRange { question: q, .. }
            | AnswerError::InvalidDate { question: q, .. } => Some(q),
        }
    }

    /// What [`Explain::message`] says, with the pack's words for the question (and for the
    /// option that cannot be chosen with others) instead of their ids: for staff reading a
    /// list's errors, who never see ids (issue #17 review: 问题“groups”的“other_person”…). A
    /// question the pack does not have keeps its id.
    pub fn in_pack_words(&self) -> Message {
        let mut message = self.message();
        let known = !matches!(self, AnswerError::UnknownQuestion(_));
        let Some(question) = self.question().filter(|_| known) else {
            return message;
        };
        for (name, arg) in &mut message.args {
            match (*name, self) {
                ("question", _) => *arg = Arg::Question(question.to_owned()),
                ("value", AnswerError::NotAlone { value, .. }) => {
                    *arg = Arg::Option(question.to_owned(), value.clone());
                }
                _ => {}
            }
        }
        message
    }
}

/// The keys of a JSON object in the order written, duplicates kept; anything else reads as
/// no keys (the caller has already refused what is not an object).
struct TopKeys(Vec<String>);

impl<'de> serde::Deserialize<'de> for TopKeys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Keys;
        impl<'de> serde::de::Visitor<'de> for Keys {
            type Value = TopKeys;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<TopKeys, A::Error> {
                let mut keys = Vec::new();
                while let Some((key, serde::de::IgnoredAny)) = map.next_entry::<String, _>()? {
                    keys.push(key);
                }
                Ok(TopKeys(keys))
            }
        }
        d.deserialize_map(Keys)
    }
}

/// The answers given so far, keyed by question id. Every value has been checked against its
/// question by [`Answers::set`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answers {
    values: BTreeMap<String, Answer>,
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads answers from a JSON object `{"question_id": value}`. The whole object is refused
    /// on the first bad value, so a half-read file never reaches the engine.
    pub fn from_json(pack: &PolicyPack, text: &str) -> Result<Self, AnswerError> {
        let value: Value = serde_json::from_str(text).map_err(|e| AnswerError::Malformed {
            line: e.line(),
            // serde_json counts 0 for "before the first character" of a line.
            column: e.column().max(1),
            detail: e.to_string(),
        })?;
        // A JSON object may name a key twice, and a parser keeps one of the two silently.
        if let Ok(TopKeys(keys)) = serde_json::from_str::<TopKeys>(text) {
            let mut seen = BTreeSet::new();
            if let Some(twice) = keys.into_iter().find(|k| !seen.insert(k.clone())) {
                return Err(AnswerError::AnsweredTwice(twice));
            }
        }
        Self::from_json_value(pack, &value)
    }

    /// Like [`Answers::from_json`], from an already parsed JSON value.
    pub fn from_json_value(pack: &PolicyPack, value: &Value) -> Result<Self, AnswerError> {
        let object = value.as_object().ok_or(AnswerError::NotAnObject)?;
        let mut answers = Answers::new();
        for (id, raw) in object {
            let answer = decode(pack, id, raw)?;
            answers.values.insert(id.clone(), answer);
        }
        Ok(answers)
    }

    /// Records (or replaces) the answer to one question after checking it.
    pub fn set(
        &mut self,
        pack: &PolicyPack,
        question: &str,
        answer: Answer,
    ) -> Result<(), AnswerError> {
        let q = pack
            .question(question)
            .ok_or_else(|| AnswerError::UnknownQuestion(question.to_owned()))?;
        check(q, &answer)?;
        self.values.insert(question.to_owned(), answer);
        Ok(())
    }

    /// Withdraws an answer; everything downstream is recomputed from what remains.
    pub fn remove(&mut self, question: &str) -> Option<Answer> {
        self.values.remove(question)
    }

    pub fn get(&self, question: &str) -> Option<&Answer> {
        self.values.get(question)
    }

    pub fn contains(&self, question: &str) -> bool {
        self.values.contains_key(question)
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Answer)> {
        self.values.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// A copy with one answer replaced, without re-checking it. The engine uses this to try
    /// alternative answers of the question's own options when it looks for near misses.
    pub(crate) fn with(&self, question: &str, answer: Answer) -> Answers {
        let mut copy = self.clone();
        copy.values.insert(question.to_owned(), answer);
        copy
    }

    /// The answers as one JSON object, the format [`Answers::from_json`] reads.
    pub fn to_json(&self) -> Value {
        Value::Object(
            self.values
                .iter()
                .map(|(k, v)| (k.clone(), v.to_json()))
                .collect(),
        )
    }
}

impl fmt::Display for Answers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.to_json())
    }
}

/// Decodes one JSON value as the answer to `id`.
pub fn decode(pack: &PolicyPack, id: &str, raw: &Value) -> Result<Answer, AnswerError> {
    let q = pack
        .question(id)
        .ok_or_else(|| AnswerError::UnknownQuestion(id.to_owned()))?;
    let wrong = || AnswerError::WrongType {
        question: id.to_owned(),
        expected: q.kind,
    };
    if q.unsure && raw.as_str() == Some(UNSURE) {
        return Ok(Answer::Unsure);
    }
    let answer = match q.kind {
        QuestionKind::Single => Answer::Choice(raw.as_str().ok_or_else(wrong)?.to_owned()),
        QuestionKind::Multi => {
            let items = raw.as_array().ok_or_else(wrong)?;
            let mut set = BTreeSet::new();
            for item in items {
                set.insert(item.as_str().ok_or_else(wrong)?.to_owned());
            }
            Answer::Choices(set)
        }
        QuestionKind::Bool => Answer::Bool(raw.as_bool().ok_or_else(wrong)?),
        QuestionKind::Number => Answer::Number(raw.as_f64().ok_or_else(wrong)?),
        QuestionKind::Date => {
            let text = raw.as_str().ok_or_else(wrong)?;
            Answer::Date(parse_date(text).ok_or_else(|| AnswerError::InvalidDate {
                question: id.to_owned(),
                value: text.to_owned(),
            })?)
        }
    };
    check(q, &answer)?;
    Ok(answer)
}

/// Checks that an answer fits its question's kind, options and bounds.
fn check(q: &Question, answer: &Answer) -> Result<(), AnswerError> {
    let unknown = |value: &str| AnswerError::UnknownOption {
        question: q.id.clone(),
        value: value.to_owned(),
    };
    match (q.kind, answer) {
        (QuestionKind::Single, Answer::Choice(v)) => {
            if !q.has_option(v) {
                return Err(unknown(v));
            }
        }
        (QuestionKind::Multi, Answer::Choices(set)) => {
            if let Some(bad) = set.iter().find(|v| !q.has_option(v)) {
                return Err(unknown(bad));
            }
            if set.len() < q.min_selected {
                return Err(AnswerError::TooFewChoices {
                    question: q.id.clone(),
                    min: q.min_selected,
                });
            }
            if let Some(alone) = set
                .iter()
                .find(|v| q.is_exclusive(v))
                .filter(|_| set.len() > 1)
            {
                return Err(AnswerError::NotAlone {
                    question: q.id.clone(),
                    value: alone.clone(),
                });
            }
        }
        (QuestionKind::Bool, Answer::Bool(_)) | (QuestionKind::Date, Answer::Date(_)) => {}
        (QuestionKind::Single | QuestionKind::Bool, Answer::Unsure) if q.unsure => {}
        (QuestionKind::Number, Answer::Number(n)) => {
            let below = q.min.is_some_and(|min| *n < min);
            let above = q.max.is_some_and(|max| *n > max);
            if !n.is_finite() || below || above {
                return Err(AnswerError::OutOfRange {
                    question: q.id.clone(),
                    value: n.to_string(),
                });
            }
        }
        (kind, _) => {
            return Err(AnswerError::WrongType {
                question: q.id.clone(),
                expected: kind,
            })
        }
    }
    Ok(())
}

impl Explain for AnswerError {
    fn message(&self) -> Message {
        match self {
            AnswerError::Malformed { line, column, .. } => Message::new("error-answers-malformed")
                .with("line", *line)
                .with("column", *column),
            // The example is file content, typed as it is in every language.
            AnswerError::NotAnObject => Message::new("error-answers-not-object")
                .with("example", r#"{"groups": ["veteran"]}"#),
            AnswerError::UnknownQuestion(q) => {
                Message::new("error-answers-unknown-question").with("question", q)
            }
            AnswerError::AnsweredTwice(q) => {
                Message::new("error-answers-twice").with("question", q)
            }
            AnswerError::WrongType { question, expected } => {
                Message::new("error-answers-wrong-type")
                    .with("question", question)
                    .with("expected", expected_message(*expected))
            }
            AnswerError::UnknownOption { question, value } => {
                Message::new("error-answers-unknown-option")
                    .with("question", question)
                    .with("value", value)
            }
            AnswerError::TooFewChoices { question, min } => Message::new("error-answers-too-few")
                .with("question", question)
                .with("min", *min),
            AnswerError::NotAlone { question, value } => Message::new("error-answers-not-alone")
                .with("question", question)
                .with("value", value),
            AnswerError::OutOfRange { question, value } => {
                Message::new("error-answers-out-of-range")
                    .with("question", question)
                    .with("value", value)
            }
            AnswerError::InvalidDate { question, value } => {
                Message::new("error-answers-invalid-date")
                    .with("question", question)
                    .with("value", value)
            }
        }
    }
}

/// What a question of this kind takes, as a person is told it. JSON's own words (`true`,
/// `false`) are what the file must hold, so they are passed as they are, not translated.
fn expected_message(kind: QuestionKind) -> Message {
    match kind {
        QuestionKind::Single => Message::new("answers-expected-single"),
        QuestionKind::Multi => Message::new("answers-expected-multi"),
        QuestionKind::Bool => Message::new("answers-expected-bool")
            .with("yes", "true")
            .with("no", "false"),
        QuestionKind::Number => Message::new("answers-expected-number"),
        QuestionKind::Date => Message::new("answers-expected-date"),
    }
}

/// What a question of this kind takes, in English for logs.
fn expected_words(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Single => "one option (a string)",
        QuestionKind::Multi => "a list of options",
        QuestionKind::Bool => "true or false",
        QuestionKind::Number => "a finite number",
        QuestionKind::Date => "a date string (YYYY-MM-DD)",
    }
}
