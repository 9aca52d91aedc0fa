//! The mapping suggested for a list: each column matched to the question whose words (its
//! short text and its wording, in every language of the pack) its header resembles most, or
//! whose options its cells name; each cell value the question cannot read as it is matched to
//! the option whose label it resembles. Staff confirm or change it; nothing here is final.
//!
//! Resemblance is counted on pairs of neighbouring characters (Dice's coefficient on bigrams),
//! which suits Chinese headers without a dictionary. It does not look at more than
//! [`SAMPLE`] rows.

use std::collections::{BTreeMap, BTreeSet};

use super::mapping::{
    fold, says_not_known, yes_or_no, ColumnMap, ColumnReader, Mapping, Reading, NOT,
};
use super::read::List;
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::pack::{PackText, PolicyPack, OPTION_NAMES};
use crate::question::QuestionKind;

/// How many rows the suggestion looks at.
pub const SAMPLE: usize = 500;
/// The least resemblance that suggests a question for a column. A missed column costs staff
/// one line of the mapping; a wrong one (是否退役军人 taken for "a park for veterans") costs
/// wrong results, so the bar is high.
const THRESHOLD: f64 = 0.45;
/// The least resemblance between a yes/no column's header and a group's words that suggests
/// the column says whether the person is in the group: above [`THRESHOLD`], since a header that
/// is half a group's name, or half of which is one, is not the group (人员 of 科研人员 and
/// 外籍人员; 企业法人, a company's legal representative, is not 企业).
const GROUP_THRESHOLD: f64 = 0.6;
/// The least resemblance between a cell value and an option's label that suggests the option:
/// lower, since a label is a sentence (外出打工后回乡创业的农民工) and a cell a word (返乡农民工).
const VALUE_THRESHOLD: f64 = 0.2;

/// A suggested mapping, with what it could not place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub mapping: Mapping,
    /// For each mapped header, the cell values no option was found for.
    pub unplaced: BTreeMap<String, Vec<String>>,
    /// Headers left unmapped: carried through to the output, never read.
    pub carried: Vec<String>,
}

impl Suggestion {
    /// The mapping file, with what staff still have to decide as comments.
    pub fn to_toml(&self, loc: &Localizer, locale: Locale) -> String {
        let quote = |s: &str| toml::Value::String(s.to_owned()).to_string();
        let mut out = format!("# {}\n", loc.app(locale, "list-map-heading", &[]));
        for c in &self.carried {
            let said = loc.app(locale, "list-map-carried", &[("header", c.clone().into())]);
            out.push_str(&format!("# {said}\n"));
        }
        for column in &self.mapping.columns {
            out.push_str(&format!(
                "\n[[column]]\nheader = {}\nquestion = {}\n",
                quote(&column.header),
                quote(&column.question)
            ));
            let unplaced = self.unplaced.get(&column.header);
            // The table is written even empty when values are left to staff, so that a
            // commented value line below it is valid TOML once uncommented (issue #17 review:
            // it landed in the column's own table, which refuses it).
            if !column.values.is_empty() || unplaced.is_some_and(|u| !u.is_empty()) {
                out.push_str("[column.values]\n");
                for (k, v) in &column.values {
                    out.push_str(&format!("{} = {}\n", quote(k), quote(v)));
                }
            }
            for value in unplaced.into_iter().flatten() {
                let said = loc.app(
                    locale,
                    "list-map-unplaced",
                    &[("value", value.clone().into())],
                );
                out.push_str(&format!("# {said}\n# {} = \"\"\n", quote(value)));
            }
        }
        out
    }
}

