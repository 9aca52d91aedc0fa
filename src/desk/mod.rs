//! The installation at work: what the desktop shell and the CLI open, and every use case they
//! offer, each as one call.
//!
//! A [`Desk`] is one installation — its data folder, its settings, the policy pack in use (the
//! one staff installed, or the built-in one, with a notice saying why), its database and the
//! notices about all of these — with the consultation on screen and the staff sign-in. The
//! shell holds one for the life of the window; the CLI opens one per command. Both call the
//! same methods, so they cannot disagree about which pack is in use, what a step shows, how
//! long a sign-in lasts or what an export is called: the answer is here, once.
//!
//! The use cases are grouped by who uses them: [`consultation`] (the applicant's: start,
//! answer, back, change, results, resume, wipe), [`sign_in`] (staff signing in and out, and the
//! [`StaffDesk`] that proves it), [`office`] (records, the log, figures, exports, the
//! directory, the audit log, retention), [`packs`] (pack updates) and [`speech`] (what is
//! read aloud).
//!
//! A desk is shared between threads (the shell answers IPC calls on a pool): the consultation
//! and the database sit behind one lock, the sign-in behind another (always taken first when
//! both are needed), and the pack in use behind a read-write lock, swapped whole when staff
//! install another. This module decides nothing about the policy: the rules are
//! [`crate::engine`]'s and [`crate::flow`]'s, the words [`crate::present`]'s.

pub mod consultation;
mod error;
pub mod lists;
pub mod office;
pub mod packs;
pub mod printout;
pub mod setup;
pub mod sign_in;
pub mod speech;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use time::Date;

pub use error::{DeskError, ErrorCode, Result};
pub use lists::Existing;
pub use sign_in::StaffDesk;

use crate::answers::Answers;
use crate::clock::Clock;
use crate::engine::{self, Verdict};
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::message::Explain;
use crate::pack::{library, PolicyPack};
use crate::present::Notice;
use crate::session::Session;
use crate::settings::{self, Mode, Reading, Settings, DATABASE_NAME};
use crate::store::{InstanceLock, Recovery, Store};

/// How to open a desk. The default is what the desktop app does: the data folder from
/// `NAVIGATOR_DATA_DIR` or the per-user folder, its settings and installed pack, and its
/// database (created if need be).
#[derive(Debug, Clone)]
pub struct Opening {
    /// The data folder; `None`: `NAVIGATOR_DATA_DIR`, else the platform's per-user folder.
    pub data_dir: Option<PathBuf>,
    pub database: Database,
    /// Open the database only if the file is already there (a command that only reads, such
    /// as the CLI's `screen`, must not leave a database behind).
    pub create_database: bool,
    /// A pack folder to use instead of the installation's pack (the CLI's `--pack`).
    pub pack_dir: Option<PathBuf>,
    /// The date verdicts are computed for (the CLI's `--on`); today by default.
    pub on: Option<Date>,
    pub clock: Clock,
    /// Where environment variables are read (tests pass their own).
    pub env: fn(&str) -> Option<String>,
    /// Hold the data folder's one-instance lock for the life of the desk, taken before the
    /// database is opened, and refuse with [`DeskError::AlreadyRunning`] if another holds it
    /// (after waiting a few seconds for one that is ending): the desktop app. Holding it, a kiosk wipes at start-up every consultation a crash left
    /// behind (no other instance can have one in progress). The CLI runs beside the app and
    /// does not take it.
    pub one_instance: bool,
}

impl Default for Opening {
    fn default() -> Opening {
        Opening {
            data_dir: None,
            database: Database::InDataDir,
            create_database: true,
            pack_dir: None,
            on: None,
            clock: Clock::system(),
            env: settings::env_var,
            one_instance: false,
        }
    }
}

/// Which database a desk keeps consultations in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Database {
    /// `navigator.sqlite3` in the data folder.
    InDataDir,
    /// A file elsewhere (the CLI's `--db`).
    At(PathBuf),
    /// In memory: nothing outlives the desk (tests).
    InMemory,
    /// None: nothing is saved, and staff use cases that need one are refused.
    None,
}

/// The policy pack in use, with the localizer for its texts.
#[derive(Debug)]
pub struct Policy {
    pub pack: PolicyPack,
    pub loc: Localizer,
    pub origin: PackOrigin,
}

