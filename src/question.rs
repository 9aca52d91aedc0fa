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
    /// Whether "not sure" ([`UNSURE`]) is an answer (single-choice and yes/no questions): a
    /// person may not know whether their project is inside a demonstration base. The measures
    /// such an answer leaves undecided are for the department to judge.
    pub unsure: bool,
    /// Options of a multi-select question that exclude every other ("none of the above").
    pub exclusive: Vec<String>,
    /// Whether a person can change the answer by doing something (register a business, enter a
    /// contest): only such answers are offered as "what would change it".
    pub changeable: bool,
}

/// The value of the "not sure" answer, in answers files and on screens.
pub const UNSURE: &str = "unsure";

impl Question {
    /// Whether `value` is one of this question's options.
    pub fn has_option(&self, value: &str) -> bool {
        self.options.iter().any(|o| o == value)
    }
}

/// The option values a yes/no question offers on a screen, in order: yes, then no.
pub const YES_NO: [&str; 2] = ["true", "false"];

impl Question {
    /// The values a person can choose among on a screen: the options, or [`YES_NO`] for a
    /// yes/no question (a number or a date is typed, so it has none), and [`UNSURE`] last
    /// where "not sure" is an answer.
    pub fn choices(&self) -> Vec<String> {
        let mut choices = match self.kind {
            QuestionKind::Bool => YES_NO.iter().map(|v| (*v).to_owned()).collect(),
            _ => self.options.clone(),
        };
        if self.unsure {
            choices.push(UNSURE.to_owned());
        }
        choices
    }

    /// Whether `value` excludes every other option of a multi-select answer.
    pub fn is_exclusive(&self, value: &str) -> bool {
        self.exclusive.iter().any(|e| e == value)
    }

    /// What a person chose on a screen (option values, or the one value typed) in the JSON
    /// shape of an answers file, which [`crate::answers::decode`] then checks: a choice that
    /// does not fit the question (two values for a single choice, a word for a number) comes
    /// out in a shape `decode` refuses, so every refusal is worded in one place.
    pub fn encode(&self, chosen: &[String]) -> serde_json::Value {
        use serde_json::Value;
        let one = match chosen {
            [one] => Some(one.as_str()),
            _ => None,
        };
        let as_list = || Value::Array(chosen.iter().cloned().map(Value::String).collect());
        match (self.kind, one) {
            (QuestionKind::Multi, _) => as_list(),
            (QuestionKind::Bool, Some("true")) => Value::Bool(true),
            (QuestionKind::Bool, Some("false")) => Value::Bool(false),
            (QuestionKind::Bool, Some(UNSURE)) => Value::String(UNSURE.to_owned()),
            (QuestionKind::Number, Some(n)) => n
                .trim()
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map_or_else(|| Value::String(n.to_owned()), Value::Number),
            (QuestionKind::Single | QuestionKind::Date, Some(v)) => Value::String(v.to_owned()),
            _ => as_list(),
        }
    }
}
