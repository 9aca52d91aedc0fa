//! The IPC commands. Each one unpacks its arguments, calls the core's [`Desk`] and converts the
//! result; nothing here decides anything. They are `async` so that database work runs off the
//! main (UI) thread. The applicant's commands are here; staff sign-in, the office's screens,
//! pack updates, lists screened and reading aloud are in the submodules.
//!
//! Every call to the desk goes through one of the helpers below, which also catch a panic (a
//! bug): without them the call would never answer and the screen would wait for ever.

use std::panic::{catch_unwind, AssertUnwindSafe};

use navigator::desk::{self, Desk, DeskError, StaffDesk};
use navigator::message::Explain;
use navigator::Locale;
use tauri::{AppHandle, Manager, Runtime, State};

use crate::dto::{BootDto, IpcError, QuestionDto, ResumableDto, ScreenDto, SettingsDto, TextsDto};

mod lists;
mod office;
mod packs;
mod printing;
mod setup;
mod sign_in;
mod speech;

pub use lists::*;
pub use office::*;
pub use packs::*;
pub use printing::*;
pub use setup::*;
pub use sign_in::*;
pub use speech::*;

type Reply<T> = Result<T, IpcError>;

/// A refusal as the UI receives it, worded in `locale`.
fn refusal(desk: &Desk, locale: Locale, e: &DeskError) -> IpcError {
    IpcError {
        code: e.code().into(),
        message: desk.policy().loc.say(locale, &e.message()),
    }
}

/// Runs a use case; a panic in it becomes [`DeskError::Fault`]. The desk takes its locks over
/// after a panic (no step is left half-done), so the next call is served as usual.
fn guarded<T>(f: impl FnOnce() -> desk::Result<T>) -> desk::Result<T> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or(Err(DeskError::Fault))
}

/// Runs an applicant's use case in the language `tag` names (a tag the product does not speak
/// is refused in the pack's own language).
fn in_locale<T>(desk: &Desk, tag: &str, f: impl FnOnce(Locale) -> desk::Result<T>) -> Reply<T> {
    let locale = desk
        .locale(tag)
        .map_err(|e| refusal(desk, desk.default_locale(), &e))?;
    guarded(|| f(locale)).map_err(|e| refusal(desk, locale, &e))
}

/// Runs a staff use case: refused with `not_signed_in` unless staff are signed in.
fn as_staff<T>(
    desk: &Desk,
    tag: &str,
    f: impl FnOnce(StaffDesk<'_>, Locale) -> desk::Result<T>,
) -> Reply<T> {
    in_locale(desk, tag, |locale| f(desk.staff()?, locale))
}

/// Runs a long use case (a list screened) on a thread of its own, so that it holds neither
/// the UI thread nor a worker the other commands (Cancel) need.
async fn off_the_ui<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    f: impl FnOnce(&Desk) -> Reply<T> + Send + 'static,
) -> Reply<T> {
    let handle = app.clone();
    let run = move || f(&handle.state::<Desk>());
    match tauri::async_runtime::spawn_blocking(run).await {
        Ok(reply) => reply,
        Err(_) => {
            let desk = app.state::<Desk>();
            Err(refusal(&desk, desk.default_locale(), &DeskError::Fault))
        }
    }
}

/// Runs a step of the consultation on screen, refused in the language on screen.
pub(crate) fn on_screen<T>(desk: &Desk, f: impl FnOnce() -> desk::Result<T>) -> Reply<T> {
    guarded(f).map_err(|e| refusal(desk, desk.step_locale(), &e))
}

/// The UI's words in one language.
#[tauri::command]
pub async fn texts(desk: State<'_, Desk>, locale: String) -> Reply<TextsDto> {
    in_locale(&desk, &locale, |l| Ok(desk.texts(l).into()))
}

/// Everything the first screen needs, in one call (each IPC round trip delays it): the
/// settings, the words, the current step and any consultation to resume. Without a locale,
/// the pack's own language.
#[tauri::command]
pub async fn boot(desk: State<'_, Desk>, locale: Option<String>) -> Reply<BootDto> {
    let tag = locale.unwrap_or_else(|| desk.default_locale().as_str().to_owned());
    in_locale(&desk, &tag, |l| {
        Ok(BootDto {
            settings: SettingsDto::new(
                &desk.settings(),
                desk.sign_in_lasts(),
                desk.window_rules(),
                desk.setup_state(),
            ),
            texts: desk.texts(l).into(),
            screen: desk.step(l).into(),
            resumable: desk.resumable(l).map(ResumableDto::from),
            default_locale: desk.default_locale().as_str().to_owned(),
        })
    })
}

