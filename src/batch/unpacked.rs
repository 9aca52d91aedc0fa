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

/// The most bytes one part of a workbook may unpack to: a list of 100,000 people in 50
/// columns is some 300 MB of XML.
pub const MAX_UNPACKED_PART: u64 = 512 << 20;
/// The most bytes a whole workbook may unpack to.
pub const MAX_UNPACKED: u64 = 1 << 30;
/// The most bytes of an XML part without a `<` in them: a cell's text (32,767 characters at
/// most in a spreadsheet, some 160 kB with its escapes) is far shorter. The workbook library
/// would build a longer run whole in memory (a second review: a 1,000 MB cell under the part
/// limit took 4 GB).
pub const MAX_TEXT_RUN: u64 = 1 << 20;
/// The same where a workbook keeps pictures and custom data ([`kept_data`]): enough for the
/// base64 of Power Query's data, and still a bound on what the library could be made to hold.
pub const MAX_DATA_RUN: u64 = 64 << 20;

/// Refuses a workbook at `path` that unpacks to more than the limits.
pub(super) fn check(path: &Path) -> Result<()> {
    check_within(path, MAX_UNPACKED_PART, MAX_UNPACKED)
}

/// [`check`] with the limits given (the tests use small ones). A part that cannot be read
/// (a method not supported, a wrong checksum) is counted as far as it reads, and the next one
/// checked: the library reads none past such a fault (a second review: one unreadable part
/// first switched the whole check off).
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
            continue;
        };
        // Every part is scanned for runs, whatever its name ends in (a third review: the
        // library reads a sheet named `sheet1.bin` or `sheet1.XML` where the workbook's
        // relations point). Where pictures and custom data are kept the run may be longer
        // (Power Query keeps its data as base64 in customXml), but bounded still: the
        // relations may point there too. A name that is no UTF-8 gets the shorter bound.
        let run_limit = match part.name() {
            Ok(name) if kept_data(&name) => MAX_DATA_RUN,
            _ => MAX_TEXT_RUN,
        };
        let counted = count(&mut part, part_limit, run_limit)?;
        total = total.saturating_add(counted);
        if counted > part_limit || total > limit {
            return Err(ListError::Unpacked {
                limit_mb: (if counted > part_limit {
                    part_limit
                } else {
                    limit
                }) >> 20,
            });
        }
    }
    Ok(())
}

/// Where a workbook keeps pictures, media, thumbnails and custom XML data (names compared
/// without case): parts a list's sheet does not come from, whose runs may be longer.
fn kept_data(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    [
        "xl/media/",
        "pictures/",
        "docprops/thumbnail",
        "customxml/",
        "thumbnails/",
    ]
    .iter()
    .any(|folder| name.starts_with(folder))
}

/// The bytes `part` unpacks to, up to one past `limit`, as far as it can be read. A run of
/// more than `run_limit` bytes that the XML reader would hold whole is refused: text between
/// tags, and a CDATA section or a comment whole, whatever `<` they hold (a third review: a `<`
/// every 256 kB inside them hid 400 MB).
fn count(part: &mut impl Read, limit: u64, run_limit: u64) -> Result<u64> {
    let mut buffer = vec![0u8; 1 << 16];
    let mut counted = 0u64;
    let mut runs = Runs::default();
    while counted <= limit {
        let n = match part.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        counted += n as u64;
        if buffer[..n].iter().any(|b| runs.past(*b, run_limit)) {
            return Err(ListError::HugeText {
                limit_kb: run_limit >> 10,
            });
        }
    }
    Ok(counted)
}

/// Where a scan of XML is: in text or a tag (a `<` ends a run), or in a CDATA section or a
/// comment (only its end does), with the last eight bytes seen (one to a byte of `last`, the
/// newest lowest) to find those ends and beginnings.
#[derive(Default)]
struct Runs {
    run: u64,
    /// Inside `<![CDATA[`…`]]>` (`]]>`) or `<!--`…`-->` (`-->`): the end that closes it.
    inside: Option<u64>,
    last: u64,
}

/// The last `text.len()` bytes as [`Runs::last`] holds them.
const fn tail(text: &[u8]) -> u64 {
    let mut value = 0u64;
    let mut i = 0;
    while i < text.len() {
        value = (value << 8) | text[i] as u64;
        i += 1;
    }
    value
}

const CDATA: u64 = tail(b"![CDATA[");
const CDATA_END: u64 = tail(b"]]>");
const COMMENT: u64 = tail(b"<!--");
const COMMENT_END: u64 = tail(b"-->");

