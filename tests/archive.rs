//! Signed pack archives: the round trip of the default pack, every way an archive can be
//! damaged, forged or unsafe, key files, and the diff an office sees before it imports a pack.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};

use navigator::pack::archive::{
    self, Archive, KeyFault, KeyFile, KeyReason, Limits, Oversize, PublicKey, SigningKey, Trust,
};
use navigator::pack::{diff, MeasureChange};
use navigator::{ArchiveError, PackError, PolicyPack};
use proptest::prelude::*;

use crate::support::pack;

/// A fixed key per seed, so that every run builds the same bytes.
pub fn key(seed: u8) -> SigningKey {
    let text = format!(
        "navigator-pack-signing-key v1\n{}\n",
        base64_of(&[seed; 32])
    );
    SigningKey::from_file_text(&text).expect("a well-formed test key")
}

fn base64_of(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn trusting(key: &SigningKey) -> Trust {
    Trust::keys(vec![key.public_key()])
}

/// The default pack, signed with key 1.
pub fn signed_default_pack() -> Vec<u8> {
    let (_, bytes) = archive::build(&PolicyPack::embedded_files(), Some(&key(1))).expect("builds");
    bytes
}

fn read(bytes: &[u8]) -> Result<Archive, ArchiveError> {
    archive::read(bytes, &trusting(&key(1)))
}

/// Every entry of a zip, in the archive's order.
pub fn entries(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    (0..zip.len())
        .map(|i| {
            let mut file = zip.by_index(i).expect("an entry");
            let mut data = Vec::new();
            file.read_to_end(&mut data).expect("readable");
            (file.name().expect("a UTF-8 name").into_owned(), data)
        })
        .collect()
}

/// A zip of exactly these entries, as a forger would write it.
pub fn zip_of(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, data) in entries {
        zip.start_file(name.as_str(), options).expect("start");
        zip.write_all(data).expect("write");
    }
    zip.finish().expect("finish").into_inner()
}

/// The archive with one entry's content replaced and everything else, the signature included,
/// left as it was.
pub fn with_entry_replaced(bytes: &[u8], name: &str, data: &[u8]) -> Vec<u8> {
    let mut all = entries(bytes);
    let entry = all
        .iter_mut()
        .find(|(n, _)| n == name)
        .expect("the entry exists");
    entry.1 = data.to_vec();
    zip_of(&all)
}

fn text_of(files: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(files[name].clone()).expect("text")
}

#[test]
fn the_default_pack_survives_a_signed_round_trip() {
    let imported = read(&signed_default_pack()).expect("the archive verifies");
    assert_eq!(imported.files, PolicyPack::embedded_files());
    assert_eq!(imported.signer, Some(key(1).public_key()));
    assert_eq!(imported.pack.manifest, pack().manifest);
    assert_eq!(imported.pack.measures, pack().measures);
    assert!(!imported.files.contains_key(archive::SIGNATURE_FILE));
}

#[test]
fn building_the_same_pack_twice_gives_the_same_bytes() {
    assert_eq!(signed_default_pack(), signed_default_pack());
    let names: Vec<String> = entries(&signed_default_pack())
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    let mut sorted = names[1..].to_vec();
    sorted.sort();
    assert_eq!(names[0], archive::SIGNATURE_FILE);
    assert_eq!(names[1..], sorted[..], "entries are sorted");
}

#[test]
fn a_changed_file_is_reported_as_tampered_by_name() {
    let bytes = signed_default_pack();
    let files = PolicyPack::embedded_files();
    let changed = text_of(&files, "measures.toml").replace("review = true", "review = false");
    let forged = with_entry_replaced(&bytes, "measures.toml", changed.as_bytes());
    assert!(
        matches!(read(&forged), Err(ArchiveError::Tampered(f)) if f == "measures.toml"),
        "{:?}",
        read(&forged).map(|a| a.signer)
    );
}

