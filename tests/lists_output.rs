//! 政策找人: the output workbook, from the independent review of issue #17 — never written over
//! the list itself or over a file already there (unless staff say so), only as `.xlsx`, no
//! part file with personal data left behind on a failure, no panic when the temporary folder is
//! unusable, a cell too long for a workbook said as such, and each status worded for what the
//! measure offers.

use std::path::{Path, PathBuf};
use std::process::Command;

use navigator::batch::{List, ListError};
use navigator::desk::{Desk, DeskError, Existing, Opening};
use navigator::message::Explain;
use navigator::Locale;

use crate::lists_files::{csv_text, list_map_out, write_xlsx, MAPPING};
use crate::support::{date, localizer};

fn desk_in(dir: &Path) -> Desk {
    Desk::open(Opening {
        data_dir: Some(dir.join("data")),
        on: Some(date("2026-11-28")),
        env: |_| None,
        ..Opening::default()
    })
    .expect("the desk opens")
}

/// The names of the files in `dir`.
fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "data")
        .collect();
    names.sort();
    names
}

fn list_error(result: Result<navigator::batch::Summary, DeskError>) -> ListError {
    match result {
        Err(DeskError::List(e)) => e,
        other => panic!("expected a list error, got {other:?}"),
    }
}

#[test]
fn the_output_is_never_written_over_the_list_itself() {
    // issue #17 review: `-o` naming the list replaced it with the results.
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_in(dir.path());
    let staff = desk.at_terminal();
    let path = dir.path().join("名单.xlsx");
    write_xlsx(&path);
    let before = std::fs::read(&path).unwrap();
    let list = staff.read_list(&path, None).unwrap();
    let mapping = staff.read_mapping(MAPPING).unwrap();
    let same = dir.path().join(".").join("名单.xlsx");
    for existing in [Existing::Refuse, Existing::Replace] {
        let e = list_error(staff.screen_list_to(
            Locale::ZhCn,
            &list,
            &mapping,
            &same,
            existing,
            &mut |_| true,
        ));
        assert!(matches!(e, ListError::OutputIsInput), "{e:?}");
    }
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the list is untouched"
    );
}

#[test]
fn an_output_that_exists_or_is_not_xlsx_is_refused_unless_staff_replace_it() {
    // issue #17 review: last month's results were silently overwritten, and `-o out.csv` wrote
    // a workbook under a CSV name.
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_in(dir.path());
    let staff = desk.at_terminal();
    let list = List::from_csv(csv_text().as_bytes()).unwrap();
    let mapping = staff.read_mapping(MAPPING).unwrap();
    let csv = dir.path().join("结果.csv");
    let e = list_error(staff.screen_list(Locale::ZhCn, &list, &mapping, &csv, &mut |_| true));
    assert!(matches!(e, ListError::OutputNotXlsx(_)), "{e:?}");
    assert!(!csv.exists());

    let out = dir.path().join("结果.xlsx");
    std::fs::write(&out, "last month").unwrap();
    let e = list_error(staff.screen_list(Locale::ZhCn, &list, &mapping, &out, &mut |_| true));
    assert!(matches!(e, ListError::OutputExists(_)), "{e:?}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "last month");
    staff
        .screen_list_to(
            Locale::ZhCn,
            &list,
            &mapping,
            &out,
            Existing::Replace,
            &mut |_| true,
        )
        .unwrap();
    assert_ne!(std::fs::read(&out).unwrap(), b"last month");
    for e in [
        ListError::OutputIsInput,
        ListError::OutputNotXlsx(PathBuf::from("结果.csv")),
        ListError::OutputExists(PathBuf::from("结果.xlsx")),
    ] {
        for locale in Locale::ALL {
            let said = localizer().say(locale, &e.message());
            assert!(!said.contains("list-error"), "{locale:?}: {said}");
        }
    }
}

#[test]
fn a_cell_too_long_for_a_workbook_is_said_as_such_and_leaves_no_part_file() {
    // issue #17 review: a cell past 32,767 characters was reported as a disk that failed, and
    // a failed write must leave no part file: it holds personal data.
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_in(dir.path());
    let staff = desk.at_terminal();
    let text = format!(
        "姓名,人员类别,备注\n张三,退役军人,短\n李四,退役军人,{}\n",
        "长".repeat(40_000)
    );
    let list = List::from_csv(text.as_bytes()).unwrap();
    let mapping = staff
        .read_mapping("[[column]]\nheader = \"人员类别\"\nquestion = \"groups\"\n")
        .unwrap();
    let out = dir.path().join("结果.xlsx");
    let e = list_error(staff.screen_list(Locale::ZhCn, &list, &mapping, &out, &mut |_| true));
    match &e {
        ListError::CellTooLong { line, column } => {
            assert_eq!((*line, column.as_str()), (3, "备注"));
        }
        other => panic!("{other:?}"),
    }
    let said = localizer().say(Locale::ZhCn, &e.message());
    assert!(said.contains("备注") && said.contains('3'), "{said}");
    assert!(
        files_in(dir.path()).is_empty(),
        "{:?}",
        files_in(dir.path())
    );
}

#[test]
fn an_unusable_temporary_folder_is_an_error_not_a_panic_and_leaves_no_part_file() {
    // issue #17 review: rust_xlsxwriter opens a file in TMPDIR for every sheet and panics when
    // it cannot; the part file with the list's people was left behind.
    let dir = tempfile::tempdir().unwrap();
    let (list, map, out) = list_map_out(dir.path());
    let run = Command::new(env!("CARGO_BIN_EXE_navigator"))
        .env("NAVIGATOR_DATA_DIR", dir.path().join("data"))
        .env("TMPDIR", dir.path().join("no-such-folder"))
        .env("LANG", "zh_CN.UTF-8")
        .args(["batch", "--lang", "zh-CN"])
        .arg(&list)
        .arg("--map")
        .arg(&map)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.contains("临时文件夹"), "{stderr}");
    assert_eq!(files_in(dir.path()), ["list.csv", "map.toml"]);
}
