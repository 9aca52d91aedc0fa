//! County-office mode (issue #4): staff's records with the applicant's consent, the retention
//! period, the consultation log's search, the audit log, the department directory, and what the
//! exports may and may not contain. Every consultation is written here by hand.

use std::collections::BTreeSet;

use navigator::store::{
    AuditAction, ConsultationId, DirectoryEntry, Field, FollowUp, LogQuery, Period, RecordInput,
    StoreError, DIRECTORY_MAX, NAME_MAX, NOTE_MAX, PHONE_MAX,
};
use navigator::{evaluate, report, Answers, Locale, Status, Store};

use crate::support::{answers, at, consult, date, localizer, pack, today};

fn veteran_in_pinglu() -> Answers {
    answers(serde_json::json!({
        "groups": ["veteran", "graduate"], "activity": "self_employed", "county": "pinglu"
    }))
}

fn veteran_in_youyu() -> Answers {
    answers(serde_json::json!({"groups": ["veteran"], "county": "youyu"}))
}

fn woman() -> Answers {
    answers(serde_json::json!({"groups": ["woman"]}))
}

fn consented(name: &str, phone: &str, follow_up: FollowUp) -> RecordInput {
    RecordInput {
        consent: true,
        name: name.into(),
        phone: phone.into(),
        note: String::new(),
        follow_up,
    }
}

/// The measures the engine finds eligible or needing review for these answers.
fn matched(given: &Answers) -> BTreeSet<String> {
    evaluate(pack(), given, today())
        .into_iter()
        .filter(|v| matches!(v.status, Status::Eligible | Status::NeedsReview))
        .map(|v| v.measure)
        .collect()
}

#[test]
fn without_consent_a_name_phone_or_note_is_refused_and_nothing_is_stored() {
    let store = Store::open_in_memory().expect("store");
    let id = consult(&store, "2026-01-15T09:00:00Z", &woman(), false);
    // issue #15: the note, which retention treats as personal data, was kept without consent.
    for (name, phone, note) in [
        ("张三", "", "想开网店"),
        ("", "13800000000", ""),
        ("", "", "想开网店"),
    ] {
        let input = RecordInput {
            consent: false,
            name: name.into(),
            phone: phone.into(),
            note: note.into(),
            follow_up: FollowUp::Referred,
        };
        let e = store
            .save_record(id, &input, at("2026-01-15T09:30:00Z"))
            .expect_err("no consent");
        assert!(matches!(e, StoreError::NoConsent), "{e:?}");
        assert_eq!(store.record(id).expect("read"), None, "nothing written");
    }
    // Blanks are not a name: a record without consent keeps the follow-up only.
    let input = RecordInput {
        consent: false,
        name: "  ".into(),
        phone: "\t".into(),
        note: " \n ".into(),
        follow_up: FollowUp::Referred,
    };
    let r = store
        .save_record(id, &input, at("2026-01-15T09:30:00Z"))
        .expect("no personal data, no consent needed");
    assert_eq!(
        (r.name.as_str(), r.phone.as_str(), r.note.as_str()),
        ("", "", "")
    );
    assert_eq!(r.consented_at, None);
    assert_eq!(store.record(id).expect("read"), Some(r));
    // With consent, a note alone is kept, trimmed.
    let input = RecordInput {
        consent: true,
        note: " 想开网店 ".into(),
        ..RecordInput::default()
    };
    let r = store
        .save_record(id, &input, at("2026-01-15T09:40:00Z"))
        .expect("with consent");
    assert_eq!(r.note, "想开网店", "trimmed");
}

