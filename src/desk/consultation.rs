//! The applicant's use cases: start, answer, go back, change an answer, see the results,
//! continue an unfinished consultation, and — at a kiosk — wipe it.
//!
//! Each returns the whole next step ([`StepView`]) from one evaluation of the answers, so a
//! screen needs one call per step. The consultation lives in the desk's [`Session`]; every
//! answer is saved the moment it is given, and a database that stops taking writes never costs
//! an answer (the session goes on in memory and the step says so).

use time::Date;

use super::{Desk, DeskError, Live, Policy, Result};
use crate::answers::Answers;
use crate::engine::Verdict;
use crate::flow::{self, Plan};
use crate::locale::Locale;
use crate::present::texts::{self, ResumableView, Texts};
use crate::present::{self, Notice, PackView, QuestionView, StepInput, StepView};
use crate::session::Session;
use crate::settings::Mode;
use crate::store::{ConsultationId, DirectoryEntry, Store};
use crate::takeaway;

impl Desk {
    /// The words of the screens in `locale`.
    pub fn texts(&self, locale: Locale) -> Texts {
        texts::texts(&self.policy().loc, locale)
    }

    /// The pack in use, named for the reader.
    pub fn pack_view(&self, locale: Locale) -> PackView {
        let p = self.policy();
        present::step::pack(&p.pack, &p.loc, locale)
    }

    /// Every question of the pack, worded, in the pack's order.
    pub fn questions(&self, locale: Locale) -> Vec<QuestionView> {
        let p = self.policy();
        let none = Answers::new();
        p.pack
            .questions
            .iter()
            .map(|q| present::question(&p.loc, locale, q, &none))
            .collect()
    }

    /// The step on screen, in `locale` (switching language keeps every answer).
    pub fn step(&self, locale: Locale) -> StepView {
        let p = self.policy();
        let mut live = self.live();
        live.session.set_locale(locale);
        self.step_of(&p, &live)
    }

    /// Starts a new consultation in `locale`. The previous one stays in the database as it was
    /// — except at a kiosk, which keeps nobody's answers once they leave: there it is wiped,
    /// as by [`Desk::wipe`], whatever screen the person left from.
    pub fn start(&self, locale: Locale) -> StepView {
        let p = self.policy();
        let mut live = self.live();
        let Live { session, store, .. } = &mut *live;
        if self.settings().mode == Mode::Kiosk {
            // Memory is cleared whatever the database says; the next person must not be
            // told about the last one's erasure, so a failure is only logged.
            if let Err(e) = session.wipe(store.as_ref(), locale) {
                eprintln!("navigator: the previous consultation was not wiped: {e}");
            }
        }
        *session = Session::new(locale);
        self.step_of(&p, &live)
    }

    /// Records an answer (new or changed) as the values the person chose — option values, or
    /// `true`/`false` for yes or no, or the one value typed — saves it, and returns the next
    /// step. An answer that does not fit its question is refused and changes nothing.
    pub fn answer(&self, question: &str, chosen: &[String]) -> Result<StepView> {
        let p = self.policy();
        let q = p
            .pack
            .question(question)
            .ok_or_else(|| DeskError::UnknownQuestion(question.to_owned()))?;
        let raw = q.encode(chosen);
        let mut live = self.live();
        let Live { session, store, .. } = &mut *live;
        session.answer(&p.pack, store.as_ref(), question, &raw)?;
        // Answers a changed answer made pointless leave the review and the record.
        for stale in flow::stale_answers(&p.pack, session.answers(), self.today()) {
            session.withdraw(store.as_ref(), &stale)?;
        }
        Ok(self.step_of(&p, &live))
    }

    /// Withdraws the last answer and returns the step before it.
    pub fn back(&self) -> Result<StepView> {
        let p = self.policy();
        let mut live = self.live();
        let Live { session, store, .. } = &mut *live;
        // The answer before the question on screen, in the questionnaire's order (after a
        // change on the review opened a new question, the last answer given is not that one:
        // Back must not withdraw answers further on, out of sight).
        let position = |id: &str| p.pack.questions.iter().position(|q| q.id == id);
        let on_screen = flow::next_question(&p.pack, session.answers(), self.today())
            .and_then(|q| position(&q.id))
            .unwrap_or(usize::MAX);
        let before = session
            .order()
            .iter()
            .filter_map(|q| position(q).filter(|&i| i < on_screen).map(|i| (i, q)))
            .max()
            .map(|(_, q)| q.clone());
        let given = before.and_then(|q| {
            let answer = present::question::chosen(session.answers().get(&q)?);
            Some((q, answer))
        });
        if let Some((q, _)) = &given {
            session.withdraw(store.as_ref(), q)?;
        }
        let mut step = self.step_of(&p, &live);
        // The question asked again shows the answer it had, chosen: Back loses nothing.
        if let (Some(q), Some((id, chosen))) = (step.question.as_mut(), given) {
            if q.id == id && q.current.is_empty() {
                q.current = chosen;
            }
        }
        Ok(step)
    }

