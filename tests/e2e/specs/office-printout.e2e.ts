// The printout, as paper shows it. wdio.conf starts a county office (staff PIN 2468, exports
// into the data directory) whose settings name a printer this machine does not have. Staff
// walk a returning migrant worker to the results and save the printout as PDF in each
// language: the file is read back with poppler (pdfinfo, pdftotext) and drawn as pictures
// (pdftoppm) beside the screenshots. What it must hold: the print header, the summary's
// titles and offices as the screen shows them, at most two A4 pages, nothing of the screen
// only (buttons, the take-away code, the officer's record of the applicant: name, phone,
// note), one script per language. Then Print, sent to the
// missing printer, answers in words that name it — never silently, never a dialog; and staff
// who empty the printer in the setup get the system's dialog back.

import { $, $$, browser, expect } from "@wdio/globals";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  chooseLanguage,
  dialogWindows,
  messageParts,
  persona,
  results,
  says,
  screenshot,
  screenshotDir,
  settled,
  startOver,
  typeInto,
  waitForScreen,
  walk,
} from "../helpers";

const dataDir = () => process.env.NAVIGATOR_E2E_DATA_DIR ?? "";
const exports = () => path.join(dataDir(), "exports");
const byTestId = (id: string) => $(`[data-testid="${id}"]`);
/** What wdio.conf names as this office's printer. */
const PRINTER = "已撤走的打印机 HP-3";
/** The applicant's record, which the officer keeps on the results screen (with consent). */
const NAME = "申请人王秀英";
const PHONE = "13912345678";
const NOTE = "下周二带营业执照再来";

/** Text without its line breaks and spaces: pdftotext breaks lines where the page did. */
const squeeze = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

/** Saves the printout and returns the file the page says it wrote. */
async function savePdf(before: string[]): Promise<string> {
  const button = await byTestId("save-pdf");
  await browser.execute((e) => e.scrollIntoView({ block: "center" }), button);
  await button.click();
  const said = byTestId("save-pdf-path");
  await browser.waitUntil(async () => (await said.isExisting()) && !before.includes(await said.getText()), {
    timeout: 60_000,
    timeoutMsg: "the printout was never saved",
  });
  return said.getText();
}

/** Whether the PDF's text holds `words`. In 繁體中文 WebKit draws many characters in their
 * Taiwanese forms (the font's localized glyphs), which cairo cannot map back to text: the
 * page shows them, but pdftotext gives nothing for them (nor for full-width punctuation,
 * drawn centred in Taiwan). There every other character must be
 * there, in order, with at least a third of its Chinese characters (about half are lost: the
 * pictures of the pages are the check that they are drawn). */
function holds(text: string, words: string, locale: string): boolean {
  if (locale !== "zh-TW") return text.includes(squeeze(words));
  // Not folded (NFKC would make full-width punctuation ASCII, which is never lost).
  const want = words.replace(/\s+/g, "");
  const han = /\p{Script=Han}/u;
  // Chinese characters and full-width punctuation may be lost.
  const lossy = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
  const hanCount = [...want].filter((c) => han.test(c)).length;
  for (let start = 0; start < text.length; start++) {
    let at = start;
    let found = 0;
    let whole = true;
    for (const c of want) {
      if (text[at] === c) {
        at++;
        if (han.test(c)) found++;
      } else if (!lossy.test(c)) {
        whole = false;
        break;
      }
    }
    if (whole && at > start && found * 3 >= hanCount) return true;
  }
  return false;
}

const pdf = (tool: string, file: string, ...args: string[]) =>
  execFileSync(tool, [...args, file, ...(tool === "pdftotext" ? ["-"] : [])]).toString();

/** The summary's titles and first offices, as the screen shows them. */
async function summaryOnScreen(): Promise<string[]> {
  const parts: string[] = [];
  for (const item of await $$("[data-summary-measure]")) {
    parts.push(await item.$(".summary-title strong").getText());
    const office = item.$(".summary-office strong");
    if (await office.isExisting()) parts.push(await office.getText());
  }
  return parts;
}