/// Where the pack in use comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackOrigin {
    /// Built into the program.
    BuiltIn,
    /// Installed by staff into the data folder.
    Installed,
    /// A folder named when the desk was opened (the CLI's `--pack`).
    Folder(PathBuf),
}

impl Policy {
    fn new(pack: PolicyPack, origin: PackOrigin) -> Result<Policy> {
        let loc = Localizer::new(&pack)?;
        Ok(Policy { pack, loc, origin })
    }
}

/// What changes while a desk is open: the consultation on screen and the database.
#[derive(Debug)]
struct Live {
    session: Session,
    /// `None` when there is no database: the questionnaire still works, it only cannot save
    /// (a notice says so).
    store: Option<Store>,
    /// Why there is no database, when one was asked for and could not be opened.
    store_problem: Option<crate::message::Message>,
}

/// What the window of the desktop app must do, by the installation's mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WindowRules {
    /// Cover the whole screen, without decorations, always on top (an unattended kiosk: there
    /// is nothing to close, move or hide it behind).
    pub cover_screen: bool,
    /// A second start brings the running window forward instead of opening another beside it.
    pub one_instance: bool,
    /// The browser's find and print shortcuts stay, and the results can be printed. Not at a
    /// kiosk: the print dialog's "Print to File" would let anyone browse and overwrite the
    /// disk, and while it is open the idle wipe cannot run. There the QR code is the take-away.
    pub print_and_find: bool,
    /// Staff keep the printout as a PDF file in the export folder: a county office only
    /// ([`StaffDesk::printout_file`]).
    pub save_printout: bool,
    /// Each person gets a page process of their own: after a kiosk's wipe the window ends the
    /// page's process and loads the app in a new one, so that nothing of the last person stays
    /// in the page's memory and a kiosk's memory does not grow over a day's people.
    pub new_page_each_person: bool,
}

impl WindowRules {
    fn of(mode: Mode) -> WindowRules {
        let kiosk = mode == Mode::Kiosk;
        WindowRules {
            cover_screen: kiosk,
            one_instance: kiosk,
            print_and_find: !kiosk,
            save_printout: mode == Mode::Office,
            new_page_each_person: kiosk,
        }
    }
}

/// An installation as found before it is opened: its data folder and its settings, read (see
/// [`Desk::prepare`]). Nothing else is touched yet, so the desktop shell can set up its window
/// — and make sure it is the only instance — before the database is opened.
#[derive(Debug)]
pub struct Installation {
    opening: Opening,
    data_dir: Option<PathBuf>,
    settings: Reading,
}

/// Words a refusal to start for the person in front of the screen (see [`Installation::say`]),
/// also once the installation has been given up to [`Installation::open`].
pub fn say_at_start(e: &DeskError) -> String {
    match Localizer::app_only() {
        Ok(loc) => loc.say(Locale::ZhCn, &e.message()),
        Err(_) => e.to_string(),
    }
}

impl Installation {
    /// How the window must behave here.
    pub fn window_rules(&self) -> WindowRules {
        WindowRules::of(self.settings.settings.mode)
    }

    /// Words a refusal to start ([`DeskError::NoWebView`], …) for the person in front of the
    /// screen, before anything is opened: in zh-CN, the product's first language (the pack,
    /// which names its own, is read only when the installation opens). Should the program's
    /// own messages not load, the error's short English description stands in.
    pub fn say(&self, e: &DeskError) -> String {
        say_at_start(e)
    }

