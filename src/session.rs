//! One applicant's consultation in progress: the answers in the order given, each written to
//! the store the moment it is given.
//!
//! Both the CLI's questionnaire and the desktop shell drive a [`Session`], so "answer", "go
//! back", "change an answer" and "finish" mean the same everywhere. The session holds no screen
//! state: what to ask next is always [`crate::flow::next_question`] of its answers.

use serde_json::Value;
use time::{Date, OffsetDateTime};

use crate::answers::{self, AnswerError, Answers};
use crate::engine;
use crate::i18n::Locale;
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
}

impl Session {
    pub fn new(locale: Locale) -> Session {
        Session {
            locale,
            answers: Answers::new(),
            order: Vec::new(),
            consultation: None,
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

    /// Records an answer given as JSON (replacing an earlier answer to the same question) and,
    /// with a store, saves it before returning.
    pub fn answer(
        &mut self,
        pack: &PolicyPack,
        store: Option<&Store>,
        question: &str,
        raw: &Value,
    ) -> Result<(), SessionError> {
        let answer = answers::decode(pack, question, raw)?;
        if let Some(store) = store {
            let now = OffsetDateTime::now_utc();
            let id = match self.consultation {
                Some(id) => id,
                None => store.start_consultation(self.locale, pack, now)?,
            };
            self.consultation = Some(id);
            store.record_answer(id, question, &answer, now)?;
        }
        self.answers.set(pack, question, answer)?;
        self.order.retain(|q| q != question);
        self.order.push(question.to_owned());
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
        if let (Some(store), Some(id)) = (store, self.consultation) {
            store.withdraw_answer(id, question, OffsetDateTime::now_utc())?;
        }
        self.answers.remove(question);
        self.order.retain(|q| q != question);
        Ok(())
    }

    /// Records the verdicts of the answers as they stand.
    pub fn finish(
        &self,
        pack: &PolicyPack,
        store: Option<&Store>,
        on: Date,
    ) -> Result<(), SessionError> {
        if let (Some(store), Some(id)) = (store, self.consultation) {
            store.finish_consultation(
                id,
                &engine::evaluate(pack, &self.answers, on),
                OffsetDateTime::now_utc(),
            )?;
        }
        Ok(())
    }
}
