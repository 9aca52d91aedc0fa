//! How far a screening is, told to whoever waits for it (the app's progress bar, the CLI's
//! line on a terminal), and how it is stopped.
//!
//! A list goes through four stages: it is read, every row screened, the output workbook's
//! sheets written row by row, and the workbook saved (compressed into the file). The last is
//! the longest for a big list (for 100,000 rows about 8 s of 13 on the benchmark machine) and
//! is one call of the workbook library, so its progress is the bytes that reach the file:
//! [`Watched`] counts them and asks the caller whether to go on.
//!
//! The caller answers every report with `true` to go on or `false` to stop; a screening that
//! stops returns [`ListError::Cancelled`] and writes nothing.

use std::io::Write;

use super::ListError;

/// What a screening is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The list is read from its file (one call of the reader: no count).
    Reading,
    /// Every row through the rules: rows of all.
    Screening,
    /// The output's sheets, row by row: rows written of all the sheets' rows.
    Writing,
    /// The workbook compressed into the file: bytes written, of a total not known before.
    Saving,
}

impl Stage {
    /// The stage's name on the wire and in message ids (`list-progress-screening`).
    pub fn key(self) -> &'static str {
        match self {
            Stage::Reading => "reading",
            Stage::Screening => "screening",
            Stage::Writing => "writing",
            Stage::Saving => "saving",
        }
    }
}

/// One report: `done` of `total` in the stage's unit (rows; bytes while saving, with `total`
/// 0 as it is not known until the end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub stage: Stage,
    pub done: usize,
    pub total: usize,
}

impl Step {
    pub fn new(stage: Stage, done: usize, total: usize) -> Step {
        Step { stage, done, total }
    }
}

/// What a caller hears while a list is screened. It answers `false` to stop. It may be asked
/// from inside the workbook library, which wants what it writes to be `Send`.
pub type Progress<'a> = &'a mut (dyn FnMut(Step) -> bool + Send);

/// Which reports to pass on to a person: a report every few milliseconds is more than a
/// screen or a terminal shows. Passes the first report of each stage, the last (`done` =
/// `total`), and otherwise one every `interval`.
#[derive(Debug)]
pub struct Throttle {
    interval: std::time::Duration,
    last: Option<(Stage, std::time::Instant)>,
}

impl Throttle {
    pub fn new(interval: std::time::Duration) -> Throttle {
        Throttle {
            interval,
            last: None,
        }
    }

    /// Whether `step` is to be passed on.
    pub fn due(&mut self, step: Step) -> bool {
        let now = std::time::Instant::now();
        let due = match self.last {
            Some((stage, _)) if stage != step.stage => true,
            Some(_) if step.total > 0 && step.done == step.total => true,
            Some((_, at)) => now.duration_since(at) >= self.interval,
            None => true,
        };
        if due {
            self.last = Some((step.stage, now));
        }
        due
    }
}

/// How often the screening and the writing report, in rows (a few milliseconds of work).
pub(crate) const REPORT_EVERY_ROWS: usize = 500;

/// How often the saving reports, in bytes written (a few tens of milliseconds of work).
pub(crate) const REPORT_EVERY_BYTES: usize = 256 * 1024;

/// A writer that reports the bytes written through it every [`REPORT_EVERY_BYTES`] and fails
/// the write during which the caller said stop, so that a stop is heard inside the workbook
/// library's one long call. After a stop, or after the file failed a write (the disk full),
/// what is written is thrown away: the zip library's clean-up on drop writes on, and would
/// print its failure on stderr, in front of a user of the CLI. The failure is kept, with its
/// kind (the zip library's error says "other" of a full disk).
pub(crate) struct Watched<'p, W> {
    inner: W,
    progress: Progress<'p>,
    written: usize,
    reported: usize,
    stopped: bool,
    failed: Option<std::io::Error>,
}

impl<'p, W: Write> Watched<'p, W> {
    pub(crate) fn new(inner: W, progress: Progress<'p>) -> Self {
        Watched {
            inner,
            progress,
            written: 0,
            reported: 0,
            stopped: false,
            failed: None,
        }
    }

    /// Whether the caller said stop (the write that heard it failed, whatever came after was
    /// thrown away).
    pub(crate) fn stopped(&self) -> bool {
        self.stopped
    }

