//! One applicant's consultation in progress: the answers in the order given, each written to
//! the store the moment it is given.
//!
//! Both the CLI's questionnaire and the desktop shell drive a [`Session`], so "answer", "go
//! back", "change an answer" and "finish" mean the same everywhere. The session holds no screen
//! state: what to ask next is always [`crate::flow::next_question`] of its answers.
//!
//! A database that stops taking writes (a full disk, a read-only or vanished data directory)
//! never costs the applicant an answer: the session stops saving, keeps going in memory, and
//! says so through [`Session::not_saved`] so the screen can tell them.

use serde_json::Value;
use time::Date;

use crate::answers::{self, AnswerError, Answers};
use crate::engine::{self, Verdict};
use crate::locale::Locale;
use crate::message::{Explain, Message};
use crate::pack::PolicyPack;
use crate::store::{ConsultationId, Store, StoreError};

/// Why a session step failed. Nothing is lost: on an error the session is as it was.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error(transparent)]
    Answer(#[from] AnswerError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A consultation in progress.
#[derive(Debug, Clone)]
pub struct Session {
    locale: Locale,
    answers: Answers,
    /// Question ids in the order they were (last) answered; Back drops the last.
    order: Vec<String>,
    /// The stored consultation, once the first answer has been saved.
    consultation: Option<ConsultationId>,
    /// Why saving stopped, if it did. From then on the session lives in memory only: saving
    /// some later answers and not the failed one would leave a misleading record.
    not_saved: Option<Message>,
    /// The answers the results were last given for ([`Session::finish_with`]): while they are
    /// the answers, the results stand (and may be printed).
    finished: Option<Answers>,
}

impl Session {
    pub fn new(locale: Locale) -> Session {
        Session {
            locale,
            answers: Answers::new(),
            order: Vec::new(),
            consultation: None,
            not_saved: None,
            finished: None,
        }
    }

    /// Picks up a stored consultation, re-checking its answers against `pack`.
    pub fn resume(
        store: &Store,
        pack: &PolicyPack,
        id: ConsultationId,
    ) -> Result<Session, SessionError> {
        let stored = store.consultation(id)?;
        let answers = store.answers(id, pack)?;
        Ok(Session {
            locale: Locale::parse(&stored.locale).unwrap_or(pack.manifest.default_locale),
            answers,
            order: stored.answers.into_iter().map(|(q, _)| q).collect(),
            consultation: Some(id),
            not_saved: None,
            finished: None,
        })
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Switching language keeps every answer.
    pub fn set_locale(&mut self, locale: Locale) {
        self.locale = locale;
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// The answered question ids, in the order given.
    pub fn order(&self) -> &[String] {
        &self.order
    }

    pub fn consultation(&self) -> Option<ConsultationId> {
        self.consultation
    }

    /// Why the answers are no longer being saved, if they are not (the store's error).
    pub fn not_saved(&self) -> Option<&Message> {
        self.not_saved.as_ref()
    }

    /// The store to write to, unless saving has already failed.
    fn saving<'s>(&self, store: Option<&'s Store>) -> Option<&'s Store> {
        store.filter(|_| self.not_saved.is_none())
    }

    /// Runs a write; a failure switches the session to memory only instead of failing the step.
    fn save(&mut self, write: impl FnOnce() -> Result<(), StoreError>) {
        if let Err(e) = write() {
            self.not_saved = Some(e.message());
        }
    }

    /// Records an answer given as JSON (replacing an earlier answer to the same question) and,
    /// with a store, saves it before returning. Only a bad answer is an error; a failed save
    /// is reported by [`Session::not_saved`].
    pub fn answer(
        &mut self,
        pack: &PolicyPack,
        store: Option<&Store>,
        question: &str,
        raw: &Value,
    ) -> Result<(), SessionError> {
        let answer = answers::decode(pack, question, raw)?;
        // Checked before saving, so that nothing is saved for an answer that is refused.
        let mut answers = self.answers.clone();
        answers.set(pack, question, answer.clone())?;
        if let Some(store) = self.saving(store) {
            let now = crate::clock::now();
            let locale = self.locale;
            let mut consultation = self.consultation;
            self.save(|| {
                let id = match consultation {
                    Some(id) => id,
                    None => store.start_consultation(locale, pack, now)?,
                };
                consultation = Some(id);
                store.record_answer(id, question, &answer, now)
            });
            self.consultation = consultation;
        }
        self.answers = answers;
        // A changed answer keeps its place: the review lists answers in the order asked.
        if !self.order.iter().any(|q| q == question) {
            self.order.push(question.to_owned());
        }
        Ok(())
    }

    /// Withdraws the last answer ("Back"), returning its question.
    pub fn back(&mut self, store: Option<&Store>) -> Result<Option<String>, SessionError> {
        let Some(last) = self.order.last().cloned() else {
            return Ok(None);
        };
        self.withdraw(store, &last)?;
        Ok(Some(last))
    }

    /// Withdraws one answer.
    pub fn withdraw(&mut self, store: Option<&Store>, question: &str) -> Result<(), SessionError> {
        if let (Some(store), Some(id)) = (self.saving(store), self.consultation) {
            self.save(|| store.withdraw_answer(id, question, crate::clock::now()));
        }
        self.answers.remove(question);
        self.order.retain(|q| q != question);
        Ok(())
    }

    /// Forgets the consultation: its answers leave memory and, if it was saved, the database
    /// (the anonymous monthly statistics stay). The session starts afresh in `locale`. Memory
    /// is cleared even when the database refuses; the error then says the stored copy remains.
    pub fn wipe(&mut self, store: Option<&Store>, locale: Locale) -> Result<(), SessionError> {
        let stored = self.consultation.take();
        *self = Session::new(locale);
        match (store, stored) {
            (Some(store), Some(id)) => store.delete_consultation(id).map_err(SessionError::Store),
            _ => Ok(()),
        }
    }

    /// Records the verdicts of the answers as they stand.
    pub fn finish(&mut self, pack: &PolicyPack, store: Option<&Store>, on: Date) {
        let verdicts = engine::evaluate(pack, &self.answers, on);
        self.finish_with(store, &verdicts);
    }

    /// Records `verdicts`, which the caller computed from these answers.
    pub fn finish_with(&mut self, store: Option<&Store>, verdicts: &[Verdict]) {
        if let (Some(store), Some(id)) = (self.saving(store), self.consultation) {
            self.save(|| store.finish_consultation(id, verdicts, crate::clock::now()));
        }
        self.finished = Some(self.answers.clone());
    }

    /// Whether the results were given for the answers as they stand (none changed since).
    pub fn has_results(&self) -> bool {
        self.finished.as_ref() == Some(&self.answers)
    }
}
