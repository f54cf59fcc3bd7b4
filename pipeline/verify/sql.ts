/** DuckDB over the written tables: the same reader notebook users have. */
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { duckdb } from "../duckdb.ts";
import type { TableDefinition } from "../../schemas/index.ts";
import { columnsOf, DUCKDB_TYPES } from "../write/columns.ts";

export const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;
export const sqlName = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function withDuckDB<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await (await duckdb()).DuckDBInstance.create(":memory:", { threads: "1" });
  const connection = await instance.connect();
  try {
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export async function queryRows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

/** A FROM-clause reading one table in one format, typed by the schema, with its 1-based row number. */
export function tableScan(versionDir: string, table: TableDefinition, format: "json" | "csv" | "parquet"): string {
  const columns = columnsOf(table);
  const readers = {
    parquet: () => `read_parquet(${sqlString(join(versionDir, "parquet", `${table.name}.parquet`))})`,
    json: () => {
      const types = columns.map((column) => `${sqlString(column.name)}: ${sqlString(DUCKDB_TYPES[column.kind])}`).join(", ");
      return `read_json(${sqlString(join(versionDir, "json", `${table.name}.jsonl`))}, format = 'newline_delimited', auto_detect = false, maximum_object_size = 268435456, columns = {${types}})`;
    },
    csv: () =>
      `read_csv(${sqlString(join(versionDir, "csv", `${table.name}.csv`))}, header = true, all_varchar = true, quote = '"', escape = '"', delim = ',', strict_mode = true, max_line_size = 268435456)`,
  };
  return `(SELECT row_number() OVER () AS __row, * FROM ${readers[format]()})`;
}