#[test]
fn consent_keeps_its_first_time_and_withdrawing_it_erases_name_and_phone() {
    let store = Store::open_in_memory().expect("store");
    let id = consult(&store, "2026-01-15T09:00:00Z", &woman(), false);
    let first = store
        .save_record(
            id,
            &consented(" 张三 ", " 139 1234 5678 ", FollowUp::Open),
            at("2026-01-15T09:10:00Z"),
        )
        .expect("with consent");
    assert_eq!(first.name, "张三");
    assert_eq!(first.phone, "139 1234 5678");
    assert_eq!(first.consented_at.as_deref(), Some("2026-01-15T09:10:00Z"));

    // Times from a clock in 朔州 (UTC+8) are stored in UTC, like every other timestamp.
    let later = store
        .save_record(
            id,
            &consented("张三", "13912345678", FollowUp::Referred),
            at("2026-01-20T08:00:00+08:00"),
        )
        .expect("updated");
    assert_eq!(
        later.consented_at.as_deref(),
        Some("2026-01-15T09:10:00Z"),
        "the consent the data was collected under"
    );
    assert_eq!(later.updated_at, "2026-01-20T00:00:00Z");
    assert_eq!(later.phone, "13912345678");

    // Withdrawing consent while still sending the name is refused, and changes nothing.
    let mut keep_name = consented("张三", "", FollowUp::Applied);
    keep_name.consent = false;
    assert!(matches!(
        store.save_record(id, &keep_name, at("2026-01-21T09:00:00Z")),
        Err(StoreError::NoConsent)
    ));
    assert_eq!(store.record(id).expect("read"), Some(later));

    let withdrawn = RecordInput {
        follow_up: FollowUp::Applied,
        ..RecordInput::default()
    };
    store
        .save_record(id, &withdrawn, at("2026-01-21T09:00:00Z"))
        .expect("withdrawn");
    let r = store.record(id).expect("read").expect("still a record");
    assert_eq!((r.name.as_str(), r.phone.as_str()), ("", ""));
    assert_eq!(r.consented_at, None);
    assert_eq!(r.follow_up, FollowUp::Applied, "the follow-up stays");

    // Consenting again starts a new consent.
    let again = store
        .save_record(
            id,
            &consented("张三", "", FollowUp::Applied),
            at("2026-02-01T09:00:00Z"),
        )
        .expect("consent again");
    assert_eq!(again.consented_at.as_deref(), Some("2026-02-01T09:00:00Z"));
}

#[test]
fn too_long_fields_are_refused_by_name_and_the_limits_themselves_are_kept() {
    let store = Store::open_in_memory().expect("store");
    let id = consult(&store, "2026-01-15T09:00:00Z", &woman(), false);
    let when = at("2026-01-15T09:10:00Z");
    let with = |name: usize, phone: usize, note: usize| RecordInput {
        consent: true,
        name: "张".repeat(name),
        phone: "1".repeat(phone),
        note: "记".repeat(note),
        follow_up: FollowUp::Open,
    };
    for (input, field, max) in [
        (with(51, 0, 0), Field::Name, NAME_MAX),
        (with(0, 31, 0), Field::Phone, PHONE_MAX),
        (with(0, 0, 2001), Field::Note, NOTE_MAX),
    ] {
        match store.save_record(id, &input, when) {
            Err(StoreError::TooLong { field: f, max: m }) => assert_eq!((f, m), (field, max)),
            other => panic!("{field:?}: {other:?}"),
        }
        assert_eq!(store.record(id).expect("read"), None);
    }
    assert_eq!((NAME_MAX, PHONE_MAX, NOTE_MAX), (50, 30, 2000));
    let r = store
        .save_record(id, &with(50, 30, 2000), when)
        .expect("at the limits");
    assert_eq!(r.name.chars().count(), 50);
    assert_eq!(r.note.chars().count(), 2000);
}

#[test]
fn a_record_needs_its_consultation() {
    let store = Store::open_in_memory().expect("store");
    assert!(matches!(
        store.save_record(
            ConsultationId(42),
            &RecordInput::default(),
            at("2026-01-15T09:10:00Z")
        ),
        Err(StoreError::NoSuchConsultation(42))
    ));
}

