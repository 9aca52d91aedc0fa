//! The order a person reads results in, and the few things to do first.
//!
//! The document's article order puts 企业开办快速办理 and 知识产权宣传培训 before a veteran's
//! prize money. A person wants what is theirs first: what they can have before what they might
//! have, what was written for people like them before what is open to everybody, and what they
//! can act on (apply, take part, use) before what the city commits itself to. The order is read
//! off the data — the verdict, the measure's groups and its kind — and kept here once, so the
//! results screen, the CLI, the printout and the takeaway all list measures the same way.

use super::verdict::{DepartmentView, VerdictView};
use crate::engine::Status;
use crate::pack::{MeasureKind, PolicyPack};

/// At most this many measures head the results as "do these first".
pub const SUMMARY_MAX: usize = 3;

/// One of the first things to do: the measure and the one office to go to.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryItem {
    pub measure: String,
    pub title: String,
    /// The status, worded for the kind ("您可以申请", "您可以参加", …).
    pub status_label: String,
    /// The office to go to first, with the contact details staff entered, if any.
    pub office: Option<DepartmentView>,
}

/// How far down a verdict goes: lower first.
fn status_rank(status: &Status) -> u8 {
    match status {
        Status::Eligible => 0,
        Status::NeedsReview => 1,
        Status::Unknown { .. } => 2,
        Status::Expired { .. } => 3,
        Status::Ineligible { .. } => 4,
    }
}

/// What a person does with the measure: apply, take part, use; a commitment of the city is
/// only watched, so it comes last.
fn kind_rank(kind: MeasureKind) -> u8 {
    match kind {
        MeasureKind::Benefit => 0,
        MeasureKind::Programme => 1,
        MeasureKind::Service => 2,
        MeasureKind::Commitment => 3,
    }
}

/// The audience question's "none of these" options (someone in none of the groups): a measure
/// that names one is open to everybody, not written for particular people.
fn everybody(pack: &PolicyPack) -> impl Fn(&VerdictView) -> bool + '_ {
    let exclusive: &[String] = pack
        .question(&pack.manifest.audience_question)
        .map_or(&[], |q| q.exclusive.as_slice());
    move |v| v.groups.iter().any(|g| exclusive.contains(g))
}

/// Sorts verdicts into reading order: by status (eligible, needs review, undecided, expired,
/// not met), then measures for particular groups before those for everybody, then what one
/// can act on before the city's commitments, then the fewer groups a measure names the
/// earlier, and last the document's order (the sort is stable).
pub fn order(pack: &PolicyPack, verdicts: &mut [VerdictView]) {
    let for_everybody = everybody(pack);
    verdicts.sort_by_key(|v| {
        (
            status_rank(&v.status),
            for_everybody(v),
            kind_rank(v.kind),
            v.groups.len(),
        )
    });
}

/// The few things to do first: of the measures one can apply for, take part in or use (not
/// the city's commitments, which nobody acts on) and that hold for the person or wait on a
/// department's judgement, those written for people like them before those open to
/// everybody, what holds before what a department must judge, what is applied for before
/// what is joined or used; each with its office to go to first. Empty when there is none.
pub fn summary(pack: &PolicyPack, verdicts: &[VerdictView]) -> Vec<SummaryItem> {
    let mut candidates: Vec<&VerdictView> = verdicts
        .iter()
        .filter(|v| v.shown)
        .filter(|v| matches!(v.status, Status::Eligible | Status::NeedsReview))
        .filter(|v| v.kind != MeasureKind::Commitment)
        .collect();
    let for_everybody = everybody(pack);
    candidates.sort_by_key(|v| {
        (
            for_everybody(v),
            status_rank(&v.status),
            kind_rank(v.kind),
            v.groups.len(),
        )
    });
    candidates
        .into_iter()
        .take(SUMMARY_MAX)
        .map(|v| SummaryItem {
            measure: v.measure.clone(),
            title: v.title.clone(),
            status_label: v.status_label.clone(),
            office: v.departments.first().cloned(),
        })
        .collect()
}