    /// One question with its current answer, to change it from the review screen.
    pub fn change(&self, question: &str) -> Result<QuestionView> {
        let p = self.policy();
        let live = self.live();
        let q = p
            .pack
            .question(question)
            .ok_or_else(|| DeskError::UnknownQuestion(question.to_owned()))?;
        Ok(present::question(
            &p.loc,
            live.session.locale(),
            q,
            live.session.answers(),
        ))
    }

    /// The results: records the verdicts as the results screen shows them, and returns the
    /// step (complete, with the takeaway).
    pub fn results(&self) -> StepView {
        let p = self.policy();
        let mut live = self.live();
        let on = self.today();
        let verdicts = self.assess(&p.pack, live.session.answers(), on);
        let Live { session, store, .. } = &mut *live;
        session.finish_with(store.as_ref(), &verdicts);
        self.step_with(&p, &live, verdicts)
    }

    /// Forgets the consultation on screen — its answers leave memory and the database (the
    /// anonymous monthly figures stay) — and starts afresh in the pack's language: a kiosk's
    /// reset. Memory is cleared even when the database refuses; the error then says the stored
    /// copy remains. Staff signed in at the kiosk are signed out with the person: the window
    /// may end the page before the page's own sign-out reaches the core.
    pub fn wipe(&self) -> Result<StepView> {
        self.sign_out();
        let p = self.policy();
        let mut live = self.live();
        let Live { session, store, .. } = &mut *live;
        let wiped = session.wipe(store.as_ref(), p.pack.manifest.default_locale);
        wiped?;
        Ok(self.step_of(&p, &live))
    }

    /// The unfinished consultation that can be continued, if any. Only on a personal PC: a
    /// kiosk never offers the last person's answers to the next, and an office opens past
    /// consultations from its log instead.
    pub fn resumable(&self, locale: Locale) -> Option<ResumableView> {
        let p = self.policy();
        let live = self.live();
        let store = self.resuming_store(&live)?;
        let id = store
            .latest_unfinished(&p.pack.manifest.id)
            .ok()
            .flatten()?;
        // A database that cannot answer offers nothing; the questionnaire still works.
        let c = store.consultation(id).ok()?;
        let date = c.updated_at.get(..10).unwrap_or_default();
        Some(texts::resumable(&p.loc, locale, c.answers.len(), date))
    }

    /// Continues the consultation [`Desk::resumable`] offered, in `locale`.
    pub fn resume(&self, locale: Locale) -> Result<StepView> {
        let p = self.policy();
        let mut live = self.live();
        let store = self
            .resuming_store(&live)
            .ok_or(DeskError::NothingToResume)?;
        let id = store
            .latest_unfinished(&p.pack.manifest.id)?
            .ok_or(DeskError::NothingToResume)?;
        let mut session = Session::resume(store, &p.pack, id)?;
        session.set_locale(locale);
        live.session = session;
        Ok(self.step_of(&p, &live))
    }

    /// Continues a saved consultation by its number, whatever the mode (the CLI's `ask
    /// --resume`: a person at the computer's own terminal).
    pub fn resume_consultation(&self, id: i64, locale: Locale) -> Result<StepView> {
        let p = self.policy();
        let mut live = self.live();
        let store = live
            .store
            .as_ref()
            .ok_or_else(|| DeskError::NoStore(live.store_problem.clone()))?;
        let mut session = Session::resume(store, &p.pack, ConsultationId(id))?;
        session.set_locale(locale);
        live.session = session;
        Ok(self.step_of(&p, &live))
    }

    /// The language of the consultation on screen.
    pub fn step_locale(&self) -> Locale {
        self.live().session.locale()
    }

    /// Why the answers on screen are no longer being saved, if they are not.
    pub fn not_saved(&self) -> Option<crate::message::Message> {
        self.live().session.not_saved().cloned()
    }

    /// The consultation on screen, if it has been saved.
    pub fn consultation_on_screen(&self) -> Option<ConsultationId> {
        self.live().session.consultation()
    }