impl Runs {
    /// Takes one more byte; whether the run is now past `limit`.
    fn past(&mut self, byte: u8, limit: u64) -> bool {
        self.last = (self.last << 8) | u64::from(byte);
        let ends = |text: u64, bytes: u32| self.last & (u64::MAX >> (64 - 8 * bytes)) == text;
        match self.inside {
            Some(end) if ends(end, 3) => {
                self.inside = None;
                self.run = 0;
            }
            Some(_) => self.run += 1,
            None if byte == b'<' => self.run = 0,
            None => {
                self.run += 1;
                if ends(CDATA, 8) {
                    self.inside = Some(CDATA_END);
                } else if ends(COMMENT, 4) {
                    self.inside = Some(COMMENT_END);
                }
            }
        }
        self.run > limit
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A zip archive of parts of these sizes, each of `<c/>` repeated (XML of short runs).
    fn archive(dir: &Path, sizes: &[usize]) -> std::path::PathBuf {
        let path = dir.join("book.xlsx");
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
        for (i, size) in sizes.iter().enumerate() {
            zip.start_file(
                format!("xl/part{i}.xml"),
                zip::write::SimpleFileOptions::default(),
            )
            .unwrap();
            let xml: Vec<u8> = b"<c/>".iter().copied().cycle().take(*size).collect();
            zip.write_all(&xml).unwrap();
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
    fn a_run_of_text_longer_than_any_cell_is_refused_across_reads_and_not_at_its_limit() {
        // A run is the bytes after a `<` up to the next: `t>` and the text.
        let text = |n: u64| vec![b'a'; n as usize - 2];
        let at: Vec<u8> = [b"<t>".as_slice(), &text(MAX_TEXT_RUN), b"</t>"].concat();
        assert!(count(&mut at.as_slice(), u64::MAX, MAX_TEXT_RUN).is_ok());
        let past: Vec<u8> = [at.as_slice(), b"<t>", &text(MAX_TEXT_RUN + 1)].concat();
        // Read a few bytes at a time: the run is counted across the reads.
        let mut slow = std::io::BufReader::with_capacity(7, past.as_slice());
        assert!(matches!(
            count(&mut slow, u64::MAX, MAX_TEXT_RUN),
            Err(ListError::HugeText { .. })
        ));
        // Where pictures and custom data are kept, the bound is longer.
        assert!(count(&mut past.as_slice(), u64::MAX, MAX_DATA_RUN).is_ok());
        // A CDATA section or a comment is held whole: a `<` inside does not end it.
        for (open, close) in [
            (b"<![CDATA[".as_slice(), b"]]>".as_slice()),
            (b"<!--", b"-->"),
        ] {
            let hidden = b"<a".repeat(MAX_TEXT_RUN as usize / 2 + 1);
            let long: Vec<u8> = [open, &hidden, close].concat();
            assert!(matches!(
                count(&mut long.as_slice(), u64::MAX, MAX_TEXT_RUN),
                Err(ListError::HugeText { .. })
            ));
            let short: Vec<u8> = [open, b"<a<b".as_slice(), close, &at].concat();
            assert!(count(&mut short.as_slice(), u64::MAX, MAX_TEXT_RUN).is_ok());
        }
    }

    #[test]
    fn only_where_pictures_and_custom_data_are_kept_may_runs_be_longer() {
        for name in [
            "xl/media/image1.png",
            "Pictures/1.png",
            "customXml/item1.xml",
        ] {
            assert!(kept_data(name), "{name}");
        }
        for name in [
            "xl/worksheets/sheet1.bin",
            "xl/sharedStrings.XML",
            "content.xml",
        ] {
            assert!(!kept_data(name), "{name}");
        }
    }

    #[test]
    fn a_part_that_cannot_be_read_does_not_switch_the_check_off() {
        // A second review: a first part in a method the reader lacks made the check say yes.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("book.xlsx");
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("docProps/custom.xml", stored).unwrap();
        zip.write_all(b"<decoy>DECOY</decoy>").unwrap();
        zip.start_file("xl/sheet1.xml", zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(&b"<c/>".repeat(1000)).unwrap();
        zip.finish().unwrap();
        // The decoy's bytes changed: its checksum no longer holds.
        let mut bytes = std::fs::read(&path).unwrap();
        let at = bytes.windows(5).position(|w| w == b"DECOY").unwrap();
        bytes[at] = b'X';
        std::fs::write(&path, bytes).unwrap();
        assert!(matches!(
            check_within(&path, 1000, 1 << 20),
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
