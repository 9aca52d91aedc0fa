//! Reading aloud: the core words the screen, a card or the countdown; the voice says it.
//! Whether to speak at all (never the answers, the results only when asked) is the UI's call,
//! made by the person; what is said is the core's.

use navigator::desk::Desk;
use navigator::present::Speech;
use tauri::State;

use super::{in_locale, on_screen, Reply};
use crate::dto::speech::SpeechDto;
use crate::voice::{Speaker, Ticket};

/// Hands what the core worded to the voice, unless a later request reached it first.
fn say(speaker: &Speaker, ticket: Ticket, speech: Speech) -> SpeechDto {
    let spoken = speaker.speak(ticket, speech.locale, &speech.text());
    SpeechDto::new(speech, spoken)
}

/// Whether a voice for the language is installed (the switch says so when none is).
#[tauri::command]
pub async fn read_aloud_available(
    desk: State<'_, Desk>,
    speaker: State<'_, Speaker>,
    locale: String,
) -> Reply<bool> {
    in_locale(&desk, &locale, |l| Ok(speaker.can_speak(l)))
}

/// Speaks the screen on screen: its question with the options, or its results.
#[tauri::command]
pub async fn speak_screen(
    desk: State<'_, Desk>,
    speaker: State<'_, Speaker>,
    locale: String,
) -> Reply<SpeechDto> {
    let ticket = speaker.ticket();
    in_locale(&desk, &locale, |l| {
        Ok(say(&speaker, ticket, desk.speech(l)))
    })
}

/// Speaks one question (the one on screen, or one being changed), without its answer.
#[tauri::command]
pub async fn speak_question(
    desk: State<'_, Desk>,
    speaker: State<'_, Speaker>,
    locale: String,
    question: String,
) -> Reply<SpeechDto> {
    let ticket = speaker.ticket();
    in_locale(&desk, &locale, |l| {
        Ok(say(&speaker, ticket, desk.question_speech(l, &question)?))
    })
}

/// Speaks one result card (its speaker button).
#[tauri::command]
pub async fn speak_card(
    desk: State<'_, Desk>,
    speaker: State<'_, Speaker>,
    locale: String,
    measure: String,
) -> Reply<SpeechDto> {
    let ticket = speaker.ticket();
    in_locale(&desk, &locale, |l| {
        Ok(say(&speaker, ticket, desk.card_speech(l, &measure)?))
    })
}

/// Speaks the kiosk's "Still there?" with the seconds left.
#[tauri::command]
pub async fn speak_countdown(
    desk: State<'_, Desk>,
    speaker: State<'_, Speaker>,
    locale: String,
    seconds: u32,
) -> Reply<SpeechDto> {
    let ticket = speaker.ticket();
    in_locale(&desk, &locale, |l| {
        Ok(say(&speaker, ticket, desk.countdown_speech(l, seconds)))
    })
}

/// Stops speaking (a tap, or the person moved on).
#[tauri::command]
pub async fn stop_speaking(desk: State<'_, Desk>, speaker: State<'_, Speaker>) -> Reply<()> {
    let ticket = speaker.ticket();
    on_screen(&desk, || {
        speaker.stop(ticket);
        Ok(())
    })
}
