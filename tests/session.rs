//! Sessions: answers saved as given, Back, changing an answer, resuming, and refusals that
//! leave everything as it was.

use navigator::{flow, Locale, Session, SessionError, Store};
use serde_json::json;

use crate::support::{pack, today};

#[test]
fn each_answer_is_saved_as_it_is_given_and_a_session_resumes_where_it_stopped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("n.sqlite3");
    let store = Store::open(&path).expect("store");
    let mut s = Session::new(Locale::ZhTw);
    s.answer(pack(), Some(&store), "groups", &json!(["graduate"]))
        .expect("valid");
    s.answer(pack(), Some(&store), "activity", &json!("employed"))
        .expect("valid");
    let id = s.consultation().expect("started on the first answer");
    drop(store);

    let store = Store::open(&path).expect("reopen");
    let resumed = Session::resume(&store, pack(), id).expect("resume");
    assert_eq!(resumed.answers(), s.answers());
    assert_eq!(resumed.order(), ["groups", "activity"]);
    assert_eq!(resumed.locale(), Locale::ZhTw);
}

#[test]
fn back_withdraws_the_last_answer_everywhere() {
    let store = Store::open_in_memory().expect("store");
    let mut s = Session::new(Locale::ZhCn);
    s.answer(pack(), Some(&store), "groups", &json!(["graduate"]))
        .expect("valid");
    s.answer(pack(), Some(&store), "activity", &json!("employed"))
        .expect("valid");
    assert_eq!(
        s.back(Some(&store)).expect("back"),
        Some("activity".to_owned())
    );
    assert_eq!(
        flow::next_question(pack(), s.answers(), today()).map(|q| q.id.as_str()),
        Some("activity")
    );
    let stored = store
        .answers(s.consultation().expect("id"), pack())
        .expect("stored");
    assert_eq!(&stored, s.answers());
    assert_eq!(
        s.back(Some(&store)).expect("back"),
        Some("groups".to_owned())
    );
    assert_eq!(
        s.back(Some(&store)).expect("back"),
        None,
        "nothing left to go back over"
    );
}

#[test]
fn changing_an_earlier_answer_keeps_its_place_in_the_order() {
    // issue #14: a changed answer jumped to the end of the review list.
    let mut s = Session::new(Locale::En);
    s.answer(pack(), None, "groups", &json!(["graduate"]))
        .expect("valid");
    s.answer(pack(), None, "activity", &json!("employed"))
        .expect("valid");
    s.answer(pack(), None, "groups", &json!(["graduate", "woman"]))
        .expect("valid");
    assert_eq!(s.order(), ["groups", "activity"]);
    assert_eq!(s.answers().len(), 2);
    assert!(matches!(
        s.answers().get("groups"),
        Some(navigator::Answer::Choices(g)) if g.len() == 2
    ));
}

#[test]
fn a_refused_answer_changes_nothing() {
    let store = Store::open_in_memory().expect("store");
    let mut s = Session::new(Locale::ZhCn);
    s.answer(pack(), Some(&store), "groups", &json!(["veteran"]))
        .expect("valid");
    let before = s.clone();
    let e = s
        .answer(pack(), Some(&store), "county", &json!("beijing"))
        .expect_err("refused");
    assert!(matches!(e, SessionError::Answer(_)));
    assert_eq!(s.answers(), before.answers());
    assert_eq!(s.order(), before.order());
    let stored = store
        .answers(s.consultation().expect("id"), pack())
        .expect("stored");
    assert_eq!(stored.len(), 1);
}

#[test]
fn switching_language_keeps_the_answers() {
    let mut s = Session::new(Locale::ZhCn);
    s.answer(pack(), None, "groups", &json!(["hmt_resident"]))
        .expect("valid");
    s.set_locale(Locale::ZhTw);
    assert_eq!(s.locale(), Locale::ZhTw);
    assert_eq!(s.answers().len(), 1);
}

/// Walks the questionnaire to its end, answering each question with its first option (yes for
/// a yes/no question, the first two groups for the audience question).
fn answer_everything(s: &mut Session, store: Option<&Store>) {
    while let Some(q) = flow::next_question(pack(), s.answers(), today()) {
        let value = match q.kind {
            navigator::QuestionKind::Bool => json!(true),
            navigator::QuestionKind::Multi => json!(q.options[..2]),
            _ => json!(q.options[0]),
        };
        s.answer(pack(), store, &q.id, &value)
            .expect("a valid answer");
    }
}

#[test]
fn a_full_disk_stops_the_saving_but_not_the_applicant() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("n.sqlite3");
    let store = Store::open(&path).expect("store");
    // The disk is now full: the database cannot grow by a single page. Applicants keep coming
    // until one of them needs a page that is not there.
    store.set_max_pages(1).expect("cap");
    let mut failing = None;
    for _ in 0..1000 {
        let mut s = Session::new(Locale::ZhCn);
        answer_everything(&mut s, Some(&store));
        s.finish(pack(), Some(&store), today());
        if s.not_saved().is_some() {
            failing = Some(s);
            break;
        }
    }
    let s = failing.expect("the full disk is reached");
    let reason = s.not_saved().expect("why saving stopped");
    let reason = crate::support::localizer().say(Locale::En, reason);
    assert!(reason.contains("full"), "{reason}");
    // That applicant still got to the end, with every answer.
    assert!(flow::next_question(pack(), s.answers(), today()).is_none());
    assert!(s.answers().len() > 5);
    // The database is sound, and does not pretend that consultation was finished.
    let stored = Store::open(&path).expect("reopen");
    assert!(stored.integrity_ok().expect("check"));
    if let Some(id) = s.consultation() {
        let kept = stored.consultation(id).expect("the consultation");
        assert!(kept.finished_at.is_none());
        assert!(kept.answers.len() <= s.answers().len());
    }
}

