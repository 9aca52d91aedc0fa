// The kiosk's "Still there?" dialog as a person sees it, in every language: axe-core, message
// ids, touch targets and a screenshot. wdio.conf.ts starts this spec's app with 5 s of idle
// time and a 300 s countdown, so the dialog stays while it is looked at (kiosk.e2e.ts checks
// the countdown and the wipe with a short one).

import { $, expect } from "@wdio/globals";
import { answer, checkScreen, currentQuestion, startOver, where } from "../helpers";

describe("the kiosk's idle dialog", () => {
  for (const locale of ["zh-CN", "zh-TW", "en"]) {
    it(`asks 'Still there?' in ${locale}, readable and usable`, async () => {
      await startOver(locale);
      await answer(["veteran"]);
      const question = await currentQuestion();
      const dialog = await $('[data-testid="idle"]');
      await dialog.waitForDisplayed({ timeout: 15_000 });
      expect(Number(await $('[data-testid="idle-seconds"]').getText())).toBeGreaterThan(250);
      await checkScreen(`kiosk-idle-${locale}`);
      await $('[data-testid="idle-continue"]').click();
      await dialog.waitForDisplayed({ reverse: true });
      expect(await where()).toEqual({ screen: "question", question });
    });
  }
});
