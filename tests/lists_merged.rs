//! 政策找人: a value cell merged down over several people (人员类别 退役军人 merged over the three
//! veterans of a 退役军人事务局 list) is each of those people's value, as a person reading the
//! sheet takes it (issue #17: it counted for the first row only, the others read as unknown).
//! An XLSX file the test writes (rust_xlsxwriter merges the ranges), an XLS file of a few
//! records, and an ODS file as LibreOffice writes one (a cell that says how many rows and
//! columns it spans, and covered cells under it: the workbook library does not report them).

use navigator::batch::List;

use crate::lists_files::{ods_of_sheets, screened_list, xls_of_cells};

/// The list, row by row from row 1 (a header, then people); `""` is an empty cell.
const ROWS: [[&str; 4]; 9] = [
    ["姓名", "人员类别", "所在县", "联系电话"],
    ["张三", "退役军人", "平鲁区", "13900000001"],
    ["李四", "", "", "13900000002"],
    ["王五", "", "应县", ""],
    ["孙七", "女性创业者", "", ""],
    ["", "", "", ""],
    ["周八", "", "", "13900000008"],
    ["吴九", "外出打工后回乡创业的农民工", "", ""],
    ["", "", "", ""],
];

/// The merged ranges (first row, last row, first column, last column, from 0): 退役军人 over
/// the three veterans, 平鲁区 over two of them, 女性创业者 over a woman, a blank row and another
/// woman, and 吴九's group across the county column (a merge across, not down).
const MERGES: [(u16, u16, u16, u16); 4] = [(1, 3, 1, 1), (1, 2, 2, 2), (4, 6, 1, 1), (7, 7, 1, 2)];

/// What each person's row reads as: name, group, county.
fn read_as(list: &List) -> Vec<[&str; 3]> {
    list.rows
        .iter()
        .map(|r| {
            let cell = |i: usize| r.cells.get(i).map_or("", |c| c.as_str());
            [cell(0), cell(1), cell(2)]
        })
        .collect()
}

fn check(list: &List) {
    assert_eq!(list.headers, ["姓名", "人员类别", "所在县", "联系电话"]);
    assert_eq!(
        read_as(list),
        [
            ["张三", "退役军人", "平鲁区"],
            ["李四", "退役军人", "平鲁区"],
            ["王五", "退役军人", "应县"],
            ["孙七", "女性创业者", ""],
            ["周八", "女性创业者", ""],
            // Across, the value stays in its own column: 所在县 is not a group.
            ["吴九", "外出打工后回乡创业的农民工", ""],
        ]
    );
    // The blank row under 女性创业者 holds nobody: it stays blank, not a woman without a name.
    assert_eq!(list.blank, 1);
    let lines: Vec<usize> = list.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [2, 3, 4, 5, 7, 8]);
}

/// An XLSX file at `path` of one sheet holding `rows` (an empty text is an empty cell), with
/// the ranges `merges` (first row, last row, first column, last column) merged, each showing
/// its first cell's text (rust_xlsxwriter merges the ranges).
fn xlsx_of<const N: usize>(
    path: &std::path::Path,
    rows: &[[&str; N]],
    merges: &[(u16, u16, u16, u16)],
) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, row) in (0u32..).zip(rows) {
        for (c, cell) in (0u16..).zip(row) {
            if !cell.is_empty() {
                sheet.write_string(r, c, *cell).unwrap();
            }
        }
    }
    let plain = rust_xlsxwriter::Format::new();
    for &(r1, r2, c1, c2) in merges {
        let text = rows[usize::from(r1)][usize::from(c1)];
        sheet
            .merge_range(u32::from(r1), c1, u32::from(r2), c2, text, &plain)
            .unwrap();
    }
    book.save(path).unwrap();
}

