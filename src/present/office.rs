//! Localized views of the staff screens: the consultation log, a record and its panel, a past
//! consultation, the figures by section, the department directory, the audit log, follow-up
//! labels and times. The callers only convert them.

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::question::{option_label, question, OptionView};
use crate::answers::format_date;
use crate::answers::Answers;
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::message::Explain;
use crate::pack::PackText;
use crate::pack::PolicyPack;
use crate::report::StatRow;
use crate::store::{AuditEntry, Consultation, DirectoryEntry, FollowUp, LogRow, Record};

/// One consultation in the log, worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogRowView {
    pub id: i64,
    /// Local date and time it started.
    pub started: String,
    pub finished: bool,
    /// The target groups chosen, comma-separated.
    pub groups: String,
    /// The county chosen, or empty.
    pub region: String,
    /// How many measures were eligible or need review.
    pub matched: usize,
    pub name: String,
    pub phone: String,
    /// The follow-up status, or empty without a record.
    pub follow_up: String,
}

/// Words the log's rows.
pub fn log_rows(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    rows: Vec<LogRow>,
) -> Vec<LogRowView> {
    let m = &pack.manifest;
    rows.into_iter()
        .map(|r| LogRowView {
            id: r.id.0,
            started: local_stamp(&r.started_at),
            finished: r.finished_at.is_some(),
            groups: r
                .groups
                .iter()
                .map(|g| option_label(loc, locale, &m.audience_question, g))
                .collect::<Vec<_>>()
                .join(", "),
            region: match (m.region_question.as_deref(), &r.region) {
                (Some(q), Some(v)) => option_label(loc, locale, q, v),
                _ => String::new(),
            },
            matched: r.matched.len(),
            name: r.name,
            phone: r.phone,
            follow_up: r
                .follow_up
                .map(|f| follow_up_label(loc, locale, f))
                .unwrap_or_default(),
        })
        .collect()
}

/// What the log's search offers to choose from: the target groups, the measures and the
/// follow-up statuses.
#[derive(Debug, Clone, PartialEq)]
pub struct LogChoices {
    pub groups: Vec<OptionView>,
    pub measures: Vec<OptionView>,
    pub follow_ups: Vec<OptionView>,
}

pub fn log_choices(pack: &PolicyPack, loc: &Localizer, locale: Locale) -> LogChoices {
    LogChoices {
        groups: pack
            .question(&pack.manifest.audience_question)
            .map(|q| question(loc, locale, q, &Answers::new()).options)
            .unwrap_or_default(),
        measures: pack
            .measures
            .iter()
            .map(|ms| {
                OptionView::new(
                    ms.id.clone(),
                    loc.text(locale, PackText::Measure(&ms.id), None),
                )
            })
            .collect(),
        follow_ups: follow_ups(loc, locale),
    }
}

/// A follow-up status, worded.
pub fn follow_up_label(loc: &Localizer, locale: Locale, f: FollowUp) -> String {
    loc.app(locale, &format!("followup-{}", f.as_str()), &[])
}

/// `YYYY-MM-DD HH:MM` in the machine's local time, from a stored RFC 3339 time; the stored text
/// as it is if it does not parse.
pub fn local_stamp(stored: &str) -> String {
    let Ok(at) = OffsetDateTime::parse(stored, &Rfc3339) else {
        return stored.to_owned();
    };
    let at = crate::clock::local(at);
    format!(
        "{} {:02}:{:02}",
        format_date(at.date()),
        at.hour(),
        at.minute()
    )
}

/// One section of the monitoring figures: its id (`total`, `group`, `region`, `month`,
/// `matched`, `near-miss`), heading and worded counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatSection {
    pub id: &'static str,
    pub label: String,
    pub rows: Vec<StatRow>,
}

/// Groups the figures' rows (in section order, as `report::statistics_rows` gives them) by
/// section.
pub fn stat_sections(rows: Vec<StatRow>) -> Vec<StatSection> {
    let mut sections: Vec<StatSection> = Vec::new();
    for row in rows {
        match sections.last_mut() {
            Some(s) if s.id == row.section => s.rows.push(row),
            _ => sections.push(StatSection {
                id: row.section,
                label: row.section_label.clone(),
                rows: vec![row],
            }),
        }
    }
    sections
}

/// The department directory of one county as staff edit it: every department of the pack,
/// with what staff entered for it.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectoryView {
    /// The counties to choose from; the first, with the value '', is "every county".
    pub counties: Vec<OptionView>,
    pub county: String,
    pub entries: Vec<DirectoryEntryView>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryEntryView {
    pub department: String,
    pub name: String,
    pub phone: String,
    pub address: String,
    pub hours: String,
}

/// The places an office can serve, worded: the whole city (the empty key), then the options
/// of the pack's region question.
pub fn counties(pack: &PolicyPack, loc: &Localizer, locale: Locale) -> Vec<OptionView> {
    let mut counties = vec![OptionView::new(
        String::new(),
        loc.app(locale, "ui-directory-every-county", &[]),
    )];
    if let Some(q) = pack
        .manifest
        .region_question
        .as_deref()
        .and_then(|q| pack.question(q))
    {
        counties.extend(question(loc, locale, q, &Answers::new()).options);
    }
    counties
}

