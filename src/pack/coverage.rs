//! Whether every sentence of the source is accounted for: encoded as (part of) a measure, or
//! explained in `not_applicable.toml`.
//!
//! Coverage is counted per sentence, not per article: an article often holds several
//! measures and some sentences of government-internal work, and a sentence nobody read is
//! exactly how a list of contests or a right to contest a credit record gets lost. An
//! article's sentences are what lies between its marker (`（三）` or `(三)`) and the next one,
//! cut at each `。`: the first is the article's own title, and what follows the last `。` is its
//! list of departments, so neither needs covering. A sentence is covered when, once every
//! excerpt of the same article is taken out of it, nothing but punctuation is left.
//!
//! This module only reads the source and the pack's records; it words nothing.

use super::{article_label, Measure, NotApplicable, PolicyPack};

/// One sentence of one article of the source, white space removed, without its `。`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub article: u32,
    pub text: String,
}

/// How the sentences of the source are accounted for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Coverage {
    /// Sentences of the articles, titles and department lists left out.
    pub sentences: usize,
    /// Sentences a measure encodes (in whole or in part, the rest explained).
    pub encoded: usize,
    /// Sentences only `not_applicable.toml` accounts for.
    pub explained: usize,
}

/// The sentences of every article of `source_flat` (the source with white space removed), in
/// the document's order.
pub fn sentences(source_flat: &str) -> Vec<Sentence> {
    let mut markers = Vec::new();
    let mut from = 0;
    for article in 1..=99u32 {
        let label = article_label(article);
        let numeral = label.trim_start_matches('（').trim_end_matches('）');
        let found = [format!("（{numeral}）"), format!("({numeral})")]
            .iter()
            .filter_map(|m| {
                let rest = source_flat.get(from..)?;
                rest.find(m.as_str()).map(|at| (from + at, m.len()))
            })
            .min();
        let Some((at, len)) = found else { break };
        markers.push((article, at));
        from = at + len;
    }
    let mut out = Vec::new();
    for (i, (article, start)) in markers.iter().enumerate() {
        let end = markers.get(i + 1).map_or(source_flat.len(), |(_, e)| *e);
        let body = &source_flat[*start..end];
        let mut parts: Vec<&str> = body.split('。').collect();
        // What follows the last 。 is the list of departments (or nothing).
        parts.pop();
        out.extend(
            parts
                .into_iter()
                .skip(1)
                .filter(|p| !p.is_empty())
                .map(|p| Sentence {
                    article: *article,
                    text: p.to_owned(),
                }),
        );
    }
    out
}

/// `sentence` with every excerpt (white space removed) taken out, and with it all punctuation:
/// empty when the excerpts account for the whole sentence.
fn left_over(sentence: &str, excerpts: &[String]) -> String {
    let mut pieces: Vec<&str> = excerpts
        .iter()
        .flat_map(|e| e.split('。'))
        .filter(|p| !p.is_empty())
        .collect();
    // Longest first: a measure may cite the first half of a sentence another cites whole.
    pieces.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let mut rest = sentence.to_owned();
    for piece in pieces {
        rest = rest.replace(piece, "");
    }
    rest.chars()
        .filter(|c| !c.is_ascii_punctuation() && !"，、；：“”‘’（）《》—…".contains(*c))
        .collect()
}

/// Every excerpt of article `article`, white space removed: the measures' and the
/// not-applicable entries'.
fn excerpts_of(
    article: u32,
    measures: &[Measure],
    not_applicable: &[NotApplicable],
) -> (Vec<String>, Vec<String>) {
    let flat = |s: &String| super::load::without_whitespace(s);
    let encoded = measures
        .iter()
        .filter(|m| m.article == article)
        .flat_map(|m| m.excerpts.iter().map(flat))
        .collect();
    let explained = not_applicable
        .iter()
        .filter(|n| n.article == article)
        .filter_map(|n| n.excerpt.as_ref().map(flat))
        .collect();
    (encoded, explained)
}

/// Whether the whole of article `article` is explained as not applicable.
fn whole_article_explained(article: u32, not_applicable: &[NotApplicable]) -> bool {
    not_applicable
        .iter()
        .any(|n| n.article == article && n.excerpt.is_none())
}

/// The sentences neither encoded nor explained: `(article, sentence)`.
pub(super) fn uncovered(
    source_flat: &str,
    measures: &[Measure],
    not_applicable: &[NotApplicable],
) -> Vec<(u32, String)> {
    sentences(source_flat)
        .into_iter()
        .filter(|s| !whole_article_explained(s.article, not_applicable))
        .filter(|s| {
            let (mut all, explained) = excerpts_of(s.article, measures, not_applicable);
            all.extend(explained);
            !left_over(&s.text, &all).is_empty()
        })
        .map(|s| (s.article, s.text))
        .collect()
}

/// How a loaded pack accounts for its source, sentence by sentence.
pub fn coverage(pack: &PolicyPack) -> Coverage {
    let flat = super::load::without_whitespace(&pack.source_text);
    let mut c = Coverage::default();
    for s in sentences(&flat) {
        c.sentences += 1;
        let (encoded, _) = excerpts_of(s.article, &pack.measures, &pack.not_applicable);
        let touches = encoded.iter().any(|e| {
            e.split('。')
                .filter(|p| !p.is_empty())
                .any(|p| s.text.contains(p) || p.contains(s.text.as_str()))
        });
        if touches && !whole_article_explained(s.article, &pack.not_applicable) {
            c.encoded += 1;
        } else {
            c.explained += 1;
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "一、总体\n（一）目标。做好工作。\n(二)扶持。对甲给予奖励，对乙给予补贴。\n推进内部建设。（市局负责）\n";

    fn flat() -> String {
        super::super::load::without_whitespace(SOURCE)
    }

    #[test]
    fn sentences_leave_out_titles_and_department_lists() {
        let found: Vec<(u32, String)> = sentences(&flat())
            .into_iter()
            .map(|s| (s.article, s.text))
            .collect();
        assert_eq!(
            found,
            [
                (1, "做好工作".to_owned()),
                (2, "对甲给予奖励，对乙给予补贴".to_owned()),
                (2, "推进内部建设".to_owned()),
            ]
        );
    }

    #[test]
    fn a_sentence_half_encoded_and_half_unexplained_is_not_covered() {
        let rest = left_over("对甲给予奖励，对乙给予补贴", &["对甲给予奖励".to_owned()]);
        assert_eq!(rest, "对乙给予补贴");
        let rest = left_over(
            "对甲给予奖励，对乙给予补贴",
            &["对甲给予奖励，".to_owned(), "对乙给予补贴。".to_owned()],
        );
        assert_eq!(rest, "");
    }
}