/// The mapping suggested for `list`.
pub fn suggest(list: &List, pack: &PolicyPack, loc: &Localizer) -> Suggestion {
    let sample = &list.rows[..list.rows.len().min(SAMPLE)];
    let distinct = |col: usize| -> BTreeSet<String> {
        sample
            .iter()
            // The header again (two lists pasted) holds no value (a second review: its
            // 所在县 was offered as a value to place).
            .filter(|r| !list.header_again(r))
            .filter_map(|r| r.cells.get(col))
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty())
            .collect()
    };
    // Every column and question worth a look, the best first.
    let mut candidates = Vec::new();
    for (col, header) in list.headers.iter().enumerate() {
        let values = distinct(col);
        let header = strip_address(header);
        // A yes/no column whose header names a group (外籍人员: 是/否) says whether the person is
        // in it: an option of a multi-choice question (issue #17: it was left unplaced).
        let group = is_yes_no(&values, &header)
            .then(|| named_option(pack, loc, &header))
            .flatten()
            .filter(|(score, _, _)| *score >= GROUP_THRESHOLD);
        // 配偶是否退役军人, 是否退役军人家属, 是否非退役军人 name a group but are not the
        // person's own answer to anything: left to staff (issue #17 review: 是 made a veteran's
        // family a veteran). A header that names no group (子女是否在朔州上学) is read on.
        if about_a_relative(&header) || group.is_some() && about_someone_else_or_not(&header) {
            continue;
        }
        if let Some((score, question, option)) = group {
            candidates.push(Candidate {
                score,
                column: col,
                question,
                option: Some(option),
            });
        }
        for q in &pack.questions {
            let words = question_words(loc, &q.id);
            let by_header = words
                .iter()
                .map(|w| resemblance(&header, w))
                .fold(0.0, f64::max);
            let map = ColumnMap {
                header: header.clone(),
                question: q.id.clone(),
                values: BTreeMap::new(),
                complete: false,
            };
            let Some(reader) = ColumnReader::new(&map, col, pack, loc) else {
                continue;
            };
            // The share of the column's values the question can read as they are, or by
            // the option whose label they resemble.
            let fits = |v: &String| match reader.read(v) {
                Reading::Answer(_) | Reading::Options { .. } => true,
                Reading::Blank => false,
                Reading::Unknown(_) => {
                    q.kind.has_options()
                        && parts(v, q.kind).iter().all(|p| {
                            matches!(reader.read(p), Reading::Answer(_) | Reading::Options { .. })
                                || closest_option(pack, loc, &q.id, p).is_some()
                        })
                }
            };
            let by_values = if values.is_empty() {
                0.0
            } else {
                values.iter().filter(|v| fits(v)).count() as f64 / values.len() as f64
            };
            // A column whose values fit no option (an ID number, a name) answers no option
            // question, whatever its header; a yes/no question needs yes/no values.
            let score = match q.kind {
                QuestionKind::Single | QuestionKind::Multi if !values.is_empty() => {
                    if by_values == 0.0 {
                        0.0
                    } else {
                        by_header.max(by_values)
                    }
                }
                QuestionKind::Bool if !values.is_empty() && by_values < 0.5 => 0.0,
                _ => by_header,
            };
            if score >= THRESHOLD {
                candidates.push(Candidate {
                    score,
                    column: col,
                    question: q.id.clone(),
                    option: None,
                });
            }
        }
    }
    candidates.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.column.cmp(&b.column)));
    let mut taken_cols = BTreeSet::new();
    let mut taken_questions = BTreeSet::new();
    let mut chosen = Vec::new();
    for c in candidates {
        if taken_cols.contains(&c.column) {
            continue;
        }
        // One column per question, besides the yes/no columns of a multi-choice question's
        // options: each adds its option to the answer.
        if c.option.is_none() && !taken_questions.insert(c.question.clone()) {
            continue;
        }
        taken_cols.insert(c.column);
        chosen.push(c);
    }
    let mut suggestion = Suggestion {
        mapping: Mapping::default(),
        unplaced: BTreeMap::new(),
        carried: Vec::new(),
    };
    for (col, header) in list.headers.iter().enumerate() {
        let Some(c) = chosen.iter().find(|c| c.column == col) else {
            suggestion.carried.push(header.clone());
            continue;
        };
        let q = &c.question;
        let mut map = ColumnMap {
            header: header.clone(),
            question: q.clone(),
            values: BTreeMap::new(),
            complete: false,
        };
        let mut unplaced = Vec::new();
        if let Some(option) = &c.option {
            let whole = names_whole_option(loc, q, option, header);
            unplaced = yes_no_values(&mut map, option, whole, distinct(col), header);
        } else if let Some(reader) = ColumnReader::new(&map, col, pack, loc) {
            for value in distinct(col) {
                for part in parts(&value, reader.question.kind) {
                    if let Reading::Unknown(_) = reader.read(&part) {
                        match closest_option(pack, loc, q, &part) {
                            Some(option) => {
                                map.values.insert(part, option);
                            }
                            None if !unplaced.contains(&part) => unplaced.push(part),
                            None => {}
                        }
                    }
                }
            }
        }
        if !unplaced.is_empty() {
            suggestion.unplaced.insert(header.clone(), unplaced);
        }
        suggestion.mapping.columns.push(map);
    }
    suggestion
}

