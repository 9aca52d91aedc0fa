//! 政策找人 at scale: a list of 100,000 rows read (CSV, in memory), screened through the
//! default pack and written as the output workbook. `cargo bench --bench lists` prints the time
//! per list (criterion), the rows per second, and the process's peak resident memory
//! (`VmHWM` in `/proc/self/status`, Linux only) after the runs.

// A benchmark that cannot build its input should stop loudly.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use criterion::Criterion;
use navigator::batch::{screen, write_workbook, List, Mapping};
use navigator::{Locale, Localizer, PolicyPack};

/// The rows of the measured list. `cargo test --all-targets` runs this bench too, without
/// `--bench`, in an unoptimized build: then a thousand rows check that it works, in seconds.
fn rows() -> usize {
    if std::env::args().any(|a| a == "--bench") {
        100_000
    } else {
        1_000
    }
}

const MAPPING: &str = r#"
[[column]]
header = "人员类别"
question = "groups"
[[column]]
header = "目前在做什么"
question = "activity"
[column.values]
"个体户" = "self_employed"
[[column]]
header = "是否在农村创业"
question = "rural_business"
[[column]]
header = "所在县"
question = "county"
"#;

/// A list of `rows` invented people: name, ID, phone and four mapped columns, every tenth
/// with a blank, every thousandth with a value nobody maps.
fn list_text(rows: usize) -> String {
    let groups = [
        "退役军人",
        "外出打工后回乡创业的农民工",
        "退役军人、女性创业者",
        "高校毕业生（大专、本科、研究生毕业）",
        "",
    ];
    let activities = ["个体户", "还在准备，还没开办", "", "已经办了小微企业"];
    let counties = ["朔城区", "平鲁区", "怀仁市", "山阴县", "应县", "右玉县"];
    let mut text =
        String::from("姓名,身份证号,联系电话,人员类别,目前在做什么,是否在农村创业,所在县\n");
    for i in 0..rows {
        let group = if i % 1000 == 999 {
            "不详的类别"
        } else {
            groups[i % groups.len()]
        };
        text.push_str(&format!(
            "某{i},1406021990{i:08},139{i:08},\"{group}\",{},{},{}\n",
            activities[i % activities.len()],
            ["是", "否", ""][i % 3],
            counties[i % counties.len()],
        ));
    }
    text
}

fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let pack = PolicyPack::embedded().unwrap();
    let loc = Localizer::new(&pack).unwrap();
    let mapping = Mapping::from_toml(MAPPING, &pack).unwrap();
    let rows = rows();
    let text = list_text(rows);
    let dir = tempfile::tempdir().unwrap();
    let on = time::macros::date!(2026 - 11 - 28);
    let run = || {
        let list = List::from_csv(text.as_bytes()).unwrap();
        let screening = screen(&list, &mapping, &pack, &loc, on, &mut |_| true).unwrap();
        let out = std::fs::File::create(dir.path().join("out.xlsx")).unwrap();
        let summary = write_workbook(
            std::io::BufWriter::new(out),
            dir.path(),
            &list,
            &mapping,
            &screening,
            &pack,
            &loc,
            Locale::ZhCn,
            on,
            &mut |_| true,
        )
        .unwrap();
        assert_eq!(summary.rows_in, summary.screened + summary.in_error);
        summary
    };
    // Where the time of one run goes: reading, screening, writing.
    let started = Instant::now();
    let list = List::from_csv(text.as_bytes()).unwrap();
    let read = started.elapsed();
    let screening = screen(&list, &mapping, &pack, &loc, on, &mut |_| true).unwrap();
    let screened = started.elapsed();
    let out = std::fs::File::create(dir.path().join("out.xlsx")).unwrap();
    let summary = write_workbook(
        std::io::BufWriter::new(out),
        dir.path(),
        &list,
        &mapping,
        &screening,
        &pack,
        &loc,
        Locale::ZhCn,
        on,
        &mut |_| true,
    )
    .unwrap();
    let once = started.elapsed();
    println!(
        "lists: read {:.2} s, screened {:.2} s, written {:.2} s",
        read.as_secs_f64(),
        (screened - read).as_secs_f64(),
        (once - screened).as_secs_f64(),
    );
    drop((list, screening));
    let mut c = Criterion::default()
        .sample_size(10)
        .measurement_time(Duration::from_secs(60))
        .configure_from_args();
    c.bench_function(
        &format!("lists/{rows} rows read, screened and written"),
        |b| b.iter(run),
    );
    c.final_summary();
    let size = std::fs::metadata(dir.path().join("out.xlsx")).map_or(0, |m| m.len());
    println!(
        "lists: {rows} rows ({} screened, {} in errors) in {:.2} s on the first run: {:.0} rows/s; workbook {:.1} MiB",
        summary.screened,
        summary.in_error,
        once.as_secs_f64(),
        rows as f64 / once.as_secs_f64(),
        size as f64 / 1024.0 / 1024.0,
    );
    match peak_memory_kib() {
        Some(kib) => println!(
            "lists: peak resident memory (VmHWM) {:.1} MiB",
            kib as f64 / 1024.0
        ),
        None => println!("lists: peak resident memory not measured (no /proc/self/status)"),
    }
}
