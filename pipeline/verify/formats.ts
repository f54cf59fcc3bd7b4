/**
 * Formats: the CSV and Parquet files of each table hold the rows of its
 * JSON Lines, cell for cell, in the same order.
 *
 * One query per table reads the files side by side (POSITIONAL JOIN puts
 * row n of each beside row n of the others) and keeps, per column, the
 * first rows where they differ, with no temporary tables. DuckDB gathers
 * the other copies as it goes, within its memory limit, spilling to disk
 * past it: memory stays the same for any size of table, temporary disk use
 * grows with it. When that query fails, each file is read alone, every
 * cell decoded, to say which one is unreadable.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { TABLES, type TableDefinition } from "../../schemas/index.ts";
import { columnsOf, type Column } from "../write/columns.ts";
import type { Finding } from "./finding.ts";
import { fileOf, queryRows, sqlName, tableReader, type ScanFormat } from "./sql.ts";

const EXAMPLES = 5;

/** The formats compared with the JSON Lines, in the order their findings are listed. */
const COMPARED = ["parquet", "csv"] as const satisfies readonly ScanFormat[];
type Compared = (typeof COMPARED)[number];

/** A JSON Lines cell as the other format holds it: as it is for Parquet, as CSV text for CSV (lists as JSON arrays). */
const REFERENCE_CELL: Readonly<Record<Compared, (column: Column) => string>> = {
  parquet: (column) => sqlName(column.name),
  csv: (column) => (column.kind === "list" ? `to_json(${sqlName(column.name)})::VARCHAR` : `${sqlName(column.name)}::VARCHAR`),
};

/** Names inside the query: `<format>_<n>` for column n of a file, `json_<format>_<n>` for the JSON Lines cell it is compared with. */
const cell = (format: string, index: number) => `${format}_${index}`;
const present = (format: string) => `${format}_present`;
const rowsOf = (format: string) => `${format}_rows`;

function sideBySide(versionDir: string, table: TableDefinition, others: readonly Compared[]): string {
  const columns = columnsOf(table);
  const json = [
    `true AS ${present("json")}`,
    ...others.flatMap((format) => columns.map((column, index) => `${REFERENCE_CELL[format](column)} AS ${cell(`json_${format}`, index)}`)),
  ];
  const sides = [
    `(SELECT ${json.join(", ")} FROM ${tableReader(versionDir, table, "json")})`,
    ...others.map(
      (format) =>
        `(SELECT true AS ${present(format)}, ${columns.map((column, index) => `${sqlName(column.name)} AS ${cell(format, index)}`).join(", ")} ` +
        `FROM ${tableReader(versionDir, table, format)})`,
    ),
  ];
  const counts = ["json", ...others].map((format) => `count(${present(format)}) AS ${rowsOf(format)}`);
  const differences = others.flatMap((format) =>
    columns.map(
      (_, index) =>
        `min(__row, ${EXAMPLES}) FILTER (WHERE ${cell(`json_${format}`, index)} IS DISTINCT FROM ${cell(format, index)}) AS ${cell(`differ_${format}`, index)}`,
    ),
  );
  return `SELECT ${[...counts, ...differences].join(", ")} FROM (SELECT row_number() OVER () AS __row, * FROM ${sides.join(" POSITIONAL JOIN ")})`;
}

function* findings(table: TableDefinition, others: readonly Compared[], summary: Record<string, unknown>): Generator<Finding> {
  const columns = columnsOf(table);
  const jsonRows = Number(summary[rowsOf("json")]);
  for (const format of others) {
    const file = fileOf(format, table.name);
    const rows = Number(summary[rowsOf(format)]);
    if (rows !== jsonRows) yield { check: "formats", file, row: null, column: null, reason: `${rows} rows, but JSONL has ${jsonRows}` };
    for (const [index, column] of columns.entries()) {
      const differing = ((summary[cell(`differ_${format}`, index)] as unknown[] | null) ?? []).map(Number).sort((left, right) => left - right);
      for (const row of differing) yield { check: "formats", file, row, column: column.name, reason: "differs from the JSONL row" };
    }
  }
}

/**
 * Each file read alone, every cell decoded (a bare count(*) would skip the
 * values: DuckDB counts Parquet rows from the footer and skips the JSON
 * casts): a finding for each one DuckDB cannot read.
 */
async function unreadable(connection: DuckDBConnection, versionDir: string, table: TableDefinition, formats: readonly ScanFormat[]): Promise<Finding[]> {
  const found: Finding[] = [];
  const cells = columnsOf(table).map((column) => sqlName(column.name)).join(", ");
  for (const format of formats) {
    try {
      await queryRows(connection, `SELECT bit_xor(hash(${cells})) AS digest FROM ${tableReader(versionDir, table, format)}`);
    } catch (error) {
      found.push({ check: "formats", file: fileOf(format, table.name), row: null, column: null, reason: `unreadable: ${firstLine(error)}` });
    }
  }
  return found;
}

export async function* verifyFormats(connection: DuckDBConnection, versionDir: string): AsyncGenerator<Finding> {
  for (const table of TABLES) {
    const exists = (format: ScanFormat) => existsSync(join(versionDir, fileOf(format, table.name)));
    if (!exists("json")) continue;
    let others = COMPARED.filter(exists);
    for (;;) {
      try {
        const [summary] = await queryRows(connection, sideBySide(versionDir, table, others));
        yield* findings(table, others, summary!);
        break;
      } catch (error) {
        const problems = await unreadable(connection, versionDir, table, ["json", ...others]);
        if (problems.length === 0) {
          yield { check: "formats", file: fileOf("json", table.name), row: null, column: null, reason: `could not be compared with its other copies: ${firstLine(error)}` };
          break;
        }
        yield* problems;
        if (problems.some((problem) => problem.file === fileOf("json", table.name))) break;
        others = others.filter((format) => !problems.some((problem) => problem.file === fileOf(format, table.name)));
        if (others.length === 0) break;
      }
    }
  }
}

export function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split("\n")[0]!;
}