#[test]
fn retention_erases_exactly_the_old_records_and_keeps_follow_up_and_figures() {
    let store = Store::open_in_memory().expect("store");
    let old = consult(&store, "2026-01-15T09:00:00Z", &veteran_in_pinglu(), true);
    let old_note_only = consult(&store, "2026-01-31T23:59:59Z", &woman(), false);
    let old_no_record = consult(&store, "2026-01-20T09:00:00Z", &woman(), true);
    let new = consult(&store, "2026-02-01T00:00:00Z", &veteran_in_youyu(), true);
    let saved = at("2026-02-01T10:00:00Z");
    store
        .save_record(
            old,
            &consented("张三", "13800000001", FollowUp::Applied),
            saved,
        )
        .expect("saved");
    let note_only = RecordInput {
        consent: true,
        note: "电话回访".into(),
        follow_up: FollowUp::Referred,
        ..RecordInput::default()
    };
    store
        .save_record(old_note_only, &note_only, saved)
        .expect("saved");
    let kept = store
        .save_record(
            new,
            &consented("李四", "13900000002", FollowUp::Open),
            saved,
        )
        .expect("saved");
    let before = store.statistics(pack(), Period::default()).expect("stats");

    let cutoff = at("2026-02-01T00:00:00Z");
    let n = store
        .erase_personal_before(cutoff, at("2026-08-01T03:00:00Z"))
        .expect("erased");
    assert_eq!(n, 2, "the old record with a name and the old note");

    let r = store.record(old).expect("read").expect("the record stays");
    assert_eq!(
        (r.name.as_str(), r.phone.as_str(), r.note.as_str()),
        ("", "", "")
    );
    assert_eq!(r.consented_at, None);
    assert_eq!(r.follow_up, FollowUp::Applied);
    assert_eq!(r.updated_at, "2026-08-01T03:00:00Z");
    let r = store.record(old_note_only).expect("read").expect("stays");
    assert_eq!(r.note, "");
    assert_eq!(r.follow_up, FollowUp::Referred);
    assert_eq!(store.record(old_no_record).expect("read"), None);
    assert_eq!(
        store.record(new).expect("read"),
        Some(kept),
        "a consultation started at the cutoff is not before it"
    );
    assert!(!store.answers(old, pack()).expect("answers").is_empty());
    assert!(!store.consultation(old).expect("read").verdicts.is_empty());
    assert_eq!(
        store.statistics(pack(), Period::default()).expect("stats"),
        before
    );

    let log = store.audit_log(10).expect("audit");
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].action.as_str(), log[0].detail.as_str()),
        ("retention", "2 records")
    );
    assert_eq!(log[0].at, "2026-08-01T03:00:00Z");

    // Nothing left to erase: nothing changes, and nothing is audited.
    assert_eq!(
        store
            .erase_personal_before(cutoff, at("2026-08-02T03:00:00Z"))
            .expect("again"),
        0
    );
    assert_eq!(store.audit_log(10).expect("audit").len(), 1);
}

#[test]
fn deleting_a_consultation_removes_its_record_and_leaves_the_figures() {
    let store = Store::open_in_memory().expect("store");
    let id = consult(&store, "2026-01-15T09:00:00Z", &veteran_in_pinglu(), true);
    store
        .save_record(
            id,
            &consented("张三", "13800000001", FollowUp::Referred),
            at("2026-01-15T09:30:00Z"),
        )
        .expect("saved");
    let before = store.statistics(pack(), Period::default()).expect("stats");
    assert_eq!(before.consultations, 1);

    store.delete_consultation(id).expect("deleted");
    assert_eq!(store.record(id).expect("read"), None);
    assert!(store
        .search(pack(), &LogQuery::default(), 10)
        .expect("search")
        .is_empty());
    assert_eq!(
        store.statistics(pack(), Period::default()).expect("stats"),
        before,
        "the tallies are anonymous and stay"
    );
}

/// A store at `path` with one consultation whose record names `marker`, with consent.
fn store_with_named_record(path: &std::path::Path, marker: &str) -> (Store, ConsultationId) {
    let store = Store::open(path).expect("store");
    let id = consult(&store, "2026-01-15T09:00:00Z", &woman(), false);
    store
        .save_record(
            id,
            &consented(marker, "13800000001", FollowUp::Open),
            at("2026-01-15T09:30:00Z"),
        )
        .expect("saved");
    (store, id)
}

/// Fails if `marker` can be read from the database file or its write-ahead log in `dir`.
fn assert_unreadable(dir: &std::path::Path, marker: &str) {
    for file in ["navigator.sqlite3", "navigator.sqlite3-wal"] {
        let bytes = std::fs::read(dir.join(file)).unwrap_or_default();
        let found = bytes.windows(marker.len()).any(|w| w == marker.as_bytes());
        assert!(!found, "the name can still be read from {file}");
    }
}

#[test]
fn the_record_is_overwritten_on_disk_when_its_consultation_is_deleted() {
    // secure_delete (set when the store opens) must reach the records table too.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("navigator.sqlite3");
    let marker = "Zhangsan-Marker-7731";
    let (store, id) = store_with_named_record(&path, marker);
    store.delete_consultation(id).expect("deleted");
    // While the app still runs (a kiosk's idle wipe), the write-ahead log must not keep it.
    assert_unreadable(dir.path(), marker);
    drop(store);
}

