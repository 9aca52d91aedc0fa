// Reading aloud, in a kiosk (wdio.conf.ts runs this spec's app as one, with 5 s of idle time).
// The debug build writes what it would say to NAVIGATOR_E2E_SPEECH_LOG instead of speaking
// (src-tauri/src/voice.rs): one line per call, `speak <locale> <text>` or `stop`.

import { readFileSync } from "node:fs";
import { $, browser, expect } from "@wdio/globals";
import { answer, runCli, screenshot, settled, startOver } from "../helpers";

/** Every call the voice got so far. */
function heard(): string[] {
  const log = process.env.NAVIGATOR_E2E_SPEECH_LOG;
  if (!log) throw new Error("wdio.conf.ts sets NAVIGATOR_E2E_SPEECH_LOG");
  return readFileSync(log, "utf8").split("\n").filter((l) => l.length > 0);
}

async function hears(what: (line: string) => boolean, since: number, timeoutMsg: string) {
  await browser.waitUntil(() => heard().slice(since).some(what), { timeout: 10_000, timeoutMsg });
}

/** What the core says for the first question, as `navigator speech` prints it (a sentence a
 * line; the voice gets them as one text). */
const firstQuestion = runCli(["speech"]).trim().split("\n").join("");

describe("reading aloud", () => {
  it("is off until the switch is turned on, which speaks the first question", async () => {
    await startOver("zh-CN");
    await settled();
    expect(heard().filter((l) => l.startsWith("speak"))).toEqual([]);
    const toggle = await $('[data-testid="read-aloud"]');
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    await toggle.click();
    await hears((l) => l === `speak zh-CN ${firstQuestion}`, 0, "the first question was not spoken");
    expect(firstQuestion).toContain("第一项，");
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    await screenshot("read-aloud-question");
  });

  it("stops when the person moves on, and speaks the next question without the answer given", async () => {
    const since = heard().length;
    await answer(["veteran"]);
    await settled();
    await hears((l) => l.startsWith("speak zh-CN "), since, "the next question was not spoken");
    const after = heard().slice(since);
    expect(after[0]).toBe("stop");
    const next = after.find((l) => l.startsWith("speak")) ?? "";
    expect(next).not.toContain("第一项，外出打工");
  });

  it("does not count the time it reads aloud as idle, and speaks the countdown once silenced", async () => {
    // issue #18 review: the idle countdown cut the speech off mid-sentence. A person may be
    // listening, not touching: 5 s of idle time pass while the question is read.
    await $('[data-testid="speak-question"]').click();
    await browser.pause(8_000);
    expect(await $('[data-testid="idle"]').isDisplayed()).toBe(false);
    // A key silences the voice; from then on the time without a touch counts.
    const since = heard().length;
    await browser.keys("Shift");
    await $('[data-testid="idle"]').waitForDisplayed({ timeout: 15_000 });
    await hears((l) => l.startsWith("speak zh-CN 您还在吗？"), since, "the countdown was not spoken");
    await screenshot("read-aloud-countdown");
    await $('[data-testid="idle-continue"]').click();
    await $('[data-testid="idle"]').waitForDisplayed({ reverse: true });
  });

  it("speaks nothing of the results until the person asks", async () => {
    await startOver("en");
    const answers: Record<string, unknown> = {
      groups: ["graduate"], activity: "self_employed", rural_business: false, has_ip: true,
      contest_level: "municipal_or_lower", in_demo_base: false, county: "pinglu",
    };
    while ((await $("main").getAttribute("data-screen")) === "question") {
      const id = await $("form[data-question-id]").getAttribute("data-question-id");
      await answer(answers[id ?? ""]);
    }
    await $('[data-testid="results"]').click();
    await $('main[data-screen="results"]').waitForExist();
    await settled();
    const since = heard().length;
    await browser.pause(500);
    expect(heard().slice(since).filter((l) => l.startsWith("speak"))).toEqual([]);
    await $('[data-testid="speak-results"]').click();
    await hears((l) => l.startsWith("speak en Here are your results"), since, "the results were not spoken");
    // The county answered is never said (the question listing every county came before).
    expect(heard().slice(since).join("\n")).not.toContain("Pinglu");
  });
});
