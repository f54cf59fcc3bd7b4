/**
 * Provenance: every `_prov` cell parses, names a source of the dataset, has
 * a span inside it, and a value copied from the text (by a stage that reads
 * text) still slices back to exactly that text.
 */
import { join } from "node:path";
import { TABLES } from "../../schemas/index.ts";
import { parseProv } from "../core/prov.ts";
import { jsonLines } from "../write/written.ts";
import type { Finding } from "./finding.ts";
import { sliceCodePoints, SourceReader } from "./sources.ts";

/** Stages whose values are copied from the text, not computed from it. */
export const READ_STAGES = /^(segment|metadata|extract\.[a-z]+|link)\//;
/** Columns holding text of the source (others, such as `type` or `role`, label a span). */
export const TEXT_COLUMNS: ReadonlySet<string> = new Set(["text", "title", "lead", "category", "aliases", "name"]);

export function mustSliceBack(column: string, rule: string): boolean {
  return TEXT_COLUMNS.has(column) && READ_STAGES.test(rule);
}

export async function* jsonlRows(path: string): AsyncGenerator<{ row: number; value: Record<string, unknown> }> {
  let row = 0;
  for await (const value of jsonLines(path)) yield { row: ++row, value };
}

function* provCells(record: Record<string, unknown>): Generator<{ column: string; value: unknown; cell: unknown }> {
  for (const [name, prov] of Object.entries(record)) {
    if (!name.endsWith("_prov") || prov === null) continue;
    const column = name.slice(0, -"_prov".length);
    const value = record[column];
    if (Array.isArray(prov)) {
      const values = Array.isArray(value) ? value : [];
      for (const [index, cell] of prov.entries()) yield { column, value: values[index], cell };
    } else yield { column, value, cell: prov };
  }
}

export async function* verifyProvenance(versionDir: string, inputDir: string): AsyncGenerator<Finding> {
  const expected = new Map<string, string | null>();
  for await (const { value } of jsonlRows(join(versionDir, "json", "sources.jsonl"))) {
    if (value.status === "ok") expected.set(String(value.path), (value.sha256 as string | null) ?? null);
  }
  const reader = new SourceReader(inputDir, expected);
  const reported = new Set<string>();
  for (const table of TABLES) {
    if (table.name === "sources") continue;
    const file = `json/${table.name}.jsonl`;
    for await (const { row, value: record } of jsonlRows(join(versionDir, file))) {
      for (const { column, value, cell } of provCells(record)) {
        const finding = (reason: string): Finding => ({ check: "provenance", file, row, column: `${column}_prov`, reason });
        const prov = typeof cell === "string" ? parseProv(cell) : null;
        if (!prov || !prov.span) {
          yield finding(`not a provenance cell with a span: ${JSON.stringify(cell)}`);
          continue;
        }
        const lookup = reader.get(prov.source);
        if (!lookup.ok) {
          if (!reported.has(lookup.reason)) yield finding(lookup.reason);
          reported.add(lookup.reason);
          continue;
        }
        const slice = sliceCodePoints(lookup.source, prov.span.start, prov.span.end);
        if (slice === null) {
          yield finding(`span ${prov.span.start},${prov.span.end} lies outside ${prov.source} (${lookup.source.codePoints} code points)`);
          continue;
        }
        if (mustSliceBack(column, prov.rule) && slice.normalize("NFC") !== value) {
          yield finding(`span ${prov.span.start},${prov.span.end} of ${prov.source} holds ${JSON.stringify(slice)}, not ${JSON.stringify(value)}`);
        }
      }
    }
  }
}
