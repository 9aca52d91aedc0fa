// A person without a mouse or touch screen can finish: Tab, Space and Enter only.

import { $, browser, expect } from "@wdio/globals";
import { currentQuestion, currentScreen, waitForScreen, where } from "../helpers";

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(selector: string) {
  for (let i = 0; i < 60; i++) {
    const focused = await browser.execute((s: string) => document.activeElement?.matches(s) ?? false, selector);
    if (focused) return;
    await browser.keys("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

const student: Record<string, string> = {
  groups: "student",
  rural_business: "false",
  has_ip: "false",
  contest_level: "none",
  in_demo_base: "false",
  county: "pinglu",
};

describe("keyboard only", () => {
  it("completes the questionnaire and reaches the results", async () => {
    await waitForScreen("welcome");
    await tabTo('[data-testid="start"]');
    await browser.keys("Enter");
    await waitForScreen("question");
    while ((await currentScreen()) === "question") {
      const id = await currentQuestion();
      await tabTo(`form [data-value="${student[id]}"]`);
      await browser.keys(" ");
      await tabTo('[data-testid="next"]');
      await browser.keys("Enter");
      await browser.waitUntil(async () => {
        const now = await where();
        return now.screen !== "question" || (now.question !== null && now.question !== id);
      });
    }
    await waitForScreen("review");
    await tabTo('[data-testid="results"]');
    await browser.keys("Enter");
    await waitForScreen("results");
    expect(await $('[data-measure-id="student-startup-mentors-and-courses"]').getAttribute("data-status")).toBe("eligible");
  });

  it("shows where the focus is", async () => {
    await tabTo('[data-testid="restart"]');
    const outline = await browser.execute(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe("none");
  });
});
