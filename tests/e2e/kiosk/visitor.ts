// A person at a kiosk, for the checks that follow a kiosk past a wipe (new-page.test.ts) and
// for the soak (../bench/kiosk-soak.ts): the real app started in kiosk mode with WebKit's
// remote inspector on, and driven through it (inspector.ts) by scripts run in the page — a
// touch, then a click — as WebDriver cannot: a kiosk replaces the page's process after each
// person, and WebKitWebDriver ends its session when that process ends.

import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "smol-toml";
import { Inspector } from "./inspector";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const target = process.env.CARGO_TARGET_DIR ?? path.join(homedir(), ".cache/navigator/target");
/** The binaries: NAVIGATOR_APP / NAVIGATOR_CLI, or the debug builds. */
export const app = process.env.NAVIGATOR_APP ?? path.join(target, "debug/navigator-desktop");
const cli = process.env.NAVIGATOR_CLI ?? path.join(target, "debug/navigator");
/** The pack's own language, in which a kiosk greets the next person. */
export const DEFAULT_LOCALE = "zh-CN";

/** A kiosk running: the app, its inspector, its data folder. */
export type Kiosk = { page: Inspector; child: ChildProcess; dataDir: string; stop: () => void };

/** Starts the app as a kiosk with a fresh data folder and staff PIN 246813: 8 s of idle time,
 * then 4 s of countdown, on the results too; its inspector on `port`, which must be free: an
 * app whose inspector cannot listen runs without one, and the driver would reach another run's
 * kiosk on that port instead (scripts/test derives it from NAVIGATOR_E2E_PORT). */
export async function startKiosk(port: number): Promise<Kiosk> {
  const taken = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
  if (taken) throw new Error(`port ${port} is taken (another run's app?): set NAVIGATOR_KIOSK_INSPECTOR_PORT`);
  const dataDir = mkdtempSync(path.join(tmpdir(), "navigator-kiosk-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NAVIGATOR_MODE: "kiosk",
    NAVIGATOR_DATA_DIR: dataDir,
    NAVIGATOR_IDLE_SECONDS: "8",
    NAVIGATOR_IDLE_COUNTDOWN_SECONDS: "4",
    NAVIGATOR_RESULTS_IDLE_SECONDS: "8",
    WEBKIT_INSPECTOR_HTTP_SERVER: `127.0.0.1:${port}`,
  };
  // The page is replaced after each person, as at any kiosk (src-tauri/src/page.rs).
  delete env.NAVIGATOR_E2E_KEEP_PAGE;
  execFileSync(cli, ["set-pin", "--data-dir", dataDir], { input: "246813\n", env });
  const child = spawn(app, [], { env, stdio: ["ignore", "ignore", "inherit"] });
  const page = new Inspector(port);
  return {
    page,
    child,
    dataDir,
    stop() {
      page.close();
      child.kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type Where = { screen: string; question: string | null; lang: string };

/** A persona case's answers (tests/cases). */
function answersOf(name: string): Record<string, unknown> {
  const text = readFileSync(path.join(root, "tests/cases", `${name}.toml`), "utf8");
  return (parse(text) as { answers: Record<string, unknown> }).answers;
}

export class Visitor {
  /** Whether the app gives each person a new page process (known after the first wipe). */
  renews: boolean | undefined;
  /** How many page processes have served so far (each is marked when first seen). */
  pages = 0;

  constructor(readonly page: Inspector) {}

  /** The screen, the question on it, and the page's language, read in one script. */
  where(): Promise<Where> {
    return this.page.evaluate<Where>(`({
      screen: document.querySelector("main")?.getAttribute("data-screen") ?? "",
      question: document.querySelector("form[data-question-id]")?.getAttribute("data-question-id") ?? null,
      lang: document.documentElement.lang,
    })`);
  }

  /** Waits for the page to be as `ok` wants it (a page being replaced is not yet); a timeout
   * says where the page was instead. */
  async until(what: string, ok: (w: Where) => boolean, timeout = 15_000) {
    const end = Date.now() + timeout;
    let last: Where | string | undefined;
    for (;;) {
      try {
        if (ok((last = await this.where()))) return;
      } catch (e) {
        last = String(e);
      }
      if (Date.now() > end) throw new Error(`waited for ${what}, the page stayed at ${JSON.stringify(last)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** A touch on the element `selector` names, as a finger gives it: pointerdown, then click —
   * once it is there and enabled. */
  async tap(selector: string) {
    const script = `(() => {
      const e = document.querySelector(${JSON.stringify(selector)});
      if (!e || e.disabled) return false;
      e.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
      e.click();
      return true;
    })()`;
    const end = Date.now() + 15_000;
    while (!(await this.page.evaluate<boolean>(script).catch(() => false))) {
      if (Date.now() > end) throw new Error(`nothing to tap: ${selector}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** One person, from the welcome screen back to it: `persona` (a case of tests/cases) in
   * `locale`, who leaves the results by Start over or by walking away (the idle wipe). */
  async consultation(persona: string, locale: string, ending: "start-over" | "idle") {
    await this.until("the welcome screen", (w) => w.screen === "welcome");
    await this.tap(`[data-testid="lang-${locale}"]`);
    await this.until(`the language ${locale}`, (w) => w.lang === locale);
    await this.tap('[data-testid="start"]');
    await this.until("the first question", (w) => w.screen === "question" && w.question !== null);
    const answers = answersOf(persona);
    for (;;) {
      const here = await this.where();
      if (here.screen !== "question" || !here.question) break;
      const value = answers[here.question];
      for (const v of Array.isArray(value) ? value.map(String) : [String(value)]) await this.tap(`form [data-value="${v}"]`);
      await this.tap('[data-testid="next"]');
      await this.until(`an answer to ${here.question}`, (w) => w.screen !== "question" || w.question !== here.question);
    }
    await this.until("the review", (w) => w.screen === "review");
    await this.tap('[data-testid="results"]');
    await this.until("the results", (w) => w.screen === "results");
    if (ending === "idle") {
      // Nobody touches the screen: the countdown, then the wipe.
      await this.until("the idle wipe", (w) => w.screen === "welcome" && w.lang === DEFAULT_LOCALE, 30_000);
    } else {
      await this.tap('[data-testid="restart"]');
      await this.tap('[data-testid="restart-yes"]');
      await this.until("the welcome screen again", (w) => w.screen === "welcome" && w.lang === DEFAULT_LOCALE);
    }
    await this.newPage();
  }

  /** Marks the page on screen as seen; false if it was already. */
  private mark(): Promise<boolean> {
    return this.page.evaluate<boolean>("window.soakSeen ? false : (window.soakSeen = true)");
  }

  /** Marks the first page. */
  async begin() {
    await this.until("the welcome screen", (w) => w.screen === "welcome");
    if (await this.mark()) this.pages += 1;
  }

  /** After a wipe: the new page process, if the app gives each person one (a touch on the old
   * page's welcome screen would be lost with it). */
  private async newPage() {
    if (this.renews === false) return;
    const end = Date.now() + (this.renews ? 15_000 : 5_000);
    let renewed = false;
    while (!renewed && Date.now() < end) {
      await this.until("a welcome screen", (w) => w.screen === "welcome");
      renewed = await this.mark().catch(() => false);
      if (!renewed) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (this.renews && !renewed) throw new Error("the wipe gave the next person the same page process");
    this.renews = renewed;
    if (renewed) this.pages += 1;
  }
}

