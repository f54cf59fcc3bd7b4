/**
 * The files a build adds from its written tables: spreadsheet copies, the
 * DuckDB database, the dataset card, CITATION.cff and report.html.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { TABLES } from "../schemas/index.ts";
import { loadConfig } from "../pipeline/config.ts";
import { figures, summarise } from "../pipeline/eval/figures.ts";
import { evaluateCorpus } from "../pipeline/eval/run.ts";
import { loadResources } from "../pipeline/resources.ts";
import { columnsOf } from "../pipeline/write/columns.ts";
import { CHECKSUMS_FILE } from "../pipeline/write/dataset.ts";
import { duckdbFileName, KEYS_TABLE, writeDuckDB } from "../pipeline/write/duckdb.ts";
import { guardCell } from "../pipeline/write/excel.ts";
import { gatherFacts } from "../pipeline/write/facts.ts";
import { reportHtml } from "../pipeline/write/report-html.ts";
import { queryRows, schemaScan, schemaSlice, withDuckDB } from "../pipeline/write/written.ts";
import { buildDataset, CONFIG, REPO, tempDir, type BuiltDataset } from "./support/build.ts";
import { parseCsv } from "./support/csv.ts";

const NAME = "vn-lao-union-news";
let built: BuiltDataset;
let card: string;

beforeAll(async () => {
  built = await buildDataset();
  card = await readFile(join(built.versionDir, "README.md"), "utf8");
});

const read = (file: string) => readFile(join(built.versionDir, file), "utf8");
const report = async () => JSON.parse(await read("report.json")) as { counts: Record<string, number> };

it("adds the card, citation, report page, spreadsheet copies and database, each in SHA256SUMS", async () => {
  const sums = await read(CHECKSUMS_FILE);
  const extras = ["README.md", "CITATION.cff", "report.html", duckdbFileName(NAME), ...TABLES.map((table) => `excel/${table.name}.csv`)];
  for (const file of extras) expect(sums).toMatch(new RegExp(`^[0-9a-f]{64}  ${file.replace(".", "\\.")}$`, "m"));
  expect(existsSync(join(built.versionDir, `${duckdbFileName(NAME)}.wal`))).toBe(false);
});

describe("spreadsheet copies", () => {
  it("mark text a spreadsheet would run as a formula, and leave everything else alone", () => {
    for (const text of ["=1+1", "+84 912", "-5 người", "@SUM(A1)", "\tx", "\rx"]) expect(guardCell(text)).toBe(`'${text}`);
    for (const value of ["Hà Nội", "a=b", "", 5, -5, true, null, ["=x"]]) expect(guardCell(value)).toEqual(value);
  });

  it("hold the rows of csv/ with a BOM and CRLF, changing only formula-looking text cells", async () => {
    for (const table of TABLES) {
      const excel = await readFile(join(built.versionDir, "excel", `${table.name}.csv`));
      expect(excel.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), table.name).toBe(true);
      const text = excel.subarray(3).toString("utf8");
      expect(/(^|[^\r])\n/.test(text), `${table.name}: a line ends without CR`).toBe(false);
      const exact = parseCsv(await read(`csv/${table.name}.csv`));
      const copied = parseCsv(text);
      expect(copied.length).toBe(exact.length);
      const kinds = columnsOf(table).map((column) => column.kind);
      copied.forEach((record, row) =>
        record.forEach((cell, column) => {
          const expected = row > 0 && kinds[column] === "string" ? String(guardCell(exact[row]![column])) : exact[row]![column];
          expect(cell).toBe(expected);
        }),
      );
    }
  });
});

describe("DuckDB database", () => {
  const database = () => join(built.versionDir, duckdbFileName(NAME));

  it("holds every row, each key of the schemas checked in dataset_keys and named in its table's comment, and commented columns", async () => {
    const counts = (await report()).counts;
    await withDuckDB(database(), async (connection) => {
      for (const table of TABLES) {
        const [row] = await queryRows(connection, `SELECT count(*) AS n FROM "${table.name}"`);
        expect(row!.n).toBe(counts[table.name]);
      }
      const keys = await queryRows(connection, `SELECT table_name, key_kind, columns, referenced_table, referenced_columns, violations, holds FROM ${KEYS_TABLE}`);
      const listed = keys.map((row) => `${row.table_name} ${row.key_kind} ${(row.columns as string[]).join(",")} ${row.referenced_table ?? ""}`).sort();
      const expected = TABLES.flatMap((table) => [
        `${table.name} primary ${table.primaryKey.join(",")} `,
        ...table.foreignKeys.map((key) => `${table.name} foreign ${key.fields.join(",")} ${key.reference.resource}`),
      ]).sort();
      expect(listed).toEqual(expected);
      for (const key of keys) expect(key).toMatchObject({ violations: 0, holds: true });
      const [mentions] = await queryRows(connection, "SELECT comment FROM duckdb_tables() WHERE table_name = 'mentions'");
      expect(String(mentions!.comment)).toContain("Primary key (mention_id). Foreign key (article_id) → articles(article_id).");
      const [comment] = await queryRows(connection, "SELECT comment FROM duckdb_columns() WHERE table_name = 'mentions' AND column_name = 'value'");
      expect(comment!.comment).toBe(columnsOf(TABLES.find((table) => table.name === "mentions")!).find((column) => column.name === "value")!.description);
    });
  });

  it("reads a written table in slices that together are the whole table, from Parquet and from JSON Lines", async () => {
    const mentions = TABLES.find((table) => table.name === "mentions")!;
    const jsonOnly = join(await tempDir("slices"), "0.1.0");
    await cp(built.versionDir, jsonOnly, { recursive: true });
    await rm(join(jsonOnly, "parquet"), { recursive: true });
    await withDuckDB(":memory:", async (connection) => {
      for (const versionDir of [built.versionDir, jsonOnly]) {
        const whole = await queryRows(connection, `SELECT mention_id FROM ${schemaScan(versionDir, mentions)}`);
        const sliceRows = Math.ceil(whole.length / 4) + 1;
        const sliced: Record<string, unknown>[] = [];
        for (let first = 0; first < whole.length + sliceRows; first += sliceRows) {
          sliced.push(...(await queryRows(connection, `SELECT mention_id FROM ${schemaSlice(versionDir, mentions, first, sliceRows)}`)));
        }
        expect(whole.length).toBeGreaterThan(sliceRows);
        expect(sliced).toEqual(whole);
      }
    });
  });

  it("has views joining mentions to their article and entity", async () => {
    await withDuckDB(database(), async (connection) => {
      const rows = await queryRows(connection, "SELECT article_title, entity_name, sentence FROM mentions_in_context WHERE type = 'ORG' AND entity_name IS NOT NULL LIMIT 3");
      expect(rows.length).toBe(3);
      for (const row of rows) expect(String(row.sentence)).not.toBe("");
      const [linked] = await queryRows(connection, "SELECT sum(n_mentions) AS n FROM entity_articles");
      const [withEntity] = await queryRows(connection, "SELECT count(*) AS n FROM mentions WHERE entity_id IS NOT NULL");
      expect(linked!.n).toBe(withEntity!.n);
    });
  });

  it("lists a foreign key that quarantined rows left dangling as not holding, and says so in the table's comment", async () => {
    const dir = join(await tempDir("dangling"), "0.1.0");
    await cp(built.versionDir, dir, { recursive: true });
    await rm(join(dir, "parquet"), { recursive: true });
    await rm(join(dir, duckdbFileName(NAME)));
    const entities = (await readFile(join(dir, "json", "entities.jsonl"), "utf8")).split("\n");
    await writeFile(join(dir, "json", "entities.jsonl"), entities.slice(1).join("\n"));
    await writeDuckDB(dir, NAME);
    await withDuckDB(join(dir, duckdbFileName(NAME)), async (connection) => {
      const broken = await queryRows(connection, `SELECT table_name, columns, violations FROM ${KEYS_TABLE} WHERE NOT holds ORDER BY table_name`);
      expect(broken.map((row) => `${row.table_name} ${(row.columns as string[]).join(",")}`)).toEqual(expect.arrayContaining(["mentions entity_id"]));
      for (const row of broken) expect(Number(row.violations)).toBeGreaterThan(0);
      const [table] = await queryRows(connection, "SELECT comment FROM duckdb_tables() WHERE table_name = 'mentions'");
      expect(String(table!.comment)).toMatch(/Note: foreign key \(entity_id\) → entities\(entity_id\) does not hold: \d+ row\(s\) reference rows missing/);
      expect(String(table!.comment)).toContain("Foreign key (sentence_id) → sentences(sentence_id).");
    });
  });
});

describe("dataset card", () => {
  const frontMatter = () => parse(/^---\n([\s\S]*?)\n---\n/.exec(card)![1]!) as Record<string, unknown>;

  it("starts with the front matter the Hugging Face hub reads, one config per table", () => {
    const matter = frontMatter();
    expect(matter).toMatchObject({ license: "cc-by-4.0", language: ["vi"], size_categories: ["n<1K"] });
    const configs = matter.configs as { config_name: string; data_files: { split: string; path: string }[] }[];
    expect(configs.map((config) => config.config_name)).toEqual(TABLES.map((table) => table.name));
    for (const config of configs) for (const file of config.data_files) expect(existsSync(join(built.versionDir, file.path)), file.path).toBe(true);
  });

  it("describes every column of every table with its schema description", () => {
    for (const table of TABLES) {
      expect(card).toContain(`### \`${table.name}\``);
      for (const column of columnsOf(table)) expect(card).toContain(`| \`${column.name}\` | `);
      for (const column of columnsOf(table)) expect(card).toContain(column.description.replaceAll("|", "\\|"));
    }
  });

  it("gives report.json's counts per table and per mention type", async () => {
    const counts = (await report()).counts;
    for (const table of TABLES) expect(card).toMatch(new RegExp(`^\\| \`${table.name}\` \\| ${counts[table.name]!.toLocaleString("en-US")} \\|`, "m"));
    const byType = (JSON.parse(await read("report.json")) as { mentions_by_type: Record<string, number> }).mentions_by_type;
    for (const [type, count] of Object.entries(byType)) expect(card).toContain(`| \`${type}\` | ${count} |`);
  });

  it("gives make eval's quality figures", async () => {
    const config = await loadConfig(CONFIG);
    const scored = figures(summarise(await evaluateCorpus({ articlesDir: join(REPO, "seeds"), goldDir: join(REPO, "tests/gold"), config, resources: loadResources() })));
    const f1 = (group: string) => scored[`entities.exact.${group}.f1`]!.toFixed(3);
    expect(card).toContain(`| micro | ${scored["entities.exact.micro.precision"]!.toFixed(3)} | ${scored["entities.exact.micro.recall"]!.toFixed(3)} | ${f1("micro")} |`);
    expect(card).toMatch(new RegExp(`\\| PER \\| [0-9.]+ \\| [0-9.]+ \\| ${f1("PER").replace(".", "\\.")} \\|`));
  });

  it("has DuckDB code that runs as written from the version folder", async () => {
    const blocks = [...card.matchAll(/```sql\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const here = process.cwd();
    process.chdir(built.versionDir);
    try {
      await withDuckDB(":memory:", async (connection) => {
        for (const block of blocks) {
          const result = await connection.runAndReadAll(block);
          expect(result.getRows().length, block).toBeGreaterThan(0);
        }
      });
    } finally {
      process.chdir(here);
    }
  });

  /** A Python with pandas (the system one from apt, `python3-pandas`, when the default python3 lacks it). */
  const python = ["python3", "/usr/bin/python3"].find((candidate) => spawnSync(candidate, ["-c", "import pandas"]).status === 0);
  const pyarrow = python !== undefined && spawnSync(python, ["-c", "import pyarrow"]).status === 0;
  const pythonBlocks = () => [...card.matchAll(/```python\n([\s\S]*?)```/g)].map((match) => match[1]!);

  it.skipIf(!python)("has pandas code that runs as written (the Parquet example too when pyarrow is installed)", () => {
    const runnable = pythonBlocks().filter((code) => pyarrow || !code.includes("read_parquet"));
    expect(runnable.length).toBeGreaterThanOrEqual(1);
    for (const code of runnable) {
      const output = execFileSync(python!, ["-c", code], { cwd: built.versionDir, encoding: "utf8" });
      expect(output).toContain("value");
    }
  });

  it("comes with a CITATION.cff naming the dataset, version and licence", async () => {
    const citation = parse(await read("CITATION.cff")) as Record<string, unknown>;
    expect(citation).toMatchObject({ "cff-version": "1.2.0", type: "dataset", version: "0.1.0", license: "CC-BY-4.0" });
    expect((citation.authors as unknown[]).length).toBeGreaterThan(0);
    expect(card).toContain("@misc{vn-lao-union-news-0.1.0,");
  });
});

