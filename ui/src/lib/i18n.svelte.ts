// The UI's words. They come from the core's Fluent messages (via ipc.texts); this module only
// holds the current language's set. A missing id shows as the id itself, which the
// end-to-end tests look for.

import { errorText, ipc, type TextsDto } from "../ipc";

class Texts {
  // Set from the first reply (the pack's own language) before anything is shown.
  locale = $state("");
  messages = $state<Record<string, string>>({});
  locales = $state<TextsDto["locales"]>([]);

  async load(locale: string) {
    this.apply(await ipc.texts(locale));
  }

  /** Takes a set of words already fetched (at start-up they come with the first screen). */
  apply(t: TextsDto) {
    this.locale = t.locale;
    this.messages = t.messages;
    this.locales = t.locales;
    document.documentElement.lang = t.locale;
    document.title = t.messages["app-name"] ?? document.title;
  }
}

export const texts = new Texts();

/** The text of a UI message. */
export function t(id: string): string {
  return texts.messages[id] ?? id;
}

/** What to show for a failed call, in the reader's language (see `errorText`). */
export function problem(e: unknown): string {
  return errorText(e, t("ui-error-unexpected"));
}
