//! Policy packs: the measures of a policy document as data, each resting on its verbatim source.
//!
//! A pack is a directory: `pack.toml` (manifest), `departments.toml`, `questions.toml`,
//! `measures.toml`, `not_applicable.toml`, the source document as text, and Fluent files under
//! `locales/<locale>/` for every word the pack shows. [`PolicyPack::load`] checks all of it and
//! reports every problem with its file and line; a pack that loads is safe for the engine.
//!
//! A pack also travels as one signed zip file ([`archive`]), and two packs can be compared
//! measure by measure ([`diff()`]) before one replaces the other.
//!
//! This module reads files and checks them; it does not evaluate answers (see [`crate::engine`])
//! and it does not localize (see [`crate::i18n`]).

pub mod archive;
mod conditions;
pub mod coverage;
mod diff;
pub mod library;
mod load;
mod messages;
mod problem;
mod raw;
mod records;
mod text;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;

use include_dir::{include_dir, Dir};
use time::Date;

use crate::condition::Condition;
use crate::locale::Locale;
use crate::message::{io_reason, Arg, Explain, Message};
use crate::question::Question;

pub use archive::ArchiveError;
pub use diff::{diff, MeasureChange, PackDiff, PackIdentity};
pub use problem::{ConditionFault, IdOf, Problem, ProblemKind, QuestionFault, Syntax};
pub use text::{PackText, OPTION_NAMES};

/// The default pack (朔政发〔2021〕26号), compiled into the binary so the program needs no
/// files beside it.
static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/assets/packs/shuozhou-2021-26");

/// Why a pack could not be used.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("cannot read pack directory {path}: {source}")]
    Unreadable {
        path: String,
        source: std::io::Error,
    },
    #[error("the pack has {} problem(s)", .0.len())]
    Invalid(Vec<Problem>),
}

impl Explain for PackError {
    /// An unreadable directory with the reason; an invalid pack with the number of problems and
    /// the first of them (a caller that shows every problem lists [`PackError::Invalid`]'s
    /// problems itself).
    fn message(&self) -> Message {
        match self {
            PackError::Unreadable { path, source } => Message::new("error-pack-unreadable")
                .with("path", path)
                .with("reason", io_reason(source)),
            PackError::Invalid(problems) => problems_message("error-pack-invalid", problems),
        }
    }
}

/// `id` with the number of problems (`count`) and the first of them (`first`, empty when
/// there is none).
pub(crate) fn problems_message(id: &'static str, problems: &[Problem]) -> Message {
    let first = match problems.first() {
        Some(p) => Arg::from(p.message()),
        None => Arg::from(""),
    };
    Message::new(id)
        .with("count", problems.len())
        .with("first", first)
}

pub type Result<T> = std::result::Result<T, PackError>;

/// The manifest: which document the pack encodes, and how.
#[derive(Debug, Clone, PartialEq)]
pub struct Manifest {
    pub id: String,
    pub version: String,
    pub default_locale: Locale,
    /// The multi-select question whose options are the target groups.
    pub audience_question: String,
    /// The single-choice question naming where the applicant is (the county), if the pack has
    /// one; the statistics count consultations by it.
    pub region_question: Option<String>,
    /// Words of the source that leave a judgement to a department.
    pub discretion_words: Vec<String>,
    pub document: Document,
}

/// The policy document a pack encodes.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The document number, e.g. 朔政发〔2021〕26号.
    pub number: String,
    /// The document's own title, verbatim.
    pub title: String,
    pub issuer: String,
    pub issued: Date,
}

/// A department (or other body) the document names.
#[derive(Debug, Clone, PartialEq)]
pub struct Department {
    pub id: String,
    /// The full name as the document prints it.
    pub name: String,
    /// False for bodies that are not government departments (e.g. 省级“双创”示范基地).
    pub is_government: bool,
    /// Contact details; empty in the default pack, because the document gives none.
    pub phone: String,
    pub address: String,
    pub hours: String,
    /// What is wrong with the source where it names this body, if anything.
    pub source_issue: Option<String>,
    /// The body has been renamed or reorganised since the source was issued: readers see its
    /// current name (`dept-<id>.current`) with a note (`dept-<id>.renamed`).
    pub renamed: bool,
}

