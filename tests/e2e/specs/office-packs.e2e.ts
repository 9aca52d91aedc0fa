// Policy-pack updates from the staff screens: wdio.conf puts four archives on a "USB stick"
// folder named in the settings — the default pack signed as version 1.5.0 with a trusted key, a
// copy with one byte changed, a copy cut off half-way, and an unsigned build. Only the first
// may be installed; the others are refused and change nothing; rollback brings back the
// built-in pack.

import { $, browser, expect } from "@wdio/globals";
import { existsSync } from "node:fs";
import path from "node:path";
import { builtInVersion, checkScreen, waitForScreen } from "../helpers";

const byTestId = (id: string) => $(`[data-testid="${id}"]`);
const activeZip = () => path.join(process.env.NAVIGATOR_E2E_DATA_DIR ?? "", "packs/active.zip");

async function current(): Promise<string> {
  return byTestId("packs-current").getText();
}

/** Chooses an archive; returns the refusal shown, or "" if its changes are shown instead. */
async function choose(name: string): Promise<string> {
  await $(`[data-testid="pack-file"][data-name="${name}"]`).click();
  await browser.waitUntil(async () => (await byTestId("packs-error").isExisting()) || (await byTestId("pack-diff").isExisting()));
  return (await byTestId("packs-error").isExisting()) ? byTestId("packs-error").getText() : "";
}

describe("policy-pack updates", () => {
  it("lists the archives on the stick, and the pack in use", async () => {
    await waitForScreen("welcome");
    for (const digit of "2468") await $(`.pinpad [data-key="${digit}"]`).click();
    await byTestId("staff-sign-in").click();
    await byTestId("staff-nav-packs").click();
    await (await byTestId("packs")).waitForDisplayed();
    await browser.waitUntil(async () => (await $$files()).length === 4);
    expect(await current()).toContain(builtInVersion);
    expect(await byTestId("packs-rollback").isExisting()).toBe(false);
  });

  it("refuses a tampered, a truncated and an unsigned archive, and changes nothing", async () => {
    for (const [name, reason] of [
      ["pack-1.5.0-tampered.zip", /改动|损坏|篡改|不一致/],
      ["pack-1.5.0-half.zip", /损坏|不完整|无法/],
      ["pack-unsigned.zip", /签名/],
    ] as const) {
      const refusal = await choose(name);
      expect(refusal).toMatch(reason);
      expect(await byTestId("pack-diff").isExisting()).toBe(false);
      expect(await current()).toContain(builtInVersion);
      expect(existsSync(activeZip())).toBe(false);
    }
    await checkScreen("packs-refused-zh-CN");
  });

  it("shows what a good archive changes, installs it, and rolls back", async () => {
    expect(await choose("pack-1.5.0.zip")).toBe("");
    const diff = await byTestId("pack-diff").getText();
    expect(diff).toContain(builtInVersion);
    expect(diff).toContain("1.5.0");
    await checkScreen("packs-preview-zh-CN");
    await byTestId("pack-install").click();
    await (await byTestId("packs-done")).waitForDisplayed();
    await browser.waitUntil(async () => (await current()).includes("1.5.0"));
    expect(existsSync(activeZip())).toBe(true);
    await (await byTestId("packs-rollback")).waitForDisplayed();
    await checkScreen("packs-installed-zh-CN");
    await byTestId("packs-rollback").click();
    await (await byTestId("packs-done")).waitForDisplayed();
    await browser.waitUntil(async () => (await current()).includes(builtInVersion));
    expect(await current()).not.toContain("1.5.0");
  });
});

async function $$files() {
  return browser.execute(() =>
    Array.from(document.querySelectorAll('[data-testid="pack-file"]')).map((f) => f.getAttribute("data-name")),
  );
}
