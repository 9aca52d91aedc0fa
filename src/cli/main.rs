//! `navigator`: the command line of 创业扶持导航.
//!
//! A thin caller of the core, like the desktop shell: it parses arguments (`args.rs`), opens
//! the installation as a [`Desk`] — the same settings, the same pack in use (the one staff
//! installed, unless `--pack` names another), the same database and notices as the app — calls
//! the use case, and prints text or JSON. Every failure becomes one localized line on stderr
//! and an exit code (1: the pack is invalid or the store failed; 2: bad input), never a panic.
//!
//! The signed pack files follow the same rule. `keygen`: 0, or 2 when a key file is already
//! there or cannot be written. `pack build`: 0; 1 when the pack is invalid (every problem is
//! listed, as `pack check` lists them) or its folder cannot be read; 2 for neither `--sign` nor
//! `--unsigned`, a signing key file that cannot be read or is not a key, or an archive that
//! cannot be written. `pack verify`: 0 for a sound archive signed with a given key (or unsigned,
//! with `--allow-unsigned`); 1 for any archive that fails a check (damaged, unsafe, too large,
//! unsigned, untrusted, tampered, invalid pack); 2 for neither `--key` nor `--allow-unsigned`,
//! or a file or key file that cannot be read or is not a key. `pack diff`: 0 whatever the
//! differences, otherwise as `verify`.
//!
//! `purge` erases what the retention period of the settings no longer allows to keep: 0 (even
//! when there was nothing to erase); 1 for settings or a database that cannot be used; 2 for a
//! bad `--on` date or no data folder.

mod archive;
mod args;
mod ask;
mod batch;
mod error;
mod json;
mod office;
mod text;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use navigator::answers::parse_date;
use navigator::desk::{Database, Desk, Opening};
use navigator::message::Explain;
use navigator::{Answers, Locale, Localizer, PolicyPack};
use time::Date;

use args::{Cli, Command, PackCommand};
use error::CliError;

fn main() -> ExitCode {
    navigator::batch::quiet_writer_panics();
    let cli = Cli::parse();
    // The application's messages are compiled in; if they cannot be read the build is broken.
    let app = match Localizer::app_only() {
        Ok(app) => app,
        Err(e) => {
            eprintln!("navigator: {e}");
            return ExitCode::from(1);
        }
    };
    let locale = Locale::parse(&cli.lang);
    let shown = locale.unwrap_or(Locale::ZhCn);
    let run = match locale {
        Some(locale) => run(cli, locale).and_then(output_written),
        None => Err(CliError::UnknownLanguage(cli.lang.clone())),
    };
    match run {
        Ok(code) => code,
        Err(e) => {
            eprintln!("navigator: {}", app.say(shown, &e.message()));
            ExitCode::from(e.exit_code())
        }
    }
}

/// What a command needs of the installation.
struct Needs {
    /// The database: `--db`, else the data folder's.
    db: Option<PathBuf>,
    /// Create the database if it is not there (commands that write).
    create: bool,
    /// The date verdicts are for (`--on`).
    on: Option<Date>,
    /// Use `--pack` (commands that show or evaluate the pack, not those that change it).
    pack_override: bool,
}

/// Opens the installation as the app does, and says on stderr what is wrong with it (settings
/// not used, an installed pack refused, a damaged database set aside), in the reader's
/// language: the same notices the app shows.
fn open(cli: &Cli, locale: Locale, needs: Needs) -> Result<Desk, CliError> {
    let desk = open_quietly(cli, needs)?;
    tell(&desk, locale);
    Ok(desk)
}

/// Opens the installation without saying anything yet: for the commands that refuse unusable
/// settings in one line before anything else.
fn open_quietly(cli: &Cli, needs: Needs) -> Result<Desk, CliError> {
    let database = match needs.db {
        Some(path) => Database::At(path),
        None => Database::InDataDir,
    };
    let desk = Desk::open(Opening {
        data_dir: cli.data_dir.clone(),
        database,
        create_database: needs.create,
        pack_dir: cli.pack.clone().filter(|_| needs.pack_override),
        on: needs.on,
        ..Opening::default()
    })?;
    Ok(desk)
}

/// Opens the installation for a command that has nothing to do without its database: one
/// that cannot be opened is the command's one line of refusal, said once.
fn open_store(cli: &Cli, locale: Locale, needs: Needs) -> Result<Desk, CliError> {
    let desk = open_quietly(cli, needs)?;
    desk.require_store()?;
    tell(&desk, locale);
    Ok(desk)
}

