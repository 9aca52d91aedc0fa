// County-office mode: wdio.conf starts the app for this spec with NAVIGATOR_MODE=office, the
// staff PIN 2468 and exports going into the data directory. Staff sign in, record a
// consultation with the applicant's consent, find it in the log, export it (the CSV read back),
// erase on request, and the retention period erases personal data while the figures stay.

import { $, $$, browser, expect } from "@wdio/globals";
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  checkScreen,
  chooseLanguage,
  persona,
  results,
  runCli,
  screenshot,
  settled,
  startOver,
  waitForScreen,
  walk,
} from "../helpers";

const dataDir = () => process.env.NAVIGATOR_E2E_DATA_DIR ?? "";
const byTestId = (id: string) => $(`[data-testid="${id}"]`);

async function signIn(pin = "2468") {
  await waitForScreen("welcome");
  await (await byTestId("office-sign-in")).waitForDisplayed();
  for (const digit of pin) await $(`.pinpad [data-key="${digit}"]`).click();
  await byTestId("staff-sign-in").click();
  await (await byTestId("staff-nav")).waitForDisplayed();
}

/** Waits until every chart of the figures screen has been drawn (ECharts loads on demand). */
async function chartsDrawn() {
  await browser.waitUntil(() =>
    browser.execute(() => Array.from(document.querySelectorAll(".chart")).every((c) => c.childElementCount > 0)),
  );
}

async function openStaffPage(page: string) {
  await byTestId(`staff-nav-${page}`).click();
  await (await byTestId(page)).waitForDisplayed();
}

/** Replaces a field's text as a person would: select it all, delete it, type the new text.
 * (WebDriver's clearValue sends no input event, so the page would not see the field empty.) */
async function type(testid: string, text: string) {
  const field = await byTestId(testid);
  await field.click();
  await browser.execute((e) => (e as unknown as HTMLInputElement).select(), field);
  await browser.keys("Backspace");
  if (text) await field.addValue(text);
  expect(await field.getValue()).toBe(text);
}

/** Presses Search on the log and waits for its answer. */
async function search() {
  const log = await byTestId("log");
  const before = await log.getAttribute("data-searches");
  await byTestId("log-search").click();
  await browser.waitUntil(async () => (await log.getAttribute("data-searches")) !== before);
}

/** The log's rows after searching for a name or phone. */
async function searchLog(name: string): Promise<{ id: string; text: string }[]> {
  await openStaffPage("log");
  await browser.waitUntil(async () => (await byTestId("log").getAttribute("data-searches")) !== "0");
  await type("log-name", name);
  await search();
  return browser.execute(() =>
    Array.from(document.querySelectorAll("tr[data-consultation]")).map((r) => ({
      id: r.getAttribute("data-consultation") ?? "",
      text: r.textContent ?? "",
    })),
  );
}

/** The total of consultations the figures count. */
async function totalCounted(): Promise<number> {
  await openStaffPage("stats");
  const total = await byTestId("total-consultations");
  await total.waitForDisplayed();
  return Number(await total.getText());
}

/** Parses the CSV the app wrote (UTF-8 with a BOM, quoted fields, no newlines in fields). */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/)
    .map((line) => {
      const cells: string[] = [];
      let cell = "";
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted && c === '"' && line[i + 1] === '"') (cell += '"'), i++;
        else if (c === '"') quoted = !quoted;
        else if (c === "," && !quoted) cells.push(cell), (cell = "");
        else cell += c;
      }
      cells.push(cell);
      return cells;
    });
}

