//! The speech engine behind "朗读 / Read aloud": the computer's own voices, offline.
//!
//! What is said comes from the core ([`navigator::present::speech`]); this module only hands
//! it to a voice. [`Voice`] is the small surface the commands use, so a test build can put a
//! [`Recorder`] in its place and observe every call. The real one, [`SystemVoice`], is the
//! `tts` crate: speech-dispatcher on Linux (with espeak-ng's Mandarin `cmn-latn-pinyin` and English
//! voices), SAPI/WinRT on Windows. Missing speech never stops the app: without an engine, or
//! without a voice for the language, [`Voice::can_speak`] says no and nothing is spoken.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
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
        // espeak-ng's plain Mandarin voice (`cmn`) reads each tone as an English number;
        // its `cmn-latn-pinyin` reads Chinese characters as Mandarin. Where it is there, it
        // serves both Chinese scripts.
        if matches!(locale, Locale::ZhCn | Locale::ZhTw) {
            let pinyin = voices.iter().find(|v| {
                [v.id(), v.name(), v.language().to_string()]
                    .iter()
                    .any(|s| s.to_ascii_lowercase().contains("latn-pinyin"))
            });
            if let Some(v) = pinyin {
                return Some(v.clone());
            }
        }
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

/// A voice that speaks on a thread of its own: every call returns at once, whatever the
/// engine does. A speech-dispatcher that accepts a connection and never answers (seen on a
/// real machine) used to hold the IPC workers — two of them on a two-core kiosk — and with
/// them every other call, the kiosk's idle wipe included.
///
/// Calls are queued in order; when several are waiting, only the last "speak" or "stop"
/// counts (the person has moved on). Whether a language has a voice is asked of the thread
/// and waited for [`CHECK_WAIT`] at most; a language whose answer has not come is "no voice
/// yet", and the answer is kept once it comes.
pub struct Queued {
    jobs: Mutex<std::sync::mpsc::Sender<Job>>,
    known: std::sync::Arc<Mutex<BTreeMap<Locale, Known>>>,
}

/// How long a caller waits to learn whether a language has a voice.
pub const CHECK_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Known {
    Asked,
    Answer(bool),
}

enum Job {
    Say(Locale, String),
    Stop,
    Check(Locale, std::sync::mpsc::Sender<bool>),
}

impl Queued {
    pub fn new(voice: Box<dyn Voice>) -> Queued {
        let (tx, rx) = std::sync::mpsc::channel::<Job>();
        let known = std::sync::Arc::new(Mutex::new(BTreeMap::new()));
        let answers = std::sync::Arc::clone(&known);
        let spawned = std::thread::Builder::new()
            .name("speech".into())
            .spawn(move || {
                while let Ok(first) = rx.recv() {
                    let mut last = None;
                    for job in std::iter::once(first).chain(rx.try_iter()) {
                        match job {
                            Job::Check(locale, reply) => {
                                let can = voice.can_speak(locale);
                                if let Ok(mut known) = answers.lock() {
                                    known.insert(locale, Known::Answer(can));
                                }
                                let _ = reply.send(can);
                            }
                            other => last = Some(other),
                        }
                    }
                    match last {
                        Some(Job::Say(locale, text)) => {
                            voice.speak(locale, &text);
                        }
                        Some(Job::Stop) => voice.stop(),
                        _ => {}
                    }
                }
            });
        if let Err(e) = spawned {
            // Without the thread the sender's calls fail, and nothing is spoken.
            eprintln!("navigator: no thread for speech, reading aloud is off: {e}");
        }
        Queued {
            jobs: Mutex::new(tx),
            known,
        }
    }

    fn send(&self, job: Job) -> bool {
        self.jobs
            .lock()
            .map(|jobs| jobs.send(job).is_ok())
            .unwrap_or(false)
    }
}

