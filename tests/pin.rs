//! The staff PIN: only its hash is kept, five wrong tries lock it, each further wrong try locks
//! it longer, and one lock state is shared by every instance and survives a restart.

use navigator::clock::Clock;
use navigator::desk::{Database, Desk, DeskError, Opening};
use navigator::pin::{
    check, hash_kiosk_pin, hash_pin, lock_after, LockState, PinCheck, PinError, FREE_TRIES,
    KIOSK_PIN_DIGITS, LOCK_MINUTES, MAX_LOCK_MINUTES,
};
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
            tries_left: FREE_TRIES - 1
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
    for i in 1..FREE_TRIES {
        assert_eq!(
            check(&mut state, Some(&hash), "0000", at(0)),
            Ok(PinCheck::Wrong {
                tries_left: FREE_TRIES - i
            })
        );
    }
    let until = at(0) + Duration::minutes(LOCK_MINUTES);
    assert_eq!(
        check(&mut state, Some(&hash), "not even digits", at(0)),
        Ok(PinCheck::Locked { until })
    );
    // Locked: the right PIN is not even looked at, and no try is counted.
    assert_eq!(
        check(&mut state, Some(&hash), "2468", at(LOCK_MINUTES - 1)),
        Ok(PinCheck::Locked { until })
    );
    assert_eq!(state.failures, FREE_TRIES);
    // Once the lock ends, the right PIN is accepted and the count starts afresh.
    assert_eq!(
        check(&mut state, Some(&hash), "2468", at(LOCK_MINUTES)),
        Ok(PinCheck::Accepted)
    );
    assert_eq!(state, LockState::default());
}

#[test]
fn each_wrong_try_after_a_lock_locks_twice_as_long_up_to_a_day() {
    // issue #15: a flat 5 tries per 15 minutes is 480 guesses a day, a 4-digit PIN in weeks.
    let hash = hash_pin("2468").expect("valid");
    let mut state = LockState::default();
    let mut now = at(0);
    let mut locks = Vec::new();
    let mut guesses_on_the_first_day = 0;
    for _ in 0..40 {
        match check(&mut state, Some(&hash), "1357", now) {
            Ok(PinCheck::Wrong { .. }) => {}
            Ok(PinCheck::Locked { until }) => {
                locks.push((until - now).whole_minutes());
                now = until;
            }
            other => panic!("{other:?}"),
        }
        if now < at(24 * 60) {
            guesses_on_the_first_day += 1;
        }
    }
    assert_eq!(
        &locks[..8],
        &[15, 30, 60, 120, 240, 480, 960, MAX_LOCK_MINUTES]
    );
    assert!(
        locks[8..].iter().all(|m| *m == MAX_LOCK_MINUTES),
        "{locks:?}"
    );
    assert!(
        guesses_on_the_first_day <= 12,
        "{guesses_on_the_first_day} guesses in the first day"
    );
    assert_eq!(lock_after(FREE_TRIES - 1), None);
    assert_eq!(
        lock_after(u32::MAX),
        Some(Duration::minutes(MAX_LOCK_MINUTES))
    );
    // The right PIN, once the lock is over, still works and clears it all.
    assert_eq!(
        check(&mut state, Some(&hash), "2468", now),
        Ok(PinCheck::Accepted)
    );
}

#[test]
fn a_kiosks_pin_is_at_least_six_digits() {
    assert_eq!(KIOSK_PIN_DIGITS, 6);
    assert_eq!(hash_kiosk_pin("24681"), Err(PinError::TooShortForKiosk));
    assert_eq!(hash_kiosk_pin("12a456"), Err(PinError::BadPin));
    assert!(hash_kiosk_pin("246813")
        .expect("six digits")
        .starts_with("$argon2id$"));
}

/// A desk on the data folder `dir` at `now`, as another instance of the app would open it.
fn instance(dir: &std::path::Path, now: OffsetDateTime) -> Desk {
    Desk::open(Opening {
        data_dir: Some(dir.to_path_buf()),
        clock: Clock::set_at(now),
        env: |_| None,
        ..Opening::default()
    })
    .expect("opens")
}

/// A kiosk with the PIN 246813 (a kiosk refuses shorter ones unchecked).
fn with_pin(dir: &std::path::Path) {
    let hash = hash_pin("246813").expect("valid");
    std::fs::write(
        dir.join("settings.toml"),
        format!("mode = \"kiosk\"\nstaff_pin = \"{hash}\"\n"),
    )
    .expect("written");
}

#[test]
fn instances_share_one_count_of_wrong_tries() {
    // issue #15: each instance read the lock once at start, so N instances gave N×5 tries and
    // overwrote each other's lock.
    let dir = tempfile::tempdir().expect("temp dir");
    with_pin(dir.path());
    let a = instance(dir.path(), at(0));
    let b = instance(dir.path(), at(0));
    let c = instance(dir.path(), at(0));
    let mut tries_left = Vec::new();
    for desk in [&a, &b, &c, &a] {
        match desk.sign_in("111111") {
            Err(DeskError::WrongPin { tries_left: n }) => tries_left.push(n),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(tries_left, [4, 3, 2, 1]);
    assert!(matches!(
        b.sign_in("111111"),
        Err(DeskError::PinLocked { .. })
    ));
    for desk in [&a, &b, &c] {
        assert!(
            matches!(desk.sign_in("246813"), Err(DeskError::PinLocked { .. })),
            "every instance sees the lock"
        );
    }
    // A restart changes nothing.
    drop((a, b, c));
    let later = instance(dir.path(), at(LOCK_MINUTES - 1));
    assert!(matches!(
        later.sign_in("246813"),
        Err(DeskError::PinLocked { .. })
    ));
    let after = instance(dir.path(), at(LOCK_MINUTES));
    after.sign_in("246813").expect("the lock is over");
}

#[test]
fn without_a_database_no_pin_is_checked() {
    // issue #15: without a database the count lived in memory, and a power cut reset it.
    let dir = tempfile::tempdir().expect("temp dir");
    with_pin(dir.path());
    let desk = Desk::open(Opening {
        data_dir: Some(dir.path().to_path_buf()),
        database: Database::None,
        clock: Clock::set_at(at(0)),
        env: |_| None,
        ..Opening::default()
    })
    .expect("opens");
    for pin in ["111111", "246813"] {
        assert!(matches!(
            desk.sign_in(pin),
            Err(DeskError::SignInNeedsStore)
        ));
    }
    assert!(desk.staff().is_err());
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
