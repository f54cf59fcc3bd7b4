/**
 * A written version folder read back through DuckDB: the files that were
 * streamed to disk (Parquet, else JSON Lines) are the only input of the
 * extras, so they come out the same after a sharded build's merge.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  /** Rows `first` to `first + count - 1` in file order, as a query ending in its row filter. */
  readonly slice: (path: string, columns: readonly ScanColumn[], first: number, count: number) => string;
}

const castList = (columns: readonly ScanColumn[]) => columns.map((column) => `${sqlName(column.name)}::${column.type} AS ${sqlName(column.name)}`).join(", ");

/** DuckDB's default for the longest JSON row it reads; its read buffer is twice that. */
const DEFAULT_JSON_ROW_BYTES = 16 << 20;
const READ_CHUNK_BYTES = 4 << 20;
interface LineStats {
  /** Bytes of the longest line. */
  readonly longest: number;
  readonly lines: number;
  readonly bytes: number;
}

const lineStatsSeen = new Map<string, LineStats>();

/** The longest line and the number of lines of a file, remembered while the file is unchanged. */
export function lineStats(path: string): LineStats {
  const { size, mtimeMs } = statSync(path);
  const key = `${path}\0${size}\0${mtimeMs}`;
  const known = lineStatsSeen.get(key);
  if (known !== undefined) return known;
  const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
  const descriptor = openSync(path, "r");
  let longest = 0;
  let lineStart = 0;
  let lines = 0;
  try {
    for (let offset = 0; ; ) {
      const read = readSync(descriptor, chunk, 0, READ_CHUNK_BYTES, offset);
      if (read === 0) break;
      for (let newline = chunk.indexOf(10); newline !== -1 && newline < read; newline = chunk.indexOf(10, newline + 1)) {
        longest = Math.max(longest, offset + newline - lineStart);
        lineStart = offset + newline + 1;
        lines += 1;
      }
      offset += read;
    }
    longest = Math.max(longest, size - lineStart);
    if (size > lineStart) lines += 1;
  } finally {
    closeSync(descriptor);
  }
  const stats = { longest, lines, bytes: size };
  lineStatsSeen.set(key, stats);
  return stats;
}

/**
 * The row size to give DuckDB's JSON reader: its default, or for a file
 * with a longer row (a 20 MB article on one line) the next power of two
 * above it. Always allowing the largest row would cost a buffer of twice
 * that on every read.
 */
function jsonRowBytes(path: string): number {
  const { longest } = lineStats(path);
  let bytes = DEFAULT_JSON_ROW_BYTES;
  while (bytes <= longest) bytes *= 2;
  return bytes;
}

const readJsonLines = (path: string, columns: readonly ScanColumn[]) =>
  `read_json(${sqlString(path)}, format = 'newline_delimited', auto_detect = false, maximum_object_size = ${jsonRowBytes(path)}, ` +
  `columns = {${columns.map((column) => `${sqlString(column.name)}: ${sqlString(column.type)}`).join(", ")}})`;

/**
 * Readers in order of preference: Parquet carries its types, and a slice
 * of it reads only the row groups holding those rows; JSON Lines gets its
 * types from the schema, and a slice of it is read from the start.
 */
const SCANNERS: readonly Scanner[] = [
  {
    file: (table) => `parquet/${table}.parquet`,
    sql: (path) => `read_parquet(${sqlString(path)})`,
    slice: (path, columns, first, count) =>
      `(SELECT ${castList(columns)} FROM read_parquet(${sqlString(path)}, file_row_number = true) ` +
      `WHERE file_row_number >= ${first} AND file_row_number < ${first + count})`,
  },
  {
    file: (table) => `json/${table}.jsonl`,
    sql: readJsonLines,
    slice: (path, columns, first, count) => `(SELECT ${castList(columns)} FROM ${readJsonLines(path, columns)} LIMIT ${count} OFFSET ${first})`,
  },
];

export class WrittenTableError extends Error {}

/** A FROM-clause item reading a JSON Lines file with exactly `columns`. */
export const jsonLinesScan = (path: string, columns: readonly ScanColumn[]) => `(SELECT ${castList(columns)} FROM ${readJsonLines(path, columns)})`;

function writtenFile(versionDir: string, table: string): { scanner: Scanner; path: string } {
  for (const scanner of SCANNERS) {
    const path = join(versionDir, scanner.file(table));
    if (existsSync(path)) return { scanner, path };
  }
  throw new WrittenTableError(
    `${versionDir}: table ${table} has neither ${SCANNERS.map((scanner) => scanner.file(table)).join(" nor ")}; ` +
      "the release files are made from Parquet or JSON Lines, so keep one of them in `formats`",
  );
}

/** A FROM-clause item reading one written table with exactly `columns`, in file order. */
export function tableScan(versionDir: string, table: string, columns: readonly ScanColumn[]): string {
  const { scanner, path } = writtenFile(versionDir, table);
  return `(SELECT ${castList(columns)} FROM ${scanner.sql(path, columns)})`;
}

