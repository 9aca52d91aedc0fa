//! Printing the results (issues #14 and #16): where a print may go — nowhere at a kiosk, to the
//! printer the settings name, or the system's dialog — and the office's printout kept as a PDF
//! file: a new file in the export folder every time, none replacing another, removed again
//! when printing into it failed, noted in the audit log by its name. The printer is a setting
//! like the others: one bad value costs only itself, and the setup checks it.

use std::path::Path;

use navigator::clock::Clock;
use navigator::desk::printout::PrintTarget;
use navigator::desk::setup::SetupForm;
use navigator::desk::{Desk, DeskError, Opening};
use navigator::settings::{is_printer_name, Expected, SettingsError, PRINTER_NAME_CHARS};
use navigator::{Locale, Mode, Settings};

use crate::support::at;

const PIN: &str = "246813";

/// A desk on `dir` set up as `mode` by `settings.toml` lines, staff PIN set.
fn desk(dir: &Path, mode: Mode, lines: &str) -> Desk {
    let hash = navigator::pin::hash_kiosk_pin(PIN).expect("a PIN");
    let text = format!(
        "mode = \"{}\"\nstaff_pin = \"{hash}\"\n{lines}",
        mode.as_str()
    );
    std::fs::write(dir.join("settings.toml"), text).expect("settings written");
    Desk::open(Opening {
        data_dir: Some(dir.to_path_buf()),
        clock: Clock::set_at(at("2026-12-02T09:31:00+08:00")),
        env: |_| None,
        ..Opening::default()
    })
    .expect("the desk opens")
}

/// A consultation on screen with its results given.
fn with_results(desk: Desk) -> Desk {
    desk.start(Locale::ZhCn);
    desk.answer("groups", &["veteran".to_owned()])
        .expect("an answer");
    desk.results();
    desk
}

/// The export folder the tests' offices name (a space and Chinese in its name).
const EXPORTS: &str = "导出 文件夹";

/// An office with its export folder set, staff signed in, the results on screen.
fn office_with_results(dir: &Path) -> Desk {
    let desk = with_results(desk(dir, Mode::Office, &exports_line(dir)));
    desk.sign_in(PIN).expect("signed in");
    desk
}

fn exports_line(dir: &Path) -> String {
    format!(
        "export_dir = {:?}\n",
        dir.join(EXPORTS).display().to_string()
    )
}

#[test]
fn a_kiosk_prints_nothing_whatever_its_settings_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let desk = desk(dir.path(), Mode::Kiosk, "printer = \"HP-3\"\n");
    assert!(matches!(desk.print_target(), Err(DeskError::NoPrinting)));
    desk.sign_in(PIN).expect("signed in");
    let staff = desk.staff().expect("signed in");
    assert!(matches!(
        staff.printout_file(),
        Err(DeskError::PrintoutOfficeOnly)
    ));
}

#[test]
fn a_print_goes_to_the_printer_the_settings_name_or_else_to_the_dialog() {
    let dir = tempfile::tempdir().expect("temp dir");
    let named = with_results(desk(
        dir.path(),
        Mode::Office,
        "printer = \"HP LaserJet 柜台 2\"\n",
    ));
    assert_eq!(
        named.print_target().expect("an office prints"),
        PrintTarget::Printer("HP LaserJet 柜台 2".into())
    );
    drop(named);
    let dir = tempfile::tempdir().expect("temp dir");
    let personal = with_results(desk(dir.path(), Mode::Personal, ""));
    assert_eq!(
        personal.print_target().expect("a PC prints"),
        PrintTarget::Dialog
    );
}

