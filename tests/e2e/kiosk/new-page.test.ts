// A kiosk gives each person a page process of their own (src-tauri/src/page.rs): after the
// wipe — Start over, or the idle timer — the page's process ends and the app opens in a new
// one, on the welcome screen in the pack's language, with nothing of the last person. And if
// the page's process crashes, the window loads the app again instead of staying blank.
//
// Not a WebdriverIO spec: WebKitWebDriver ends its session when the page's process ends. The
// kiosk is driven through WebKit's inspector (visitor.ts). scripts/test runs this file under
// Xvfb with the debug builds:  npx tsx --test tests/e2e/kiosk/new-page.test.ts

import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { after, before, test } from "node:test";
import { DEFAULT_LOCALE, startKiosk, Visitor, type Kiosk } from "./visitor";

const port = Number(process.env.NAVIGATOR_KIOSK_INSPECTOR_PORT ?? 9320);

/** The app's page processes now running (WebKit's web processes, children of the app). */
function pageProcesses(app: number): number[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        return Number(fields[1]) === app && readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "WebKitWebProces";
      } catch {
        return false; // ended meanwhile
      }
    });
}

/** The one page process, once there is exactly one (the old one may take a moment to go). */
async function thePageProcess(app: number): Promise<number> {
  const end = Date.now() + 10_000;
  for (;;) {
    const found = pageProcesses(app);
    if (found.length === 1) return found[0];
    if (Date.now() > end) throw new Error(`expected one page process, found ${found.length}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let kiosk: Kiosk;
let visitor: Visitor;

before(async () => {
  kiosk = await startKiosk(port);
  visitor = new Visitor(kiosk.page);
  await visitor.begin();
});

after(() => kiosk?.stop());

test("Start over gives the next person a new page process, on the welcome screen in the pack's language", async () => {
  const app = kiosk.child.pid ?? 0;
  const first = await thePageProcess(app);
  await visitor.consultation("veteran-returning-migrant-worker", "en", "start-over");
  assert.equal(visitor.renews, true, "the page that served the person is not the next person's");
  const second = await thePageProcess(app);
  assert.notEqual(second, first, "a new process, not the old one reloaded");
  assert.deepEqual(pageProcesses(app), [second], "the old process has ended, not kept aside");
  const here = await visitor.where();
  assert.deepEqual([here.screen, here.lang], ["welcome", DEFAULT_LOCALE]);
});

test("the idle wipe gives the next person a new page process too", async () => {
  const app = kiosk.child.pid ?? 0;
  const before = await thePageProcess(app);
  await visitor.consultation("graduate-self-employed", "zh-TW", "idle");
  const now = await thePageProcess(app);
  assert.notEqual(now, before);
  assert.equal(visitor.pages, 3, "three people's pages: the first, and one after each wipe");
});

test("a page process that crashes is replaced: the window loads the app again", async () => {
  const app = kiosk.child.pid ?? 0;
  const crashed = await thePageProcess(app);
  process.kill(crashed, "SIGKILL");
  const end = Date.now() + 20_000;
  let back = false;
  while (!back && Date.now() < end) {
    const found = pageProcesses(app).filter((pid) => pid !== crashed);
    back = found.length === 1 && (await kiosk.page.evaluate<string>("document.querySelector('main')?.getAttribute('data-screen') ?? ''").catch(() => "")) === "welcome";
    if (!back) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.ok(back, "the welcome screen again, in a new page process");
});
