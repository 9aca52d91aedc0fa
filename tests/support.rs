//! Shared fixtures: the default pack, dates, and the persona cases.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use navigator::answers::parse_date;
use navigator::{Answers, Localizer, PolicyPack};
use serde::Deserialize;
use time::Date;

/// The embedded default pack, loaded once for the whole test binary.
pub fn pack() -> &'static PolicyPack {
    static PACK: OnceLock<PolicyPack> = OnceLock::new();
    PACK.get_or_init(|| match PolicyPack::embedded() {
        Ok(p) => p,
        Err(navigator::PackError::Invalid(problems)) => {
            let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            panic!("the default pack is invalid:\n{}", list.join("\n"))
        }
        Err(e) => panic!("the default pack cannot be read: {e}"),
    })
}

/// The built-in pack's version, as its `pack.toml` writes it.
pub fn built_in_version() -> &'static str {
    &pack().manifest.version
}

/// The built-in pack's `pack.toml` line that sets the version (for tests that make another).
pub fn version_line() -> String {
    format!("version = \"{}\"", built_in_version())
}

pub fn localizer() -> &'static Localizer {
    static LOC: OnceLock<Localizer> = OnceLock::new();
    LOC.get_or_init(|| Localizer::new(pack()).expect("the messages parse"))
}

/// A date in the tests' own words.
pub fn date(text: &str) -> Date {
    parse_date(text).expect("a valid date in the test")
}

/// The day the current persona cases were written against.
pub fn today() -> Date {
    date("2026-11-28")
}

/// Answers from a JSON literal, checked against the default pack.
pub fn answers(json: serde_json::Value) -> Answers {
    Answers::from_json_value(pack(), &json).unwrap_or_else(|e| panic!("bad test answers: {e}"))
}

/// The clone under test. Cargo sets `CARGO_MANIFEST_DIR` when it runs a test, and that is
/// preferred to the path compiled in: one target directory (`~/.cache/navigator/target`) serves
/// clones at different paths, and cargo does not rebuild a test when only the clone moved.
pub fn root() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

/// A persona case: `tests/cases/<name>.toml`. See `tests/cases/README.md`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub description: String,
    /// The date the case is evaluated on.
    pub on: toml::value::Datetime,
    /// The applicant's answers to exactly the questions the questionnaire asks them.
    pub answers: toml::Table,
    /// Expected status per measure; every measure not listed must be `ineligible`.
    pub expect: BTreeMap<String, String>,
    /// Measure → the question its near miss must name.
    #[serde(default)]
    pub near_miss: BTreeMap<String, String>,
    /// Measure → the department the result sends the person to first.
    #[serde(default)]
    pub first_contact: BTreeMap<String, String>,
    /// Measure → the questions answered "not sure" that leave it to the department.
    #[serde(default)]
    pub unsure: BTreeMap<String, Vec<String>>,
    /// Measure → a department the source names that has since been reorganised: the result
    /// shows it by today's name, citing the source's.
    #[serde(default)]
    pub renamed: BTreeMap<String, String>,
}

impl Case {
    pub fn date(&self) -> Date {
        date(&self.on.to_string())
    }

    /// The answers as JSON, the format the CLI and the engine read.
    pub fn answers_json(&self) -> serde_json::Value {
        serde_json::to_value(&self.answers).expect("TOML answers convert to JSON")
    }
}

/// Every persona case, by file name.
pub fn cases() -> Vec<(String, Case)> {
    let dir = root().join("tests/cases");
    let mut out = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/cases exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    for path in paths {
        out.push((name(&path), read_case(&path)));
    }
    out
}

fn name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn read_case(path: &Path) -> Case {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A timestamp written as RFC 3339.
pub fn at(text: &str) -> time::OffsetDateTime {
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
        .expect("a valid timestamp in the test")
}

/// Saves `given` as one consultation of the default pack started at `started`, finished (with
/// today's verdicts) if `finish`.
pub fn consult(
    store: &navigator::Store,
    started: &str,
    given: &Answers,
    finish: bool,
) -> navigator::store::ConsultationId {
    let id = store
        .start_consultation(navigator::Locale::ZhCn, pack(), at(started))
        .expect("start");
    for (q, a) in given.iter() {
        store.record_answer(id, q, a, at(started)).expect("answer");
    }
    if finish {
        store
            .finish_consultation(
                id,
                &navigator::evaluate(pack(), given, today()),
                at(started),
            )
            .expect("finish");
    }
    id
}
