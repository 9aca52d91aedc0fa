// What a first-time user met in the usability walk-through (issue #14), each finding
// reproduced: options hidden under the Back/Next bar, a question opened scrolled, a progress
// line counting every question of the pack, Back that looked as if it lost the answer, a review
// that kept an answer the flow no longer asks, a yes/no that looked like two checkboxes, a
// multiple choice that went on with nothing ticked, results in the document's order with no
// summary, and Start over that wiped results without asking.

import { $, $$, browser, expect } from "@wdio/globals";
import { answer, checkScreen, currentQuestion, restartFromResults, startOver, waitForScreen, walk } from "../helpers";

/** Every option of the question on screen not wholly in sight — cut off by the window's edge
 * or covered by the Back/Next bar — as it stands, or (`scroll`) after the page scrolls it into
 * the middle as a person's swipe would. */
async function coveredOptions(scroll: boolean): Promise<string[]> {
  return browser.execute((scroll: boolean) => {
    const covered: string[] = [];
    for (const o of Array.from(document.querySelectorAll<HTMLElement>("form .option"))) {
      if (scroll) o.scrollIntoView({ block: "center" });
      // Its top and bottom edges, a few pixels in, must both be the option itself: wholly in
      // sight, nothing over it.
      const r = o.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const visible = [r.top + 3, r.bottom - 3].every((y) => {
        const hit = y >= 0 && y <= window.innerHeight ? document.elementFromPoint(x, y) : null;
        return hit !== null && o.contains(hit);
      });
      if (!visible) covered.push(o.dataset.value ?? "?");
    }
    return covered;
  }, scroll);
}

/** Whether the element's top edge is on screen (it is not scrolled away). */
async function topInView(selector: string): Promise<boolean> {
  return browser.execute((selector: string) => {
    const r = document.querySelector(selector)?.getBoundingClientRect();
    return r !== undefined && r.top >= 0 && r.top < window.innerHeight;
  }, selector);
}

async function setLargeText(on: boolean) {
  const pressed = (await $('[data-testid="large-text"]').getAttribute("aria-pressed")) === "true";
  if (pressed !== on) await $('[data-testid="large-text"]').click();
}

const veteranWithPrize = {
  groups: ["veteran"],
  rural_business: false,
  has_ip: false,
  contest_level: "provincial",
  provincial_prize: true,
  in_demo_base: false,
  county: "yingxian",
};

describe("a first-time user", () => {
  afterEach(async () => {
    await setLargeText(false);
    await browser.setWindowSize(1280, 1024);
  });

  it("sees all eleven groups above the Back/Next bar at 1280×900, without scrolling", async () => {
    await browser.setWindowSize(1280, 900);
    await startOver("zh-CN");
    expect(await currentQuestion()).toBe("groups");
    expect(await coveredOptions(false)).toEqual([]);
    await checkScreen("first-time-groups-1280x900");
  });

  it("can bring every option out from under the bar at 1024×768 with large text", async () => {
    await browser.setWindowSize(1024, 768);
    await startOver("zh-CN");
    await setLargeText(true);
    expect(await coveredOptions(true)).toEqual([]);
    await checkScreen("first-time-groups-1024x768-large");
  });

  it("is told how many questions people like them are asked, not every question", async () => {
    await startOver("zh-CN");
    const progress = await $(".progress").getText();
    expect(progress).toMatch(/^一般要回答 \d+ 到 \d+ 个问题，视您的身份而定/);
    const most = Number(progress.match(/到 (\d+) 个/)?.[1]);
    expect(most).toBeLessThan(21);
  });

  it("opens each new question at the top", async () => {
    await startOver("zh-CN");
    await browser.execute(() => window.scrollTo(0, document.body.scrollHeight));
    await answer(["veteran"]);
    expect(await browser.execute(() => window.scrollY)).toBe(0);
    expect(await topInView(".progress")).toBe(true);
  });

  it("finds the answer chosen after Back", async () => {
    await startOver("zh-CN");
    await answer(["graduate"]);
    const asked = await currentQuestion();
    const first = await $("form .option").getAttribute("data-value");
    await answer([first]);
    await $('[data-testid="back"]').click();
    await browser.waitUntil(async () => (await currentQuestion()) === asked);
    expect(await $(`form [data-value="${first}"]`).getAttribute("aria-pressed")).toBe("true");
    expect(await $('[data-testid="next"]').isEnabled()).toBe(true);
  });

  it("sees yes and no side by side, as a choice of two", async () => {
    await startOver("zh-CN");
    await answer(["veteran"]);
    expect(await currentQuestion()).toBe("rural_business");
    const [yes, no] = await $$("form .option");
    expect((await yes.getLocation()).y).toBe((await no.getLocation()).y);
    const round = await browser.execute(() => getComputedStyle(document.querySelector("form .option .mark") as Element).borderRadius);
    expect(round).toBe("50%");
  });

  it("cannot go on from the enterprise type with nothing ticked", async () => {
    await startOver("zh-CN");
    await answer(["enterprise"]);
    expect(await currentQuestion()).toBe("enterprise_kind");
    expect(await $('[data-testid="next"]').isEnabled()).toBe(false);
  });

  it("after changing an answer on the review, sees no answer the questionnaire would not ask, in the order asked", async () => {
    await startOver("zh-CN");
    await walk(veteranWithPrize);
    const rows = () =>
      browser.execute(() => Array.from(document.querySelectorAll("[data-answer-id]")).map((r) => r.getAttribute("data-answer-id") ?? ""));
    const before = await rows();
    expect(before).toContain("provincial_prize");
    await $('[data-testid="change-contest_level"]').click();
    await answer(["none"]);
    await waitForScreen("review");
    expect(await rows()).toEqual(before.filter((q) => q !== "provincial_prize"));
  });

  it("reads the few things to do first on the first screen of results, with the office to go to", async () => {
    await browser.setWindowSize(1280, 900);
    await $('[data-testid="results"]').click();
    await waitForScreen("results");
    const summary = await $('[data-testid="summary"]');
    expect(await topInView('[data-testid="summary"]')).toBe(true);
    const items = await summary.$$("[data-summary-measure]");
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(await item.$("[data-summary-department]").isExisting()).toBe(true);
    // Written for veterans before what is for everybody.
    expect(await items[0].getAttribute("data-summary-measure")).toMatch(/^veteran-/);
    // What does not apply is folded away.
    const folded = await $('[data-testid="folded-ineligible"]');
    expect(await folded.isExisting()).toBe(true);
    expect(await folded.getAttribute("open")).toBeNull();
    await checkScreen("first-time-results-top-1280x900");
  });

  it("is asked before Start over clears the results", async () => {
    await $('[data-testid="restart"]').click();
    await $('[data-testid="restart-confirm"]').waitForDisplayed();
    await checkScreen("first-time-results-restart-asks");
    await $('[data-testid="restart-cancel"]').click();
    expect(await $('[data-testid="summary"]').isExisting()).toBe(true);
    await restartFromResults();
    await waitForScreen("welcome");
  });
});
