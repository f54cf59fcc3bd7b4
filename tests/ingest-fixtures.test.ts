/**
 * The bad-input fixture corpus (tests/fixtures/ingest/, one file per case),
 * plus a symlink and a 20 MB single-line file made at test time: every file
 * gets a `sources` row with status and reason and a line on stderr, every
 * good file is built, and every offset is exact in the raw file (verify).
 */
import { cp, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { EXIT } from "../pipeline/commands/command.ts";
import type { Finding } from "../pipeline/verify/finding.ts";
import { verifyDataset } from "../pipeline/verify/index.ts";
import { buildDataset, readTable, REPO, SEEDS, tempDir, type BuiltDataset } from "./support/build.ts";

const FIXTURES = join(REPO, "tests", "fixtures", "ingest");
const HUGE_BYTES = 20 * 1024 * 1024;
let built: BuiltDataset;
let corpus: string;
let sources: Record<string, unknown>[];

beforeAll(async () => {
  corpus = join(await tempDir("fixtures"), "corpus");
  await cp(FIXTURES, corpus, { recursive: true });
  await symlink(join(corpus, "plain.txt"), join(corpus, "link-to-plain.txt"));
  const seedText = (await readFile(join(SEEDS, "000_b81a386f8239b78d.txt"), "utf8")).replaceAll("\n", " ");
  const repeats = Math.ceil(HUGE_BYTES / Buffer.byteLength(seedText));
  await writeFile(join(corpus, "huge-single-line.txt"), seedText.repeat(repeats));
  built = await buildDataset(corpus);
  sources = await readTable(built.versionDir, "sources");
}, 300_000);

const EXPECTED: Record<string, [status: string, encoding: string | null, reason: string | RegExp | null]> = {
  "archive.zip": ["rejected", null, "binary file (ZIP archive)"],
  "crlf.txt": ["ok", "UTF-8", null],
  "empty.txt": ["rejected", null, "empty file (0 bytes)"],
  "huge-single-line.txt": ["ok", "UTF-8", null],
  "image.png": ["rejected", null, "binary file (PNG image)"],
  "invalid-utf8.txt": ["rejected", null, "not valid UTF-8 (first bad byte at offset 40)"],
  "latin1.txt": ["rejected", null, /not valid UTF-8 \(first bad byte at offset 3\) and not recognisable as Windows-1258 or TCVN3/],
  "link-to-plain.txt": ["rejected", null, "symbolic link (not followed)"],
  "mixed-line-endings.txt": ["ok", "UTF-8", null],
  "nested/article.txt": ["ok", "UTF-8", null],
  "nfd.txt": ["ok", "UTF-8", null],
  "nul-bytes.txt": ["rejected", null, "binary file (contains NUL bytes)"],
  "page.html.txt": ["rejected", null, "HTML page, not plain text (extract its text first)"],
  "plain.txt": ["ok", "UTF-8", null],
  "same-article-a.txt": ["ok", "UTF-8", null],
  "same-article-b.txt": ["duplicate", "UTF-8", "same bytes as corpus/same-article-a.txt"],
  "same-text-other-encoding.txt": ["duplicate", "UTF-16LE", "same text as corpus/same-article-a.txt"],
  "tcvn3.txt": ["ok", "TCVN3", null],
  "truncated-utf8.txt": ["rejected", null, "truncated UTF-8: incomplete character at the end (43 bytes)"],
  "utf16be-bom.txt": ["ok", "UTF-16BE", null],
  "utf16le-bom.txt": ["ok", "UTF-16LE", null],
  "utf8-bom.txt": ["ok", "UTF-8-BOM", null],
  "whitespace-only.txt": ["rejected", null, "no text (whitespace only)"],
  "windows-1258.txt": ["ok", "windows-1258", null],
};

it.each(Object.entries(EXPECTED))("%s: sources row with status, encoding and reason", (name, [status, encoding, reason]) => {
  const row = sources.find((source) => source.path === `corpus/${name}`);
  expect(row, `no sources row for ${name}`).toBeDefined();
  expect(row!.status).toBe(status);
  expect(row!.encoding).toBe(encoding);
  if (reason instanceof RegExp) expect(String(row!.reason)).toMatch(reason);
  else expect(row!.reason).toBe(reason);
  if (status !== "ok") expect(built.stderr).toContain(`corpus/${name}: ${status}: `);
});

it("lists nothing but the fixtures, and exits with the partial-success code", () => {
  expect(sources.map((row) => String(row.path).replace(/^corpus\//, "")).sort()).toEqual(Object.keys(EXPECTED).sort());
  expect(built.exitCode).toBe(EXIT.partial);
});

it("builds one article per good file, each with its mentions found whatever the encoding or line ends", async () => {
  const articles = await readTable(built.versionDir, "articles");
  const good = Object.values(EXPECTED).filter(([status]) => status === "ok").length;
  expect(articles).toHaveLength(good);
  const mentions = await readTable(built.versionDir, "mentions");
  const bySource = new Map(sources.map((row) => [row.source_id, String(row.path)]));
  const pathOf = new Map(articles.map((article) => [article.article_id, bySource.get(article.source_id)]));
  for (const name of ["plain.txt", "crlf.txt", "mixed-line-endings.txt", "nfd.txt", "windows-1258.txt", "tcvn3.txt", "utf16be-bom.txt", "utf8-bom.txt"]) {
    const found = mentions.filter((mention) => pathOf.get(mention.article_id) === `corpus/${name}` && mention.text === "Savannakhet");
    expect(found.length, `${name}: mentions of Savannakhet`).toBeGreaterThan(0);
  }
});

it("every offset is exact in the raw files: verify finds nothing", async () => {
  const findings: Finding[] = [];
  for await (const finding of verifyDataset({ versionDir: built.versionDir, inputDir: corpus })) findings.push(finding);
  expect(findings).toEqual([]);
}, 300_000);
