// The kiosk soak (scripts/bench runs it; it is not part of the test suite): a kiosk serves
// hundreds of people between restarts. 200 consultations go through the real app in kiosk
// mode (wdio.conf starts it so for a spec named kiosk-*: 8 s idle, 4 s countdown), each ended
// as a kiosk ends one — Start over on the results, or, every tenth, the idle wipe — in the
// three languages in turn, with the persona cases of the memory benchmark. PSS of the app and
// all its WebKit processes is taken on the welcome screen after 1, 50, 100, 150 and 200, each
// after the page has been still for two seconds. The goal: no growth per consultation (after
// 200 at most 1.15× after 1).
//
// The page is driven by scripts run in it (a touch, then a click), never through WebDriver's
// element handles: WebKit's automation keeps every element it has handed out, and with it the
// whole screen that element was on, until the session ends — over 200 people that alone grew
// the page's process by about a megabyte a person, which is the harness, not the app.

import { browser } from "@wdio/globals";
import { appendFileSync } from "node:fs";
import { appBinary } from "../wdio.conf";
import { buttonsFor, persona } from "../helpers";
import { treePssKiB } from "./pss";

const out = process.env.NAVIGATOR_BENCH_OUT ?? "/dev/stdout";
const total = Number(process.env.NAVIGATOR_SOAK_CONSULTATIONS ?? 200);
const marks = new Set(process.env.NAVIGATOR_SOAK_MARKS ? process.env.NAVIGATOR_SOAK_MARKS.split(",").map(Number) : [1, 50, 100, 150, total]);
const people = [
  "veteran-returning-migrant-worker",
  "graduate-self-employed",
  "returnee-woman-with-children",
  "foreign-national-with-children",
  "hmt-resident-dev-zone",
  "specialized-sme-first-recognition",
  "researcher-institute-staff-lead",
  "incubator-2026-expired",
  "migrant-worker-not-rural",
  "woman-graduate-planning",
];
const locales = ["zh-CN", "zh-TW", "en"];

function record(stage: string) {
  const { kib, processes, parts } = treePssKiB(appBinary);
  appendFileSync(out, `soak ${stage} ${kib} KiB over ${processes} processes: ${parts}\n`);
}

/** The screen, the question on it, and the page's language, read in one script. */
function where(): Promise<{ screen: string; question: string | null; lang: string }> {
  return browser.execute(() => ({
    screen: document.querySelector("main")?.getAttribute("data-screen") ?? "",
    question: document.querySelector("form[data-question-id]")?.getAttribute("data-question-id") ?? null,
    lang: document.documentElement.lang,
  }));
}

/** Waits for the page to be as `ok` wants it; a timeout says where the page was instead. */
async function until(what: string, ok: (w: Awaited<ReturnType<typeof where>>) => boolean, timeout = 15_000) {
  let last: Awaited<ReturnType<typeof where>> | undefined;
  try {
    await browser.waitUntil(async () => ok((last = await where())), { timeout, interval: 50 });
  } catch {
    throw new Error(`waited for ${what}, the page stayed at ${JSON.stringify(last)}`);
  }
}

/** A touch on the element `selector` names, as a finger gives it: pointerdown, then click —
 * once it is there and enabled (a button waits for the page's last call, as Start does for the
 * words of a new language). */
async function tap(selector: string) {
  const touch = () =>
    browser.execute((s: string) => {
      const e = document.querySelector<HTMLElement>(s);
      if (!e || (e as HTMLButtonElement).disabled) return false;
      e.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
      e.click();
      return true;
    }, selector);
  await browser.waitUntil(touch, { timeout: 15_000, interval: 50, timeoutMsg: `nothing to tap: ${selector}` });
}

/** One person, from the welcome screen back to it. */
async function consultation(i: number) {
  const locale = locales[i % locales.length];
  await until("the welcome screen", (w) => w.screen === "welcome");
  await tap(`[data-testid="lang-${locale}"]`);
  await until(`the language ${locale}`, (w) => w.lang === locale);
  await tap('[data-testid="start"]');
  await until("the first question", (w) => w.screen === "question" && w.question !== null);
  const answers = persona(people[i % people.length]).answers;
  for (;;) {
    const here = await where();
    if (here.screen !== "question" || !here.question) break;
    for (const v of buttonsFor(answers[here.question])) await tap(`form [data-value="${v}"]`);
    await tap('[data-testid="next"]');
    await until(`an answer to ${here.question}`, (w) => w.screen !== "question" || w.question !== here.question);
  }
  await until("the review", (w) => w.screen === "review");
  await tap('[data-testid="results"]');
  await until("the results", (w) => w.screen === "results");
  if (i % 10 === 0) {
    // Nobody touches the screen: the countdown, then the wipe.
    await until("the idle wipe", (w) => w.screen === "welcome", 30_000);
  } else {
    await tap('[data-testid="restart"]');
    await tap('[data-testid="restart-yes"]');
    await until("the welcome screen again", (w) => w.screen === "welcome");
  }
  if (marks.has(i)) {
    await browser.pause(2000);
    record(`after-${i}`);
  }
}

describe("a kiosk all day", () => {
  // In blocks of ten, each within a test's time limit.
  for (let first = 1; first <= total; first += 10) {
    const last = Math.min(first + 9, total);
    it(`serves people ${first} to ${last}`, async () => {
      for (let i = first; i <= last; i++) await consultation(i);
    });
  }
});
