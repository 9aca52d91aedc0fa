//! The IPC commands. Each one unpacks its arguments, calls the core and converts the result;
//! nothing here decides anything. They are `async` so that database work runs off the main
//! (UI) thread.

use navigator::answers::format_date;
use navigator::present::Notice;
use navigator::{present, takeaway, Locale, Mode, Session, SessionError};
use tauri::{AppHandle, State};

use crate::dto::{
    BootDto, IpcError, LocaleDto, PackDto, QuestionDto, ResumableDto, ScreenDto, SettingsDto,
    TakeawayDto, TextsDto,
};
use crate::state::{Desk, Inner, Policy};

mod office;
mod packs;
mod staff;

pub use office::*;
pub use packs::*;
pub use staff::*;

type Reply<T> = Result<T, IpcError>;

/// The UI's words in one language.
#[tauri::command]
pub async fn texts(desk: State<'_, Desk>, locale: String) -> Reply<TextsDto> {
    let locale = parse_locale(&desk, &locale)?;
    Ok(texts_in(&desk, locale))
}

/// Everything the first screen needs, in one call (each IPC round trip delays it): the
/// settings, the words, the current step and any consultation to resume.
#[tauri::command]
pub async fn boot(desk: State<'_, Desk>, locale: String) -> Reply<BootDto> {
    let locale = parse_locale(&desk, &locale)?;
    let mut inner = desk.live();
    inner.session.set_locale(locale);
    Ok(BootDto {
        settings: SettingsDto::from(&desk.settings),
        texts: texts_in(&desk, locale),
        screen: screen_of(&desk, &inner),
        resumable: resumable_in(&desk, &inner, locale),
    })
}

fn texts_in(desk: &Desk, locale: Locale) -> TextsDto {
    let p = desk.policy();
    TextsDto {
        locale: locale.as_str().to_owned(),
        messages: p
            .loc
            .app_texts(locale, &["ui-", "status-", "app-", "followup-"]),
        locales: Locale::ALL
            .iter()
            .map(|l| LocaleDto {
                tag: l.as_str().to_owned(),
                name: l.native_name().to_owned(),
            })
            .collect(),
    }
}

/// How this installation behaves: the UI needs the mode and, in a kiosk, the idle timings.
#[tauri::command]
pub async fn settings(desk: State<'_, Desk>) -> Reply<SettingsDto> {
    Ok(SettingsDto::from(&desk.settings))
}

/// Wipes the consultation in progress — its answers leave memory and the database (the
/// anonymous monthly statistics stay) — and starts afresh: the kiosk's idle reset. Memory is
/// cleared even when the database cannot be written; the refusal then says so.
#[tauri::command]
pub async fn wipe(desk: State<'_, Desk>) -> Reply<ScreenDto> {
    let p = desk.policy();
    let mut inner = desk.live();
    let Inner { session, store } = &mut *inner;
    let locale = p.pack.manifest.default_locale;
    let wiped = session.wipe(store.as_ref(), locale);
    wiped.map_err(|e| session_error(&desk, locale, e))?;
    Ok(screen_of(&desk, &inner))
}

/// Personal mode: the unfinished consultation that can be continued, if any. Kiosks never
/// resume (the next person must not see the last one's answers), and offices open past
/// consultations from their log instead.
#[tauri::command]
pub async fn resumable(desk: State<'_, Desk>, locale: String) -> Reply<Option<ResumableDto>> {
    let locale = parse_locale(&desk, &locale)?;
    let inner = desk.live();
    Ok(resumable_in(&desk, &inner, locale))
}

fn resumable_in(desk: &Desk, inner: &Inner, locale: Locale) -> Option<ResumableDto> {
    let p = desk.policy();
    let store = inner
        .store
        .as_ref()
        .filter(|_| desk.settings.mode == Mode::Personal)?;
    let offer = store
        .latest_unfinished(&p.pack.manifest.id)
        .and_then(|id| id.map(|id| store.consultation(id)).transpose());
    // A database that cannot answer offers nothing to resume; the questionnaire still works.
    let Ok(Some(c)) = offer else { return None };
    let count = c.answers.len();
    let date = c.updated_at.get(..10).unwrap_or_default().to_owned();
    Some(ResumableDto {
        answers: u32::try_from(count).unwrap_or(u32::MAX),
        label: p.loc.app(
            locale,
            "resume-detail",
            &[("count", count.into()), ("date", date.into())],
        ),
    })
}