#[test]
fn an_unusable_data_directory_is_a_clear_error_before_any_question() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A file where the data directory should be: it can never be created.
    let blocker = dir.path().join("data");
    std::fs::write(&blocker, b"not a directory").expect("write");
    let e = Store::open(&blocker.join("navigator.sqlite3")).expect_err("refused");
    assert!(matches!(e, navigator::StoreError::DataDir { .. }), "{e:?}");
    // The applicant can still be served, in memory.
    let mut s = Session::new(Locale::En);
    answer_everything(&mut s, None);
    assert!(
        s.not_saved().is_none(),
        "nothing failed: nothing was asked to be saved"
    );
}

#[test]
fn wipe_erases_the_answers_from_memory_and_from_the_file_and_keeps_the_statistics() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("n.sqlite3");
    let store = Store::open(&path).expect("store");
    let mut kept = Session::new(Locale::ZhCn);
    kept.answer(pack(), Some(&store), "groups", &json!(["graduate"]))
        .expect("valid");
    let mut s = Session::new(Locale::En);
    s.answer(pack(), Some(&store), "groups", &json!(["veteran"]))
        .expect("valid");
    s.answer(pack(), Some(&store), "county", &json!("youyu"))
        .expect("valid");
    let before = store
        .statistics(pack(), navigator::store::Period::default())
        .expect("statistics");

    s.wipe(Some(&store), Locale::ZhCn).expect("wiped");
    assert!(s.answers().is_empty() && s.order().is_empty());
    assert_eq!(s.consultation(), None);
    assert_eq!(s.locale(), Locale::ZhCn);
    // Only the other applicant's consultation is left.
    assert_eq!(
        store.consultation_ids().expect("ids"),
        vec![kept.consultation().expect("saved")]
    );
    // The anonymous monthly figures still count the wiped consultation.
    let after = store
        .statistics(pack(), navigator::store::Period::default())
        .expect("statistics");
    assert_eq!(after.consultations, before.consultations);
    assert_eq!(after.by_group, before.by_group);
    drop(store);
    // secure_delete: the erased county answer is not left readable in the file.
    let bytes: Vec<u8> = ["n.sqlite3", "n.sqlite3-wal"]
        .iter()
        .filter_map(|f| std::fs::read(dir.path().join(f)).ok())
        .flatten()
        .collect();
    let wiped_answer = b"\"youyu\"";
    assert!(
        !bytes.windows(wiped_answer.len()).any(|w| w == wiped_answer),
        "the wiped answer is still in the database file"
    );
}

#[test]
fn wiping_a_session_that_was_never_saved_only_clears_memory() {
    let mut s = Session::new(Locale::En);
    s.answer(pack(), None, "groups", &json!(["veteran"]))
        .expect("valid");
    s.wipe(None, Locale::En).expect("nothing to erase on disk");
    assert!(s.answers().is_empty());
}

#[test]
fn the_consultation_offered_for_resuming_is_the_last_unfinished_one_with_answers() {
    let store = Store::open_in_memory().expect("store");
    let id = pack().manifest.id.as_str();
    assert_eq!(store.latest_unfinished(id).expect("query"), None);

    let mut older = Session::new(Locale::ZhCn);
    older
        .answer(pack(), Some(&store), "groups", &json!(["graduate"]))
        .expect("valid");
    let mut finished = Session::new(Locale::ZhCn);
    finished
        .answer(pack(), Some(&store), "groups", &json!(["veteran"]))
        .expect("valid");
    finished.finish(pack(), Some(&store), today());
    let mut emptied = Session::new(Locale::ZhCn);
    emptied
        .answer(pack(), Some(&store), "groups", &json!(["woman"]))
        .expect("valid");
    emptied.back(Some(&store)).expect("back");

    // Neither the finished one nor the one whose only answer was withdrawn.
    assert_eq!(
        store.latest_unfinished(id).expect("query"),
        older.consultation()
    );
    assert_eq!(
        store.latest_unfinished("another-pack").expect("query"),
        None
    );

    // Answering again makes it the latest.
    let mut newer = Session::new(Locale::En);
    newer
        .answer(pack(), Some(&store), "groups", &json!(["researcher"]))
        .expect("valid");
    assert_eq!(
        store.latest_unfinished(id).expect("query"),
        newer.consultation()
    );
    older
        .answer(pack(), Some(&store), "activity", &json!("employed"))
        .expect("valid");
    assert_eq!(
        store.latest_unfinished(id).expect("query"),
        older.consultation()
    );
}

#[test]
fn no_database_and_saving_stopped_are_worded_apart() {
    use navigator::message::{Explain, Message};
    use navigator::present::Notice;
    let loc = crate::support::localizer();
    let reason = Message::new("io-storage-full");
    let none = loc.say(
        Locale::En,
        &Notice::NoDatabase {
            reason: reason.clone(),
        }
        .message(),
    );
    let stopped = loc.say(Locale::En, &Notice::NotSaved { reason }.message());
    let full = loc.say(Locale::En, &Message::new("io-storage-full"));
    assert!(none.starts_with("Answers cannot be saved"), "{none}");
    assert!(stopped.contains("can no longer be saved"), "{stopped}");
    assert!(
        none.contains(&full) && stopped.contains(&full),
        "{none} / {stopped}"
    );
}
