//! Written text made fit for the ear: what a speech engine should read, not what a screen shows.
//!
//! A screen may write `高校毕业生（大专、本科、研究生毕业）`, `（十一）` or `2021-12-31`; read out
//! letter by letter these become "括号", a stray number and "二零二一减十二减三十一". Here an
//! aside in brackets becomes a clause set off by commas, a bracketed article number is dropped,
//! book-title marks and square brackets go, and a date is written as it is said. Nothing here
//! chooses what is said; [`super::speech`] does.

use crate::locale::Locale;

/// Brackets around an aside: the aside is kept, set off by commas.
const ASIDES: [(char, char); 3] = [('（', '）'), ('(', ')'), ('【', '】')];
/// Marks that only frame their words: dropped, the words kept.
const FRAMES: [char; 8] = ['《', '》', '〔', '〕', '[', ']', '〈', '〉'];
/// Every bracket-like mark a spoken sentence must not hold.
pub const BRACKETS: [char; 14] = [
    '（', '）', '(', ')', '【', '】', '《', '》', '〔', '〕', '[', ']', '〈', '〉',
];
/// Every other mark a voice reads as a word, or stumbles on, that a spoken sentence must not
/// hold: percent, tilde, dashes, plus, ampersand, slashes and the like.
pub const SYMBOLS: [char; 22] = [
    '％', '%', '～', '~', '—', '–', '+', '＋', '&', '＆', '*', '#', '/', '／', '\\', '|', '<', '>',
    '=', '_', '@', '…',
];

/// Written forms a voice reads badly, and what it should say instead. The document writes
/// 县（市、区） for "every county, county-level city and district"; read as an aside it becomes
/// "县，市、区", said as it is meant it is 县市区. 互联网+ is said 互联网加.
const ZH_SAID: [(&str, &str); 6] = [
    ("县（市、区）", "县市区"),
    ("縣（市、區）", "縣市區"),
    ("互联网+", "互联网加"),
    ("互聯網+", "互聯網加"),
    ("——", "，"),
    ("—", "，"),
];

/// English abbreviations an English voice spells out letter by letter (or reads "R and D" as
/// a sentence), said in full. The plural before the singular.
const EN_SAID: [(&str, &str); 6] = [
    ("R&D", "research and development"),
    ("SMEs", "small and medium-sized enterprises"),
    ("SME", "small and medium-sized enterprise"),
    ("VAT", "value-added tax"),
    ("CPC", "Communist Party of China"),
    ("CBIRC", "China Banking and Insurance Regulatory Commission"),
];

/// `text` as it should be spoken in `locale`: no brackets, no article numbers, dates in words,
/// one space at most between words.
pub fn for_the_ear(locale: Locale, text: &str) -> String {
    let said = said_in_full(locale, text);
    let dated = spoken_dates(locale, &said);
    let mut out = String::with_capacity(dated.len());
    let chars: Vec<char> = dated.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(close) = ASIDES.iter().find(|(open, _)| *open == c).map(|p| p.1) {
            let end = chars[i + 1..]
                .iter()
                .position(|&x| x == close)
                .map(|p| i + 1 + p);
            let Some(end) = end else {
                // An opening bracket never closed: the mark alone goes.
                i += 1;
                continue;
            };
            let inside: String = chars[i + 1..end].iter().collect();
            let inside = inside.trim();
            // An English sentence may give the Chinese term in brackets: for reading, not for
            // an English voice.
            let foreign = !chinese(locale) && inside.chars().any(is_han);
            if inside.chars().count() == 1 && inside.chars().all(is_han) {
                // 首台（套）: one character is an alternative word, read straight on (首台套).
                out.push_str(inside);
            } else if !inside.is_empty()
                && !is_article_number(inside)
                && !foreign
                && !is_note_on_the_source(inside)
            {
                aside(locale, &mut out, inside, chars.get(end + 1).copied());
            }
            // On at the closing mark, which goes as a lone closing mark does, below.
            i = end;
            continue;
        }
        // A closing mark without its opening one goes too.
        if !FRAMES.contains(&c) && !ASIDES.iter().any(|(_, close)| *close == c) {
            out.push(c);
        }
        i += 1;
    }
    tidy(&out)
}

/// `text` with the forms a voice reads badly replaced by what is meant: the document's
/// 县（市、区）, abbreviations, percent, ranges and dashes.
fn said_in_full(locale: Locale, text: &str) -> String {
    let mut out = text.to_owned();
    if chinese(locale) {
        for (written, said) in ZH_SAID {
            out = out.replace(written, said);
        }
        out = out.replace(['～', '~'], "至");
        return percent(&out, "百分之", "");
    }
    for (written, said) in EN_SAID {
        out = whole_words(&out, written, said);
    }
    out = out.replace(['—', '–'], ", ").replace(['～', '~'], " to ");
    percent(&out, "", " percent")
}

/// Every whole-word `word` in `text` replaced by `by`.
fn whole_words(text: &str, word: &str, by: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    while let Some(at) = text[from..].find(word).map(|i| from + i) {
        let end = at + word.len();
        let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        out.push_str(&text[from..at]);
        if letter(text[..at].chars().last()) || letter(text[end..].chars().next()) {
            out.push_str(word);
        } else {
            out.push_str(by);
        }
        from = end;
    }
    out.push_str(&text[from..]);
    out
}

