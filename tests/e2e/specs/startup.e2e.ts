// The start-up measurement hook: NAVIGATOR_EXIT_WHEN_READY=1 makes the app print
// ready_ms=<ms> once its first screen is interactive, and exit 0.

import { expect } from "@wdio/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { appBinary } from "../wdio.conf";

describe("start-up hook", () => {
  it("prints ready_ms and exits 0", () => {
    const run = spawnSync(appBinary, [], {
      env: {
        ...process.env,
        NAVIGATOR_EXIT_WHEN_READY: "1",
        NAVIGATOR_DATA_DIR: mkdtempSync(path.join(tmpdir(), "navigator-ready-")),
      },
      timeout: 60_000,
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    const line = run.stdout.split("\n").find((l) => l.startsWith("ready_ms="));
    expect(line).toMatch(/^ready_ms=\d+$/);
    const ms = Number(line?.slice("ready_ms=".length));
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(60_000);
  });
});
