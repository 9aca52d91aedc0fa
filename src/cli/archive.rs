//! The policy office's commands for signed pack files: `keygen`, `pack build`, `pack verify`
//! and `pack diff`; and the county office's: `pack install` and `pack rollback`. The checks themselves are the core's ([`navigator::pack::archive`]); this
//! module reads and writes the files the user names and words the outcome.

use std::path::{Path, PathBuf};

use navigator::pack::archive::{self, PublicKey, SigningKey, Trust};
use navigator::pack::library;
use navigator::store::AuditAction;
use navigator::{ArchiveError, Locale, Localizer, PackError, PolicyPack};

use crate::error::CliError;

/// `keygen --out DIR`: a new key pair in DIR, never over an existing one.
pub fn keygen(dir: &Path, loc: &Localizer, locale: Locale) -> Result<(), CliError> {
    let key = SigningKey::generate()?;
    let (secret, public) = archive::write_key_pair(dir, &key)?;
    let path = |p: &Path| p.display().to_string().into();
    crate::emit(&format!(
        "{}\n{}\n",
        loc.app(
            locale,
            "cli-keygen-written",
            &[("secret", path(&secret)), ("public", path(&public))]
        ),
        loc.app(
            locale,
            "cli-keygen-public",
            &[("key", key.public_key().to_string().into())]
        )
    ));
    Ok(())
}

/// What `pack build` ends with: written, or refused because the pack is invalid (the problems
/// are listed as `pack check` lists them).
pub enum Built {
    Written,
    Invalid(Vec<navigator::Problem>),
}

/// `pack build DIR -o FILE (--sign KEY | --unsigned)`: checks the pack fully, then writes the
/// archive through `FILE.part`, renamed into place only when complete.
pub fn build(
    dir: &Path,
    out: &Path,
    sign: Option<&Path>,
    loc: &Localizer,
    locale: Locale,
) -> Result<Built, CliError> {
    let key = sign.map(SigningKey::read_file).transpose()?;
    let files = PolicyPack::files_in_dir(dir)?;
    let (pack, bytes) = match archive::build(&files, key.as_ref()) {
        Ok(built) => built,
        Err(ArchiveError::InvalidPack(PackError::Invalid(problems))) => {
            return Ok(Built::Invalid(problems))
        }
        Err(e) => return Err(e.into()),
    };
    write_atomically(out, &bytes)?;
    let m = &pack.manifest;
    let mut args = vec![
        ("path", out.display().to_string().into()),
        ("id", m.id.clone().into()),
        ("version", m.version.clone().into()),
        ("measures", pack.measures.len().into()),
    ];
    let id = match &key {
        Some(key) => {
            args.push(("key", key.public_key().to_string().into()));
            "cli-archive-built"
        }
        None => "cli-archive-built-unsigned",
    };
    crate::emit(&format!("{}\n", loc.app(locale, id, &args)));
    Ok(Built::Written)
}

/// `pack verify FILE --key PUB…`: every check an import makes; one line either way.
pub fn verify(file: &Path, trust: &Trust, loc: &Localizer, locale: Locale) -> Result<(), CliError> {
    let imported = archive::read(&read_file(file)?, trust)?;
    let m = &imported.pack.manifest;
    let mut args = vec![
        ("id", m.id.clone().into()),
        ("version", m.version.clone().into()),
        ("measures", imported.pack.measures.len().into()),
    ];
    let id = match imported.signer {
        Some(key) => {
            args.push(("key", key.to_string().into()));
            "cli-archive-verified"
        }
        None => "cli-archive-verified-unsigned",
    };
    crate::emit(&format!("{}\n", loc.app(locale, id, &args)));
    Ok(())
}

/// `pack diff OLD NEW`: the measures added, removed and changed, each with its article and
/// title. Either side may be a pack directory or a pack archive (checked as `verify` checks it).
pub fn diff(old: &Path, new: &Path, trust: &Trust, locale: Locale) -> Result<(), CliError> {
    let old = open(old, trust)?;
    let new = open(new, trust)?;
    print_diff(&old, &new, locale)
}