#[test]
fn erased_personal_data_cannot_be_read_back_from_the_files() {
    // The store stays open, as the app would be: the write-ahead log must not keep it either.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("navigator.sqlite3");
    let marker = "Lisi-Marker-5520";
    let (store, _) = store_with_named_record(&path, marker);
    let n = store
        .erase_personal_before(at("2026-07-15T00:00:00Z"), at("2026-07-15T01:00:00Z"))
        .expect("erased");
    assert_eq!(n, 1);
    assert_unreadable(dir.path(), marker);
    drop(store);
}

/// Four consultations for the log's search, oldest first.
struct Office {
    store: Store,
    pinglu: ConsultationId,
    youyu: ConsultationId,
    woman_unfinished: ConsultationId,
    woman_march: ConsultationId,
}

fn office() -> Office {
    let store = Store::open_in_memory().expect("store");
    let pinglu = consult(&store, "2026-01-15T09:00:00Z", &veteran_in_pinglu(), true);
    let youyu = consult(&store, "2026-02-03T10:00:00Z", &veteran_in_youyu(), true);
    let woman_unfinished = consult(&store, "2026-02-20T23:30:00Z", &woman(), false);
    let woman_march = consult(&store, "2026-03-01T00:10:00Z", &woman(), true);
    let saved = at("2026-03-02T09:00:00Z");
    store
        .save_record(
            pinglu,
            &consented("Zhang San", "13800000001", FollowUp::Referred),
            saved,
        )
        .expect("saved");
    store
        .save_record(
            youyu,
            &consented("张三", "139-1234-5678", FollowUp::Applied),
            saved,
        )
        .expect("saved");
    let note_only = RecordInput {
        consent: true,
        note: "Zhang's neighbour".into(),
        ..RecordInput::default()
    };
    store
        .save_record(woman_march, &note_only, saved)
        .expect("saved");
    Office {
        store,
        pinglu,
        youyu,
        woman_unfinished,
        woman_march,
    }
}

impl Office {
    fn ids(&self, q: &LogQuery) -> Vec<ConsultationId> {
        self.store
            .search(pack(), q, 100)
            .expect("search")
            .into_iter()
            .map(|r| r.id)
            .collect()
    }
}

#[test]
fn the_log_lists_everything_newest_first_within_the_limit() {
    let o = office();
    assert_eq!(
        o.ids(&LogQuery::default()),
        vec![o.woman_march, o.woman_unfinished, o.youyu, o.pinglu]
    );
    let two: Vec<_> = o
        .store
        .search(pack(), &LogQuery::default(), 2)
        .expect("search")
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(two, vec![o.woman_march, o.woman_unfinished]);

    let rows = o
        .store
        .search(pack(), &LogQuery::default(), 10)
        .expect("search");
    let pinglu = rows.iter().find(|r| r.id == o.pinglu).expect("listed");
    assert_eq!(
        pinglu.groups.iter().collect::<BTreeSet<_>>(),
        BTreeSet::from([&"graduate".to_owned(), &"veteran".to_owned()])
    );
    assert_eq!(pinglu.region.as_deref(), Some("pinglu"));
    assert_eq!(
        pinglu.matched.iter().cloned().collect::<BTreeSet<_>>(),
        matched(&veteran_in_pinglu())
    );
    assert_eq!(pinglu.name, "Zhang San");
    assert_eq!(pinglu.phone, "13800000001");
    assert_eq!(pinglu.follow_up, Some(FollowUp::Referred));
    assert_eq!(pinglu.started_at, "2026-01-15T09:00:00Z");
    assert!(pinglu.finished_at.is_some());
    let unfinished = rows
        .iter()
        .find(|r| r.id == o.woman_unfinished)
        .expect("listed");
    assert_eq!(unfinished.follow_up, None, "no record kept");
    assert_eq!(
        (unfinished.name.as_str(), unfinished.region.as_deref()),
        ("", None)
    );
    assert!(unfinished.matched.is_empty() && unfinished.finished_at.is_none());
}

#[test]
fn the_log_is_searched_by_group() {
    let o = office();
    let by = |group: &str| LogQuery {
        group: Some(group.into()),
        ..LogQuery::default()
    };
    assert_eq!(o.ids(&by("graduate")), vec![o.pinglu]);
    assert_eq!(o.ids(&by("veteran")), vec![o.youyu, o.pinglu]);
    assert_eq!(o.ids(&by("woman")), vec![o.woman_march, o.woman_unfinished]);
    assert_eq!(o.ids(&by("pinglu")), vec![], "a county is not a group");
}

