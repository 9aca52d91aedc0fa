//! The IPC shapes of the screen 名单筛查 (a list screened from the app): the list files on
//! offer, a list and its mapping as the table shows it, the mapping staff confirmed, the
//! progress of a screening and what it came to. The values of a list are personal data: they
//! cross only to the signed-in staff's screen.

use std::collections::BTreeMap;

use navigator::batch::{ColumnMap, Mapping};
use navigator::present::lists::{
    ListColumnView, ListFilesView, ListProgressView, ListView, MappableQuestionView,
    ScreenedListView,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::count;
use super::office::{OfferedFileDto, StatSectionDto};

/// The list files in the import folders.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ListFilesDto {
    pub folders: Vec<String>,
    pub files: Vec<OfferedFileDto>,
}

impl From<ListFilesView> for ListFilesDto {
    fn from(v: ListFilesView) -> Self {
        ListFilesDto {
            folders: v.folders,
            files: v.files.into_iter().map(Into::into).collect(),
        }
    }
}

/// A list opened for its mapping to be confirmed.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ListDto {
    pub path: String,
    pub name: String,
    /// The format and encoding it was read in (`CSV GBK/GB18030`).
    pub source: String,
    /// The workbook's sheets (none for CSV) and the one read.
    pub sheets: Vec<String>,
    pub sheet: Option<String>,
    pub rows: u32,
    pub blank: u32,
    pub columns: Vec<ListColumnDto>,
    pub questions: Vec<MappableQuestionDto>,
    /// The mapping file beside the list that filled the table, if one did.
    pub saved: Option<String>,
    /// Why that file could not be used (the suggestion filled the table).
    pub saved_problem: Option<String>,
}

impl From<ListView> for ListDto {
    fn from(v: ListView) -> Self {
        ListDto {
            path: v.path,
            name: v.name,
            source: v.source,
            sheets: v.sheets,
            sheet: v.sheet,
            rows: count(v.rows),
            blank: count(v.blank),
            columns: v.columns.into_iter().map(Into::into).collect(),
            questions: v.questions.into_iter().map(Into::into).collect(),
            saved: v.saved,
            saved_problem: v.saved_problem,
        }
    }
}

/// One column and what the mapping makes of it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ListColumnDto {
    pub header: String,
    pub samples: Vec<String>,
    /// Its different values as whole cells, and as the parts of cells naming several choices.
    pub values: Vec<String>,
    pub parts: Vec<String>,
    pub more: bool,
    /// The question it answers; null: carried through, never read.
    pub question: Option<String>,
    /// Value → the choice it means (`""`: left unanswered); a value not here is read as
    /// written.
    pub targets: BTreeMap<String, String>,
    /// Values no choice was found for.
    pub unplaced: Vec<String>,
    /// A multi-choice column that names every choice that holds (what it leaves out is "no").
    pub complete: bool,
}

impl From<ListColumnView> for ListColumnDto {
    fn from(c: ListColumnView) -> Self {
        ListColumnDto {
            header: c.header,
            samples: c.samples,
            values: c.values,
            parts: c.parts,
            more: c.more,
            question: c.question,
            targets: c.targets.into_iter().collect(),
            unplaced: c.unplaced,
            complete: c.complete,
        }
    }
}

/// A question a column can answer, with the choices a value can mean (none: read as written).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct MappableQuestionDto {
    pub id: String,
    pub label: String,
    pub multi: bool,
    pub choices: Vec<ChoiceDto>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ChoiceDto {
    pub value: String,
    pub label: String,
}

impl From<MappableQuestionView> for MappableQuestionDto {
    fn from(q: MappableQuestionView) -> Self {
        MappableQuestionDto {
            id: q.id,
            label: q.label,
            multi: q.multi,
            choices: q
                .choices
                .into_iter()
                .map(|(value, label)| ChoiceDto { value, label })
                .collect(),
        }
    }
}

/// The mapping staff confirmed: the columns that answer a question (every other column is
/// carried through).
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct MappingDto {
    pub columns: Vec<ColumnMapDto>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct ColumnMapDto {
    pub header: String,
    pub question: String,
    /// Value → the choice it means (`""`: left unanswered).
    pub values: BTreeMap<String, String>,
    /// A multi-choice column that names every choice that holds; absent: it does not.
    #[serde(default)]
    #[ts(optional)]
    pub complete: Option<bool>,
}

impl From<MappingDto> for Mapping {
    fn from(m: MappingDto) -> Self {
        Mapping {
            columns: m
                .columns
                .into_iter()
                .map(|c| ColumnMap {
                    header: c.header,
                    question: c.question,
                    values: c.values,
                    complete: c.complete.unwrap_or(false),
                })
                .collect(),
        }
    }
}

/// How far a screening is: its stage, `done` of `total` for the bar (`total` 0 while the
/// stage cannot say: the bar then only shows that it is working), and the words for it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ListProgressDto {
    /// `reading`, `screening`, `writing` or `saving`.
    pub stage: String,
    pub done: u32,
    pub total: u32,
    pub said: String,
}

impl From<ListProgressView> for ListProgressDto {
    fn from(v: ListProgressView) -> Self {
        ListProgressDto {
            stage: v.stage.to_owned(),
            done: count(v.done),
            total: count(v.total),
            said: v.said,
        }
    }
}

/// A list screened into the export folder.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ScreenedListDto {
    /// The output workbook's whole path, its name and its folder.
    pub file: String,
    pub name: String,
    pub folder: String,
    pub source: String,
    pub rows_in: u32,
    pub screened: u32,
    pub in_error: u32,
    pub blank: u32,
    /// Per status worth a call (`eligible`, `needs_review`, `unknown`): rows per measure.
    pub sections: Vec<StatSectionDto>,
    /// Where the confirmed mapping was kept for next time, or why it could not be.
    pub mapping_file: Option<String>,
    pub mapping_problem: Option<String>,
}

impl From<ScreenedListView> for ScreenedListDto {
    fn from(v: ScreenedListView) -> Self {
        ScreenedListDto {
            file: v.file,
            name: v.name,
            folder: v.folder,
            source: v.source,
            rows_in: count(v.rows_in),
            screened: count(v.screened),
            in_error: count(v.in_error),
            blank: count(v.blank),
            sections: v.sections.into_iter().map(Into::into).collect(),
            mapping_file: v.mapping_file,
            mapping_problem: v.mapping_problem,
        }
    }
}
