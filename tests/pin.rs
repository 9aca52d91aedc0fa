//! The staff PIN: only its hash is kept, five wrong tries lock it for a while, and the lock
//! survives a restart.

use navigator::pin::{check, hash_pin, LockState, PinCheck, PinError, LOCK_MINUTES, MAX_TRIES};
use navigator::Store;
use time::{Duration, OffsetDateTime};

fn at(minutes: i64) -> OffsetDateTime {
    OffsetDateTime::UNIX_EPOCH + Duration::days(20_000) + Duration::minutes(minutes)
}

#[test]
fn only_four_to_twelve_digits_make_a_pin_and_the_hash_is_salted() {
    for bad in [
        "",
        "123",
        "1234567890123",
        "12a4",
        "１２３４",
        " 1234",
        "12.4",
    ] {
        assert_eq!(hash_pin(bad), Err(PinError::BadPin), "{bad:?}");
    }
    let a = hash_pin("1234").expect("valid");
    let b = hash_pin("1234").expect("valid");
    assert!(a.starts_with("$argon2id$"), "{a}");
    assert_ne!(a, b, "a fresh salt each time");
    assert!(!a.contains("1234$") && !a.ends_with("1234"));
    hash_pin("123456789012").expect("twelve digits are allowed");
}

#[test]
fn the_right_pin_is_accepted_and_clears_earlier_wrong_tries() {
    let hash = hash_pin("2468").expect("valid");
    let mut state = LockState::default();
    assert_eq!(
        check(&mut state, Some(&hash), "1111", at(0)),
        Ok(PinCheck::Wrong {
            tries_left: MAX_TRIES - 1
        })
    );
    assert_eq!(
        check(&mut state, Some(&hash), "2468", at(1)),
        Ok(PinCheck::Accepted)
    );
    assert_eq!(state, LockState::default());
}

#[test]
fn five_wrong_tries_lock_even_the_right_pin_until_the_lock_ends() {
    let hash = hash_pin("2468").expect("valid");
    let mut state = LockState::default();
    for i in 1..MAX_TRIES {
        assert_eq!(
            check(&mut state, Some(&hash), "0000", at(0)),
            Ok(PinCheck::Wrong {
                tries_left: MAX_TRIES - i
            })
        );
    }
    let until = at(0) + Duration::minutes(LOCK_MINUTES);
    assert_eq!(
        check(&mut state, Some(&hash), "not even digits", at(0)),
        Ok(PinCheck::Locked { until })
    );
    // Locked: the right PIN is not even looked at.
    assert_eq!(
        check(&mut state, Some(&hash), "2468", at(LOCK_MINUTES - 1)),
        Ok(PinCheck::Locked { until })
    );
    // Once the lock ends, the count starts afresh.
    assert_eq!(
        check(&mut state, Some(&hash), "9999", at(LOCK_MINUTES)),
        Ok(PinCheck::Wrong {
            tries_left: MAX_TRIES - 1
        })
    );
    assert_eq!(
        check(&mut state, Some(&hash), "2468", at(LOCK_MINUTES)),
        Ok(PinCheck::Accepted)
    );
}

#[test]
fn without_a_pin_there_is_no_staff_access_and_a_damaged_hash_is_an_error() {
    let mut state = LockState::default();
    assert_eq!(check(&mut state, None, "1234", at(0)), Ok(PinCheck::NoPin));
    for damaged in [
        "$argon2id$garbage",
        "1234",
        "",
        "$argon2id$v=19$m=19456,t=2,p=1",
    ] {
        assert!(
            matches!(
                check(&mut state, Some(damaged), "1234", at(0)),
                Err(PinError::BadHash(_))
            ),
            "{damaged:?}"
        );
    }
    assert_eq!(state, LockState::default(), "a damaged hash costs no try");
}

#[test]
fn the_lock_survives_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("n.sqlite3");
    let store = Store::open(&path).expect("store");
    assert_eq!(store.pin_lock().expect("read"), LockState::default());
    let locked = LockState {
        failures: 0,
        locked_until: Some(at(15)),
    };
    store.set_pin_lock(&locked).expect("saved");
    drop(store);
    let store = Store::open(&path).expect("reopened");
    assert_eq!(store.pin_lock().expect("read"), locked);
    let counting = LockState {
        failures: 3,
        locked_until: None,
    };
    store.set_pin_lock(&counting).expect("saved");
    assert_eq!(store.pin_lock().expect("read"), counting);
}
