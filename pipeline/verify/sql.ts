/**
 * The written tables as DuckDB reads them, the reader notebook users have,
 * in the build's DuckDB: one thread, a fixed memory limit, spilling past it
 * (pipeline/write/written.ts), so verify needs the same memory for any size
 * of dataset.
 */
import { join } from "node:path";
import type { TableDefinition } from "../../schemas/index.ts";
import { columnsOf, DUCKDB_TYPES } from "../write/columns.ts";
import { jsonLinesScan, lineStats, sqlString } from "../write/written.ts";

export { queryRows, sqlName, sqlString } from "../write/written.ts";

export type ScanFormat = "json" | "csv" | "parquet";

export const FILES: Readonly<Record<ScanFormat, string>> = { json: "json/%.jsonl", csv: "csv/%.csv", parquet: "parquet/%.parquet" };

export const fileOf = (format: ScanFormat, table: string) => FILES[format].replace("%", table);

/** DuckDB's default for the longest CSV record, and its default read buffer for that (sixteen times as much). */
const DEFAULT_CSV_RECORD_BYTES = 2 << 20;
const DEFAULT_CSV_BUFFER_BYTES = 16 * DEFAULT_CSV_RECORD_BYTES;

/**
 * The reader's record and buffer sizes for a CSV file: the defaults, or for
 * a longer line (a 20 MB article on one line) the next power of two above
 * it, with a buffer of twice that. DuckDB's own buffer of sixteen times the
 * record size would not fit in its memory limit.
 */
function csvSizes(path: string): string {
  const { longest } = lineStats(path);
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