/// What a measure offers a person, which decides how a result words it: only a benefit is
/// "applied for".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeasureKind {
    /// Granted on application: a subsidy, an award, an exemption, a title.
    Benefit,
    /// A service or a place one can use: a registration, a platform, a green channel.
    Service,
    /// A programme one can take part in: training, courses, contests.
    Programme,
    /// A commitment of the city to watch: it builds, promotes or encourages, and a person
    /// benefits when it is done.
    Commitment,
}

impl MeasureKind {
    pub const ALL: [MeasureKind; 4] = [
        MeasureKind::Benefit,
        MeasureKind::Service,
        MeasureKind::Programme,
        MeasureKind::Commitment,
    ];

    /// The name used in `measures.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            MeasureKind::Benefit => "benefit",
            MeasureKind::Service => "service",
            MeasureKind::Programme => "programme",
            MeasureKind::Commitment => "commitment",
        }
    }

    pub fn parse(name: &str) -> Option<MeasureKind> {
        MeasureKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// One support measure: what the document offers, to whom, on whose word.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    pub id: String,
    /// The article number, 1 for （一）.
    pub article: u32,
    pub kind: MeasureKind,
    /// The target groups (options of the audience question).
    pub groups: Vec<String>,
    /// The sentence(s) of the source the measure rests on, verbatim.
    pub excerpts: Vec<String>,
    /// The departments the article names, in the document's order (the first leads).
    pub departments: Vec<String>,
    /// The office to go to first (a government department among `departments`); why, is the
    /// pack message `m-<id>.contact`. Every measure has one, so that no result leaves a person
    /// with a list of names and no first step.
    pub primary_contact: String,
    /// True when the source's department list for this measure is damaged: the departments
    /// recorded are only the legible ones, and none can be called the lead.
    pub departments_damaged: bool,
    /// Carried out county by county (the source says 各县（市、区）): the results name the
    /// applicant's county beside the office to go to.
    pub local: bool,
    /// Whether meeting the conditions still leaves a judgement to the department (the reason is
    /// the pack message `m-<id>.review`).
    pub review: bool,
    /// Why the measure is not `review` although its excerpt holds one of the pack's discretion
    /// words (for the people who keep the pack).
    pub discretion_exempt: Option<String>,
    pub valid_from: Option<Date>,
    pub valid_until: Option<Date>,
    /// What is unclear or damaged in the source for this measure, for the people who keep it.
    pub source_issue: Option<String>,
    pub condition: Condition,
}

/// A part of the document that confers nothing an applicant can act on, with the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct NotApplicable {
    pub article: u32,
    /// The sentence concerned; `None` means the whole article.
    pub excerpt: Option<String>,
    pub reason: String,
}

/// A loaded, checked policy pack.
#[derive(Debug, Clone)]
pub struct PolicyPack {
    pub manifest: Manifest,
    pub departments: Vec<Department>,
    pub questions: Vec<Question>,
    pub measures: Vec<Measure>,
    pub not_applicable: Vec<NotApplicable>,
    /// The text of the source document, against which every excerpt is checked.
    pub source_text: String,
    /// Fluent sources per locale: `(file name, text)`.
    pub(crate) messages: BTreeMap<Locale, Vec<(String, String)>>,
    /// Position of each question, measure and department by id: lookups happen for every
    /// measure at every step, so they must not be linear in the pack's size.
    pub(crate) index: Index,
}

/// Positions by id, built once when the pack loads.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    questions: HashMap<String, usize>,
    measures: HashMap<String, usize>,
    departments: HashMap<String, usize>,
}

