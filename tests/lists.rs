//! 政策找人 (issue #17): lists read from files the tests make — XLSX, ODS, CSV in UTF-8, UTF-8
//! with a BOM and GBK — and one checked-in XLS (`tests/fixtures/lists/veterans.xls`, made by
//! `scripts/make-xls-fixture.py`), each with a merged title, a blank row, a date column, a
//! "是 " with a space and an unknown value; screened through the desk, and the output workbook
//! read back with calamine and held to what the engine says for each person alone.

use std::io::Write;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader};
use navigator::batch::{List, ListError, Mapping, Source, TextEncoding};
use navigator::desk::{Desk, Opening};
use navigator::{evaluate, Locale};
use time::Date;

use crate::support::{answers, date, localizer, pack};

pub const HEADERS: [&str; 7] = [
    "姓名",
    "身份证号",
    "人员类别",
    "是否在农村创业",
    "所在县",
    "退役日期",
    "联系电话",
];

/// The invented people of every test list (the XLS fixture holds the same); `None` is the
/// blank row. Row 4 holds a group nobody maps: it goes to the errors.
pub fn people() -> Vec<Option<[&'static str; 7]>> {
    vec![
        Some([
            "张三",
            "140602199001011234",
            "退役军人",
            "是 ",
            "平鲁区",
            "2020-09-01",
            "13900000001",
        ]),
        Some([
            "李四",
            "140602199202021234",
            "退役军人、外出打工后回乡创业的农民工",
            "否",
            "怀仁市",
            "2019-03-15",
            "13900000002",
        ]),
        None,
        Some([
            "王五",
            "140602199303031234",
            "高校毕业生（大专、本科、研究生毕业）",
            "",
            "应县",
            "",
            "13900000003",
        ]),
        Some([
            "赵六",
            "140602199404041234",
            "外星人",
            "是",
            "朔城区",
            "",
            "13900000004",
        ]),
    ]
}

/// What a consultation would be given for each person who can be read, by hand.
fn answers_of(name: &str) -> serde_json::Value {
    match name {
        "张三" => {
            serde_json::json!({"groups": ["veteran"], "rural_business": true, "county": "pinglu"})
        }
        "李四" => {
            serde_json::json!({"groups": ["veteran", "migrant_worker"], "rural_business": false, "county": "huairen"})
        }
        "王五" => serde_json::json!({"groups": ["graduate"], "county": "yingxian"}),
        other => panic!("nobody called {other} can be read"),
    }
}

pub const MAPPING: &str = r#"
[[column]]
header = "人员类别"
question = "groups"

[[column]]
header = "是否在农村创业"
question = "rural_business"

[[column]]
header = "所在县"
question = "county"
"#;

pub const TITLE: &str = "2026年退役军人名单（示例，人物虚构）";

/// The list as CSV text: title, header, people.
pub fn csv_text() -> String {
    let mut text = format!("{TITLE},,,,,,\n{}\n", HEADERS.join(","));
    for row in people() {
        match row {
            Some(cells) => {
                let quoted: Vec<String> = cells.iter().map(|c| format!("\"{c}\"")).collect();
                text.push_str(&quoted.join(","));
            }
            None => text.push_str(",,,,,,"),
        }
        text.push('\n');
    }
    text
}

pub fn write_xlsx(path: &Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("名单").unwrap();
    let plain = rust_xlsxwriter::Format::new();
    sheet.merge_range(0, 0, 0, 6, TITLE, &plain).unwrap();
    for (c, h) in (0u16..).zip(HEADERS) {
        sheet.write_string(1, c, h).unwrap();
    }
    let day = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    for (r, row) in (2u32..).zip(people()) {
        for (c, cell) in (0u16..).zip(row.iter().flatten()) {
            if cell.is_empty() {
                continue;
            }
            if c == 5 {
                let d = rust_xlsxwriter::ExcelDateTime::parse_from_str(cell).unwrap();
                sheet.write_datetime_with_format(r, c, &d, &day).unwrap();
            } else {
                sheet.write_string(r, c, *cell).unwrap();
            }
        }
    }
    book.save(path).unwrap();
}

