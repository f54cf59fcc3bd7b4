/**
 * verify catches corruption: a copy of a built dataset is damaged in one way
 * per case, and each damage must be reported by file, row and column.
 */
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../pipeline/commands/command.ts";
import { main } from "../pipeline/cli.ts";
import type { Finding } from "../pipeline/verify/finding.ts";
import { verifyDataset } from "../pipeline/verify/index.ts";
import { indexCodePoints, sliceCodePoints } from "../pipeline/verify/sources.ts";
import { longestCsvRecord } from "../pipeline/verify/sql.ts";
import { lineBatches } from "../pipeline/write/written.ts";
import { buildDataset, Capture, CONFIG, SEEDS, tempDir, type BuiltDataset } from "./support/build.ts";
import { parseCsv } from "./support/csv.ts";
import { duckdbRows, sqlString } from "./support/duckdb.ts";

let built: BuiltDataset;
beforeAll(async () => {
  built = await buildDataset();
});

async function damagedCopy(damage: (versionDir: string, inputDir: string) => Promise<void>): Promise<Finding[]> {
  const root = await tempDir("verify");
  const versionDir = join(root, "dataset");
  const inputDir = join(root, "seeds");
  await cp(built.versionDir, versionDir, { recursive: true });
  await cp(SEEDS, inputDir, { recursive: true });
  await damage(versionDir, inputDir);
  const findings: Finding[] = [];
  for await (const finding of verifyDataset({ versionDir, inputDir })) findings.push(finding);
  return findings;
}

async function editJsonl(path: string, edit: (rows: Record<string, unknown>[]) => Record<string, unknown>[]): Promise<void> {
  const rows = (await readFile(path, "utf8")).trimEnd().split("\n").map((line) => JSON.parse(line));
  await writeFile(path, edit(rows).map((row) => `${JSON.stringify(row)}\n`).join(""));
}

async function rewriteParquet(versionDir: string, table: string, select: string): Promise<void> {
  const path = join(versionDir, "parquet", `${table}.parquet`);
  const temporary = `${path}.tmp`;
  await duckdbRows(`COPY (${select.replaceAll("$TABLE", `read_parquet(${sqlString(path)})`)}) TO ${sqlString(temporary)} (FORMAT parquet)`);
  await rm(path);
  await cp(temporary, path);
  await rm(temporary);
}

