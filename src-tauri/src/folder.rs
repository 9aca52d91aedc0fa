//! Showing a folder in the computer's file manager (the export folder, after a list is
//! screened): the desktop's own opener, started and left to run. No URL is ever opened.

use std::path::Path;

use navigator::desk::{self, DeskError};

/// The program that shows a folder here.
#[cfg(target_os = "windows")]
const OPENER: &str = "explorer";
#[cfg(target_os = "macos")]
const OPENER: &str = "open";
#[cfg(not(any(target_os = "windows", target_os = "macos")))]
const OPENER: &str = "xdg-open";

/// Shows `dir` in the file manager. The opener is waited for on a thread of its own, so it
/// leaves no zombie process and holds no command.
pub fn show(dir: &Path) -> desk::Result<()> {
    let mut child = std::process::Command::new(OPENER)
        .arg(dir)
        .spawn()
        .map_err(|reason| DeskError::OpenFolder {
            path: dir.to_path_buf(),
            reason,
        })?;
    std::thread::spawn(move || child.wait());
    Ok(())
}
