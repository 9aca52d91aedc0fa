//! The policy office's commands for signed pack files: `keygen`, `pack build`, `pack verify`
//! and `pack diff`; and the county office's: `pack install` and `pack rollback`, which are use
//! cases of the installation's [`Desk`]. The checks themselves are the core's
//! ([`navigator::pack::archive`]); this module reads and writes the files the user names and
//! words the outcome.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use navigator::desk::{Desk, DeskError};
use navigator::pack::archive::{self, PublicKey, SigningKey, Trust};
use navigator::pack::library::Downgrade;
use navigator::present::PackDiffView;
use navigator::{ArchiveError, Locale, Localizer, PackError, PolicyPack};

use crate::args::PackCommand;
use crate::error::CliError;

/// The application's own messages, for the commands that work on no installation.
fn app_words() -> Result<Localizer, CliError> {
    Ok(Localizer::app_only().map_err(DeskError::from)?)
}

/// `pack build`, `pack verify` and `pack diff`: commands on the pack files they name.
pub fn run(command: &PackCommand, locale: Locale) -> Result<ExitCode, CliError> {
    let app = app_words()?;
    match command {
        PackCommand::Build { dir, out, sign, .. } => {
            match build(dir, out, sign.as_deref(), &app, locale)? {
                Built::Written => Ok(ExitCode::SUCCESS),
                Built::Invalid(problems) => {
                    let mut text = String::new();
                    crate::text::pack_problems(&mut text, &problems, &app, locale);
                    eprint!("{text}");
                    Ok(ExitCode::from(1))
                }
            }
        }
        PackCommand::Verify {
            file,
            keys,
            allow_unsigned,
        } => {
            verify(file, &trust(keys, *allow_unsigned)?, &app, locale)?;
            Ok(ExitCode::SUCCESS)
        }
        PackCommand::Diff { old, new, trust: t } => {
            let trust = trust(&t.keys, t.allow_unsigned)?;
            diff(old, new, &trust, locale)?;
            Ok(ExitCode::SUCCESS)
        }
        // Handled by the caller, on the installation.
        PackCommand::Check { .. } | PackCommand::Install { .. } | PackCommand::Rollback => {
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `keygen --out DIR`: a new key pair in DIR, never over an existing one.
pub fn keygen(dir: &Path, locale: Locale) -> Result<(), CliError> {
    let loc = app_words()?;
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
    let old_loc = Localizer::new(old).map_err(DeskError::from)?;
    let new_loc = Localizer::new(new).map_err(DeskError::from)?;
    print_diff_view(
        &navigator::present::pack_diff(&old_loc, &new_loc, locale, &d),
        &new_loc,
        locale,
    );
    Ok(())
}

/// Prints a worded diff.
fn print_diff_view(view: &PackDiffView, loc: &Localizer, locale: Locale) {
    let mut out = loc.app(
        locale,
        "cli-diff-packs",
        &[
            ("old", view.old.clone().into()),
            ("new", view.new.clone().into()),
        ],
    );
    out.push('\n');
    if view.added.is_empty() && view.removed.is_empty() && view.changed.is_empty() {
        out.push_str(&loc.app(locale, "cli-diff-none", &[]));
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
        out.push_str(&loc.app(locale, heading, &count));
        out.push('\n');
        for m in measures {
            out.push_str(&format!("  {} {}  [{}]\n", m.article, m.title, m.id));
        }
    }
    crate::emit(&out);
}

/// `pack install FILE.zip [--allow-downgrade]`: checks the archive against the trusted keys in
/// the settings (and that it is not older than the pack in use, or another policy's, unless
/// allowed), makes it the pack in use of the installation (the one it replaces is kept for
/// rollback) and prints what changed.
pub fn install(
    desk: &Desk,
    bytes: &[u8],
    locale: Locale,
    downgrade: Downgrade,
) -> Result<(), CliError> {
    let view = desk.at_terminal().install(locale, bytes, downgrade)?;
    print_diff_view(&view, &desk.policy().loc, locale);
    Ok(())
}

/// `pack rollback`: the previous pack is in use again (or the built-in one, if no other was
/// installed before); prints what changed.
pub fn rollback(desk: &Desk, locale: Locale) -> Result<(), CliError> {
    let view = desk.at_terminal().rollback(locale)?;
    print_diff_view(&view, &desk.policy().loc, locale);
    Ok(())
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
    crate::read_file(path)
}

/// Writes `path` through a temporary file beside it, renamed into place only when complete: a
/// failed build leaves no half-written archive behind, and never clobbers the old one.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    use std::io::Write;
    let part = path.with_extension("part");
    let fail = |reason: std::io::Error| CliError::WriteFile {
        path: path.to_path_buf(),
        reason,
    };
    let written = std::fs::File::create(&part)
        .and_then(|mut file| file.write_all(bytes).and_then(|()| file.sync_all()))
        .and_then(|()| std::fs::rename(&part, path));
    written.map_err(|e| {
        let _ = std::fs::remove_file(&part);
        fail(e)
    })
}
