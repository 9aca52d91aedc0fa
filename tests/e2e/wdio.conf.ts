// End-to-end tests of the real desktop app: WebdriverIO → tauri-driver → WebKitWebDriver →
// the built navigator-desktop binary (front end embedded). Run through `npm run e2e` under
// xvfb-run; scripts/test does all of that.

import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir, homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const target = process.env.CARGO_TARGET_DIR ?? path.join(homedir(), ".cache/navigator/target");
export const appBinary = process.env.NAVIGATOR_APP ?? path.join(target, "debug/navigator-desktop");
const driverBinary = process.env.TAURI_DRIVER ?? path.join(homedir(), ".cargo/bin/tauri-driver");

let driver: ChildProcess | undefined;

export const config: WebdriverIO.Config = {
  runner: "local",
  specs: [path.join(here, "specs/*.e2e.ts")],
  maxInstances: 1,
  hostname: "127.0.0.1",
  port: 4444,
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
    driver = spawn(driverBinary, [], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NAVIGATOR_DATA_DIR: dataDir },
    });
    return new Promise((resolve) => setTimeout(resolve, 1500));
  },
  afterSession() {
    driver?.kill();
  },
};
