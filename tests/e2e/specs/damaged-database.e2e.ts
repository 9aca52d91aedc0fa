// A damaged database: wdio.conf.ts puts a file that is not a database where the database
// should be. The app keeps it aside unchanged, starts a fresh database, and says so on screen,
// in every language, with where the old file was kept; the questionnaire saves as usual.

import { $, expect } from "@wdio/globals";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { answer, chooseLanguage, runCli, screenshot, says, startOver, untranslated, waitForScreen } from "../helpers";

const dataDir = () => process.env.NAVIGATOR_E2E_DATA_DIR ?? "";

describe("a damaged database", () => {
  it("is kept aside and announced on screen in every language, with where it was kept", async () => {
    await waitForScreen("welcome");
    const kept = readdirSync(dataDir()).filter((f) => f.startsWith("navigator.damaged-"));
    expect(kept.length).toBe(1);
    const keptAt = path.join(dataDir(), kept[0]);
    expect(readFileSync(keptAt, "utf8")).toMatch(/^not a database: a file copied over it by mistake/);
    for (const locale of ["zh-CN", "zh-TW", "en"]) {
      await chooseLanguage(locale);
      const notice = await $('[data-testid="notice"]');
      await notice.waitForDisplayed();
      const text = await notice.getText();
      expect(says(text, locale, "warn-database-replaced")).toBe(true);
      expect(text).toContain(keptAt);
      expect(await untranslated()).toEqual([]);
      await screenshot(`notice-database-replaced-${locale}`);
    }
  });

  it("saves answers in the fresh database", async () => {
    await startOver("en");
    await answer(["veteran"]);
    const history = runCli(["--lang", "en", "history", "--db", path.join(dataDir(), "navigator.sqlite3")]);
    expect(history.split("\n")[0]).toContain(" 1 answers");
  });
});