    /// What these answers lead to on `on`, without touching the consultation on screen: the
    /// CLI's `screen`. Contact details come from the directory as on the results screen.
    pub fn assess_answers(&self, answers: &Answers, on: Date, locale: Locale) -> StepView {
        let p = self.policy();
        let live = self.live();
        let order: Vec<String> = p
            .pack
            .questions
            .iter()
            .filter(|q| answers.contains(&q.id))
            .map(|q| q.id.clone())
            .collect();
        let sheet = Sheet {
            answers,
            order: &order,
            locale,
            on,
        };
        let verdicts = self.assess(&p.pack, answers, on);
        self.word_step(&p, live.store.as_ref(), &sheet, verdicts, &[])
    }

    /// Saves a whole set of answers and their verdicts on `on` as one finished consultation
    /// (the CLI's `screen --save`).
    pub fn save_answers(
        &self,
        answers: &Answers,
        on: Date,
        locale: Locale,
    ) -> Result<ConsultationId> {
        let p = self.policy();
        let live = self.live();
        let store = live
            .store
            .as_ref()
            .ok_or_else(|| DeskError::NoStore(live.store_problem.clone()))?;
        let now = self.clock.now();
        let id = store.start_consultation(locale, &p.pack, now)?;
        for (question, answer) in answers.iter() {
            store.record_answer(id, question, answer, now)?;
        }
        let verdicts = self.assess(&p.pack, answers, on);
        store.finish_consultation(id, &verdicts, now)?;
        Ok(id)
    }

    /// The database to resume from: only on a personal PC.
    fn resuming_store<'l>(&self, live: &'l Live) -> Option<&'l Store> {
        live.store
            .as_ref()
            .filter(|_| self.settings().mode == Mode::Personal)
    }

    /// The step of the consultation on screen (one evaluation of its answers).
    pub(super) fn step_of(&self, p: &Policy, live: &Live) -> StepView {
        let verdicts = self.assess(&p.pack, live.session.answers(), self.today());
        self.step_with(p, live, verdicts)
    }

    /// The step of the consultation on screen, from its verdicts.
    fn step_with(&self, p: &Policy, live: &Live, verdicts: Vec<Verdict>) -> StepView {
        let session = &live.session;
        let not_saved: Vec<Notice> = session
            .not_saved()
            .map(|reason| Notice::NotSaved {
                reason: reason.clone(),
            })
            .into_iter()
            .collect();
        let sheet = Sheet {
            answers: session.answers(),
            order: session.order(),
            locale: session.locale(),
            on: self.today(),
        };
        self.word_step(p, live.store.as_ref(), &sheet, verdicts, &not_saved)
    }

    /// A step worded from the verdicts of its answers and the plan read off them; the
    /// directory is looked up only for a complete step (only results name departments).
    fn word_step(
        &self,
        p: &Policy,
        store: Option<&Store>,
        sheet: &Sheet<'_>,
        verdicts: Vec<Verdict>,
        more_notices: &[Notice],
    ) -> StepView {
        let plan = Plan::new(&p.pack, &verdicts, sheet.answers);
        let contacts = match (plan.next(), store) {
            (None, Some(store)) => contacts(p, store, sheet.answers),
            _ => Vec::new(),
        };
        let notices: Vec<Notice> = self.notices.iter().chain(more_notices).cloned().collect();
        let input = StepInput {
            pack: &p.pack,
            loc: &p.loc,
            locale: sheet.locale,
            answers: sheet.answers,
            order: sheet.order,
            on: sheet.on,
            contacts: &contacts,
            notices: &notices,
        };
        let mut view = present::step(&input, &verdicts, &plan);
        if view.is_complete() {
            view.takeaway = Some(takeaway::takeaway(
                &p.pack,
                &p.loc,
                sheet.locale,
                &view.verdicts,
                sheet.on,
            ));
        }
        view
    }
}

/// Whose answers a step words, in which language, for which day.
struct Sheet<'a> {
    answers: &'a Answers,
    /// The answered question ids in the order given.
    order: &'a [String],
    locale: Locale,
    on: Date,
}

/// The contact details staff entered for the applicant's county (and those for every county
/// where the county has none). A directory that cannot be read leaves the departments as the
/// pack words them.
fn contacts(p: &Policy, store: &Store, answers: &Answers) -> Vec<DirectoryEntry> {
    let county = p
        .pack
        .manifest
        .region_question
        .as_deref()
        .and_then(|q| answers.get(q))
        .and_then(|a| match a {
            crate::answers::Answer::Choice(c) => Some(c.as_str()),
            _ => None,
        })
        .unwrap_or_default();
    store.directory(county).unwrap_or_default()
}
