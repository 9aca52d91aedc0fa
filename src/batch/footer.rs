//! The lines under a list that are not people: a total (合计, 总计：5), a signature (填表人：王五,
//! 单位负责人：) or a note (注：…, 备注：…, 说明：…), also after a row number, and the lines that
//! go on a note (1.本表…). The screening puts
//! them in the errors sheet as "not a person" instead of screening them (issue #17 review: they
//! were screened as people). It does not decide anything about a person's row.

/// What the first words of a total line are (合计, 合计人数, 总计：5, 小 计).
const TOTALS: [&str; 6] = ["合计", "总计", "小计", "合計", "總計", "小計"];

/// What follows 合计, 小计 or 总计 in a word that is no total: 计算 (小计算机维修部), 计划
/// (合计划, 总计划生育站), 计量 (总计量检测所). On a line that fills a mapped cell such a name is a person's (issue
/// #17 review: they were not screened); anything else after the total's word — 合计人数, 小计
/// 平鲁区, 合计共3人 — is a total still (a second review: those were screened as people).
const NOT_A_TOTAL: [char; 3] = ['算', '划', '量'];

/// What a signature line's first cell ends with, before its colon (填表人：王五, 单位负责人：,
/// 填报日期：2026-11-30, 制表：, 联系电话：), also in traditional characters.
const SIGNATURES: [&str; 24] = [
    "填表人",
    "填报人",
    "制表人",
    "制表",
    "审核人",
    "审核",
    "负责人",
    "经办人",
    "联系人",
    "联系电话",
    "签字",
    "签名",
    "签章",
    "盖章",
    "日期",
    "时间",
    "製表人",
    "審核人",
    "負責人",
    "經辦人",
    "聯絡人",
    "簽字",
    "簽名",
    "蓋章",
];

/// What a note's first words are, before its colon (注：…, 备注：…, 注1：…, 填表说明：…), also
/// in traditional characters.
const NOTES: [&str; 10] = [
    "注", "备注", "说明", "注释", "附注", "註", "備註", "說明", "註釋", "附註",
];

/// The column and text of the cell that makes a row a footer, if it is one. Its first filled
/// cell of its own (`merged`: the columns a merged range above gave it, which a person sees as
/// the range's, not the line's) — after a row number (序号: 12, １２., 十三, ⑭), which a list may
/// give its last lines too — is
/// - a total: begins with 合计, 总计 or 小计 (spaces inside ignored), but for a name that only
///   begins so ([`NOT_A_TOTAL`]) on a line that fills a mapped cell; or
/// - a signature: ends with 填表人, 负责人, 日期 … before a colon (填表人：王五); or, without a
///   colon and without a row number, the word alone on a line whose mapped cells are all
///   empty (填表人 | 王五). A person whose job is in the first column (负责人 | 张三 | 退役军人)
///   has mapped cells filled, and stays a person; or
/// - a note: 注, 备注, 说明 … (perhaps numbered: 注1, 注①, or 填表说明) before a colon.
pub(super) fn footer<'c>(
    cells: &'c [String],
    merged: &[usize],
    mapped_filled: bool,
) -> Option<Footer<'c>> {
    let mut filled = own_cells(cells, merged);
    let (first_column, first) = filled.next()?;
    let (numbered, (column, cell)) = if is_row_number(first.trim()) {
        (true, filled.next()?)
    } else {
        (false, (first_column, first))
    };
    let text = cell.trim();
    let colon = text.contains(['：', ':']);
    // The words before the colon, without spaces or marks (※注：), read with what they say in
    // brackets (填报单位（盖章）：a signature) and without it (负责人（签字）：, 注（1）：).
    let before = text.split(['：', ':']).next().unwrap_or_default();
    let words = |text: &str| -> String {
        text.chars()
            .filter(|c| !matches!(c, ' ' | '\u{3000}' | '※' | '*' | '＊'))
            .filter(|c| !BRACKETS.contains(*c))
            .collect()
    };
    let head = words(&without_brackets(before));
    let spelled = words(before);
    let total = TOTALS.iter().any(|t| {
        head.strip_prefix(t)
            .is_some_and(|rest| !(mapped_filled && rest.starts_with(NOT_A_TOTAL)))
    });
    let signature = SIGNATURES
        .iter()
        .any(|s| head.ends_with(s) || spelled.ends_with(s))
        && (colon || (!numbered && !mapped_filled && SIGNATURES.contains(&head.as_str())));
    let note = colon && is_note(&head);
    (total || signature || note).then_some(Footer {
        start: first_column,
        column,
        text,
        note,
    })
}

/// A line under a list that is not a person, found by [`footer`] or [`continues_note`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Footer<'c> {
    /// The column of the line's first cell of its own (a row number's, if it has one).
    pub start: usize,
    /// The column of the cell that makes it one, and that cell's text.
    pub column: usize,
    pub text: &'c str,
    /// Whether it is a note (注：…), which the lines under it may go on (1.本表…, 2.…).
    pub note: bool,
}

/// The line after `note` (or after a line that goes on one), if it goes on that note: no
/// mapped cell of its own filled, and its own cells one, in the column the note starts in, or
/// a number there and one cell after it — 注： over 1.本表由各乡镇填报 and 2、空白为不详, or 1 |
/// 本表… (issue #17 review: such lines were screened as people, of whom the list says nothing).
/// A line that fills a mapped cell is a person's, whatever it says, and so is a line that
/// starts in another column (a name alone under a note in the first column: review).
pub(super) fn continues_note<'c>(
    cells: &'c [String],
    merged: &[usize],
    mapped_filled: bool,
    note: &Footer<'_>,
) -> Option<Footer<'c>> {
    let mut filled = own_cells(cells, merged);
    let (start, first) = filled.next()?;
    let (column, text) = match filled.next() {
        None => (start, first),
        Some(next) if is_row_number(first.trim()) => next,
        Some(_) => return None,
    };
    (!mapped_filled && start == note.start && filled.next().is_none()).then_some(Footer {
        start,
        column,
        text: text.trim(),
        note: true,
    })
}

/// A line's filled cells that are its own: not those a merged range above gave it, which a
/// person sees as the range's, not the line's.
fn own_cells<'c, 'm>(
    cells: &'c [String],
    merged: &'m [usize],
) -> impl Iterator<Item = (usize, &'c String)> + use<'c, 'm> {
    cells
        .iter()
        .enumerate()
        .filter(move |(i, c)| !c.trim().is_empty() && !merged.contains(i))
}

/// The brackets a footer's words may hold (填报单位（盖章）, 【注】).
const BRACKETS: &str = "（）()【】[]";

/// `text` without what it says in round brackets (（签字）, (盖章)); 【注】 keeps 注.
fn without_brackets(text: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether the words before a colon name a note: 注, 备注, 说明 …, perhaps numbered (注1, 注①,
/// 注一) or said of the form (填表说明).
fn is_note(head: &str) -> bool {
    let unnumbered = head.trim_end_matches(|c: char| {
        c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || ('\u{2460}'..='\u{2473}').contains(&c)
            || "一二三四五六七八九十".contains(c)
    });
    NOTES.contains(&unnumbered) || unnumbered.ends_with("说明") || unnumbered.ends_with("說明")
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