const schemaColumns = (table: TableDefinition): ScanColumn[] => columnsOf(table).map((column) => ({ name: column.name, type: DUCKDB_TYPES[column.kind] }));

/** A FROM-clause item reading `count` rows of a table of this pipeline's schemas from row `first` (0-based, file order). */
export function schemaSlice(versionDir: string, table: TableDefinition, first: number, count: number): string {
  const { scanner, path } = writtenFile(versionDir, table.name);
  return scanner.slice(path, schemaColumns(table), first, count);
}

/** A table of this pipeline's schemas, read with its schema's column types. */
export function schemaScan(versionDir: string, table: TableDefinition): string {
  return tableScan(versionDir, table.name, schemaColumns(table));
}

/**
 * FSST string compression packs a database file differently from run to
 * run (measured on DuckDB 1.5: same data, different bytes); without it the
 * file is byte-stable and strings fall back to dictionary compression.
 */
const NONDETERMINISTIC_COMPRESSION = ["fsst"];

/**
 * The memory each DuckDB the build opens may use; past it, DuckDB spills to
 * a temporary folder of its own. With it, the finish phase needs the same
 * memory for 20,000 articles as for 100,000.
 */
export const DUCKDB_MEMORY_LIMIT = "256MB";

/**
 * DuckDB's allocator keeps freed memory for reuse until it holds
 * `allocator_flush_threshold` (128 MB by default) per thread, outside the
 * memory limit; so each DuckDB held 150-300 MB beyond its limit, more as a
 * run went longer. Returned sooner, by a background thread: measured on the
 * finish phase of 100,000 articles, peak RSS 522 MB instead of 711 MB, 6%
 * slower.
 */
const ALLOCATOR_SETTINGS = ["SET allocator_flush_threshold = '8MB'", "SET allocator_background_threads = true"];

interface OpenDuckDB {
  readonly connection: DuckDBConnection;
  close(): Promise<void>;
}

/** How a DuckDB is opened: its memory limit (default DUCKDB_MEMORY_LIMIT), and read-only for a file that must not change. */
export interface DuckDBOptions {
  readonly memoryLimit?: string;
  readonly readOnly?: boolean;
}

/** DuckDB on one thread (same bytes, same row order every run) within its memory limit, on a file or in memory. */
async function openDuckDB(path: string, options: DuckDBOptions = {}): Promise<OpenDuckDB> {
  const spill = await mkdtemp(join(tmpdir(), "duckdb-spill-"));
  const settings: Record<string, string> = { threads: "1", memory_limit: options.memoryLimit ?? DUCKDB_MEMORY_LIMIT, temp_directory: spill };
  if (options.readOnly) settings.access_mode = "READ_ONLY";
  const instance = await (await duckdb()).DuckDBInstance.create(path, settings);
  const connection = await instance.connect();
  const close = async () => {
    connection.closeSync();
    instance.closeSync();
    await rm(spill, { recursive: true, force: true });
  };
  try {
    await connection.run(`SET disabled_compression_methods = ${sqlString(NONDETERMINISTIC_COMPRESSION.join(","))}`);
    for (const setting of ALLOCATOR_SETTINGS) await connection.run(setting);
  } catch (error) {
    await close();
    throw error;
  }
  return { connection, close };
}

export async function withDuckDB<T>(path: string, work: (connection: DuckDBConnection) => Promise<T>, options: DuckDBOptions = {}): Promise<T> {
  const opened = await openDuckDB(path, options);
  try {
    return await work(opened.connection);
  } finally {
    await opened.close();
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

const LINES_CHUNK_BYTES = 1 << 20;

/**
 * The lines of a UTF-8 text file (without their `\n`), a chunk's worth at a
 * time: one await per megabyte rather than one per line.
 */
export async function* lineBatches(path: string): AsyncGenerator<string[]> {
  const handle = await open(path, "r");
  const chunk = Buffer.allocUnsafe(LINES_CHUNK_BYTES);
  const decoder = new TextDecoder("utf-8", { fatal: false });
  let rest = "";
  try {
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, LINES_CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      const lines = (rest + decoder.decode(chunk.subarray(0, bytesRead), { stream: true })).split("\n");
      rest = lines.pop()!;
      if (lines.length > 0) yield lines;
    }
    rest += decoder.decode();
    if (rest !== "") yield [rest];
  } finally {
    await handle.close();
  }
}

/** The objects of a JSON Lines file, one by one. */
export async function* jsonLines(path: string): AsyncGenerator<Record<string, unknown>> {
  for await (const lines of lineBatches(path)) {
    for (const line of lines) if (line !== "" && line !== "\r") yield JSON.parse(line) as Record<string, unknown>;
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
  const opened = await openDuckDB(":memory:");
  try {
    yield* streamRows(opened.connection, `SELECT ${columns} FROM ${schemaScan(versionDir, table)}`);
  } finally {
    await opened.close();
  }
}