/// Personal mode: continues the consultation that `resumable` offered.
#[tauri::command]
pub async fn resume(desk: State<'_, Desk>, locale: String) -> Reply<ScreenDto> {
    let p = desk.policy();
    let locale = parse_locale(&desk, &locale)?;
    let mut inner = desk.live();
    let refused = |message: &str| IpcError {
        code: "nothing_to_resume".into(),
        message: p.loc.app(locale, message, &[]),
    };
    let Some(store) = inner
        .store
        .as_ref()
        .filter(|_| desk.settings.mode == Mode::Personal)
    else {
        return Err(refused("error-nothing-to-resume"));
    };
    let id = store
        .latest_unfinished(&p.pack.manifest.id)
        .ok()
        .flatten()
        .ok_or_else(|| refused("error-nothing-to-resume"))?;
    let mut session =
        Session::resume(store, &p.pack, id).map_err(|e| session_error(&desk, locale, e))?;
    session.set_locale(locale);
    inner.session = session;
    Ok(screen_of(&desk, &inner))
}

/// Starts a new consultation (the previous one stays in the database as it was).
#[tauri::command]
pub async fn start(desk: State<'_, Desk>, locale: String) -> Reply<ScreenDto> {
    let locale = parse_locale(&desk, &locale)?;
    let mut inner = desk.live();
    inner.session = Session::new(locale);
    Ok(screen_of(&desk, &inner))
}

/// The current step, in `locale` (switching language keeps every answer).
#[tauri::command]
pub async fn screen(desk: State<'_, Desk>, locale: String) -> Reply<ScreenDto> {
    let locale = parse_locale(&desk, &locale)?;
    let mut inner = desk.live();
    inner.session.set_locale(locale);
    Ok(screen_of(&desk, &inner))
}

/// Records an answer (new or changed) and returns the next step.
#[tauri::command]
pub async fn answer(
    desk: State<'_, Desk>,
    question: String,
    value: serde_json::Value,
) -> Reply<ScreenDto> {
    let p = desk.policy();
    let mut inner = desk.live();
    let Inner { session, store } = &mut *inner;
    session
        .answer(&p.pack, store.as_ref(), &question, &value)
        .map_err(|e| session_error(&desk, session.locale(), e))?;
    Ok(screen_of(&desk, &inner))
}

/// Withdraws the last answer.
#[tauri::command]
pub async fn back(desk: State<'_, Desk>) -> Reply<ScreenDto> {
    let mut inner = desk.live();
    let Inner { session, store } = &mut *inner;
    session
        .back(store.as_ref())
        .map_err(|e| session_error(&desk, session.locale(), e))?;
    Ok(screen_of(&desk, &inner))
}

/// One question with its current answer, for changing it from the review screen.
#[tauri::command]
pub async fn question(desk: State<'_, Desk>, id: String) -> Reply<QuestionDto> {
    let p = desk.policy();
    let inner = desk.live();
    let locale = inner.session.locale();
    let q = p.pack.question(&id).ok_or_else(|| IpcError {
        code: "unknown_question".into(),
        message: p.loc.app(
            locale,
            "error-answers-unknown-question",
            &[("question", id.clone().into())],
        ),
    })?;
    let mut dto = QuestionDto::from(present::question(&p.loc, locale, q));
    dto.current = inner.session.answers().get(&id).map(|a| a.to_json());
    Ok(dto)
}

/// Records the verdicts as the results screen shows them.
#[tauri::command]
pub async fn finish(desk: State<'_, Desk>) -> Reply<ScreenDto> {
    let p = desk.policy();
    let mut inner = desk.live();
    let Inner { session, store } = &mut *inner;
    session.finish(&p.pack, store.as_ref(), navigator::clock::today());
    Ok(screen_of(&desk, &inner))
}