pub fn directory(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    county: String,
    stored: &[DirectoryEntry],
) -> DirectoryView {
    let counties = counties(pack, loc, locale);
    let entries = pack
        .departments
        .iter()
        .map(|d| {
            let found = stored.iter().find(|e| e.department == d.id);
            let field =
                |f: fn(&DirectoryEntry) -> &String| found.map(f).cloned().unwrap_or_default();
            DirectoryEntryView {
                department: d.id.clone(),
                name: loc.text(locale, PackText::Department(&d.id), None),
                phone: field(|e| &e.phone),
                address: field(|e| &e.address),
                hours: field(|e| &e.hours),
            }
        })
        .collect();
    DirectoryView {
        counties,
        county,
        entries,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(section: &'static str, key: &str) -> StatRow {
        StatRow {
            section,
            section_label: format!("heading of {section}"),
            key: key.to_owned(),
            label: key.to_uppercase(),
            count: 1,
        }
    }

    #[test]
    fn figures_are_grouped_by_section_in_the_order_given() {
        let sections = stat_sections(vec![
            row("total", "consultations"),
            row("total", "finished"),
            row("group", "veteran"),
            row("month", "2026-11"),
        ]);
        let ids: Vec<&str> = sections.iter().map(|s| s.id).collect();
        assert_eq!(ids, ["total", "group", "month"]);
        assert_eq!(sections[0].rows.len(), 2);
        assert_eq!(sections[1].label, "heading of group");
        assert!(stat_sections(Vec::new()).is_empty());
    }

    #[test]
    fn a_time_that_does_not_parse_is_shown_as_stored() {
        assert_eq!(local_stamp("not a time"), "not a time");
        let shown = local_stamp("2026-11-29T04:18:00Z");
        assert!(
            shown.starts_with("2026-11-29 ") || shown.starts_with("2026-11-28 "),
            "{shown}"
        );
        assert_eq!(shown.len(), "2026-11-29 04:18".len());
    }
}

/// The log as staff see it: the rows found, whether more matched than are listed, and the
/// choices the search offers.
#[derive(Debug, Clone, PartialEq)]
pub struct LogView {
    pub rows: Vec<LogRowView>,
    /// More rows matched than are listed; narrow the search.
    pub more: bool,
    pub choices: LogChoices,
}

/// Staff's record of a consultation, as stored, with its times in local time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordView {
    pub consultation: i64,
    pub consent: bool,
    pub name: String,
    pub phone: String,
    pub note: String,
    pub follow_up: FollowUp,
    /// When the applicant consented (local date and time), empty without consent.
    pub consented_at: String,
    pub updated_at: String,
}

/// Words a stored record.
pub fn record(r: Record) -> RecordView {
    RecordView {
        consultation: r.consultation.0,
        consent: r.consented_at.is_some(),
        name: r.name,
        phone: r.phone,
        note: r.note,
        follow_up: r.follow_up,
        consented_at: r
            .consented_at
            .as_deref()
            .map(local_stamp)
            .unwrap_or_default(),
        updated_at: local_stamp(&r.updated_at),
    }
}

/// The longest name, phone and note a record keeps, in characters, so that a form can say so
/// before the store refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordLimits {
    pub name: usize,
    pub phone: usize,
    pub note: usize,
}

/// What the record panel shows: the record, if one was saved; the consent sentence the
/// applicant agrees to (it names how long the data is kept); the follow-up statuses to choose
/// from; and the field limits.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordPanelView {
    pub record: Option<RecordView>,
    pub consent_text: String,
    pub follow_ups: Vec<OptionView>,
    pub limits: RecordLimits,
}

/// Words the record panel.
pub fn record_panel(
    loc: &Localizer,
    locale: Locale,
    record: Option<Record>,
    retention_days: u32,
    limits: RecordLimits,
) -> RecordPanelView {
    RecordPanelView {
        record: record.map(self::record),
        consent_text: loc.app(locale, "record-consent", &[("days", retention_days.into())]),
        follow_ups: follow_ups(loc, locale),
        limits,
    }
}

/// Every follow-up status, worded, as a choice.
fn follow_ups(loc: &Localizer, locale: Locale) -> Vec<OptionView> {
    FollowUp::ALL
        .into_iter()
        .map(|f| OptionView::new(f.as_str().to_owned(), follow_up_label(loc, locale, f)))
        .collect()
}

/// One past consultation as staff open it from the log.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsultationView {
    pub id: i64,
    pub started: String,
    pub finished: String,
    /// `id version` of the pack it ran on.
    pub pack: String,
    /// It ran on a pack other than the one in use: titles come from the one in use where it
    /// still has the measure.
    pub other_pack: bool,
    pub stored: super::StoredView,
    pub record: Option<RecordView>,
}

/// Words a past consultation with its record.
pub fn consultation(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    c: &Consultation,
    record: Option<Record>,
) -> ConsultationView {
    let m = &pack.manifest;
    ConsultationView {
        id: c.id.0,
        started: local_stamp(&c.started_at),
        finished: c
            .finished_at
            .as_deref()
            .map(local_stamp)
            .unwrap_or_default(),
        pack: format!("{} {}", c.pack_id, c.pack_version),
        other_pack: c.pack_id != m.id || c.pack_version != m.version,
        stored: super::stored(pack, loc, locale, c),
        record: record.map(self::record),
    }
}

/// One line of the audit log, worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntryView {
    pub at: String,
    pub action: String,
    pub detail: String,
}

/// Words the audit log.
pub fn audit_log(loc: &Localizer, locale: Locale, entries: Vec<AuditEntry>) -> Vec<AuditEntryView> {
    entries
        .into_iter()
        .map(|e| AuditEntryView {
            at: local_stamp(&e.at),
            action: loc.say(locale, &e.action.message()),
            detail: e.detail,
        })
        .collect()
}
