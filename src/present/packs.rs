//! Pack updates as staff see them: the pack in use, the pack files offered from the import
//! folders, and what installing one changes, worded before they confirm it.

use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::pack::{MeasureChange, PackDiff, PackText};
use crate::present::PackView;

/// The packs: the one in use, whether an earlier one can come back, and the pack files found
/// in the import folders (a USB stick, a shared folder, Downloads).
#[derive(Debug, Clone, PartialEq)]
pub struct PacksView {
    pub current: PackView,
    /// Installed by staff (false: the pack built into the program).
    pub installed: bool,
    /// Whether going back has somewhere to go.
    pub can_roll_back: bool,
    /// The folders looked in, so staff know where to put a file.
    pub folders: Vec<String>,
    pub files: Vec<OfferedFileView>,
}

/// A file offered in an import folder: a pack archive, or a list to screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferedFileView {
    /// What a preview, an install or a list's opening names.
    pub path: String,
    pub name: String,
    pub folder: String,
    /// Size in KiB, rounded up.
    pub kib: u64,
}

/// What installing a pack changes, worded for staff before they confirm it.
#[derive(Debug, Clone, PartialEq)]
pub struct PackDiffView {
    /// `id version` of the pack in use and of the one offered.
    pub old: String,
    pub new: String,
    /// The offered pack is a different pack altogether, not a new version of the one in use.
    pub other_pack: bool,
    pub added: Vec<MeasureChangeView>,
    pub removed: Vec<MeasureChangeView>,
    pub changed: Vec<MeasureChangeView>,
}

/// One measure added, removed or changed: its article and title (from the pack that has it).
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureChangeView {
    pub id: String,
    pub article: String,
    pub title: String,
}

/// Words a [`PackDiff`]: added and changed measures take their titles from the new pack
/// (`new_loc`), removed ones from the old pack (`old_loc`).
pub fn pack_diff(
    old_loc: &Localizer,
    new_loc: &Localizer,
    locale: Locale,
    d: &PackDiff,
) -> PackDiffView {
    let word = |loc: &Localizer, changes: &[MeasureChange]| {
        changes
            .iter()
            .map(|m| MeasureChangeView {
                id: m.id.clone(),
                article: m.article.clone(),
                title: loc.text(locale, PackText::Measure(&m.id), None),
            })
            .collect()
    };
    PackDiffView {
        old: format!("{} {}", d.old.id, d.old.version),
        new: format!("{} {}", d.new.id, d.new.version),
        other_pack: d.pack_changed(),
        added: word(new_loc, &d.added),
        removed: word(old_loc, &d.removed),
        changed: word(new_loc, &d.changed),
    }
}