describe("the printout", () => {
  const saved: string[] = [];

  it("saves the results as a PDF of at most two A4 pages that holds what the paper needs", async () => {
    await waitForScreen("welcome");
    await (await byTestId("office-sign-in")).waitForDisplayed();
    for (const digit of "2468") await $(`.pinpad [data-key="${digit}"]`).click();
    await byTestId("staff-sign-in").click();
    await (await byTestId("staff-nav")).waitForDisplayed();
    await startOver("zh-CN");
    await walk(persona("veteran-returning-migrant-worker").answers);
    await results();
    // The officer's record of the applicant sits on the same screen: it is never printed.
    await byTestId("record-consent").click();
    await typeInto("record-name", NAME);
    await typeInto("record-phone", PHONE);
    await typeInto("record-note", NOTE);
    await byTestId("record-save").click();
    await (await byTestId("record-saved")).waitForDisplayed();

    for (const locale of ["zh-CN", "en", "zh-TW"]) {
      await chooseLanguage(locale);
      await settled();
      const summary = await summaryOnScreen();
      expect(summary.length).toBeGreaterThan(1);
      const file = await savePdf(saved);
      saved.push(file);
      expect(path.dirname(file)).toBe(exports());
      expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");

      const info = pdf("pdfinfo", file);
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      // A4 is 595 × 842 points.
      expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)?|Page size:\s+595(\.\d+)? x 842/);
      // Pictures of every page, looked at beside the screenshots.
      mkdirSync(screenshotDir, { recursive: true });
      const stem = path.join(screenshotDir, `printout-${locale}`);
      execFileSync("pdftoppm", ["-png", "-r", "60", file, stem]);
      copyFileSync(file, `${stem}.pdf`);
      const drawn = readdirSync(screenshotDir).filter((f) => f.startsWith(`printout-${locale}-`) && f.endsWith(".png"));
      expect(drawn.length).toBe(pages);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);

      const text = squeeze(pdf("pdftotext", file, "-layout"));
      for (const id of ["ui-print-title", "ui-summary-title", "ui-print-note"]) {
        for (const part of messageParts(locale, id)) expect([part, holds(text, part, locale)]).toEqual([part, true]);
      }
      for (const words of summary) expect([words, holds(text, words, locale)]).toEqual([words, true]);
      // Nothing of the applicant: the record's name, phone and note, nor its form.
      for (const personal of [NAME, PHONE, NOTE]) expect(text).not.toContain(squeeze(personal));
      for (const part of messageParts(locale, "ui-record-title")) expect(text).not.toContain(squeeze(part));
      // What only the screen has: its buttons and the take-away's QR code.
      for (const id of ["ui-change-answers", "ui-start-over", "ui-save-pdf", "ui-takeaway-title"]) {
        for (const part of messageParts(locale, id)) expect(text).not.toContain(squeeze(part));
      }
      if (locale === "zh-TW") {
        // Simplified forms that 繁體中文 writes otherwise (发/發, 号/號, 创/創, 业/業, 务/務).
        expect(text).not.toMatch(/[发号创业务]/);
      }
    }
    await screenshot("printout-results-saved");
  });

  it("gives every save a file of its own and leaves nothing else in the export folder", async () => {
    expect(new Set(saved).size).toBe(saved.length);
    const files = readdirSync(exports()).filter((f) => f.endsWith(".pdf")).map((f) => path.join(exports(), f));
    expect(files.sort()).toEqual([...saved].sort());
    // No empty file left behind by a reservation.
    for (const f of files) expect(readFileSync(f).length).toBeGreaterThan(1000);
  });

  it("makes one printout at a time: a second save while the first runs is refused in words", async () => {
    // issue #14 review: two saves at once ended the page and left an empty and a doubled file.
    const before = readdirSync(exports()).length;
    const outcomes = (await browser.executeAsync((done: (r: unknown) => void) => {
      // @ts-expect-error Tauri's IPC bridge
      const ipc = window.__TAURI_INTERNALS__;
      const save = () => ipc.invoke("printout_save", { locale: "zh-CN" }).then(() => "saved", (e: unknown) => e);
      void Promise.all([save(), save()]).then(done);
    })) as unknown[];
    expect(outcomes.filter((o) => o === "saved").length).toBe(1);
    const refusal = outcomes.find((o) => o !== "saved") as { code: string; message: string };
    expect(refusal.code).toBe("print_failed");
    expect(says(refusal.message, "zh-CN", "error-print-busy")).toBe(true);
    const files = readdirSync(exports());
    expect(files.length).toBe(before + 1);
    for (const f of files) expect(readFileSync(path.join(exports(), f)).length).toBeGreaterThan(1000);
    // The page lives on.
    await settled();
    expect(await byTestId("summary").isDisplayed()).toBe(true);
  });

  it("says which printer did not print, and prints nothing else", async () => {
    await chooseLanguage("zh-CN");
    expect(await byTestId("printer").getText()).toContain(PRINTER);
    const before = readdirSync(exports()).length;
    const button = await byTestId("print");
    await browser.execute((e) => e.scrollIntoView({ block: "center" }), button);
    await button.click();
    const error = await byTestId("print-error");
    await error.waitForDisplayed({ timeout: 150_000, timeoutMsg: "printing to a missing printer never answered" });
    const said = await error.getText();
    expect(said).toContain(`“${PRINTER}”`);
    expect(says(said, "zh-CN", "error-no-such-printer")).toBe(true);
    expect(readdirSync(exports()).length).toBe(before);
    await screenshot("printout-printer-missing-zh-CN");
  });

  it("shows staff the printer in the setup, where emptying it brings the system's dialog back", async () => {
    await byTestId("staff-nav-setup").click();
    await (await byTestId("setup")).waitForDisplayed();
    expect(await byTestId("setup-printer").getValue()).toBe(PRINTER);
    for (const locale of ["en", "zh-TW", "zh-CN"]) {
      await chooseLanguage(locale);
      // The setup reloads its words in the new language: then into view.
      await browser.waitUntil(async () => (await byTestId("setup-printer").getValue()) === PRINTER);
      await settled();
      await browser.execute(() => document.querySelector('[data-testid="setup-printer"]')?.scrollIntoView({ block: "center" }));
      await screenshot(`setup-printer-${locale}`);
    }
    await typeInto("setup-printer", "");
    await byTestId("setup-save").click();
    await (await byTestId("setup-saved")).waitForDisplayed();
    const settings = readFileSync(path.join(dataDir(), "settings.toml"), "utf8");
    expect(settings).not.toMatch(/^printer\s*=/m);
    expect(settings).toMatch(/^export_dir\s*=/m);
    await byTestId("staff-nav-consultation").click();
    await waitForScreen("results");
    expect(await byTestId("print").isExisting()).toBe(true);
    expect(await byTestId("printer").isExisting()).toBe(false);
  });

  /** Signs staff in again through IPC, as the page's keypad would, without the page knowing. */
  async function signInBehindThePage() {
    const signedIn = await browser.executeAsync((done: (r: unknown) => void) => {
      // @ts-expect-error Tauri's IPC bridge
      void window.__TAURI_INTERNALS__.invoke("staff_sign_in", { locale: "zh-CN", pin: "2468" }).then(
        () => done(true),
        (e: unknown) => done(e),
      );
    });
    expect(signedIn).toBe(true);
  }

  it("finishes a save that staff signed out during, and notes it in the audit log", async () => {
    // issue #14 review: signing out while the PDF was made left it, complete and unlogged,
    // and the page said the save had failed.
    // The sign-out is sent in the same turn as the save: a timer would wait for the page, which
    // is busy laying out the PDF (in CI a 30 ms timer fired only after the save had ended). The
    // two calls still race on the app's side; a try where the sign-out came first (the save is
    // refused: about one try in three here) or last (an ordinary save) signs in again and tries
    // again, up to ten times.
    let saved = "";
    let order: string[] = [];
    for (let attempt = 0; attempt < 10 && order.join() !== "signed out,saved"; attempt++) {
      if (attempt > 0) await signInBehindThePage();
      ({ saved, order } = (await browser.executeAsync((done: (r: unknown) => void) => {
        // @ts-expect-error Tauri's IPC bridge
        const ipc = window.__TAURI_INTERNALS__;
        const order: string[] = [];
        const save = ipc.invoke("printout_save", { locale: "zh-CN" }).then(
          (r: { path: string }) => (order.push("saved"), r.path),
          (e: unknown) => (order.push("refused"), e),
        );
        const out = ipc.invoke("staff_sign_out").then(() => order.push("signed out"));
        void Promise.all([save, out]).then(([saved]) => done({ saved, order }));
      })) as { saved: string; order: string[] });
    }
    // The case itself: staff were signed out before the save answered. (The save checks staff
    // as it starts, so a sign-out that answered first, with the save not refused, came during
    // it.)
    expect(order).toEqual(["signed out", "saved"]);
    expect(typeof saved).toBe("string");
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe("%PDF-");
    // The page heard nothing of the sign-out made behind its back: its own button now.
    await byTestId("staff-sign-out").click();
    await (await byTestId("office-sign-in")).waitForDisplayed();
    for (const digit of "2468") await $(`.pinpad [data-key="${digit}"]`).click();
    await byTestId("staff-sign-in").click();
    await byTestId("staff-nav-audit").click();
    await (await byTestId("audit")).waitForDisplayed();
    expect(await byTestId("audit").getText()).toContain(path.basename(saved));
  });

  // Last: the dialog stays open, and the app with it, until the session ends.
  it("refuses a save at once while the print dialog is open, and saves nothing", async () => {
    // issue #14 second review: a save asked for while the dialog was open never answered, left
    // an empty file, and every later save was refused as busy.
    await byTestId("staff-nav-consultation").click();
    await startOver("zh-CN");
    await walk(persona("veteran-returning-migrant-worker").answers);
    await results();
    const before = readdirSync(exports()).length;
    const dialogs = dialogWindows().length;
    await browser.execute(() => {
      // @ts-expect-error Tauri's IPC bridge
      void window.__TAURI_INTERNALS__.invoke("print", { locale: "zh-CN" });
    });
    // Asked for while the dialog is open: once it has mapped.
    await browser.waitUntil(() => dialogWindows().length > dialogs, {
      timeout: 20_000,
      interval: 200,
      timeoutMsg: "the print dialog did not open",
    });
    const outcome = await browser.executeAsync((done: (r: unknown) => void) => {
      // @ts-expect-error Tauri's IPC bridge
      window.__TAURI_INTERNALS__.invoke("printout_save", { locale: "zh-CN" }).then(
        () => done("saved"),
        (e: unknown) => done(e),
      );
    });
    expect(outcome).toMatchObject({ code: "print_failed" });
    expect(says((outcome as { message: string }).message, "zh-CN", "error-print-busy")).toBe(true);
    expect(readdirSync(exports()).length).toBe(before);
  });
});
