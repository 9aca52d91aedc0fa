//! A question and the answers given, worded: what the questionnaire and the review screen show.
//!
//! Answers are worded here, never decided: which question comes next is [`crate::flow`]'s.

use crate::answers::{format_date, Answer, Answers};
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::pack::{PackText, PolicyPack};
use crate::question::{Question, QuestionKind, UNSURE};

/// A question, worded.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionView {
    pub id: String,
    pub kind: QuestionKind,
    pub text: String,
    /// Why the question is asked.
    pub help: String,
    /// A short name of the question, as used in reasons.
    pub short: String,
    /// What a person chooses among: the options, or yes and no for a yes/no question.
    pub options: Vec<OptionView>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub min_selected: usize,
    /// The answer already given, as the values chosen (empty if none): what a screen shows
    /// selected when the question is asked again.
    pub current: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OptionView {
    pub value: String,
    pub label: String,
    /// Choosing it unchooses every other option ("none of the above").
    pub exclusive: bool,
}

impl OptionView {
    /// A choice that excludes nothing.
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> OptionView {
        OptionView {
            value: value.into(),
            label: label.into(),
            exclusive: false,
        }
    }
}

/// An answer as the review screen lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct AnsweredView {
    pub question: String,
    /// The question's text.
    pub text: String,
    /// The answer, worded.
    pub answer: String,
}

/// Words a question, with the answer given to it in `answers` (if any) as its current choice.
pub fn question(loc: &Localizer, locale: Locale, q: &Question, answers: &Answers) -> QuestionView {
    let text = |attr| loc.text(locale, PackText::Question(&q.id), attr);
    QuestionView {
        id: q.id.clone(),
        kind: q.kind,
        text: text(None),
        help: text(Some("help")),
        short: text(Some("short")),
        options: q
            .choices()
            .into_iter()
            .map(|value| OptionView {
                label: choice_label(loc, locale, q, &value),
                exclusive: q.is_exclusive(&value),
                value,
            })
            .collect(),
        min: q.min,
        max: q.max,
        min_selected: q.min_selected,
        current: answers.get(&q.id).map(chosen).unwrap_or_default(),
    }
}

/// The values a screen shows chosen for an answer (the inverse of
/// [`crate::question::Question::encode`]).
pub fn chosen(answer: &Answer) -> Vec<String> {
    match answer {
        Answer::Choice(v) => vec![v.clone()],
        Answer::Choices(set) => set.iter().cloned().collect(),
        Answer::Bool(b) => vec![b.to_string()],
        Answer::Number(n) => vec![n.to_string()],
        Answer::Date(d) => vec![format_date(*d)],
        Answer::Unsure => vec![UNSURE.to_owned()],
    }
}

/// The label of one of a question's choices: an option's, or yes/no.
pub(crate) fn choice_label(loc: &Localizer, locale: Locale, q: &Question, value: &str) -> String {
    match (q.kind, value) {
        (_, UNSURE) => loc.app(locale, "answer-unsure", &[]),
        (QuestionKind::Bool, "true") => loc.app(locale, "answer-yes", &[]),
        (QuestionKind::Bool, _) => loc.app(locale, "answer-no", &[]),
        _ => option_label(loc, locale, &q.id, value),
    }
}

/// The answers in the order given, worded for the review screen.
pub fn answered(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    answers: &Answers,
    order: &[String],
) -> Vec<AnsweredView> {
    order
        .iter()
        .filter_map(|id| {
            let answer = answers.get(id)?;
            pack.question(id)?;
            Some(AnsweredView {
                question: id.clone(),
                text: loc.text(locale, PackText::Question(id), None),
                answer: answer_label(loc, locale, id, answer),
            })
        })
        .collect()
}

/// An option's label.
pub fn option_label(loc: &Localizer, locale: Locale, question: &str, value: &str) -> String {
    loc.text(locale, PackText::Option(question, value), None)
}

/// An answer, worded (option labels, yes/no, the number or the date).
pub fn answer_label(loc: &Localizer, locale: Locale, question: &str, answer: &Answer) -> String {
    match answer {
        Answer::Choice(v) => option_label(loc, locale, question, v),
        Answer::Choices(set) if set.is_empty() => loc.app(locale, "answer-none-selected", &[]),
        Answer::Choices(set) => join(
            loc,
            locale,
            set.iter()
                .map(|v| option_label(loc, locale, question, v))
                .collect(),
        ),
        Answer::Bool(true) => loc.app(locale, "answer-yes", &[]),
        Answer::Bool(false) => loc.app(locale, "answer-no", &[]),
        Answer::Number(n) => n.to_string(),
        Answer::Date(d) => format_date(*d),
        Answer::Unsure => loc.app(locale, "answer-unsure", &[]),
    }
}

/// Items joined as a list in the reader's language (、 in Chinese, a comma in English).
pub fn join(loc: &Localizer, locale: Locale, items: Vec<String>) -> String {
    items.join(&loc.app(locale, "list-separator", &[]))
}
