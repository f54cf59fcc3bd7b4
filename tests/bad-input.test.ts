/**
 * A folder with an empty file, a binary file, an undecodable file, a
 * duplicate and a UTF-16 article: every file is listed in `sources` with its
 * status and reason, named on stderr, and the good articles are still built.
 */
import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { EXIT } from "../pipeline/commands/command.ts";
import { buildDataset, readTable, REPO, SEEDS, seedFiles, tempDir, type BuiltDataset } from "./support/build.ts";

const FIXTURES = join(REPO, "tests", "fixtures", "ingest");
let built: BuiltDataset;
let folder: string;

beforeAll(async () => {
  folder = join(await tempDir("bad"), "corpus");
  await mkdir(join(folder, "nested"), { recursive: true });
  const [first, second] = await seedFiles();
  await copyFile(join(SEEDS, first!), join(folder, first!));
  await copyFile(join(SEEDS, second!), join(folder, second!));
  await copyFile(join(SEEDS, first!), join(folder, "nested", "copy-of-first.txt"));
  for (const fixture of ["empty.txt", "image.png", "latin1.txt", "utf16le-bom.txt", "whitespace-only.txt"]) {
    await copyFile(join(FIXTURES, fixture), join(folder, fixture));
  }
  built = await buildDataset(folder);
});

it("lists every file in sources with its status and reason", async () => {
  const sources = await readTable(built.versionDir, "sources");
  const byPath = Object.fromEntries(sources.map((row) => [row.path, [row.status, row.reason]]));
  const [first, second] = await seedFiles();
  expect(byPath).toEqual({
    [`corpus/${first}`]: ["ok", null],
    [`corpus/${second}`]: ["ok", null],
    "corpus/nested/copy-of-first.txt": ["duplicate", `same bytes as corpus/${first}`],
    "corpus/empty.txt": ["rejected", "empty file (0 bytes)"],
    "corpus/image.png": ["rejected", "binary file (PNG image)"],
    "corpus/latin1.txt": [
      "rejected",
      "not valid UTF-8 (first bad byte at offset 3) and not recognisable as Windows-1258 or TCVN3 Vietnamese (best share of common Vietnamese words 0.00)",
    ],
    "corpus/utf16le-bom.txt": ["ok", null],
    "corpus/whitespace-only.txt": ["rejected", "no text (whitespace only)"],
  });
  expect(sources.find((row) => row.path === "corpus/utf16le-bom.txt")!.encoding).toBe("UTF-16LE");
});

it("still builds the good articles, and counts the bad files in report.json", async () => {
  const articles = await readTable(built.versionDir, "articles");
  expect(articles).toHaveLength(3);
  const { readFile } = await import("node:fs/promises");
  const report = JSON.parse(await readFile(join(built.versionDir, "report.json"), "utf8"));
  expect(report.sources).toEqual({ ok: 3, rejected: 4, duplicate: 1 });
});

it("names each bad file on stderr and exits with the partial-success code", () => {
  for (const name of ["empty.txt", "image.png", "latin1.txt", "whitespace-only.txt", "nested/copy-of-first.txt"]) {
    expect(built.stderr).toContain(`corpus/${name}:`);
  }
  expect(built.exitCode).toBe(EXIT.partial);
});
