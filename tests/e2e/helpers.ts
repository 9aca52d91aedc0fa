// What every end-to-end spec needs: driving the wizard through its data-testid hooks, asking
// the core (through the CLI) what it computes for the same answers, axe-core, screenshots.

import { $, $$, browser, expect } from "@wdio/globals";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "smol-toml";

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, "../..");
const target = process.env.CARGO_TARGET_DIR ?? path.join(homedir(), ".cache/navigator/target");
export const cli = process.env.NAVIGATOR_CLI ?? path.join(target, "debug/navigator");
export const screenshotDir = path.join(root, "tests/e2e/screenshots");

export type Answers = Record<string, unknown>;
/** A result card: the measure, its status, the office it sends the person to first, and
 * whether it says which "not sure" answers left it to the department. */
export type Card = { measure: string; status: string; first: string; unsure: boolean };

/** A persona case from tests/cases. */
export function persona(name: string): { description: string; answers: Answers } {
  const text = readFileSync(path.join(root, "tests/cases", `${name}.toml`), "utf8");
  const data = parse(text) as { description: string; answers: Answers };
  return { description: data.description, answers: data.answers };
}

/** The version of the built-in pack (assets/packs/…/pack.toml), which the pack specs compare
 * with the ones they install. */
export const builtInVersion: string = (
  parse(readFileSync(path.join(root, "assets/packs/shuozhou-2021-26/pack.toml"), "utf8")) as { version: string }
).version;

export function personaNames(): string[] {
  return readdirSync(path.join(root, "tests/cases"))
    .filter((f) => f.endsWith(".toml"))
    .map((f) => f.replace(/\.toml$/, ""));
}

/** A result card in words: what the person reads on it. */
export type WordedCard = Card & {
  title: string;
  statusLabel: string;
  reasons: string[];
  nearMiss: string | null;
  unsureNote: string | null;
  /** The office to go to first, and why. */
  firstContact: { name: string; why: string | null } | null;
  /** The other offices, in order. */
  others: string[];
};

type CoreVerdict = {
  measure: string;
  status: string;
  status_label: string;
  shown: boolean;
  title: string;
  reasons: string[];
  near_miss: string | null;
  unsure_note: string | null;
  departments: { id: string; name: string; primary_reason: string | null }[];
};

/** What the core computes and words for these answers today: the result cards it says to
 * show (`navigator --lang L screen --answers - --json`). */
export function coreWords(answers: Answers, locale = "zh-CN"): WordedCard[] {
  const out = execFileSync(cli, ["--lang", locale, "screen", "--answers", "-", "--json"], {
    input: JSON.stringify(answers),
  });
  const view = JSON.parse(out.toString()) as { next_question: unknown; verdicts: CoreVerdict[] };
  if (view.next_question !== null) throw new Error("the core still has a question for these answers");
  return view.verdicts
    .filter((v) => v.shown)
    .map((v) => ({
      measure: v.measure,
      status: v.status,
      first: v.departments[0]?.id ?? "",
      unsure: v.unsure_note !== null,
      title: v.title,
      statusLabel: v.status_label,
      reasons: v.reasons,
      nearMiss: v.near_miss,
      unsureNote: v.unsure_note,
      firstContact: v.departments[0] ? { name: v.departments[0].name, why: v.departments[0].primary_reason } : null,
      others: v.departments.slice(1).map((d) => d.name),
    }));
}

/** What the core computes for these answers today: the result cards it says to show. */
export function coreCards(answers: Answers, locale = "zh-CN"): Card[] {
  return coreWords(answers, locale).map(({ measure, status, first, unsure }) => ({ measure, status, first, unsure }));
}

/** The result cards as the screen shows them, in words (read in one go: the visible text; the
 * other offices sit in a folded list, read as its text). The folded sections ("not now",
 * "expired") are opened first, as a person would open them to read. */
export async function shownWords(): Promise<WordedCard[]> {
  return browser.execute(() => {
    for (const folded of Array.from(document.querySelectorAll("details.folded"))) (folded as HTMLDetailsElement).open = true;
    const text = (e: Element | null) => ((e as HTMLElement | null)?.innerText ?? "").trim();
    const maybe = (e: Element | null) => (e ? text(e) : null);
    return Array.from(document.querySelectorAll("[data-measure-id]")).map((card) => {
      const first = card.querySelector('[data-testid="first-contact"]');
      const nearMiss = card.querySelector(".near-miss");
      return {
        measure: card.getAttribute("data-measure-id") ?? "",
        status: card.getAttribute("data-status") ?? "",
        first: first?.getAttribute("data-department") ?? "",
        unsure: card.querySelector('[data-testid="unsure-note"]') !== null,
        title: text(card.querySelector("h3")),
        statusLabel: text(card.querySelector('[data-testid="status-label"]')),
        reasons: Array.from(card.querySelectorAll(".reasons li")).map(text),
        // Without its label ("Nearly:").
        nearMiss: nearMiss
          ? (nearMiss.textContent ?? "").slice((nearMiss.querySelector("strong")?.textContent ?? "").length).trim()
          : null,
        unsureNote: maybe(card.querySelector('[data-testid="unsure-note"]')),
        firstContact: first
          ? { name: text(first.querySelector(".dept-name")), why: maybe(first.querySelector(".why-contact")) }
          : null,
        others: Array.from(card.querySelectorAll(".other-departments li .dept-name")).map(
          (e) => (e.textContent ?? "").trim(),
        ),
      };
    });
  });
}

