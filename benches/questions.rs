//! The user's time: how many questions the adaptive questionnaire asks each persona case in
//! `tests/cases/`, against the number of questions in the pack. Run with
//! `cargo bench --bench questions`; it prints a table, the median and the maximum.

use navigator::answers::parse_date;
use navigator::{flow, Answers, PolicyPack};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let pack = PolicyPack::embedded()?;
    let dir = manifest_dir().join("tests/cases");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    let mut counts = Vec::new();
    println!("{:<48} {:>6} {:>6}", "persona case", "asked", "of");
    for path in paths {
        let case: toml::Table = toml::from_str(&std::fs::read_to_string(&path)?)?;
        let on = case
            .get("on")
            .map(|d| d.to_string())
            .and_then(|d| parse_date(&d))
            .ok_or("a case without a date")?;
        let answers = Answers::from_json_value(&pack, &serde_json::to_value(case.get("answers"))?)?;
        let mut given = Answers::new();
        let mut asked = 0;
        while let Some(q) = flow::next_question(&pack, &given, on) {
            let answer = answers
                .get(&q.id)
                .ok_or("the case does not answer a question it is asked")?;
            given.set(&pack, &q.id, answer.clone())?;
            asked += 1;
        }
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        println!("{name:<48} {asked:>6} {:>6}", pack.questions.len());
        counts.push(asked);
    }
    counts.sort_unstable();
    let median = counts.get(counts.len() / 2).copied().unwrap_or(0);
    let max = counts.last().copied().unwrap_or(0);
    println!();
    println!("questions in the pack: {}", pack.questions.len());
    println!(
        "asked: median {median}, maximum {max}, over {} persona cases",
        counts.len()
    );
    Ok(())
}

/// The clone being measured: cargo's run-time `CARGO_MANIFEST_DIR` before the compiled-in one,
/// since one target directory serves clones at different paths.
fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}