    /// Opens the installation: the one-instance lock if asked for, the pack in use, the
    /// database. See [`Desk::open`].
    pub fn open(self) -> Result<Desk> {
        let Installation {
            opening,
            data_dir,
            settings: reading,
        } = self;
        let env = opening.env;
        let mut notices: Vec<Notice> = reading
            .problems
            .iter()
            .map(|e| Notice::BadSettings {
                reason: e.message(),
            })
            .collect();
        if reading.locked_down() {
            notices.push(Notice::LockedDown);
        }
        let instance = match (&data_dir, opening.one_instance) {
            (Some(dir), true) => match InstanceLock::take(dir, crate::store::INSTANCE_WAIT) {
                Ok(Some(lock)) => Some(lock),
                Ok(None) => return Err(DeskError::AlreadyRunning),
                // A folder that cannot hold the lock cannot hold a database either: the desk
                // opens without one, and says so.
                Err(_) => None,
            },
            _ => None,
        };
        let settings = reading.settings.clone();
        let policy = choose_policy(&opening, data_dir.as_deref(), &settings, &mut notices)?;
        let (store, database) = open_store(&opening, data_dir.as_deref(), &mut notices);
        let store = store.map(|s| match settings.mode {
            Mode::Kiosk => s.at_kiosk(),
            _ => s,
        });
        let store_problem = notices.iter().find_map(|n| match n {
            Notice::NoDatabase { reason } => Some(reason.clone()),
            _ => None,
        });
        let session = Session::new(policy.pack.manifest.default_locale);
        let desk = Desk {
            data_dir,
            database,
            settings: RwLock::new(Arc::new(settings)),
            restart: AtomicBool::new(false),
            cancelled_screenings: Mutex::new(Vec::new()),
            retention_read: !reading.fell_back("retention_days"),
            notices,
            policy: RwLock::new(Arc::new(policy)),
            live: Mutex::new(Live {
                session,
                store,
                store_problem,
            }),
            sign_in: Mutex::new(sign_in::SignIn::default()),
            clock: opening.clock,
            on: opening.on,
            env,
            assessments: AtomicU64::new(0),
            _instance: instance,
        };
        if desk._instance.is_some() && desk.settings().mode == Mode::Kiosk {
            desk.wipe_kiosk_leftovers();
        }
        desk.apply_retention();
        Ok(desk)
    }
}

/// One installation at work. See the module documentation.
pub struct Desk {
    data_dir: Option<PathBuf>,
    /// The database file, when the database is one.
    database: Option<PathBuf>,
    /// The settings in use. Staff may change them while the desk is open (see [`setup`]);
    /// the mode stays the one the desk opened with until the app starts again.
    settings: RwLock<Arc<Settings>>,
    /// Staff changed the mode: it takes effect when the app starts again.
    restart: AtomicBool,
    /// The tickets of the last screenings staff asked to stop (see [`lists`]); a Cancel that
    /// arrives before its screening has begun still stops it.
    cancelled_screenings: Mutex<Vec<u64>>,
    notices: Vec<Notice>,
    policy: RwLock<Arc<Policy>>,
    live: Mutex<Live>,
    sign_in: Mutex<sign_in::SignIn>,
    clock: Clock,
    on: Option<Date>,
    env: fn(&str) -> Option<String>,
    /// How many times the answers were evaluated: one per step (see [`Desk::assessments`]).
    assessments: AtomicU64,
    /// Whether `retention_days` was read as set (not a fallback): only then is it applied
    /// without being asked.
    retention_read: bool,
    /// The data folder's one-instance lock, if this desk holds it (the desktop app).
    _instance: Option<InstanceLock>,
}

impl std::fmt::Debug for Desk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desk")
            .field("data_dir", &self.data_dir)
            .field("mode", &self.settings().mode)
            .field("pack", &self.policy().pack.manifest.id)
            .finish_non_exhaustive()
    }
}

impl Desk {
    /// Opens an installation. Only a program that cannot work at all is an error (its built-in
    /// pack or messages broken, or a `pack_dir` that is not a valid pack), and another instance
    /// holding the folder when [`Opening::one_instance`] asks for it; everything else —
    /// settings that cannot be used, an installed pack that no longer passes its checks, a
    /// damaged or unusable database — becomes a [`Notice`] and the desk opens all the same, so
    /// the applicant in front of the screen is never turned away.
    ///
    /// Opening also applies the retention period to the database and its copies (every mode,
    /// every caller: personal data is never kept longer because of where it was saved), and a
    /// kiosk holding the one-instance lock wipes what a crash left behind.
    pub fn open(opening: Opening) -> Result<Desk> {
        Desk::prepare(opening).open()
    }

    /// Reads the installation's folder and settings, and nothing more (see [`Installation`]).
    pub fn prepare(opening: Opening) -> Installation {
        let env = opening.env;
        let data_dir = opening.data_dir.clone().or_else(|| settings::data_dir(env));
        let settings = Settings::read(data_dir.as_deref(), env);
        Installation {
            opening,
            data_dir,
            settings,
        }
    }

