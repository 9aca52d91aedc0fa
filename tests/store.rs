//! The store: migrations, answer-by-answer persistence, reopening.

use navigator::store::{ConsultationId, StoreError};
use navigator::{evaluate, Answer, Locale, Store};
use std::collections::BTreeSet;
use time::OffsetDateTime;

use crate::support::{pack, today};

fn now() -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(1_764_300_000).expect("a valid time")
}

#[test]
fn a_new_database_is_migrated_from_empty() -> Result<(), StoreError> {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(&dir.path().join("sub/dir/navigator.sqlite3"))?;
    assert_eq!(store.schema_version()?, navigator::store::SCHEMA_VERSION);
    assert!(store.integrity_ok()?);
    Ok(())
}

#[test]
fn each_answer_is_on_disk_as_soon_as_it_is_recorded() -> Result<(), StoreError> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("navigator.sqlite3");
    let store = Store::open(&path)?;
    let id = store.start_consultation(Locale::ZhCn, pack(), now())?;
    store.record_answer(
        id,
        "groups",
        &Answer::Choices(BTreeSet::from(["veteran".to_owned()])),
        now(),
    )?;
    // A second connection sees it without the first closing: it was committed.
    let other = Store::open(&path)?;
    let answers = other.answers(id, pack())?;
    assert_eq!(
        answers.get("groups"),
        Some(&Answer::Choices(BTreeSet::from(["veteran".to_owned()])))
    );
    Ok(())
}

#[test]
fn a_consultation_reads_back_after_reopening() -> Result<(), StoreError> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("navigator.sqlite3");
    let id;
    let given = crate::support::answers(
        serde_json::json!({"groups": ["graduate"], "activity": "self_employed"}),
    );
    {
        let store = Store::open(&path)?;
        id = store.start_consultation(Locale::En, pack(), now())?;
        for (q, a) in given.iter() {
            store.record_answer(id, q, a, now())?;
        }
        store.finish_consultation(id, &evaluate(pack(), &given, today()), now())?;
    }
    let store = Store::open(&path)?;
    let c = store.consultation(id)?;
    assert_eq!(c.locale, "en");
    assert_eq!(c.pack_id, pack().manifest.id);
    assert_eq!(c.pack_version, pack().manifest.version);
    assert!(c.finished_at.is_some());
    assert_eq!(store.answers(id, pack())?, given);
    // Every verdict but the ineligible ones is kept.
    let kept = evaluate(pack(), &given, today())
        .into_iter()
        .filter(|v| v.status.key() != "ineligible")
        .count();
    assert_eq!(c.verdicts.len(), kept);
    assert!(c.verdicts.contains(&(
        "graduate-social-insurance-subsidy".to_owned(),
        "needs_review".to_owned()
    )));
    Ok(())
}

#[test]
fn changing_an_answer_replaces_it_and_withdrawing_removes_it() -> Result<(), StoreError> {
    let store = Store::open_in_memory()?;
    let id = store.start_consultation(Locale::ZhCn, pack(), now())?;
    store.record_answer(id, "has_ip", &Answer::Bool(true), now())?;
    store.record_answer(id, "has_ip", &Answer::Bool(false), now())?;
    store.record_answer(id, "county", &Answer::Choice("youyu".into()), now())?;
    let answers = store.answers(id, pack())?;
    assert_eq!(answers.get("has_ip"), Some(&Answer::Bool(false)));
    store.withdraw_answer(id, "has_ip", now())?;
    let answers = store.answers(id, pack())?;
    assert_eq!(answers.get("has_ip"), None);
    assert_eq!(answers.len(), 1);
    Ok(())
}

#[test]
fn an_unknown_consultation_is_a_typed_error() -> Result<(), StoreError> {
    let store = Store::open_in_memory()?;
    let missing = ConsultationId(42);
    assert!(matches!(
        store.consultation(missing),
        Err(StoreError::NoSuchConsultation(42))
    ));
    assert!(matches!(
        store.record_answer(missing, "has_ip", &Answer::Bool(true), now()),
        Err(StoreError::NoSuchConsultation(42))
    ));
    Ok(())
}

#[test]
fn deleting_a_consultation_removes_its_answers() -> Result<(), StoreError> {
    let store = Store::open_in_memory()?;
    let id = store.start_consultation(Locale::ZhCn, pack(), now())?;
    store.record_answer(id, "has_ip", &Answer::Bool(true), now())?;
    store.delete_consultation(id)?;
    assert!(store.consultation_ids()?.is_empty());
    assert!(matches!(
        store.answers(id, pack()),
        Err(StoreError::NoSuchConsultation(_))
    ));
    Ok(())
}

#[test]
fn opening_a_file_that_is_not_a_database_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("garbage.sqlite3");
    std::fs::write(
        &path,
        b"this is not a database, just some text that is long enough",
    )
    .expect("write");
    assert!(Store::open(&path).is_err());
}
