/**
 * `make bench`: generate (once) a synthetic corpus of N articles, time the
 * floor on it, then a cold build (all formats, empty cache), a rebuild with
 * nothing changed, a rebuild with one article changed, and a rebuild with
 * that article put back, each as its own process like `make dataset`. The
 * last must write the cold build's bytes: its SHA256SUMS is compared.
 * Extraction alone is timed in this process on one thread before the
 * builds, while nothing else runs.
 */
import { readFile, rm, utimes, stat, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { DatasetConfig } from "../config.ts";
import { loadResources } from "../resources.ts";
import { CHECKSUMS_FILE } from "../write/dataset.ts";
import { runBuild, type ChildBuild } from "./child.ts";
import { articlePath, ensureCorpus, type Corpus } from "./corpus.ts";
import { timeFloor, type Floor } from "./floor.ts";
import { timeExtraction, type ExtractionSpeed } from "./extraction.ts";

export interface BenchOptions {
  readonly articles: number;
  readonly root: string;
  readonly seedsDir: string;
  readonly config: DatasetConfig;
  readonly workers?: number;
  /** Also time the rebuilds (nothing changed, one article changed). */
  readonly rebuilds: boolean;
  /** Keep the output and cache folders afterwards. */
  readonly keep: boolean;
  readonly log: (line: string) => void;
}

export interface BenchResult {
  readonly corpus: Corpus;
  /** Cores the machine offers (os.availableParallelism). */
  readonly cores: number;
  readonly generateSeconds: number;
  readonly floor: Floor;
  readonly extraction: ExtractionSpeed;
  readonly cold: ChildBuild;
  readonly unchanged: ChildBuild | null;
  readonly oneChanged: ChildBuild | null;
  /** The rebuild after the changed article was put back, and whether its SHA256SUMS is the cold build's. */
  readonly putBack: { readonly build: ChildBuild; readonly identical: boolean } | null;
}

const TRUSTED_AFTER_MILLISECONDS = 2100;
const UPDATE_NOTE = "\nBài viết được cập nhật để đo thời gian dựng lại.\n";

/** Rebuild after appending a line to article 0, then put the article back as it was. */
async function rebuildOneChanged(corpus: Corpus, build: () => Promise<ChildBuild>): Promise<ChildBuild> {
  const path = articlePath(corpus.dir, 0);
  const original = await readFile(path);
  const stats = await stat(path);
  await writeFile(path, Buffer.concat([original, Buffer.from(UPDATE_NOTE)]));
  try {
    return await build();
  } finally {
    await writeFile(path, original);
    await utimes(path, stats.atime, stats.mtime);
  }
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { articles, root, log } = options;
  const generating = performance.now();
  const resources = loadResources();
  const corpus = await ensureCorpus(root, articles, options.seedsDir, options.config, resources, log);
  const generateSeconds = (performance.now() - generating) / 1000;

  if (corpus.writtenAt !== null) {
    // A build never trusts a file modified in the last two seconds to be unchanged later (pipeline/cache/build-record.ts).
    await sleep(Math.max(0, corpus.writtenAt + TRUSTED_AFTER_MILLISECONDS - Date.now()));
  }
  log(`floor: read, decode, NFC, one CSV over ${articles} files`);
  const floorCsv = join(root, `floor-${articles}.csv`);
  const floor = await timeFloor(corpus.dir, floorCsv);
  await rm(floorCsv, { force: true });
  log("extraction alone: one thread, nothing else running");
  const extraction = await timeExtraction(corpus.dir, options.config, resources);

  const outputRoot = join(root, `out-${articles}`);
  const cacheDir = join(root, `cache-${articles}`);
  await rm(outputRoot, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
  const args = ["--cache", cacheDir, ...(options.workers === undefined ? [] : ["--workers", String(options.workers)])];
  const build = () => runBuild({ inputDir: corpus.dir, outputRoot, version: options.config.version, args });
  const checksums = () => readFile(join(outputRoot, options.config.version, CHECKSUMS_FILE));
  const measured = { corpus, cores: availableParallelism(), generateSeconds, floor, extraction };
  try {
    log("cold build: all formats, empty cache");
    const cold = await build();
    if (!options.rebuilds) return { ...measured, cold, unchanged: null, oneChanged: null, putBack: null };
    const coldSums = await checksums();
    log("rebuild, nothing changed");
    const unchanged = await build();
    log("rebuild, one article changed");
    const oneChanged = await rebuildOneChanged(corpus, build);
    log("rebuild, the article put back: the cold build's bytes again");
    const putBack = await build();
    return { ...measured, cold, unchanged, oneChanged, putBack: { build: putBack, identical: (await checksums()).equals(coldSums) } };
  } finally {
    if (!options.keep) {
      await rm(outputRoot, { recursive: true, force: true });
      await rm(cacheDir, { recursive: true, force: true });
    }
  }
}