/// A column that may answer a question, and how well; for a yes/no column whose header names
/// an option of a multi-choice question, that option.
struct Candidate {
    score: f64,
    column: usize,
    question: String,
    option: Option<String>,
}

/// Whether a column's values say yes or no (是/否, 1/0, √, 不清楚, or the column's own name:
/// 退役军人 under 退役军人), at least half of them, or it has none in the rows looked at.
fn is_yes_no(values: &BTreeSet<String>, header: &str) -> bool {
    let said = values
        .iter()
        .filter(|v| yes_or_no(v).is_some() || says_not_known(v) || names_itself(v, header))
        .count();
    2 * said >= values.len()
}

/// Whether a cell is its column's name: a mark in a column of one group (人员类别 over
/// 退役军人 | 返乡农民工, each person's group written in its column; issue #17 review: 高校毕业生
/// written so was suggested as a university's staff).
fn names_itself(value: &str, header: &str) -> bool {
    let header = header.rsplit('/').next().unwrap_or(header);
    fold(value) == fold(header)
}

/// The values of a yes/no column for `option`: a yes means the option; a no "not the option"
/// ([`NOT`]) where the header names the option `whole` ([`names_whole_option`]), else it
/// leaves the question unanswered, as 不清楚 does; the values that are neither are left to
/// staff. A column without values gets 是 and 否.
fn yes_no_values(
    map: &mut ColumnMap,
    option: &str,
    whole: bool,
    values: BTreeSet<String>,
    header: &str,
) -> Vec<String> {
    // 否 under 是否退役军人 is "not a veteran" (issue #17: it said nothing, and the veterans'
    // measures stayed "ask"). Under a header that names a part of the option, or another
    // person's, it is not: a 否 under 是否企业 does not make an incubator no 企业或机构, nor one
    // under 配偶是否退役军人 the person no veteran (review).
    let not = if whole {
        format!("{NOT}{option}")
    } else {
        String::new()
    };
    if values.is_empty() {
        map.values.insert("是".to_owned(), option.to_owned());
        map.values.insert("否".to_owned(), not.clone());
    }
    let mut unplaced = Vec::new();
    for value in values {
        let said = yes_or_no(&value).or(names_itself(&value, header).then_some(true));
        match said {
            Some(true) => {
                map.values.insert(value, option.to_owned());
            }
            Some(false) => {
                map.values.insert(value, not.clone());
            }
            None if says_not_known(&value) => {
                map.values.insert(value, String::new());
            }
            None => unplaced.push(value),
        }
    }
    unplaced
}

