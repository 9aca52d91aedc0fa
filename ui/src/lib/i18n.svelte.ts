// The UI's words. They come from the core's Fluent messages (via ipc.texts); this module only
// holds the current language's set. A missing id shows as the id itself, which the
// end-to-end tests look for.

import { ipc, type TextsDto } from "../ipc";

class Texts {
  locale = $state("zh-CN");
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
