// Kiosk mode: wdio.conf starts the app for this spec with NAVIGATOR_MODE=kiosk, 8 s of idle
// time and a 4 s countdown. The window fills the screen, the browser's shortcuts are off, a
// person left idle or pressing Start over is wiped, from the database too, and nothing of them
// is left after a restart; print never opens a dialog. The "Still there?" dialog's looks (axe,
// a screenshot) are checked in kiosk-idle-dialog.e2e.ts, whose countdown cannot run out first.

import { $, $$, browser, expect } from "@wdio/globals";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { appBinary } from "../wdio.conf";
import {
  answer,
  restartFromResults,
  checkScreen,
  currentQuestion,
  currentScreen,
  dialogWindows,
  persona,
  results,
  runCli,
  says,
  startOver,
  waitForScreen,
  walk,
  where,
} from "../helpers";

const db = () => path.join(process.env.NAVIGATOR_E2E_DATA_DIR ?? "", "navigator.sqlite3");
/** What the database holds: its consultations (`history`) and its anonymous figures (`stats`). */
const history = () => runCli(["--lang", "en", "history", "--db", db()]);
const started = () =>
  (JSON.parse(runCli(["stats", "--json", "--db", db()])) as { section: string; key: string; count: number }[]).find(
    (r) => r.section === "total" && r.key === "consultations",
  )?.count;
const nothingSaved = () => expect(history().trim()).toBe("No consultations saved yet.");

/** A staff command, called as the page would: what the core says to it. */
const staffCall = () =>
  browser.executeAsync((done: (r: unknown) => void) => {
    // @ts-expect-error Tauri's IPC bridge
    window.__TAURI_INTERNALS__
      .invoke("packs", { locale: "en" })
      .then(() => done("accepted"))
      .catch((e: unknown) => done(e));
  });

/** The windows of the app started with `env` on this display, other than its own window,
 * after its page asked to print (NAVIGATOR_PRINT_WHEN_READY): a print dialog, if one opened.
 * Started outside WebDriver, whose pages never get a print dialog. */
