/** Two builds of the same inputs are byte-identical, every file included. */
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ensureCorpus } from "../pipeline/bench/corpus.ts";
import { loadConfig } from "../pipeline/config.ts";
import { loadResources } from "../pipeline/resources.ts";
import { listFiles } from "../pipeline/write/dataset.ts";
import { buildDataset, CONFIG, REPO, SEEDS, tempDir } from "./support/build.ts";

it("two builds of the seeds produce the same files with the same bytes", async () => {
  const first = await buildDataset();
  const second = await buildDataset();
  const files = await listFiles(first.versionDir);
  expect(await listFiles(second.versionDir)).toEqual(files);
  expect(files).toEqual(
    expect.arrayContaining(["datapackage.json", "SHA256SUMS", "report.json", "parquet/mentions.parquet", "csv/articles.csv"]),
  );
  for (const file of files) {
    const [left, right] = await Promise.all([readFile(join(first.versionDir, file)), readFile(join(second.versionDir, file))]);
    expect(left.equals(right), `${file} differs between builds`).toBe(true);
  }
});

it("writes the same DuckDB file in every process when the file outgrows DuckDB's memory", async () => {
  // 300 bench articles make a 15 MB database; loaded 1,024 rows at a time under 32 MB, it outgrows the memory as 20,000 articles outgrow the build's.
  // Each write is a process of its own: which blocks DuckDB evicts, and so which old bytes reach the file, changed between processes.
  const root = await tempDir("duckdb-bytes");
  const corpus = await ensureCorpus(root, 300, SEEDS, await loadConfig(CONFIG), loadResources(), () => undefined);
  const built = await buildDataset(corpus.dir);
  expect(built.exitCode).toBe(0);
  const written: Buffer[] = [];
  for (let run = 0; run < 3; run++) {
    execFileSync(process.execPath, ["--import", "tsx", "tests/support/write-duckdb.ts", built.versionDir, "bytes", "32MB", "1024"], { cwd: REPO });
    written.push(await readFile(join(built.versionDir, "bytes.duckdb")));
  }
  expect(written[0]!.length).toBeGreaterThan(8 << 20);
  for (const again of written.slice(1)) expect(again.equals(written[0]!)).toBe(true);
}, 120_000);
