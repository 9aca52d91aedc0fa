//! The command line's arguments (clap): what each command takes. What they do is in
//! `main.rs` and the modules it calls.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "navigator",
    version,
    about = "创业扶持导航 — Startup Support Navigator (朔政发〔2021〕26号)"
)]
pub struct Cli {
    /// Language of the output: zh-CN, zh-TW or en.
    #[arg(long, global = true, default_value = "zh-CN")]
    pub lang: String,
    /// Use the policy pack in this directory instead of the one in use here (the pack staff
    /// installed, or the built-in one).
    #[arg(long, global = true, value_name = "DIR")]
    pub pack: Option<PathBuf>,
    /// The data folder: settings, database and installed packs (default: NAVIGATOR_DATA_DIR or
    /// the per-user data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
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
    /// What would be read aloud for the screen a set of answers leads to: the next question
    /// with its options, or the results. One sentence a line; never the answers themselves.
    Speech {
        /// A JSON object {"question_id": value}; `-` reads standard input. Without it: no answers.
        #[arg(long, value_name = "FILE|-")]
        answers: Option<String>,
        /// The date to evaluate on (YYYY-MM-DD); today by default.
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<String>,
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
    /// data folder. Only its argon2 hash is stored.
    SetPin,
    /// Erase the names, phone numbers and notes of consultations older than the retention period
    /// of the settings (retention_days); follow-up, answers, verdicts and figures stay.
    Purge {
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
    /// Screen a list (政策找人): every row of an XLSX, XLS, ODS or CSV file through the pack, into
    /// a workbook. Exit 0 done, 1 some rows in errors (the workbook still written), 2 unusable
    /// input.
    Batch {
        /// The list: .xlsx, .xls, .ods, or CSV (UTF-8, UTF-8 with BOM, GBK/GB18030).
        list: PathBuf,
        /// The mapping file (TOML): columns to questions, cell values to options.
        #[arg(long, value_name = "MAP.toml", required_unless_present = "suggest_map")]
        map: Option<PathBuf>,
        /// The output workbook (.xlsx).
        #[arg(
            short = 'o',
            long = "out",
            value_name = "OUT.xlsx",
            required_unless_present = "suggest_map"
        )]
        out: Option<PathBuf>,
        /// The date to screen on (YYYY-MM-DD); today by default.
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<String>,
        /// The worksheet to read (the first by default).
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// Print the suggested mapping for the list instead of screening it.
        #[arg(long, conflicts_with_all = ["map", "out"])]
        suggest_map: bool,
        /// Replace the output workbook if it exists (it is refused otherwise).
        #[arg(long, requires = "out")]
        force: bool,
        /// The database that takes the audit note (default: the data folder's).
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
    },
}

/// Which consultations to count: those started in these months (local time, both ends
/// included).
#[derive(Debug, clap::Args)]
pub struct PeriodArgs {
    /// The first month counted.
    #[arg(long, value_name = "YYYY-MM")]
    pub from: Option<String>,
    /// The last month counted.
    #[arg(long, value_name = "YYYY-MM")]
    pub to: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum PackCommand {
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
        /// Install it even if it is older than the pack in use, or another policy's pack
        /// (refused otherwise).
        #[arg(long)]
        allow_downgrade: bool,
    },
    /// Make the previously active pack active again (the embedded one if there was none).
    Rollback,
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
pub struct TrustArgs {
    /// A trusted public key file (pack-signing.pub), needed to read an archive; may be given
    /// several times.
    #[arg(long = "key", value_name = "PUBFILE")]
    pub keys: Vec<PathBuf>,
    /// Accept an archive with no signature.
    #[arg(long)]
    pub allow_unsigned: bool,
}
