/**
 * A written version folder read back through DuckDB: the files that were
 * streamed to disk (Parquet, else JSON Lines) are the only input of the
 * extras, so they come out the same after a sharded build's merge.
 */
import { createReadStream, existsSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { DuckDBConnection } from "@duckdb/node-api";
import { duckdb } from "../duckdb.ts";
import type { TableDefinition } from "../../schemas/index.ts";
import { columnsOf, DUCKDB_TYPES } from "./columns.ts";

export const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;
export const sqlName = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A column to read: its name and DuckDB type. */
export interface ScanColumn {
  readonly name: string;
  readonly type: string;
}

interface Scanner {
  readonly file: (table: string) => string;
  readonly sql: (path: string, columns: readonly ScanColumn[]) => string;
}

/** Readers in order of preference: Parquet carries its types; JSON Lines gets them from the schema. */
const SCANNERS: readonly Scanner[] = [
  { file: (table) => `parquet/${table}.parquet`, sql: (path) => `read_parquet(${sqlString(path)})` },
  {
    file: (table) => `json/${table}.jsonl`,
    sql: (path, columns) =>
      `read_json(${sqlString(path)}, format = 'newline_delimited', auto_detect = false, maximum_object_size = 268435456, ` +
      `columns = {${columns.map((column) => `${sqlString(column.name)}: ${sqlString(column.type)}`).join(", ")}})`,
  },
];

export class WrittenTableError extends Error {}

/** A FROM-clause item reading one written table with exactly `columns`, in file order. */
export function tableScan(versionDir: string, table: string, columns: readonly ScanColumn[]): string {
  for (const scanner of SCANNERS) {
    const path = join(versionDir, scanner.file(table));
    if (!existsSync(path)) continue;
    const list = columns.map((column) => `${sqlName(column.name)}::${column.type} AS ${sqlName(column.name)}`).join(", ");
    return `(SELECT ${list} FROM ${scanner.sql(path, columns)})`;
  }
  throw new WrittenTableError(
    `${versionDir}: table ${table} has neither ${SCANNERS.map((scanner) => scanner.file(table)).join(" nor ")}; ` +
      "the release files are made from Parquet or JSON Lines, so keep one of them in `formats`",
  );
}

/** A table of this pipeline's schemas, read with its schema's column types. */
export function schemaScan(versionDir: string, table: TableDefinition): string {
  return tableScan(versionDir, table.name, columnsOf(table).map((column) => ({ name: column.name, type: DUCKDB_TYPES[column.kind] })));
}

/**
 * FSST string compression packs a database file differently from run to
 * run (measured on DuckDB 1.5: same data, different bytes); without it the
 * file is byte-stable and strings fall back to dictionary compression.
 */
const NONDETERMINISTIC_COMPRESSION = ["fsst"];

/** DuckDB on one thread (same bytes, same row order every run), on a file or in memory. */
export async function withDuckDB<T>(path: string, work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await (await duckdb()).DuckDBInstance.create(path, { threads: "1" });
  const connection = await instance.connect();
  await connection.run(`SET disabled_compression_methods = ${sqlString(NONDETERMINISTIC_COMPRESSION.join(","))}`);
  try {
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

/** Rows of a query as plain objects: integers as numbers when exact, lists as arrays. */
export async function queryRows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS().map(plainRow);
}

function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, plain(value)]));
}

/** Rows of a query, streamed in DuckDB's chunks. */
export async function* streamRows(connection: DuckDBConnection, sql: string): AsyncGenerator<Record<string, unknown>> {
  const result = await connection.stream(sql);
  for await (const rows of result.yieldRowObjectJs()) for (const row of rows) yield plainRow(row);
}

/** The objects of a JSON Lines file, one by one. */
export async function* jsonLines(path: string): AsyncGenerator<Record<string, unknown>> {
  for await (const line of createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity })) {
    if (line !== "") yield JSON.parse(line) as Record<string, unknown>;
  }
}

/**
 * A table's rows as the writers were given them: parsed from JSON Lines when
 * that file exists (the quickest, and the same values), else read through
 * DuckDB from the other formats.
 */
export async function* tableRows(versionDir: string, table: TableDefinition): AsyncGenerator<Record<string, unknown>> {
  const jsonl = join(versionDir, "json", `${table.name}.jsonl`);
  if (existsSync(jsonl)) {
    yield* jsonLines(jsonl);
    return;
  }
  const columns = columnsOf(table).map((column) => sqlName(column.name)).join(", ");
  const instance = await (await duckdb()).DuckDBInstance.create(":memory:", { threads: "1" });
  const connection = await instance.connect();
  try {
    yield* streamRows(connection, `SELECT ${columns} FROM ${schemaScan(versionDir, table)}`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
