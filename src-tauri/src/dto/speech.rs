//! The IPC shape of reading aloud.

use navigator::present::Speech;
use serde::Serialize;
use ts_rs::TS;

/// What was handed to the voice for a screen, a card or the countdown, and whether a voice
/// spoke it (none is installed for the language, or there is no speech engine).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SpeechDto {
    pub sentences: Vec<String>,
    pub spoken: bool,
    /// About how long saying it takes ([`Speech::seconds`]): a kiosk's idle clock waits.
    pub seconds: u32,
}

impl SpeechDto {
    pub fn new(speech: Speech, spoken: bool) -> SpeechDto {
        SpeechDto {
            seconds: speech.seconds(),
            sentences: speech.sentences,
            spoken,
        }
    }
}