#[test]
fn the_log_is_searched_by_a_measure_found_eligible_or_needing_review() {
    let o = office();
    let pinglu = matched(&veteran_in_pinglu());
    let youyu = matched(&veteran_in_youyu());
    let only_pinglu = pinglu
        .difference(&youyu)
        .next()
        .expect("the graduate in Pinglu matches a measure the other veteran does not");
    let q = LogQuery {
        measure: Some(only_pinglu.clone()),
        ..LogQuery::default()
    };
    assert_eq!(o.ids(&q), vec![o.pinglu]);
    // Every measure of either veteran lists exactly the finished consultations that matched it.
    let women = matched(&woman());
    for m in pinglu.union(&youyu) {
        let q = LogQuery {
            measure: Some(m.clone()),
            ..LogQuery::default()
        };
        let expected: Vec<ConsultationId> = [
            (o.woman_march, &women),
            (o.youyu, &youyu),
            (o.pinglu, &pinglu),
        ]
        .into_iter()
        .filter(|(_, set)| set.contains(m))
        .map(|(id, _)| id)
        .collect();
        assert_eq!(o.ids(&q), expected, "{m}");
    }
    // A measure the engine found ineligible for everyone is matched by no one.
    let nobody = pack()
        .measures
        .iter()
        .map(|m| m.id.clone())
        .find(|m| !pinglu.contains(m) && !youyu.contains(m) && !matched(&woman()).contains(m))
        .expect("some measure none of them matched");
    let q = LogQuery {
        measure: Some(nobody),
        ..LogQuery::default()
    };
    assert_eq!(o.ids(&q), vec![]);
}

#[test]
fn the_log_is_searched_by_follow_up() {
    let o = office();
    let by = |f: FollowUp| LogQuery {
        follow_up: Some(f),
        ..LogQuery::default()
    };
    assert_eq!(o.ids(&by(FollowUp::Applied)), vec![o.youyu]);
    assert_eq!(o.ids(&by(FollowUp::Referred)), vec![o.pinglu]);
    assert_eq!(
        o.ids(&by(FollowUp::Open)),
        vec![o.woman_march],
        "a consultation without a record has no follow-up at all"
    );
    assert_eq!(o.ids(&by(FollowUp::Closed)), vec![]);
}

#[test]
fn the_log_is_searched_by_part_of_a_name_or_phone_in_any_case() {
    let o = office();
    let by = |text: &str| LogQuery {
        name: Some(text.into()),
        ..LogQuery::default()
    };
    assert_eq!(o.ids(&by("zHANG")), vec![o.pinglu], "not the note");
    assert_eq!(o.ids(&by("san")), vec![o.pinglu]);
    assert_eq!(o.ids(&by("张")), vec![o.youyu]);
    assert_eq!(o.ids(&by("1234")), vec![o.youyu], "part of a phone number");
    assert_eq!(o.ids(&by("0001")), vec![o.pinglu]);
    assert_eq!(o.ids(&by("李")), vec![]);
    assert_eq!(o.ids(&by("%")), vec![], "no wildcards");
    assert_eq!(
        o.ids(&by("  ")).len(),
        4,
        "an empty search box filters nothing"
    );
}

#[test]
fn the_log_is_searched_by_the_utc_day_it_started_both_ends_included() {
    let o = office();
    let q = LogQuery {
        from: Some(date("2026-02-03")),
        to: Some(date("2026-02-20")),
        ..LogQuery::default()
    };
    assert_eq!(o.ids(&q), vec![o.woman_unfinished, o.youyu]);
    let q = LogQuery {
        from: Some(date("2026-02-21")),
        ..LogQuery::default()
    };
    assert_eq!(o.ids(&q), vec![o.woman_march]);
    let q = LogQuery {
        to: Some(date("2026-01-15")),
        ..LogQuery::default()
    };
    assert_eq!(o.ids(&q), vec![o.pinglu]);
    // Filters combine.
    let q = LogQuery {
        from: Some(date("2026-02-01")),
        group: Some("veteran".into()),
        ..LogQuery::default()
    };
    assert_eq!(o.ids(&q), vec![o.youyu]);
}