#[test]
fn a_flipped_byte_inside_an_entry_is_refused_naming_that_entry() {
    let mut bytes = signed_default_pack();
    let (start, len) = {
        let mut zip = zip::ZipArchive::new(Cursor::new(&bytes)).expect("a zip");
        let file = zip.by_name("questions.toml").expect("the entry");
        (file.data_start().expect("known"), file.compressed_size())
    };
    let at = usize::try_from(start + len / 2).expect("small");
    bytes[at] ^= 0x01;
    match read(&bytes) {
        Err(ArchiveError::Tampered(f)) => assert_eq!(f, "questions.toml"),
        other => panic!("expected Tampered, got {:?}", other.map(|a| a.signer)),
    }
}

#[test]
fn an_archive_cut_short_anywhere_is_refused_without_panicking() {
    let bytes = signed_default_pack();
    let mut cuts: Vec<usize> = (0..bytes.len()).step_by(997).collect();
    cuts.extend([1, 4, 22, bytes.len() - 22, bytes.len() - 1]);
    for cut in cuts {
        match read(&bytes[..cut]) {
            Err(ArchiveError::Damaged(_)) => {}
            other => panic!("cut at {cut}: {:?}", other.map(|a| a.signer)),
        }
    }
}

#[test]
fn an_archive_signed_with_an_untrusted_key_is_refused() {
    let bytes = signed_default_pack();
    let result = archive::read(&bytes, &trusting(&key(2)));
    assert!(
        matches!(&result, Err(ArchiveError::UntrustedKey(k)) if *k == key(1).public_key()),
        "{:?}",
        result.map(|a| a.signer)
    );
    // No trusted key at all is the same refusal, not an acceptance.
    assert!(matches!(
        archive::read(&bytes, &Trust::default()),
        Err(ArchiveError::UntrustedKey(_))
    ));
}

#[test]
fn a_signature_made_with_another_key_does_not_pass_for_a_trusted_one() {
    let files = PolicyPack::embedded_files();
    let (_, by_two) = archive::build(&files, Some(&key(2))).expect("builds");
    let signature = entries(&by_two)
        .into_iter()
        .find(|(n, _)| n == archive::SIGNATURE_FILE)
        .expect("signed")
        .1;
    let claimed = String::from_utf8(signature).expect("text").replace(
        &key(2).public_key().to_string(),
        &key(1).public_key().to_string(),
    );
    let forged = with_entry_replaced(&by_two, archive::SIGNATURE_FILE, claimed.as_bytes());
    assert!(matches!(read(&forged), Err(ArchiveError::BadSignature)));
}