#[test]
fn every_printout_gets_a_new_file_in_the_export_folder_and_a_failed_one_leaves_none() {
    let dir = tempfile::tempdir().expect("temp dir");
    let desk = office_with_results(dir.path());
    let staff = desk.staff().expect("signed in");
    let exports = dir.path().join(EXPORTS);

    // Named for the minute in the computer's time zone (navigator-printout-2026-12-02-09-31.pdf
    // in 朔州); the folder is made when missing.
    let first = staff.printout_file().expect("a file");
    assert_eq!(first.path().parent(), Some(exports.as_path()));
    let name = first
        .path()
        .file_name()
        .and_then(|n| n.to_str())
        .expect("a name")
        .to_owned();
    let stamp = name
        .strip_prefix("navigator-printout-")
        .and_then(|n| n.strip_suffix(".pdf"))
        .expect("named for the printout");
    assert!(
        stamp.len() == 16
            && stamp.starts_with("2026-12-0")
            && stamp.chars().all(|c| c.is_ascii_digit() || c == '-'),
        "{name}"
    );
    assert_eq!(std::fs::metadata(first.path()).expect("created").len(), 0);
    // Within the same minute: never the same file.
    let second = staff.printout_file().expect("a second file");
    let third = staff.printout_file().expect("a third file");
    assert_eq!(
        second.path().file_name().and_then(|n| n.to_str()),
        Some(format!("navigator-printout-{stamp}.2.pdf").as_str())
    );
    assert_ne!(third.path(), second.path());
    assert!(third.path().exists());

    // Printing into the second failed: its file goes, and the failure is said in words.
    let second_path = second.path().to_path_buf();
    let e = desk
        .printout_ended(second, Err(Some("disk full".into())))
        .expect_err("a failure");
    assert!(!second_path.exists());
    assert!(matches!(e, DeskError::PrintoutFailed { reason: Some(_) }));
    let said = desk
        .policy()
        .loc
        .say(Locale::ZhCn, &navigator::message::Explain::message(&e));
    assert!(said.contains("PDF") && said.contains("disk full"), "{said}");

    // The first was printed: the audit log names the file, nothing else.
    desk.printout_ended(first, Ok(())).expect("noted");
    let log = staff.audit_log(Locale::ZhCn).expect("the audit log");
    let names: Vec<_> = log.iter().map(|l| l.detail.as_str()).collect();
    assert!(names.contains(&name.as_str()), "{names:?}");
    assert!(!names.iter().any(|n| n.contains(".2.pdf")), "{names:?}");
}

#[test]
fn a_file_planted_under_the_printouts_name_is_never_written_into() {
    let dir = tempfile::tempdir().expect("temp dir");
    let desk = office_with_results(dir.path());
    let staff = desk.staff().expect("signed in");
    let exports = dir.path().join(EXPORTS);
    std::fs::create_dir_all(&exports).expect("folder");
    // The name the next printout would take (found by taking it once and giving it back),
    // taken by someone else meanwhile.
    let planted = staff.printout_file().expect("a file").path().to_path_buf();
    std::fs::remove_file(&planted).expect("given back");
    std::fs::write(&planted, "someone else's file").expect("planted");
    let file = staff.printout_file().expect("a file");
    assert_ne!(file.path(), planted);
    assert_eq!(
        std::fs::read_to_string(&planted).expect("still there"),
        "someone else's file"
    );
}

#[test]
fn a_personal_pc_saves_no_printout_into_a_folder_of_its_own() {
    let dir = tempfile::tempdir().expect("temp dir");
    let desk = with_results(desk(dir.path(), Mode::Personal, &exports_line(dir.path())));
    desk.sign_in(PIN).expect("signed in");
    let staff = desk.staff().expect("signed in");
    assert!(matches!(
        staff.printout_file(),
        Err(DeskError::PrintoutOfficeOnly)
    ));
    assert!(!dir.path().join(EXPORTS).exists());
}

#[test]
fn a_printer_name_is_one_line_of_at_most_127_characters() {
    assert!(is_printer_name("HP LaserJet 柜台 2"));
    assert!(is_printer_name(&"打".repeat(PRINTER_NAME_CHARS)));
    for bad in [
        String::new(),
        " HP".into(),
        "HP ".into(),
        "HP\nLaserJet".into(),
        "HP\u{0}".into(),
        "HP\u{202e}3-PH".into(),
        "HP\u{200b}".into(),
        "\u{feff}HP".into(),
        "打".repeat(PRINTER_NAME_CHARS + 1),
    ] {
        assert!(!is_printer_name(&bad), "{bad:?}");
    }
}

#[test]
fn a_bad_printer_setting_costs_only_itself() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("settings.toml"),
        "mode = \"kiosk\"\nidle_seconds = 40\nprinter = \"HP\\nLaserJet\"\n",
    )
    .expect("written");
    let reading = Settings::read(Some(dir.path()), |_| None);
    assert_eq!(reading.settings.mode, Mode::Kiosk);
    assert_eq!(reading.settings.idle_seconds, 40);
    assert_eq!(reading.settings.printer, None);
    assert!(reading.fell_back("printer"));
    assert!(reading.problems.iter().any(|p| matches!(
        p,
        SettingsError::BadValue { setting, expected: Expected::PrinterName, .. } if setting == "printer"
    )));
    // Not a string at all.
    std::fs::write(dir.path().join("settings.toml"), "printer = 3\n").expect("written");
    assert!(Settings::load(dir.path(), |_| None).is_err());
}

