//! The order results are read in, and the few things to do first (issue #14: a veteran read
//! 企业开办快速办理 and 知识产权宣传培训 before anything written for veterans).

use navigator::engine::Status;
use navigator::pack::MeasureKind;
use navigator::present::{self, StepView};
use navigator::takeaway::takeaway;
use navigator::{Answers, Locale};

use crate::support::{cases, localizer, pack};

fn step_of(case: &str) -> StepView {
    let (_, c) = cases()
        .into_iter()
        .find(|(name, _)| name == case)
        .expect("the persona case exists");
    let answers = Answers::from_json_value(pack(), &c.answers_json()).expect("valid");
    present::screen(pack(), localizer(), Locale::ZhCn, &answers, c.date())
}

fn rank(status: &Status) -> u8 {
    match status {
        Status::Eligible => 0,
        Status::NeedsReview => 1,
        Status::Unknown { .. } => 2,
        Status::Expired { .. } => 3,
        Status::Ineligible { .. } => 4,
    }
}

/// Open to someone in none of the groups: written for everybody.
fn for_everybody(groups: &[String]) -> bool {
    groups.iter().any(|g| g == "other_person")
}

#[test]
fn a_veteran_reads_what_was_written_for_veterans_first() {
    let step = step_of("veteran-municipal-prize");
    let first = step.results().next().expect("results");
    // Read off the pack: 退役军人创业培训 is the only eligible measure for veterans alone;
    // 企业开办快速办理 is for everybody and came first in the document's order.
    assert_eq!(first.measure, "veteran-startup-training");
    let summary: Vec<&str> = step.summary.iter().map(|s| s.measure.as_str()).collect();
    assert_eq!(summary.len(), 3);
    assert!(summary.contains(&"veteran-tax-preferences"), "{summary:?}");
    assert!(summary.contains(&"veteran-startup-training"), "{summary:?}");
    assert!(
        !summary.contains(&"fast-business-registration"),
        "{summary:?}"
    );
}

#[test]
fn a_returnee_finds_the_residence_registration_among_the_first_things_to_do() {
    let step = step_of("returnee-woman-with-children");
    let summary: Vec<&str> = step.summary.iter().map(|s| s.measure.as_str()).collect();
    assert!(
        summary.contains(&"returnee-hukou-registration"),
        "{summary:?}"
    );
}

#[test]
fn every_persona_reads_by_status_then_their_own_measures_before_everybodys() {
    let mut checked = 0;
    let mut kinds_ordered = 0;
    for (name, case) in cases() {
        let answers = Answers::from_json_value(pack(), &case.answers_json()).expect("valid");
        let step = present::screen(pack(), localizer(), Locale::ZhCn, &answers, case.date());
        let shown: Vec<_> = step.results().collect();
        for pair in shown.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            assert!(
                rank(&a.status) <= rank(&b.status),
                "{name}: {} before {}",
                a.measure,
                b.measure
            );
            if rank(&a.status) == rank(&b.status) {
                assert!(
                    !for_everybody(&a.groups) || for_everybody(&b.groups),
                    "{name}: {} (for everybody) before {} (for some groups)",
                    a.measure,
                    b.measure
                );
                checked += 1;
                // Then what one acts on (apply, take part, use) before the city's
                // commitments (two mutants of that rank went unnoticed).
                if for_everybody(&a.groups) == for_everybody(&b.groups) {
                    assert!(
                        acting(a.kind) <= acting(b.kind),
                        "{name}: {} ({:?}) before {} ({:?})",
                        a.measure,
                        a.kind,
                        b.measure,
                        b.kind
                    );
                    kinds_ordered += usize::from(a.kind != b.kind);
                }
            }
        }
        // The summary: at most three, each one can act on now or after a department's
        // judgement, each with its office; none when nothing qualifies.
        let actionable = shown.iter().any(|v| {
            matches!(v.status, Status::Eligible | Status::NeedsReview)
                && v.kind != MeasureKind::Commitment
        });
        assert!(step.summary.len() <= 3, "{name}");
        assert_eq!(!step.summary.is_empty(), actionable, "{name}");
        for item in &step.summary {
            let v = shown
                .iter()
                .find(|v| v.measure == item.measure)
                .unwrap_or_else(|| panic!("{name}: {} is not among the results", item.measure));
            assert!(
                matches!(v.status, Status::Eligible | Status::NeedsReview),
                "{name}"
            );
            assert_ne!(v.kind, MeasureKind::Commitment, "{name}: {}", v.measure);
            let office = item.office.as_ref().expect("an office to go to");
            assert!(
                office.primary_reason.is_some(),
                "{name}: the first office, with why"
            );
        }
    }
    assert!(checked > 100, "only {checked} neighbours compared");
    assert!(
        kinds_ordered > 10,
        "only {kinds_ordered} neighbours of two kinds compared"
    );
}

/// What a person does with a measure, in the order the README gives: apply for it, take
/// part in it, use it; the city's commitments last.
fn acting(kind: MeasureKind) -> u8 {
    match kind {
        MeasureKind::Benefit => 0,
        MeasureKind::Programme => 1,
        MeasureKind::Service => 2,
        MeasureKind::Commitment => 3,
    }
}

#[test]
fn the_takeaway_lists_measures_in_the_order_of_the_screen() {
    let step = step_of("veteran-municipal-prize");
    let t = takeaway(pack(), localizer(), Locale::ZhCn, &step.verdicts, step.date);
    let first_title = &step.results().next().expect("results").title;
    let first_measure_line = t
        .text
        .lines()
        .find(|l| l.contains('（'))
        .expect("a measure line");
    assert!(
        first_measure_line.starts_with(first_title.as_str()),
        "{first_measure_line}"
    );
}

#[test]
fn a_measure_done_county_by_county_names_the_applicants_county_and_no_other_does() {
    // （十二）: 支持全市各县（市、区）建设农民工返乡创业孵化基地: the county is where to ask.
    let step = step_of("migrant-worker-not-rural");
    for v in step.results() {
        let expected =
            (v.measure == "migrant-return-incubation-bases").then(|| "怀仁市".to_owned());
        assert_eq!(v.county, expected, "{}", v.measure);
    }
    assert!(step
        .results()
        .any(|v| v.measure == "migrant-return-incubation-bases"));
}
