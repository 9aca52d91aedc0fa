// Time without a touch. A kiosk asks "Still there?" after `idle_seconds` and wipes after the
// countdown; an office signs staff out who left the desk (the shell would refuse their next
// call anyway). Any touch, click, key or scroll counts as someone being there, and so does
// listening: while the app reads aloud what the person asked for, the clock does not run (it
// starts when the speech ends), so a person who listens rather than reads is not asked
// "Still there?" mid-sentence, nor wiped.

import type { SettingsDto } from "../ipc";

export interface IdleRules {
  settings: () => SettingsDto | null;
  /** Whether there is anything of a person to wipe (nothing: the clock does not run). */
  inProgress: () => boolean;
  /** Whether the results (with the take-away QR code) are on screen: a longer idle time. */
  resultsShown: () => boolean;
  staffSignedIn: () => boolean;
  wipe: () => Promise<void>;
  signOut: () => Promise<void>;
  /** Ctrl+Alt+S at a kiosk: the staff PIN dialog. */
  staffShortcut: () => void;
}

class Idle {
  /** Kiosk: seconds left before the wipe, while the "Still there?" countdown shows. */
  left = $state<number | null>(null);
  private lastActivity = Date.now();
  /** When what is being read aloud ends (the core's estimate of its length), or 0. */
  private speechEnds = 0;
  private wiping = false;

  /** Someone is there: the countdown stops. */
  seen() {
    this.lastActivity = Date.now();
    this.left = null;
  }

  /** Something the person asked for is read aloud for `seconds`: they are there, listening,
   * until it ends. */
  listening(seconds: number) {
    this.seen();
    this.speechEnds = Date.now() + seconds * 1000;
  }

  /** The reading stopped (a tap, a new screen): the time without a touch counts again. */
  silent() {
    this.speechEnds = 0;
  }

  /** Starts watching; returns the function that stops it. */
  watch(rules: IdleRules): () => void {
    const events = ["pointerdown", "keydown", "wheel", "touchstart"] as const;
    const seen = (e: Event) => {
      this.seen();
      const k = e as KeyboardEvent;
      const kiosk = rules.settings()?.mode === "kiosk";
      if (e.type === "keydown" && kiosk && k.ctrlKey && k.altKey && k.key.toLowerCase() === "s") rules.staffShortcut();
    };
    for (const e of events) window.addEventListener(e, seen, { capture: true, passive: true });
    const timer = setInterval(() => this.check(rules), 250);
    return () => {
      clearInterval(timer);
      for (const e of events) window.removeEventListener(e, seen, { capture: true });
    };
  }

  private check(rules: IdleRules) {
    const settings = rules.settings();
    if (!settings || this.wiping) return;
    const idle = (Date.now() - Math.max(this.lastActivity, this.speechEnds)) / 1000;
    if (settings.mode === "office" && rules.staffSignedIn() && idle >= settings.staff_idle_seconds) {
      void rules.signOut();
      return;
    }
    if (settings.mode !== "kiosk") return;
    if (!rules.inProgress() && !rules.staffSignedIn()) {
      this.seen();
      return;
    }
    // Someone scanning the QR code holds a phone up to the screen without touching it.
    const quiet = rules.resultsShown() ? settings.results_idle_seconds : settings.idle_seconds;
    const limit = quiet + settings.idle_countdown_seconds;
    if (idle >= limit) void this.wipe(rules);
    else if (idle >= quiet) this.left = Math.ceil(limit - idle);
  }

  private async wipe(rules: IdleRules) {
    this.wiping = true;
    try {
      await rules.wipe();
    } finally {
      this.seen();
      this.silent();
      this.wiping = false;
    }
  }
}

export const idle = new Idle();
