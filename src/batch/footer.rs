//! The lines under a list that are not people: a total (合计, 总计：5) or a signature
//! (填表人：王五, 单位负责人：), also after a row number. The screening puts them in the errors
//! sheet as "not a person" instead of screening them (issue #17 review: they were screened as
//! people). It does not decide anything about a person's row.

/// What the first words of a total line are (合计, 合计人数, 总计：5, 小 计).
const TOTALS: [&str; 3] = ["合计", "总计", "小计"];

/// What a signature line's first cell ends with, before its colon (填表人：王五, 单位负责人：,
/// 填报日期：2026-11-30).
const SIGNATURES: [&str; 10] = [
    "填表人",
    "填报人",
    "制表人",
    "审核人",
    "负责人",
    "经办人",
    "签字",
    "签名",
    "盖章",
    "日期",
];

/// The column and text of the cell that makes a row a footer, if it is one. Its first filled
/// cell — after a row number (序号: 12, １２., 十三, ⑭), which a list may give its last lines
/// too — is
/// - a total: begins with 合计, 总计 or 小计 (spaces inside ignored); or
/// - a signature: ends with 填表人, 负责人, 日期 … before a colon (填表人：王五); or, without a
///   colon and without a row number, the word alone on a line whose mapped cells are all
///   empty (填表人 | 王五). A person whose job is in the first column (负责人 | 张三 | 退役军人)
///   has mapped cells filled, and stays a person.
pub(super) fn footer(cells: &[String], mapped_filled: bool) -> Option<(usize, &str)> {
    let mut filled = cells
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.trim().is_empty());
    let (first_column, first) = filled.next()?;
    let (numbered, (column, cell)) = if is_row_number(first.trim()) {
        (true, filled.next()?)
    } else {
        (false, (first_column, first))
    };
    let text = cell.trim();
    let colon = text.contains(['：', ':']);
    let head = text
        .split(['：', ':'])
        .next()
        .unwrap_or_default()
        .replace([' ', '\u{3000}'], "");
    let total = TOTALS.iter().any(|t| head.starts_with(t));
    let signature = SIGNATURES.iter().any(|s| head.ends_with(s))
        && (colon || (!numbered && !mapped_filled && SIGNATURES.contains(&head.as_str())));
    (total || signature).then_some((column, text))
}

/// Whether a cell is a row number: digits (also full-width) with perhaps a closing 、 or .,
/// a circled number (①…⑳), or a number in Chinese figures (十三).
fn is_row_number(cell: &str) -> bool {
    let digits = cell.trim_end_matches(['.', '、', '．']);
    let arabic = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let chinese = |c: char| "〇零一二三四五六七八九十百两".contains(c);
    let circled = |c: char| ('\u{2460}'..='\u{2473}').contains(&c);
    !digits.is_empty()
        && (digits.chars().all(arabic)
            || digits.chars().all(chinese)
            || (digits.chars().count() == 1 && digits.chars().all(circled)))
}
