//! `navigator`: the command line of 创业扶持导航.
//!
//! A thin caller of the core library, like the desktop shell: it parses arguments, calls the
//! core, and prints text or JSON. Every failure becomes one localized line on stderr and an exit
//! code (1: the pack is invalid or the store failed; 2: bad input), never a panic.
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
//! bad `--on` date or no data directory.

mod archive;
mod ask;
mod error;
mod json;
mod office;
mod text;

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use navigator::answers::parse_date;
use navigator::report::Format;
use navigator::store::{Month, Period};
use navigator::{Answers, Locale, Localizer, PolicyPack};
use time::Date;

use error::CliError;

#[derive(Debug, Parser)]
#[command(
    name = "navigator",
    version,
    about = "创业扶持导航 — Startup Support Navigator (朔政发〔2021〕26号)"
)]
struct Cli {
    /// Language of the output: zh-CN, zh-TW or en.
    #[arg(long, global = true, default_value = "zh-CN")]
    lang: String,
    /// Use the policy pack in this directory instead of the embedded default pack.
    #[arg(long, global = true, value_name = "DIR")]
    pack: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Policy packs.
    Pack {
        #[command(subcommand)]
        command: PackCommand,
    },
    /// Make a key pair for signing packs: DIR/pack-signing.key (secret) and DIR/pack-signing.pub.
    Keygen {
        /// The folder to write them in (created if need be). Existing keys are never overwritten.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// List every question of the pack.
    Questions {
        #[arg(long)]
        json: bool,
    },
    /// Evaluate a set of answers: the next question and every measure's verdict.
    Screen {
        /// A JSON object {"question_id": value}; `-` reads standard input. Without it: no answers.
        #[arg(long, value_name = "FILE|-")]
        answers: Option<String>,
        /// The date to evaluate on (YYYY-MM-DD); today by default.
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<String>,
        #[arg(long)]
        json: bool,
        /// Also save the answers and verdicts as a consultation in the database.
        #[arg(long)]
        save: bool,
        /// The database file (default: the per-user data directory).
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
    },
    /// Answer the questionnaire in the terminal; each answer is saved as it is given.
    Ask {
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<String>,
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        /// Continue a saved consultation.
        #[arg(long, value_name = "ID")]
        resume: Option<i64>,
    },
    /// List saved consultations.
    History {
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
    },
    /// The monitoring figures: consultations by group, county and month, the most matched
    /// measures, and the conditions that most often stood in the way.
    Stats {
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        #[command(flatten)]
        period: PeriodArgs,
        #[arg(long)]
        json: bool,
        /// Write the figures to this CSV file instead.
        #[arg(long, value_name = "FILE", conflicts_with = "xlsx")]
        csv: Option<PathBuf>,
        /// Write the figures to this Excel workbook instead.
        #[arg(long, value_name = "FILE")]
        xlsx: Option<PathBuf>,
    },
    /// Set the staff PIN (4 to 12 digits, read from standard input) in the settings file of the
    /// data directory. Only its argon2 hash is stored.
    SetPin {
        /// The data directory (default: NAVIGATOR_DATA_DIR or the per-user data directory).
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
    /// Erase the names, phone numbers and notes of consultations older than the retention period
    /// of the settings (retention_days); follow-up, answers, verdicts and figures stay.
    Purge {
        /// The data directory, with settings.toml and the database (default: NAVIGATOR_DATA_DIR
        /// or the per-user data directory).
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
        /// The day to count the retention period back from (YYYY-MM-DD); today by default.
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<String>,
    },
    /// Write every consultation (anonymous facts and verdicts, one row each) to a CSV file, or
    /// to an Excel workbook if the file name ends in .xlsx.
    Export {
        /// The CSV file to write.
        file: PathBuf,
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        #[command(flatten)]
        period: PeriodArgs,
    },
}

/// Which consultations to count: those started in these months (UTC, both ends included).
#[derive(Debug, clap::Args)]
struct PeriodArgs {
    /// The first month counted.
    #[arg(long, value_name = "YYYY-MM")]
    from: Option<String>,
    /// The last month counted.
    #[arg(long, value_name = "YYYY-MM")]
    to: Option<String>,
}

impl PeriodArgs {
    fn period(&self) -> Result<Period, CliError> {
        let month = |t: &Option<String>| {
            t.as_deref()
                .map(|t| Month::parse(t).ok_or_else(|| CliError::BadMonth(t.to_owned())))
                .transpose()
        };
        Ok(Period {
            from: month(&self.from)?,
            to: month(&self.to)?,
        })
    }
}

#[derive(Debug, Subcommand)]
enum PackCommand {
    /// Validate a pack (the embedded one by default): exit 0 if valid, 1 with every problem if not.
    Check {
        /// The pack directory.
        dir: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Check a pack directory fully and write it as one signed archive file.
    Build {
        /// The pack directory.
        dir: PathBuf,
        /// The archive file to write.
        #[arg(short, long, value_name = "FILE.zip")]
        out: PathBuf,
        /// The secret key file (from `navigator keygen`) to sign with.
        #[arg(long, value_name = "KEYFILE", required_unless_present = "unsigned")]
        sign: Option<PathBuf>,
        /// Write the archive without a signature (offices refuse it unless they allow unsigned packs).
        #[arg(long, conflicts_with = "sign")]
        unsigned: bool,
    },
    /// Check a pack archive as an import would: exit 0 if it is sound and signed with a given key.
    Verify {
        /// The archive file.
        file: PathBuf,
        /// A trusted public key file (pack-signing.pub); may be given several times.
        #[arg(
            long = "key",
            value_name = "PUBFILE",
            required_unless_present = "allow_unsigned"
        )]
        keys: Vec<PathBuf>,
        /// Accept an archive with no signature.
        #[arg(long)]
        allow_unsigned: bool,
    },
    /// Make a signed pack archive the active pack of this computer (the trusted keys come from
    /// the settings); the pack it replaces is kept for `pack rollback`.
    Install {
        /// The archive file.
        file: PathBuf,
        /// The data directory (default: NAVIGATOR_DATA_DIR or the per-user data directory).
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
    /// Make the previously active pack active again (the embedded one if there was none).
    Rollback {
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
    /// The measures added, removed and changed between two packs (directories or archives).
    Diff {
        old: PathBuf,
        new: PathBuf,
        #[command(flatten)]
        trust: TrustArgs,
    },
}

/// Whose pack archives to accept.
#[derive(Debug, clap::Args)]
struct TrustArgs {
    /// A trusted public key file (pack-signing.pub), needed to read an archive; may be given
    /// several times.
    #[arg(long = "key", value_name = "PUBFILE")]
    keys: Vec<PathBuf>,
    /// Accept an archive with no signature.
    #[arg(long)]
    allow_unsigned: bool,
}

fn main() -> ExitCode {
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
    match run(cli, locale) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("navigator: {}", e.message(&app, shown));
            ExitCode::from(e.exit_code())
        }
    }
}

fn run(cli: Cli, locale: Option<Locale>) -> Result<ExitCode, CliError> {
    let locale = locale.ok_or_else(|| CliError::UnknownLanguage(cli.lang.clone()))?;
    // These commands work on the packs they name, not on the one in use.
    match &cli.command {
        Command::Pack {
            command: PackCommand::Check { dir, json },
        } => return pack_check(dir.as_ref().or(cli.pack.as_ref()), *json, locale),
        Command::Pack { command } => return pack_archive(command, locale),
        Command::Keygen { out } => {
            let app = Localizer::app_only().map_err(|e| CliError::Internal(e.to_string()))?;
            archive::keygen(out, &app, locale)?;
            return Ok(ExitCode::SUCCESS);
        }
        Command::SetPin { data_dir } => {
            let app = Localizer::app_only().map_err(|e| CliError::Internal(e.to_string()))?;
            office::set_pin(data_dir.clone(), &app, locale)?;
            return Ok(ExitCode::SUCCESS);
        }
        Command::Purge { data_dir, on } => {
            let on = date_or_today(on.as_deref())?;
            let app = Localizer::app_only().map_err(|e| CliError::Internal(e.to_string()))?;
            office::purge(data_dir.clone(), on, &app, locale)?;
            return Ok(ExitCode::SUCCESS);
        }
        _ => {}
    }
    let pack = load_pack(cli.pack.as_ref())?;
    let loc = Localizer::new(&pack).map_err(|e| CliError::Internal(e.to_string()))?;
    match cli.command {
        Command::Pack { .. }
        | Command::Keygen { .. }
        | Command::SetPin { .. }
        | Command::Purge { .. } => Ok(ExitCode::SUCCESS),
        Command::Questions { json } => {
            if json {
                json::print(&json::questions(&pack, &loc, locale));
            } else {
                let mut out = String::new();
                text::questions(&mut out, &pack, &loc, locale);
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
            let answers = match answers {
                None => Answers::new(),
                Some(source) => Answers::from_json(&pack, &read_input(&source)?)?,
            };
            let view = navigator::present::screen(&pack, &loc, locale, &answers, on);
            if save {
                let id = ask::save(&pack, db, locale, &answers, on)?;
                eprintln!(
                    "{}",
                    loc.app(locale, "cli-ask-saved", &[("id", id.0.into())])
                );
            }
            if json {
                json::print(&json::screen(&view));
            } else {
                let mut out = String::new();
                text::screen(&mut out, &view, &loc, locale);
                emit(&out);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Ask { on, db, resume } => {
            let on = date_or_today(on.as_deref())?;
            ask::run(&pack, &loc, locale, db, resume, on)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::History { db } => {
            ask::history(&loc, locale, db)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats {
            db,
            period,
            json,
            csv,
            xlsx,
        } => {
            let file = csv
                .map(|f| (f, Format::Csv))
                .or(xlsx.map(|f| (f, Format::Xlsx)));
            office::stats(&pack, &loc, locale, db, period.period()?, json, file)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { file, db, period } => {
            office::export(&pack, &loc, locale, db, period.period()?, &file)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn pack_check(dir: Option<&PathBuf>, as_json: bool, locale: Locale) -> Result<ExitCode, CliError> {
    let loaded = match dir {
        Some(d) => PolicyPack::from_dir(d),
        None => PolicyPack::embedded(),
    };
    match loaded {
        Ok(pack) => {
            let loc = Localizer::new(&pack).map_err(|e| CliError::Internal(e.to_string()))?;
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
            let app = Localizer::app_only().map_err(|e| CliError::Internal(e.to_string()))?;
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

/// `pack build`, `pack verify` and `pack diff`.
fn pack_archive(command: &PackCommand, locale: Locale) -> Result<ExitCode, CliError> {
    let app = Localizer::app_only().map_err(|e| CliError::Internal(e.to_string()))?;
    match command {
        PackCommand::Check { .. } => Ok(ExitCode::SUCCESS),
        PackCommand::Build { dir, out, sign, .. } => {
            match archive::build(dir, out, sign.as_deref(), &app, locale)? {
                archive::Built::Written => Ok(ExitCode::SUCCESS),
                archive::Built::Invalid(problems) => {
                    let mut text = String::new();
                    text::pack_problems(&mut text, &problems, &app, locale);
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
            let trust = archive::trust(keys, *allow_unsigned)?;
            archive::verify(file, &trust, &app, locale)?;
            Ok(ExitCode::SUCCESS)
        }
        PackCommand::Install { file, data_dir } => {
            archive::install(file, data_dir.clone(), locale)?;
            Ok(ExitCode::SUCCESS)
        }
        PackCommand::Rollback { data_dir } => {
            archive::rollback(data_dir.clone(), locale)?;
            Ok(ExitCode::SUCCESS)
        }
        PackCommand::Diff { old, new, trust } => {
            let trust = archive::trust(&trust.keys, trust.allow_unsigned)?;
            archive::diff(old, new, &trust, locale)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn load_pack(dir: Option<&PathBuf>) -> Result<PolicyPack, CliError> {
    Ok(match dir {
        Some(d) => PolicyPack::from_dir(d)?,
        None => PolicyPack::embedded()?,
    })
}

/// Reads a file, or standard input for `-`.
fn read_input(source: &str) -> Result<String, CliError> {
    let bytes = if source == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| CliError::ReadFile(source.to_owned(), e))?;
        buf
    } else {
        std::fs::read(source).map_err(|e| CliError::ReadFile(source.to_owned(), e))?
    };
    String::from_utf8(bytes).map_err(|_| CliError::NotUtf8(source.to_owned()))
}

fn date_or_today(text: Option<&str>) -> Result<Date, CliError> {
    match text {
        Some(t) => parse_date(t).ok_or_else(|| CliError::BadDate(t.to_owned())),
        None => Ok(navigator::clock::today()),
    }
}

/// Writes to standard output. A closed pipe (`navigator … | head`) is not an error worth a
/// message, and must never become a panic as `println!` would make it.
pub fn emit(text: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
}
