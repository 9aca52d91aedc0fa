// End-to-end tests of the real desktop app: WebdriverIO → tauri-driver → WebKitWebDriver →
// the built navigator-desktop binary (front end embedded). Run through `npm run e2e` under
// xvfb-run; scripts/test does all of that.

import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir, homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const target = process.env.CARGO_TARGET_DIR ?? path.join(homedir(), ".cache/navigator/target");
export const appBinary = process.env.NAVIGATOR_APP ?? path.join(target, "debug/navigator-desktop");
const cliBinary = process.env.NAVIGATOR_CLI ?? path.join(target, "debug/navigator");
const driverBinary = process.env.TAURI_DRIVER ?? path.join(homedir(), ".cargo/bin/tauri-driver");
// Where tauri-driver listens, and WebKitWebDriver behind it: another port pair lets two suites
// run on one machine (NAVIGATOR_E2E_PORT=4544 uses 4544 and 4545).
const port = Number(process.env.NAVIGATOR_E2E_PORT ?? 4444);

let driver: ChildProcess | undefined;

/** Builds the default pack as version 1.5.0 (and as `older`, if given) and signs it, as a
 * policy office would: a key pair and signed archives. Returns the archives and the public key
 * to trust. */
function signedPack(older?: string): { zip: string; olderZip: string; publicKey: string; work: string } {
  const work = mkdtempSync(path.join(tmpdir(), "navigator-pack-"));
  const packDir = path.join(work, "pack");
  cpSync(path.join(here, "../../assets/packs/shuozhou-2021-26"), packDir, { recursive: true });
  const manifest = path.join(packDir, "pack.toml");
  const original = readFileSync(manifest, "utf8");
  if (!/^version = ".*"$/m.test(original)) throw new Error(`no version line in ${manifest}`);
  cli(["keygen", "--out", path.join(work, "keys")]);
  const build = (version: string, zip: string) => {
    writeFileSync(manifest, original.replace(/^version = ".*"$/m, `version = "${version}"`));
    cli(["pack", "build", packDir, "-o", zip, "--sign", path.join(work, "keys/pack-signing.key")]);
  };
  const olderZip = path.join(work, "older.zip");
  if (older) build(older, olderZip);
  const zip = path.join(work, "pack.zip");
  build("1.5.0", zip);
  const publicKey = readFileSync(path.join(work, "keys/pack-signing.pub"), "utf8").trim().split("\n")[1];
  return { zip, olderZip, publicKey, work };
}

const cli = (args: string[]) => execFileSync(cliBinary, args, { stdio: ["ignore", "pipe", "inherit"] });

/** Installs the signed 1.5.0 pack in `dataDir`, as staff would with the CLI. */
function installPack(dataDir: string) {
  const { zip, publicKey } = signedPack();
  writeFileSync(path.join(dataDir, "settings.toml"), `trusted_keys = ["${publicKey}"]\n`);
  cli(["pack", "install", zip, "--data-dir", dataDir]);
}

/** An office's "USB stick": the signed 1.5.0 pack, a tampered copy (one byte changed), a copy
 * cut off half-way (as a pulled stick leaves it), an unsigned build, and the pack signed as
 * 0.9.0, older than the built-in one. The key is trusted, exports go into the data
 * directory. */