    /// The first write the file failed, if one did.
    pub(crate) fn failure(&mut self) -> Option<std::io::Error> {
        self.failed.take()
    }

    /// The bytes written through, as the last report: a saving that ends reports its total.
    pub(crate) fn finish(&mut self) {
        (self.progress)(Step::new(Stage::Saving, self.written, self.written));
    }

    /// The error a stopped write fails with. Not `Interrupted`: `write_all` retries that.
    fn stop() -> std::io::Error {
        std::io::Error::other(ListError::Cancelled)
    }
}

impl<W: Write> Write for Watched<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.stopped || self.failed.is_some() {
            return Ok(buf.len());
        }
        let n = match self.inner.write(buf) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => return Err(e),
            Err(e) => {
                let said = std::io::Error::new(e.kind(), e.to_string());
                self.failed = Some(e);
                return Err(said);
            }
        };
        self.written += n;
        if self.written - self.reported >= REPORT_EVERY_BYTES {
            self.reported = self.written;
            if !(self.progress)(Step::new(Stage::Saving, self.written, 0)) {
                self.stopped = true;
                return Err(Self::stop());
            }
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.stopped || self.failed.is_some() {
            return Ok(());
        }
        self.inner.flush().inspect_err(|e| {
            self.failed = Some(std::io::Error::new(e.kind(), e.to_string()));
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `/dev/full` takes nothing: "disk full" on every write.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_write_the_file_fails_is_kept_with_its_kind_and_what_follows_is_thrown_away() {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("Linux has /dev/full");
        let mut progress = |_: Step| true;
        let mut watched = Watched::new(&full, &mut progress);
        let first = watched.write(b"zip bytes").expect_err("the disk is full");
        assert_eq!(first.kind(), std::io::ErrorKind::StorageFull);
        // The zip library's clean-up: no second failure to print.
        assert!(watched.write_all(b"the central directory").is_ok());
        assert!(watched.flush().is_ok());
        let kept = watched.failure().expect("kept");
        assert_eq!(kept.kind(), std::io::ErrorKind::StorageFull);
    }

    #[test]
    fn the_throttle_passes_each_stage_s_first_and_last_report_and_one_an_interval() {
        let mut throttle = Throttle::new(std::time::Duration::from_secs(3600));
        let passed: Vec<bool> = [
            Step::new(Stage::Reading, 0, 0),
            Step::new(Stage::Screening, 0, 9),
            Step::new(Stage::Screening, 5, 9),
            Step::new(Stage::Screening, 9, 9),
            Step::new(Stage::Saving, 10, 0),
            Step::new(Stage::Saving, 20, 0),
        ]
        .into_iter()
        .map(|step| throttle.due(step))
        .collect();
        assert_eq!(passed, [true, true, false, true, true, false]);
        let mut eager = Throttle::new(std::time::Duration::ZERO);
        assert!(eager.due(Step::new(Stage::Saving, 10, 0)));
        assert!(eager.due(Step::new(Stage::Saving, 20, 0)));
    }

    #[test]
    fn the_bytes_are_reported_as_they_go_and_a_stop_fails_the_write_that_heard_it() {
        let mut heard = Vec::new();
        let mut progress = |step: Step| {
            heard.push(step);
            heard.len() < 3
        };
        let mut sink = Vec::new();
        let chunk = vec![7u8; REPORT_EVERY_BYTES / 2];
        let mut failed_at = None;
        {
            let mut watched = Watched::new(&mut sink, &mut progress);
            for n in 0..20 {
                if let Err(e) = watched.write_all(&chunk) {
                    assert_eq!(e.kind(), std::io::ErrorKind::Other);
                    failed_at = Some(n);
                    break;
                }
            }
            assert!(watched.stopped());
            // The zip library's clean-up writes on: thrown away, not failed again.
            assert!(watched.write_all(&chunk).is_ok());
        }
        // Reported after every second chunk; the third report said stop.
        assert_eq!(failed_at, Some(5));
        let done: Vec<usize> = heard.iter().map(|s| s.done).collect();
        assert_eq!(done, [1, 2, 3].map(|k| k * REPORT_EVERY_BYTES), "{heard:?}");
        assert!(heard
            .iter()
            .all(|s| s.stage == Stage::Saving && s.total == 0));
        // What was written up to the stop reached the writer, nothing after.
        assert_eq!(sink.len(), 3 * REPORT_EVERY_BYTES);
    }
}
