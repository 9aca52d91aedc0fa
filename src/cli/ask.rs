//! The interactive questionnaire in a terminal, and saving consultations.
//!
//! The loop holds no state of its own besides the answers and the order they were given in:
//! the next question always comes from the core's flow, and Back drops the last answer.

use std::io::BufRead;
use std::path::PathBuf;

use navigator::answers::parse_date;
use navigator::flow;
use navigator::message::Explain;
use navigator::present;
use navigator::store::{self, ConsultationId};
use navigator::{
    Answer, Answers, Locale, Localizer, PolicyPack, QuestionKind, Recovery, Session, SessionError,
    Store,
};
use time::Date;

use crate::error::CliError;
use crate::{emit, text};

/// Prints one line at once (the person is waiting for it).
macro_rules! say {
    () => { emit("\n") };
    ($($arg:tt)*) => { emit(&format!("{}\n", format!($($arg)*))) };
}

pub fn open_store(db: Option<PathBuf>) -> Result<Store, CliError> {
    let path = db.or_else(store::default_path).ok_or(CliError::NoDataDir)?;
    let (store, recovery) = Store::open_or_recover(&path)?;
    if let Recovery::Replaced { kept_at, reason } = recovery {
        // Said in every language: whoever reads it may not share the applicant's.
        let loc = Localizer::app_only().map_err(|e| CliError::Internal(e.to_string()))?;
        for locale in Locale::ALL {
            let args = [
                ("path", kept_at.display().to_string().into()),
                ("reason", reason.clone().into()),
            ];
            eprintln!(
                "navigator: {}",
                loc.app(locale, "warn-database-replaced", &args)
            );
        }
    }
    Ok(store)
}

/// Saves a whole set of answers and their verdicts as one finished consultation.
pub fn save(
    pack: &PolicyPack,
    db: Option<PathBuf>,
    locale: Locale,
    answers: &Answers,
    on: Date,
) -> Result<ConsultationId, CliError> {
    let store = open_store(db)?;
    let now = navigator::clock::now();
    let id = store.start_consultation(locale, pack, now)?;
    for (question, answer) in answers.iter() {
        store.record_answer(id, question, answer, now)?;
    }
    store.finish_consultation(id, &navigator::evaluate(pack, answers, on), now)?;
    Ok(id)
}

/// What the person typed, once understood.
enum Input {
    Answer(Answer),
    Back,
    Quit,
}

