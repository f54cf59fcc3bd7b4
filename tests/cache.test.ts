/**
 * Incremental builds: a rebuild reads unchanged articles from the cache,
 * recomputes only a changed one, and writes the same bytes as a cold
 * build; with nothing changed at all it has nothing to do. A build killed
 * while it fills the cache leaves nothing that reads back wrong.
 */
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { readFile, rm, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import type { BuildLog } from "../pipeline/bench/child.ts";
import { pack, unpack } from "../pipeline/cache/codec.ts";
import { buildDataset, CONFIG, REPO, tempDir, type BuiltDataset } from "./support/build.ts";
import { expectSameDataset } from "./support/compare.ts";
import { writeSyntheticCorpus } from "./support/corpus.ts";

const logAt = async (outputRoot: string) => JSON.parse(await readFile(join(outputRoot, "0.1.0.build-log.json"), "utf8")) as BuildLog;
const buildLog = (built: BuiltDataset) => logAt(built.outputRoot);

let corpus: string;
let paths: string[];
let cache: string;
const ARTICLES = 12;

/** Input files last modified long ago: recent ones are never trusted to be unchanged. */
async function age(files: readonly string[]): Promise<void> {
  const longAgo = new Date("2024-01-01T00:00:00Z");
  for (const file of files) await utimes(file, longAgo, longAgo);
}

beforeAll(async () => {
  const root = await tempDir("cache");
  corpus = join(root, "corpus");
  cache = join(root, "cache");
  paths = await writeSyntheticCorpus(corpus, ARTICLES);
});

it("packs records to bytes and back", () => {
  const long = "Liên đoàn Lao động tỉnh Nghệ An, \"quoted\"\n".repeat(40);
  const value = { texts: { csv: long, json: long, parquet: long }, short: "Đà Nẵng", list: [1, null, true, "x"], nested: { text: `${long}!` } };
  const packed = pack(value);
  expect(unpack(packed)).toEqual(value);
  expect(packed.length).toBeLessThan(Buffer.byteLength(long) * 3);
});

it("recomputes only a changed article, and writes what a cold build writes", async () => {
  const cold = await buildDataset(corpus, ["--cache", cache, "--workers", "0"]);
  const coldLog = await buildLog(cold);
  expect(coldLog).toMatchObject({ computed: ARTICLES, cached: 0, up_to_date: false });
  // Each timed phase has its CPU seconds too (every thread of the process), for make bench's CPU per article.
  expect(Object.keys(coldLog.phase_cpu_seconds)).toEqual(Object.keys(coldLog.phase_seconds));
  expect(coldLog.phase_cpu_seconds.process).toBeGreaterThan(0);

  const rebuilt = await buildDataset(corpus, ["--cache", cache, "--workers", "0"]);
  expect(await buildLog(rebuilt)).toMatchObject({ computed: 0, cached: ARTICLES });
  await expectSameDataset(cold.versionDir, rebuilt.versionDir);

  await writeFile(paths[5]!, `${await readFile(paths[5]!, "utf8")}\nBài viết được cập nhật lúc 10 giờ sáng 5/8.\n`);
  const changed = await buildDataset(corpus, ["--cache", cache, "--workers", "0"]);
  expect(await buildLog(changed)).toMatchObject({ computed: 1, cached: ARTICLES - 1 });
  const uncached = await buildDataset(corpus, ["--no-cache", "--workers", "0"]);
  await expectSameDataset(uncached.versionDir, changed.versionDir);
});

it("does nothing when inputs, code, rules and output are unchanged, and rebuilds a damaged output", async () => {
  await age(paths);
  const output = await tempDir("cache-out");
  await buildDataset(corpus, ["--cache", cache, "--output", output]);
  expect((await logAt(output)).up_to_date).toBe(false);
  const sums = await readFile(join(output, "0.1.0", "SHA256SUMS"), "utf8");

  const second = await buildDataset(corpus, ["--cache", cache, "--output", output]);
  expect(await logAt(output)).toMatchObject({ up_to_date: true, computed: 0 });
  expect(second.stderr).toContain("is up to date");

  await rm(join(output, "0.1.0", "csv", "mentions.csv"));
  await buildDataset(corpus, ["--cache", cache, "--output", output]);
  expect(await logAt(output)).toMatchObject({ up_to_date: false, computed: 0, cached: ARTICLES });
  expect(await readFile(join(output, "0.1.0", "SHA256SUMS"), "utf8")).toBe(sums);
});

/** Bytes of index entries the cache's writers have appended so far. */
function indexedBytes(cacheDir: string): number {
  const packs = join(cacheDir, "packs");
  try {
    return readdirSync(packs)
      .filter((name) => name.endsWith(".index"))
      .reduce((total, name) => total + statSync(join(packs, name)).size, 0);
  } catch {
    return 0;
  }
}

it("reads back, after a build killed while it filled the cache, what a cold build writes", async () => {
  const root = await tempDir("cache-killed");
  const larger = join(root, "corpus");
  await writeSyntheticCorpus(larger, 120);
  const killedCache = join(root, "cache");
  const child = spawn(process.execPath, ["--import", "tsx", "pipeline/cli.ts", "build", "--config", CONFIG, "--input", larger, "--output", join(root, "killed"), "--cache", killedCache, "--workers", "2"], {
    cwd: REPO,
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => child.on("close", resolve));
  while (indexedBytes(killedCache) === 0 && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 5));
  child.kill("SIGKILL");
  await exited;

  const rebuilt = await buildDataset(larger, ["--cache", killedCache, "--workers", "0"]);
  const log = await buildLog(rebuilt);
  expect(log.cached).toBeGreaterThan(0);
  expect(log.computed).toBeGreaterThan(0);
  const uncached = await buildDataset(larger, ["--no-cache", "--workers", "0"]);
  await expectSameDataset(uncached.versionDir, rebuilt.versionDir);
}, 240_000);
