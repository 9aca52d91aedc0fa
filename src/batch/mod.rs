//! 政策找人: screening a whole list — the people or enterprises a county office already holds
//! on a spreadsheet — against the policy, and telling staff whom to call about what.
//!
//! One idea per file: `read` (a workbook or CSV file into a header and rows), `header` (where
//! the header is), `merged` (a value merged down over several people, given to each), `mapping`
//! (columns to questions, cell values to options; kept as TOML), `suggest` (the mapping
//! suggested from the headers and the pack's words), `screen` (every row through the same
//! engine as a consultation), `footer` (the total and signature lines under a list, which are
//! not people), `write` (the output workbook), `progress` (how far a screening is, and how it
//! is stopped); `ods` and `xls` measure an ODS or XLS workbook's sheets before the workbook
//! library expands them.
//!
//! The list is personal data: it is read into memory and written only to the output workbook
//! the caller names. Nothing here touches the database, the backups or the monthly figures;
//! columns the mapping does not name are carried through to the output unchanged and never
//! read. Where the output goes and what the audit log says is the desk's
//! ([`crate::desk::StaffDesk::screen_list`]).

mod footer;
mod header;
mod mapping;
mod merged;
mod ods;
mod progress;
mod read;
mod screen;
mod suggest;
mod unpacked;
mod write;
mod xls;

use std::path::PathBuf;

use crate::message::{io_reason, Explain, Message};

pub use mapping::{split_values, ColumnMap, Mapping, NOT};
pub use progress::{Progress, Stage, Step, Throttle};
pub use read::{
    column_letter, List, ListRow, Source, TextEncoding, MAX_CELLS, MAX_COLUMNS, MAX_GRID_CELLS,
    MAX_ROWS,
};
pub use screen::{screen, Found, RowError, Screened, Screening};
pub use suggest::{resemblance, suggest, Suggestion};
pub use unpacked::{MAX_TEXT_RUN, MAX_UNPACKED, MAX_UNPACKED_PART};
pub(crate) use write::write_workbook_safely;
pub use write::{quiet_writer_panics, write_workbook, Summary};

