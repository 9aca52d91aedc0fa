//! The monitoring figures and the staff exports, counted from consultations written here by
//! hand, so that every expected number below can be checked by reading this file.

use std::collections::BTreeMap;

use navigator::store::{Count, LogQuery, Month, Period, StoreError};
use navigator::{evaluate, report, Answers, Locale, Status, Store};

use crate::support::{answers, at, consult, localizer, pack, today};

fn counts(list: &[Count]) -> BTreeMap<&str, u64> {
    list.iter().map(|c| (c.key.as_str(), c.count)).collect()
}

/// The counts keyed by owned ids, to compare with tallies made from the engine's verdicts.
fn owned_counts(list: &[Count]) -> BTreeMap<String, u64> {
    list.iter().map(|c| (c.key.clone(), c.count)).collect()
}

fn veteran_in_pinglu() -> Answers {
    answers(serde_json::json!({
        "groups": ["veteran", "graduate"], "activity": "self_employed", "county": "pinglu"
    }))
}

fn veteran_in_youyu() -> Answers {
    // A municipal contest: the veterans' award is one (provincial) contest away.
    answers(
        serde_json::json!({"groups": ["veteran"], "contest_level": "municipal_or_lower", "county": "youyu"}),
    )
}

fn woman_unfinished() -> Answers {
    answers(serde_json::json!({"groups": ["woman"]}))
}

/// Three consultations: two finished in January and February, one left half-way in February.
fn three_consultations() -> Store {
    let store = Store::open_in_memory().expect("store");
    consult(&store, "2026-01-15T09:00:00Z", &veteran_in_pinglu(), true);
    consult(&store, "2026-02-03T10:00:00Z", &veteran_in_youyu(), true);
    consult(&store, "2026-02-20T16:30:00Z", &woman_unfinished(), false);
    store
}

#[test]
fn consultations_are_counted_by_group_county_and_month() -> Result<(), StoreError> {
    let stats = three_consultations().statistics(pack(), Period::default())?;
    assert_eq!(stats.consultations, 3);
    assert_eq!(stats.finished, 2);
    assert_eq!(
        counts(&stats.by_group),
        BTreeMap::from([("veteran", 2), ("graduate", 1), ("woman", 1)])
    );
    assert_eq!(
        counts(&stats.by_region),
        BTreeMap::from([("pinglu", 1), ("youyu", 1)])
    );
    assert_eq!(
        counts(&stats.by_month),
        BTreeMap::from([("2026-01", 1), ("2026-02", 2)])
    );
    // The most frequent group comes first.
    assert_eq!(stats.by_group[0].key, "veteran");
    Ok(())
}

#[test]
fn matches_and_near_misses_are_those_of_the_finished_consultations() -> Result<(), StoreError> {
    let stats = three_consultations().statistics(pack(), Period::default())?;
    // What the engine said of the two finished consultations, tallied here independently.
    let mut matched = BTreeMap::new();
    let mut near = BTreeMap::new();
    for given in [veteran_in_pinglu(), veteran_in_youyu()] {
        for v in evaluate(pack(), &given, today()) {
            match v.status {
                Status::Eligible | Status::NeedsReview => {
                    *matched.entry(v.measure.clone()).or_insert(0u64) += 1
                }
                Status::Ineligible {
                    near_miss: Some(m), ..
                } => *near.entry(m.question.clone()).or_insert(0u64) += 1,
                _ => {}
            }
        }
    }
    assert!(!matched.is_empty(), "the personas match something");
    assert!(!near.is_empty(), "the personas just miss something");
    let got_matched = owned_counts(&stats.matched);
    let got_near = owned_counts(&stats.near_misses);
    assert_eq!(got_matched, matched);
    assert_eq!(got_near, near);
    Ok(())
}

#[test]
fn a_period_counts_only_consultations_started_within_it() -> Result<(), StoreError> {
    let store = three_consultations();
    let february = Period {
        from: Month::parse("2026-02"),
        to: Month::parse("2026-02"),
    };
    let stats = store.statistics(pack(), february)?;
    assert_eq!(stats.consultations, 2, "both ends are included");
    assert_eq!(
        counts(&stats.by_group),
        BTreeMap::from([("veteran", 1), ("woman", 1)])
    );
    let january = Period {
        from: None,
        to: Month::parse("2026-01"),
    };
    assert_eq!(store.statistics(pack(), january)?.consultations, 1);
    let later = Period {
        from: Month::parse("2026-03"),
        to: None,
    };
    assert_eq!(store.statistics(pack(), later)?.by_group, vec![]);
    Ok(())
}