describe("verify", () => {
  it("finds nothing wrong with a fresh build, and the CLI exits 0", async () => {
    expect(await damagedCopy(async () => {})).toEqual([]);
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await main(["verify", "--config", CONFIG, "--dataset", built.versionDir, "--input", SEEDS], { stdout, stderr });
    expect(stderr.text).toContain("checksums ok, provenance ok, keys ok, formats ok");
    expect(code).toBe(EXIT.ok);
  });

  it("catches an edited CSV cell: checksum and format disagreement, by row and column", async () => {
    const findings = await damagedCopy(async (versionDir) => {
      const path = join(versionDir, "csv", "articles.csv");
      const text = await readFile(path, "utf8");
      await writeFile(path, text.replace("Hoạt động Công đoàn", "Hoat dong Cong doan"));
    });
    expect(findings).toContainEqual(expect.objectContaining({ check: "checksums", file: "csv/articles.csv" }));
    expect(findings).toContainEqual({ check: "formats", file: "csv/articles.csv", row: 1, column: "category", reason: "differs from the JSONL row" });
  });

  it("catches a missing file and an unlisted one", async () => {
    const findings = await damagedCopy(async (versionDir) => {
      await rm(join(versionDir, "schema", "mentions.schema.json"));
      await writeFile(join(versionDir, "notes.txt"), "added by hand\n");
    });
    expect(findings).toContainEqual(expect.objectContaining({ check: "checksums", file: "schema/mentions.schema.json", reason: "listed in SHA256SUMS but missing" }));
    expect(findings).toContainEqual(expect.objectContaining({ check: "checksums", file: "notes.txt", reason: "present but not listed in SHA256SUMS" }));
  });

  it("catches a provenance span that no longer holds the value's text", async () => {
    const findings = await damagedCopy(async (versionDir) => {
      await editJsonl(join(versionDir, "json", "mentions.jsonl"), (rows) => {
        const cell = String(rows[2]!.text_prov);
        rows[2]!.text_prov = cell.replace(/#char=(\d+),(\d+)/, (_, start, end) => `#char=${Number(start) + 1},${Number(end) + 1}`);
        return rows;
      });
    });
    expect(findings).toContainEqual(expect.objectContaining({ check: "provenance", file: "json/mentions.jsonl", row: 3, column: "text_prov" }));
  });

  it("catches a span outside the source and a malformed provenance cell", async () => {
    const findings = await damagedCopy(async (versionDir) => {
      await editJsonl(join(versionDir, "json", "sentences.jsonl"), (rows) => {
        rows[0]!.text_prov = String(rows[0]!.text_prov).replace(/#char=\d+,\d+/, "#char=5,999999");
        rows[1]!.text_prov = "somewhere";
        return rows;
      });
    });
    expect(findings).toContainEqual(expect.objectContaining({ check: "provenance", file: "json/sentences.jsonl", row: 1, reason: expect.stringContaining("lies outside") }));
    expect(findings).toContainEqual(expect.objectContaining({ check: "provenance", file: "json/sentences.jsonl", row: 2, reason: expect.stringContaining("not a provenance cell") }));
  });

  it("catches a source file changed after the build", async () => {
    const findings = await damagedCopy(async (_versionDir, inputDir) => {
      const path = join(inputDir, "002_0bd7ac332b770867.txt");
      await writeFile(path, (await readFile(path, "utf8")).replace("Công đoàn", "Cong doan"));
    });
    expect(findings).toContainEqual(expect.objectContaining({ check: "provenance", reason: expect.stringMatching(/source seeds\/002_0bd7ac332b770867\.txt changed since the build/) }));
  });

  it("catches a duplicated primary key and a foreign key that resolves to nothing", async () => {
    const findings = await damagedCopy(async (versionDir) => {
      await rewriteParquet(versionDir, "entities", "SELECT * FROM $TABLE UNION ALL (SELECT * FROM $TABLE LIMIT 1)");
      await rewriteParquet(
        versionDir,
        "mentions",
        "SELECT * REPLACE (CASE WHEN row_number() OVER () = 4 THEN 'sen_0000000000000000' ELSE sentence_id END AS sentence_id) FROM $TABLE",
      );
    });
    expect(findings).toContainEqual(expect.objectContaining({ check: "keys", file: "parquet/entities.parquet", column: "entity_id", reason: expect.stringContaining("appears 2 times") }));
    expect(findings).toContainEqual({
      check: "keys",
      file: "parquet/mentions.parquet",
      row: 4,
      column: "sentence_id",
      reason: "sen_0000000000000000 has no row in sentences.sentence_id",
    });
    expect(findings).toContainEqual(expect.objectContaining({ check: "formats", file: "parquet/mentions.parquet", row: 4, column: "sentence_id" }));
  });

  it("catches a row missing from a CSV file: the count, and the cells that no longer line up", async () => {
    const findings = await damagedCopy(async (versionDir) => {
      const path = join(versionDir, "csv", "sentences.csv");
      const lines = (await readFile(path, "utf8")).split("\n");
      lines.splice(3, 1);
      await writeFile(path, lines.join("\n"));
    });
    const rows = Number((await readFile(join(built.versionDir, "csv", "sentences.csv"), "utf8")).trimEnd().split("\n").length - 1);
    expect(findings).toContainEqual({ check: "formats", file: "csv/sentences.csv", row: null, column: null, reason: `${rows - 1} rows, but JSONL has ${rows}` });
    expect(findings).toContainEqual({ check: "formats", file: "csv/sentences.csv", row: 3, column: "sentence_id", reason: "differs from the JSONL row" });
    expect(findings.filter((finding) => finding.file === "csv/sentences.csv" && finding.column === "sentence_id").map((finding) => finding.row)).toEqual([3, 4, 5, 6, 7]);
    expect(findings.some((finding) => finding.check === "formats" && finding.file !== "csv/sentences.csv")).toBe(false);
  });

  it("names a JSON Lines file with a value of the wrong type, and still compares the other tables", async () => {
    const findings = await damagedCopy(async (versionDir) => {
      await editJsonl(join(versionDir, "json", "sources.jsonl"), (rows) => {
        rows[0]!.bytes = "abc";
        return rows;
      });
      const path = join(versionDir, "csv", "articles.csv");
      await writeFile(path, (await readFile(path, "utf8")).replace("Hoạt động Công đoàn", "Hoat dong Cong doan"));
    });
    expect(findings).toContainEqual(expect.objectContaining({ check: "formats", file: "json/sources.jsonl", reason: expect.stringMatching(/^unreadable: /) }));
    expect(findings).toContainEqual({ check: "formats", file: "csv/articles.csv", row: 1, column: "category", reason: "differs from the JSONL row" });
  });

  it("reads a CSV record of several megabytes that spans lines", async () => {
    const long = `${"Dòng chữ rất dài\n".repeat(200_000)}kết thúc`;
    const findings = await damagedCopy(async (versionDir) => {
      await editJsonl(join(versionDir, "json", "articles.jsonl"), (rows) => {
        rows[0]!.lead = long;
        return rows;
      });
      const path = join(versionDir, "csv", "articles.csv");
      const [header, first, ...rest] = (await readFile(path, "utf8")).split("\n");
      const records = parseCsv(`${header}\n${first}\n`);
      const column = records[0]!.indexOf("lead");
      const cells = records[1]!.map((cell, index) => (index === column ? long : cell));
      const quoted = cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell));
      await writeFile(path, [header, quoted.join(","), ...rest].join("\n"));
      await rewriteParquet(versionDir, "articles", `SELECT * REPLACE (CASE WHEN row_number() OVER () = 1 THEN ${sqlString(long)} ELSE lead END AS lead) FROM $TABLE`);
    });
    expect(Buffer.byteLength(long)).toBeGreaterThan(4 << 20);
    expect(findings.filter((finding) => finding.check === "formats")).toEqual([]);
  });

  it("catches an unreadable table file, and the CLI exits with the check code", async () => {
    const root = await tempDir("verify-cli");
    await cp(built.versionDir, join(root, "dataset"), { recursive: true });
    await writeFile(join(root, "dataset", "parquet", "sources.parquet"), "not parquet");
    const stdout = new Capture();
    const code = await main(["verify", "--config", CONFIG, "--dataset", join(root, "dataset"), "--input", SEEDS], { stdout, stderr: new Capture() });
    expect(stdout.text).toMatch(/formats: parquet\/sources\.parquet: unreadable/);
    expect(stdout.text).toMatch(/checksums: parquet\/sources\.parquet: checksum/);
    expect(code).toBe(EXIT.check);
  });
});

