//! The result to take away: its text, and the QR code that carries it. The codes are read back
//! with an independent decoder (rqrr), as a phone would read them.

use navigator::present::{self, VerdictView};
use navigator::takeaway::{encode, render, takeaway, Takeaway, MAX_BYTES};
use navigator::{Locale, Status};

use crate::support::{cases, date, localizer, pack, Case};

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
    verdicts_for(&c, locale)
}

fn verdicts_for(c: &Case, locale: Locale) -> (Vec<VerdictView>, time::Date) {
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
    // The labels of the options every persona chose, in every language, and the dates and
    // numbers they gave: none of them is in their takeaway. The takeaway's own words — the
    // measures' titles and articles, the departments, the headings, header and footer — are
    // taken out first: a title may well contain a label (退役军人创业培训, 退役军人), and that
    // is the measure's name, not the applicant's answer.
    let mut checked = 0;
    let cases = cases();
    for (name, case) in &cases {
        for locale in Locale::ALL {
            let (verdicts, on) = verdicts_for(case, locale);
            let t = takeaway(pack(), localizer(), locale, &verdicts, on);
            let rest = without_its_own_words(&t.text, &verdicts, locale, case.date());
            for (question, value) in &case.answers {
                for shown in answer_as_shown(question, value, locale) {
                    assert!(
                        !holds(&rest, &shown),
                        "{name} ({locale:?}): the answer to {question}, {shown:?}, in\n{}",
                        t.text
                    );
                    checked += 1;
                }
            }
        }
    }
    // every case, three languages, at least one option each.
    assert!(
        checked >= 3 * cases.len(),
        "only {checked} answers looked for"
    );
}

/// The takeaway `text` without the words it is made of: what is left is what it would say
/// beyond the results.
fn without_its_own_words(
    text: &str,
    verdicts: &[VerdictView],
    locale: Locale,
    on: time::Date,
) -> String {
    let loc = localizer();
    let header = loc.app(
        locale,
        "takeaway-header",
        &[
            ("document", pack().manifest.document.number.clone().into()),
            ("date", navigator::answers::format_date(on).into()),
        ],
    );
    let mut own: Vec<String> = vec![
        header,
        loc.app(locale, "takeaway-none", &[]),
        loc.app(locale, "takeaway-footer", &[]),
    ];
    for v in verdicts {
        own.extend([v.title.clone(), v.article.clone(), v.status_label.clone()]);
        own.extend(v.departments.iter().map(|d| d.name.clone()));
    }
    // Longest first, so that a title is taken out before a shorter one inside it.
    own.sort_by_key(|w| std::cmp::Reverse(w.len()));
    own.into_iter()
        .filter(|w| !w.is_empty())
        .fold(text.to_owned(), |rest, w| rest.replace(&w, "\u{1}"))
}

/// Whether `text` holds `word`: as a word of its own in a Latin script, anywhere in Chinese.
fn holds(text: &str, word: &str) -> bool {
    let latin = |c: char| c.is_ascii_alphanumeric();
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let glued_before = word.starts_with(latin) && before.is_some_and(latin);
        let glued_after = word.ends_with(latin) && after.is_some_and(latin);
        !glued_before && !glued_after
    })
}