#[test]
fn a_digest_list_rewritten_for_a_changed_file_breaks_the_signature() {
    let bytes = signed_default_pack();
    let files = PolicyPack::embedded_files();
    let old = text_of(&files, "pack.toml");
    let new = old.replace(&crate::support::version_line(), "version = \"9.9.9\"");
    let digest = |s: &str| {
        use sha2::Digest as _;
        sha2::Sha256::digest(s.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    let signature = entries(&bytes)
        .into_iter()
        .find(|(n, _)| n == archive::SIGNATURE_FILE)
        .expect("signed")
        .1;
    let relisted = String::from_utf8(signature)
        .expect("text")
        .replace(&digest(&old), &digest(&new));
    let forged = with_entry_replaced(&bytes, "pack.toml", new.as_bytes());
    let forged = with_entry_replaced(&forged, archive::SIGNATURE_FILE, relisted.as_bytes());
    assert!(matches!(read(&forged), Err(ArchiveError::BadSignature)));
}

#[test]
fn an_unsigned_archive_is_refused_unless_unsigned_packs_are_allowed() {
    let files = PolicyPack::embedded_files();
    let (_, unsigned) = archive::build(&files, None).expect("builds");
    assert!(matches!(read(&unsigned), Err(ArchiveError::Unsigned)));
    let allowed = Trust {
        keys: vec![key(1).public_key()],
        allow_unsigned: true,
    };
    let imported = archive::read(&unsigned, &allowed).expect("allowed");
    assert_eq!(imported.signer, None);
    assert_eq!(imported.files, files);

    // Stripping the signature from a signed archive makes it unsigned, and so refused.
    let stripped: Vec<_> = entries(&signed_default_pack())
        .into_iter()
        .filter(|(n, _)| n != archive::SIGNATURE_FILE)
        .collect();
    assert!(matches!(
        read(&zip_of(&stripped)),
        Err(ArchiveError::Unsigned)
    ));
}

#[test]
fn an_unsigned_archive_that_is_allowed_is_still_checked_against_its_digests() {
    let (_, unsigned) = archive::build(&PolicyPack::embedded_files(), None).expect("builds");
    let forged = with_entry_replaced(&unsigned, "source.txt", b"something else");
    let allowed = Trust {
        keys: Vec::new(),
        allow_unsigned: true,
    };
    assert!(matches!(
        archive::read(&forged, &allowed),
        Err(ArchiveError::Tampered(f)) if f == "source.txt"
    ));
}

#[test]
fn an_entry_not_in_the_signed_list_is_refused() {
    let mut all = entries(&signed_default_pack());
    all.push(("locales/en/extra.ftl".to_owned(), b"m-x = y\n".to_vec()));
    assert!(matches!(
        read(&zip_of(&all)),
        Err(ArchiveError::UnlistedFile(f)) if f == "locales/en/extra.ftl"
    ));
}

#[test]
fn an_entry_missing_from_the_archive_is_refused() {
    let all: Vec<_> = entries(&signed_default_pack())
        .into_iter()
        .filter(|(n, _)| n != "source.txt")
        .collect();
    assert!(matches!(
        read(&zip_of(&all)),
        Err(ArchiveError::MissingFile(f)) if f == "source.txt"
    ));
}

#[test]
fn entries_that_climb_out_of_the_pack_or_are_absolute_are_refused() {
    for name in [
        "../evil.toml",
        "locales/../../evil.toml",
        "/etc/passwd",
        "locales\\en\\pack.ftl",
        "C:/evil.toml",
        "./pack.toml",
        "locales//en.ftl",
    ] {
        let mut all = entries(&signed_default_pack());
        all.push((name.to_owned(), b"x".to_vec()));
        match read(&zip_of(&all)) {
            Err(ArchiveError::UnsafeEntry(n)) => assert_eq!(n, name),
            other => panic!("{name}: {:?}", other.map(|a| a.signer)),
        }
        // The builder refuses to write such a name in the first place.
        let mut files = PolicyPack::embedded_files();
        files.insert(name.to_owned(), b"x".to_vec());
        assert!(
            matches!(
                archive::write_files(&files, Some(&key(1))),
                Err(ArchiveError::UnsafeEntry(_))
            ),
            "{name}"
        );
    }
}

#[test]
fn a_directory_entry_is_refused() {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, data) in entries(&signed_default_pack()) {
        zip.start_file(name, options).expect("start");
        zip.write_all(&data).expect("write");
    }
    zip.add_directory("locales/xx/", options)
        .expect("a directory");
    let bytes = zip.finish().expect("finish").into_inner();
    assert!(matches!(
        read(&bytes),
        Err(ArchiveError::UnsafeEntry(n)) if n == "locales/xx/"
    ));
}

#[test]
fn a_name_that_occurs_twice_is_refused() {
    // The zip writer will not write a name twice, so write a look-alike of the same length and
    // rename it in place.
    let mut all = entries(&signed_default_pack());
    let pack_toml = all
        .iter()
        .find(|(n, _)| n == "pack.toml")
        .expect("pack.toml")
        .1
        .clone();
    all.push(("pack.tomz".to_owned(), pack_toml));
    let mut bytes = zip_of(&all);
    let (from, to) = (b"pack.tomz", b"pack.toml");
    let mut i = 0;
    while i + from.len() <= bytes.len() {
        if &bytes[i..i + from.len()] == from {
            bytes[i..i + to.len()].copy_from_slice(to);
        }
        i += 1;
    }
    assert!(matches!(
        read(&bytes),
        Err(ArchiveError::UnsafeEntry(n)) if n == "pack.toml"
    ));
}

#[test]
fn a_pack_may_not_have_a_file_named_like_the_signature() {
    let mut files = PolicyPack::embedded_files();
    files.insert(archive::SIGNATURE_FILE.to_owned(), b"format = 1".to_vec());
    assert!(matches!(
        archive::write_files(&files, Some(&key(1))),
        Err(ArchiveError::UnsafeEntry(n)) if n == archive::SIGNATURE_FILE
    ));
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_read_whole() {
    // 64 MiB of zeros compress to about 64 KiB.
    let mut all = entries(&signed_default_pack());
    all.push(("bomb.txt".to_owned(), vec![0u8; 64 * 1024 * 1024]));
    let bytes = zip_of(&all);
    assert!(bytes.len() < 1024 * 1024, "{}", bytes.len());
    assert!(matches!(
        read(&bytes),
        Err(ArchiveError::TooLarge(Oversize::Entry { name, .. })) if name == "bomb.txt"
    ));
}

#[test]
fn every_limit_is_enforced() {
    let bytes = signed_default_pack();
    let trust = trusting(&key(1));
    let generous = Limits::default();
    assert!(archive::read_with_limits(&bytes, &trust, &generous).is_ok());
    let limits = [
        Limits {
            archive_size: bytes.len() as u64 - 1,
            ..generous
        },
        Limits {
            entries: 9,
            ..generous
        },
        Limits {
            entry_size: 30_000,
            ..generous
        },
        Limits {
            total_size: 100_000,
            ..generous
        },
    ];
    for limits in limits {
        assert!(
            matches!(
                archive::read_with_limits(&bytes, &trust, &limits),
                Err(ArchiveError::TooLarge(_))
            ),
            "{limits:?}"
        );
    }
}

#[test]
fn a_signed_but_invalid_pack_is_refused_with_its_problems() {
    let mut files = PolicyPack::embedded_files();
    let broken = text_of(&files, "measures.toml").replace("[[measure]]", "[[measure]");
    files.insert("measures.toml".to_owned(), broken.into_bytes());
    // The builder refuses it…
    assert!(matches!(
        archive::build(&files, Some(&key(1))),
        Err(ArchiveError::InvalidPack(_))
    ));
    // …and when it is signed anyway, the reader finds the same problems as `pack check`.
    let bytes = archive::write_files(&files, Some(&key(1))).expect("written");
    match read(&bytes) {
        Err(ArchiveError::InvalidPack(PackError::Invalid(problems))) => {
            assert!(
                problems.iter().any(|p| p.file == "measures.toml"),
                "{problems:?}"
            );
            let direct = match PolicyPack::load(&files) {
                Err(PackError::Invalid(p)) => p,
                other => panic!("{other:?}"),
            };
            assert_eq!(problems, direct);
        }
        other => panic!("{:?}", other.map(|a| a.signer)),
    }
}

#[test]
fn key_files_round_trip() {
    let secret = key(7);
    let again = SigningKey::from_file_text(&secret.to_file_text()).expect("parses");
    assert_eq!(again.public_key(), secret.public_key());
    let public = secret.public_key();
    assert_eq!(
        PublicKey::from_file_text(&public.to_file_text()).expect("parses"),
        public
    );
    // Notepad on a USB stick: Windows line ends and a trailing blank line.
    let windows = public.to_file_text().replace('\n', "\r\n") + "\r\n";
    assert_eq!(PublicKey::from_file_text(&windows).expect("parses"), public);
    // The secret never shows in debug output.
    assert!(!format!("{secret:?}").contains(secret.to_file_text().lines().nth(1).expect("body")));
}

#[test]
fn a_malformed_key_file_is_a_typed_error() {
    let public = key(7).public_key().to_file_text();
    let secret = key(7).to_file_text();
    let body = public.lines().nth(1).expect("body").to_owned();
    let bad = [
        String::new(),
        "navigator-pack-public-key v1\n".to_owned(),
        format!("navigator-pack-public-key v2\n{body}\n"),
        format!("{body}\n"),
        format!("navigator-pack-public-key v1\n{body}x\n"),
        format!("navigator-pack-public-key v1\n{}\n", base64_of(&[1; 31])),
        format!("navigator-pack-public-key v1\n{body}\n{body}\n"),
        secret.clone(),
        "\u{feff}\u{0}garbage".to_owned(),
    ];
    for text in &bad {
        assert!(
            matches!(
                PublicKey::from_file_text(text),
                Err(ArchiveError::BadKey(_))
            ),
            "{text:?}"
        );
    }
    assert!(matches!(
        SigningKey::from_file_text(&public),
        Err(ArchiveError::BadKey(KeyFault {
            file: None,
            reason: KeyReason::WrongFile {
                found: KeyFile::Public,
                wanted: KeyFile::Secret
            }
        }))
    ));
}

proptest! {
    #[test]
    fn key_parsing_never_panics(text in ".{0,120}") {
        let _ = PublicKey::from_file_text(&text);
        let _ = SigningKey::from_file_text(&text);
        let _ = PublicKey::from_file_text(&format!("navigator-pack-public-key v1\n{text}"));
    }
}

#[test]
fn a_new_key_pair_is_written_once_and_the_secret_is_private() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("keys");
    let key = SigningKey::generate().expect("random");
    let (secret, public) = archive::write_key_pair(&out, &key).expect("written");
    assert_eq!(
        SigningKey::read_file(&secret).expect("reads").public_key(),
        key.public_key()
    );
    assert_eq!(
        PublicKey::read_file(&public).expect("reads"),
        key.public_key()
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&secret)
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let before = std::fs::read(&secret).expect("read");
    let other = SigningKey::generate().expect("random");
    assert_ne!(other.public_key(), key.public_key());
    assert!(matches!(
        archive::write_key_pair(&out, &other),
        Err(ArchiveError::KeyExists(_))
    ));
    assert_eq!(std::fs::read(&secret).expect("read"), before);
    // The public half alone is enough to refuse: a new secret would not match it.
    std::fs::remove_file(&secret).expect("remove");
    assert!(matches!(
        archive::write_key_pair(&out, &other),
        Err(ArchiveError::KeyExists(p)) if p.ends_with(archive::PUBLIC_KEY_FILE)
    ));
    assert!(!secret.exists());
}

/// The default pack's files with one measure removed, one added, one changed in its record,
/// one changed only in its English words, and a new version.
fn modified_default_pack() -> BTreeMap<String, Vec<u8>> {
    let mut files = PolicyPack::embedded_files();
    let mut edit = |name: &str, f: &dyn Fn(String) -> String| {
        let text = f(text_of(&files, name));
        files.insert(name.to_owned(), text.into_bytes());
    };
    edit("pack.toml", &|t| {
        t.replace(&crate::support::version_line(), "version = \"9.1.0\"")
    });
    edit("measures.toml", &|t| {
        let start = t
            .find("[[measure]]\nid = \"incubator-property-land-tax-exemption\"")
            .expect("the measure");
        let end = start + t[start + 1..].find("\n[[measure]]").expect("next") + 1;
        let removed = format!("{}{}", &t[..start], &t[end..].trim_start());
        let copy = "\n[[measure]]\nid = \"fast-business-registration-copy\"\narticle = 3\n\
                    kind = \"service\"\ngroups = [\"enterprise\"]\n\
                    source = [\"全市将企业开办时间压缩至1个工作日。\"]\n\
                    departments = [\"admin-approval\"]\nprimary_contact = \"admin-approval\"\n";
        (removed + copy).replace(
            "id = \"national-tax-and-insurance-relief\"\n",
            "id = \"national-tax-and-insurance-relief\"\nvalid_until = 2030-12-31\n",
        )
    });
    for locale in ["zh-CN", "zh-TW", "en"] {
        let file = format!("locales/{locale}/pack.ftl");
        edit(&file, &|t| {
            t + "\nm-fast-business-registration-copy = Copy\n    .benefit = Copy.\n    .contact = Copy.\n"
        });
    }
    edit("locales/en/pack.ftl", &|t| {
        let at = t
            .find("m-unemployment-insurance-job-retention = ")
            .expect("the message");
        let end = at + t[at..].find('\n').expect("line end");
        format!("{} (revised){}", &t[..end], &t[end..])
    });
    files
}

#[test]
fn the_diff_names_exactly_the_measures_added_removed_and_changed() {
    let new = match PolicyPack::load(&modified_default_pack()) {
        Ok(p) => p,
        Err(PackError::Invalid(problems)) => panic!("{problems:#?}"),
        Err(e) => panic!("{e}"),
    };
    let d = diff(pack(), &new);
    let change = |id: &str, article: &str| MeasureChange {
        id: id.to_owned(),
        article: article.to_owned(),
    };
    assert_eq!(
        d.added,
        [change("fast-business-registration-copy", "（三）")]
    );
    assert_eq!(
        d.removed,
        [change("incubator-property-land-tax-exemption", "（六）")]
    );
    let changed: Vec<&str> = d.changed.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        changed,
        [
            "national-tax-and-insurance-relief",
            "unemployment-insurance-job-retention"
        ]
    );
    assert!(!d.pack_changed());
    assert_eq!(
        (d.old.version.as_str(), d.new.version.as_str()),
        (crate::support::built_in_version(), "9.1.0")
    );

    let same = diff(pack(), pack());
    assert!(same.measures_unchanged() && same.old == same.new);
}

