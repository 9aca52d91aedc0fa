//! The result to take away: its text, and the QR code that carries it. The codes are read back
//! with an independent decoder (rqrr), as a phone would read them.

use navigator::present::{self, VerdictView};
use navigator::takeaway::{encode, render, takeaway, Takeaway, MAX_BYTES};
use navigator::{Locale, Status};

use crate::support::{cases, date, localizer, pack};

/// Decodes the QR code of `text` the way a phone camera would: from pixels.
fn read_back(text: &str) -> String {
    let code = encode(text).expect("the text fits a QR code");
    let pixels = code
        .render::<image::Luma<u8>>()
        .module_dimensions(4, 4)
        .build();
    let mut prepared = rqrr::PreparedImage::prepare(pixels);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the picture");
    let (_, content) = grids[0].decode().expect("the code decodes");
    content
}

fn verdicts_of(case: &str, locale: Locale) -> (Vec<VerdictView>, time::Date) {
    let (_, c) = cases()
        .into_iter()
        .find(|(name, _)| name == case)
        .expect("the persona case exists");
    let answers = navigator::Answers::from_json_value(pack(), &c.answers_json()).expect("valid");
    let on = c.date();
    (
        present::screen(pack(), localizer(), locale, &answers, on).verdicts,
        on,
    )
}

fn takeaway_of(case: &str, locale: Locale) -> (Takeaway, Vec<VerdictView>) {
    let (verdicts, on) = verdicts_of(case, locale);
    (
        takeaway(pack(), localizer(), locale, &verdicts, on),
        verdicts,
    )
}

#[test]
fn the_code_reads_back_as_the_text_and_the_svg_is_that_code() {
    for locale in Locale::ALL {
        let (t, _) = takeaway_of("veteran-returning-migrant-worker", locale);
        assert_eq!(read_back(&t.text), t.text, "{locale:?}");
        assert_eq!(Some(t.qr_svg.clone()), render(&t.text));
        assert!(t.qr_svg.starts_with("<?xml") || t.qr_svg.starts_with("<svg"));
    }
}

/// The takeaway's heading over the measures of a status (one per status, whatever their kind).
fn heading(status: &Status) -> &'static str {
    match status {
        Status::Eligible => "【与您相符】",
        Status::NeedsReview => "【需部门审核】",
        _ => "【尚待回答】",
    }
}

#[test]
fn it_lists_what_the_person_can_act_on_with_articles_and_nothing_else() {
    // A person with few measures: the whole list fits.
    let (t, verdicts) = takeaway_of("graduate-self-employed", Locale::ZhCn);
    assert_eq!(t.left_out, 0, "{}", t.text);
    assert!(!t.text.contains("另有"), "{}", t.text);
    // The text: a header, then per status a heading and its measures, then a footer.
    let mut listed = Vec::new();
    let mut current = String::new();
    for l in t.text.lines().skip(1) {
        if l.starts_with('【') {
            current = l.to_owned();
        } else if !current.is_empty() && l.contains('（') {
            listed.push((current.clone(), l.to_owned()));
        }
    }
    let mut found_count = 0;
    for v in &verdicts {
        let actionable = v.shown
            && matches!(
                v.status,
                Status::Eligible | Status::NeedsReview | Status::Unknown { .. }
            );
        // Titles can contain each other (创业培训 / 退役军人创业培训): match from the start.
        let entry = format!("{}{}", v.title, v.article);
        let found = listed
            .iter()
            .find(|(_, l)| l.starts_with(&format!("{entry} → ")));
        assert_eq!(
            found.is_some(),
            actionable,
            "{entry} ({:?})\n{}",
            v.status,
            t.text
        );
        if let Some((h, l)) = found {
            found_count += 1;
            assert_eq!(h, heading(&v.status), "{l}");
            // The office to go to first, as the screen shows it first.
            let first = &v.departments[0];
            assert!(first.primary_reason.is_some(), "{entry}");
            assert_eq!(l, &format!("{entry} → {}", first.name));
        }
    }
    assert!(found_count > 0);
    assert_eq!(listed.len(), found_count, "nothing else is listed");
    // Eligible first, then those needing review.
    let order: Vec<&str> = t.text.lines().filter(|l| l.starts_with('【')).collect();
    assert_eq!(order, vec!["【与您相符】", "【需部门审核】"], "{}", t.text);
    assert!(t.text.contains("朔政发〔2021〕26号"));
    assert!(t.text.contains("2026-11-28"));
}

