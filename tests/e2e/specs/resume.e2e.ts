// Personal mode (the default): a consultation left unfinished is offered on the welcome screen
// after the app restarts, and continues where it stopped.

import { $, browser, expect } from "@wdio/globals";
import { answer, checkScreen, currentQuestion, persona, startOver, waitForScreen, walk, where } from "../helpers";

describe("resuming on a personal PC", () => {
  it("offers nothing the first time", async () => {
    await waitForScreen("welcome");
    expect(await $('[data-testid="resume"]').isExisting()).toBe(false);
  });

  it("continues an unfinished consultation after a restart, in every language", async () => {
    const { answers } = persona("graduate-self-employed");
    await startOver("en");
    const first = await currentQuestion();
    await answer(answers[first]);
    const second = await currentQuestion();
    await answer(answers[second]);
    const third = await currentQuestion();

    // Close the app and open it again (tauri-driver starts a new process on the same data).
    await browser.reloadSession();
    await waitForScreen("welcome");
    const resume = await $('[data-testid="resume"]');
    await resume.waitForDisplayed();
    // The app opens in its default language, 简体中文.
    expect(await $('[data-testid="resume-detail"]').getText()).toMatch(/^已回答 2 题，最后一次在 \d{4}-\d{2}-\d{2}$/);
    for (const locale of ["zh-CN", "zh-TW", "en"]) {
      await $(`[data-testid="lang-${locale}"]`).click();
      await browser.waitUntil(async () => (await $("html").getAttribute("lang")) === locale);
      await checkScreen(`welcome-resume-${locale}`);
    }
    expect(await $('[data-testid="resume-detail"]').getText()).toMatch(/^2 answers so far, last on \d{4}-\d{2}-\d{2}$/);

    await resume.click();
    await waitForScreen("question");
    expect(await where()).toEqual({ screen: "question", question: third });
    // The rest of the way as if nothing had happened.
    await walk(answers);
    await $('[data-testid="results"]').click();
    await waitForScreen("results");
  });

  it("offers nothing once the consultation is finished", async () => {
    await browser.reloadSession();
    await waitForScreen("welcome");
    await $('[data-testid="start"]').waitForEnabled();
    expect(await $('[data-testid="resume"]').isExisting()).toBe(false);
  });
});
