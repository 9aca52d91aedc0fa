//! The desktop app's entry point.

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    if let Err(e) = navigator_desktop::run() {
        eprintln!("navigator-desktop: {e}");
        std::process::exit(1);
    }
}
