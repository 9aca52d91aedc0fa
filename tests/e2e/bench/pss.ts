// Proportional set size of a process and all its descendants (WebKitGTK runs the page and the
// network in child processes), read from /proc/<pid>/smaps_rollup. Linux only.

import { readFileSync, readdirSync, readlinkSync, realpathSync } from "node:fs";

function pids(): number[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may itself hold spaces or parentheses.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return undefined; // the process ended meanwhile
  }
}

/** The process running `binary` (there must be exactly one). */
export function processOf(binary: string): number {
  const wanted = realpathSync(binary);
  const found = pids().filter((pid) => {
    try {
      return readlinkSync(`/proc/${pid}/exe`) === wanted;
    } catch {
      return false;
    }
  });
  if (found.length !== 1) throw new Error(`expected one process of ${wanted}, found ${found.length}`);
  return found[0];
}

/** `root` and every process descended from it. */
export function tree(root: number): number[] {
  const parents = new Map(pids().map((pid) => [pid, parentOf(pid)]));
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (parent !== undefined && inTree.has(parent) && !inTree.has(pid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  return [...inTree];
}

/** A field of /proc/<pid>/smaps_rollup in KiB (0 if the process has ended or is not ours to
 * read). */
function rollupKiB(pid: number, field: "Pss" | "Anonymous"): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    const line = rollup.split("\n").find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) : 0;
  } catch {
    return 0;
  }
}

/** PSS in KiB of one process (0 if it has ended or is not ours to read). */
export function pssKiB(pid: number): number {
  return rollupKiB(pid, "Pss");
}

function nameOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "?";
  }
}

/** PSS in KiB summed over the process running `binary` and its descendants, with the share of
 * each process by name (e.g. `WebKitWebProces`, the page; `navigator-deskt`, the shell) and, in
 * parentheses, its anonymous memory: what the process itself allocated, which — unlike PSS,
 * where a shared library's pages are split among every process that maps them — does not
 * depend on what else runs on the machine. */
export function treePssKiB(binary: string): { kib: number; processes: number; parts: string } {
  const members = tree(processOf(binary)).map((pid) => ({
    name: nameOf(pid),
    kib: pssKiB(pid),
    anon: rollupKiB(pid, "Anonymous"),
  }));
  const mib = (kib: number) => Math.round(kib / 1024);
  return {
    kib: members.reduce((sum, m) => sum + m.kib, 0),
    processes: members.length,
    parts: members.map((m) => `${m.name}=${mib(m.kib)}M(anon ${mib(m.anon)}M)`).join(","),
  };
}