function officeSettings(dataDir: string, withPacks: boolean, withStick: boolean, printer?: string) {
  const lines = [`export_dir = ${JSON.stringify(path.join(dataDir, "exports"))}`];
  if (printer) lines.push(`printer = ${JSON.stringify(printer)}`);
  if (withStick && !withPacks) {
    // An empty "USB stick" the spec puts its lists on.
    const stick = path.join(dataDir, "usb-stick");
    mkdirSync(stick);
    lines.push(`pack_import_dirs = [${JSON.stringify(stick)}]`);
  }
  if (withPacks) {
    const { zip, olderZip, publicKey, work } = signedPack("0.9.0");
    const stick = path.join(dataDir, "usb-stick");
    mkdirSync(stick);
    cpSync(olderZip, path.join(stick, "pack-0.9.0.zip"));
    const good = readFileSync(zip);
    writeFileSync(path.join(stick, "pack-1.5.0.zip"), good);
    const tampered = Buffer.from(good);
    const at = Math.floor(tampered.length / 2);
    tampered[at] = tampered[at] ^ 0xff;
    writeFileSync(path.join(stick, "pack-1.5.0-tampered.zip"), tampered);
    writeFileSync(path.join(stick, "pack-1.5.0-half.zip"), good.subarray(0, Math.floor(good.length / 2)));
    cli(["pack", "build", path.join(work, "pack"), "-o", path.join(stick, "pack-unsigned.zip"), "--unsigned"]);
    lines.push(`trusted_keys = ["${publicKey}"]`, `pack_import_dirs = [${JSON.stringify(stick)}]`);
  }
  writeFileSync(path.join(dataDir, "settings.toml"), lines.join("\n") + "\n");
}