/// The option of a multi-choice question that `header` names best, with how well, and the
/// question: compared with the option's label, the label's head and each alternative the head
/// lists (企业 of 企业或机构, 香港 of 台湾、香港、澳门居民), and the names the pack gives its
/// people (`.names`: 外籍人员, 留学人员, 返乡农民工), in every language. An option that
/// excludes the others (以上都不是) is no group. Among equals, a label's words win over a name
/// another option shares (高校毕业生 is the graduate's label and one of the technical-school
/// graduate's names).
fn named_option(pack: &PolicyPack, loc: &Localizer, header: &str) -> Option<(f64, String, String)> {
    let mut best: Option<(f64, bool, &str, &str)> = None;
    for q in pack
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Multi)
    {
        for option in q.options.iter().filter(|o| !q.exclusive.contains(o)) {
            for (word, own) in option_words(loc, &q.id, option) {
                let score = resemblance(header, &word);
                let better = best.is_none_or(|(s, o, _, _)| score > s || (score == s && own && !o));
                if better {
                    best = Some((score, own, &q.id, option));
                }
            }
        }
    }
    best.map(|(score, _, q, o)| (score, q.to_owned(), o.to_owned()))
}

/// Words that put a header about another person than the one in the row: a relative (配偶,
/// 家属, 父亲 …), in simplified and traditional characters. A column about one answers none
/// of the person's questions (a third review: 配偶所在县 was suggested as the county,
/// 父亲目前在做什么 as the person's activity).
const RELATIVES: [&str; 16] = [
    "配偶", "家属", "家屬", "亲属", "親屬", "遗属", "遺屬", "父亲", "父親", "母亲", "母親", "父母",
    "丈夫", "妻子", "爱人", "愛人",
];

/// The person's children: a column about them may answer the question about them
/// (子女是否在朔州上学), not the person's group (是否退役军人子女).
const CHILDREN: [&str; 5] = ["子女", "儿子", "兒子", "女儿", "女兒"];

fn about_a_relative(header: &str) -> bool {
    let said = fold(header);
    RELATIVES.iter().any(|w| said.contains(w))
}

/// Whether `header` (one that names a group) is about someone other than the row's person
/// ([`RELATIVES`], [`CHILDREN`]), or asks whether the person is *not* something (不是退役军人, 是否非退役
/// 军人, 是否不属于…): neither is a column whose 是 answers one of the person's questions as
/// its words would suggest. (未 is no such word: 未就业高校毕业生 is a graduate.)
fn about_someone_else_or_not(header: &str) -> bool {
    let said = fold(header);
    let asked = ["是否", "是不是", "有无"]
        .iter()
        .find_map(|p| said.strip_prefix(p))
        .unwrap_or(&said);
    CHILDREN.iter().any(|w| said.contains(w))
        || ["非", "不是", "不属于", "不屬於", "并非", "並非"]
            .iter()
            .any(|n| asked.starts_with(n))
}

/// Whether `header` (a yes/no column's) names `option` whole: with 是否, 是不是, 有无 … before
/// it and a question mark or a bracket after it set aside, it is the option's label, or the
/// label's words before a bracket (高校毕业生 of 高校毕业生（大专、本科、研究生毕业）), in some
/// language. A part of the label (企业 of 企业或机构), one of the pack's other names for the
/// option's people (科研人员 of 科研人员、高校老师或企业的技术骨干), or a header about someone
/// else (配偶是否退役军人) is not.
fn names_whole_option(loc: &Localizer, question: &str, option: &str, header: &str) -> bool {
    let mut said = fold(header.split(['（', '(']).next().unwrap_or_default());
    said = said.trim_end_matches(['？', '?']).trim().to_owned();
    for prefix in [
        "是否为",
        "是否属于",
        "是否",
        "是不是",
        "有无",
        "is ",
        "are you ",
    ] {
        if let Some(rest) = said.strip_prefix(prefix) {
            said = rest.trim().to_owned();
            break;
        }
    }
    !said.is_empty()
        && Locale::ALL.into_iter().any(|locale| {
            let label = loc.text(locale, PackText::Option(question, option), None);
            let head = label.split(['（', '(']).next().unwrap_or_default();
            fold(&label) == said || fold(head) == said
        })
}

