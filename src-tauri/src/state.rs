//! What the shell keeps between calls: the pack, the localizer, the consultation in progress
//! and the database. Everything here is owned by the core; the shell only holds it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::Instant;

use navigator::pack::library;
use navigator::pin::LockState;
use navigator::present::Notice;
use navigator::settings::{self, env_var, DATABASE_NAME};
use navigator::{Localizer, PolicyPack, Recovery, Session, Settings, Store};

/// The app's state, managed by Tauri.
pub struct Desk {
    /// The pack in use with its localizer. Staff may install another while the app runs
    /// ([`Desk::set_policy`]); each call works on the one it read at its start.
    policy: RwLock<Arc<Policy>>,
    /// Where the settings, the database and installed packs live (`None`: nowhere usable).
    pub data_dir: Option<PathBuf>,
    /// How this installation behaves (kiosk, office, personal).
    pub settings: Settings,
    /// What went wrong with the database at start-up, shown on every screen.
    pub notices: Vec<Notice>,
    /// Staff access: the PIN's lock state (persisted in the store) and until when staff are
    /// signed in.
    pub staff: Mutex<Staff>,
    inner: Mutex<Inner>,
}

/// A policy pack with the localizer for its texts.
#[derive(Debug)]
pub struct Policy {
    pub pack: PolicyPack,
    pub loc: Localizer,
    /// Whether the pack was installed by staff (or is the one built into the app).
    pub installed: bool,
}

impl Policy {
    pub fn new(pack: PolicyPack, installed: bool) -> Result<Policy, StartError> {
        let loc = Localizer::new(&pack)?;
        Ok(Policy {
            pack,
            loc,
            installed,
        })
    }
}

/// Staff access between calls.
#[derive(Debug, Default)]
pub struct Staff {
    pub lock: LockState,
    pub signed_in_until: Option<Instant>,
}

impl Staff {
    /// How long a sign-in lasts without a staff action. A kiosk: long enough to choose what to
    /// do, short enough that a staff menu left open locks itself again. An office: a working
    /// stretch beside applicants; each staff action extends it.
    pub fn lasts(mode: navigator::Mode) -> std::time::Duration {
        match mode {
            navigator::Mode::Office => std::time::Duration::from_secs(30 * 60),
            navigator::Mode::Kiosk | navigator::Mode::Personal => {
                std::time::Duration::from_secs(120)
            }
        }
    }
}

/// What changes while the app runs.
#[derive(Debug)]
pub struct Inner {
    pub session: Session,
    /// `None` when the database could not be opened: the app still answers, it only cannot
    /// save (and says so on screen).
    pub store: Option<Store>,
}

/// Why the app cannot start at all.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("the embedded policy pack is invalid: {0}")]
    Pack(#[from] navigator::PackError),
    #[error("the messages cannot be read: {0}")]
    Messages(#[from] navigator::i18n::I18nError),
}

impl std::fmt::Debug for Desk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desk")
            .field("pack", &self.policy().pack.manifest.id)
            .finish_non_exhaustive()
    }
}

impl Desk {
    /// Reads the settings, loads the pack (the one installed in the data directory, or the
    /// embedded one) and opens the database. The data directory is `NAVIGATOR_DATA_DIR`, or the
    /// per-user data directory.
    pub fn load() -> Result<Desk, StartError> {
        let mut notices = Vec::new();
        let data_dir = settings::data_dir(env_var);
        let settings = load_settings(data_dir.as_deref(), &mut notices);
        let (pack, installed) = match data_dir
            .as_deref()
            .map(|d| library::active(d, &settings.trust()))
        {
            Some(Ok(Some(installed))) => (installed, true),
            Some(Err(e)) => {
                // An installed pack that no longer passes (damaged, or its key withdrawn): the
                // embedded pack serves, and staff are told.
                eprintln!("navigator-desktop: installed pack not used: {e}");
                notices.push(Notice::InstalledPackRefused {
                    message_id: e.message_id(),
                    args: e.message_args(),
                });
                (PolicyPack::embedded()?, false)
            }
            Some(Ok(None)) | None => (PolicyPack::embedded()?, false),
        };
        let policy = Policy::new(pack, installed)?;
        let store = match &data_dir {
            Some(dir) => open_store(&dir.join(DATABASE_NAME), &mut notices),
            None => {
                notices.push(Notice::NoDatabase {
                    reason: "no data directory".into(),
                });
                None
            }
        };
        let session = Session::new(policy.pack.manifest.default_locale);
        // A lock that cannot be read counts as none: the PIN still has to be right.
        let lock = store
            .as_ref()
            .and_then(|s| s.pin_lock().ok())
            .unwrap_or_default();
        Ok(Desk {
            policy: RwLock::new(Arc::new(policy)),
            data_dir,
            settings,
            notices,
            staff: Mutex::new(Staff {
                lock,
                signed_in_until: None,
            }),
            inner: Mutex::new(Inner { session, store }),
        })
    }

