// Saving stops part-way: another program takes the database's write lock (as a backup tool or
// a second copy of the app might) while an applicant answers. The app waits, gives up, says on
// screen — in every language — that answers are no longer saved, and serves the applicant to
// the results from memory. Nothing of the consultation is written after that.

import { $, expect } from "@wdio/globals";
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import {
  answer,
  byMeasure,
  chooseLanguage,
  coreCards,
  persona,
  results,
  runCli,
  says,
  startOver,
  untranslated,
  walk,
} from "../helpers";

const db = () => path.join(process.env.NAVIGATOR_E2E_DATA_DIR ?? "", "navigator.sqlite3");

/** Another program holding the database's write lock until it is told to let go. */
async function holdTheWriteLock(): Promise<() => Promise<void>> {
  const holder = spawn(
    "python3",
    [
      "-c",
      "import sqlite3, sys\n" +
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n" +
        "c.execute('BEGIN IMMEDIATE')\n" +
        "print('held', flush=True)\n" +
        "sys.stdin.read()\n",
      db(),
    ],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const [first] = (await once(holder.stdout, "data")) as [Buffer];
  expect(first.toString()).toContain("held");
  return async () => {
    holder.stdin.end();
    await once(holder, "exit");
  };
}

describe("a database that stops taking writes", () => {
  it("is announced on screen in every language, and the applicant reaches the results", async () => {
    const { answers } = persona("graduate-self-employed");
    await startOver("en");
    const release = await holdTheWriteLock();
    try {
      // The first answer cannot be saved: the database stays locked past the app's wait.
      await answer(answers.groups);
    } finally {
      await release();
    }
    for (const locale of ["zh-CN", "zh-TW", "en"]) {
      await chooseLanguage(locale);
      const text = await $('[data-testid="notice"]').getText();
      expect(says(text, locale, "warn-not-saved")).toBe(true);
      expect(says(text, locale, "error-store-busy")).toBe(true);
      expect(await untranslated()).toEqual([]);
    }
    // The lock is gone, but the consultation stays in memory: half of it saved would mislead.
    await walk(answers);
    const shown = await results();
    expect(shown.sort(byMeasure)).toEqual(coreCards(answers, "en").sort(byMeasure));
    expect(await $('[data-testid="notice"]').isDisplayed()).toBe(true);
    expect(runCli(["--lang", "en", "history", "--db", db()]).trim()).toBe("No consultations saved yet.");
  });
});
