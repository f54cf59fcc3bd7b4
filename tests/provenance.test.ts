/**
 * Every `_prov` cell parses, names a source of the build, and its span lies
 * inside that source; a value read off the text (rules of the stages that
 * read: segment, clean, metadata, extract, link) slices back to exactly its text.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { TABLES } from "../schemas/index.ts";
import { parseProv } from "../pipeline/core/prov.ts";
import { codePointSlice } from "../pipeline/core/textview.ts";
import { decodeBytes } from "../pipeline/stages/decode.ts";
import { buildDataset, readTable, REPO, type BuiltDataset } from "./support/build.ts";

/** Stages whose values are copied from the text, not computed from it. */
const READ_STAGES = /^(segment|metadata|extract\.[a-z]+|link)\//;
/** Columns whose value is text of the source (others, such as `type` or `role`, are labels of a span). */
const TEXT_COLUMNS = new Set(["text", "title", "lead", "category", "aliases", "name"]);

let built: BuiltDataset;
const sources = new Map<string, string>();

beforeAll(async () => {
  built = await buildDataset();
  for (const row of await readTable(built.versionDir, "sources")) {
    const decoded = decodeBytes(new Uint8Array(await readFile(join(REPO, String(row.path)))));
    if (decoded.ok) sources.set(String(row.path), decoded.text);
  }
});

function* cells(row: Record<string, unknown>): Generator<{ column: string; value: unknown; cell: string }> {
  for (const [column, prov] of Object.entries(row)) {
    if (!column.endsWith("_prov") || prov === null) continue;
    const valueColumn = column.slice(0, -"_prov".length);
    const value = row[valueColumn];
    if (Array.isArray(prov)) {
      expect(Array.isArray(value) && value.length === prov.length, `${column} pairs with ${valueColumn}`).toBe(true);
      for (const [index, cell] of prov.entries()) yield { column: valueColumn, value: (value as unknown[])[index], cell: String(cell) };
    } else {
      expect(value, `${valueColumn} is null but ${column} is set`).not.toBeNull();
      yield { column: valueColumn, value, cell: String(prov) };
    }
  }
}

describe.each(TABLES.map((table) => [table.name] as const))("%s", (name) => {
  it("every provenance cell names a source and a span inside it", async () => {
    const rows = await readTable(built.versionDir, name);
    let checked = 0;
    for (const row of rows) {
      for (const { column, cell } of cells(row)) {
        const prov = parseProv(cell);
        expect(prov, `${name}.${column}: ${cell}`).not.toBeNull();
        const text = sources.get(prov!.source);
        expect(text, `${cell}: unknown source`).toBeDefined();
        expect(prov!.span, cell).not.toBeNull();
        const { start, end } = prov!.span!;
        expect(start <= end && end <= [...text!].length, `${cell}: span outside the source`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("every value read off the text slices back to exactly that text", async () => {
    const rows = await readTable(built.versionDir, name);
    for (const row of rows) {
      for (const { column, value, cell } of cells(row)) {
        const prov = parseProv(cell)!;
        if (!TEXT_COLUMNS.has(column) || !READ_STAGES.test(prov.rule)) continue;
        const slice = codePointSlice(sources.get(prov.source)!, prov.span!).normalize("NFC");
        expect(slice, `${name}.${column} ${cell}`).toBe(value);
      }
    }
  });
});

it("mention offsets equal the span of their text_prov", async () => {
  for (const mention of await readTable(built.versionDir, "mentions")) {
    expect(String(mention.text_prov)).toContain(`#char=${mention.start},${mention.end};`);
  }
});
