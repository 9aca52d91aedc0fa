//! Fuzzes the policy-pack loader and validator, `PolicyPack::load`.
//!
//! The input is the default pack with one file broken: the first byte chooses the file (see
//! `FILES`), the rest of the input replaces its content. Loading must return `Ok` or a list of
//! problems, never panic; and a pack that loads must be usable by the engine, the flow and the
//! localizer without panicking either.
#![no_main]

use std::collections::BTreeMap;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use navigator::{Answers, Localizer, PolicyPack};

macro_rules! pack_file {
    ($name:literal) => {
        (
            $name,
            include_bytes!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../assets/packs/shuozhou-2021-26/",
                $name
            ))
            .as_slice(),
        )
    };
}

/// The files of the embedded default pack. The order is the meaning of the input's first byte
/// (modulo the count), which the seed corpus relies on: do not reorder, only append.
const FILES: [(&str, &[u8]); 9] = [
    pack_file!("pack.toml"),
    pack_file!("questions.toml"),
    pack_file!("measures.toml"),
    pack_file!("departments.toml"),
    pack_file!("not_applicable.toml"),
    pack_file!("source.txt"),
    pack_file!("locales/zh-CN/pack.ftl"),
    pack_file!("locales/zh-TW/pack.ftl"),
    pack_file!("locales/en/pack.ftl"),
];

fn base() -> &'static BTreeMap<String, Vec<u8>> {
    static BASE: OnceLock<BTreeMap<String, Vec<u8>>> = OnceLock::new();
    BASE.get_or_init(|| {
        FILES
            .iter()
            .map(|(name, bytes)| (name.to_string(), bytes.to_vec()))
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, content)) = data.split_first() else {
        return;
    };
    let (name, _) = FILES[usize::from(selector) % FILES.len()];
    let mut files = base().clone();
    files.insert(name.to_string(), content.to_vec());

    let Ok(pack) = PolicyPack::load(&files) else {
        return;
    };
    // A pack that loads is promised to be safe for everything downstream.
    let on = navigator::answers::parse_date("2022-01-01").unwrap();
    let answers = Answers::new();
    let _ = navigator::evaluate(&pack, &answers, on);
    let _ = navigator::next_question(&pack, &answers, on);
    let _ = Localizer::new(&pack);
});