/// `HH:MM` in the machine's local time (UTC if the zone is unknown).
fn local_time(at: time::OffsetDateTime) -> String {
    let at = navigator::clock::local(at);
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// Called by the UI once its first screen is rendered and interactive. With
/// `NAVIGATOR_EXIT_WHEN_READY=1` it prints `ready_ms=<ms since process start>` and exits (the
/// start-up benchmark); with `NAVIGATOR_REPORT_READY=1` it prints the same line and keeps
/// running (the memory benchmark). Otherwise it does nothing.
#[tauri::command]
pub async fn ready<R: tauri::Runtime>(app: AppHandle<R>) {
    let exit = std::env::var("NAVIGATOR_EXIT_WHEN_READY").is_ok_and(|v| v == "1");
    let report = std::env::var("NAVIGATOR_REPORT_READY").is_ok_and(|v| v == "1");
    if exit || report {
        println!("ready_ms={}", crate::started().elapsed().as_millis());
    }
    if exit {
        app.exit(0);
    }
}

fn screen_of(desk: &Desk, inner: &Inner) -> ScreenDto {
    let p = desk.policy();
    let locale = inner.session.locale();
    let on = navigator::clock::today();
    let answers = inner.session.answers();
    let view = present::screen(&p.pack, &p.loc, locale, answers, on);
    let takeaway = view.next_question.is_none().then(|| {
        TakeawayDto::from(takeaway::takeaway(
            &p.pack,
            &p.loc,
            locale,
            &view.verdicts,
            on,
        ))
    });
    let answered = present::answered(&p.pack, &p.loc, locale, answers, inner.session.order());
    let pack = pack_dto(&p, locale);
    let failed = inner.session.not_saved().map(|reason| Notice::NotSaved {
        reason: reason.to_owned(),
    });
    let notices = desk
        .notices
        .iter()
        .chain(failed.as_ref())
        .map(|n| present::notice(&p.loc, locale, n))
        .collect();
    let mut dto = ScreenDto::new(
        view,
        answered,
        locale.as_str().to_owned(),
        format_date(on),
        pack,
        notices,
    );
    dto.takeaway = takeaway;
    add_directory(&p, inner, &mut dto);
    dto
}

/// Adds the phone, address and hours staff filled in for the applicant's county (or for every
/// county) to the departments the results name. The pack's own details, where it has any, stay.
fn add_directory(p: &Policy, inner: &Inner, dto: &mut ScreenDto) {
    let Some(store) = inner.store.as_ref() else {
        return;
    };
    // Only the results screen shows departments: no lookup while questions remain.
    if dto.results.is_empty() || dto.next_question.is_some() {
        return;
    }
    let county = p
        .pack
        .manifest
        .region_question
        .as_deref()
        .and_then(|q| inner.session.answers().get(q))
        .map(|a| match a.to_json() {
            serde_json::Value::String(s) => s,
            _ => String::new(),
        })
        .unwrap_or_default();
    // A directory that cannot be read leaves the results as the pack words them.
    let Ok(entries) = store.directory(&county) else {
        return;
    };
    if entries.is_empty() {
        return;
    }
    let filled = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    for d in dto
        .results
        .iter_mut()
        .flat_map(|v| v.departments.iter_mut())
    {
        if let Some(e) = entries.iter().find(|e| e.department == d.id) {
            d.phone = d.phone.take().or_else(|| filled(&e.phone));
            d.address = d.address.take().or_else(|| filled(&e.address));
            d.hours = d.hours.take().or_else(|| filled(&e.hours));
        }
    }
}

/// The pack in use, named for the reader.
fn pack_dto(p: &Policy, locale: Locale) -> PackDto {
    let m = &p.pack.manifest;
    PackDto {
        id: m.id.clone(),
        version: m.version.clone(),
        document: m.document.number.clone(),
        title: p.loc.pack(locale, "pack-title", None, &[]),
    }
}

fn parse_locale(desk: &Desk, tag: &str) -> Reply<Locale> {
    let p = desk.policy();
    Locale::parse(tag).ok_or_else(|| IpcError {
        code: "bad_locale".into(),
        message: p.loc.app(
            p.pack.manifest.default_locale,
            "error-unknown-language",
            &[("lang", tag.to_owned().into())],
        ),
    })
}

fn session_error(desk: &Desk, locale: Locale, e: SessionError) -> IpcError {
    let p = desk.policy();
    match e {
        SessionError::Answer(e) => IpcError {
            code: "bad_answer".into(),
            message: p
                .loc
                .app(locale, "error-answers", &[("detail", e.to_string().into())]),
        },
        SessionError::Store(e) => IpcError {
            code: "storage".into(),
            message: p
                .loc
                .app(locale, "error-store", &[("detail", e.to_string().into())]),
        },
    }
}