    /// A desk on the built-in pack with an in-memory database and these settings, reading no
    /// folder and no environment: for tests.
    pub fn in_memory(settings: Settings, clock: Clock) -> Result<Desk> {
        let policy = Policy::new(PolicyPack::embedded()?, PackOrigin::BuiltIn)?;
        let session = Session::new(policy.pack.manifest.default_locale);
        Ok(Desk {
            data_dir: None,
            database: None,
            settings: RwLock::new(Arc::new(settings)),
            restart: AtomicBool::new(false),
            cancelled_screenings: Mutex::new(Vec::new()),
            notices: Vec::new(),
            policy: RwLock::new(Arc::new(policy)),
            live: Mutex::new(Live {
                session,
                store: Some(Store::open_in_memory()?),
                store_problem: None,
            }),
            sign_in: Mutex::new(sign_in::SignIn::default()),
            clock,
            on: None,
            env: |_| None,
            assessments: AtomicU64::new(0),
            retention_read: true,
            _instance: None,
        })
    }

    /// How the window must behave here.
    pub fn window_rules(&self) -> WindowRules {
        WindowRules::of(self.settings().mode)
    }

    /// The settings this installation runs with (the mode always the one it opened with).
    pub fn settings(&self) -> Arc<Settings> {
        Arc::clone(&self.settings.read().unwrap_or_else(|p| p.into_inner()))
    }

    /// The data folder, if there is one.
    pub fn data_dir(&self) -> Option<&Path> {
        self.data_dir.as_deref()
    }

    /// What went wrong when the desk opened (settings, pack, database), still true.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// The pack in use now. Staff may install another while the desk is open; a caller works
    /// on the one it got for the whole of one use case.
    pub fn policy(&self) -> Arc<Policy> {
        Arc::clone(&self.policy.read().unwrap_or_else(|p| p.into_inner()))
    }

    /// The pack's own language, in which a new consultation starts.
    pub fn default_locale(&self) -> Locale {
        self.policy().pack.manifest.default_locale
    }

    /// Reads a language tag, refusing one the product does not speak.
    pub fn locale(&self, tag: &str) -> Result<Locale> {
        Locale::parse(tag).ok_or_else(|| DeskError::UnknownLanguage(tag.to_owned()))
    }

    /// The date verdicts are for: the one the desk was opened for, else today.
    pub fn today(&self) -> Date {
        self.on.unwrap_or_else(|| self.clock.today())
    }

    /// How many times this desk has evaluated a set of answers. Each step — an answer, Back,
    /// a language switch — costs exactly one evaluation, which gives both the verdicts and the
    /// next question; a test holds it to that.
    pub fn assessments(&self) -> u64 {
        self.assessments.load(Ordering::Relaxed)
    }

    /// The one evaluation of a step.
    fn assess(&self, pack: &PolicyPack, answers: &Answers, on: Date) -> Vec<Verdict> {
        self.assessments.fetch_add(1, Ordering::Relaxed);
        engine::evaluate(pack, answers, on)
    }

    /// Refused with [`DeskError::NoStore`] (and why) unless the desk has a database: for the
    /// commands that have nothing to do without one.
    pub fn require_store(&self) -> Result<()> {
        let live = self.live();
        match live.store {
            Some(_) => Ok(()),
            None => Err(DeskError::NoStore(live.store_problem.clone())),
        }
    }

    /// The consultation and the database. A panic while they were held cannot leave them
    /// half-changed (every step either completes or changes nothing), so a poisoned lock is
    /// simply taken over.
    fn live(&self) -> MutexGuard<'_, Live> {
        self.live.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Puts another pack in use; the caller holds the [`Desk::live`] lock and starts a fresh
    /// consultation, so no consultation mixes two packs.
    fn set_policy(&self, policy: Policy) {
        *self.policy.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(policy);
    }

    /// The day's copy of the database (`backups/navigator-YYYY-MM-DD.bak` beside it, those of
    /// the last seven days kept), taken on its own connection in a background thread so that
    /// nobody waits for it. Does nothing without a database file.
    pub fn back_up_in_background(&self) {
        let Some(path) = self.database.clone() else {
            return;
        };
        let today = self.clock.today();
        std::thread::spawn(move || {
            let done = Store::open(&path).and_then(|store| store.rotate_backups(today));
            if let Err(e) = done {
                eprintln!("navigator: no backup today: {e}");
            }
        });
    }

    /// Erases the name, phone and note of consultations past the retention period, in the
    /// database and its copies — if the period was read as set (a fallback might erase too
    /// early). Best effort: a failure is logged, and the next opening or sign-in tries again.
    pub(super) fn apply_retention(&self) {
        if !self.retention_read {
            return;
        }
        let cutoff = self.settings().retention_cutoff(self.clock.today());
        let live = self.live();
        if let Some(store) = live.store.as_ref() {
            if let Err(e) = store.erase_personal_before(cutoff, self.clock.now()) {
                eprintln!("navigator: retention not applied: {e}");
            }
        }
    }

