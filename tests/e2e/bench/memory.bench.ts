// The memory benchmark (scripts/bench runs it; it is not part of the test suite): PSS of the
// app and all its WebKit processes at the first screen and after full questionnaires, read the
// same way for the empty Tauri app (NAVIGATOR_BENCH_EMPTY=1), which only has a first screen.
// Each figure is taken after the page has been still for two seconds.

import { $, browser } from "@wdio/globals";
import { appendFileSync } from "node:fs";
import { appBinary } from "../wdio.conf";
import { persona, results, startOver, walk } from "../helpers";
import { longest, mix } from "./people";
import { treePssKiB } from "./pss";

const empty = process.env.NAVIGATOR_BENCH_EMPTY === "1";
const out = process.env.NAVIGATOR_BENCH_OUT ?? "/dev/stdout";
function record(stage: string) {
  const { kib, processes, parts } = treePssKiB(appBinary);
  appendFileSync(out, `pss ${empty ? "empty" : "app"} ${stage} ${kib} KiB over ${processes} processes: ${parts}\n`);
}

const settle = () => browser.pause(2000);

describe("memory", () => {
  it("is measured at the first screen", async () => {
    await browser.waitUntil(async () => (await browser.execute(() => document.readyState)) === "complete");
    if (!empty) await (await $("main[data-screen='welcome']")).waitForExist();
    await settle();
    record("first-screen");
  });

  if (!empty) {
    it("is measured after a full questionnaire, and after ten", async () => {
      await startOver("zh-CN");
      await walk(persona(longest).answers);
      await results();
      await settle();
      record("after-1-questionnaire");
      for (const name of mix) {
        await startOver("zh-CN");
        await walk(persona(name).answers);
        await results();
      }
      await settle();
      record("after-10-questionnaires");
    });
  }
});