impl Voice for Queued {
    fn can_speak(&self, locale: Locale) -> bool {
        let Ok(mut known) = self.known.lock() else {
            return false;
        };
        match known.get(&locale) {
            Some(Known::Answer(can)) => return *can,
            // Asked before and not answered yet: no voice for now, and no second wait.
            Some(Known::Asked) => return false,
            None => {
                known.insert(locale, Known::Asked);
            }
        }
        drop(known);
        let (reply, answer) = std::sync::mpsc::channel();
        if !self.send(Job::Check(locale, reply)) {
            return false;
        }
        answer.recv_timeout(CHECK_WAIT).unwrap_or(false)
    }

    fn speak(&self, locale: Locale, text: &str) -> bool {
        self.send(Job::Say(locale, text.to_owned()))
    }

    fn stop(&self) {
        self.send(Job::Stop);
    }
}

/// When a request to speak or to stop was made: taken as a command starts, before the desk
/// words anything, so a later request has a larger ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ticket(u64);

/// The voice the app speaks with, as the commands find it in the app's state, and the order
/// of the requests made of it.
///
/// Commands run side by side, and a "speak" words its screen before it reaches the voice: a
/// stop tapped meanwhile reached the voice first and the speech began after it, on a screen
/// the person had silenced. Each request now takes a [`Ticket`] when it starts; a request
/// older than one already handed to the voice is dropped. So a stop made after a speak always
/// wins, and a speak made after a stop always speaks.
pub struct Speaker {
    voice: Box<dyn Voice>,
    tickets: AtomicU64,
    /// The ticket of the last request handed to the voice. Held while handing it over, so
    /// the voice gets requests in ticket order.
    newest: Mutex<Option<Ticket>>,
}

impl std::fmt::Debug for Speaker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Speaker")
    }
}

impl Speaker {
    pub fn new(voice: Box<dyn Voice>) -> Speaker {
        Speaker {
            voice,
            tickets: AtomicU64::new(0),
            newest: Mutex::new(None),
        }
    }

    /// The recorder in a debug build that asks for it (`NAVIGATOR_SPEECH_LOG`), else the
    /// system's voices.
    pub fn choose() -> Speaker {
        if cfg!(debug_assertions) {
            if let Some(log) = std::env::var_os("NAVIGATOR_SPEECH_LOG") {
                return Speaker::new(Box::new(Recorder::new(PathBuf::from(log))));
            }
        }
        Speaker::new(Box::new(Queued::new(Box::new(SystemVoice::new()))))
    }

    /// A request starts: its place in the order.
    pub fn ticket(&self) -> Ticket {
        Ticket(self.tickets.fetch_add(1, Ordering::SeqCst))
    }

    /// Whether a voice for `locale`'s language is installed.
    pub fn can_speak(&self, locale: Locale) -> bool {
        self.voice.can_speak(locale)
    }

    /// Speaks `text`, unless a later request has already reached the voice. Returns whether
    /// anything is spoken.
    pub fn speak(&self, ticket: Ticket, locale: Locale, text: &str) -> bool {
        self.in_turn(ticket, || self.voice.speak(locale, text))
            .unwrap_or(false)
    }

    /// Stops speaking, unless a later request has already reached the voice.
    pub fn stop(&self, ticket: Ticket) {
        self.in_turn(ticket, || self.voice.stop());
    }

