// The kiosk soak (scripts/bench runs it, under Xvfb; it is not part of the test suite): a kiosk
// serves hundreds of people between restarts. 200 consultations go through the real app in
// kiosk mode (8 s idle, 4 s countdown), each ended as a kiosk ends one — Start over on the
// results, or, every tenth, the idle wipe — in the three languages in turn, with the persona
// cases of the memory benchmark. PSS of the app and all its WebKit processes is taken on the
// welcome screen after 1, 50, 100, 150 and 200, each after the page has been still for two
// seconds. The goal: no growth per consultation (after 200 at most 1.15× after 1).
//
// The page is driven through WebKit's remote inspector (../kiosk/visitor.ts), not through
// WebDriver: a kiosk replaces the page's process after each person, and WebKitWebDriver ends
// its session when that process ends.
//
//   npx tsx tests/e2e/bench/kiosk-soak.ts
//
// NAVIGATOR_APP / NAVIGATOR_CLI: the binaries (default: the debug builds); NAVIGATOR_BENCH_OUT:
// where the figures go (default: stdout); NAVIGATOR_SOAK_CONSULTATIONS, NAVIGATOR_SOAK_MARKS
// (e.g. "1,20,40"): how many people, and after which the memory is taken; NAVIGATOR_SOAK_GC=1:
// a full garbage collection of the page's scripts before each measurement (to tell garbage
// not yet collected from memory held).

import { appendFileSync } from "node:fs";
import { app, startKiosk, Visitor } from "../kiosk/visitor";
import { longest, mix } from "./people";
import { treePssKiB } from "./pss";

const out = process.env.NAVIGATOR_BENCH_OUT ?? "/dev/stdout";
const total = Number(process.env.NAVIGATOR_SOAK_CONSULTATIONS ?? 200);
const marks = new Set(process.env.NAVIGATOR_SOAK_MARKS ? process.env.NAVIGATOR_SOAK_MARKS.split(",").map(Number) : [1, 50, 100, 150, total]);
const collect = process.env.NAVIGATOR_SOAK_GC === "1";
const port = Number(process.env.NAVIGATOR_SOAK_PORT ?? 9330);

const people = [longest, ...mix];
const locales = ["zh-CN", "zh-TW", "en"];

async function main() {
  const kiosk = await startKiosk(port);
  try {
    const visitor = new Visitor(kiosk.page);
    await visitor.begin();
    for (let i = 1; i <= total; i++) {
      const ending = i % 10 === 0 ? "idle" : "start-over";
      await visitor.consultation(people[i % people.length], locales[i % locales.length], ending);
      if (marks.has(i)) {
        await new Promise((resolve) => setTimeout(resolve, 2000));
        if (collect) await kiosk.page.collectGarbage();
        const { kib, processes, parts } = treePssKiB(app);
        appendFileSync(out, `soak after-${i} ${kib} KiB over ${processes} processes (${visitor.pages} page processes so far): ${parts}\n`);
      }
    }
  } finally {
    kiosk.stop();
  }
}

main().catch((e) => {
  console.error(`kiosk soak: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