#[test]
fn consultations_count_and_are_found_under_the_local_day_they_started() -> Result<(), StoreError> {
    // 01:00 on 1 November in 朔州 (UTC+8) is 17:00 on 31 October in UTC.
    let store = Store::open_in_memory()?;
    let in_shuozhou = consult(
        &store,
        "2026-11-01T01:00:00+08:00",
        &veteran_in_youyu(),
        true,
    );
    // The same instant, on a machine that keeps UTC.
    let in_utc = consult(&store, "2026-10-31T17:00:00Z", &woman_unfinished(), false);
    assert_eq!(
        counts(&store.count_by_month(Period::default())?),
        BTreeMap::from([("2026-10", 1), ("2026-11", 1)])
    );
    let november = Period {
        from: Month::parse("2026-11"),
        to: Month::parse("2026-11"),
    };
    let stats = store.statistics(pack(), november)?;
    assert_eq!(stats.consultations, 1);
    assert_eq!(counts(&stats.by_group), BTreeMap::from([("veteran", 1)]));
    let mut exported = Vec::new();
    store.for_each_export_row(pack(), november, |row| {
        exported.push(row.id);
        Ok::<_, StoreError>(())
    })?;
    assert_eq!(exported, vec![in_shuozhou.0]);
    // The log's search by day reads the same local day.
    let first = time::Date::from_calendar_date(2026, time::Month::November, 1).expect("a date");
    let on_the_first = LogQuery {
        from: Some(first),
        to: Some(first),
        ..LogQuery::default()
    };
    let found: Vec<_> = store
        .search(pack(), &on_the_first, 10)?
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(found, vec![in_shuozhou]);
    // Stored times stay in UTC, whatever offset they came with, so that they sort as text.
    assert_eq!(
        store.consultation(in_shuozhou)?.started_at,
        "2026-10-31T17:00:00Z"
    );
    assert_eq!(
        store.consultation(in_utc)?.started_at,
        "2026-10-31T17:00:00Z"
    );
    Ok(())
}

#[test]
fn a_changed_or_withdrawn_answer_is_counted_as_it_now_stands() -> Result<(), StoreError> {
    let store = Store::open_in_memory()?;
    let first = answers(serde_json::json!({"groups": ["woman"], "county": "shuocheng"}));
    let id = store.start_consultation(Locale::ZhCn, pack(), at("2026-03-01T08:00:00Z"))?;
    for (q, a) in first.iter() {
        store.record_answer(id, q, a, at("2026-03-01T08:00:00Z"))?;
    }
    let changed = answers(serde_json::json!({"groups": ["veteran", "student"]}));
    let groups = changed.get("groups").expect("groups");
    store.record_answer(id, "groups", groups, at("2026-03-01T08:01:00Z"))?;
    store.withdraw_answer(id, "county", at("2026-03-01T08:02:00Z"))?;
    let stats = store.statistics(pack(), Period::default())?;
    assert_eq!(
        counts(&stats.by_group),
        BTreeMap::from([("veteran", 1), ("student", 1)])
    );
    assert!(stats.by_region.is_empty());
    Ok(())
}

#[test]
fn consultations_saved_before_the_statistics_existed_are_counted() -> Result<(), StoreError> {
    // A database as the first release wrote it: schema 1, answers as JSON only.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("navigator.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path)?;
        conn.execute_batch(include_str!(
            "../src/store/migrations/001_consultations.sql"
        ))?;
        conn.execute_batch(
            "PRAGMA user_version = 1;
             INSERT INTO consultations VALUES (1, '2025-06-01T00:00:00Z', '2025-06-01T00:00:00Z', NULL, 'zh-CN', 'shuozhou-2021-26', '1.0.0');
             INSERT INTO answers VALUES (1, 'groups', '[\"veteran\",\"woman\"]', '2025-06-01T00:00:00Z');
             INSERT INTO answers VALUES (1, 'county', '\"huairen\"', '2025-06-01T00:00:00Z');
             INSERT INTO answers VALUES (1, 'has_ip', 'true', '2025-06-01T00:00:00Z');",
        )?;
    }
    let store = Store::open(&path)?;
    assert_eq!(store.schema_version()?, navigator::store::SCHEMA_VERSION);
    let stats = store.statistics(pack(), Period::default())?;
    assert_eq!(
        counts(&stats.by_group),
        BTreeMap::from([("veteran", 1), ("woman", 1)])
    );
    assert_eq!(counts(&stats.by_region), BTreeMap::from([("huairen", 1)]));
    assert_eq!(
        counts(&store.count_by_option("has_ip", Period::default())?),
        BTreeMap::from([("true", 1)])
    );
    // Saved before local days were kept: counted under its UTC day, as it was then.
    assert_eq!(counts(&stats.by_month), BTreeMap::from([("2025-06", 1)]));
    let june = Period {
        from: Month::parse("2025-06"),
        to: Month::parse("2025-06"),
    };
    assert_eq!(store.statistics(pack(), june)?.consultations, 1);
    Ok(())
}

