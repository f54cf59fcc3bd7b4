/**
 * The written tables as DuckDB reads them, the reader notebook users have,
 * in the build's DuckDB: one thread, a fixed memory limit, spilling past it
 * (pipeline/write/written.ts), so verify needs the same memory for any size
 * of dataset.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import type { TableDefinition } from "../../schemas/index.ts";
import { columnsOf, DUCKDB_TYPES } from "../write/columns.ts";
import { jsonLinesScan, sqlString } from "../write/written.ts";

export { queryRows, sqlName, sqlString } from "../write/written.ts";

export type ScanFormat = "json" | "csv" | "parquet";

export const FILES: Readonly<Record<ScanFormat, string>> = { json: "json/%.jsonl", csv: "csv/%.csv", parquet: "parquet/%.parquet" };

export const fileOf = (format: ScanFormat, table: string) => FILES[format].replace("%", table);

/** DuckDB's default for the longest CSV record, and its default read buffer for that (sixteen times as much). */
const DEFAULT_CSV_RECORD_BYTES = 2 << 20;
const DEFAULT_CSV_BUFFER_BYTES = 16 * DEFAULT_CSV_RECORD_BYTES;

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const READ_CHUNK_BYTES = 4 << 20;

/**
 * Bytes of the longest record of a CSV file: a line break inside a quoted
 * cell does not end the record (a doubled quote opens and closes the
 * quotes again, so counting quotes is enough).
 */
export function longestCsvRecord(path: string): number {
  const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
  const descriptor = openSync(path, "r");
  let longest = 0;
  let recordStart = 0;
  let quoted = false;
  let offset = 0;
  try {
    for (;;) {
      const read = readSync(descriptor, chunk, 0, READ_CHUNK_BYTES, offset);
      if (read === 0) break;
      const bytes = chunk.subarray(0, read);
      // The next quote and line break at or after `position`, each searched for again only once passed.
      let quote = bytes.indexOf(QUOTE);
      let newline = bytes.indexOf(NEWLINE);
      for (let position = 0; ; ) {
        if (quote !== -1 && quote < position) quote = bytes.indexOf(QUOTE, position);
        if (newline !== -1 && newline < position) newline = bytes.indexOf(NEWLINE, position);
        if (quoted) {
          if (quote === -1) break;
          quoted = false;
          position = quote + 1;
        } else if (newline !== -1 && (quote === -1 || newline < quote)) {
          longest = Math.max(longest, offset + newline - recordStart);
          recordStart = offset + newline + 1;
          position = newline + 1;
        } else if (quote !== -1) {
          quoted = true;
          position = quote + 1;
        } else break;
      }
      offset += read;
    }
  } finally {
    closeSync(descriptor);
  }
  return Math.max(longest, offset - recordStart);
}

/**
 * The reader's record and buffer sizes for a CSV file: the defaults, or for
 * a longer record (a 20 MB article on one line) the next power of two above
 * it, with a buffer of twice that. DuckDB's own buffer of sixteen times the
 * record size would not fit in its memory limit.
 */
function csvSizes(path: string): string {
  const longest = longestCsvRecord(path);
  let record = DEFAULT_CSV_RECORD_BYTES;
  while (record <= longest) record *= 2;
  return `max_line_size = ${record}, buffer_size = ${Math.max(DEFAULT_CSV_BUFFER_BYTES, 2 * record)}`;
}

/** A FROM-clause item reading one table in one format: typed by the schema (JSON Lines, Parquet), or every cell as text (CSV). */
export function tableReader(versionDir: string, table: TableDefinition, format: ScanFormat): string {
  const path = join(versionDir, fileOf(format, table.name));
  const readers: Record<ScanFormat, () => string> = {
    parquet: () => `read_parquet(${sqlString(path)})`,
    json: () => jsonLinesScan(path, columnsOf(table).map((column) => ({ name: column.name, type: DUCKDB_TYPES[column.kind] }))),
    csv: () =>
      `read_csv(${sqlString(path)}, header = true, all_varchar = true, quote = '"', escape = '"', delim = ',', strict_mode = true, ${csvSizes(path)})`,
  };
  return readers[format]();
}

/** The same with each row's 1-based number in the file, `__row`. */
export function tableScan(versionDir: string, table: TableDefinition, format: ScanFormat): string {
  return `(SELECT row_number() OVER () AS __row, * FROM ${tableReader(versionDir, table, format)})`;
}
