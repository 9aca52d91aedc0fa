// The result to take away: on the results screen, a QR code of the result as plain text (the
// measures the person can act on, their articles and departments; no answers), in every
// language.

import { $, browser, expect } from "@wdio/globals";
import { byMeasure, checkScreen, coreCards, persona, results, startOver, walk } from "../helpers";

describe("taking the result away", () => {
  it("offers the result as a QR code of plain text, in every language", async () => {
    const { answers } = persona("veteran-returning-migrant-worker");
    for (const locale of ["zh-CN", "zh-TW", "en"]) {
      await startOver(locale);
      await walk(answers);
      const shown = await results();
      expect(shown.sort(byMeasure)).toEqual(coreCards(answers, locale).sort(byMeasure));
      const qr = await $('[data-testid="takeaway-qr"]');
      await qr.scrollIntoView();
      expect(await qr.isDisplayed()).toBe(true);
      // The code's text names every measure the person can act on and holds no answer.
      const text = await browser.execute(
        () => document.querySelector('[data-testid="takeaway-text"]')?.textContent ?? "",
      );
      const actionable = await browser.execute(() =>
        Array.from(document.querySelectorAll('[data-status="eligible"] h3, [data-status="needs_review"] h3')).map(
          (h) => h.textContent?.trim() ?? "",
        ),
      );
      expect(actionable.length).toBeGreaterThan(0);
      for (const title of actionable) expect(text).toContain(title);
      // The persona's county (右玉县) is an answer, not a result.
      expect(text).not.toMatch(/右玉|Youyu/);
      await checkScreen(`results-qr-${locale}`);
    }
  });
});
