/**
 * Staging folders beside a version folder. A build writes into
 * `.<version>.staging-<pid>` and swaps it into place; while swapping, the
 * previous version waits in `.<version>.staging-<pid>.old`. The pid in the
 * name tells a later build which folders a killed build left behind: those
 * of a process that is gone are removed, and a previous version caught
 * half-way through a swap is put back.
 */
import { existsSync } from "node:fs";
import { readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const RETIRED_SUFFIX = ".old";

export function stagingPath(versionDir: string, pid: number = process.pid): string {
  return join(dirname(versionDir), `.${basename(versionDir)}.staging-${pid}`);
}

export function retiredPath(stagingDir: string): string {
  return `${stagingDir}${RETIRED_SUFFIX}`;
}

/** True unless the process is known to be gone (a pid of another user's process counts as alive). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

interface Leftover {
  readonly path: string;
  readonly pid: number;
  readonly retired: boolean;
}

async function leftovers(versionDir: string): Promise<Leftover[]> {
  const prefix = `.${basename(versionDir)}.staging-`;
  const names = await readdir(dirname(versionDir)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  const found: Leftover[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    const retired = rest.endsWith(RETIRED_SUFFIX);
    const digits = retired ? rest.slice(0, -RETIRED_SUFFIX.length) : rest;
    if (!/^\d+$/.test(digits)) continue;
    found.push({ path: join(dirname(versionDir), name), pid: Number(digits), retired });
  }
  return found;
}

/**
 * Remove the staging folders of builds of this version that are no longer
 * running (and this process's own, from an earlier attempt). A previous
 * version left in a retired folder while the version folder is missing is
 * renamed back first. Returns the folders removed or restored.
 */
export async function clearStaleStaging(versionDir: string): Promise<string[]> {
  const cleared: string[] = [];
  for (const leftover of await leftovers(versionDir)) {
    if (leftover.pid !== process.pid && processAlive(leftover.pid)) continue;
    if (leftover.retired && !existsSync(versionDir)) await rename(leftover.path, versionDir);
    else await rm(leftover.path, { recursive: true, force: true });
    cleared.push(leftover.path);
  }
  return cleared;
}
