// The result to take away: on the results screen, a QR code of the result as plain text (the
// measures the person can act on, their articles and the office to go to first; no answers),
// in every language.

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
      // The code's text names the measures the person can act on and holds no answer.
      const text = await browser.execute(
        () => document.querySelector('[data-testid="takeaway-text"]')?.textContent ?? "",
      );
      const actionable = await browser.execute(() =>
        Array.from(document.querySelectorAll('[data-status="eligible"] h3, [data-status="needs_review"] h3')).map(
          (h) => h.textContent?.trim() ?? "",
        ),
      );
      expect(actionable.length).toBeGreaterThan(0);
      // What does not fit in a code is the end of the list, and the code says how many.
      const missing = actionable.filter((title) => !text.includes(title));
      expect(actionable.slice(actionable.length - missing.length)).toEqual(missing);
      if (missing.length > 0) {
        const lines = text.trim().split("\n");
        expect(lines[lines.length - 2]).toContain(String(missing.length));
      }
      // The persona's county (右玉县) is an answer, not a result.
      expect(text).not.toMatch(/右玉|Youyu/);
      await checkScreen(`results-qr-${locale}`);
    }
  });
});
