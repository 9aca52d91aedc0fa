//! Questions the applicant answers: their identity, kind and allowed values.
//!
//! A question carries no wording: its text lives in the pack's Fluent files so that every
//! language is checked the same way. This module does not decide *when* a question is asked;
//! that is [`crate::flow`], derived from the measures' conditions.

/// The kind of answer a question takes. It fixes which condition tests may name the question
/// and how an answer is decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuestionKind {
    /// Exactly one of the options.
    Single,
    /// Any number of the options, at least `min_selected`.
    Multi,
    /// Yes or no.
    Bool,
    /// A finite number within the optional bounds.
    Number,
    /// A calendar date (YYYY-MM-DD).
    Date,
}

impl QuestionKind {
    /// The name used in pack files and in the CLI's JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::Single => "single",
            QuestionKind::Multi => "multi",
            QuestionKind::Bool => "bool",
            QuestionKind::Number => "number",
            QuestionKind::Date => "date",
        }
    }

    /// Parses the name used in pack files.
    pub fn parse(name: &str) -> Option<Self> {
        [
            QuestionKind::Single,
            QuestionKind::Multi,
            QuestionKind::Bool,
            QuestionKind::Number,
            QuestionKind::Date,
        ]
        .into_iter()
        .find(|k| k.as_str() == name)
    }

    /// Whether the question offers a fixed list of options.
    pub fn has_options(self) -> bool {
        matches!(self, QuestionKind::Single | QuestionKind::Multi)
    }
}

/// One question of a pack. Questions are asked in the order they appear in the pack
/// (their priority), skipping those that cannot change any verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Stable id, used as the key of an answer (`snake_case`).
    pub id: String,
    pub kind: QuestionKind,
    /// Option values, in display order; empty unless the kind has options.
    pub options: Vec<String>,
    /// Smallest accepted number (number questions only).
    pub min: Option<f64>,
    /// Largest accepted number (number questions only).
    pub max: Option<f64>,
    /// How many options a multi-select answer must hold at least.
    pub min_selected: usize,
}

impl Question {
    /// Whether `value` is one of this question's options.
    pub fn has_option(&self, value: &str) -> bool {
        self.options.iter().any(|o| o == value)
    }
}
