/** Two version folders hold the same files with the same bytes. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect } from "vitest";
import { CHECKSUMS_FILE, listFiles } from "../../pipeline/write/dataset.ts";

/**
 * Files whose bytes DuckDB does not reproduce from the same data once a table
 * spans several blocks (unused block space is not zeroed; the file size can
 * differ): their presence is compared, their bytes and their SHA256SUMS line
 * are not. Everything the pipeline itself writes is compared byte for byte.
 */
const NOT_REPRODUCIBLE = /\.duckdb$/;

const reproducibleSums = (sums: string) =>
  sums
    .split("\n")
    .filter((line) => !NOT_REPRODUCIBLE.test(line))
    .join("\n");

export async function expectSameDataset(expected: string, actual: string): Promise<void> {
  const files = await listFiles(expected);
  expect(await listFiles(actual)).toEqual(files);
  const differing: string[] = [];
  for (const file of files.filter((name) => !NOT_REPRODUCIBLE.test(name))) {
    const [left, right] = await Promise.all([readFile(join(expected, file)), readFile(join(actual, file))]);
    const same = file === CHECKSUMS_FILE ? reproducibleSums(left.toString()) === reproducibleSums(right.toString()) : left.equals(right);
    if (!same) differing.push(file);
  }
  expect(differing, "files that differ").toEqual([]);
}
