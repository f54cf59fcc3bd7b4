/**
 * Scale-out: three shards build their slices into part files, `merge`
 * assembles them, and the dataset is byte-identical to a single-machine
 * build, duplicates across shards and entities included. A merge refuses
 * an incomplete set of parts.
 */
import { copyFile, cp, mkdir, readdir, rm, truncate, writeFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { main } from "../pipeline/cli.ts";
import { EXIT } from "../pipeline/commands/command.ts";
import { inShard } from "../pipeline/shard/spec.ts";
import { buildDataset, Capture, CONFIG, tempDir, VERSION, type BuiltDataset } from "./support/build.ts";
import { expectSameDataset } from "./support/compare.ts";
import { writeSyntheticCorpus } from "./support/corpus.ts";

const SHARDS = 3;
let corpus: string;
let parts: string;
let single: BuiltDataset;

async function run(args: string[]): Promise<{ exitCode: number; stderr: string }> {
  const stderr = new Capture();
  const exitCode = await main([...args, "--config", CONFIG], { stdout: new Capture(), stderr });
  return { exitCode, stderr: stderr.text };
}

beforeAll(async () => {
  const root = await tempDir("shards");
  corpus = join(root, "corpus");
  parts = join(root, "parts");
  const paths = await writeSyntheticCorpus(corpus, 24);
  // A copy of article 0 that falls in another shard than the original: the duplicate is found at merge time.
  const original = { index: 0, count: SHARDS };
  const copyName = ["z-copy-a.txt", "z-copy-b.txt", "z-copy-c.txt", "z-copy-d.txt"].find(
    (name) => inShard(`corpus/${name}`, original) !== inShard("corpus/group-0/article-000.txt", original),
  )!;
  await copyFile(paths[0]!, join(corpus, copyName));
  await writeFile(join(corpus, "empty.txt"), "");
  single = await buildDataset(corpus, ["--no-cache"]);
  for (let index = 0; index < SHARDS; index++) {
    const shard = await run(["build", "--input", corpus, "--shard", `${index}/${SHARDS}`, "--parts", parts, "--no-cache", "--workers", "0"]);
    expect(shard.exitCode, shard.stderr).not.toBe(EXIT.failure);
  }
});

it("writes one part file per shard", async () => {
  const names = (await readdir(parts)).filter((name) => name.endsWith(".bin")).sort();
  expect(names).toEqual(["part-00000-of-00003.bin", "part-00001-of-00003.bin", "part-00002-of-00003.bin"]);
});

it("merges the parts into the dataset a single machine builds, byte for byte", async () => {
  const output = await tempDir("merged");
  const merged = await run(["merge", "--parts", parts, "--output", output]);
  expect(merged.exitCode, merged.stderr).toBe(single.exitCode);
  expect(merged.stderr).toContain("duplicate: same bytes as corpus/group-0/article-000.txt");
  await expectSameDataset(single.versionDir, join(output, VERSION));
});

it("refuses a missing or cut-off part", async () => {
  const incomplete = join(await tempDir("incomplete"), "parts");
  await mkdir(incomplete);
  await cp(parts, incomplete, { recursive: true });
  await rm(join(incomplete, "part-00001-of-00003.bin"));
  const missing = await run(["merge", "--parts", incomplete, "--output", await tempDir("never")]);
  expect(missing.exitCode).toBe(EXIT.usage);
  expect(missing.stderr).toContain("expected shards 0..2 of 3 once each");

  await cp(parts, incomplete, { recursive: true });
  const part = join(incomplete, "part-00002-of-00003.bin");
  await truncate(part, (await stat(part)).size - 10);
  const cut = await run(["merge", "--parts", incomplete, "--output", await tempDir("never")]);
  expect(cut.exitCode).toBe(EXIT.usage);
  expect(cut.stderr).toMatch(/part-00002-of-00003\.bin: (truncated|incomplete)/);
});
