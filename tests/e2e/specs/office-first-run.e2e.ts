// A county office installed from the package alone (issue #16): wdio.conf starts the app with
// NAVIGATOR_MODE=office and a fresh, empty data folder — no settings, no PIN, no terminal.
// The app asks for its setup first; staff set the PIN (the same checks as `navigator set-pin`),
// the county and the export folder; then sign in with that PIN, find the county in use, and
// sign out. scripts/package runs this spec again against the installed .deb.

import { $, browser, expect } from "@wdio/globals";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkScreen, says, typeInto, waitForScreen } from "../helpers";

const dataDir = () => process.env.NAVIGATOR_E2E_DATA_DIR ?? "";
const settingsFile = () => path.join(dataDir(), "settings.toml");
const byTestId = (id: string) => $(`[data-testid="${id}"]`);

async function signIn(pin: string) {
  await (await byTestId("office-sign-in")).waitForDisplayed();
  for (const digit of pin) await $(`.pinpad [data-key="${digit}"]`).click();
  await byTestId("staff-sign-in").click();
}

describe("a fresh office installation", () => {
  it("shows the setup before anything else, with the mode the deployment fixed", async () => {
    await (await byTestId("setup")).waitForDisplayed();
    expect(await byTestId("office-sign-in").isExisting()).toBe(false);
    expect(await byTestId("start").isExisting()).toBe(false);
    const fixed = await byTestId("setup-mode-fixed").getText();
    expect(says(fixed, "zh-CN", "ui-setup-mode-office")).toBe(true);
    expect(existsSync(settingsFile())).toBe(false);
    await checkScreen("setup-first-run");
  });

  it("refuses PINs that differ or are too short, and writes nothing", async () => {
    await typeInto("setup-pin", "2468");
    await typeInto("setup-pin-again", "2469");
    await byTestId("setup-save").click();
    const error = await byTestId("setup-error");
    await error.waitForDisplayed();
    expect(says(await error.getText(), "zh-CN", "error-pins-differ")).toBe(true);
    await typeInto("setup-pin", "24");
    await typeInto("setup-pin-again", "24");
    await byTestId("setup-save").click();
    await browser.waitUntil(async () => says(await error.getText(), "zh-CN", "error-pin-digits"));
    expect(existsSync(settingsFile())).toBe(false);
  });

  it("saves the PIN, the county and the export folder, and then asks staff to sign in", async () => {
    const exports = path.join(dataDir(), "导出 文件");
    await typeInto("setup-pin", "246810");
    await typeInto("setup-pin-again", "246810");
    await byTestId("setup-county").selectByAttribute("value", "pinglu");
    await typeInto("setup-export", exports);
    await byTestId("setup-save").click();
    await (await byTestId("office-sign-in")).waitForDisplayed();
    const written = readFileSync(settingsFile(), "utf8");
    expect(written).toMatch(/^mode = "office"$/m);
    expect(written).toMatch(/^county = "pinglu"$/m);
    expect(written).toMatch(/^staff_pin = "\$argon2/m);
    expect(written).not.toContain("246810");
    expect(existsSync(exports)).toBe(true);
  });

  it("lets staff sign in with the new PIN only, opens the directory at the county, and signs out", async () => {
    await signIn("135790");
    const error = await byTestId("staff-error");
    await error.waitForDisplayed();
    await signIn("246810");
    await (await byTestId("staff-nav")).waitForDisplayed();
    await byTestId("staff-nav-directory").click();
    await (await byTestId("directory")).waitForDisplayed();
    expect(await byTestId("directory-county").getValue()).toBe("pinglu");
    // The same screen, signed in: the setup is done, the PIN is kept unless typed again.
    await byTestId("staff-nav-setup").click();
    await (await byTestId("setup")).waitForDisplayed();
    expect(await byTestId("setup-county").getValue()).toBe("pinglu");
    await checkScreen("setup-signed-in");
    await byTestId("staff-sign-out").click();
    await (await byTestId("office-sign-in")).waitForDisplayed();
    await waitForScreen("welcome");
    expect(await byTestId("staff-nav").isExisting()).toBe(false);
  });
});
