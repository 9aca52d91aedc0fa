//! The engine's cost per step: one answer in, the next question and every verdict out, from one
//! evaluation of the answers, as the app's step computes them.
//! `cargo bench --bench engine` measures it on the default pack and on synthetic packs made
//! of 10 and 50 renamed copies of it, to show how the cost grows with the pack.

// A benchmark that cannot build its input should stop loudly.
#![allow(clippy::panic)]

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use navigator::answers::parse_date;
use navigator::{evaluate, flow, Answer, Answers, PolicyPack};
use toml::Value;

/// The default pack's files, as the loader takes them.
fn default_files() -> BTreeMap<String, Vec<u8>> {
    let root = manifest_dir().join("assets/packs/shuozhou-2021-26");
    let mut files = BTreeMap::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let (Ok(rel), Ok(bytes)) = (path.strip_prefix(&root), std::fs::read(&path)) {
                files.insert(rel.to_string_lossy().replace('\\', "/"), bytes);
            }
        }
    }
    files
}

/// Renames every question a condition names (but the audience question) with `suffix`.
fn rename_questions(v: &mut Value, suffix: &str) {
    match v {
        Value::Table(t) => {
            if let Some(Value::String(q)) = t.get_mut("question") {
                if q != "groups" {
                    q.push_str(suffix);
                }
            }
            t.iter_mut().for_each(|(_, x)| rename_questions(x, suffix));
        }
        Value::Array(a) => a.iter_mut().for_each(|x| rename_questions(x, suffix)),
        _ => {}
    }
}

/// The default pack plus `copies - 1` renamed copies of its questions and measures.
fn synthetic(copies: usize) -> PolicyPack {
    let mut files = default_files();
    let read = |name: &str| -> toml::Table {
        toml::from_str(&String::from_utf8_lossy(&files[name])).unwrap_or_default()
    };
    let questions = read("questions.toml");
    let measures = read("measures.toml");
    let original_q = questions
        .get("question")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let original_m = measures
        .get("measure")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let (mut all_q, mut all_m, mut ftl) = (original_q.clone(), original_m.clone(), String::new());
    for k in 1..copies {
        let suffix = format!("_{k}");
        // The audience question is shared; the region question is asked for the offices and
        // the figures only, so a copy of it would be a question no measure uses.
        for q in original_q.iter().filter(|q| {
            !matches!(
                q.get("id").and_then(Value::as_str),
                Some("groups") | Some("county")
            )
        }) {
            let mut q = q.clone();
            let id = format!(
                "{}{suffix}",
                q.get("id").and_then(Value::as_str).unwrap_or_default()
            );
            q.as_table_mut()
                .map(|t| t.insert("id".into(), Value::String(id.clone())));
            ftl.push_str(&format!("q-{id} = q\n    .help = h\n    .short = s\n"));
            if q.get("changeable").and_then(Value::as_bool) == Some(true) {
                ftl.push_str("    .change = c\n");
            }
            for o in q
                .get("options")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                ftl.push_str(&format!(
                    "opt-{id}-{} = o\n",
                    o.as_str().unwrap_or_default()
                ));
            }
            all_q.push(q);
        }
        for m in &original_m {
            let mut m = m.clone();
            let id = format!(
                "{}-{k}",
                m.get("id").and_then(Value::as_str).unwrap_or_default()
            );
            rename_questions(&mut m, &suffix);
            ftl.push_str(&format!(
                "m-{id} = t\n    .benefit = b\n    .review = r\n    .contact = c\n"
            ));
            m.as_table_mut()
                .map(|t| t.insert("id".into(), Value::String(id)));
            all_m.push(m);
        }
    }
    let mut q = toml::Table::new();
    q.insert("question".into(), Value::Array(all_q));
    let mut m = toml::Table::new();
    m.insert("measure".into(), Value::Array(all_m));
    files.insert(
        "questions.toml".into(),
        toml::to_string(&q).unwrap_or_default().into_bytes(),
    );
    files.insert(
        "measures.toml".into(),
        toml::to_string(&m).unwrap_or_default().into_bytes(),
    );
    for locale in ["zh-CN", "zh-TW", "en"] {
        files.insert(
            format!("locales/{locale}/synthetic.ftl"),
            ftl.clone().into_bytes(),
        );
    }
    match PolicyPack::load(&files) {
        Ok(pack) => pack,
        Err(e) => panic!("the synthetic pack is invalid: {e:?}"),
    }
}

fn step(c: &mut Criterion) {
    let on = parse_date("2026-11-28").unwrap_or(time::Date::MIN);
    let mut group = c.benchmark_group("step");
    for copies in [1, 10, 50] {
        let pack = synthetic(copies);
        // Half-way through a veteran who is also a returning migrant worker.
        let answers = Answers::from_json(
            &pack,
            r#"{"groups": ["veteran", "migrant_worker"], "rural_business": true}"#,
        )
        .unwrap_or_default();
        let measures = pack.measures.len();
        group.bench_with_input(
            BenchmarkId::new("answer-next-question-and-verdicts", measures),
            &pack,
            |b, pack| {
                b.iter(|| {
                    let mut a = answers.clone();
                    let _ = a.set(pack, "has_ip", Answer::Bool(false));
                    // As the app's step does it: one evaluation gives the verdicts, and the
                    // next question is read off them.
                    let verdicts = evaluate(pack, &a, on);
                    let next = flow::Plan::new(pack, &verdicts, &a)
                        .next()
                        .map(|q| q.id.len());
                    black_box((next, verdicts))
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, step);
criterion_main!(benches);

/// The clone being measured: cargo's run-time `CARGO_MANIFEST_DIR` before the compiled-in one,
/// since one target directory serves clones at different paths.
fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}