describe("report.html", () => {
  it("is one self-contained page: no script, nothing fetched", async () => {
    const page = await read("report.html");
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(page.replaceAll('xmlns="http://www.w3.org/2000/svg"', "")).not.toMatch(/(src|href)=["']?https?:/i);
  });

  it("charts mentions by type, top organisations, people and places, dates, sources and quality", async () => {
    const page = await read("report.html");
    for (const section of ["types", "ORG", "PER", "LOC", "dates", "rejects", "quality"]) expect(page).toContain(`<h2 id="${section}">`);
    expect(page.match(/<svg /g)!.length).toBeGreaterThanOrEqual(8);
    await withDuckDB(join(built.versionDir, duckdbFileName(NAME)), async (connection) => {
      for (const type of ["ORG", "PER", "LOC"]) {
        const [top] = await queryRows(connection, `SELECT name FROM entities WHERE type = '${type}' ORDER BY n_mentions DESC, name LIMIT 1`);
        expect(page).toContain(String(top!.name));
      }
    });
  });

  it("lists quarantined rows by table and reason", async () => {
    const dir = join(await tempDir("rejects"), "0.1.0");
    await cp(built.versionDir, dir, { recursive: true });
    const reject = { table: "mentions", key: {}, issues: [{ path: "value", message: "Too small: expected string to have >=1 characters" }], provenance: {}, row: {} };
    await writeFile(join(dir, "rejects.jsonl"), `${JSON.stringify(reject)}\n${JSON.stringify(reject)}\n`);
    const counts = JSON.parse(await readFile(join(dir, "report.json"), "utf8")) as Record<string, unknown>;
    await writeFile(join(dir, "report.json"), JSON.stringify({ ...counts, rejects: { total: 2, by_table: { mentions: 2 } } }));
    const config = await loadConfig(CONFIG);
    const facts = await withDuckDB(":memory:", (connection) => gatherFacts(connection, dir, config, { commit: "c", pipelineVersion: "p", rulesDigest: "r" }));
    expect(facts.rejectReasons).toEqual([{ table: "mentions", issue: "value: Too small: expected string to have >=1 characters", rows: 2 }]);
    expect(reportHtml(facts)).toContain("<td>value: Too small: expected string to have &gt;=1 characters</td><td class=\"number\">2</td>");
  });
});