#[test]
fn the_audit_log_reads_newest_first() {
    let store = Store::open_in_memory().expect("store");
    assert!(store.audit_log(10).expect("empty").is_empty());
    store
        .audit(
            at("2026-03-01T09:00:00Z"),
            AuditAction::Export,
            "consultations.csv",
        )
        .expect("audited");
    store
        .audit(at("2026-03-01T09:00:00Z"), AuditAction::Erase, "#7")
        .expect("audited");
    store
        .audit(
            at("2026-03-02T09:00:00+08:00"),
            AuditAction::Retention,
            "3 records",
        )
        .expect("audited");
    let log = store.audit_log(10).expect("log");
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["retention", "erase", "export"]);
    assert_eq!(log[0].at, "2026-03-02T01:00:00Z", "stored in UTC");
    assert_eq!(log[2].detail, "consultations.csv");
    assert_eq!(store.audit_log(1).expect("log").len(), 1);
}

fn entry(department: &str, phone: &str) -> DirectoryEntry {
    DirectoryEntry {
        department: department.into(),
        phone: phone.into(),
        address: format!("{department} 大楼"),
        hours: "8:00–12:00".into(),
    }
}

#[test]
fn a_countys_directory_falls_back_to_the_entry_for_every_county() {
    let store = Store::open_in_memory().expect("store");
    let when = at("2026-03-01T09:00:00Z");
    store
        .set_directory_entry("", &entry("hrss", "0349-1000000"), when)
        .expect("saved");
    store
        .set_directory_entry("", &entry("finance", "0349-2000000"), when)
        .expect("saved");
    store
        .set_directory_entry("pinglu", &entry("hrss", " 0349-3000000 "), when)
        .expect("saved");
    store
        .set_directory_entry("youyu", &entry("bank", "0349-4000000"), when)
        .expect("saved");

    let pinglu = store.directory("pinglu").expect("directory");
    let phones: Vec<(&str, &str)> = pinglu
        .iter()
        .map(|e| (e.department.as_str(), e.phone.as_str()))
        .collect();
    assert_eq!(
        phones,
        [("finance", "0349-2000000"), ("hrss", "0349-3000000")],
        "its own entry first, trimmed; the general one where it has none; not another county's"
    );
    assert_eq!(store.directory("").expect("directory").len(), 2);
    assert_eq!(
        store.directory("shuocheng").expect("directory"),
        store.directory("").expect("directory")
    );

    // Emptied: the county's entry goes, and the general one shows again.
    let blank = DirectoryEntry {
        department: "hrss".into(),
        phone: " ".into(),
        ..DirectoryEntry::default()
    };
    store
        .set_directory_entry("pinglu", &blank, when)
        .expect("deleted");
    let pinglu = store.directory("pinglu").expect("directory");
    assert_eq!(pinglu[1].phone, "0349-1000000");
    assert_eq!(pinglu.len(), 2);

    let long = DirectoryEntry {
        address: "街".repeat(201),
        ..entry("hrss", "1")
    };
    assert!(matches!(
        store.set_directory_entry("pinglu", &long, when),
        Err(StoreError::TooLong {
            field: Field::Address,
            max: DIRECTORY_MAX
        })
    ));
    assert!(matches!(
        store.set_directory_entry("pinglu", &entry(" ", "1"), when),
        Err(StoreError::Required {
            field: Field::Department
        })
    ));
    assert_eq!(store.directory("pinglu").expect("directory"), pinglu);
}

#[test]
fn the_export_has_the_follow_up_but_never_a_name_phone_or_note() {
    let store = Store::open_in_memory().expect("store");
    let recorded = consult(&store, "2026-01-15T09:00:00Z", &veteran_in_pinglu(), true);
    consult(&store, "2026-01-16T09:00:00Z", &woman(), false);
    let input = RecordInput {
        consent: true,
        name: "张三".into(),
        phone: "13912345678".into(),
        note: "住在东街口".into(),
        follow_up: FollowUp::Referred,
    };
    store
        .save_record(recorded, &input, at("2026-01-15T09:30:00Z"))
        .expect("saved");

    let mut bytes = Vec::new();
    report::consultations(
        &store,
        pack(),
        localizer(),
        Locale::ZhCn,
        Period::default(),
        report::Format::Csv,
        &mut bytes,
    )
    .expect("export");
    let text = String::from_utf8(bytes).expect("UTF-8");
    for personal in ["张三", "13912345678", "东街"] {
        assert!(
            !text.contains(personal),
            "{personal} in the export:\n{text}"
        );
    }
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().expect("headers").clone();
    let column = headers
        .iter()
        .position(|h| h == "跟进状态")
        .expect("a follow-up column");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(&rows[0][column], "已转介");
    assert_eq!(&rows[1][column], "", "no record, no follow-up");

    let mut book = Vec::new();
    report::consultations(
        &store,
        pack(),
        localizer(),
        Locale::ZhTw,
        Period::default(),
        report::Format::Xlsx,
        &mut book,
    )
    .expect("workbook");
    let strings = crate::statistics::xlsx_part(&book, "xl/sharedStrings.xml");
    assert!(strings.contains("已轉介"), "{strings}");
    assert!(
        !strings.contains("張三") && !strings.contains("张三") && !strings.contains("13912345678")
    );
}

