/**
 * `make release`: pack a built version folder for publication.
 *
 * 1. The folder must match its SHA256SUMS.
 * 2. It is compared with the release it follows (the highest lower version
 *    in the releases folder, or a `--since` folder); a version that moved
 *    less than its changes need is refused, naming the bump needed.
 * 3. CHANGELOG.md is written into the folder and SHA256SUMS updated.
 * 4. A version is immutable: if it was released before, the release must
 *    hold the same files with the same checksums, or it is refused.
 * 5. `<name>-<version>.tar.gz` and `.zip` are written, byte-identical for
 *    the same files, with `<name>-<version>.sha256`.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, rename, rm, writeFile, mkdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { UsageError } from "../commands/command.ts";
import { verifyChecksums } from "../verify/checksums.ts";
import { CHECKSUMS_FILE, listFiles, sha256File } from "../write/dataset.ts";
import { changelog, CHANGELOG_FILE, firstChangelog, type Baseline } from "./changelog.ts";
import { compareVersions, type Comparison } from "./compare.ts";
import { readDescriptor, type Descriptor } from "./descriptor.ts";
import { ARCHIVE_KINDS, archivePath, checksumsPath, previousRelease, releasedChecksums, releaseRoot, unpackRelease } from "./releases.ts";
import { bumped, levelRank, movement, parseVersion, type Level } from "./semver.ts";

/** A release that may not be made as asked; the message says why and what to do. */
export class ReleaseRefused extends UsageError {}

export interface ReleaseOptions {
  readonly versionDir: string;
  readonly releasesDir: string;
  /** A version folder to compare with instead of the previous release. */
  readonly since: string | null;
}

export interface ReleaseOutcome {
  readonly name: string;
  readonly version: string;
  /** `released`: archives written; `unchanged`: this version was already released with the same files. */
  readonly status: "released" | "unchanged";
  readonly archives: readonly { readonly path: string; readonly sha256: string }[];
  readonly comparedWith: string | null;
  readonly moved: Level | null;
  readonly required: Level | null;
}

async function checkIntegrity(versionDir: string): Promise<void> {
  const problems: string[] = [];
  for await (const finding of verifyChecksums(versionDir)) problems.push(`${finding.file}: ${finding.reason}`);
  if (problems.length) throw new ReleaseRefused(`${versionDir} does not match its ${CHECKSUMS_FILE}:\n  ${problems.join("\n  ")}\nRebuild it (make dataset) before releasing.`);
}

/** SHA256SUMS with `file`'s line set to `sha256`, sorted by path. */
export function withChecksum(sums: string, file: string, sha256: string): string {
  const lines = new Map(
    sums
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => [line.slice(66), line.slice(0, 64)] as const),
  );
  lines.set(file, sha256);
  return [...lines.keys()]
    .sort((left, right) => (left < right ? -1 : left > right ? 1 : 0))
    .map((path) => `${lines.get(path)}  ${path}\n`)
    .join("");
}

function differingFiles(released: string, current: string): string[] {
  const parse = (sums: string) => new Map(sums.split("\n").filter(Boolean).map((line) => [line.slice(66), line.slice(0, 64)]));
  const [before, after] = [parse(released), parse(current)];
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  return paths.filter((path) => before.get(path) !== after.get(path)).map((path) => (before.has(path) ? (after.has(path) ? path : `${path} (removed)`) : `${path} (added)`));
}

const LISTED = 10;
const listed = (items: readonly string[]) =>
  `\n  ${items.slice(0, LISTED).join("\n  ")}${items.length > LISTED ? `\n  … and ${items.length - LISTED} more` : ""}`;

function checkBump(comparison: Comparison, after: Descriptor): Level {
  const from = parseVersion(comparison.before.version);
  const to = parseVersion(after.version);
  if (!from || !to) throw new ReleaseRefused(`cannot compare versions ${comparison.before.version} and ${after.version}: not semantic versions`);
  const moved = movement(from, to);
  if (moved === null) throw new ReleaseRefused(`version ${after.version} is lower than ${comparison.before.version}, the version it is compared with`);
  if (levelRank(moved) < levelRank(comparison.required)) {
    const reasons = comparison.requiredBy.map((change) => `${change.kind.replaceAll("_", " ")}${change.table ? ` in ${change.table}` : ""}: ${change.detail}`);
    throw new ReleaseRefused(
      `release refused: the changes since ${comparison.before.version} need a ${comparison.required.toUpperCase()} version bump, ` +
        `but ${comparison.before.version} → ${after.version} is ${moved === "none" ? "no bump" : `a ${moved} bump`}:${listed(reasons)}\n` +
        `Set the version to ${bumped(from, comparison.required)} (or higher) in the dataset config, rebuild (make dataset) and release again.`,
    );
  }
  return moved;
}