/// How an answer shows on screen: the labels of the options chosen, a date or a number as
/// typed. A yes/no answer has no words of its own to look for.
fn answer_as_shown(question: &str, value: &toml::Value, locale: Locale) -> Vec<String> {
    let label =
        |v: &str| localizer().text(locale, navigator::pack::PackText::Option(question, v), None);
    match value {
        toml::Value::String(v) => vec![label(v)],
        toml::Value::Array(vs) => vs.iter().filter_map(|v| v.as_str()).map(label).collect(),
        toml::Value::Datetime(d) => vec![d.to_string()],
        toml::Value::Integer(n) if *n >= 10 => vec![n.to_string()],
        toml::Value::Float(x) => vec![x.to_string()],
        _ => vec![],
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

/// The persona's verdicts, cut to `measures` listed ones if given, with the last listed title
/// lengthened so that the takeaway's text is `target` bytes long — with the offices, or as it
/// would be without them.
fn padded(
    target: usize,
    measured_without_departments: bool,
    measures: Option<usize>,
) -> (Vec<VerdictView>, time::Date) {
    let (mut verdicts, on) = verdicts_of("veteran-returning-migrant-worker", Locale::En);
    let len = |v: &[VerdictView]| {
        let mut v = v.to_vec();
        if measured_without_departments {
            v.iter_mut().for_each(|v| v.departments.clear());
        }
        takeaway(pack(), localizer(), Locale::En, &v, on).text.len()
    };
    let listed = |v: &VerdictView| {
        v.shown
            && matches!(
                v.status,
                Status::Eligible | Status::NeedsReview | Status::Unknown { .. }
            )
    };
    // Fewer measures until the whole text, offices and all, is well below the target.
    let short = |v: &[VerdictView]| {
        let t = takeaway(pack(), localizer(), Locale::En, v, on);
        let count = v.iter().filter(|v| listed(v)).count();
        t.left_out == 0
            && t.text.contains(" → ")
            && t.text.len() < target - 100
            && measures.is_none_or(|n| count <= n)
    };
    while !short(&verdicts) {
        let drop = verdicts
            .iter()
            .rposition(listed)
            .expect("a measure to leave out");
        verdicts[drop].shown = false;
    }
    let last = verdicts.iter().rposition(listed).expect("a listed measure");
    let now = len(&verdicts);
    assert!(now < target, "{now} bytes already");
    verdicts[last].title.push_str(&"x".repeat(target - now));
    assert_eq!(len(&verdicts), target);
    (verdicts, on)
}

/// One byte more: the lengthened title gets another letter.
fn one_byte_more(verdicts: &mut [VerdictView]) {
    for v in verdicts.iter_mut().filter(|v| v.title.ends_with("xx")) {
        v.title.push('x');
    }
}

#[test]
fn a_text_of_exactly_the_limit_keeps_every_measure_and_one_byte_more_leaves_the_last_out() {
    let (mut verdicts, on) = padded(MAX_BYTES, false, None);
    let t = takeaway(pack(), localizer(), Locale::En, &verdicts, on);
    assert_eq!((t.text.len(), t.left_out), (MAX_BYTES, 0), "{}", t.text);
    assert!(t.text.contains(" → "), "offices kept:\n{}", t.text);
    one_byte_more(&mut verdicts);
    let t = takeaway(pack(), localizer(), Locale::En, &verdicts, on);
    assert_eq!(t.left_out, 1, "{}", t.text);
    assert!(t.text.len() <= MAX_BYTES);
    assert!(
        t.text.contains(" → "),
        "each kept measure keeps its office:\n{}",
        t.text
    );
    assert!(t.text.contains("…and 1 more"), "{}", t.text);
}

#[test]
fn one_measure_keeps_its_office_up_to_the_limit_and_loses_it_one_byte_beyond() {
    let (mut verdicts, on) = padded(MAX_BYTES, false, Some(1));
    let t = takeaway(pack(), localizer(), Locale::En, &verdicts, on);
    assert_eq!((t.text.len(), t.left_out), (MAX_BYTES, 0), "{}", t.text);
    assert!(t.text.contains(" → "), "{}", t.text);
    one_byte_more(&mut verdicts);
    let t = takeaway(pack(), localizer(), Locale::En, &verdicts, on);
    assert!(
        !t.text.contains(" → "),
        "the office goes before the measure:\n{}",
        t.text
    );
    assert_eq!(t.left_out, 0, "{}", t.text);
}

#[test]
fn one_measure_without_its_office_fits_up_to_the_limit_and_is_left_out_one_byte_beyond() {
    let (mut verdicts, on) = padded(MAX_BYTES, true, Some(1));
    let t = takeaway(pack(), localizer(), Locale::En, &verdicts, on);
    assert!(!t.text.contains(" → "), "{}", t.text);
    assert_eq!((t.text.len(), t.left_out), (MAX_BYTES, 0), "{}", t.text);
    one_byte_more(&mut verdicts);
    let t = takeaway(pack(), localizer(), Locale::En, &verdicts, on);
    assert_eq!(t.left_out, 1, "{}", t.text);
    assert!(t.text.len() <= MAX_BYTES);
    assert!(t.text.contains("…and 1 more"), "{}", t.text);
}