/// Wipes the consultation in progress — its answers leave memory and the database (the
/// anonymous monthly statistics stay) — and starts afresh: the kiosk's idle reset and Start
/// over. Memory is cleared even when the database cannot be written; the refusal then says so.
/// Once wiped, a kiosk's window replaces the page's process ([`crate::page::renew`]): the reply
/// then reaches no one, and the new page opens on the welcome screen. When the database
/// refuses, the page stays, so that staff read why.
#[tauri::command]
pub async fn wipe<R: Runtime>(app: AppHandle<R>, desk: State<'_, Desk>) -> Reply<ScreenDto> {
    let step = on_screen(&desk, || desk.wipe())?;
    if desk.window_rules().new_page_each_person {
        if let Some(window) = app.get_webview_window("main") {
            crate::page::renew(&window);
        }
    }
    Ok(step.into())
}

/// Personal mode: the unfinished consultation that can be continued, if any.
#[tauri::command]
pub async fn resumable(desk: State<'_, Desk>, locale: String) -> Reply<Option<ResumableDto>> {
    in_locale(&desk, &locale, |l| Ok(desk.resumable(l).map(Into::into)))
}

/// Personal mode: continues the consultation that `resumable` offered.
#[tauri::command]
pub async fn resume(desk: State<'_, Desk>, locale: String) -> Reply<ScreenDto> {
    in_locale(&desk, &locale, |l| Ok(desk.resume(l)?.into()))
}

/// Starts a new consultation (the previous one stays in the database as it was).
#[tauri::command]
pub async fn start(desk: State<'_, Desk>, locale: String) -> Reply<ScreenDto> {
    in_locale(&desk, &locale, |l| Ok(desk.start(l).into()))
}

/// The current step, in `locale` (switching language keeps every answer).
#[tauri::command]
pub async fn screen(desk: State<'_, Desk>, locale: String) -> Reply<ScreenDto> {
    in_locale(&desk, &locale, |l| Ok(desk.step(l).into()))
}

/// Records an answer (new or changed) — the values chosen — and returns the whole next step.
#[tauri::command]
pub async fn answer(
    desk: State<'_, Desk>,
    question: String,
    chosen: Vec<String>,
) -> Reply<ScreenDto> {
    on_screen(&desk, || Ok(desk.answer(&question, &chosen)?.into()))
}

/// Withdraws the last answer.
#[tauri::command]
pub async fn back(desk: State<'_, Desk>) -> Reply<ScreenDto> {
    on_screen(&desk, || Ok(desk.back()?.into()))
}

/// One question with its current answer, for changing it from the review screen.
#[tauri::command]
pub async fn question(desk: State<'_, Desk>, id: String) -> Reply<QuestionDto> {
    on_screen(&desk, || Ok(desk.change(&id)?.into()))
}

/// Records the verdicts as the results screen shows them.
#[tauri::command]
pub async fn finish(desk: State<'_, Desk>) -> Reply<ScreenDto> {
    on_screen(&desk, || Ok(desk.results().into()))
}

/// Called by the UI once its first screen is rendered and interactive. With
/// `NAVIGATOR_EXIT_WHEN_READY=1` it prints `ready_ms=<ms since process start>` and exits (the
/// start-up benchmark); with `NAVIGATOR_REPORT_READY=1` it prints the same line and keeps
/// running (the memory benchmark); with `NAVIGATOR_PRINT_WHEN_READY=1` the page then asks to
/// print, as its Print button would (the end-to-end test of a kiosk's print, which WebDriver
/// cannot show: a page it drives never gets a print dialog). In every case WebKit's memory
/// cache goes off from here on ([`crate::no_memory_cache`]).
#[tauri::command]
pub async fn ready<R: tauri::Runtime>(app: AppHandle<R>) {
    let flag = |name: &str| std::env::var(name).is_ok_and(|v| v == "1");
    if flag("NAVIGATOR_EXIT_WHEN_READY") || flag("NAVIGATOR_REPORT_READY") {
        println!("ready_ms={}", crate::started().elapsed().as_millis());
    }
    crate::no_memory_cache(&app);
    if flag("NAVIGATOR_PRINT_WHEN_READY") {
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.eval("setTimeout(() => window.print(), 100)");
        }
    }
    if flag("NAVIGATOR_EXIT_WHEN_READY") {
        app.exit(0);
    }
}
