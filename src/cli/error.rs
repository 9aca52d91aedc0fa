//! The CLI's errors: what each says ([`Explain`], worded by the core like every other error)
//! and the exit code it ends with.

use std::path::{Path, PathBuf};

use navigator::desk::{DeskError, ErrorCode};
use navigator::message::{io_reason, Explain, Message};
use navigator::{AnswerError, ArchiveError, PackError};

/// Everything that can stop a command.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("unknown language {0}")]
    UnknownLanguage(String),
    #[error("bad date {0}")]
    BadDate(String),
    #[error("cannot read {}: {reason}", path.display())]
    ReadFile {
        path: PathBuf,
        reason: std::io::Error,
    },
    #[error("{} is not UTF-8", .0.display())]
    NotUtf8(PathBuf),
    #[error("cannot write {}: {reason}", path.display())]
    WriteFile {
        path: PathBuf,
        reason: std::io::Error,
    },
    /// Standard output could not be written (a full disk under `> file`).
    #[error("cannot write the output: {0}")]
    Output(std::io::Error),
    #[error(transparent)]
    Answers(#[from] AnswerError),
    #[error(transparent)]
    Pack(#[from] PackError),
    #[error(transparent)]
    Archive(#[from] ArchiveError),
    #[error(transparent)]
    Desk(#[from] DeskError),
}

impl CliError {
    /// Reading `path` failed.
    pub fn read(path: &Path, reason: std::io::Error) -> CliError {
        CliError::ReadFile {
            path: path.to_path_buf(),
            reason,
        }
    }

    /// 2 for input the user can correct, 1 for everything else. A pack archive that fails a
    /// check is 1, like an invalid pack; a key file that cannot be read or is not a key, or a
    /// key pair that is already there, is 2: the user named the wrong file or folder.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Archive(
                ArchiveError::Io { .. } | ArchiveError::BadKey(_) | ArchiveError::KeyExists(_),
            ) => 2,
            CliError::UnknownLanguage(_)
            | CliError::BadDate(_)
            | CliError::ReadFile { .. }
            | CliError::NotUtf8(_)
            | CliError::WriteFile { .. }
            | CliError::Answers(_) => 2,
            CliError::Desk(e) => match e.code() {
                ErrorCode::BadRequest
                | ErrorCode::BadAnswer
                | ErrorCode::NoDataDir
                | ErrorCode::ExportFailed => 2,
                _ => 1,
            },
            CliError::Pack(_) | CliError::Archive(_) | CliError::Output(_) => 1,
        }
    }
}

impl Explain for CliError {
    fn message(&self) -> Message {
        match self {
            CliError::UnknownLanguage(lang) => {
                Message::new("error-unknown-language").with("lang", lang)
            }
            CliError::BadDate(date) => Message::new("error-bad-date").with("date", date),
            CliError::ReadFile { path, reason } => Message::new("error-read-file")
                .with("path", path.display().to_string())
                .with("reason", io_reason(reason)),
            CliError::NotUtf8(path) => {
                Message::new("error-not-utf8").with("path", path.display().to_string())
            }
            CliError::WriteFile { path, reason } => Message::new("error-write-file")
                .with("path", path.display().to_string())
                .with("reason", io_reason(reason)),
            CliError::Output(reason) => {
                Message::new("error-write-output").with("reason", io_reason(reason))
            }
            CliError::Answers(e) => e.message(),
            CliError::Pack(e) => e.message(),
            CliError::Archive(e) => e.message(),
            CliError::Desk(e) => e.message(),
        }
    }
}