#[test]
fn the_consultation_export_reads_back_as_one_row_per_consultation() {
    let store = three_consultations();
    let mut bytes = Vec::new();
    let n = report::consultations(
        &store,
        pack(),
        localizer(),
        Locale::En,
        Period::default(),
        report::Format::Csv,
        &mut bytes,
    )
    .expect("export");
    assert_eq!(n, 3);
    // A byte-order mark first, so that spreadsheet programs read UTF-8.
    assert!(bytes.starts_with("\u{feff}".as_bytes()));
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().expect("headers").clone();
    assert_eq!(&headers[0], "No.");
    assert_eq!(&headers[6], "Groups");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[0][5], "Pinglu District");
    assert_eq!(
        &rows[0][6],
        "Military veteran, University or college graduate"
    );
    assert_eq!(
        &rows[2][2], "",
        "the unfinished consultation has no finish time"
    );
    assert_eq!(&rows[2][7], "", "and no verdicts");
    // The finished ones list exactly the measures the engine found eligible, by title.
    let eligible: Vec<String> = evaluate(pack(), &veteran_in_youyu(), today())
        .into_iter()
        .filter(|v| v.status == Status::Eligible)
        .map(|v| localizer().pack(Locale::En, &format!("m-{}", v.measure), None, &[]))
        .collect();
    assert_eq!(rows[1][7], eligible.join(", "));
}

#[test]
fn the_statistics_export_has_a_row_per_figure() {
    let store = three_consultations();
    let stats = store
        .statistics(pack(), Period::default())
        .expect("statistics");
    let mut bytes = Vec::new();
    report::statistics(
        &stats,
        pack(),
        localizer(),
        Locale::ZhCn,
        report::Format::Csv,
        &mut bytes,
    )
    .expect("csv");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    assert_eq!(&reader.headers().expect("headers")[3], "次数");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    let expected = 2
        + stats.by_group.len()
        + stats.by_region.len()
        + stats.by_month.len()
        + stats.matched.len()
        + stats.near_misses.len();
    assert_eq!(rows.len(), expected);
    let veteran = rows
        .iter()
        .find(|r| &r[1] == "veteran")
        .expect("a veteran row");
    assert_eq!(&veteran[0], "按人群");
    assert_eq!(&veteran[3], "2");
}

#[test]
fn finishing_again_after_a_change_counts_only_the_new_verdicts() -> Result<(), StoreError> {
    let store = Store::open_in_memory()?;
    let before = veteran_in_youyu();
    let id = store.start_consultation(Locale::ZhCn, pack(), at("2026-04-01T08:00:00Z"))?;
    for (q, a) in before.iter() {
        store.record_answer(id, q, a, at("2026-04-01T08:00:00Z"))?;
    }
    store.finish_consultation(
        id,
        &evaluate(pack(), &before, today()),
        at("2026-04-01T08:05:00Z"),
    )?;
    // The applicant goes back, says they are a graduate instead, and sees the results again.
    let after = answers(serde_json::json!({"groups": ["graduate"], "county": "youyu"}));
    store.record_answer(
        id,
        "groups",
        after.get("groups").expect("groups"),
        at("2026-04-01T08:06:00Z"),
    )?;
    store.finish_consultation(
        id,
        &evaluate(pack(), &after, today()),
        at("2026-04-01T08:07:00Z"),
    )?;

    let stats = store.statistics(pack(), Period::default())?;
    assert_eq!(stats.finished, 1);
    let expected: BTreeMap<String, u64> = evaluate(pack(), &after, today())
        .into_iter()
        .filter(|v| matches!(v.status, Status::Eligible | Status::NeedsReview))
        .map(|v| (v.measure, 1))
        .collect();
    let got = owned_counts(&stats.matched);
    assert_eq!(got, expected);
    let first: Vec<String> = evaluate(pack(), &before, today())
        .into_iter()
        .filter(|v| v.status == Status::Eligible)
        .map(|v| v.measure)
        .collect();
    assert!(first.iter().any(|m| m == "veteran-startup-training"));
    assert!(
        !got.contains_key("veteran-startup-training"),
        "a veteran-only measure from the first finish is no longer counted"
    );
    Ok(())
}