/** The screen and the question on it, read in one go (the DOM may change between two reads). */
export async function where(): Promise<{ screen: string; question: string | null }> {
  return browser.execute(() => ({
    screen: document.querySelector("main")?.getAttribute("data-screen") ?? "",
    question: document.querySelector("form[data-question-id]")?.getAttribute("data-question-id") ?? null,
  }));
}

export async function currentScreen(): Promise<string> {
  return (await (await $("main")).getAttribute("data-screen")) ?? "";
}

export async function waitForScreen(name: string, timeout?: number) {
  await browser.waitUntil(async () => (await currentScreen()) === name, {
    timeout,
    timeoutMsg: `the ${name} screen did not appear`,
  });
}

export async function currentQuestion(): Promise<string> {
  const form = await $("form[data-question-id]");
  await form.waitForExist();
  return (await form.getAttribute("data-question-id")) ?? "";
}

/** Chooses a language with its switch (available on every screen). */
export async function chooseLanguage(locale: string) {
  const chip = await $(`[data-testid="lang-${locale}"]`);
  // The toolbar scrolls away with a long screen; WebKit's driver does not scroll it back.
  await browser.execute((e) => e.scrollIntoView({ block: "nearest" }), chip);
  await chip.click();
  await browser.waitUntil(async () => (await $("html").getAttribute("lang")) === locale);
  // The page's language changes before the screen's words have come back in it.
  await settled();
}

/** On the results: Start over, and yes to the question whether to clear them. */
export async function restartFromResults() {
  await $('[data-testid="restart"]').click();
  await $('[data-testid="restart-yes"]').click();
}

/** From anywhere: back to the welcome screen, choose the language, press Start. */
export async function startOver(locale: string) {
  // Results have "start over"; every other screen goes back one step at a time.
  for (let i = 0; i < 40 && (await currentScreen()) !== "welcome"; i++) {
    const here = await currentScreen();
    if (here === "results") await restartFromResults();
    else await $('[data-testid="back"]').click();
    await browser.waitUntil(async () => (await currentScreen()) !== here || here === "question", { timeout: 5000 });
  }
  await waitForScreen("welcome");
  await chooseLanguage(locale);
  const start = await $('[data-testid="start"]');
  await start.waitForEnabled();
  await start.click();
  await waitForScreen("question");
}

/** The values to press for an answer in the answers-file shape. */
export function buttonsFor(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/** Taps an option of the question on screen as a person would: scrolled up from under the
 * sticky Back/Next bar first. (A plain WebDriver click scrolls the element to the bottom edge,
 * under the bar.) */
export async function tapOption(value: string) {
  const option = await $(`form [data-value="${value}"]`);
  await browser.execute((e) => e.scrollIntoView({ block: "center" }), option);
  await option.click({ x: 1, y: 1 });
}

/** Answers the question on screen by clicking its options and Next; waits for the next step. */
export async function answer(value: unknown) {
  const before = await currentQuestion();
  for (const v of buttonsFor(value)) await tapOption(v);
  await $('[data-testid="next"]').click();
  try {
    await browser.waitUntil(async () => {
      const now = await where();
      return now.screen !== "question" || (now.question !== null && now.question !== before);
    });
  } catch {
    await screenshot(`failure-stayed-on-${before}`);
    throw new Error(`the app stayed on ${before} (see tests/e2e/screenshots/failure-stayed-on-${before}.png)`);
  }
}

/** Answers every question the app asks from `answers`; returns the question ids in order. */
export async function walk(answers: Answers): Promise<string[]> {
  const asked: string[] = [];
  while ((await currentScreen()) === "question") {
    const id = await currentQuestion();
    if (!(id in answers)) throw new Error(`the app asks ${id}, which the persona does not answer`);
    asked.push(id);
    await answer(answers[id]);
  }
  await waitForScreen("review");
  return asked;
}

/** From the review screen: the results, as the cards on screen. */
export async function results(): Promise<Card[]> {
  await $('[data-testid="results"]').click();
  await waitForScreen("results");
  const cards = await $$("[data-measure-id]");
  const out: Card[] = [];
  for (const c of cards) {
    const first = await c.$('[data-testid="first-contact"]');
    out.push({
      measure: (await c.getAttribute("data-measure-id")) ?? "",
      status: (await c.getAttribute("data-status")) ?? "",
      first: (await first.isExisting()) ? ((await first.getAttribute("data-department")) ?? "") : "",
      unsure: await c.$('[data-testid="unsure-note"]').isExisting(),
    });
  }
  return out;
}

export const byMeasure = (a: Card, b: Card) => a.measure.localeCompare(b.measure);

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

type Violation = { id: string; impact: string | null; help: string; nodes: string[] };

/** axe-core on the page as it stands: the serious and critical violations. */
export async function seriousViolations(): Promise<Violation[]> {
  await browser.execute(axeSource);
  return browser.executeAsync((done: (v: Violation[]) => void) => {
    // @ts-expect-error axe is defined by the injected script
    window.axe
      .run(document, { resultTypes: ["violations"] })
      .then((r: { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }) =>
        done(
          r.violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) })),
        ),
      )
      .catch((e: unknown) => done([{ id: "axe-failed", impact: "critical", help: String(e), nodes: [] }]));
  });
}

