//! `navigator` — the GUI-free core of 创业扶持导航 (Startup Support Navigator).
//!
//! It knows the policy pack (measures as data, each with its legal source), evaluates an
//! applicant's answers against it, decides which question to ask next, localizes every word it
//! returns, and keeps consultations in SQLite. It knows nothing of windows, webviews or wire
//! formats: the CLI (`src/cli`) and the desktop shell are two callers of this library.
//!
//! Reading order for a newcomer: [`pack`] (what a policy pack is) → [`condition`] (how a
//! measure states who it is for) → [`engine`] (verdicts) → [`flow`] (the adaptive
//! questionnaire) → [`present`] (localized views) → [`store`] (persistence) → [`report`] (exports for staff).

pub mod answers;
pub mod batch;
pub mod clock;
pub mod condition;
pub mod desk;
pub mod engine;
pub mod files;
pub mod flow;
pub mod i18n;
pub mod locale;
pub mod message;
pub mod pack;
pub mod pin;
pub mod present;
pub mod question;
pub mod report;
pub mod session;
pub mod settings;
pub mod store;
pub mod takeaway;

pub use answers::{Answer, AnswerError, Answers};
pub use condition::{Condition, Test, TestOp, Truth};
pub use engine::{evaluate, NearMiss, Reason, Status, Verdict};
pub use flow::{next_question, open_questions, Progress};
pub use i18n::Localizer;
pub use locale::Locale;
pub use pack::{ArchiveError, Department, Measure, PackError, PolicyPack, Problem};
pub use question::{Question, QuestionKind};
pub use session::{Session, SessionError};
pub use settings::{Mode, Settings, SettingsError};
pub use store::{
    AuditAction, AuditEntry, DirectoryEntry, FollowUp, LogQuery, LogRow, Record, RecordInput,
    Recovery, Store, StoreError,
};