/// Why a list could not be screened. Each is the list's or the mapping's as a whole: a row
/// that cannot be read is a [`RowError`], not one of these.
#[derive(Debug, thiserror::Error)]
pub enum ListError {
    #[error("cannot read {}: {reason}", path.display())]
    Read {
        path: PathBuf,
        reason: std::io::Error,
    },
    /// A device or a named pipe, not a file.
    #[error("{} is not a file", .0.display())]
    NotAFile(PathBuf),
    #[error("the file is not a workbook calamine can read")]
    Workbook,
    #[error("the CSV file is neither UTF-8 nor GBK/GB18030")]
    Encoding,
    #[error("the CSV file cannot be read at line {line}")]
    Csv { line: usize },
    /// No sheet of that name; the names the workbook has, in its order.
    #[error("there is no sheet {0:?} (the sheets: {1:?})")]
    NoSheet(String, Vec<String>),
    /// A sheet was named for a CSV file, which has none: the file is not the one meant.
    #[error("a CSV file has no sheets (sheet {0:?} was named)")]
    SheetOfCsv(String),
    #[error("the list has no header row")]
    NoHeader,
    #[error("the mapping is not valid TOML (line {line})")]
    MappingSyntax { line: usize },
    #[error("the mapping names no question {0:?}")]
    UnknownQuestion(String),
    #[error("{option:?} is not an option of question {question:?}")]
    UnknownOption { question: String, option: String },
    #[error("the mapping gives question {0:?} two columns")]
    QuestionTwice(String),
    /// A mapping that names no column: nothing of the list would be read.
    #[error("the mapping names no column")]
    EmptyMapping,
    #[error("the list has no column {0:?}")]
    NoColumn(String),
    #[error("the list has more than {limit} rows")]
    TooManyRows { limit: usize },
    #[error("the list has more than {limit} columns")]
    TooManyColumns { limit: usize },
    #[error("the list has more than {limit} cells")]
    TooManyCells { limit: usize },
    /// A workbook that unpacks to more than a list could (a zip bomb: [`unpacked`]).
    #[error("the workbook unpacks to more than {limit_mb} MB")]
    Unpacked { limit_mb: u64 },
    /// A workbook with a text longer than any cell's, which the library would build whole.
    #[error("the workbook holds a text of more than {limit_kb} kB in one place")]
    HugeText { limit_kb: u64 },
    /// A sheet with more merged ranges than a list could have.
    #[error("a sheet of the list has more than {limit} merged cells")]
    TooManyMergedRanges { limit: usize },
    #[error("the screening was cancelled")]
    Cancelled,
    #[error("the output would replace the list itself")]
    OutputIsInput,
    #[error("the output must be an .xlsx workbook: {}", .0.display())]
    OutputNotXlsx(PathBuf),
    #[error("{} already exists", .0.display())]
    OutputExists(PathBuf),
    /// A cell longer than a workbook cell can hold (32,767 characters).
    #[error("row {line}, column {column:?}: the cell is longer than a workbook cell can hold")]
    CellTooLong { line: usize, column: String },
    /// The system's temporary folder, which the workbook writer needs, cannot be written.
    #[error("the temporary folder {} cannot be written: {reason}", path.display())]
    TempDir {
        path: PathBuf,
        reason: std::io::Error,
    },
    #[error("cannot write the output: {0}")]
    Write(#[from] std::io::Error),
}

impl From<rust_xlsxwriter::XlsxError> for ListError {
    fn from(e: rust_xlsxwriter::XlsxError) -> Self {
        match e {
            rust_xlsxwriter::XlsxError::IoError(io) => ListError::Write(io),
            other => ListError::Write(std::io::Error::other(other.to_string())),
        }
    }
}

impl Explain for ListError {
    fn message(&self) -> Message {
        match self {
            ListError::Read { path, reason } => Message::new("error-read-file")
                .with("path", path.display().to_string())
                .with("reason", io_reason(reason)),
            ListError::NotAFile(path) => {
                Message::new("list-error-not-a-file").with("path", path.display().to_string())
            }
            ListError::Workbook => Message::new("list-error-workbook"),
            ListError::Encoding => Message::new("list-error-encoding"),
            ListError::Csv { line } => Message::new("list-error-csv").with("line", *line),
            ListError::NoSheet(name, sheets) => Message::new("list-error-no-sheet")
                .with("sheet", name)
                .with("sheets", sheets.join(" / ")),
            ListError::SheetOfCsv(name) => {
                Message::new("list-error-sheet-of-csv").with("sheet", name)
            }
            ListError::NoHeader => Message::new("list-error-no-header"),
            ListError::MappingSyntax { line } => {
                Message::new("list-error-mapping-syntax").with("line", *line)
            }
            ListError::UnknownQuestion(q) => {
                Message::new("list-error-unknown-question").with("question", q)
            }
            ListError::UnknownOption { question, option } => {
                Message::new("list-error-unknown-option")
                    .with("question", question)
                    .with("option", option)
            }
            ListError::EmptyMapping => Message::new("list-error-empty-mapping"),
            ListError::QuestionTwice(q) => {
                Message::new("list-error-question-twice").with("question", q)
            }
            ListError::NoColumn(header) => {
                Message::new("list-error-no-column").with("header", header)
            }
            ListError::TooManyRows { limit } => {
                Message::new("list-error-too-many-rows").with("limit", *limit)
            }
            ListError::TooManyColumns { limit } => {
                Message::new("list-error-too-many-columns").with("limit", *limit)
            }
            ListError::TooManyCells { limit } => {
                Message::new("list-error-too-many-cells").with("limit", *limit)
            }
            ListError::Unpacked { limit_mb } => {
                Message::new("list-error-unpacked").with("limit", *limit_mb)
            }
            ListError::HugeText { limit_kb } => {
                Message::new("list-error-huge-text").with("limit", *limit_kb)
            }
            ListError::TooManyMergedRanges { limit } => {
                Message::new("list-error-too-many-merged").with("limit", *limit)
            }
            ListError::Cancelled => Message::new("list-error-cancelled"),
            ListError::OutputIsInput => Message::new("list-error-output-is-input"),
            ListError::OutputNotXlsx(path) => {
                Message::new("list-error-output-not-xlsx").with("path", path.display().to_string())
            }
            ListError::OutputExists(path) => {
                Message::new("list-error-output-exists").with("path", path.display().to_string())
            }
            ListError::CellTooLong { line, column } => Message::new("list-error-cell-too-long")
                .with("line", *line)
                .with("column", column),
            ListError::TempDir { path, reason } => Message::new("list-error-temp-dir")
                .with("path", path.display().to_string())
                .with("reason", io_reason(reason)),
            ListError::Write(e) => Message::new("error-report-write").with("reason", io_reason(e)),
        }
    }
}

pub type Result<T> = std::result::Result<T, ListError>;