/// Says on stderr what is wrong with the installation, in the reader's language.
fn tell(desk: &Desk, locale: Locale) {
    let loc = &desk.policy().loc;
    for notice in desk.notices() {
        eprintln!("navigator: {}", loc.say(locale, &notice.message()));
    }
}

fn run(cli: Cli, locale: Locale) -> Result<ExitCode, CliError> {
    let reading = |db: &Option<PathBuf>| Needs {
        db: db.clone(),
        create: false,
        on: None,
        pack_override: true,
    };
    let writing = |db: &Option<PathBuf>| Needs {
        create: true,
        ..reading(db)
    };
    match &cli.command {
        Command::Pack {
            command: PackCommand::Check { dir, json },
        } => pack_check(dir.as_ref().or(cli.pack.as_ref()), *json, locale),
        Command::Pack {
            command:
                PackCommand::Install {
                    file,
                    allow_downgrade,
                },
        } => {
            let desk = open(&cli, locale, installing())?;
            let downgrade = navigator::pack::library::Downgrade::allowed_if(*allow_downgrade);
            archive::install(&desk, &read_file(file)?, locale, downgrade)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Pack {
            command: PackCommand::Rollback,
        } => {
            let desk = open(&cli, locale, installing())?;
            archive::rollback(&desk, locale)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Pack { command } => archive::run(command, locale),
        Command::Keygen { out } => {
            archive::keygen(out, locale)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::SetPin => {
            // The PIN goes into the settings file: one that cannot be read is left alone.
            let desk = open_quietly(&cli, writing(&None))?;
            desk.sound_settings()?;
            tell(&desk, locale);
            office::set_pin(&desk, locale)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Purge { on } => {
            let on = date_or_today(on.as_deref())?;
            // The retention period comes from the settings: none are used that cannot be read.
            let desk = open_quietly(&cli, writing(&None))?;
            desk.sound_settings()?;
            desk.require_store()?;
            tell(&desk, locale);
            office::purge(&desk, on, locale)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Questions { json } => {
            let desk = open(&cli, locale, reading(&None))?;
            let questions = desk.questions(locale);
            if *json {
                json::print(&json::questions(&questions));
            } else {
                let mut out = String::new();
                text::questions(&mut out, &questions);
                emit(&out);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Screen {
            answers,
            on,
            json,
            save,
            db,
        } => {
            let on = date_or_today(on.as_deref())?;
            let desk = if *save {
                open_store(&cli, locale, writing(db))?
            } else {
                open(&cli, locale, reading(db))?
            };
            let answers = match answers {
                None => Answers::new(),
                Some(source) => Answers::from_json(&desk.policy().pack, &read_input(source)?)?,
            };
            if *save {
                let id = desk.save_answers(&answers, on, locale)?;
                let loc = &desk.policy().loc;
                eprintln!(
                    "{}",
                    loc.app(locale, "cli-ask-saved", &[("id", id.0.into())])
                );
            }
            let view = desk.assess_answers(&answers, on, locale);
            if *json {
                json::print(&json::screen(&view));
            } else {
                let mut out = String::new();
                text::screen(&mut out, &view, &desk.policy().loc, locale);
                emit(&out);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Speech { answers, on } => {
            let on = date_or_today(on.as_deref())?;
            let desk = open(&cli, locale, reading(&None))?;
            let answers = match answers {
                None => Answers::new(),
                Some(source) => Answers::from_json(&desk.policy().pack, &read_input(source)?)?,
            };
            let speech = desk.speech_for_answers(&answers, on, locale);
            emit(&text::speech(&speech));
            Ok(ExitCode::SUCCESS)
        }
        Command::Ask { on, db, resume } => {
            let on = on.as_deref().map(date).transpose()?;
            let desk = open(&cli, locale, Needs { on, ..writing(db) })?;
            ask::run(&desk, locale, *resume)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::History { db } => {
            let desk = open_store(&cli, locale, writing(db))?;
            ask::history(&desk, locale)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats {
            db,
            period,
            json,
            csv,
            xlsx,
        } => {
            let desk = open_store(&cli, locale, writing(db))?;
            office::stats(
                &desk,
                locale,
                period,
                *json,
                csv.as_deref(),
                xlsx.as_deref(),
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { file, db, period } => {
            let desk = open_store(&cli, locale, writing(db))?;
            office::export(&desk, locale, period, file)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Batch {
            list,
            map,
            out,
            on,
            sheet,
            suggest_map,
            force,
            db,
        } => {
            let on = on.as_deref().map(date).transpose()?;
            let desk = open(&cli, locale, Needs { on, ..writing(db) })?;
            let sheet = sheet.as_deref();
            match (map, out) {
                (Some(map), Some(out)) if !*suggest_map => {
                    let existing = if *force {
                        navigator::desk::Existing::Replace
                    } else {
                        navigator::desk::Existing::Refuse
                    };
                    let mapping = || Ok(desk.at_terminal().read_mapping(&read_input_path(map)?)?);
                    batch::screen(&desk, locale, (list, sheet), mapping, out, existing)
                }
                _ => {
                    batch::suggest(&desk, locale, &desk.at_terminal().read_list(list, sheet)?);
                    Ok(ExitCode::SUCCESS)
                }
            }
        }
    }
}

/// `pack install` and `pack rollback` change the installation's own pack: `--pack` does not
/// apply, and the database only takes the audit note.
fn installing() -> Needs {
    Needs {
        db: None,
        create: true,
        on: None,
        pack_override: false,
    }
}

fn pack_check(dir: Option<&PathBuf>, as_json: bool, locale: Locale) -> Result<ExitCode, CliError> {
    let loaded = match dir {
        Some(d) => PolicyPack::from_dir(d),
        None => PolicyPack::embedded(),
    };
    match loaded {
        Ok(pack) => {
            let loc = Localizer::new(&pack).map_err(navigator::desk::DeskError::from)?;
            if as_json {
                json::print(&json::pack_check(&pack, &loc, locale));
            } else {
                let mut out = String::new();
                text::pack_check(&mut out, &pack, &loc, locale);
                emit(&out);
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(navigator::PackError::Invalid(problems)) => {
            let app = Localizer::app_only().map_err(navigator::desk::DeskError::from)?;
            if as_json {
                json::print(&json::pack_problems(&problems, &app, locale));
            } else {
                let mut out = String::new();
                text::pack_problems(&mut out, &problems, &app, locale);
                eprint!("{out}");
            }
            Ok(ExitCode::from(1))
        }
        Err(e) => Err(CliError::Pack(e)),
    }
}

/// Reads a file whole.
fn read_file(path: &Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(path).map_err(|e| CliError::read(path, e))
}

/// Reads a file as UTF-8 text.
fn read_input_path(path: &Path) -> Result<String, CliError> {
    String::from_utf8(read_file(path)?).map_err(|_| CliError::NotUtf8(path.to_path_buf()))
}

/// Reads a file, or standard input for `-`, as UTF-8 text.
fn read_input(source: &str) -> Result<String, CliError> {
    let path = Path::new(source);
    let bytes = if source == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| CliError::read(path, e))?;
        buf
    } else {
        read_file(path)?
    };
    String::from_utf8(bytes).map_err(|_| CliError::NotUtf8(path.to_path_buf()))
}

fn date(text: &str) -> Result<Date, CliError> {
    parse_date(text).ok_or_else(|| CliError::BadDate(text.to_owned()))
}

fn date_or_today(text: Option<&str>) -> Result<Date, CliError> {
    match text {
        Some(t) => date(t),
        None => Ok(navigator::clock::today()),
    }
}

/// Writes to standard output. A closed pipe (`navigator … | head`) is not an error worth a
/// message, and must never become a panic as `println!` would make it. Any other failure (a
/// full disk under `> file`) is kept, and `main` ends with it instead of a success: an officer
/// must not be left with an empty file and exit code 0.
pub fn emit(text: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            if let Ok(mut first) = OUTPUT_FAILED.lock() {
                first.get_or_insert(e);
            }
        }
    }
}

/// The first failure to write standard output, if any.
static OUTPUT_FAILED: std::sync::Mutex<Option<std::io::Error>> = std::sync::Mutex::new(None);

/// A run that wrote its output; or, if writing it failed, the error.
fn output_written(code: ExitCode) -> Result<ExitCode, CliError> {
    match OUTPUT_FAILED.lock().ok().and_then(|mut e| e.take()) {
        Some(e) => Err(CliError::Output(e)),
        None => Ok(code),
    }
}