/** The checks every screen must pass — axe-core finds no serious or critical violation, no
 * message id leaks onto the screen, touch targets are at least 44 px — then a screenshot. */
export async function checkScreen(name: string) {
  expect(await seriousViolations()).toEqual([]);
  expect(await untranslated()).toEqual([]);
  const small = await browser.execute(() =>
    Array.from(document.querySelectorAll("button, summary"))
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.height < 44 || r.width < 44;
      })
      .map((e) => e.textContent?.trim() ?? ""),
  );
  expect(small).toEqual([]);
  await screenshot(name);
}

/** Runs the navigator CLI (the same core) and returns what it printed. */
export function runCli(args: string[]): string {
  return execFileSync(cli, args).toString();
}

/** Saves a PNG of the window under tests/e2e/screenshots (git-ignored). */
export async function screenshot(name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await browser.saveScreenshot(path.join(screenshotDir, `${name}.png`));
}

/** Every message id of the app's and of the default pack's Fluent files, and the words their
 * texts use that look like ids (`self-employed`, `near-miss`…), which may well show. */
function messageIds(): { ids: Set<string>; prefixes: Set<string>; words: Set<string>; attributes: Set<string> } {
  const files = [
    ...readdirSync(path.join(root, "locales"), { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && f.name.endsWith(".ftl"))
      .map((f) => path.join(f.parentPath, f.name)),
    ...readdirSync(path.join(root, "assets/packs"), { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && f.name.endsWith(".ftl"))
      .map((f) => path.join(f.parentPath, f.name)),
  ];
  const ids = new Set<string>();
  const words = new Set<string>();
  const attributes = new Set<string>();
  for (const file of files) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const attribute = /^\s+\.([a-z][a-z0-9_-]*)\s*=/.exec(line);
      if (attribute) attributes.add(attribute[1]);
      const entry = /^(-?[a-zA-Z][a-zA-Z0-9_-]*)\s*=(.*)$/.exec(line);
      const value = entry ? entry[2] : line.startsWith(" ") ? line : "";
      if (entry) ids.add(entry[1].replace(/^-/, ""));
      for (const w of value.match(idLike) ?? []) words.add(w);
    }
  }
  // The app's own (ui-…, error-…) and the pack's (q-…, m-…, pack-title), about 600 in all.
  if (ids.size < 500 || !ids.has("ui-results-title") || !ids.has("pack-title")) {
    throw new Error(`only ${ids.size} message ids found`);
  }
  const prefixes = new Set([...ids].map((id) => id.split("-")[0]));
  return { ids, prefixes, words, attributes };
}

// A token shaped like a message id, perhaps with an attribute: not part of a longer word, a
// file name (pack-1.5.0.zip) or a path.
const idLike = /(?<![A-Za-z0-9_./-])[a-z][a-z0-9_]*(?:-[a-z0-9_]+)+(?:\.[a-z]+)?(?![A-Za-z0-9_/-]|\.[A-Za-z0-9])/g;
let known: ReturnType<typeof messageIds> | undefined;

/** What the screen shows and says, a line for each text of its own: each visible text node, and
 * the labels, titles, placeholders and picture descriptions a screen reader or a hover shows.
 * (WebKitWebDriver's getText runs neighbouring elements' texts together, "citationui-…", so an id
 * beside another word was not an id-shaped token.) */