#[test]
fn erasing_a_consultation_keeps_the_anonymous_statistics() -> Result<(), StoreError> {
    let store = three_consultations();
    let before = store.statistics(pack(), Period::default())?;
    for id in store.consultation_ids()? {
        store.delete_consultation(id)?;
    }
    assert!(store.consultation_ids()?.is_empty());
    assert_eq!(store.statistics(pack(), Period::default())?, before);
    Ok(())
}

/// The text of one part of an .xlsx file (a zip of XML parts).
pub(crate) fn xlsx_part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut part = zip.by_name(name).expect("the part");
    let mut text = String::new();
    std::io::Read::read_to_string(&mut part, &mut text).expect("UTF-8 XML");
    text
}

#[test]
fn the_exports_as_workbooks_hold_the_same_figures_with_counts_as_numbers() {
    let store = three_consultations();
    let stats = store
        .statistics(pack(), Period::default())
        .expect("statistics");
    let mut book = Vec::new();
    report::statistics(
        &stats,
        pack(),
        localizer(),
        Locale::ZhCn,
        report::Format::Xlsx,
        &mut book,
    )
    .expect("xlsx");
    let workbook = xlsx_part(&book, "xl/workbook.xml");
    assert!(workbook.contains("name=\"统计数据\""), "{workbook}");
    let sheet = xlsx_part(&book, "xl/worksheets/sheet1.xml");
    let strings = xlsx_part(&book, "xl/sharedStrings.xml");
    for text in ["按人群", "次数", "veteran"] {
        assert!(strings.contains(text), "{text} missing");
    }
    // One row per figure plus the heading, and the counts are numbers, not text.
    let figures = 2
        + stats.by_group.len()
        + stats.by_region.len()
        + stats.by_month.len()
        + stats.matched.len()
        + stats.near_misses.len();
    assert_eq!(sheet.matches("<row ").count(), figures + 1);
    assert!(sheet.contains("<c r=\"D2\"><v>3</v></c>"), "{sheet}");

    let mut list = Vec::new();
    let n = report::consultations(
        &store,
        pack(),
        localizer(),
        Locale::En,
        Period::default(),
        report::Format::Xlsx,
        &mut list,
    )
    .expect("xlsx");
    assert_eq!(n, 3);
    let sheet = xlsx_part(&list, "xl/worksheets/sheet1.xml");
    assert_eq!(sheet.matches("<row ").count(), 4);
    let strings = xlsx_part(&list, "xl/sharedStrings.xml");
    assert!(strings.contains("Pinglu District"), "{strings}");
    assert!(xlsx_part(&list, "xl/workbook.xml").contains("name=\"Consultations\""));
}

#[test]
fn a_label_a_spreadsheet_would_take_for_a_formula_is_exported_as_text() {
    // issue #15: the CSV export wrote pack labels raw; a label starting with `=` became a
    // formula cell. Every text field is neutralised: `=`, `+`, `-`, `@`, tab, carriage return.
    let mut files = navigator::PolicyPack::embedded_files();
    let ftl = "locales/en/pack.ftl";
    let text = String::from_utf8(files[ftl].clone()).expect("UTF-8");
    let text = text
        .replacen(
            "opt-county-pinglu = Pinglu District",
            "opt-county-pinglu = =HYPERLINK(\"http://example.com\",\"Pinglu\")",
            1,
        )
        .replacen(
            "opt-groups-veteran = Military veteran",
            "opt-groups-veteran = @SUM(1+1)",
            1,
        );
    files.insert(ftl.into(), text.into_bytes());
    let pack = navigator::PolicyPack::load(&files).expect("still a valid pack");
    let loc = navigator::Localizer::new(&pack).expect("its words");
    let store = three_consultations();
    let mut bytes = Vec::new();
    report::consultations(
        &store,
        &pack,
        &loc,
        Locale::En,
        Period::default(),
        report::Format::Csv,
        &mut bytes,
    )
    .expect("export");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(
        &rows[0][5],
        "'=HYPERLINK(\"http://example.com\",\"Pinglu\")"
    );
    assert!(rows[0][6].starts_with("'@SUM(1+1)"), "{}", &rows[0][6]);
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?} would be a formula"
            );
        }
    }
}