describe("county-office mode", () => {
  it("asks staff to sign in before anything else", async () => {
    await waitForScreen("welcome");
    expect(await $("div.frame").getAttribute("data-mode")).toBe("office");
    expect(await byTestId("start").isExisting()).toBe(false);
    for (const digit of "1111") await $(`.pinpad [data-key="${digit}"]`).click();
    await byTestId("staff-sign-in").click();
    await (await byTestId("staff-error")).waitForDisplayed();
    await checkScreen("office-sign-in-zh-CN");
    await signIn();
    expect(await byTestId("start").isDisplayed()).toBe(true);
  });

  it("keeps name and phone only after the applicant's consent", async () => {
    const { answers } = persona("graduate-self-employed");
    await startOver("zh-CN");
    await walk(answers);
    await results();
    const record = await byTestId("record");
    await record.scrollIntoView();
    // Without consent there is nowhere to type a name, a phone or a note (issue #15: the note
    // was kept without consent).
    expect(await byTestId("record-name").isEnabled()).toBe(false);
    expect(await byTestId("record-phone").isEnabled()).toBe(false);
    expect(await byTestId("record-note").isEnabled()).toBe(false);
    await byTestId("record-consent").click();
    expect(await byTestId("record-name").isEnabled()).toBe(true);
    await type("record-name", "王芳");
    await type("record-phone", "13900000000");
    await byTestId("record-follow-up").selectByAttribute("value", "referred");
    await type("record-note", "已转介人社局");
    await byTestId("record-save").click();
    await (await byTestId("record-saved")).waitForDisplayed();
    await checkScreen("office-results-record-zh-CN");
  });

  it("finds the consultation in the log by name, phone and group, and opens it as it was", async () => {
    let rows = await searchLog("王芳");
    expect(rows.length).toBe(1);
    expect(rows[0].text).toContain("13900000000");
    expect(rows[0].text).toContain("平鲁区");
    expect(rows[0].text).toContain("已转介");
    expect((await searchLog("3900000")).map((r) => r.id)).toEqual([rows[0].id]);
    expect(await searchLog("李四")).toEqual([]);
    await type("log-name", "");
    await byTestId("log-group").selectByAttribute("value", "veteran");
    await search();
    expect(await byTestId("log-empty").isDisplayed()).toBe(true);
    await byTestId("log-group").selectByAttribute("value", "graduate");
    await search();
    expect(await $$("tr[data-consultation]").length).toBe(1);
    rows = await searchLog("王芳");
    await checkScreen("office-log-zh-CN");

    await $(`tr[data-consultation="${rows[0].id}"] [data-testid="log-open"]`).click();
    await (await byTestId("past-consultation")).waitForDisplayed();
    await browser.waitUntil(async () => (await $$(".stored-verdicts [data-measure-id]").length) > 0);
    const statuses = await browser.execute(() =>
      Object.fromEntries(
        Array.from(document.querySelectorAll(".stored-verdicts [data-measure-id]")).map((v) => [
          v.getAttribute("data-measure-id"),
          v.getAttribute("data-status"),
        ]),
      ),
    );
    // As the results screen showed them (the persona's expectations, read from its file).
    expect(statuses["graduate-social-insurance-subsidy"]).toBe("needs_review");
    expect(statuses["ip-enforcement"]).toBe("eligible");
    expect(statuses["contest-project-follow-up-support"]).toBe("needs_review");
    await browser.waitUntil(async () => (await byTestId("record-name").getValue()) === "王芳");
    await checkScreen("office-past-consultation-zh-CN");
  });

  it("exports the consultations as CSV with the follow-up and without name or phone", async () => {
    expect(await totalCounted()).toBe(1);
    await browser.waitUntil(async () => (await $$("[data-section] canvas").length) > 0, {
      timeoutMsg: "no chart was drawn",
    });
    await byTestId("export-consultations-csv").click();
    const written = await byTestId("export-written");
    await written.waitForDisplayed();
    const file = await $('[data-testid="export-written"] code').getText();
    expect(path.dirname(file)).toBe(path.join(dataDir(), "exports"));
    const text = readFileSync(file, "utf8");
    const rows = parseCsv(text);
    expect(rows.length).toBe(2);
    const [heading, row] = rows;
    const column = (name: string) => row[heading.indexOf(name)];
    expect(heading).toContain("跟进状态");
    expect(column("跟进状态")).toBe("已转介");
    expect(text).not.toContain("王芳");
    expect(text).not.toContain("13900000000");
    expect(text).not.toContain("已转介人社局");
    await byTestId("export-statistics-xlsx").click();
    await browser.waitUntil(async () => (await $('[data-testid="export-written"] code').getText()).endsWith(".xlsx"));
    await checkScreen("office-stats-zh-CN");
    await $('[data-section="matched"]').scrollIntoView();
    await screenshot("office-stats-charts-zh-CN");
  });

  it("lets staff fill in the department directory, which the applicant's results then show", async () => {
    // A department the results of this persona name.
    await byTestId("staff-nav-consultation").click();
    await startOver("zh-CN");
    await walk(persona("graduate-self-employed").answers);
    await results();
    const department = await $("li[data-department]").getAttribute("data-department");
    expect(department).toBeTruthy();

    await openStaffPage("directory");
    await byTestId("directory-county").selectByAttribute("value", "pinglu");
    const entry = await $(`fieldset[data-department="${department}"]`);
    await entry.waitForDisplayed();
    await entry.$('input[type="tel"]').setValue("0349-0000000");
    await entry.$('[data-testid="directory-save"]').click();
    await entry.$(".saved").waitForDisplayed();
    await checkScreen("office-directory-zh-CN");

    await byTestId("staff-nav-consultation").click();
    await startOver("zh-CN");
    await walk(persona("graduate-self-employed").answers);
    await results();
    const phones = await browser.execute(
      (id) => Array.from(document.querySelectorAll(`li[data-department="${id}"] .contact`)).map((c) => c.textContent),
      department,
    );
    expect(phones.length).toBeGreaterThan(0);
    for (const p of phones) expect(p).toContain("0349-0000000");
  });

  it("keeps an audit log of staff actions without personal data", async () => {
    await openStaffPage("audit");
    const text = await byTestId("audit").getText();
    for (const action of ["工作人员登录", "保存跟进记录", "导出文件", "修改通讯录"]) expect(text).toContain(action);
    expect(text).not.toContain("王芳");
    await checkScreen("office-audit-zh-CN");
    // The staff screens in the other languages.
    for (const locale of ["zh-TW", "en"]) {
      await chooseLanguage(locale);
      for (const page of ["audit", "log", "stats", "directory", "packs"]) {
        await openStaffPage(page);
        await settled();
        if (page === "stats") await chartsDrawn();
        await checkScreen(`office-${page}-${locale}`);
      }
    }
    await chooseLanguage("zh-CN");
  });

  it("erases personal data after the retention period and keeps the figures", async () => {
    const before = await totalCounted();
    const later = new Date(Date.now() + 181 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const out = runCli(["--lang", "en", "purge", "--data-dir", dataDir(), "--on", later]);
    expect(out).toMatch(/Erased the name, phone and note of [1-9]/);
    expect(await searchLog("王芳")).toEqual([]);
    const rows = await searchLog("");
    expect(rows.length).toBe(3);
    expect(rows.map((r) => r.text).join()).toContain("已转介");
    expect(await totalCounted()).toBe(before);
  });

  it("erases one applicant's consultation on request, and signs out", async () => {
    const before = await totalCounted();
    const [first] = await searchLog("");
    expect(first).toBeDefined();
    await $(`tr[data-consultation="${first.id}"] [data-testid="log-open"]`).click();
    await (await byTestId("erase")).waitForDisplayed();
    await byTestId("erase").click();
    await byTestId("erase-confirm").click();
    await (await byTestId("log")).waitForDisplayed();
    const after = await searchLog("");
    expect(after.map((r) => r.id)).not.toContain(first.id);
    expect(await totalCounted()).toBe(before);
    await byTestId("staff-sign-out").click();
    await (await byTestId("office-sign-in")).waitForDisplayed();
    expect(await byTestId("staff-nav").isExisting()).toBe(false);
    await screenshot("office-signed-out");
  });
});
