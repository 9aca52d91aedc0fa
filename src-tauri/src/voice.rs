//! The speech engine behind "朗读 / Read aloud": the computer's own voices, offline.
//!
//! What is said comes from the core ([`navigator::present::speech`]); this module only hands
//! it to a voice. [`Voice`] is the small surface the commands use, so a test build can put a
//! [`Recorder`] in its place and observe every call. The real one, [`SystemVoice`], is the
//! `tts` crate: speech-dispatcher on Linux (with espeak-ng's Mandarin `cmn` and English
//! voices), SAPI/WinRT on Windows. Missing speech never stops the app: without an engine, or
//! without a voice for the language, [`Voice::can_speak`] says no and nothing is spoken.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;

use navigator::Locale;

/// A voice the app can speak with.
pub trait Voice: Send + Sync {
    /// Whether a voice for `locale`'s language is installed.
    fn can_speak(&self, locale: Locale) -> bool;
    /// Speaks `text` in `locale`'s language, interrupting whatever was being said. Returns
    /// whether anything is spoken.
    fn speak(&self, locale: Locale, text: &str) -> bool;
    /// Stops speaking.
    fn stop(&self);
}

/// The language tags a voice for `locale` may carry: Mandarin for both Chinese scripts
/// (espeak-ng calls it `cmn`; other engines `zh`), English for English.
fn languages(locale: Locale) -> &'static [&'static str] {
    match locale {
        Locale::ZhCn => &["zh-cn", "cmn", "zh"],
        Locale::ZhTw => &["zh-tw", "cmn", "zh"],
        Locale::En => &["en"],
    }
}

/// Whether a voice's language tag suits `locale`.
#[cfg(test)]
fn suits(locale: Locale, tag: &str) -> bool {
    languages(locale).iter().any(|l| matches(l, tag))
}

/// The computer's speech engine, through the `tts` crate, connected the first time it is
/// needed (so start-up never waits for speech-dispatcher).
pub struct SystemVoice {
    engine: Mutex<Engine>,
}

enum Engine {
    NotYet,
    Absent,
    /// The engine, and the voice found for each language asked about so far (an engine lists
    /// thousands of voices: they are looked through once per language).
    Ready(tts::Tts, BTreeMap<Locale, Option<tts::Voice>>),
}

impl SystemVoice {
    pub fn new() -> SystemVoice {
        SystemVoice {
            engine: Mutex::new(Engine::NotYet),
        }
    }

    /// Runs `f` with the engine, connecting first if need be; `None` without one. Never
    /// fails: without an engine, nothing can be spoken.
    fn with_engine<T>(
        &self,
        f: impl FnOnce(&mut tts::Tts, &mut BTreeMap<Locale, Option<tts::Voice>>) -> Option<T>,
    ) -> Option<T> {
        let mut engine = self.engine.lock().ok()?;
        if let Engine::NotYet = *engine {
            *engine = match tts::Tts::default() {
                Ok(tts) => Engine::Ready(tts, BTreeMap::new()),
                Err(e) => {
                    eprintln!("navigator: no speech engine, reading aloud is off: {e}");
                    Engine::Absent
                }
            };
        }
        match &mut *engine {
            Engine::Ready(tts, voices) => f(tts, voices),
            _ => None,
        }
    }

    /// The best installed voice for `locale`: the first whose language matches, in the order
    /// of [`languages`] (so a zh-CN voice before a bare `cmn`).
    fn voice_for(
        engine: &tts::Tts,
        found: &mut BTreeMap<Locale, Option<tts::Voice>>,
        locale: Locale,
    ) -> Option<tts::Voice> {
        if let Some(voice) = found.get(&locale) {
            return voice.clone();
        }
        let voice = SystemVoice::find_voice(engine, locale);
        found.insert(locale, voice.clone());
        voice
    }

    fn find_voice(engine: &tts::Tts, locale: Locale) -> Option<tts::Voice> {
        let voices = engine.voices().ok()?;
        languages(locale).iter().find_map(|wanted| {
            voices
                .iter()
                .find(|v| matches(wanted, v.language().as_ref()))
                .cloned()
        })
    }
}