/** Resolves once something listens on `port` (tauri-driver, once it has started). */
async function listening(port: number, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() > until) throw new Error(`nothing listens on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Idle and countdown seconds for the kiosk specs: short, so that the idle wipe comes soon;
 * the spec that looks at the "Still there?" dialog gets a countdown that cannot run out while
 * axe-core and the screenshot look at it. */
function kioskTimings(specs: string[]): Record<string, string> {
  // By file name: a clone's own path may hold "read-aloud" (a worktree named after a branch).
  const long = specs.some((s) => s.includes("kiosk-idle-dialog") || path.basename(s).startsWith("read-aloud"));
  const [idle, countdown] = long ? ["5", "300"] : ["8", "4"];
  // The kiosk spec checks that the results wait longer (results_idle_seconds, 180 s by default).
  return { NAVIGATOR_IDLE_SECONDS: idle, NAVIGATOR_IDLE_COUNTDOWN_SECONDS: countdown };
}

export const config: WebdriverIO.Config = {
  runner: "local",
  specs: [path.join(here, "specs/*.e2e.ts")],
  maxInstances: 1,
  hostname: "127.0.0.1",
  port,
  capabilities: [
    {
      // @ts-expect-error tauri-driver's own capability
      "tauri:options": { application: appBinary },
      // tauri-driver speaks classic WebDriver only.
      "wdio:enforceWebDriverClassic": true,
    },
  ],
  logLevel: "warn",
  // The tauri-driver ↔ WebKitWebDriver link drops a request now and then: keep retrying.
  connectionRetryCount: 5,
  connectionRetryTimeout: 120_000,
  waitforTimeout: 15_000,
  framework: "mocha",
  reporters: ["spec"],
  mochaOpts: { ui: "bdd", timeout: 180_000 },

  // Each spec file gets a fresh app and a fresh, empty data directory — except the spec about
  // an unusable one, whose "directory" sits under a plain file and can never be created.
  beforeSession(_config, _capabilities, specs) {
    let dataDir = mkdtempSync(path.join(tmpdir(), "navigator-e2e-"));
    if (specs.some((s) => s.includes("unusable-data-dir"))) {
      const blocker = path.join(dataDir, "a-file");
      writeFileSync(blocker, "a file where the data folder should be");
      dataDir = path.join(blocker, "data");
    }
    process.env.NAVIGATOR_E2E_DATA_DIR = dataDir;
    // What the app writes on stderr (what the window refused to show, say), for the specs to
    // read: NAVIGATOR_E2E_APP_LOG.
    const appLog = path.join(mkdtempSync(path.join(tmpdir(), "navigator-log-")), "app.log");
    writeFileSync(appLog, "");
    process.env.NAVIGATOR_E2E_APP_LOG = appLog;
    // The spec about a damaged database finds one where the database should be.
    if (specs.some((s) => s.includes("damaged-database"))) {
      writeFileSync(path.join(dataDir, "navigator.sqlite3"), "not a database: a file copied over it by mistake\n".repeat(200));
    }
    // What the app would say aloud: a debug build writes it here instead of speaking
    // (src-tauri/src/voice.rs), for the specs to read (NAVIGATOR_E2E_SPEECH_LOG), and no
    // test run makes a sound.
    const speechLog = path.join(path.dirname(appLog), "speech.log");
    writeFileSync(speechLog, "");
    process.env.NAVIGATOR_E2E_SPEECH_LOG = speechLog;
    // Specs named after a mode run the app in that mode, with short kiosk timings; the
    // read-aloud spec runs a kiosk, whose countdown is spoken.
    const readAloud = specs.some((s) => path.basename(s).startsWith("read-aloud"));
    const mode = readAloud ? "kiosk" : ["kiosk", "office"].find((m) => specs.some((s) => path.basename(s).startsWith(`${m}`)));
    const modeEnv = mode ? { NAVIGATOR_MODE: mode, ...kioskTimings(specs) } : {};
    // A first-run spec starts from nothing, as an installation from the package does: staff
    // set it up in the app. Elsewhere staff have a PIN, set the way staff set it: 2468 in an
    // office, 246813 at a kiosk (a kiosk refuses PINs under six digits unchecked).
    const firstRun = specs.some((s) => s.includes("first-run"));
    // The printout spec's office names a printer this machine does not have (see PRINTER there).
    const has = (name: string) => specs.some((s) => s.includes(name));
    if (mode === "office" && !firstRun) {
      officeSettings(dataDir, has("office-packs"), has("office-lists"), has("office-printout") ? "已撤走的打印机 HP-3" : undefined);
    }
    if (mode && !firstRun) {
      const pin = mode === "kiosk" ? "246813" : "2468";
      execFileSync(cliBinary, ["set-pin", "--data-dir", dataDir], { input: `${pin}\n`, env: { ...process.env, NAVIGATOR_MODE: mode } });
    }
    if (specs.some((s) => s.includes("installed-pack"))) installPack(dataDir);
    // On a machine without a GPU, like this one, the app draws without WebKit's compositing
    // (src-tauri/src/rendering.rs). WebKitWebDriver then takes about 15 s per screenshot, so
    // the specs that take screenshots run with compositing on; the others (the personas,
    // keyboard, navigation and start-up specs, the memory bench) run as the app runs on such a
    // machine.
    const source = (s: string) => readFileSync(s.startsWith("file:") ? fileURLToPath(s) : s, "utf8");
    const takesScreenshots = specs.some((s) => /\b(checkScreen|screenshot)\(/.test(source(s)));
    const renderingEnv = takesScreenshots ? { WEBKIT_DISABLE_COMPOSITING_MODE: "0" } : {};
    driver = spawn(driverBinary, ["--port", String(port), "--native-port", String(port + 1)], {
      stdio: ["ignore", "inherit", "pipe"],
      // NAVIGATOR_E2E_KEEP_PAGE: a kiosk's wipe keeps the page's process, which WebKitWebDriver
      // needs to go on (src-tauri/src/page.rs); tests/e2e/kiosk/new-page.test.ts checks the
      // renewal without WebDriver.
      env: { ...process.env, ...modeEnv, ...renderingEnv, NAVIGATOR_DATA_DIR: dataDir, NAVIGATOR_SPEECH_LOG: speechLog, NAVIGATOR_E2E_KEEP_PAGE: "1" },
    });
    driver.stderr?.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk);
      appendFileSync(appLog, chunk);
    });
    return listening(port);
  },
  // A failed test leaves a picture of the window behind (tests/e2e/screenshots/failed-*.png).
  async afterTest(test, _context, { passed }) {
    if (passed) return;
    const dir = path.join(here, "screenshots");
    mkdirSync(dir, { recursive: true });
    const name = `${test.parent} ${test.title}`.replace(/[^a-zA-Z0-9-]+/g, "-").slice(0, 120);
    await browser.saveScreenshot(path.join(dir, `failed-${name}.png`)).catch(() => undefined);
  },
  afterSession() {
    driver?.kill();
  },
};
