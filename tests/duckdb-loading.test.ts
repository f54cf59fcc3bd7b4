/**
 * DuckDB must be loaded through pipeline/duckdb.ts, which sets the
 * allocator option that makes database files byte-stable before the
 * library is loaded: one direct import anywhere would load it first.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { expect, it } from "vitest";
import { REPO } from "./support/build.ts";

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && /\.(ts|mts|mjs|js)$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
}

it("no module but pipeline/duckdb.ts imports @duckdb/node-api for its values", async () => {
  const files = [...(await sourceFiles(join(REPO, "pipeline"))), ...(await sourceFiles(join(REPO, "tests")))];
  const direct: string[] = [];
  for (const file of files) {
    const text = await readFile(file, "utf8");
    const valueImport = /import\s+(?!type\b)[^;]*from\s+["']@duckdb\/node-api["']|import\(\s*["']@duckdb\/node-api["']\s*\)/.test(text);
    if (valueImport) direct.push(relative(REPO, file));
  }
  expect(direct).toEqual(["pipeline/duckdb.ts"]);
});