impl Index {
    pub(crate) fn new(
        questions: &[Question],
        measures: &[Measure],
        departments: &[Department],
    ) -> Index {
        let by_id = |ids: Vec<&String>| {
            ids.into_iter()
                .enumerate()
                .map(|(i, id)| (id.clone(), i))
                .collect()
        };
        Index {
            questions: by_id(questions.iter().map(|q| &q.id).collect()),
            measures: by_id(measures.iter().map(|m| &m.id).collect()),
            departments: by_id(departments.iter().map(|d| &d.id).collect()),
        }
    }
}

impl PolicyPack {
    /// The pack compiled into the binary.
    pub fn embedded() -> Result<PolicyPack> {
        Self::load(&Self::embedded_files())
    }

    /// The files of the pack compiled into the binary, as [`PolicyPack::load`] takes them.
    pub fn embedded_files() -> BTreeMap<String, Vec<u8>> {
        let mut files = BTreeMap::new();
        collect_embedded(&EMBEDDED, &mut files);
        files
    }

    /// Reads and checks the pack in a directory.
    pub fn from_dir(dir: &Path) -> Result<PolicyPack> {
        Self::load(&Self::files_in_dir(dir)?)
    }

    /// The files of a pack directory, unchecked, as [`PolicyPack::load`] takes them.
    pub fn files_in_dir(dir: &Path) -> Result<BTreeMap<String, Vec<u8>>> {
        let mut files = BTreeMap::new();
        collect_dir(dir, dir, &mut files).map_err(|source| PackError::Unreadable {
            path: dir.display().to_string(),
            source,
        })?;
        Ok(files)
    }

    /// Checks a pack given as its files (relative path with `/` separators → bytes). Every
    /// other constructor ends here, so a zipped or embedded pack is checked the same way.
    pub fn load(files: &BTreeMap<String, Vec<u8>>) -> Result<PolicyPack> {
        load::load(files)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.index
            .questions
            .get(id)
            .and_then(|&i| self.questions.get(i))
    }

    pub fn measure(&self, id: &str) -> Option<&Measure> {
        self.index
            .measures
            .get(id)
            .and_then(|&i| self.measures.get(i))
    }

    pub fn department(&self, id: &str) -> Option<&Department> {
        self.index
            .departments
            .get(id)
            .and_then(|&i| self.departments.get(i))
    }

    /// The question whose options are the target groups.
    pub fn audience(&self) -> Option<&Question> {
        self.question(&self.manifest.audience_question)
    }

    /// The position of a question in the pack's priority order.
    pub fn priority(&self, question: &str) -> usize {
        self.index
            .questions
            .get(question)
            .copied()
            .unwrap_or(usize::MAX)
    }
}

impl Measure {
    /// The article as the document labels it, e.g. `（十一）`.
    pub fn article_label(&self) -> String {
        article_label(self.article)
    }
}

/// The article label the document uses for article `n`, e.g. 11 → `（十一）`.
pub fn article_label(n: u32) -> String {
    format!("（{}）", chinese_numeral(n))
}

/// Chinese numerals as the document writes article numbers (1–99).
pub fn chinese_numeral(n: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let (tens, ones) = (n / 10, n % 10);
    let mut s = String::new();
    match tens {
        0 => {}
        1 => s.push('十'),
        t => {
            s.push_str(DIGITS[(t % 10) as usize]);
            s.push('十');
        }
    }
    if ones != 0 || tens == 0 {
        s.push_str(DIGITS[ones as usize]);
    }
    s
}

impl fmt::Display for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.number, self.title)
    }
}

fn collect_embedded(dir: &Dir<'_>, out: &mut BTreeMap<String, Vec<u8>>) {
    for file in dir.files() {
        let path = file.path().to_string_lossy().replace('\\', "/");
        out.insert(path, file.contents().to_vec());
    }
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}

fn collect_dir(
    root: &Path,
    dir: &Path,
    out: &mut BTreeMap<String, Vec<u8>>,
) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            collect_dir(root, &path, out)?;
        } else if let Ok(rel) = path.strip_prefix(root) {
            let rel = rel.to_string_lossy().replace('\\', "/");
            out.insert(rel, std::fs::read(&path)?);
        }
    }
    Ok(())
}