async function dialogsAfterPrint(env: Record<string, string>): Promise<string[]> {
  const app = spawn(appBinary, [], {
    env: {
      ...process.env,
      ...env,
      NAVIGATOR_DATA_DIR: mkdtempSync(path.join(tmpdir(), "navigator-print-")),
      NAVIGATOR_PRINT_WHEN_READY: "1",
      NAVIGATOR_REPORT_READY: "1",
    },
    stdio: ["ignore", "pipe", "ignore"],
    // A group of its own, so that its WebKit processes end with it (left running, each holds
    // connections to the X server, and later specs' apps could not open the display).
    detached: true,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the app did not get ready")), 60_000);
      app.stdout?.on("data", (d: Buffer) => {
        if (d.toString().includes("ready_ms=")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    // The page asks 0.1 s after it is ready; a dialog takes a moment to map. Where one is
    // expected, until it has; where none is, 4 s (more than the personal PC's took) in which
    // none may come.
    if (env.NAVIGATOR_MODE === "kiosk") {
      await browser.pause(4000);
    } else {
      await browser
        .waitUntil(() => dialogWindows().length > 0, { timeout: 20_000, interval: 200 })
        .catch(() => undefined);
    }
    return dialogWindows();
  } finally {
    if (app.pid !== undefined) process.kill(-app.pid, "SIGKILL");
  }
}

describe("kiosk mode", () => {
  it("fills the screen and turns off the browser's shortcuts and context menu", async () => {
    await waitForScreen("welcome");
    expect(await $("div.frame").getAttribute("data-mode")).toBe("kiosk");
    const size = await browser.execute(() => [window.outerWidth, window.outerHeight, screen.width, screen.height]);
    expect([size[0], size[1]]).toEqual([size[2], size[3]]);
    const prevented = await browser.execute(() => {
      const key = (key: string, mods: KeyboardEventInit = {}) => {
        const e = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...mods });
        document.body.dispatchEvent(e);
        return e.defaultPrevented;
      };
      const menu = new MouseEvent("contextmenu", { bubbles: true, cancelable: true });
      document.body.dispatchEvent(menu);
      return {
        contextMenu: menu.defaultPrevented,
        reload: key("F5"),
        ctrlR: key("r", { ctrlKey: true }),
        print: key("p", { ctrlKey: true }),
        find: key("f", { ctrlKey: true }),
        devtools: key("i", { ctrlKey: true, shiftKey: true }),
        viewSource: key("u", { ctrlKey: true }),
        // Keyboard users still move back through the page.
        shiftTab: key("Tab", { shiftKey: true }),
      };
    });
    expect(prevented).toEqual({
      contextMenu: true,
      reload: true,
      ctrlR: true,
      print: true,
      find: true,
      devtools: true,
      viewSource: true,
      shiftTab: false,
    });
  });

  for (const locale of ["zh-CN", "zh-TW", "en"]) {
    it(`asks 'Still there?' after the idle time, and a touch keeps the answers (${locale})`, async () => {
      await startOver(locale);
      await answer(["veteran"]);
      const question = await currentQuestion();
      const dialog = await $('[data-testid="idle"]');
      // The countdown is 4 s here: the seconds are read and Continue pressed in the page's
      // same turn as the dialog is seen, so that no slow WebDriver round trip lets the wipe
      // come first. (kiosk-idle-dialog.e2e.ts clicks through WebDriver, with 300 s to spare.)
      let seconds = Number.NaN;
      await browser.waitUntil(
        async () => {
          const seen = await browser.execute(() => {
            const shown = document.querySelector<HTMLElement>('[data-testid="idle"]');
            if (!shown || shown.offsetParent === null) return null;
            const left = document.querySelector('[data-testid="idle-seconds"]')?.textContent ?? "";
            document.querySelector<HTMLElement>('[data-testid="idle-continue"]')?.click();
            return left;
          });
          if (seen === null) return false;
          seconds = Number(seen);
          return true;
        },
        { timeout: 15_000, interval: 100, timeoutMsg: "the idle dialog never came" },
      );
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThanOrEqual(4);
      await dialog.waitForDisplayed({ reverse: true });
      expect(await where()).toEqual({ screen: "question", question });
      // The answer was saved: this run's consultation holds it.
      expect(history().split("\n")[0]).toContain(" 1 answers");
    });
  }

  it("wipes the answers from the screen and the database when nobody answers", async () => {
    expect(await currentScreen()).toBe("question");
    // Nothing touched: 8 s idle + 4 s countdown, then the welcome screen in the default
    // language, and the consultation gone from the database (its anonymous count stays).
    await waitForScreen("welcome", 20_000);
    expect(await $("html").getAttribute("lang")).toBe("zh-CN");
    // Three runs: each Start wiped the one before (issue #15: they were left behind), the
    // idle wipe took the third, with its answer. All three are counted.
    nothingSaved();
    expect(started()).toBe(3);
    // The next person starts from the first question with nothing carried over.
    await startOver("en");
    expect(await currentQuestion()).toBe("groups");
    expect(await $$('form [aria-pressed="true"]').length).toBe(0);
  });

  it("wipes the finished consultation when the person presses Start over, as the idle timer does", async () => {
    // issue #15: Start over left the finished consultation in the database for good.
    const before = started() ?? 0;
    await startOver("en");
    await walk(persona("graduate-self-employed").answers);
    await results();
    expect(history()).toContain("finished");
    await restartFromResults();
    await waitForScreen("welcome");
    expect(await $("html").getAttribute("lang")).toBe("zh-CN");
    nothingSaved();
    expect(started()).toBe(before + 1);
  });

  it("has no Print button, and a page's print request opens no dialog (Xvfb)", async () => {
    // issue #15: WebKit's print dialog offers "Print to File", a file chooser over the whole
    // disk, and blocks the page (and its idle wipe) while it is open. (Checked from the welcome
    // screen, where the idle clock does not run.)
    await waitForScreen("welcome");
    // The same request from a personal PC's app opens the dialog: the check can see one.
    expect((await dialogsAfterPrint({ NAVIGATOR_MODE: "personal" })).length).toBeGreaterThan(0);
    expect(await dialogsAfterPrint({ NAVIGATOR_MODE: "kiosk" })).toEqual([]);
    await startOver("en");
    await walk(persona("graduate-self-employed").answers);
    await results();
    expect(await $('[data-testid="takeaway-qr"]').isDisplayed()).toBe(true);
    expect(await $('[data-testid="print"]').isExisting()).toBe(false);
    await restartFromResults();
    await waitForScreen("welcome");
  });

  it("never offers to resume after a restart, and keeps nothing of the last person", async () => {
    await startOver("en");
    await answer(["veteran"]);
    expect(history()).toContain(" 1 answers");
    // The app ends without a wipe (as a crash or a power cut would end it).
    await browser.reloadSession();
    await waitForScreen("welcome");
    await $('[data-testid="start"]').waitForEnabled();
    expect(await $('[data-testid="resume"]').isExisting()).toBe(false);
    nothingSaved();
  });

  /** Five quick taps on the app's name: the staff PIN dialog. */
  async function openStaff() {
    const brand = await $('[data-testid="brand"]');
    for (let i = 0; i < 5; i++) await brand.click();
    await $('[data-testid="staff"]').waitForDisplayed();
  }

  async function typePin(pin: string) {
    for (const digit of pin) await $(`[data-testid="staff"] [data-key="${digit}"]`).click();
    await $('[data-testid="staff-sign-in"]').click();
  }

  it("opens the staff PIN keypad with five taps on the name, and the right PIN signs in", async () => {
    await waitForScreen("welcome");
    for (const locale of ["zh-CN", "zh-TW", "en"]) {
      await $(`[data-testid="lang-${locale}"]`).click();
      await browser.waitUntil(async () => (await $("html").getAttribute("lang")) === locale);
      await openStaff();
      await $('[data-key="1"]').click();
      expect(await $('[data-testid="pin-dots"]').getText()).toBe("●");
      await $('[data-testid="pin-delete"]').click();
      await checkScreen(`kiosk-staff-pin-${locale}`);
      // A PIN under six digits is refused unchecked at a kiosk, in words (issue #15).
      await typePin("2468");
      const short = await $('[data-testid="staff-error"]');
      await browser.waitUntil(async () => says(await short.getText(), locale, "error-kiosk-pin-too-short"));
      await typePin("246813");
      await $('[data-testid="staff-signed-in"]').waitForDisplayed();
      expect(await $('[data-testid="staff-quit"]').isDisplayed()).toBe(true);
      await checkScreen(`kiosk-staff-menu-${locale}`);
      await $('[data-testid="staff-cancel"]').click();
      await $('[data-testid="staff"]').waitForDisplayed({ reverse: true });
      // issue #15: the sign-in stayed valid in the core for up to 120 s after Cancel.
      expect(await staffCall()).toMatchObject({ code: "not_signed_in" });
    }
  });

  it("opens the staff screens from the staff menu, and signs staff out when the kiosk is left idle", async () => {
    await openStaff();
    await typePin("246813");
    await $('[data-testid="staff-pages"]').click();
    await $('[data-testid="packs"]').waitForDisplayed();
    expect(await $('[data-testid="staff-nav"]').isDisplayed()).toBe(true);
    await checkScreen("kiosk-staff-packs-en");
    // Nobody touches the screen: the countdown, then the wipe, which also signs staff out.
    await $('[data-testid="staff-nav"]').waitForDisplayed({ reverse: true, timeout: 25_000 });
    await waitForScreen("welcome");
    expect(await $('[data-testid="packs"]').isExisting()).toBe(false);
  });

  it("locks the PIN after five wrong tries, even against the right one", async () => {
    // In English (the idle reset before went back to the default language).
    await $('[data-testid="lang-en"]').click();
    await browser.waitUntil(async () => (await $("html").getAttribute("lang")) === "en");
    await openStaff();
    for (let left = 4; left >= 1; left--) {
      await typePin("111111");
      const error = await $('[data-testid="staff-error"]');
      const says = left === 1 ? "One more wrong try" : `${left} more wrong tries`;
      await browser.waitUntil(async () => (await error.getText()).includes(says));
      expect(await error.getText()).toMatch(/^Wrong PIN\./);
    }
    await typePin("111111");
    await browser.waitUntil(async () => (await $('[data-testid="staff-error"]').getText()).includes("locked until"));
    await typePin("246813");
    expect(await $('[data-testid="staff-error"]').getText()).toMatch(/locked until (\d{4}-\d{2}-\d{2} )?\d{2}:\d{2}/);
    expect(await $('[data-testid="staff-signed-in"]').isExisting()).toBe(false);
    await checkScreen("kiosk-staff-locked-en");
    await $('[data-testid="staff-cancel"]').click();
  });

  it("lets a person scan the QR code without the idle time running out", async () => {
    // 8 s idle + 4 s countdown for a question; the results keep results_idle_seconds (180 s
    // by default), since a person holding a phone up to the code does not touch the screen.
    await startOver("zh-CN");
    await answer(["other_person"]);
    while ((await currentScreen()) === "question") {
      const first = await $("form .option").getAttribute("data-value");
      await answer([first]);
    }
    await $('[data-testid="results"]').click();
    await waitForScreen("results");
    expect(await $('[data-testid="takeaway-qr"]').isExisting()).toBe(true);
    // Right under the summary, before the cards: no scrolling to the bottom of a long page.
    const order = await browser.execute(() => {
      const qr = document.querySelector('[data-testid="takeaway"]');
      const card = document.querySelector("article.card");
      return qr && card ? qr.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeGreaterThan(0);
    await browser.pause(15_000);
    expect(await currentScreen()).toBe("results");
    expect(await $(".idle-backdrop").isExisting()).toBe(false);
    await checkScreen("kiosk-results-qr");
  });
});
