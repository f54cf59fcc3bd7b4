/**
 * "Nothing changed": a record of the last build into a version folder (the
 * inputs' sizes, modification times and inodes, the key of code, rules and
 * config, and the SHA256SUMS it wrote). When every input still has the same
 * stat, the key is the same and the folder still holds those files, the
 * build has nothing to do. Inputs modified within two seconds of being
 * looked at are never trusted this way (a later edit in the same clock tick
 * would not change their time): no record is kept, and the next build is a
 * cached one.
 */
import { lstatSync } from "node:fs";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { sha256 } from "../core/ids.ts";
import type { InputEntry } from "../stages/ingest.ts";
import { CHECKSUMS_FILE } from "../write/dataset.ts";

const RACY_MILLISECONDS = 2000;

/**
 * The inputs as they are now: a digest over every file's path, size,
 * modification time (ns) and inode, in order; `trusted` is false when some
 * file was modified too recently (or could not be looked at).
 */
export interface InputStamps {
  readonly digest: string;
  readonly trusted: boolean;
}

export function stampInputs(entries: readonly InputEntry[]): InputStamps {
  const takenAt = Date.now();
  const hash = createHash("sha256");
  let trusted = true;
  for (const entry of entries) {
    try {
      const stats = lstatSync(entry.absolute, { bigint: true });
      if (Number(stats.mtimeNs / 1_000_000n) >= takenAt - RACY_MILLISECONDS) trusted = false;
      hash.update(`${entry.path}\u001f${stats.size}\u001f${stats.mtimeNs}\u001f${stats.ino}\n`);
    } catch {
      trusted = false;
    }
  }
  return { digest: hash.digest("hex"), trusted };
}

export interface BuildRecord<Summary> {
  readonly key: string;
  readonly inputs: string;
  readonly sums: string;
  readonly sizes: Readonly<Record<string, number>>;
  readonly summary: Summary;
}

function recordPath(cacheDir: string, versionDir: string): string {
  return join(cacheDir, "builds", `${sha256(versionDir).slice(0, 32)}.json`);
}

async function outputIntact(versionDir: string, sums: string, sizes: Readonly<Record<string, number>>): Promise<boolean> {
  const written = await readFile(join(versionDir, CHECKSUMS_FILE), "utf8").catch(() => null);
  if (written !== sums) return false;
  for (const [path, size] of Object.entries(sizes)) {
    const found = await stat(join(versionDir, path)).catch(() => null);
    if (!found?.isFile() || found.size !== size) return false;
  }
  return true;
}

/** The summary of the build that wrote `versionDir`, if nothing it depends on changed since. */
export async function unchangedBuild<Summary>(cacheDir: string, versionDir: string, key: string, current: InputStamps): Promise<Summary | null> {
  const text = await readFile(recordPath(cacheDir, versionDir), "utf8").catch(() => null);
  if (!text) return null;
  const record = JSON.parse(text) as BuildRecord<Summary>;
  if (record.key !== key || record.inputs !== current.digest || !current.trusted) return null;
  return (await outputIntact(versionDir, record.sums, record.sizes)) ? record.summary : null;
}

/** Remember this build; inputs that were not all trusted make a record that never matches. */
export async function saveBuildRecord<Summary>(cacheDir: string, versionDir: string, key: string, stamps: InputStamps, summary: Summary): Promise<void> {
  if (!stamps.trusted) return;
  const sums = await readFile(join(versionDir, CHECKSUMS_FILE), "utf8");
  const sizes: Record<string, number> = { [CHECKSUMS_FILE]: Buffer.byteLength(sums) };
  for (const line of sums.split("\n").filter(Boolean)) {
    const path = line.slice(line.indexOf("  ") + 2);
    sizes[path] = (await stat(join(versionDir, path))).size;
  }
  const record: BuildRecord<Summary> = { key, inputs: stamps.digest, sums, sizes, summary };
  const file = recordPath(cacheDir, versionDir);
  await mkdir(join(cacheDir, "builds"), { recursive: true });
  await writeFile(`${file}.tmp-${process.pid}`, JSON.stringify(record));
  await rename(`${file}.tmp-${process.pid}`, file);
}