describe("reading sources and JSON Lines back", () => {
  it("slices by code points, with and without characters outside the BMP", () => {
    const plain = indexCodePoints("Công đoàn Việt Nam");
    expect(plain.offsets).toBeNull();
    expect(sliceCodePoints(plain, 10, 18)).toBe("Việt Nam");
    expect(sliceCodePoints(plain, 10, 19)).toBeNull();
    const astral = indexCodePoints("𝐀 Hà Nội 😀 Lào");
    expect(astral.codePoints).toBe(14);
    expect(sliceCodePoints(astral, 2, 8)).toBe("Hà Nội");
    expect(sliceCodePoints(astral, 9, 14)).toBe("😀 Lào");
  });

  it("gives every line of a file whose chunks split lines and characters, with or without a last newline", async () => {
    const dir = await tempDir("lines");
    const line = (index: number) => `{"n":${index},"text":"Đoàn đại biểu ${"ệ".repeat(index % 700)} 😀"}`;
    const lines = Array.from({ length: 3000 }, (_, index) => line(index));
    for (const ending of ["\n", ""]) {
      const path = join(dir, `lines${ending.length}.jsonl`);
      await writeFile(path, lines.join("\n") + ending);
      const read: string[] = [];
      for await (const batch of lineBatches(path)) read.push(...batch);
      expect(read).toEqual(lines);
    }
  });

  it("measures the longest CSV record, quoted line breaks and doubled quotes inside it, over several read chunks", async () => {
    const dir = await tempDir("csv-records");
    const cells = ["plain", '"with ""quotes"", and a comma"', '"two\nlines"', "x".repeat(300_000), `"${"dòng\n".repeat(900_000)}"`];
    const records = Array.from({ length: 60 }, (_, index) => [cells[index % 4]!, cells[(index * 7) % 4]!, index === 41 ? cells[4]! : "end"].join(","));
    const path = join(dir, "records.csv");
    await writeFile(path, `${records.join("\n")}\n`);
    expect(longestCsvRecord(path)).toBe(Math.max(...records.map((record) => Buffer.byteLength(record))));
    const unquoted = join(dir, "unquoted.csv");
    await writeFile(unquoted, `${Array.from({ length: 400_000 }, (_, index) => `row,${index}`).join("\n")}`);
    expect(longestCsvRecord(unquoted)).toBe(Buffer.byteLength("row,399999"));
  });
});