#[test]
fn the_diff_of_an_imported_archive_against_the_pack_in_use() {
    let (_, bytes) = archive::build(&modified_default_pack(), Some(&key(1))).expect("a valid pack");
    let imported = read(&bytes).expect("verifies");
    let d = diff(pack(), &imported.pack);
    assert_eq!((d.added.len(), d.removed.len(), d.changed.len()), (1, 1, 2));
}

#[test]
fn random_bytes_are_never_a_pack() {
    let trust = Trust {
        keys: vec![key(1).public_key()],
        allow_unsigned: true,
    };
    for bytes in [&b""[..], b"PK", b"PK\x05\x06", &[0u8; 22], b"PK\x03\x04"] {
        assert!(archive::read(bytes, &trust).is_err());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_bytes_never_panic_and_never_verify(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let trust = Trust { keys: vec![key(1).public_key()], allow_unsigned: true };
        prop_assert!(archive::read(&bytes, &trust).is_err());
    }

    /// A mutated archive is refused, or (where the bytes changed are ones the reader ignores,
    /// such as a timestamp in a local header) yields exactly the files that were signed.
    #[test]
    fn a_mutated_archive_never_yields_anything_but_the_signed_files(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), 1u8..=255), 1..4),
    ) {
        let original = good_archive();
        let mut bytes = original.to_vec();
        for (at, xor) in &flips {
            let i = at.index(bytes.len());
            bytes[i] ^= xor;
        }
        if let Ok(imported) = read(&bytes) {
            prop_assert_eq!(imported.files, PolicyPack::embedded_files());
            prop_assert_eq!(imported.signer, Some(key(1).public_key()));
        }
    }
}

/// The signed default pack, built once for the property tests.
fn good_archive() -> &'static [u8] {
    static ARCHIVE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    ARCHIVE.get_or_init(signed_default_pack)
}
