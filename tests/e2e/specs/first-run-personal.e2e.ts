// A fresh installation started from the menu, as a county officer does after installing the
// package (issue #16): no NAVIGATOR_MODE, no settings. The app opens as a personal PC — the
// questionnaire first — and offers the setup to staff on the welcome screen; staff make it an
// office there, in any language, and are told that the app starts again to become one.
// (Pressing "start again now" would end this test's app; tests/setup.rs checks the restart.)

import { $, browser, expect } from "@wdio/globals";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { chooseLanguage, says, typeInto, waitForScreen } from "../helpers";

const settingsFile = () => path.join(process.env.NAVIGATOR_E2E_DATA_DIR ?? "", "settings.toml");
const byTestId = (id: string) => $(`[data-testid="${id}"]`);

describe("a fresh installation started from the menu", () => {
  it("opens on the questionnaire and only offers the setup", async () => {
    await waitForScreen("welcome");
    await (await byTestId("start")).waitForDisplayed();
    expect(await byTestId("setup").isExisting()).toBe(false);
    await byTestId("setup-open").click();
    await (await byTestId("setup")).waitForDisplayed();
    await byTestId("setup-cancel").click();
    await (await byTestId("start")).waitForDisplayed();
    expect(existsSync(settingsFile())).toBe(false);
  });

  it("rewords the setup in the language chosen and keeps what was typed", async () => {
    await byTestId("setup-open").click();
    await (await byTestId("setup")).waitForDisplayed();
    await byTestId("setup-mode-office").click();
    await typeInto("setup-export", "exports");
    await chooseLanguage("en");
    await browser.waitUntil(async () => says(await $("[data-testid=setup] h1").getText(), "en", "ui-setup-title"));
    expect(await byTestId("setup-export").getValue()).toBe("exports");
    await typeInto("setup-pin", "2468");
    await typeInto("setup-pin-again", "2468");
    await byTestId("setup-save").click();
    const error = await byTestId("setup-error");
    await error.waitForDisplayed();
    expect(says(await error.getText(), "en", "error-export-folder-relative")).toBe(true);
    expect(existsSync(settingsFile())).toBe(false);
  });

  it("makes the computer an office and says the app starts again to become one", async () => {
    await typeInto("setup-export", "");
    await byTestId("setup-save").click();
    const restart = await byTestId("setup-restart");
    await restart.waitForDisplayed();
    expect(says(await restart.getText(), "en", "ui-setup-restart")).toBe(true);
    await (await byTestId("setup-restart-now")).waitForDisplayed();
    expect(readFileSync(settingsFile(), "utf8")).toMatch(/^mode = "office"$/m);
  });
});
