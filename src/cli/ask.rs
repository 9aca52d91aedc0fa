//! The interactive questionnaire in a terminal, and the history of saved consultations.
//!
//! The loop holds no state of its own: it drives the desk's consultation exactly as the app
//! does (start or resume, answer, back, results), each answer saved as it is given, and prints
//! the steps the desk returns.

use std::io::BufRead;
use std::path::Path;

use navigator::desk::{Desk, DeskError, ErrorCode};
use navigator::message::Explain;
use navigator::present::{Notice, QuestionView};
use navigator::{Locale, QuestionKind};

use crate::error::CliError;
use crate::{emit, text};

/// Prints one line at once (the person is waiting for it).
macro_rules! say {
    () => { emit("\n") };
    ($($arg:tt)*) => { emit(&format!("{}\n", format!($($arg)*))) };
}

/// What the person typed, once understood.
enum Input {
    /// The values chosen, as the questions offer them.
    Chosen(Vec<String>),
    Back,
    Quit,
}

pub fn run(desk: &Desk, locale: Locale, resume: Option<i64>) -> Result<(), CliError> {
    let loc = &desk.policy().loc;
    let mut step = match resume {
        Some(n) => {
            say!("{}", loc.app(locale, "cli-ask-resume", &[("id", n.into())]));
            desk.resume_consultation(n, locale)?
        }
        None => desk.start(locale),
    };
    let saved = || match desk.not_saved() {
        Some(reason) => loc.say(locale, &Notice::NotSaved { reason }.message()),
        None => {
            let id = desk
                .consultation_on_screen()
                .map(|c| c.0)
                .unwrap_or_default();
            loc.app(locale, "cli-ask-saved", &[("id", id.into())])
        }
    };
    let mut warned = false;
    say!("{}", loc.app(locale, "app-name", &[]));
    say!("{}", loc.app(locale, "cli-ask-intro", &[]));
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    while let Some(question) = step.question.clone() {
        say!();
        say!("[{}] {}", step.progress, question.text);
        say!("   {}", question.help);
        let mut out = String::new();
        text::options(&mut out, &question);
        emit(&out);
        if question.kind == QuestionKind::Multi {
            say!("   {}", loc.app(locale, "cli-ask-multi-hint", &[]));
        }
        emit("> ");
        let Some(line) = lines.next() else {
            // End of input: everything answered so far is already saved.
            say!();
            say!("{}", saved());
            return Ok(());
        };
        let line = line.map_err(|e| CliError::read(Path::new("-"), e))?;
        let next = match understand(&question, &line) {
            None => {
                say!("{}", loc.app(locale, "cli-ask-invalid", &[]));
                continue;
            }
            Some(Input::Quit) => {
                say!("{}", saved());
                return Ok(());
            }
            Some(Input::Back) => desk.back(),
            Some(Input::Chosen(chosen)) => desk.answer(&question.id, &chosen),
        };
        match next {
            Ok(next) => step = next,
            // An answer that does not fit is said, and the same question asked again.
            Err(e @ DeskError::Answer(_)) if e.code() == ErrorCode::BadAnswer => {
                say!("{}", loc.say(locale, &e.message()));
            }
            Err(e) => return Err(e.into()),
        }
        // Said once, when it happens; the questionnaire goes on in memory.
        if desk.not_saved().is_some() && !warned {
            eprintln!("navigator: {}", saved());
            warned = true;
        }
    }
    let step = desk.results();
    say!();
    say!("{}", loc.app(locale, "cli-no-more-questions", &[]));
    let mut out = String::new();
    text::results(&mut out, &step, loc, locale);
    emit(&out);
    say!();
    say!("{}", saved());
    Ok(())
}

/// Reads a typed line: option numbers from 1 (several, separated by spaces or commas, where
/// several may be chosen; 1 and 2 for yes and no), or a number or a date as typed.
fn understand(question: &QuestionView, line: &str) -> Option<Input> {
    let line = line.trim();
    match line.to_lowercase().as_str() {
        "q" | "quit" => return Some(Input::Quit),
        "b" | "back" => return Some(Input::Back),
        _ => {}
    }
    let pick = |token: &str| -> Option<String> {
        let n: usize = token.parse().ok()?;
        question
            .options
            .get(n.checked_sub(1)?)
            .map(|o| o.value.clone())
    };
    let chosen = match question.kind {
        QuestionKind::Single | QuestionKind::Bool => vec![pick(line)?],
        QuestionKind::Multi => line
            .split(|c: char| c.is_whitespace() || c == ',' || c == '，')
            .filter(|t| !t.is_empty())
            .map(pick)
            .collect::<Option<_>>()?,
        QuestionKind::Number | QuestionKind::Date => vec![line.to_owned()],
    };
    Some(Input::Chosen(chosen))
}

/// `history`: the saved consultations, one line each.
pub fn history(desk: &Desk, locale: Locale) -> Result<(), CliError> {
    let loc = &desk.policy().loc;
    let rows = desk.history()?;
    if rows.is_empty() {
        say!("{}", loc.app(locale, "cli-history-empty", &[]));
    }
    for row in rows {
        let state = if row.finished {
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
                    ("id", row.id.into()),
                    ("started", row.started.into()),
                    ("locale", row.locale.into()),
                    ("pack", row.pack.into()),
                    ("answers", row.answers.into()),
                    ("state", loc.app(locale, state, &[]).into()),
                ],
            )
        );
    }
    Ok(())
}
