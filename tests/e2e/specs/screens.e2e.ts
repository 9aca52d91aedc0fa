// Every screen in every language: axe-core finds no serious or critical violation, no message
// id leaks onto the screen, touch targets are at least 44 px, and a screenshot is saved for a
// person to look at (tests/e2e/screenshots).

import { $, $$, browser, expect } from "@wdio/globals";
import {
  answer,
  checkScreen,
  chooseLanguage,
  currentQuestion,
  restartFromResults,
  results,
  screenshot,
  seriousViolations,
  startOver,
  untranslated,
  waitForScreen,
  walk,
} from "../helpers";

const veteran = {
  groups: ["veteran", "migrant_worker"],
  rural_business: true,
  has_ip: false,
  contest_level: "municipal_or_lower",
  in_demo_base: false,
  county: "shanyin",
};

for (const locale of ["zh-CN", "zh-TW", "en"]) {
  describe(`every screen in ${locale}`, () => {
    it("welcome", async () => {
      if (await $('[data-testid="restart"]').isExisting()) await restartFromResults();
      await waitForScreen("welcome");
      await chooseLanguage(locale);
      await checkScreen(`${locale}-1-welcome`);
    });

    it("a multiple-choice question, with why we ask it", async () => {
      await startOver(locale);
      expect(await currentQuestion()).toBe("groups");
      await $('[data-value="veteran"]').click();
      await checkScreen(`${locale}-2-question-groups`);
      await answer(["veteran", "migrant_worker"]);
      await $('[data-testid="why"]').click();
      await checkScreen(`${locale}-3-question-yes-no-why`);
    });

    it("the review screen", async () => {
      await walk(veteran);
      await waitForScreen("review");
      await checkScreen(`${locale}-4-review`);
    });

    it("the results, with an original sentence opened", async () => {
      const cards = await results();
      expect(cards.length).toBeGreaterThan(3);
      const sources = await $$("details.source summary");
      await sources[0].click();
      await browser.execute(() => window.scrollTo(0, 0));
      await checkScreen(`${locale}-5-results`);
    });

    it("large text and high contrast", async () => {
      await $('[data-testid="large-text"]').click();
      await $('[data-testid="high-contrast"]').click();
      await checkScreen(`${locale}-6-results-large-contrast`);
      await $('[data-testid="large-text"]').click();
      await $('[data-testid="high-contrast"]').click();
    });
  });
}

describe("the screens' checks", () => {
  it("find a message id shown in place of its words, with or without a hyphen", async () => {
    // A check that finds nothing would pass every screen above: shown one of each kind, it
    // must name them.
    // Side by side with no space between, as buttons in a row are (WebKitWebDriver's getText
    // ran such neighbours together), in a closed list's choice, and in a label a screen reader
    // says.
    await browser.execute(() => {
      const planted = document.createElement("div");
      planted.id = "planted-ids";
      for (const id of ["citation", "ui-results-title", "ui-no-such-message"]) {
        const span = document.createElement("span");
        span.textContent = id;
        planted.append(span);
      }
      const list = document.createElement("select");
      const choice = document.createElement("option");
      choice.textContent = "m-veteran-startup-training.benefit";
      list.append(document.createElement("option"), choice);
      const labelled = document.createElement("button");
      labelled.setAttribute("aria-label", "ui-planted-label");
      labelled.textContent = "x";
      planted.append(list, labelled);
      document.body.prepend(planted);
    });
    try {
      expect((await untranslated()).sort()).toEqual(
        [
          "citation",
          "m-veteran-startup-training.benefit",
          "ui-no-such-message",
          "ui-planted-label",
          "ui-results-title",
        ].sort(),
      );
    } finally {
      await browser.execute(() => document.getElementById("planted-ids")?.remove());
    }
    expect(await untranslated()).toEqual([]);
  });
});
