/** Two builds of the same inputs are byte-identical, every file included. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { listFiles } from "../pipeline/write/dataset.ts";
import { buildDataset } from "./support/build.ts";

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
