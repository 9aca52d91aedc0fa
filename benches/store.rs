//! The store at the size of years of use: 100 000 consultations, each the answers of a random
//! walk through the adaptive questionnaire with the verdicts the engine gave. Prints, as a table:
//! the load rate, each statistics query's time (median of 5), the time to export everything as
//! CSV, and the database size per consultation. Run with `cargo bench --bench store`
//! (`NAVIGATOR_BENCH_CONSULTATIONS=N` for another size; `cargo test` runs it with 200). Targets: every query under 100 ms,
//! the export under 2 s.

use std::time::{Duration, Instant};

use navigator::answers::parse_date;
use navigator::store::{Month, Period};
use navigator::{evaluate, flow, report, Answer, Answers, Locale, Localizer, PolicyPack, Store};
use navigator::{Question, QuestionKind};
use time::{Date, OffsetDateTime};

/// A small deterministic generator (xorshift64*), so that every run loads the same data.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A random answer a person could give to `q`.
fn pick(q: &Question, dice: &mut Dice, on: Date) -> Answer {
    match q.kind {
        QuestionKind::Single => Answer::Choice(q.options[dice.below(q.options.len())].clone()),
        QuestionKind::Multi => {
            // Mostly one group, sometimes two, as people are.
            let mut chosen = std::collections::BTreeSet::new();
            let wanted = 1 + usize::from(dice.below(4) == 0);
            while chosen.len() < wanted.max(q.min_selected).min(q.options.len()) {
                chosen.insert(q.options[dice.below(q.options.len())].clone());
            }
            // An exclusive option ("none of these") stands alone.
            if let Some(alone) = chosen.iter().find(|o| q.exclusive.contains(o)).cloned() {
                chosen = std::collections::BTreeSet::from([alone]);
            }
            Answer::Choices(chosen)
        }
        QuestionKind::Bool => Answer::Bool(dice.below(2) == 0),
        QuestionKind::Number => Answer::Number(q.min.unwrap_or(0.0)),
        QuestionKind::Date => Answer::Date(on),
    }
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn timed<T>(f: impl Fn() -> T) -> Duration {
    let runs = (0..5)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    median(runs)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // `cargo test --all-targets` runs this too, without `--bench`: then a small load checks
    // that it works, in seconds.
    let measuring = std::env::args().any(|a| a == "--bench");
    let n: u64 = std::env::var("NAVIGATOR_BENCH_CONSULTATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if measuring { 100_000 } else { 200 });
    let pack = PolicyPack::embedded()?;
    let loc = Localizer::new(&pack)?;
    let on = parse_date("2026-11-28").ok_or("date")?;
    let dir = tempfile::tempdir()?;
    // NAVIGATOR_BENCH_KEEP=DIR keeps the database there, to look at its query plans.
    let keep = std::env::var_os("NAVIGATOR_BENCH_KEEP").map(std::path::PathBuf::from);
    let path = keep
        .as_deref()
        .unwrap_or(dir.path())
        .join("navigator.sqlite3");
    let _ = std::fs::remove_file(&path);
    let store = Store::open(&path)?;
    store.relax_durability_for_bulk_load()?;

    // Consultations spread over three years, one every ~15 minutes of opening hours.
    let first = OffsetDateTime::from_unix_timestamp(1_704_067_200)?; // 2024-01-01
    let mut dice = Dice(0x9e37_79b9_7f4a_7c15);
    let load = Instant::now();
    for i in 0..n {
        let at = first + Duration::from_secs(i * 900);
        let mut given = Answers::new();
        let id = store.start_consultation(Locale::ZhCn, &pack, at)?;
        while let Some(q) = flow::next_question(&pack, &given, on) {
            let answer = pick(q, &mut dice, on);
            store.record_answer(id, &q.id, &answer, at)?;
            given.set(&pack, &q.id, answer)?;
        }
        // One in ten leaves before the results.
        if dice.below(10) != 0 {
            store.finish_consultation(id, &evaluate(&pack, &given, on), at)?;
        }
    }
    let load = load.elapsed();
    drop(store);
    let store = Store::open(&path)?;
    let size = std::fs::metadata(&path)?.len();

    println!("store benchmark: {n} consultations (median of 5 runs per query)");
    println!(
        "{:<44} {:>12}",
        "load (answer by answer, sync off)",
        format!("{:.0}/s", n as f64 / load.as_secs_f64())
    );
    let all = Period::default();
    let row = |name: &str, d: Duration| println!("{name:<44} {:>9.1} ms", d.as_secs_f64() * 1e3);
    row(
        "by group",
        timed(|| store.count_by_option(&pack.manifest.audience_question, all)),
    );
    row("by county", timed(|| store.count_by_option("county", all)));
    row("by month", timed(|| store.count_by_month(all)));
    row("most matched measures", timed(|| store.count_matched(all)));
    row(
        "near misses by question",
        timed(|| store.count_near_misses(all)),
    );
    let year = Period {
        from: Month::parse("2025-01"),
        to: Month::parse("2025-12"),
    };
    row(
        "by group, one year",
        timed(|| store.count_by_option(&pack.manifest.audience_question, year)),
    );
    row(
        "all statistics together",
        timed(|| store.statistics(&pack, all)),
    );
    let export = dir.path().join("export.csv");
    let start = Instant::now();
    let rows = report::consultations(
        &store,
        &pack,
        &loc,
        Locale::ZhCn,
        all,
        report::Format::Csv,
        std::io::BufWriter::new(std::fs::File::create(&export)?),
    )?;
    row(&format!("CSV export of all {rows}"), start.elapsed());
    println!(
        "{:<44} {:>9.1} MiB ({:.0} bytes per consultation)",
        "database size",
        size as f64 / 1_048_576.0,
        size as f64 / n as f64
    );
    println!(
        "{:<44} {:>9.1} MiB",
        "CSV size",
        std::fs::metadata(&export)?.len() as f64 / 1_048_576.0
    );
    Ok(())
}
