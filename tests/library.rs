//! The packs installed in a data directory: install after every check, keep the one replaced,
//! roll back, and leave the active pack alone whenever an import is refused.

use std::path::Path;

use navigator::pack::archive::{self, SigningKey, Trust};
use navigator::pack::library::{self, Downgrade};
use navigator::{ArchiveError, PolicyPack};

use crate::support::pack;

/// The default pack as version `version`, signed by `key`.
fn archive_of(version: &str, key: &SigningKey) -> Vec<u8> {
    let mut files = PolicyPack::embedded_files();
    let manifest = files.get_mut("pack.toml").expect("a manifest");
    let text = String::from_utf8(manifest.clone()).expect("UTF-8");
    *manifest = text
        .replacen(
            &crate::support::version_line(),
            &format!("version = \"{version}\""),
            1,
        )
        .into_bytes();
    archive::build(&files, Some(key)).expect("builds").1
}

fn active_version(dir: &Path, trust: &Trust) -> Option<String> {
    library::active(dir, trust)
        .expect("the active pack reads")
        .map(|p| p.manifest.version)
}

/// Every file under `dir/packs`, with its bytes: to show that a refusal changed nothing.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(dir.join("packs"))
        .map(|entries| {
            entries
                .map(|e| e.expect("an entry").path())
                .map(|p| {
                    let name = p
                        .file_name()
                        .expect("a name")
                        .to_string_lossy()
                        .into_owned();
                    (name, std::fs::read(&p).expect("readable"))
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn installing_keeps_the_replaced_pack_and_rollback_brings_it_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = SigningKey::generate().expect("a key");
    let trust = Trust::keys(vec![key.public_key()]);
    assert_eq!(
        active_version(dir.path(), &trust),
        None,
        "the embedded pack applies"
    );

    let d = library::install(
        dir.path(),
        &archive_of("9.1.0", &key),
        &trust,
        pack(),
        Downgrade::Refused,
    )
    .expect("installs");
    assert_eq!(
        (d.diff.old.version.as_str(), d.diff.new.version.as_str()),
        (crate::support::built_in_version(), "9.1.0")
    );
    assert_eq!(active_version(dir.path(), &trust).as_deref(), Some("9.1.0"));
    assert!(!library::has_previous(dir.path()));

    let v91 = library::active(dir.path(), &trust)
        .expect("reads")
        .expect("installed");
    library::install(
        dir.path(),
        &archive_of("9.2.0", &key),
        &trust,
        &v91,
        Downgrade::Refused,
    )
    .expect("installs");
    assert_eq!(active_version(dir.path(), &trust).as_deref(), Some("9.2.0"));
    assert!(library::has_previous(dir.path()));

    let v92 = library::active(dir.path(), &trust)
        .expect("reads")
        .expect("installed");
    let back = library::rollback(dir.path(), &trust, &v92, pack()).expect("rolls back");
    assert_eq!(back.diff.new.version, "9.1.0");
    assert_eq!(active_version(dir.path(), &trust).as_deref(), Some("9.1.0"));
    // Rolling back again returns to 9.2.0: the two swap, nothing is lost.
    library::rollback(dir.path(), &trust, &v91, pack()).expect("rolls back");
    assert_eq!(active_version(dir.path(), &trust).as_deref(), Some("9.2.0"));
}

#[test]
fn rolling_back_the_first_installed_pack_returns_to_the_embedded_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = SigningKey::generate().expect("a key");
    let trust = Trust::keys(vec![key.public_key()]);
    library::install(
        dir.path(),
        &archive_of("2.0.0", &key),
        &trust,
        pack(),
        Downgrade::Refused,
    )
    .expect("installs");
    let installed = library::active(dir.path(), &trust)
        .expect("reads")
        .expect("installed");
    let back = library::rollback(dir.path(), &trust, &installed, pack()).expect("rolls back");
    assert_eq!(back.diff.new.version, crate::support::built_in_version());
    assert_eq!(active_version(dir.path(), &trust), None);
    assert!(library::has_previous(dir.path()), "2.0.0 is kept");
}

#[test]
fn a_tampered_truncated_or_untrusted_archive_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = SigningKey::generate().expect("a key");
    let trust = Trust::keys(vec![key.public_key()]);
    library::install(
        dir.path(),
        &archive_of("9.1.0", &key),
        &trust,
        pack(),
        Downgrade::Refused,
    )
    .expect("installs");
    let before = snapshot(dir.path());

    let good = archive_of("9.2.0", &key);
    let mut tampered = good.clone();
    let middle = tampered.len() / 2;
    tampered[middle] ^= 0x20;
    let truncated = good[..good.len() * 2 / 3].to_vec();
    let stranger = archive_of("9.2.0", &SigningKey::generate().expect("another key"));
    for (what, bytes) in [
        ("tampered", tampered),
        ("truncated", truncated),
        ("signed by a stranger", stranger),
        ("empty", Vec::new()),
    ] {
        let refused = library::install(dir.path(), &bytes, &trust, pack(), Downgrade::Refused);
        assert!(refused.is_err(), "{what} was installed");
        assert_eq!(
            snapshot(dir.path()),
            before,
            "{what} changed the installed packs"
        );
        assert_eq!(active_version(dir.path(), &trust).as_deref(), Some("9.1.0"));
    }
}

#[test]
fn withdrawing_a_key_from_the_settings_withdraws_its_pack() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = SigningKey::generate().expect("a key");
    let trust = Trust::keys(vec![key.public_key()]);
    library::install(
        dir.path(),
        &archive_of("9.1.0", &key),
        &trust,
        pack(),
        Downgrade::Refused,
    )
    .expect("installs");
    let other = Trust::keys(vec![SigningKey::generate().expect("a key").public_key()]);
    assert!(matches!(
        library::active(dir.path(), &other),
        Err(ArchiveError::UntrustedKey(_))
    ));
}