/// The words that name an option's people, each with whether it is the option's own label (or
/// a part of it) rather than one of its `.names`.
fn option_words(loc: &Localizer, question: &str, option: &str) -> Vec<(String, bool)> {
    let mut words = Vec::new();
    for locale in Locale::ALL {
        let text = PackText::Option(question, option);
        let label = loc.text(locale, text, None);
        let head = label.split(['（', '(']).next().unwrap_or_default();
        words.push((head.trim().to_owned(), true));
        words.extend(
            head.split(" or ")
                .flat_map(|part| part.split(['、', '，', ',', '或']))
                .map(|part| (part.trim().to_owned(), true)),
        );
        words.push((label, true));
        if let Some(names) = loc.optional_text(locale, text, OPTION_NAMES) {
            words.extend(names.split('|').map(|n| (n.trim().to_owned(), false)));
        }
    }
    words.retain(|(w, _)| !w.is_empty());
    words
}

/// The values in one cell: several in a multi-choice column, else the cell.
fn parts(value: &str, kind: QuestionKind) -> Vec<String> {
    if kind == QuestionKind::Multi {
        super::mapping::split_values(value)
    } else {
        vec![value.trim().to_owned()]
    }
}

/// A question's words in every language: its short text and its wording.
fn question_words(loc: &Localizer, question: &str) -> Vec<String> {
    let mut words = Vec::new();
    for locale in Locale::ALL {
        for attr in [Some("short"), None] {
            let w = loc.text(locale, PackText::Question(question), attr);
            words.push(strip_address(&w));
        }
    }
    words
}

/// A question's wording without the words that address the applicant, which no header holds.
fn strip_address(text: &str) -> String {
    let mut t = text.to_owned();
    for filler in [
        "您的", "您是", "您", "吗", "？", "?", "是否", "你的", "您們",
    ] {
        t = t.replace(filler, "");
    }
    t
}

/// The option of a yes/no or option question whose label resembles `value` most, if any does
/// enough.
fn closest_option(
    pack: &PolicyPack,
    loc: &Localizer,
    question: &str,
    value: &str,
) -> Option<String> {
    let q = pack.question(question)?;
    let mut best: Option<(f64, String)> = None;
    for option in &q.options {
        for locale in Locale::ALL {
            let label = loc.text(locale, PackText::Option(question, option), None);
            // The label without its aside too: 高校毕业生 is the graduate's label
            // 高校毕业生（大专、本科、研究生毕业）, though it shares more pairs with
            // 技工院校毕业生 (issue #17 review).
            let head = label.split(['（', '(']).next().unwrap_or_default();
            let score = resemblance(value, &label).max(resemblance(value, head));
            if score >= VALUE_THRESHOLD && best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, option.clone()));
            }
        }
    }
    best.map(|(_, o)| o)
}

/// How much two texts resemble each other, from 0 to 1: Dice's coefficient on their pairs of
/// neighbouring characters, or when one holds the other whole, the share of the longer it
/// covers (a header 退役军人 is a small part of a question about parks for veterans).
pub fn resemblance(a: &str, b: &str) -> f64 {
    let (a, b) = (a.trim().to_lowercase(), b.trim().to_lowercase());
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    if a == b {
        return 1.0;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    let covered = if (la >= 2 && b.contains(&a)) || (lb >= 2 && a.contains(&b)) {
        0.9 * la.min(lb) as f64 / la.max(lb) as f64
    } else {
        0.0
    };
    let pairs = |s: &str| -> Vec<(char, char)> {
        let chars: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
        chars.windows(2).map(|w| (w[0], w[1])).collect()
    };
    let (pa, pb) = (pairs(&a), pairs(&b));
    if pa.is_empty() || pb.is_empty() {
        return covered;
    }
    let mut rest = pb.clone();
    let mut common = 0;
    for p in &pa {
        if let Some(i) = rest.iter().position(|q| q == p) {
            rest.swap_remove(i);
            common += 1;
        }
    }
    covered.max(2.0 * common as f64 / (pa.len() + pb.len()) as f64)
}