#[test]
fn a_group_merged_down_over_several_people_in_an_xlsx_list_is_each_ones_group() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("合并单元格.xlsx");
    xlsx_of(&path, &ROWS, &MERGES);
    let list = List::read(&path, None).unwrap();
    check(&list);

    // Screened, each of the three is a veteran of the list, not a person whose group is unknown.
    let screening = screened_list(
        &list,
        "[[column]]\nheader = \"人员类别\"\nquestion = \"groups\"\n\n[[column]]\nheader = \"所在县\"\nquestion = \"county\"\n",
    );
    let groups: Vec<&[String]> = screening.rows.iter().map(|r| r.groups.as_slice()).collect();
    assert_eq!(groups[..3], [["veteran"], ["veteran"], ["veteran"]]);
    assert!(screening.errors.is_empty(), "{:?}", screening.errors);
}

#[test]
fn a_group_merged_down_over_several_people_in_an_xls_list_is_each_ones_group() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("合并单元格.xls");
    let cells: Vec<(u16, u16, &str)> = (0u16..)
        .zip(ROWS)
        .flat_map(|(r, row)| (0u16..).zip(row).map(move |(c, cell)| (r, c, cell)))
        .filter(|(_, _, cell)| !cell.is_empty())
        .collect();
    xls_of_cells(&path, (0, 9), (0, 4), &cells, &MERGES);
    check(&List::read(&path, None).unwrap());
}

/// The `<table:table-row>` elements of `rows` with `merges` as an ODS file has them: the first
/// cell of a range says what it spans, the cells it covers are `covered-table-cell`s.
fn ods_rows(rows: &[[&str; 4]], merges: &[(u16, u16, u16, u16)]) -> String {
    let mut xml = String::new();
    for (r, row) in (0u16..).zip(rows) {
        xml.push_str("<table:table-row>");
        for (c, cell) in (0u16..).zip(row) {
            let first = merges.iter().find(|m| m.0 == r && m.2 == c);
            let covered = merges
                .iter()
                .any(|m| (m.0..=m.1).contains(&r) && (m.2..=m.3).contains(&c));
            let span = first.map_or(String::new(), |m| {
                format!(
                    " table:number-rows-spanned=\"{}\" table:number-columns-spanned=\"{}\"",
                    m.1 - m.0 + 1,
                    m.3 - m.2 + 1
                )
            });
            if covered && first.is_none() {
                xml.push_str("<table:covered-table-cell/>");
            } else if cell.is_empty() {
                xml.push_str(&format!("<table:table-cell{span}/>"));
            } else {
                xml.push_str(&format!(
                    "<table:table-cell{span} office:value-type=\"string\"><text:p>{cell}</text:p></table:table-cell>"
                ));
            }
        }
        xml.push_str("</table:table-row>");
    }
    xml
}

#[test]
fn a_group_merged_down_over_several_people_in_an_ods_list_is_each_ones_group() {
    // issue #17: the workbook library does not report an ODS sheet's merged cells, so the rows
    // under 退役军人 read as blank (unknown). A second sheet with other merges must not lend
    // them to this one: ranges are found sheet by sheet.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("合并单元格.ods");
    let other: [[&str; 4]; 4] = [
        ["说明", "", "", ""],
        ["甲", "乙", "丙", "丁"],
        ["a1", "b1", "c1", "组一"],
        ["a2", "b2", "c2", ""],
    ];
    ods_of_sheets(
        &path,
        &[
            ("名单", &ods_rows(&ROWS, &MERGES)),
            ("说明", &ods_rows(&other, &[(0, 0, 0, 3), (2, 3, 3, 3)])),
        ],
    );
    let list = List::read(&path, None).unwrap();
    check(&list);
    // The other sheet's range down the fourth column (组一 over two rows) is not this one's:
    // 王五 has no phone number.
    let phones: Vec<&str> = list
        .rows
        .iter()
        .map(|r| r.cells.get(3).map_or("", String::as_str))
        .collect();
    assert_eq!(
        phones,
        ["13900000001", "13900000002", "", "", "13900000008", ""]
    );
    // Read by its name, the other sheet has its own merge, counted from its own first row
    // (not after the list's rows), and nothing of the list's.
    let note = List::read(&path, Some("说明")).unwrap();
    assert_eq!(note.headers, ["甲", "乙", "丙", "丁"]);
    let cells: Vec<&[String]> = note.rows.iter().map(|r| r.cells.as_slice()).collect();
    assert_eq!(
        cells,
        [["a1", "b1", "c1", "组一"], ["a2", "b2", "c2", "组一"]]
    );
}