async function screenText(): Promise<string> {
  return browser.execute(() => {
    const lines: string[] = [];
    const shown = (el: Element) =>
      el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest("script, style, template")) continue;
      // A closed list's choices have no box of their own: shown where their list is.
      if (!shown(el.closest("select") ?? el)) continue;
      const text = (node.textContent ?? "").trim();
      if (text) lines.push(text);
    }
    for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder], img[alt]")) {
      if (!shown(el)) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt"]) {
        const value = el.getAttribute(name)?.trim();
        if (value) lines.push(value);
      }
    }
    return lines.join("\n");
  });
}

/** The message ids that leaked onto the screen untranslated: any message id of the app's or the
 * pack's, with or without an attribute, and anything shaped like one of theirs (a prefix they
 * use, a hyphen) that no text of theirs contains — an id the UI asks for that does not exist. */
export async function untranslated(): Promise<string[]> {
  known ??= messageIds();
  const { ids, prefixes, words, attributes } = known;
  const text = await screenText();
  const shaped = (text.match(idLike) ?? []).filter((token) => {
    const [id, attribute] = token.split(".");
    // A file's name (pack-unsigned.zip) is not an id with an attribute.
    if (attribute !== undefined && !attributes.has(attribute)) return false;
    return ids.has(id) || (prefixes.has(id.split("-")[0]) && !words.has(token));
  });
  // An id without a hyphen (citation, colon, quoted) is also a word: it is found where a line
  // of the screen is that id alone, as a missing message shows it.
  const alone = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => !line.includes("-") && ids.has(line.split(".")[0]));
  return [...shaped, ...alone];
}

/** Waits until the app has written `line` on stderr (wdio.conf.ts keeps it in a file). */
export async function appSaid(line: string, timeout = 15_000) {
  const log = process.env.NAVIGATOR_E2E_APP_LOG ?? "";
  await browser.waitUntil(async () => readFileSync(log, "utf8").includes(line), {
    timeout,
    timeoutMsg: `the app never said: ${line}`,
  });
}

/** A web server on this machine, outside the app: a page and a picture anyone may load. It
 * notes every request it gets. */
export async function outsideServer(): Promise<{ url: string; requests: string[]; close: () => void }> {
  const requests: string[] = [];
  // A 1×1 PNG.
  const pixel = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
    "base64",
  );
  const server = createServer((req, res) => {
    requests.push(req.url ?? "");
    if (req.url?.endsWith(".png")) res.writeHead(200, { "content-type": "image/png" }).end(pixel);
    else res.writeHead(200, { "content-type": "text/html" }).end("<h1>outside the app</h1>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => server.close() };
}

/** Waits until the UI has no IPC call in flight (ui/src/ipc.ts counts them) and has drawn. */
export async function settled() {
  await browser.waitUntil(() => browser.execute(() => document.documentElement.dataset.ipcPending === "0"), {
    timeoutMsg: "an IPC call never came back",
  });
  await browser.executeAsync((done: () => void) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}

/** The words of one of the app's one-line messages (`locales/<locale>/*.ftl`) around its
 * placeables, without a closing full stop (a message said inside another loses it). */
export function messageParts(locale: string, id: string): string[] {
  const dir = path.join(root, "locales", locale);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
    const lines = readFileSync(path.join(dir, file), "utf8").split("\n");
    const at = lines.findIndex((l) => l.startsWith(`${id} =`));
    if (at < 0) continue;
    if (lines[at + 1]?.startsWith(" ")) throw new Error(`${id} spans several lines`);
    return lines[at]
      .slice(`${id} =`.length)
      .split(/\{[^}]*\}/)
      .map((part) => part.trim().replace(/[.。]$/, ""))
      .filter((part) => part.length > 0);
  }
  throw new Error(`no message ${id} in ${locale}`);
}

/** Whether `text` says message `id` of the app's in `locale` (every word around its
 * placeables, in order). */
export function says(text: string, locale: string, id: string): boolean {
  let from = 0;
  for (const part of messageParts(locale, id)) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** Replaces a field's text as a person would: select it all, delete it, type the new text.
 * (WebDriver's clearValue sends no input event, so the page would not see the field empty.) */
export async function typeInto(testid: string, text: string) {
  const field = await $(`[data-testid="${testid}"]`);
  // Into the middle of the window first: WebKitWebDriver scrolls a field only to the window's
  // edge, and there it took a field of the setup (a long page since its keypad) for hidden.
  await field.scrollIntoView({ block: "center" });
  await field.click();
  await browser.execute((e) => (e as unknown as HTMLInputElement).select(), field);
  await browser.keys("Backspace");
  if (text) await field.addValue(text);
}

/** The app's windows on the X display other than its main one — a print dialog once it has
 * mapped (Xvfb). */
export function dialogWindows(): string[] {
  return execFileSync("xwininfo", ["-root", "-tree"])
    .toString()
    .split("\n")
    .filter((l) => l.includes('("navigator-desktop"'))
    .filter((l) => !l.includes("Startup Support Navigator") && !l.includes('"navigator-desktop":'));
}