#[test]
fn every_follow_up_has_a_label_in_every_locale() {
    for locale in Locale::ALL {
        let ids = navigator::Localizer::app_message_ids(locale);
        for f in FollowUp::ALL {
            let id = format!("followup-{}", f.as_str());
            assert!(ids.contains(&id), "{locale}: {id}");
        }
        assert!(ids.contains(&"export-col-follow-up".to_owned()), "{locale}");
    }
}

#[test]
fn the_log_and_the_directory_are_worded_from_the_pack_and_what_staff_entered() {
    // Four mutants of the office screens' words went unnoticed: a row's county and
    // follow-up, the counties offered, and which department an entry belongs to.
    use navigator::present::office::{counties, directory, log_rows};
    use navigator::store::LogRow;
    let (pack, loc, zh) = (pack(), localizer(), Locale::ZhCn);
    let region = pack
        .manifest
        .region_question
        .as_deref()
        .and_then(|q| pack.question(q))
        .expect("the pack asks for the county");
    let offered = counties(pack, loc, zh);
    assert_eq!(offered.len(), 1 + region.options.len());
    assert_eq!(offered[0].value, "", "the whole city first");
    assert!(offered
        .iter()
        .any(|o| o.value == "pinglu" && o.label == "平鲁区"));

    let row = |region: Option<&str>, follow_up| LogRow {
        id: ConsultationId(1),
        started_at: "2026-11-28T02:00:00Z".into(),
        finished_at: None,
        pack_version: pack.manifest.version.clone(),
        groups: vec!["veteran".into()],
        region: region.map(str::to_owned),
        matched: Vec::new(),
        name: String::new(),
        phone: String::new(),
        follow_up,
    };
    let rows = log_rows(
        pack,
        loc,
        zh,
        vec![
            row(Some("pinglu"), Some(FollowUp::Referred)),
            row(None, None),
        ],
    );
    assert_eq!(
        (rows[0].region.as_str(), rows[0].follow_up.as_str()),
        ("平鲁区", "已转介")
    );
    assert_eq!(
        (rows[1].region.as_str(), rows[1].follow_up.as_str()),
        ("", "")
    );

    let (first, second) = (&pack.departments[0].id, &pack.departments[1].id);
    let entered = DirectoryEntry {
        department: second.clone(),
        phone: "1234".into(),
        address: "某路1号".into(),
        hours: "9:00-17:00".into(),
    };
    let view = directory(pack, loc, zh, "pinglu".into(), &[entered]);
    assert_eq!(view.counties, offered);
    let phone = |id: &str| {
        view.entries
            .iter()
            .find(|e| e.department == id)
            .map(|e| e.phone.clone())
    };
    assert_eq!(phone(second).as_deref(), Some("1234"));
    assert_eq!(phone(first).as_deref(), Some(""));

    // A consultation kept under another pack, or another version of this one, says so (its
    // verdicts were that pack's); one under the pack in use does not.
    let kept = |id: &str, version: &str| navigator::store::Consultation {
        id: ConsultationId(1),
        started_at: "2026-11-28T02:00:00Z".into(),
        updated_at: "2026-11-28T02:05:00Z".into(),
        finished_at: None,
        locale: "zh-CN".into(),
        pack_id: id.into(),
        pack_version: version.into(),
        answers: Vec::new(),
        verdicts: Vec::new(),
    };
    let m = &pack.manifest;
    let other = |c| navigator::present::office::consultation(pack, loc, zh, &c, None).other_pack;
    assert!(!other(kept(&m.id, &m.version)));
    assert!(other(kept(&m.id, "0.0.1")));
    assert!(other(kept("another-city", &m.version)));
}
