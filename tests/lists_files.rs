//! The lists the tests of 政策找人 read: one set of invented people written as XLSX
//! (rust_xlsxwriter), ODS (a zip the test writes by hand), CSV in UTF-8, UTF-8 with a BOM and
//! GBK — each with a title merged across the top, a blank row, a date column, a "是 " with a
//! space and a group nobody maps — plus the checked-in XLS fixture with the same content
//! (`tests/fixtures/lists/veterans.xls`, made by `scripts/make-xls-fixture.py`); and a sheet
//! of an output workbook read back with calamine.

use std::io::Write;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader};
use navigator::batch::{Source, TextEncoding};

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

/// The CSV list (`list.csv`) and its mapping (`map.toml`) written in `dir`, and where an output
/// would go (`out.xlsx`, not written).
pub fn list_map_out(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let list = dir.join("list.csv");
    std::fs::write(&list, csv_text()).unwrap();
    let map = dir.join("map.toml");
    std::fs::write(&map, MAPPING).unwrap();
    (list, map, dir.join("out.xlsx"))
}

/// An Excel 97–2003 workbook (BIFF8 records in a compound file) of one sheet 名单, whose
/// DIMENSIONS record claims rows `rows` and columns `columns` (first, one past the last) and
/// which holds the text `cells` (row, column, text) and the merged ranges `merges` (first row,
/// last row, first column, last column): the few records the format needs, so that a test can
/// make a file no program would save.
pub fn xls_of_cells(
    path: &Path,
    rows: (u32, u32),
    columns: (u16, u16),
    cells: &[(u16, u16, &str)],
    merges: &[(u16, u16, u16, u16)],
) {
    fn record(out: &mut Vec<u8>, kind: u16, data: &[u8]) {
        out.extend(kind.to_le_bytes());
        out.extend(u16::try_from(data.len()).unwrap().to_le_bytes());
        out.extend(data);
    }
    // BOF: BIFF8, the workbook's own records (5) or a worksheet's (0x10).
    let bof = |kind: u16| [&0x0600u16.to_le_bytes()[..], &kind.to_le_bytes(), &[0; 12]].concat();
    let utf16 =
        |text: &str| -> Vec<u8> { text.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    let name = "名单";
    let mut globals = Vec::new();
    record(&mut globals, 0x0809, &bof(0x0005));
    let sheet_at = globals.len() + 4 + 8 + utf16(name).len() + 4;
    let mut bound = u32::try_from(sheet_at).unwrap().to_le_bytes().to_vec();
    bound.extend([0, 0, u8::try_from(name.encode_utf16().count()).unwrap(), 1]);
    bound.extend(utf16(name));
    record(&mut globals, 0x0085, &bound);
    record(&mut globals, 0x000A, &[]);
    assert_eq!(globals.len(), sheet_at);
    let mut sheet = Vec::new();
    record(&mut sheet, 0x0809, &bof(0x0010));
    let mut dimensions = [rows.0.to_le_bytes(), rows.1.to_le_bytes()].concat();
    dimensions.extend([columns.0.to_le_bytes(), columns.1.to_le_bytes(), [0, 0]].concat());
    record(&mut sheet, 0x0200, &dimensions);
    for (row, col, text) in cells {
        let mut label = [row.to_le_bytes(), col.to_le_bytes(), [0, 0]].concat();
        label.extend(
            u16::try_from(text.encode_utf16().count())
                .unwrap()
                .to_le_bytes(),
        );
        label.push(1);
        label.extend(utf16(text));
        record(&mut sheet, 0x0204, &label);
    }
    if !merges.is_empty() {
        let mut merged = u16::try_from(merges.len()).unwrap().to_le_bytes().to_vec();
        for (r1, r2, c1, c2) in merges {
            merged.extend([r1, r2, c1, c2].iter().flat_map(|n| n.to_le_bytes()));
        }
        record(&mut sheet, 0x00E5, &merged);
    }
    record(&mut sheet, 0x000A, &[]);
    globals.extend(sheet);
    let mut file = cfb::create(path).unwrap();
    file.create_stream("Workbook")
        .unwrap()
        .write_all(&globals)
        .unwrap();
    file.flush().unwrap();
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
    ods_of_rows(path, &rows);
}

/// An ODS workbook at `path` of one sheet whose rows are `rows` (`<table:table-row>` elements).
pub fn ods_of_rows(path: &Path, rows: &str) {
    ods_of_sheets(path, &[("名单", rows)]);
}

/// An ODS workbook at `path` of the sheets `sheets` (name, `<table:table-row>` elements).
pub fn ods_of_sheets(path: &Path, sheets: &[(&str, &str)]) {
    let tables: String = sheets
        .iter()
        .map(|(name, rows)| format!(r#"<table:table table:name="{name}">{rows}</table:table>"#))
        .collect();
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"#
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

/// A CSV list screened through a mapping on 2026-11-28, as the tests that look at one rule of
/// reading a list do it.
pub fn screened(csv: &str, mapping: &str) -> navigator::batch::Screening {
    screened_list(
        &navigator::batch::List::from_csv(csv.as_bytes()).unwrap(),
        mapping,
    )
}

/// A list screened through a mapping on 2026-11-28.
pub fn screened_list(list: &navigator::batch::List, mapping: &str) -> navigator::batch::Screening {
    let mapping = navigator::batch::Mapping::from_toml(mapping, crate::support::pack()).unwrap();
    navigator::batch::screen(
        list,
        &mapping,
        crate::support::pack(),
        crate::support::localizer(),
        crate::support::date("2026-11-28"),
        &mut |_| true,
    )
    .unwrap()
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
