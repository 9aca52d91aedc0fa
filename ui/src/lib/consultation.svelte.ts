// The applicant's consultation as the screens see it: which screen shows, the step the core
// returned last, the question being changed, and the unfinished consultation a personal PC
// offers to continue. What to ask comes from the core (view.next_question); this module only
// remembers where the person is, and runs each step as one call.

import { tick } from "svelte";
import { ipc, type QuestionDto, type ResumableDto, type ScreenDto } from "../ipc";
import { problem, texts } from "./i18n.svelte";

export type ScreenName = "welcome" | "question" | "review" | "results";

class Consultation {
  screen = $state<ScreenName>("welcome");
  view = $state<ScreenDto | null>(null);
  /** The question being changed from the review screen. */
  editing = $state<QuestionDto | null>(null);
  /** Personal mode: the unfinished consultation the welcome screen offers to continue. */
  resumable = $state<ResumableDto | null>(null);
  /** The last refusal, in the reader's language. */
  error = $state("");
  /** The language a new applicant starts in. */
  defaultLocale = "";
  /** Moves keyboard focus to the new screen's heading (set by the frame). */
  focusHeading: () => void = () => {};

  /** The question on screen: the one being changed, else the next one. */
  question = $derived(this.editing ?? this.view?.next_question ?? null);

  /** Whether anything of the current person is on screen or in memory. */
  get inProgress(): boolean {
    return this.screen !== "welcome" || this.editing !== null || (this.view?.asked ?? 0) > 0;
  }

  /** Shows a screen and moves keyboard focus to its heading, as a screen reader expects. */
  async show(next: ScreenName) {
    this.screen = next;
    await tick();
    // Each screen opens at its top: the heading and the progress line in sight.
    window.scrollTo({ top: 0 });
    this.focusHeading();
  }

  /** Runs a step, showing a refusal instead of losing anything. */
  private async step(action: () => Promise<void>) {
    this.error = "";
    try {
      await action();
    } catch (e) {
      this.error = problem(e);
    }
  }

  private async went(v: ScreenDto) {
    this.view = v;
    this.editing = null;
    this.resumable = null;
    await this.show(v.next_question ? "question" : "review");
  }

  start = () => this.step(async () => this.went(await ipc.start(texts.locale)));

  resume = () => this.step(async () => this.went(await ipc.resume(texts.locale)));

  answer = (id: string, chosen: string[]) => this.step(async () => this.went(await ipc.answer(id, chosen)));

  back = () =>
    this.step(async () => {
      if (this.editing) {
        this.editing = null;
        await this.show("review");
      } else if (!this.view || this.view.asked === 0) {
        await this.show("welcome");
      } else {
        this.view = await ipc.back();
        await this.show("question");
      }
    });

  change = (id: string) =>
    this.step(async () => {
      this.editing = await ipc.question(id);
      await this.show("question");
    });

  results = () =>
    this.step(async () => {
      this.view = await ipc.finish();
      await this.show("results");
    });

  switchLanguage = (locale: string) =>
    this.step(async () => {
      await texts.load(locale);
      this.view = await ipc.screen(locale);
      if (this.editing) this.editing = await ipc.question(this.editing.id);
      if (this.resumable) this.resumable = await ipc.resumable(locale);
    });

  /** Back to the welcome screen with nothing of the last applicant on it. */
  async startAfresh() {
    this.editing = null;
    this.view = await ipc.start(texts.locale);
    await this.show("welcome");
  }

  /** The kiosk's reset: the answers leave memory and the database, and the next person
   * starts on the welcome screen in the default language. Memory is cleared even when the
   * database refuses; staff see why. */
  async wipe() {
    this.editing = null;
    this.error = "";
    try {
      this.view = await ipc.wipe();
    } catch (e) {
      this.view = await ipc.screen(this.defaultLocale);
      this.error = problem(e);
    }
    await texts.load(this.view.locale);
    await this.show("welcome");
  }

  /** After a pack was installed or rolled back: its words and a fresh first screen. */
  async packChanged() {
    await texts.load(texts.locale);
    this.view = await ipc.screen(texts.locale);
    this.editing = null;
    this.screen = "welcome";
  }
}

export const consultation = new Consultation();
