// Reading aloud, as the screens see it: whether the switch is on, whether this computer has a
// voice for the language, and the few moments something is spoken. What is said comes from
// the core; the shell's voice says it. Two rules for a public hall: the person's answers are
// never spoken (the core leaves them out), and the results are spoken only when the person
// asks (their buttons call `results` and `card`; no screen change does).

import { ipc } from "../ipc";
import { texts } from "./i18n.svelte";
import { idle } from "./idle.svelte";

class ReadAloud {
  /** The switch. */
  on = $state(false);
  /** Whether a voice for the language on screen is installed; false keeps the switch off. */
  available = $state(true);
  /** Something was handed to the voice and not stopped since: a tap stops it. */
  private speaking = false;

  /** Asks the shell whether the language on screen has a voice; without one the switch goes
   * off and says why. Never fails: missing speech only means nothing is spoken. */
  async check() {
    try {
      this.available = await ipc.readAloudAvailable(texts.locale);
    } catch {
      this.available = false;
    }
    if (!this.available) this.on = false;
  }

  /** The installation's default (a kiosk's `read_aloud = true`), for each new person. */
  async reset(wanted: boolean) {
    this.stop();
    this.on = wanted;
    if (wanted) await this.check();
  }

  async toggle() {
    if (this.on) {
      this.on = false;
      this.stop();
      return;
    }
    await this.check();
    this.on = this.available;
  }

  /** Hands a call to the voice. What the person asked to hear keeps the kiosk's idle clock
   * still while it lasts (`listened`); the countdown's own warning does not. */
  private async say(call: () => Promise<{ spoken: boolean; seconds: number }>, listened = true) {
    try {
      const said = await call();
      this.speaking = said.spoken;
      if (said.spoken && listened) idle.listening(said.seconds);
    } catch {
      // A refusal here costs only the sound; the screen is as it was.
      this.speaking = false;
    }
  }

  /** A question screen opened (or its speaker button): spoken without the answer it has. */
  question(id: string, force = false) {
    if (this.on || force) void this.say(() => ipc.speakQuestion(texts.locale, id));
  }

  /** The results, only because the person pressed their speaker button. */
  results() {
    void this.say(() => ipc.speakScreen(texts.locale));
  }

  /** One result card, only because the person pressed its speaker button. */
  card(measure: string) {
    void this.say(() => ipc.speakCard(texts.locale, measure));
  }

  /** The kiosk's "Still there?" countdown began. */
  countdown(seconds: number) {
    if (this.on) void this.say(() => ipc.speakCountdown(texts.locale, seconds), false);
  }

  /** A tap, a key or a new screen: whatever is being said stops. */
  stop() {
    if (!this.speaking) return;
    this.speaking = false;
    idle.silent();
    void ipc.stopSpeaking().catch(() => undefined);
  }
}

export const readAloud = new ReadAloud();