    /// Runs `f` if `ticket` is newer than every request handed over so far.
    fn in_turn<T>(&self, ticket: Ticket, f: impl FnOnce() -> T) -> Option<T> {
        let mut newest = self.newest.lock().unwrap_or_else(|p| p.into_inner());
        if newest.is_some_and(|n| n > ticket) {
            return None;
        }
        *newest = Some(ticket);
        Some(f())
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

    /// A speech engine that accepts the connection and never answers.
    struct Hangs;

    impl Voice for Hangs {
        fn can_speak(&self, _locale: Locale) -> bool {
            std::thread::sleep(std::time::Duration::from_secs(3600));
            true
        }
        fn speak(&self, _locale: Locale, _text: &str) -> bool {
            std::thread::sleep(std::time::Duration::from_secs(3600));
            true
        }
        fn stop(&self) {
            std::thread::sleep(std::time::Duration::from_secs(3600));
        }
    }

    #[test]
    fn an_engine_that_never_answers_holds_up_no_caller() {
        let voice = Queued::new(Box::new(Hangs));
        let started = std::time::Instant::now();
        voice.speak(Locale::ZhCn, "下面哪些说的是您？");
        voice.stop();
        assert!(
            !voice.can_speak(Locale::ZhCn),
            "no answer: no voice, for now"
        );
        // Asked again: no second wait.
        assert!(!voice.can_speak(Locale::ZhCn));
        voice.speak(Locale::En, "Which of these describe you?");
        assert!(
            started.elapsed() < CHECK_WAIT + std::time::Duration::from_secs(1),
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn queued_calls_reach_the_voice_and_only_the_last_of_a_waiting_run_is_spoken() {
        let dir = std::env::temp_dir().join(format!("navigator-queue-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a folder");
        let log = dir.join("speech.log");
        let voice = Queued::new(Box::new(Recorder::new(log.clone())));
        assert!(voice.can_speak(Locale::ZhCn), "answered by the thread");
        voice.speak(Locale::ZhCn, "第一项");
        let until = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while std::fs::read_to_string(&log).unwrap_or_default().is_empty() {
            assert!(std::time::Instant::now() < until, "never spoken");
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert_eq!(
            std::fs::read_to_string(&log).expect("the log"),
            "speak zh-CN 第一项\n"
        );
        let _ = std::fs::remove_dir_all(dir);
    }

    /// A speech engine that keeps what it was told, in order.
    #[derive(Default, Clone)]
    struct Heard(std::sync::Arc<Mutex<Vec<String>>>);

    impl Heard {
        fn calls(&self) -> Vec<String> {
            self.0.lock().expect("the calls").clone()
        }
    }

    impl Voice for Heard {
        fn can_speak(&self, _locale: Locale) -> bool {
            true
        }
        fn speak(&self, _locale: Locale, text: &str) -> bool {
            self.0
                .lock()
                .expect("the calls")
                .push(format!("speak {text}"));
            true
        }
        fn stop(&self) {
            self.0.lock().expect("the calls").push("stop".to_owned());
        }
    }

    #[test]
    fn a_stop_made_after_a_speak_wins_even_when_the_speak_reaches_the_voice_last() {
        // issue #18 review: a speak still wording its screen reached the voice after the stop
        // tapped meanwhile, and spoke on.
        let heard = Heard::default();
        let speaker = Speaker::new(Box::new(heard.clone()));
        let speak = speaker.ticket();
        let stop = speaker.ticket();
        speaker.stop(stop);
        assert!(!speaker.speak(speak, Locale::ZhCn, "第一项"));
        assert_eq!(heard.calls(), ["stop"]);
        // A stop that comes late to a speak made after it does not silence it either.
        let (stale_stop, speak) = (speaker.ticket(), speaker.ticket());
        assert!(speaker.speak(speak, Locale::ZhCn, "第二项"));
        speaker.stop(stale_stop);
        assert_eq!(heard.calls(), ["stop", "speak 第二项"]);
    }

    #[test]
    fn a_speak_made_after_a_stop_speaks_through_the_queue() {
        let heard = Heard::default();
        let speaker = Speaker::new(Box::new(Queued::new(Box::new(heard.clone()))));
        for round in 0..20 {
            speaker.stop(speaker.ticket());
            assert!(speaker.speak(speaker.ticket(), Locale::ZhCn, &format!("第{round}项")));
        }
        let until = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while heard.calls().last().map(String::as_str) != Some("speak 第19项") {
            assert!(std::time::Instant::now() < until, "{:?}", heard.calls());
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        // Whatever the queue folded together, the last request made is the last one heard.
        speaker.speak(speaker.ticket(), Locale::ZhCn, "最后");
        speaker.stop(speaker.ticket());
        let until = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while heard.calls().last().map(String::as_str) != Some("stop") {
            assert!(std::time::Instant::now() < until, "{:?}", heard.calls());
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }
}