    /// The embedded pack with an in-memory database, for the shell's own tests.
    #[cfg(test)]
    pub fn in_memory() -> Result<Desk, Box<dyn std::error::Error>> {
        let policy = Policy::new(PolicyPack::embedded()?, false)?;
        let session = Session::new(policy.pack.manifest.default_locale);
        Ok(Desk {
            policy: RwLock::new(Arc::new(policy)),
            data_dir: None,
            settings: Settings::default(),
            notices: Vec::new(),
            staff: Mutex::new(Staff::default()),
            inner: Mutex::new(Inner {
                session,
                store: Some(Store::open_in_memory()?),
            }),
        })
    }

    /// The pack in use now.
    pub fn policy(&self) -> Arc<Policy> {
        Arc::clone(&self.policy.read().unwrap_or_else(|p| p.into_inner()))
    }

    /// Puts another pack in use (staff installed or rolled back one). The caller holds the
    /// [`Desk::live`] lock and starts a fresh session, so no consultation mixes two packs.
    pub fn set_policy(&self, policy: Policy) {
        *self.policy.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(policy);
    }

    /// The mutable state. A panic while it was held cannot leave it half-changed (every core
    /// step either completes or changes nothing), so a poisoned lock is simply taken over.
    pub fn live(&self) -> MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Opens the database, setting a damaged one aside, and takes the day's backup. Failing that,
/// the app runs without saving rather than not at all. Either way staff are told on screen.
fn open_store(path: &Path, notices: &mut Vec<Notice>) -> Option<Store> {
    match Store::open_or_recover(path) {
        Ok((store, recovery)) => {
            if let Recovery::Replaced { kept_at, reason } = recovery {
                eprintln!(
                    "navigator-desktop: damaged database kept at {} ({reason})",
                    kept_at.display()
                );
                notices.push(Notice::DatabaseReplaced {
                    kept_at: kept_at.display().to_string(),
                    reason,
                });
            }
            back_up_in_background(path);
            Some(store)
        }
        Err(e) => {
            eprintln!(
                "navigator-desktop: answers will not be saved: {} ({e})",
                path.display()
            );
            notices.push(Notice::NoDatabase {
                reason: e.to_string(),
            });
            None
        }
    }
}

/// The day's copy beside the database, so staff can restore what damage took. It runs on its
/// own connection in the background: the first screen does not wait for it.
fn back_up_in_background(path: &Path) {
    let Some(dir) = path.parent().map(|d| d.join("backups")) else {
        return;
    };
    let path = path.to_path_buf();
    let today = navigator::clock::today();
    std::thread::spawn(move || {
        let done = Store::open(&path).and_then(|store| store.rotate_backups(&dir, today, 7));
        if let Err(e) = done {
            eprintln!("navigator-desktop: no backup today: {e}");
        }
    });
}

/// The settings from the data directory and the environment. Settings that cannot be used are
/// not a reason to stop: the app runs with the defaults (and still honours a valid
/// environment), and staff are told on screen.
fn load_settings(data_dir: Option<&Path>, notices: &mut Vec<Notice>) -> Settings {
    let loaded = match data_dir {
        Some(dir) => Settings::load(dir, env_var),
        None => {
            let mut s = Settings::default();
            s.apply_env(env_var).map(|()| s)
        }
    };
    loaded.unwrap_or_else(|e| {
        eprintln!("navigator-desktop: settings not used: {e}");
        notices.push(Notice::BadSettings {
            reason: e.to_string(),
        });
        let mut s = Settings::default();
        if s.apply_env(env_var).is_err() {
            s = Settings::default();
        }
        s
    })
}