pub fn run(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    db: Option<PathBuf>,
    resume: Option<i64>,
    on: Date,
) -> Result<(), CliError> {
    let store = open_store(db)?;
    let mut session = match resume {
        Some(n) => {
            say!("{}", loc.app(locale, "cli-ask-resume", &[("id", n.into())]));
            let mut session = Session::resume(&store, pack, ConsultationId(n))?;
            session.set_locale(locale);
            session
        }
        None => Session::new(locale),
    };
    let saved = |session: &Session| match session.not_saved() {
        Some(reason) => loc.app(
            locale,
            "warn-not-saved",
            &[("reason", reason.to_owned().into())],
        ),
        None => {
            let id = session.consultation().map(|c| c.0).unwrap_or_default();
            loc.app(locale, "cli-ask-saved", &[("id", id.into())])
        }
    };
    let mut warned = false;
    say!("{}", loc.app(locale, "app-name", &[]));
    say!("{}", loc.app(locale, "cli-ask-intro", &[]));
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    while let Some(question) = flow::next_question(pack, session.answers(), on) {
        let view = present::question(loc, locale, question);
        let progress = flow::progress(pack, session.answers(), on);
        say!();
        say!(
            "[{}] {}",
            loc.app(
                locale,
                "progress-remaining",
                &[("count", progress.remaining.into())]
            ),
            view.text
        );
        say!("   {}", view.help);
        let mut out = String::new();
        text::options(&mut out, &view);
        emit(&out);
        match question.kind {
            QuestionKind::Bool => say!("   {}", loc.app(locale, "cli-ask-bool-hint", &[])),
            QuestionKind::Multi => say!("   {}", loc.app(locale, "cli-ask-multi-hint", &[])),
            _ => {}
        }
        emit("> ");
        let Some(line) = lines.next() else {
            // End of input: everything answered so far is already saved.
            say!();
            say!("{}", saved(&session));
            return Ok(());
        };
        let line = line.map_err(|e| CliError::ReadFile("-".into(), e))?;
        match understand(question.kind, &question.options, &line) {
            None => say!("{}", loc.app(locale, "cli-ask-invalid", &[])),
            Some(Input::Quit) => {
                say!("{}", saved(&session));
                return Ok(());
            }
            Some(Input::Back) => {
                session.back(Some(&store))?;
            }
            Some(Input::Answer(answer)) => {
                match session.answer(pack, Some(&store), &question.id, &answer.to_json()) {
                    Err(SessionError::Answer(e)) => say!("{}", loc.say(locale, &e.message())),
                    Err(e) => return Err(e.into()),
                    Ok(()) => {}
                }
                // Said once, when it happens; the questionnaire goes on in memory.
                if session.not_saved().is_some() && !warned {
                    eprintln!("navigator: {}", saved(&session));
                    warned = true;
                }
            }
        }
    }
    session.finish(pack, Some(&store), on);
    let view = present::screen(pack, loc, locale, session.answers(), on);
    say!();
    say!("{}", loc.app(locale, "cli-no-more-questions", &[]));
    let mut out = String::new();
    text::results(&mut out, &view.verdicts, loc, locale);
    emit(&out);
    say!();
    say!("{}", saved(&session));
    Ok(())
}

/// Reads a typed line as an answer: option numbers from 1, yes/no as 1/2, a number, a date.
fn understand(kind: QuestionKind, options: &[String], line: &str) -> Option<Input> {
    let line = line.trim();
    match line.to_lowercase().as_str() {
        "q" | "quit" => return Some(Input::Quit),
        "b" | "back" => return Some(Input::Back),
        _ => {}
    }
    let pick = |token: &str| -> Option<String> {
        let n: usize = token.parse().ok()?;
        options.get(n.checked_sub(1)?).cloned()
    };
    let answer = match kind {
        QuestionKind::Single => Answer::Choice(pick(line)?),
        QuestionKind::Multi => Answer::Choices(
            line.split(|c: char| c.is_whitespace() || c == ',' || c == '，')
                .filter(|t| !t.is_empty())
                .map(pick)
                .collect::<Option<_>>()?,
        ),
        QuestionKind::Bool => match line {
            "1" | "y" | "yes" | "是" => Answer::Bool(true),
            "2" | "n" | "no" | "否" => Answer::Bool(false),
            _ => return None,
        },
        QuestionKind::Number => Answer::Number(line.parse().ok().filter(|n: &f64| n.is_finite())?),
        QuestionKind::Date => Answer::Date(parse_date(line)?),
    };
    Some(Input::Answer(answer))
}

pub fn history(loc: &Localizer, locale: Locale, db: Option<PathBuf>) -> Result<(), CliError> {
    let store = open_store(db)?;
    let ids = store.consultation_ids()?;
    if ids.is_empty() {
        say!("{}", loc.app(locale, "cli-history-empty", &[]));
    }
    for id in ids {
        let c = store.consultation(id)?;
        let state = if c.finished_at.is_some() {
            "cli-history-finished"
        } else {
            "cli-history-open"
        };
        say!(
            "{}",
            loc.app(
                locale,
                "cli-history-row",
                &[
                    ("id", c.id.0.into()),
                    ("started", present::staff::local_stamp(&c.started_at).into()),
                    ("locale", c.locale.clone().into()),
                    ("pack", format!("{} {}", c.pack_id, c.pack_version).into()),
                    ("answers", c.answers.len().into()),
                    ("state", loc.app(locale, state, &[]).into()),
                ],
            )
        );
    }
    Ok(())
}
