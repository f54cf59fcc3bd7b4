/** Formats: CSV, JSONL and Parquet of each table hold the same rows, cell for cell, in the same order. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { TABLES, type TableDefinition } from "../../schemas/index.ts";
import { columnsOf } from "../write/columns.ts";
import type { Finding } from "./finding.ts";
import { queryRows, sqlName, tableScan } from "./sql.ts";

const EXAMPLES = 5;

const FILES = { json: "json/%.jsonl", csv: "csv/%.csv", parquet: "parquet/%.parquet" } as const;
type Format = keyof typeof FILES;

export const fileOf = (format: Format, table: string) => FILES[format].replace("%", table);

/** Columns as CSV text: lists as JSON arrays, the rest cast to text. */
function asCsvText(table: TableDefinition): string {
  return columnsOf(table)
    .map((column) => (column.kind === "list" ? `to_json(${sqlName(column.name)})::VARCHAR` : `${sqlName(column.name)}::VARCHAR`) + ` AS ${sqlName(column.name)}`)
    .join(", ");
}

async function* compare(
  connection: DuckDBConnection,
  table: TableDefinition,
  reference: string,
  other: string,
  otherFile: string,
): AsyncGenerator<Finding> {
  const [counts] = await queryRows(connection, `SELECT (SELECT count(*) FROM ${reference}) AS reference, (SELECT count(*) FROM ${other}) AS other`);
  if (counts!.reference !== counts!.other) {
    yield { check: "formats", file: otherFile, row: null, column: null, reason: `${counts!.other} rows, but JSONL has ${counts!.reference}` };
  }
  for (const column of columnsOf(table)) {
    const name = sqlName(column.name);
    const differing = await queryRows(
      connection,
      `SELECT __row FROM ${reference} AS reference FULL JOIN ${other} AS other USING (__row) ` +
        `WHERE reference.${name} IS DISTINCT FROM other.${name} ORDER BY __row LIMIT ${EXAMPLES}`,
    );
    for (const row of differing) {
      yield { check: "formats", file: otherFile, row: Number(row.__row), column: column.name, reason: "differs from the JSONL row" };
    }
  }
}

export async function* verifyFormats(connection: DuckDBConnection, versionDir: string): AsyncGenerator<Finding> {
  for (const table of TABLES) {
    const present = (format: Format) => existsSync(join(versionDir, fileOf(format, table.name)));
    if (!present("json")) continue;
    const prefix = `t_${table.name}`;
    const load = async (format: Format): Promise<Finding | null> => {
      try {
        await connection.run(`CREATE OR REPLACE TEMP TABLE ${prefix}_${format} AS SELECT * FROM ${tableScan(versionDir, table, format)}`);
        return null;
      } catch (error) {
        return { check: "formats", file: fileOf(format, table.name), row: null, column: null, reason: `unreadable: ${firstLine(error)}` };
      }
    };
    const jsonProblem = await load("json");
    if (jsonProblem) {
      yield jsonProblem;
      continue;
    }
    if (present("parquet")) {
      const problem = await load("parquet");
      if (problem) yield problem;
      else yield* compare(connection, table, `${prefix}_json`, `${prefix}_parquet`, fileOf("parquet", table.name));
    }
    if (present("csv")) {
      const problem = await load("csv");
      if (problem) yield problem;
      else {
        await connection.run(`CREATE OR REPLACE TEMP TABLE ${prefix}_json_text AS SELECT __row, ${asCsvText(table)} FROM ${prefix}_json`);
        yield* compare(connection, table, `${prefix}_json_text`, `${prefix}_csv`, fileOf("csv", table.name));
      }
    }
  }
}

export function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split("\n")[0]!;
}