    /// A kiosk's start: every consultation taken at a kiosk that a crash or a power cut left
    /// in the database is wiped (the anonymous monthly figures stay). Best effort, logged.
    fn wipe_kiosk_leftovers(&self) {
        let live = self.live();
        if let Some(store) = live.store.as_ref() {
            if let Err(e) = store.wipe_kiosk_leftovers() {
                eprintln!("navigator: consultations left from before not wiped: {e}");
            }
        }
    }
}

/// The pack to use: the folder the caller named, else the one staff installed in the data
/// folder (checked again against the trusted keys), else the built-in one. An installed pack
/// that no longer passes (damaged, or its key withdrawn) is not used, and a notice says why.
fn choose_policy(
    opening: &Opening,
    data_dir: Option<&Path>,
    settings: &Settings,
    notices: &mut Vec<Notice>,
) -> Result<Policy> {
    if let Some(dir) = &opening.pack_dir {
        return Policy::new(PolicyPack::from_dir(dir)?, PackOrigin::Folder(dir.clone()));
    }
    match data_dir.map(|d| library::active(d, &settings.trust())) {
        Some(Ok(Some(installed))) => Policy::new(installed, PackOrigin::Installed),
        Some(Err(e)) => {
            notices.push(Notice::InstalledPackRefused {
                reason: e.message(),
            });
            Policy::new(PolicyPack::embedded()?, PackOrigin::BuiltIn)
        }
        Some(Ok(None)) | None => Policy::new(PolicyPack::embedded()?, PackOrigin::BuiltIn),
    }
}

/// Opens the database the opening asks for, setting a damaged one aside, and says where its
/// file is. Failing that, the desk works without saving rather than not at all; a notice says
/// so.
fn open_store(
    opening: &Opening,
    data_dir: Option<&Path>,
    notices: &mut Vec<Notice>,
) -> (Option<Store>, Option<PathBuf>) {
    let path = match &opening.database {
        Database::None => return (None, None),
        Database::InMemory => return (Store::open_in_memory().ok(), None),
        Database::At(path) => path.clone(),
        Database::InDataDir => match data_dir {
            Some(dir) => dir.join(DATABASE_NAME),
            None => {
                notices.push(Notice::NoDatabase {
                    reason: DeskError::NoDataDir.message(),
                });
                return (None, None);
            }
        },
    };
    if !opening.create_database && !path.exists() {
        return (None, None);
    }
    match Store::open_or_recover(&path) {
        Ok((store, recovery)) => {
            if let Recovery::Replaced { kept_at, .. } = recovery {
                notices.push(Notice::DatabaseReplaced {
                    kept_at: kept_at.display().to_string(),
                });
            }
            (Some(store), Some(path))
        }
        Err(e) => {
            notices.push(Notice::NoDatabase {
                reason: e.message(),
            });
            (None, None)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// README (Reliability): a panic in the middle of a desk call is a typed refusal and the
    /// next call is served. The shell's test panics in the helper around the call; this one
    /// panics while the consultation's and the pack's locks are held, leaving them poisoned.
    #[test]
    fn a_panic_while_the_desk_is_held_keeps_the_answers_and_serves_the_next_call() {
        let desk = Desk::in_memory(Settings::default(), Clock::system()).expect("the pack loads");
        desk.start(Locale::ZhCn);
        desk.answer("groups", &["veteran".to_owned()])
            .expect("an answer");
        std::thread::scope(|s| {
            let panicked = s
                .spawn(|| {
                    let _live = desk.live.lock();
                    let _policy = desk.policy.write();
                    panic!("a planted bug");
                })
                .join();
            assert!(panicked.is_err());
        });
        assert!(desk.live.is_poisoned() && desk.policy.is_poisoned());
        let step = desk.step(Locale::En);
        assert_eq!(step.answered.len(), 1, "the answer was lost");
        let question = step.question.expect("a next question");
        let option = question.options.first().expect("a choice question");
        let next = desk
            .answer(&question.id, std::slice::from_ref(&option.value))
            .expect("the next call is served");
        assert_eq!(next.answered.len(), 2);
    }
}