impl Default for SystemVoice {
    fn default() -> SystemVoice {
        SystemVoice::new()
    }
}

/// Whether a voice's language tag is `wanted` or a variant of it (`en-GB` of `en`).
fn matches(wanted: &str, tag: &str) -> bool {
    let tag = tag.to_ascii_lowercase();
    tag == wanted || tag.starts_with(&format!("{wanted}-"))
}

impl std::fmt::Debug for SystemVoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SystemVoice")
    }
}

impl Voice for SystemVoice {
    fn can_speak(&self, locale: Locale) -> bool {
        self.with_engine(|e, found| SystemVoice::voice_for(e, found, locale))
            .is_some()
    }

    fn speak(&self, locale: Locale, text: &str) -> bool {
        self.with_engine(|engine, found| {
            let voice = SystemVoice::voice_for(engine, found, locale)?;
            if let Err(e) = engine.set_voice(&voice) {
                eprintln!("navigator: the voice could not be chosen: {e}");
                return None;
            }
            match engine.speak(text, true) {
                Ok(_) => Some(()),
                Err(e) => {
                    eprintln!("navigator: speaking failed: {e}");
                    None
                }
            }
        })
        .is_some()
    }

    fn stop(&self) {
        self.with_engine(|engine, _| engine.stop().ok().map(|_| ()));
    }
}

/// A voice that speaks nothing and writes each call, one line each, to a file
/// (`speak <locale> <text>` or `stop`): what the end-to-end tests read. Only a debug build
/// offers it, and only when `NAVIGATOR_SPEECH_LOG` names the file.
#[derive(Debug)]
pub struct Recorder {
    log: Mutex<PathBuf>,
}

impl Recorder {
    pub fn new(log: PathBuf) -> Recorder {
        Recorder {
            log: Mutex::new(log),
        }
    }

    fn write(&self, line: &str) {
        let Ok(path) = self.log.lock() else {
            return;
        };
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&*path);
        if let Ok(mut file) = file {
            let _ = writeln!(file, "{line}");
        }
    }
}

impl Voice for Recorder {
    fn can_speak(&self, _locale: Locale) -> bool {
        true
    }

    fn speak(&self, locale: Locale, text: &str) -> bool {
        self.write(&format!("speak {locale} {}", text.replace('\n', " ")));
        true
    }

    fn stop(&self) {
        self.write("stop");
    }
}

/// The voice the app speaks with, as the commands find it in the app's state.
pub struct Speaker(pub Box<dyn Voice>);

impl std::fmt::Debug for Speaker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Speaker")
    }
}

impl Speaker {
    /// The recorder in a debug build that asks for it (`NAVIGATOR_SPEECH_LOG`), else the
    /// system's voices.
    pub fn choose() -> Speaker {
        if cfg!(debug_assertions) {
            if let Some(log) = std::env::var_os("NAVIGATOR_SPEECH_LOG") {
                return Speaker(Box::new(Recorder::new(PathBuf::from(log))));
            }
        }
        Speaker(Box::new(SystemVoice::new()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mandarin_voices_serve_both_chinese_scripts_and_english_only_english() {
        assert!(suits(Locale::ZhCn, "cmn"));
        assert!(suits(Locale::ZhTw, "cmn"));
        assert!(suits(Locale::ZhCn, "zh-CN"));
        assert!(!suits(Locale::ZhCn, "en-US"));
        assert!(suits(Locale::En, "en-GB"));
        assert!(!suits(Locale::En, "cmn"));
        assert!(!suits(Locale::En, "eo"));
    }

    #[test]
    fn the_recorder_writes_each_call_on_a_line_of_its_own() {
        let dir = std::env::temp_dir().join(format!("navigator-voice-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a folder");
        let log = dir.join("speech.log");
        let voice = Recorder::new(log.clone());
        assert!(voice.speak(Locale::ZhCn, "下面哪些说的是您？\n第一项"));
        voice.stop();
        let text = std::fs::read_to_string(&log).expect("the log");
        assert_eq!(text, "speak zh-CN 下面哪些说的是您？ 第一项\nstop\n");
        let _ = std::fs::remove_dir_all(dir);
    }
}
