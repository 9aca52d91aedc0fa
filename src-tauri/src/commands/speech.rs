//! Reading aloud: the core words the screen, a card or the countdown; the voice says it.
//! Whether to speak at all (never the answers, the results only when asked) is the UI's call,
//! made by the person; what is said is the core's.

use navigator::desk::Desk;
use navigator::present::Speech;
use tauri::State;

use super::{in_locale, on_screen, Reply};
use crate::dto::speech::SpeechDto;
use crate::voice::Speaker;

/// Hands what the core worded to the voice.
fn say(speaker: &Speaker, speech: Speech) -> SpeechDto {
    let spoken = speaker.0.speak(speech.locale, &speech.text());
    SpeechDto::new(speech, spoken)
}

/// Whether a voice for the language is installed (the switch says so when none is).
#[tauri::command]
pub async fn read_aloud_available(
    desk: State<'_, Desk>,
    speaker: State<'_, Speaker>,
    locale: String,
) -> Reply<bool> {
    in_locale(&desk, &locale, |l| Ok(speaker.0.can_speak(l)))
}

/// Speaks the screen on screen: its question with the options, or its results.
#[tauri::command]
pub async fn speak_screen(
    desk: State<'_, Desk>,
    speaker: State<'_, Speaker>,
    locale: String,
) -> Reply<SpeechDto> {
    in_locale(&desk, &locale, |l| Ok(say(&speaker, desk.speech(l))))
}

/// Speaks one question (the one on screen, or one being changed), without its answer.
#[tauri::command]
pub async fn speak_question(
    desk: State<'_, Desk>,
    speaker: State<'_, Speaker>,
    locale: String,
    question: String,
) -> Reply<SpeechDto> {
    in_locale(&desk, &locale, |l| {
        Ok(say(&speaker, desk.question_speech(l, &question)?))
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
    in_locale(&desk, &locale, |l| {
        Ok(say(&speaker, desk.card_speech(l, &measure)?))
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
    in_locale(&desk, &locale, |l| {
        Ok(say(&speaker, desk.countdown_speech(l, seconds)))
    })
}

/// Stops speaking (a tap, or the person moved on).
#[tauri::command]
pub async fn stop_speaking(desk: State<'_, Desk>, speaker: State<'_, Speaker>) -> Reply<()> {
    on_screen(&desk, || {
        speaker.0.stop();
        Ok(())
    })
}