#[test]
fn a_long_list_leaves_out_its_last_measures_and_keeps_each_office_to_go_to() {
    let (t, verdicts) = takeaway_of("veteran-returning-migrant-worker", Locale::ZhCn);
    let actionable: Vec<_> = verdicts
        .iter()
        .filter(|v| v.shown && matches!(v.status, Status::Eligible | Status::NeedsReview))
        .collect();
    assert!(t.left_out > 0, "this persona has more than a code holds");
    assert!(t.text.contains(&format!("另有 {} 项", t.left_out)));
    let measure_lines: Vec<&str> = t.text.lines().filter(|l| l.contains(" → ")).collect();
    assert_eq!(measure_lines.len() + t.left_out, actionable.len());
    // What is left out is the end of the list: the undecided and those needing review go
    // before the eligible do.
    let kept_review = measure_lines.len().saturating_sub(
        actionable
            .iter()
            .filter(|v| v.status == Status::Eligible)
            .count(),
    );
    let review_total = actionable.len()
        - actionable
            .iter()
            .filter(|v| v.status == Status::Eligible)
            .count();
    assert_eq!(review_total - kept_review, t.left_out, "{}", t.text);
    assert_eq!(read_back(&t.text), t.text);
}

#[test]
fn it_holds_no_answer() {
    // A persona with dates and numbers among the answers: none of them appears.
    for (name, case) in cases() {
        let (t, _) = takeaway_of(&name, Locale::En);
        for (question, value) in &case.answers {
            let shown = match value {
                toml::Value::Datetime(d) => d.to_string(),
                toml::Value::Integer(n) if *n >= 10 => n.to_string(),
                toml::Value::Float(x) => x.to_string(),
                _ => continue,
            };
            assert!(
                !t.text.contains(&shown),
                "{name}: answer to {question} in\n{}",
                t.text
            );
        }
    }
}

#[test]
fn a_long_result_is_shortened_to_fit_and_says_how_many_were_left_out() {
    // Every measure as if eligible: far more than a code can carry.
    let (mut verdicts, on) = verdicts_of("veteran-returning-migrant-worker", Locale::ZhCn);
    for v in &mut verdicts {
        v.status = Status::Eligible;
        v.shown = true;
    }
    let t = takeaway(pack(), localizer(), Locale::ZhCn, &verdicts, on);
    assert!(t.text.len() <= MAX_BYTES, "{} bytes", t.text.len());
    assert!(t.left_out > 0);
    let measures: Vec<&str> = t.text.lines().filter(|l| l.contains('（')).collect();
    assert!(!measures.is_empty());
    assert!(
        measures.iter().all(|l| l.contains(" → ")),
        "each kept measure keeps its office:\n{}",
        t.text
    );
    assert_eq!(
        t.text
            .lines()
            .filter(|l| l.starts_with('【'))
            .collect::<Vec<_>>(),
        ["【与您相符】"],
        "one status, one heading"
    );
    assert!(
        t.text.contains(&format!("另有 {} 项", t.left_out)),
        "{}",
        t.text
    );
    let listed = t.text.lines().count() - 4; // header, heading, "more", footer
    assert_eq!(listed + t.left_out, verdicts.len());
    assert_eq!(read_back(&t.text), t.text);
}

#[test]
fn no_measure_to_act_on_still_gives_a_readable_code() {
    let t = takeaway(pack(), localizer(), Locale::En, &[], date("2026-11-28"));
    assert_eq!(t.left_out, 0);
    assert!(t.text.contains("No measure to apply for yet"), "{}", t.text);
    assert_eq!(read_back(&t.text), t.text);
}
