// A policy pack installed with `navigator pack install` (signed, its key trusted in the
// settings) is the one the app uses; withdrawing the key makes the app fall back to the
// built-in pack and say so. wdio.conf prepares the data folder for this spec.

import { $, browser, expect } from "@wdio/globals";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { builtInVersion, persona, results, screenshot, startOver, waitForScreen, walk } from "../helpers";

/** The pack named on the results (its print header): id and version. */
async function packShown(): Promise<string> {
  const { answers } = persona("graduate-self-employed");
  await startOver("en");
  await walk(answers);
  await results();
  return browser.execute(() => document.querySelector(".print-header")?.textContent ?? "");
}

describe("an installed policy pack", () => {
  it("is the one the app uses", async () => {
    await waitForScreen("welcome");
    expect(await $('[data-testid="notice"]').isExisting()).toBe(false);
    expect(await packShown()).toContain("shuozhou-2021-26 1.5.0");
  });

  it("is set aside with a notice when its key is no longer trusted", async () => {
    const dataDir = process.env.NAVIGATOR_E2E_DATA_DIR ?? "";
    writeFileSync(path.join(dataDir, "settings.toml"), "trusted_keys = []\n");
    await browser.reloadSession();
    await waitForScreen("welcome");
    const notice = await $('[data-testid="notice"]');
    await notice.waitForDisplayed();
    // The app opens in 简体中文; the reason is worded too.
    expect(await notice.getText()).toMatch(/^已安装的政策包无法使用（政策包文件的签名密钥不受本单位信任.*），现使用内置政策包/);
    await screenshot("notice-installed-pack-refused-zh-CN");
    expect(await packShown()).toContain(`shuozhou-2021-26 ${builtInVersion}`);
  });
});
