//! `navigator batch`: a list screened at the terminal (政策找人), or its mapping suggested. The
//! use cases are the [`navigator::desk::StaffDesk`]'s; this module prints what they came to.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use navigator::batch::{List, ListError, Mapping, Stage, Step, Throttle};
use navigator::desk::{Desk, DeskError, Existing};
use navigator::message::Explain;
use navigator::present::lists::progress;
use navigator::Locale;

use crate::error::CliError;

/// Prints the suggested mapping (TOML, with comments in the reader's language) on stdout.
pub fn suggest(desk: &Desk, locale: Locale, list: &List) {
    let staff = desk.at_terminal();
    let suggestion = staff.suggest_mapping(list);
    crate::emit(&staff.suggested_mapping_file(&suggestion, locale));
    told(desk, locale, list);
}

/// Reads the list at `from` (a file, and perhaps a sheet of it), then its mapping, and screens
/// it into `out`: 0 when every row was screened, 1 when some are in the errors sheet (the
/// workbook is written all the same), 130 when Ctrl-C (or SIGTERM, SIGHUP) stopped it
/// (nothing written, no part file left). On a terminal, one line on stderr says how far it is from the reading on, and
/// is wiped when it is done or refused.
pub fn screen(
    desk: &Desk,
    locale: Locale,
    from: (&Path, Option<&str>),
    mapping: impl FnOnce() -> Result<Mapping, CliError>,
    out: &Path,
    existing: Existing,
) -> Result<ExitCode, CliError> {
    let mut line = Line::new(desk, locale);
    // Heard from the reading on (a second review: a SIGTERM while the list was read ended the
    // process unsaid, 143): the reading is one call, and the stop comes at its end.
    let reading = Arc::new(AtomicBool::new(true));
    let interrupted = on_ctrl_c(Arc::clone(&reading));
    // The reading is one call of the workbook library: its step is said before it.
    line.show(Step::new(Stage::Reading, 0, 0));
    let read = desk
        .at_terminal()
        .read_list(from.0, from.1)
        .map_err(CliError::from)
        .and_then(|list| Ok((mapping()?, list)));
    let (mapping, list) = match read {
        Ok(read) => read,
        Err(e) => {
            line.wipe();
            return Err(e);
        }
    };
    reading.store(false, Ordering::SeqCst);
    let screened =
        desk.at_terminal()
            .screen_list_to(locale, &list, &mapping, out, existing, &mut |step| {
                line.show(step);
                !interrupted.load(Ordering::SeqCst)
            });
    line.wipe();
    let summary = match screened {
        Err(DeskError::List(ListError::Cancelled)) => {
            let loc = &desk.policy().loc;
            eprintln!(
                "navigator: {}",
                loc.say(locale, &ListError::Cancelled.message())
            );
            return Ok(ExitCode::from(130));
        }
        other => other?,
    };
    // Said only once it is done: unusable input is one line on stderr, nothing else.
    told(desk, locale, &list);
    let loc = &desk.policy().loc;
    eprintln!(
        "{}",
        loc.app(
            locale,
            "cli-list-done",
            &[
                ("screened", summary.screened.into()),
                ("errors", summary.in_error.into()),
                ("path", out.display().to_string().into()),
            ]
        )
    );
    Ok(if summary.in_error > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Says on stderr what was read: the format (and a CSV file's encoding) and how many rows.
fn told(desk: &Desk, locale: Locale, list: &List) {
    let loc = &desk.policy().loc;
    eprintln!(
        "{}",
        loc.app(
            locale,
            "cli-list-read",
            &[
                ("format", list.source.name().into()),
                ("rows", list.rows.len().into()),
            ]
        )
    );
}

/// A flag Ctrl-C sets from now on — and SIGTERM and SIGHUP, a shutdown's and a closed
/// terminal's (issue #17 review: they left the part file) — instead of ending the process at
/// once: the screening hears it at its next report and stops, removing its part file. If the
/// handler cannot be set (one is already), they end the process as before.
///
/// While the list is read (one call of the workbook library, which hears nothing) no part
/// file exists yet: there a second signal ends the process at once, exit code 130 (a third
/// review: a slow read could not be stopped). `reading` says whether it still is.
fn on_ctrl_c(reading: Arc<AtomicBool>) -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    let set = Arc::clone(&flag);
    let _ = ctrlc::set_handler(move || {
        if set.swap(true, Ordering::SeqCst) && reading.load(Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
    flag
}

/// The line on a terminal that says how far a screening is (nothing when stderr is a file or
/// a pipe: what a script reads stays the same). Rewritten in place with a carriage return and
/// padded with spaces over the longer line before it, which every terminal understands.
struct Line<'d> {
    desk: &'d Desk,
    locale: Locale,
    on_terminal: bool,
    throttle: Throttle,
    /// The columns the line on screen takes.
    shown: usize,
}

impl<'d> Line<'d> {
    fn new(desk: &'d Desk, locale: Locale) -> Self {
        Line {
            desk,
            locale,
            on_terminal: std::io::stderr().is_terminal(),
            throttle: Throttle::new(Duration::from_millis(200)),
            shown: 0,
        }
    }

    fn show(&mut self, step: Step) {
        if !self.on_terminal || !self.throttle.due(step) {
            return;
        }
        let said = progress(&self.desk.policy().loc, self.locale, step).said;
        let width = columns(&said);
        let pad = self.shown.saturating_sub(width);
        self.shown = width;
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r{said}{:pad$}", "");
        let _ = err.flush();
    }

    fn wipe(&mut self) {
        if self.on_terminal && self.shown > 0 {
            let _ = write!(std::io::stderr(), "\r{:width$}\r", "", width = self.shown);
            self.shown = 0;
        }
    }
}

/// The columns `text` takes on a terminal: two for a CJK character or a full-width sign.
fn columns(text: &str) -> usize {
    text.chars()
        .map(|c| if c >= '\u{1100}' { 2 } else { 1 })
        .sum()
}