/// Every percentage (`5%`, `5％`) said: `before` the number and `after` it.
fn percent(text: &str, before: &str, after: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            let number: String = chars[start..i].iter().collect();
            if i < chars.len() && (chars[i] == '%' || chars[i] == '％') {
                out.push_str(before);
                out.push_str(&number);
                out.push_str(after);
                i += 1;
            } else {
                out.push_str(&number);
            }
            continue;
        }
        if chars[i] == '%' || chars[i] == '％' {
            // A percent sign without a number before it.
            out.push_str(if after.is_empty() { before } else { after });
        } else {
            out.push(chars[i]);
        }
        i += 1;
    }
    out
}

/// Writes an aside as a clause: a comma before it (unless a sentence or clause just ended)
/// and one after it (unless punctuation follows anyway).
fn aside(locale: Locale, out: &mut String, inside: &str, next: Option<char>) {
    let comma = if chinese(locale) { "，" } else { ", " };
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    if out.chars().last().is_some_and(|c| !is_pause(c)) {
        out.push_str(comma);
    }
    out.push_str(inside);
    if next.is_some_and(|c| !is_pause(c) && !c.is_whitespace()) {
        out.push_str(comma);
    } else if next.is_some_and(char::is_whitespace) && !chinese(locale) {
        out.push(',');
    }
}

/// A mark after which the voice already pauses.
fn is_pause(c: char) -> bool {
    "，。、；：！？,.;:!?—".contains(c)
}

/// A Chinese character (the CJK unified ideographs and their first extension).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

/// An editor's note on how the source words something ("原文：到2021年", "the source does not
/// state an amount"): for a reader checking the text, not for a listener.
fn is_note_on_the_source(text: &str) -> bool {
    let lower = text.to_lowercase();
    text.starts_with("原文") || lower.starts_with("the source") || lower.starts_with("source ")
}

/// An article's number as the document prints it between brackets: 十一, 3, 二十, iv.
fn is_article_number(text: &str) -> bool {
    text.chars().all(|c| "一二三四五六七八九十百零".contains(c))
        || text.chars().all(|c| c.is_ascii_digit())
        || text.chars().all(|c| "ivxlc".contains(c))
}

/// Spaces collapsed, no space before punctuation, no doubled commas.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() && !word.starts_with([',', '.', ';', ':', '!', '?']) {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.replace("，，", "，")
        .replace(",,", ",")
        .replace("，。", "。")
        .replace(",.", ".")
}

/// Every `YYYY-MM-DD` date in `text` written as it is said.
fn spoken_dates(locale: Locale, text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some((y, m, d)) = date_at(&chars, i) {
            out.push_str(&say_date(locale, y, m, d));
            i += 10;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// The date written at `i`, if ten characters there read `YYYY-MM-DD` and no digit touches them.
fn date_at(chars: &[char], i: usize) -> Option<(u32, u32, u32)> {
    let window = chars.get(i..i + 10)?;
    let shape = window.iter().enumerate().all(|(k, c)| {
        if k == 4 || k == 7 {
            *c == '-'
        } else {
            c.is_ascii_digit()
        }
    });
    let touching = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_digit());
    if !shape
        || touching(i.checked_sub(1).and_then(|j| chars.get(j)))
        || touching(chars.get(i + 10))
    {
        return None;
    }
    let number = |from: usize, to: usize| -> Option<u32> {
        window[from..to].iter().collect::<String>().parse().ok()
    };
    let (y, m, d) = (number(0, 4)?, number(5, 7)?, number(8, 10)?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

fn say_date(locale: Locale, y: u32, m: u32, d: u32) -> String {
    if chinese(locale) {
        return format!("{y}年{m}月{d}日");
    }
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = MONTHS.get(m as usize - 1).copied().unwrap_or_default();
    format!("{d} {month} {y}")
}

/// A count as a Chinese numeral (一, 十一, 二十三, 一百零五), for ordinals like 第十一项; other
/// languages keep the digits, which their voices read as numbers.
pub fn numeral(locale: Locale, n: usize) -> String {
    if !chinese(locale) || n == 0 || n > 999 {
        return n.to_string();
    }
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let (hundreds, tens, ones) = (n / 100, n / 10 % 10, n % 10);
    let mut out = String::new();
    if hundreds > 0 {
        out.push(DIGITS[hundreds]);
        out.push('百');
    }
    match (tens, hundreds > 0) {
        (0, true) if ones > 0 => out.push('零'),
        (0, _) => {}
        (1, false) => out.push('十'),
        (t, _) => {
            out.push(DIGITS[t]);
            out.push('十');
        }
    }
    if ones > 0 {
        out.push(DIGITS[ones]);
    }
    out
}

/// A finished sentence: begins with a capital in English (an abbreviation said in full at the
/// start, "SMEs …", would leave "small and medium-sized …") and ends with a full stop (or a
/// question or exclamation mark) in the script of `locale`.
pub fn finished(locale: Locale, text: &str) -> String {
    let text = text
        .trim()
        .trim_end_matches(['，', '、', ',', ';', '；', ':', '：']);
    let mut chars = text.chars();
    let text: String = match chars.next() {
        Some(first) if !chinese(locale) => first.to_uppercase().chain(chars).collect(),
        _ => text.to_owned(),
    };
    if text.ends_with(['。', '？', '！', '.', '?', '!']) {
        text
    } else if chinese(locale) {
        format!("{text}。")
    } else {
        format!("{text}.")
    }
}

/// Whether `locale` is written in Chinese characters (full-width punctuation, no spaces).
pub fn chinese(locale: Locale) -> bool {
    matches!(locale, Locale::ZhCn | Locale::ZhTw)
}