interface Compared {
  readonly text: string;
  readonly comparedWith: string | null;
  readonly moved: Level | null;
  readonly required: Level | null;
}

async function composeChangelog(options: ReleaseOptions, after: Descriptor): Promise<Compared> {
  const version = parseVersion(after.version);
  if (!version) throw new ReleaseRefused(`version ${after.version} of ${options.versionDir} is not a semantic version`);
  const previous = options.since === null ? await previousRelease(options.releasesDir, after.name, version) : null;
  if (options.since === null && previous === null) {
    const report = JSON.parse(await readFile(join(options.versionDir, "report.json"), "utf8")) as { counts?: Record<string, number> };
    return { text: firstChangelog(after, report.counts ?? {}), comparedWith: null, moved: null, required: null };
  }
  const baseline: Baseline = previous
    ? { label: `release \`${basename(previous.archive)}\``, dir: await unpackRelease(previous) }
    : { label: "the version folder given with `--since`", dir: options.since! };
  try {
    const comparison = await compareVersions(baseline.dir, options.versionDir);
    const moved = checkBump(comparison, after);
    return { text: changelog(after, baseline, comparison, moved), comparedWith: comparison.before.version, moved, required: comparison.required };
  } finally {
    if (previous) await rm(baseline.dir, { recursive: true, force: true });
  }
}

async function replaceFile(path: string, text: string): Promise<void> {
  const partial = `${path}.partial-${process.pid}`;
  await writeFile(partial, text);
  await rename(partial, path);
}

export async function release(options: ReleaseOptions): Promise<ReleaseOutcome> {
  if (!existsSync(join(options.versionDir, "datapackage.json"))) {
    throw new ReleaseRefused(`${options.versionDir}: no datapackage.json; build the dataset first (make dataset)`);
  }
  await checkIntegrity(options.versionDir);
  const after = await readDescriptor(options.versionDir);
  const compared = await composeChangelog(options, after);
  const sums = withChecksum(
    await readFile(join(options.versionDir, CHECKSUMS_FILE), "utf8"),
    CHANGELOG_FILE,
    createHash("sha256").update(compared.text).digest("hex"),
  );
  const released = await releasedChecksums(options.releasesDir, after.name, after.version, CHECKSUMS_FILE);
  if (released !== null && released !== sums) {
    throw new ReleaseRefused(
      `${after.name} ${after.version} was already released with other content; a version is immutable. ` +
        `Files that differ: ${listed(differingFiles(released, sums))}\n` +
        "Give this build a new version in the dataset config, rebuild (make dataset) and release that.",
    );
  }
  await replaceFile(join(options.versionDir, CHANGELOG_FILE), compared.text);
  await replaceFile(join(options.versionDir, CHECKSUMS_FILE), sums);

  await mkdir(options.releasesDir, { recursive: true });
  const input = { dir: options.versionDir, files: await listFiles(options.versionDir), root: releaseRoot(after.name, after.version) };
  // Both archives at once: each compresses on libuv's thread pool, so they share the cores.
  const settled = await Promise.allSettled(
    ARCHIVE_KINDS.map(async (kind) => {
      const path = archivePath(options.releasesDir, after.name, after.version, kind);
      if (released === null || !existsSync(path)) await kind.write(input, path);
      return { path, sha256: (await sha256File(path)).sha256 };
    }),
  );
  const archives = settled.map((outcome) => {
    if (outcome.status === "rejected") throw outcome.reason;
    return outcome.value;
  });
  await replaceFile(
    checksumsPath(options.releasesDir, after.name, after.version),
    archives.map((archive) => `${archive.sha256}  ${basename(archive.path)}\n`).join(""),
  );
  return {
    name: after.name,
    version: after.version,
    status: released === null ? "released" : "unchanged",
    archives,
    comparedWith: compared.comparedWith,
    moved: compared.moved,
    required: compared.required,
  };
}
