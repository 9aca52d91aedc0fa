//! How large an `.xlsx` or `.ods` file is once unpacked. Both are zip archives of XML, and the
//! workbook library builds a cell's text, and an `.xlsx` file's shared strings, whole in
//! memory: a few megabytes that unpack to gigabytes of one cell ran a machine out of memory
//! (issue #17 review, a 3 MB file holding a 3 GB cell). Each part is unpacked once here,
//! counted and thrown away, before the library reads anything; a part past
//! [`MAX_UNPACKED_PART`], or a file past [`MAX_UNPACKED`], is refused. The sizes the archive
//! declares are not trusted: the bytes are counted.
//!
//! A file that is not a readable zip archive is left to the library, which says so in its
//! own way.

use std::io::Read;
use std::path::Path;

use super::{ListError, Result};

/// The most bytes one part of a workbook may unpack to: a sheet of [`super::MAX_CELLS`]
/// cells of a few dozen bytes of XML each.
pub const MAX_UNPACKED_PART: u64 = 1 << 30;
/// The most bytes a whole workbook may unpack to.
pub const MAX_UNPACKED: u64 = 2 << 30;

/// Refuses a workbook at `path` that unpacks to more than the limits.
pub(super) fn check(path: &Path) -> Result<()> {
    check_within(path, MAX_UNPACKED_PART, MAX_UNPACKED)
}

/// [`check`] with the limits given (the tests use small ones).
fn check_within(path: &Path, part_limit: u64, limit: u64) -> Result<()> {
    let Ok(file) = std::fs::File::open(path) else {
        return Ok(());
    };
    let Ok(mut archive) = zip::ZipArchive::new(std::io::BufReader::new(file)) else {
        return Ok(());
    };
    let mut total = 0u64;
    for i in 0..archive.len() {
        let Ok(mut part) = archive.by_index(i) else {
            return Ok(());
        };
        let mut counted = (&mut part).take(part_limit.saturating_add(1));
        let Ok(size) = std::io::copy(&mut counted, &mut std::io::sink()) else {
            return Ok(());
        };
        total = total.saturating_add(size);
        if size > part_limit || total > limit {
            return Err(ListError::Unpacked {
                limit_mb: (if size > part_limit { part_limit } else { limit }) >> 20,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A zip archive of parts of these sizes, each of one repeated letter.
    fn archive(dir: &Path, sizes: &[usize]) -> std::path::PathBuf {
        let path = dir.join("book.xlsx");
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
        for (i, size) in sizes.iter().enumerate() {
            zip.start_file(
                format!("xl/part{i}.xml"),
                zip::write::SimpleFileOptions::default(),
            )
            .unwrap();
            zip.write_all(&vec![b'a'; *size]).unwrap();
        }
        zip.finish().unwrap();
        path
    }

    #[test]
    fn a_part_or_a_whole_past_its_limit_is_refused_and_one_at_it_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let at = archive(dir.path(), &[1000, 1000]);
        assert!(check_within(&at, 1000, 2000).is_ok());
        let part = archive(dir.path(), &[1001]);
        assert!(matches!(
            check_within(&part, 1000, 1 << 20),
            Err(ListError::Unpacked { .. })
        ));
        let whole = archive(dir.path(), &[1000, 1000, 1]);
        assert!(matches!(
            check_within(&whole, 1000, 2000),
            Err(ListError::Unpacked { .. })
        ));
    }

    #[test]
    fn what_is_no_zip_archive_is_left_to_the_workbook_library() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("list.xlsx");
        std::fs::write(&path, "姓名,人员类别\n").unwrap();
        assert!(check_within(&path, 1, 1).is_ok());
        assert!(check_within(&dir.path().join("none.xlsx"), 1, 1).is_ok());
    }
}
