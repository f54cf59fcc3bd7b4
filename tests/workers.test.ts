/**
 * Per-file work runs on worker threads (started from TypeScript, here under
 * vitest too); the output does not depend on how many: the same files, the
 * same bytes, the same SHA256SUMS with 0 (inline), 1 and 2 workers
 * (see tests/support/compare.ts for the DuckDB database file).
 */
import { copyFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { buildDataset, tempDir, type BuiltDataset } from "./support/build.ts";
import { expectSameDataset } from "./support/compare.ts";
import { writeSyntheticCorpus } from "./support/corpus.ts";

let corpus: string;
const builds = new Map<number, BuiltDataset>();

beforeAll(async () => {
  corpus = join(await tempDir("workers"), "corpus");
  const paths = await writeSyntheticCorpus(corpus, 30);
  await copyFile(paths[3]!, join(corpus, "group-2", "copy-of-3.txt"));
  await writeFile(join(corpus, "empty.txt"), "");
  for (const workers of [0, 1, 2]) builds.set(workers, await buildDataset(corpus, ["--workers", String(workers), "--no-cache"]));
});

it("builds the corpus with every worker count, naming the bad files", () => {
  for (const built of builds.values()) {
    expect(built.exitCode).toBe(3);
    expect(built.stderr).toContain("corpus/empty.txt: rejected");
    expect(built.stderr).toContain("corpus/group-2/copy-of-3.txt: duplicate: same bytes as corpus/group-0/article-003.txt");
  }
  expect(builds.get(2)!.stderr).toContain("workers: 2");
});

it("writes the same bytes with 1 and 2 workers as without workers", async () => {
  const inline = builds.get(0)!.versionDir;
  for (const workers of [1, 2]) await expectSameDataset(inline, builds.get(workers)!.versionDir);
});