#[test]
fn a_covered_cell_reads_as_the_merged_value_not_what_the_file_keeps_hidden_in_it() {
    // issue #17 review: LibreOffice can keep the text of the cells a merge covers; staff see
    // 退役军人 over 李四 and 王五, and 李四 was screened as the hidden 女性创业者.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("隐藏内容.ods");
    let mut rows = ods_rows(&ROWS, &MERGES);
    let hidden = "<table:covered-table-cell office:value-type=\"string\"><text:p>女性创业者</text:p></table:covered-table-cell>";
    // 李四's group cell (row 3, the second column) is the first covered cell in the file.
    rows = rows.replacen("<table:covered-table-cell/>", hidden, 1);
    assert!(rows.contains(hidden));
    ods_of_sheets(&path, &[("名单", &rows)]);
    check(&List::read(&path, None).unwrap());
}

#[test]
fn a_signature_line_under_a_column_merged_down_over_the_list_is_not_a_person() {
    // issue #17 review: 乡镇 merged down over the people and the 填表人 line under them gave
    // that line a 乡镇 of its own, before its signature: it was screened as a person. What the
    // range gives a line is not the line's own first word.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("乡镇合并.xlsx");
    let rows = [
        ["乡镇", "姓名", "人员类别"],
        ["朔城区", "张三", "退役军人"],
        ["", "李四", "退役军人"],
        ["", "填表人：王五", ""],
    ];
    xlsx_of(&path, &rows, &[(1, 3, 0, 0)]);
    let list = List::read(&path, None).unwrap();
    assert_eq!(list.rows.len(), 3);
    assert_eq!(
        list.rows[2].cells[0], "朔城区",
        "the range's value, as staff see it"
    );
    let screening = screened_list(
        &list,
        "[[column]]\nheader = \"人员类别\"\nquestion = \"groups\"\n",
    );
    assert_eq!(screening.rows.len(), 2, "{:?}", screening.errors);
    assert_eq!(screening.errors.len(), 1);
    let e = &screening.errors[0];
    assert_eq!(
        (e.line, e.column.as_str(), e.value.as_str()),
        (4, "姓名", "填表人：王五")
    );
    assert_eq!(e.reason.id, "list-error-not-a-person");
}

#[test]
fn the_lines_of_a_note_under_a_mapped_column_merged_down_over_them_are_not_people() {
    // issue #17 review: 所在县 (a mapped column) merged down over the people, the note and its
    // lines gave each line a county, as if it were a person's; the note's lines were screened
    // as people. What a range gives a line is not the line's.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("县合并.xlsx");
    let rows = [
        ["姓名", "人员类别", "所在县"],
        ["张三", "退役军人", "应县"],
        ["李四", "退役军人", ""],
        ["注：", "", ""],
        ["1.本表由各乡镇填报", "", ""],
        ["2、空白为不详", "", ""],
        ["填表人：王五", "", ""],
    ];
    xlsx_of(&path, &rows, &[(1, 6, 2, 2)]);
    let list = List::read(&path, None).unwrap();
    assert_eq!(
        list.rows[3].cells[2], "应县",
        "the range's value, as staff see it"
    );
    let screening = screened_list(
        &list,
        "[[column]]\nheader = \"人员类别\"\nquestion = \"groups\"\n\n\
         [[column]]\nheader = \"所在县\"\nquestion = \"county\"\n",
    );
    assert_eq!(screening.rows.len(), 2, "{:?}", screening.errors);
    let lines: Vec<usize> = screening.errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [4, 5, 6, 7]);
    assert!(screening
        .errors
        .iter()
        .all(|e| e.reason.id == "list-error-not-a-person"));
}