#[test]
fn a_data_folder_that_cannot_exist_holds_no_pack() {
    let dir = tempfile::tempdir().expect("temp dir");
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "a file where the data folder should be").expect("written");
    let trust = Trust::keys(Vec::new());
    assert_eq!(active_version(&blocker.join("data"), &trust), None);
}

#[test]
fn a_preview_says_what_would_change_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = SigningKey::generate().expect("a key");
    let trust = Trust::keys(vec![key.public_key()]);
    let d = library::preview(&archive_of("9.1.0", &key), &trust, pack()).expect("previews");
    assert_eq!(d.new.version, "9.1.0");
    assert!(d.measures_unchanged(), "only the version differs");
    assert!(!dir.path().join("packs").exists());
}

#[test]
fn an_older_signed_pack_or_another_policys_is_refused_unless_staff_ask_for_it() {
    // issue #15: 2.0.0 then 0.9.0, signed with the same key, went in without a word.
    let dir = tempfile::tempdir().expect("temp dir");
    let key = SigningKey::generate().expect("a key");
    let trust = Trust::keys(vec![key.public_key()]);
    library::install(
        dir.path(),
        &archive_of("2.0.0", &key),
        &trust,
        pack(),
        Downgrade::Refused,
    )
    .expect("installs");
    let v2 = library::active(dir.path(), &trust)
        .expect("reads")
        .expect("installed");
    let before = snapshot(dir.path());
    for older in ["0.9.0", "1.99.99", "2.0.0-rc1"] {
        match library::install(
            dir.path(),
            &archive_of(older, &key),
            &trust,
            &v2,
            Downgrade::Refused,
        ) {
            Err(ArchiveError::Older { in_use, offered }) => {
                assert_eq!(in_use, "shuozhou-2021-26 2.0.0");
                assert_eq!(offered, format!("shuozhou-2021-26 {older}"));
            }
            other => panic!("{older}: {other:?}"),
        }
        assert_eq!(snapshot(dir.path()), before, "{older}: nothing changed");
    }
    // Another policy's pack, however new.
    let mut files = PolicyPack::embedded_files();
    let manifest = String::from_utf8(files["pack.toml"].clone()).expect("UTF-8");
    files.insert(
        "pack.toml".into(),
        manifest
            .replacen("id = \"shuozhou-2021-26\"", "id = \"datong-2022-3\"", 1)
            .replacen(&crate::support::version_line(), "version = \"9.0.0\"", 1)
            .into_bytes(),
    );
    let other = archive::build(&files, Some(&key)).expect("builds").1;
    assert!(matches!(
        library::install(dir.path(), &other, &trust, &v2, Downgrade::Refused),
        Err(ArchiveError::OtherPack { .. })
    ));
    assert_eq!(snapshot(dir.path()), before);
    // The same version again, or a newer one, goes in; going back does when staff ask.
    library::install(
        dir.path(),
        &archive_of("2.0.0", &key),
        &trust,
        &v2,
        Downgrade::Refused,
    )
    .expect("the same version again");
    library::install(
        dir.path(),
        &archive_of("0.9.0", &key),
        &trust,
        &v2,
        Downgrade::Allowed,
    )
    .expect("asked for");
    assert_eq!(active_version(dir.path(), &trust).as_deref(), Some("0.9.0"));
}