/// Prints what changes from `old` to `new`: the measures added, removed and changed.
fn print_diff(old: &PolicyPack, new: &PolicyPack, locale: Locale) -> Result<(), CliError> {
    let d = navigator::pack::diff(old, new);
    let old_loc = Localizer::new(old).map_err(|e| CliError::Internal(e.to_string()))?;
    let new_loc = Localizer::new(new).map_err(|e| CliError::Internal(e.to_string()))?;
    let view = navigator::present::pack_diff(&old_loc, &new_loc, locale, &d);
    let mut out = new_loc.app(
        locale,
        "cli-diff-packs",
        &[("old", view.old.into()), ("new", view.new.into())],
    );
    out.push('\n');
    if d.measures_unchanged() {
        out.push_str(&new_loc.app(locale, "cli-diff-none", &[]));
        out.push('\n');
    }
    let sections = [
        ("cli-diff-added", &view.added),
        ("cli-diff-removed", &view.removed),
        ("cli-diff-changed", &view.changed),
    ];
    for (heading, measures) in sections {
        if measures.is_empty() {
            continue;
        }
        let count = [("count", measures.len().into())];
        out.push_str(&new_loc.app(locale, heading, &count));
        out.push('\n');
        for m in measures {
            out.push_str(&format!("  {} {}  [{}]\n", m.article, m.title, m.id));
        }
    }
    crate::emit(&out);
    Ok(())
}

/// `pack install FILE.zip`: checks the archive against the trusted keys in the settings of
/// the data directory, makes it the active pack there (the one it replaces is kept for
/// rollback) and prints what changed.
pub fn install(file: &Path, data_dir: Option<PathBuf>, locale: Locale) -> Result<(), CliError> {
    let (dir, trust) = library_of(data_dir)?;
    let current = current_pack(&dir, &trust)?;
    let bytes = read_file(file)?;
    let now = library::install(&dir, &bytes, &trust, &current)?;
    crate::office::audit(&dir, AuditAction::PackInstall, &switch(&current, &now.pack));
    print_diff(&current, &now.pack, locale)
}

/// `pack rollback`: the previous pack becomes active again (or the embedded one, if no other
/// was installed before); prints what changed.
pub fn rollback(data_dir: Option<PathBuf>, locale: Locale) -> Result<(), CliError> {
    let (dir, trust) = library_of(data_dir)?;
    let current = current_pack(&dir, &trust)?;
    let embedded = PolicyPack::embedded()?;
    let now = library::rollback(&dir, &trust, &current, &embedded)?;
    crate::office::audit(
        &dir,
        AuditAction::PackRollback,
        &switch(&current, &now.pack),
    );
    print_diff(&current, &now.pack, locale)
}

/// `id version → id version`, as the audit log notes a pack switch.
fn switch(old: &PolicyPack, new: &PolicyPack) -> String {
    let (o, n) = (&old.manifest, &new.manifest);
    format!("{} {} → {} {}", o.id, o.version, n.id, n.version)
}

/// The data directory and the trust its settings give.
fn library_of(data_dir: Option<PathBuf>) -> Result<(PathBuf, Trust), CliError> {
    let dir = data_dir
        .or_else(|| navigator::settings::data_dir(navigator::settings::env_var))
        .ok_or(CliError::NoDataDir)?;
    let settings = navigator::Settings::load(&dir, |_| None)?;
    Ok((dir, settings.trust()))
}

/// The pack in use there: the installed one, or the embedded one.
fn current_pack(dir: &Path, trust: &Trust) -> Result<PolicyPack, CliError> {
    match library::active(dir, trust)? {
        Some(pack) => Ok(pack),
        None => Ok(PolicyPack::embedded()?),
    }
}

/// The trust given on the command line: the public keys named, and unsigned packs only if
/// asked for.
pub fn trust(keys: &[PathBuf], allow_unsigned: bool) -> Result<Trust, CliError> {
    let keys = keys
        .iter()
        .map(|k| PublicKey::read_file(k))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Trust {
        keys,
        allow_unsigned,
    })
}

/// A pack from a directory, or from an archive file.
fn open(path: &Path, trust: &Trust) -> Result<PolicyPack, CliError> {
    if path.is_dir() {
        return Ok(PolicyPack::from_dir(path)?);
    }
    Ok(archive::read(&read_file(path)?, trust)?.pack)
}

fn read_file(path: &Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(path).map_err(|e| CliError::ReadFile(path.display().to_string(), e))
}

/// Writes `path` through a temporary file beside it, renamed into place only when complete: a
/// failed build leaves no half-written archive behind, and never clobbers the old one.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    use std::io::Write;
    let part = path.with_extension("part");
    let fail = |e: std::io::Error| CliError::WriteFile(path.display().to_string(), e);
    let written = std::fs::File::create(&part)
        .and_then(|mut file| file.write_all(bytes).and_then(|()| file.sync_all()))
        .and_then(|()| std::fs::rename(&part, path));
    written.map_err(|e| {
        let _ = std::fs::remove_file(&part);
        fail(e)
    })
}
