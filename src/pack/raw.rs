//! The on-disk shape of a pack's TOML files, exactly as serde reads them.
//!
//! These types are deliberately loose (optional fields, plain strings): turning them into the
//! checked model, with a problem for everything that does not fit, is the loader's job
//! (`load.rs`, `records.rs`, `conditions.rs`).

use serde::Deserialize;
use toml::value::Datetime;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawManifest {
    pub format: u32,
    pub id: String,
    pub version: String,
    pub default_locale: String,
    pub locales: Vec<String>,
    pub audience_question: String,
    #[serde(default)]
    pub region_question: Option<String>,
    pub source_file: String,
    /// Words of the source that leave a judgement to a department (择优, 符合条件…): a measure
    /// whose excerpt holds one must be `review`, or say why not (`discretion_exempt`).
    #[serde(default)]
    pub discretion_words: Vec<String>,
    pub document: RawDocument,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDocument {
    pub number: String,
    pub title: String,
    pub issuer: String,
    pub issued: Datetime,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDepartments {
    #[serde(default)]
    pub department: Vec<Spanned<RawDepartment>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDepartment {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub hours: String,
    #[serde(default)]
    pub source_issue: Option<String>,
    /// The body was renamed or reorganised since the source; its current name and a note are
    /// the pack's texts `dept-<id>.current` and `dept-<id>.renamed`.
    #[serde(default)]
    pub renamed: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestions {
    #[serde(default)]
    pub question: Vec<Spanned<RawQuestion>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    pub id: String,
    pub kind: String,
    #[serde(default)]
    pub options: Vec<String>,
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
    #[serde(default)]
    pub min_selected: Option<usize>,
    #[serde(default)]
    pub unsure: bool,
    #[serde(default)]
    pub exclusive: Vec<String>,
    #[serde(default)]
    pub changeable: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMeasures {
    #[serde(default)]
    pub measure: Vec<Spanned<RawMeasure>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMeasure {
    pub id: String,
    pub article: u32,
    pub kind: String,
    pub groups: Vec<String>,
    pub source: Vec<String>,
    pub departments: Vec<String>,
    #[serde(default)]
    pub primary_contact: Option<String>,
    #[serde(default)]
    pub departments_damaged: bool,
    /// The measure is carried out county by county (the source says 各县（市、区）): the results
    /// name the applicant's county beside the office to go to.
    #[serde(default)]
    pub local: bool,
    #[serde(default)]
    pub review: bool,
    /// Why the measure is not `review` although its excerpt holds a discretion word.
    #[serde(default)]
    pub discretion_exempt: Option<String>,
    #[serde(default)]
    pub valid_from: Option<Datetime>,
    #[serde(default)]
    pub valid_until: Option<Datetime>,
    #[serde(default)]
    pub source_issue: Option<String>,
    #[serde(default)]
    pub when: Option<RawCondition>,
}

/// One node of a condition: exactly one of `all` / `any` / `not`, or `question` with exactly
/// one operator.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCondition {
    pub all: Option<Vec<RawCondition>>,
    pub any: Option<Vec<RawCondition>>,
    pub not: Option<Box<RawCondition>>,
    pub question: Option<String>,
    pub is: Option<toml::Value>,
    pub one_of: Option<Vec<String>>,
    pub contains: Option<String>,
    pub contains_any: Option<Vec<String>>,
    pub at_least: Option<f64>,
    pub at_most: Option<f64>,
    pub less_than: Option<f64>,
    pub more_than: Option<f64>,
    pub on_or_after: Option<Datetime>,
    pub before: Option<Datetime>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNotApplicableList {
    #[serde(default)]
    pub not_applicable: Vec<Spanned<RawNotApplicable>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNotApplicable {
    pub article: u32,
    #[serde(default)]
    pub excerpt: Option<String>,
    pub reason: String,
}
