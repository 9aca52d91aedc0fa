//! `navigator batch` as staff run it: the exit codes the README promises (0 done, 1 some rows
//! in errors with the workbook still written, 2 unusable input) and `--suggest-map`.

use std::process::{Command, Output};

use crate::lists_files::{csv_text, list_map_out, sheet};

fn batch(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_navigator"))
        .env("NAVIGATOR_DATA_DIR", dir.join("data"))
        .arg("batch")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_list_with_a_row_in_errors_exits_1_and_still_writes_the_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let (list, map, out) = list_map_out(dir.path());
    let (l, m, o) = (
        list.to_str().unwrap(),
        map.to_str().unwrap(),
        out.to_str().unwrap(),
    );
    let run = batch(dir.path(), &[l, "--map", m, "-o", o, "--on", "2026-11-28"]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    assert!(stderr(&run).contains("CSV UTF-8"), "{}", stderr(&run));
    assert_eq!(sheet(&out, "错误").len(), 2);

    // Without the person nobody can read, the same list is done: exit 0.
    let good: String = csv_text()
        .lines()
        .filter(|l| !l.contains("外星人"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&list, good).unwrap();
    // issue #17 review: the earlier workbook was silently replaced; now only with --force.
    let before = std::fs::read(&out).unwrap();
    let run = batch(dir.path(), &[l, "--map", m, "-o", o]);
    assert_eq!(run.status.code(), Some(2), "{}", stderr(&run));
    assert!(stderr(&run).contains("--force"), "{}", stderr(&run));
    assert_eq!(
        std::fs::read(&out).unwrap(),
        before,
        "the earlier workbook is kept"
    );
    let run = batch(dir.path(), &[l, "--map", m, "-o", o, "--force"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(sheet(&out, "错误").len(), 1);
}

#[test]
fn unusable_input_exits_2_with_one_line_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("list.csv");
    std::fs::write(&list, csv_text()).unwrap();
    let bad_map = dir.path().join("bad.toml");
    std::fs::write(
        &bad_map,
        "[[column]]\nheader = \"所在县\"\nquestion = \"shoe_size\"\n",
    )
    .unwrap();
    let no_column = dir.path().join("no-column.toml");
    std::fs::write(
        &no_column,
        "[[column]]\nheader = \"户籍\"\nquestion = \"county\"\n",
    )
    .unwrap();
    // issue #17 review: an empty mapping screened every row with nothing known, exit 0.
    let empty = dir.path().join("empty.toml");
    std::fs::write(&empty, "# 名单映射\n").unwrap();
    let out = dir.path().join("out.xlsx");
    let (l, o) = (list.to_str().unwrap(), out.to_str().unwrap());
    let missing = dir.path().join("missing.xlsx");
    for (args, words) in [
        (
            vec![l, "--map", empty.to_str().unwrap(), "-o", o],
            "映射里没有任何一列",
        ),
        (
            vec![l, "--map", bad_map.to_str().unwrap(), "-o", o],
            "shoe_size",
        ),
        (
            vec![l, "--map", no_column.to_str().unwrap(), "-o", o],
            "户籍",
        ),
        (
            vec![missing.to_str().unwrap(), "--suggest-map"],
            "missing.xlsx",
        ),
        (
            vec![
                l,
                "--map",
                bad_map.to_str().unwrap(),
                "-o",
                o,
                "--on",
                "2026-02-30",
            ],
            "2026-02-30",
        ),
    ] {
        let run = batch(dir.path(), &args);
        assert_eq!(run.status.code(), Some(2), "{args:?}: {}", stderr(&run));
        let said = stderr(&run);
        assert_eq!(said.lines().count(), 1, "{said}");
        assert!(said.contains(words), "{said}");
        assert!(!out.exists(), "nothing written for {args:?}");
    }
}

#[test]
fn suggest_map_prints_a_mapping_file_that_screens_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("list.csv");
    std::fs::write(&list, csv_text()).unwrap();
    let l = list.to_str().unwrap();
    let run = batch(dir.path(), &[l, "--suggest-map"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let map = dir.path().join("map.toml");
    std::fs::write(&map, &run.stdout).unwrap();
    let out = dir.path().join("out.xlsx");
    let run = batch(
        dir.path(),
        &[
            l,
            "--map",
            map.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(
        run.status.code(),
        Some(1),
        "外星人 is still unplaced: {}",
        stderr(&run)
    );
    assert_eq!(sheet(&out, "逐人结果").len(), 4);
}

#[test]
fn a_sheet_named_for_a_csv_list_is_refused_as_unusable_and_nothing_is_written() {
    // issue #17: --sheet was silently ignored for a CSV file, so staff who meant another file's
    // sheet screened the CSV list without knowing.
    let dir = tempfile::tempdir().unwrap();
    let (list, map, out) = list_map_out(dir.path());
    let (l, m, o) = (
        list.to_str().unwrap(),
        map.to_str().unwrap(),
        out.to_str().unwrap(),
    );
    for (lang, words) in [
        ("zh-CN", "CSV 文件没有工作表"),
        ("en", "A CSV file has no sheets"),
    ] {
        for args in [
            vec![l, "--lang", lang, "--sheet", "名单", "--map", m, "-o", o],
            vec![l, "--lang", lang, "--sheet", "名单", "--suggest-map"],
        ] {
            let run = batch(dir.path(), &args);
            assert_eq!(run.status.code(), Some(2), "{args:?}: {}", stderr(&run));
            let said = stderr(&run);
            assert_eq!(said.lines().count(), 1, "{said}");
            assert!(said.contains(words) && said.contains("名单"), "{said}");
            assert!(run.stdout.is_empty(), "no mapping printed for {args:?}");
            assert!(!out.exists(), "nothing written for {args:?}");
        }
    }
}

/// On a terminal, one line on stderr says how far the screening is, rewritten in place and
/// wiped at the end; through a pipe (as every other test here reads it) there is no such line.
/// The terminal is `script`'s (util-linux): Linux only.
#[cfg(target_os = "linux")]
#[test]
fn a_terminal_sees_how_far_it_is_and_a_pipe_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("list.csv");
    let mut text = String::from("姓名,人员类别,是否在农村创业,所在县\n");
    for i in 0..3_000 {
        text.push_str(&format!("某{i},退役军人,是,应县\n"));
    }
    std::fs::write(&list, text).unwrap();
    let map = dir.path().join("map.toml");
    std::fs::write(&map, crate::lists_files::MAPPING).unwrap();
    let on_terminal = format!(
        "{} batch {} --map {} -o {} --on 2026-11-28",
        env!("CARGO_BIN_EXE_navigator"),
        list.display(),
        map.display(),
        dir.path().join("tty.xlsx").display(),
    );
    let tty = Command::new("script")
        .args(["-qec", &on_terminal, "/dev/null"])
        .env("NAVIGATOR_DATA_DIR", dir.path().join("data"))
        .output()
        .expect("script runs");
    assert_eq!(tty.status.code(), Some(0), "{}", stderr(&tty));
    // script hands the terminal's output (stderr included) to its stdout.
    let seen = String::from_utf8_lossy(&tty.stdout);
    // Step 1 too (it was never said): the reading, said before it starts.
    for step in [
        "第 1 步（共 4 步）",
        "第 2 步（共 4 步）",
        "第 3 步（共 4 步）",
        "第 4 步（共 4 步）",
    ] {
        assert!(seen.contains(&format!("\r{step}")), "{step}: {seen:?}");
    }
    let done = seen.find("已筛查 3000 行").expect("the last line");
    let wiped = seen[..done].rfind('\r').expect("wiped");
    assert!(seen[wiped..done].trim().is_empty(), "{seen:?}");

    // A mapping refused after the reading: the line is wiped before the refusal is said.
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "[[column]]\nheader = \"人员类别\"\nquestion = \"nope\"\n",
    )
    .unwrap();
    let refused = on_terminal.replace(&map.display().to_string(), &bad.display().to_string());
    let tty = Command::new("script")
        .args(["-qec", &refused, "/dev/null"])
        .env("NAVIGATOR_DATA_DIR", dir.path().join("data"))
        .output()
        .expect("script runs");
    let seen = String::from_utf8_lossy(&tty.stdout);
    let said = seen.find("navigator: ").expect("the refusal");
    let wiped = seen[..said].rfind('\r').expect("wiped");
    assert!(seen[wiped..said].trim().is_empty(), "{seen:?}");
    assert!(seen.contains("nope"), "{seen:?}");

    let (l, m, o) = (
        list.to_str().unwrap(),
        map.to_str().unwrap(),
        dir.path().join("pipe.xlsx"),
    );
    let piped = batch(dir.path(), &[l, "--map", m, "-o", o.to_str().unwrap()]);
    assert_eq!(piped.status.code(), Some(0), "{}", stderr(&piped));
    assert!(!stderr(&piped).contains('\r'), "{}", stderr(&piped));
    assert!(!stderr(&piped).contains("步"), "{}", stderr(&piped));
}

/// Ctrl-C while a list is written stops it as the app's Cancel does: exit 130, said in words,
/// and no part file with the list's names left in the output's folder (issue #17 review: the
/// process died with a `.part` file of personal data on the disk). So do the signals a
/// system sends to end a program — at shutdown (TERM), or when the terminal closes (HUP) —
/// which once left the part file as well.
#[cfg(unix)]
#[test]
fn ctrl_c_or_a_shutdown_while_the_workbook_is_written_leaves_no_part_file() {
    for signal in ["INT", "TERM", "HUP"] {
        stopped_while_written(signal);
    }
}

#[cfg(unix)]
fn stopped_while_written(signal: &str) {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("list.csv");
    let groups = [
        "退役军人",
        "女性创业者",
        "高校毕业生（大专、本科、研究生毕业）",
    ];
    let mut text = String::from("姓名,联系电话,人员类别,是否在农村创业,所在县\n");
    for i in 0..60_000 {
        let rural = ["是", "否", ""][i % 3];
        text.push_str(&format!("某{i},139{i:08},{},{rural},应县\n", groups[i % 3]));
    }
    std::fs::write(&list, text).unwrap();
    let map = dir.path().join("map.toml");
    std::fs::write(&map, crate::lists_files::MAPPING).unwrap();
    let results = dir.path().join("results");
    std::fs::create_dir(&results).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_navigator"))
        .env("NAVIGATOR_DATA_DIR", dir.path().join("data"))
        .arg("batch")
        .arg(&list)
        .arg("--map")
        .arg(&map)
        .arg("-o")
        .arg(results.join("out.xlsx"))
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The part file appears when the writing starts.
    let started = std::time::Instant::now();
    while std::fs::read_dir(&results).unwrap().next().is_none() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(120),
            "no part file"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let kill = Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let out = child.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{signal}: {said}");
    assert!(
        said.contains("筛查已取消，没有写入结果"),
        "{signal}: {said}"
    );
    let left: Vec<_> = std::fs::read_dir(&results).unwrap().collect();
    assert!(left.is_empty(), "{signal}: {left:?}");
}

/// A disk that fills up while the workbook's sheets are written (issue #17 review): the
/// workbook library panics in its own code, which is caught and said in words — with no
/// panic message or backtrace above it — exit code 2, and nothing left in the output's
/// folder. A full disk is made with a file size limit (`ulimit -f`, its signal ignored so that
/// a write past it fails as a full disk's does), which the list's sheets pass long before the
/// workbook is saved.
#[cfg(target_os = "linux")]
#[test]
fn a_disk_full_while_the_sheets_are_written_is_said_in_words_alone() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("list.csv");
    let mut text = String::from("姓名,人员类别,是否在农村创业,所在县\n");
    for i in 0..20_000 {
        let group = ["退役军人", "高校毕业生", "返乡农民工"][i % 3];
        text.push_str(&format!("人{i},{group},是,应县\n"));
    }
    std::fs::write(&list, text).unwrap();
    let map = dir.path().join("list.map.toml");
    std::fs::write(
        &map,
        "[[column]]\nheader = \"人员类别\"\nquestion = \"groups\"\n\n\
         [[column]]\nheader = \"是否在农村创业\"\nquestion = \"rural_business\"\n",
    )
    .unwrap();
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let run = Command::new("sh")
        .arg("-c")
        .arg("ulimit -f 300; trap '' XFSZ; exec \"$@\"")
        .arg("sh")
        .arg(env!("CARGO_BIN_EXE_navigator"))
        .args(["batch", "--lang", "zh-CN"])
        .arg(&list)
        .arg("--map")
        .arg(&map)
        .arg("-o")
        .arg(out_dir.join("结果.xlsx"))
        .env("NAVIGATOR_DATA_DIR", dir.path().join("data"))
        .env("TMPDIR", dir.path())
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    let said = stderr(&run);
    assert_eq!(run.status.code(), Some(2), "{said}");
    // The file size limit's own words (the system's "file too large"), not "an error".
    let too_large =
        navigator::Localizer::app_only()
            .unwrap()
            .app(navigator::Locale::ZhCn, "io-too-large", &[]);
    assert!(said.contains("navigator: 无法写入"), "{said}");
    assert!(said.contains(&too_large), "{too_large}: {said}");
    for inner in ["panicked", "xml file", "backtrace", "rust_xlsxwriter"] {
        assert!(!said.contains(inner), "{inner}: {said}");
    }
    let left: Vec<_> = std::fs::read_dir(&out_dir).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");
}