pub fn write_ods(path: &Path) {
    let cell = |c: usize, text: &str| -> String {
        if text.is_empty() {
            "<table:table-cell/>".to_owned()
        } else if c == 5 {
            format!("<table:table-cell office:value-type=\"date\" office:date-value=\"{text}\"><text:p>{text}</text:p></table:table-cell>")
        } else {
            format!("<table:table-cell office:value-type=\"string\"><text:p>{text}</text:p></table:table-cell>")
        }
    };
    let mut rows = format!(
        "<table:table-row><table:table-cell table:number-columns-spanned=\"7\" office:value-type=\"string\"><text:p>{TITLE}</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated=\"6\"/></table:table-row>"
    );
    rows.push_str("<table:table-row>");
    for (c, h) in HEADERS.iter().enumerate() {
        rows.push_str(&cell(c, h));
    }
    rows.push_str("</table:table-row>");
    for row in people() {
        rows.push_str("<table:table-row>");
        match row {
            Some(cells) => cells
                .iter()
                .enumerate()
                .for_each(|(c, t)| rows.push_str(&cell(c, t))),
            None => rows.push_str("<table:table-cell table:number-columns-repeated=\"7\"/>"),
        }
        rows.push_str("</table:table-row>");
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="名单">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("META-INF/manifest.xml", manifest),
        ("content.xml", content.as_str()),
    ] {
        zip.start_file(name, stored).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
}

/// The list in every format, each with what it should be read as.
pub fn every_format(dir: &Path) -> Vec<(PathBuf, Source)> {
    let xlsx = dir.join("list.xlsx");
    write_xlsx(&xlsx);
    let ods = dir.join("list.ods");
    write_ods(&ods);
    let utf8 = dir.join("list-utf8.csv");
    std::fs::write(&utf8, csv_text()).unwrap();
    let bom = dir.join("list-bom.csv");
    std::fs::write(&bom, format!("\u{feff}{}", csv_text())).unwrap();
    let gbk = dir.join("list-gbk.csv");
    let text = csv_text();
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(&text);
    assert!(!unmappable);
    std::fs::write(&gbk, bytes).unwrap();
    vec![
        (xlsx, Source::Xlsx),
        (
            crate::support::root().join("tests/fixtures/lists/veterans.xls"),
            Source::Xls,
        ),
        (ods, Source::Ods),
        (utf8, Source::Csv(TextEncoding::Utf8)),
        (bom, Source::Csv(TextEncoding::Utf8Bom)),
        (gbk, Source::Csv(TextEncoding::Gb18030)),
    ]
}

fn desk_in(dir: &Path, on: Date) -> Desk {
    Desk::open(Opening {
        data_dir: Some(dir.to_path_buf()),
        on: Some(on),
        env: |_| None,
        ..Opening::default()
    })
    .expect("the desk opens")
}

/// A sheet of a workbook as text cells.
pub fn sheet(path: &Path, name: &str) -> Vec<Vec<String>> {
    let mut book = calamine::open_workbook_auto(path).unwrap();
    let range = book.worksheet_range(name).unwrap();
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Float(f) => format!("{f}"),
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

#[test]
fn every_format_is_read_into_the_same_header_and_rows_with_its_encoding_named() {
    let dir = tempfile::tempdir().unwrap();
    for (path, source) in every_format(dir.path()) {
        let list = List::read(&path, None).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        assert_eq!(list.source, source, "{path:?}");
        assert_eq!(
            list.headers, HEADERS,
            "{path:?}: the merged title is not the header"
        );
        assert_eq!(
            list.blank, 1,
            "{path:?}: the blank row is counted, not screened"
        );
        let names: Vec<&str> = list.rows.iter().map(|r| r.cells[0].as_str()).collect();
        assert_eq!(names, ["张三", "李四", "王五", "赵六"], "{path:?}");
        assert_eq!(
            list.rows[0].cells[5], "2020-09-01",
            "{path:?}: the date cell as a date"
        );
        assert_eq!(
            list.rows[0].cells[1], "140602199001011234",
            "{path:?}: the ID whole"
        );
        assert_eq!(
            list.rows[0].line, 3,
            "{path:?}: row numbers as a spreadsheet shows them"
        );
    }
}

#[test]
fn each_row_of_the_output_says_what_the_engine_says_for_that_person_alone() {
    let dir = tempfile::tempdir().unwrap();
    let on = date("2026-11-28");
    let desk = desk_in(&dir.path().join("data"), on);
    let staff = desk.at_terminal();
    let mapping = staff.read_mapping(MAPPING).unwrap();
    let loc = localizer();
    for (path, _) in every_format(dir.path()) {
        let list = staff.read_list(&path, None).unwrap();
        let out = dir.path().join("out.xlsx");
        let summary = staff
            .screen_list(Locale::ZhCn, &list, &mapping, &out, &mut |_, _| true)
            .unwrap();
        assert_eq!(
            (summary.rows_in, summary.screened, summary.in_error),
            (4, 3, 1)
        );
        let rows = sheet(&out, "逐人结果");
        assert_eq!(rows.len(), 4, "{path:?}: a heading and three people");
        let measures = &rows[0][9..];
        assert_eq!(measures.len(), pack().measures.len());
        for row in &rows[1..] {
            let name = &row[1];
            assert_eq!(
                &row[1..8],
                &list
                    .rows
                    .iter()
                    .find(|r| &r.cells[0] == name)
                    .unwrap()
                    .cells[..],
                "{path:?}: every column carried unchanged"
            );
            let verdicts = evaluate(pack(), &answers(answers_of(name)), on);
            let expected: Vec<String> = verdicts
                .iter()
                .map(|v| {
                    loc.app(
                        Locale::ZhCn,
                        &format!("list-status-{}", v.status.key()),
                        &[],
                    )
                })
                .collect();
            assert_eq!(&row[9..], &expected[..], "{path:?}: {name}");
        }
        let errors = sheet(&out, "错误");
        assert_eq!(errors.len(), 2, "{path:?}");
        assert_eq!(&errors[1][1..3], ["人员类别", "外星人"], "{path:?}");
        assert!(
            errors[1][3].contains("外星人"),
            "{path:?}: {}",
            errors[1][3]
        );
    }
}

#[test]
fn a_question_the_list_does_not_answer_is_unknown_not_no() {
    let list = List::from_csv("姓名,所在县\n张三,平鲁区\n".as_bytes()).unwrap();
    let mapping = Mapping::from_toml(
        "[[column]]\nheader = \"所在县\"\nquestion = \"county\"\n",
        pack(),
    )
    .unwrap();
    let on = date("2026-11-28");
    let screening =
        navigator::batch::screen(&list, &mapping, pack(), localizer(), on, &mut |_, _| true)
            .unwrap();
    let found = &screening.rows[0].found;
    let engine = evaluate(
        pack(),
        &answers(serde_json::json!({"county": "pinglu"})),
        on,
    );
    for (f, v) in found.iter().zip(&engine) {
        assert_eq!(f.key(), v.status.key(), "{}", v.measure);
    }
    assert!(found.iter().any(|f| f.key() == "unknown"));
    assert_eq!(
        screening.rows[0].ask.as_deref(),
        Some("groups"),
        "who the person is decides most"
    );
}

#[test]
fn ten_thousand_rows_are_all_accounted_for_and_every_bad_one_is_in_the_errors() {
    let mut text = String::from("姓名,人员类别,是否在农村创业\n");
    let mut bad = 0;
    for i in 0..10_000 {
        let group = if i % 97 == 0 {
            bad += 1;
            "不知道是谁"
        } else if i % 2 == 0 {
            "退役军人"
        } else {
            "高校毕业生（大专、本科、研究生毕业）"
        };
        text.push_str(&format!(
            "某{i},{group},{}\n",
            if i % 3 == 0 { "是" } else { "否" }
        ));
    }
    let list = List::from_csv(text.as_bytes()).unwrap();
    let mapping = Mapping::from_toml("[[column]]\nheader = \"人员类别\"\nquestion = \"groups\"\n[[column]]\nheader = \"是否在农村创业\"\nquestion = \"rural_business\"\n", pack()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_in(&dir.path().join("data"), date("2026-11-28"));
    let out = dir.path().join("out.xlsx");
    let mut reports = 0;
    let summary = desk
        .at_terminal()
        .screen_list(Locale::En, &list, &mapping, &out, &mut |_, _| {
            reports += 1;
            true
        })
        .unwrap();
    assert_eq!(summary.rows_in, 10_000);
    assert_eq!(summary.in_error, bad);
    assert_eq!(summary.rows_in, summary.screened + summary.in_error);
    assert!(
        reports >= 20,
        "progress is reported as the rows go ({reports})"
    );
    assert_eq!(sheet(&out, "Every row").len(), summary.screened + 1);
    assert_eq!(sheet(&out, "Errors").len(), bad + 1);
}

#[test]
fn a_mapping_that_names_an_unknown_question_or_option_is_refused() {
    let unknown_q = Mapping::from_toml(
        "[[column]]\nheader = \"x\"\nquestion = \"shoe_size\"\n",
        pack(),
    );
    assert!(matches!(unknown_q, Err(ListError::UnknownQuestion(q)) if q == "shoe_size"));
    let unknown_o = Mapping::from_toml("[[column]]\nheader = \"x\"\nquestion = \"groups\"\n[column.values]\n\"军人\" = \"soldier\"\n", pack());
    assert!(
        matches!(unknown_o, Err(ListError::UnknownOption { option, .. }) if option == "soldier")
    );
    let twice = Mapping::from_toml("[[column]]\nheader = \"x\"\nquestion = \"county\"\n[[column]]\nheader = \"y\"\nquestion = \"county\"\n", pack());
    assert!(matches!(twice, Err(ListError::QuestionTwice(_))));
    assert!(matches!(
        Mapping::from_toml("[[column]\n", pack()),
        Err(ListError::MappingSyntax { .. })
    ));
}

#[test]
fn the_suggested_mapping_finds_the_group_and_county_columns_and_leaves_names_and_ids_alone() {
    let list = List::from_csv(csv_text().as_bytes()).unwrap();
    let suggestion = navigator::batch::suggest(&list, pack(), localizer());
    let mapped: Vec<(&str, &str)> = suggestion
        .mapping
        .columns
        .iter()
        .map(|c| (c.header.as_str(), c.question.as_str()))
        .collect();
    assert!(mapped.contains(&("人员类别", "groups")), "{mapped:?}");
    assert!(mapped.contains(&("所在县", "county")), "{mapped:?}");
    assert!(
        mapped.contains(&("是否在农村创业", "rural_business")),
        "{mapped:?}"
    );
    for carried in ["姓名", "身份证号", "联系电话"] {
        assert!(
            suggestion.carried.iter().any(|c| c == carried),
            "{carried}: {mapped:?}"
        );
    }
    assert_eq!(
        suggestion.unplaced.get("人员类别"),
        Some(&vec!["外星人".to_owned()])
    );
    // The file it prints reads back as the same mapping.
    let text = suggestion.to_toml(localizer(), Locale::ZhCn);
    assert_eq!(
        Mapping::from_toml(&text, pack()).unwrap(),
        suggestion.mapping
    );
}

#[test]
fn a_screened_list_is_noted_by_its_count_and_file_and_no_name_reaches_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let desk = desk_in(&data, date("2026-11-28"));
    let staff = desk.at_terminal();
    let list = List::from_csv(csv_text().as_bytes()).unwrap();
    let mapping = staff.read_mapping(MAPPING).unwrap();
    staff
        .screen_list(
            Locale::ZhCn,
            &list,
            &mapping,
            &dir.path().join("名单结果.xlsx"),
            &mut |_, _| true,
        )
        .unwrap();
    let log = staff.audit_log(Locale::ZhCn).unwrap();
    assert!(
        log.iter().any(|e| e.detail == "4 rows -> 名单结果.xlsx"),
        "{log:?}"
    );
    drop(desk);
    for entry in walk(&data) {
        let bytes = std::fs::read(&entry).unwrap();
        for secret in ["张三", "13900000001", "140602199001011234"] {
            let found = bytes.windows(secret.len()).any(|w| w == secret.as_bytes());
            assert!(!found, "{secret} in {entry:?}");
        }
    }
}

#[test]
fn a_cancelled_screening_writes_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_in(&dir.path().join("data"), date("2026-11-28"));
    let staff = desk.at_terminal();
    let list = List::from_csv(csv_text().as_bytes()).unwrap();
    let mapping = staff.read_mapping(MAPPING).unwrap();
    let out = dir.path().join("out.xlsx");
    let cancelled = staff.screen_list(Locale::ZhCn, &list, &mapping, &out, &mut |_, _| false);
    assert!(cancelled.is_err());
    assert!(!out.exists());
}

#[test]
fn a_csv_file_in_neither_utf8_nor_gbk_is_refused_not_read_as_garbage() {
    let bytes = [b'a', b',', b'b', b'\n', 0xFF, 0xFF, 0xFF, b',', b'x', b'\n'];
    assert!(matches!(List::from_csv(&bytes), Err(ListError::Encoding)));
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}
