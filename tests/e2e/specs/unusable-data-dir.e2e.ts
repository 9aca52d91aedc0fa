// The data directory cannot be used (here: a file stands where the folder should be, as with a
// read-only or unplugged drive). The app must say so on screen, in every language, and still
// serve the applicant fully, in memory. wdio.conf.ts starts this spec's app with such a
// directory.

import { $, expect } from "@wdio/globals";
import {
  byMeasure,
  chooseLanguage,
  coreCards,
  persona,
  results,
  says,
  screenshot,
  startOver,
  untranslated,
  walk,
} from "../helpers";

describe("an unusable data directory", () => {
  it("is announced on screen in every language, and the questionnaire still reaches its results", async () => {
    const notice = await $('[data-testid="notice"]');
    await notice.waitForDisplayed();
    for (const locale of ["zh-CN", "zh-TW", "en"]) {
      await chooseLanguage(locale);
      const text = await $('[data-testid="notice"]').getText();
      expect(says(text, locale, "warn-no-database")).toBe(true);
      expect(await untranslated()).toEqual([]);
      await screenshot(`notice-unusable-data-dir-${locale}`);
    }
    await startOver("en");
    const { answers } = persona("graduate-self-employed");
    await walk(answers);
    const shown = await results();
    expect(shown.sort(byMeasure)).toEqual(coreCards(answers, "en").sort(byMeasure));
    // Still said on the results screen, so staff see it whenever they look.
    expect(await $('[data-testid="notice"]').isDisplayed()).toBe(true);
  });
});