#[test]
fn the_setup_keeps_a_printer_for_an_office_and_none_for_a_kiosk() {
    let dir = tempfile::tempdir().expect("temp dir");
    let desk = with_results(desk(dir.path(), Mode::Office, ""));
    desk.sign_in(PIN).expect("signed in");
    let staff = desk.staff().expect("signed in");
    let form = |mode, printer: &str| SetupForm {
        mode,
        printer: printer.into(),
        ..SetupForm::default()
    };
    staff
        .change_setup(&form(Mode::Office, "  HP LaserJet 柜台 2 "))
        .expect("changed");
    let file = || Settings::load(dir.path(), |_| None).expect("valid settings");
    assert_eq!(file().printer.as_deref(), Some("HP LaserJet 柜台 2"));
    assert_eq!(
        desk.print_target().expect("prints"),
        PrintTarget::Printer("HP LaserJet 柜台 2".into()),
        "in use at once"
    );
    assert_eq!(desk.setup_view(Locale::ZhCn).printer, "HP LaserJet 柜台 2");

    // A name that cannot be a printer's is refused, and nothing changes.
    let e = staff
        .change_setup(&form(Mode::Office, &"x".repeat(PRINTER_NAME_CHARS + 1)))
        .expect_err("refused");
    assert!(matches!(
        e,
        DeskError::Settings(SettingsError::BadValue { ref setting, .. }) if setting == "printer"
    ));
    assert_eq!(file().printer.as_deref(), Some("HP LaserJet 柜台 2"));

    // Emptied: the dialog asks again.
    staff
        .change_setup(&form(Mode::Office, ""))
        .expect("changed");
    assert_eq!(file().printer, None);
    assert_eq!(desk.print_target().expect("prints"), PrintTarget::Dialog);

    // Made a kiosk: a printer named on the way is not kept (a kiosk prints nothing).
    let kiosk = SetupForm {
        pin: PIN.into(),
        pin_again: PIN.into(),
        ..form(Mode::Kiosk, "HP-3")
    };
    staff.change_setup(&kiosk).expect("changed");
    assert_eq!(file().printer, None);
}

#[test]
fn nothing_prints_before_the_results_nor_once_an_answer_changed_since() {
    // issue #14 review: a printout saved on the welcome screen or half-way through the
    // questions (where the page shows the person's answers) was noted as an export.
    let dir = tempfile::tempdir().expect("temp dir");
    let desk = desk(dir.path(), Mode::Office, &exports_line(dir.path()));
    desk.sign_in(PIN).expect("signed in");
    assert!(matches!(
        desk.print_target(),
        Err(DeskError::NothingToPrint)
    ));
    desk.start(Locale::ZhCn);
    desk.answer("groups", &["veteran".to_owned()])
        .expect("an answer");
    assert!(matches!(
        desk.print_target(),
        Err(DeskError::NothingToPrint)
    ));
    assert!(matches!(
        desk.staff().expect("signed in").printout_file(),
        Err(DeskError::NothingToPrint)
    ));
    desk.results();
    assert_eq!(desk.print_target().expect("results"), PrintTarget::Dialog);
    // The results stand in another language…
    desk.step(Locale::En);
    assert!(desk.print_target().is_ok());
    // …but not once an answer changed: the results are given again first.
    desk.answer("groups", &["graduate".to_owned()])
        .expect("an answer");
    assert!(matches!(
        desk.print_target(),
        Err(DeskError::NothingToPrint)
    ));
    desk.results();
    assert!(desk.print_target().is_ok());
    // A new consultation has none.
    desk.start(Locale::ZhCn);
    assert!(matches!(
        desk.print_target(),
        Err(DeskError::NothingToPrint)
    ));
    assert!(!dir.path().join(EXPORTS).exists(), "no file made");
}

#[test]
fn a_save_staff_began_is_finished_after_they_signed_out() {
    // issue #14 review: signing out while the PDF was being made left it in the folder,
    // complete and not in the audit log.
    let dir = tempfile::tempdir().expect("temp dir");
    let desk = office_with_results(dir.path());
    let kept = desk
        .staff()
        .expect("signed in")
        .printout_file()
        .expect("a file");
    let failed = desk
        .staff()
        .expect("signed in")
        .printout_file()
        .expect("a file");
    let kept_name = kept
        .path()
        .file_name()
        .and_then(|n| n.to_str())
        .expect("a name")
        .to_owned();
    let failed_path = failed.path().to_path_buf();
    desk.sign_out();
    desk.printout_ended(kept, Ok(())).expect("noted");
    assert!(desk.printout_ended(failed, Err(None)).is_err());
    assert!(!failed_path.exists(), "the failed one removed");
    desk.sign_in(PIN).expect("signed in");
    let log = desk
        .staff()
        .expect("signed in")
        .audit_log(Locale::ZhCn)
        .expect("the audit log");
    assert!(log.iter().any(|l| l.detail == kept_name), "{log:?}");
}
