//! The core's integration tests, in one binary so they link once.
//!
//! Modules, in the order a newcomer might read them:
//! - `support`: loading the default pack and the persona cases; shared by the others.
//! - `architecture`: the invariants of ARCHITECTURE.md as checks of the dependency tree and the
//!   sources (the core has no GUI, the shell is an adapter, one file calls the shell…).
//! - `cases`: the persona cases in `tests/cases/` — answers → expected verdicts, walked through
//!   the adaptive questionnaire exactly as an applicant would.
//! - `invariants`: what must hold of every pack and of the default pack in particular
//!   (excerpts verbatim, coverage of every article, messages in every locale, …).
//! - `condition`: each test operator on both sides of its boundary, Kleene logic, the residual
//!   and the failed tests of a condition on its own.
//! - `flow`: per-question flow tests in the smart-answers style.
//! - `engine`: verdicts, reasons, near misses, expiry, three-valued logic.
//! - `properties`: proptest over random answer sequences.
//! - `pack_errors`: broken packs give every problem with file and line.
//! - `error_words`: every pack and archive error is a sentence of the reader's language, in every
//!   locale, with no English inside a Chinese sentence.
//! - `answers`: decoding answers files, and every way they can be wrong.
//! - `desk`: the installation at work — every use case the app and the CLI share, from opening a
//!   data folder to the results, staff sign-in, the office's records and pack updates.
//! - `library`: installing signed packs into a data directory, rollback, refusals that change nothing.
//! - `session`: a consultation in progress: saving as it goes, Back, resume.
//! - `reliability`: kills at random moments (200 of them), damaged databases, newer ones,
//!   backups.
//! - `processes`: several `navigator` processes creating or upgrading one database at once.
//! - `archive`: signed pack archives — round trip, damage, forgery, unsafe entries, zip bombs,
//!   key files, and the diff shown before an import.
//! - `erasure`: erased people are in no file of the data folder (database, log, backups,
//!   databases set aside), with a reader open; retention at every opening.
//! - `kiosk`: a kiosk fails closed (bad settings), forgets (Start over, wipes at start-up), and
//!   the app holds its data folder alone.
//! - `store`: migrations, answer-by-answer persistence, reopening.
//! - `settings`: the deployment settings file and its environment overrides.
//! - `pin`: the staff PIN's hash and lock-out.
//! - `statistics`: the monitoring figures and the CSV exports, from hand-written consultations.
//! - `office`: county-office mode — records kept only with consent, the retention period, the
//!   consultation log's search, the audit log, the department directory, exports without names.
//! - `errors`: one error vocabulary — every error of the store, exports, answers files, PIN and
//!   settings worded in every locale, with no English inside a Chinese sentence.
//! - `printing`: where a print goes (nowhere at a kiosk, the settings' printer, the dialog), and
//!   the office's printout as a new PDF file in the export folder every time.
//! - `relevance`: the order results are read in, and the few things to do first.
//! - `speech`: what is read aloud — every question and every persona case's results in three
//!   languages, as finished sentences without brackets, article numbers, ids or answers.
//! - `speech_cli`: `navigator speech`, what would be spoken for the screen answers lead to.
//! - `speech_engine`: espeak-ng renders a question in Mandarin, and the sound is measured.
//! - `takeaway`: the result as text and QR code, read back by an independent decoder.
//! - `lists`: 政策找人 — lists in every format read, mapped, screened and written, each row held to
//!   the engine's verdicts for that person alone; `lists_files`: the list files they read;
//!   `lists_reading`: row numbers, headers and size limits; `lists_output`: the output file;
//!   `lists_groups`: a yes/no column per group, suggested and screened; `lists_merged`: a value
//!   merged down over several people; `lists_view`: the mapping table's columns and the
//!   progress line as staff see them.
//! - `cli`: the `navigator` binary as a user runs it; `lists_cli`: `navigator batch`.
//! - `windows`: the Windows build of it under Wine, against the Linux build (only where
//!   `scripts/windows` set it up).

// A failing test should panic loudly; the workspace lints forbid this only in shipped code.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod answers;
mod architecture;
mod archive;
mod cases;
mod cli;
mod condition;
mod desk;
mod engine;
mod erasure;
mod error_words;
mod errors;
mod flow;
mod invariants;
mod kiosk;
mod library;
mod lists;
mod lists_cli;
mod lists_files;
mod lists_groups;
mod lists_merged;
mod lists_output;
mod lists_progress;
mod lists_reading;
mod lists_view;
mod office;
mod pack_errors;
mod pin;
mod printing;
mod processes;
mod properties;
mod relevance;
mod reliability;
mod session;
mod settings;
mod setup;
mod speech;
mod speech_cli;
mod speech_engine;
mod statistics;
mod store;
mod support;
mod takeaway;
mod windows;
