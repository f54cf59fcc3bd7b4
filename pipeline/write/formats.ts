/**
 * One writer per output format, looked up in a map: adding a format is
 * adding an entry, not a branch. Each writer streams rows to its file.
 */
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { csvRecords } from "../core/csv.ts";
import { jsonLines } from "../core/jsonl.ts";
import { DUCKDB_TYPES, type Column } from "./columns.ts";
import { LineSink } from "./sink.ts";
import { jsonLinesScan, lineStats, sqlString, withDuckDB } from "./written.ts";
import type { Format } from "../config.ts";


export interface TableWriter {
  write(row: Record<string, unknown>): Promise<void>;
  /** Append rows already encoded by this format's `encoder` (worker threads encode, the writer only appends), as text or UTF-8 bytes. */
  writeEncoded(data: string | Uint8Array): Promise<void>;
  /** Flush and close what was streamed. */
  close(): Promise<void>;
  /** Make the table's file from what was streamed, once every writer of the version is closed (Parquet's conversion). */
  convert?(): Promise<void>;
}

/** Rows as their text in one format: pure, so it can run in a worker thread. */
export type RowsEncoder = (rows: readonly Record<string, unknown>[]) => string;

export interface FormatWriter {
  /** Folder under the version directory, and the file extension. */
  readonly folder: string;
  readonly extension: string;
  readonly mediatype: string;
  /** Frictionless `format` of the resource. */
  readonly resourceFormat: string;
  /** Formats with the same `encoder` function encode rows to the same text. */
  readonly encoder: (columns: readonly Column[]) => RowsEncoder;
  /** `formats`: every format written to the version, so a writer may read a file another one writes. */
  open(versionDir: string, table: string, columns: readonly Column[], formats: readonly Format[]): Promise<TableWriter>;
}

export function tablePath(writer: FormatWriter, table: string): string {
  return `${writer.folder}/${table}.${writer.extension}`;
}

/** A CSV cell: empty for null, JSON for lists, `true`/`false` for booleans. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}

export interface CsvStyle {
  readonly bom: boolean;
  readonly recordDelimiter: "\n" | "\r\n";
}

export function csvWriter(folder: string, style: CsvStyle): FormatWriter {
  const lines = (records: string[][]) => csvRecords(records, style.recordDelimiter);
  return {
    folder,
    extension: "csv",
    mediatype: "text/csv",
    resourceFormat: "csv",
    encoder: (columns) => (rows) => lines(rows.map((row) => columns.map((column) => csvCell(row[column.name])))),
    async open(versionDir, table, columns) {
      await mkdir(join(versionDir, folder), { recursive: true });
      const sink = new LineSink(join(versionDir, folder, `${table}.csv`));
      await sink.write((style.bom ? "\uFEFF" : "") + lines([columns.map((column) => column.name)]));
      const encode = this.encoder(columns);
      return {
        write: (row) => sink.write(encode([row])),
        writeEncoded: (data) => sink.write(data),
        close: () => sink.close(),
      };
    },
  };
}

/** One JSON object a line, columns in schema order: JSON Lines, and the Parquet writer's staging rows. */
const jsonLineEncoder = (columns: readonly Column[]): RowsEncoder => jsonLines(columns.map((column) => column.name));

export const jsonlWriter: FormatWriter = {
  folder: "json",
  extension: "jsonl",
  mediatype: "application/jsonl",
  resourceFormat: "jsonl",
  encoder: jsonLineEncoder,
  async open(versionDir, table, columns) {
    await mkdir(join(versionDir, "json"), { recursive: true });
    const sink = new LineSink(join(versionDir, "json", `${table}.jsonl`));
    const encode = jsonLineEncoder(columns);
    return {
      write: (row) => sink.write(encode([row])),
      writeEncoded: (data) => sink.write(data),
      close: () => sink.close(),
    };
  },
};

/**
 * Parquet through DuckDB: one COPY with explicit column types from the
 * table's JSON Lines rows writes v1 data pages, ZSTD, exact int64,
 * single-threaded so row order and bytes are the same on every run. The
 * rows are read from json/ when that format is written too (the same text:
 * both use `jsonLineEncoder`), else from a staging file.
 */
export const PARQUET_STAGING = ".parquet-staging";

const NOTHING_TO_DO = () => Promise.resolve();

export const parquetWriter: FormatWriter = {
  folder: "parquet",
  extension: "parquet",
  mediatype: "application/vnd.apache.parquet",
  resourceFormat: "parquet",
  encoder: jsonLineEncoder,
  async open(versionDir, table, columns, formats) {
    await mkdir(join(versionDir, "parquet"), { recursive: true });
    const parquetPath = join(versionDir, tablePath(parquetWriter, table));
    if (formats.includes("json")) {
      const jsonlPath = join(versionDir, tablePath(jsonlWriter, table));
      return { write: NOTHING_TO_DO, writeEncoded: NOTHING_TO_DO, close: NOTHING_TO_DO, convert: () => copyJsonlToParquet(jsonlPath, parquetPath, columns) };
    }
    const stagingDir = join(versionDir, PARQUET_STAGING);
    await mkdir(stagingDir, { recursive: true });
    const stagingFile = join(stagingDir, `${table}.jsonl`);
    const sink = new LineSink(stagingFile);
    const encode = jsonLineEncoder(columns);
    return {
      write: (row) => sink.write(encode([row])),
      writeEncoded: (data) => sink.write(data),
      close: () => sink.close(),
      async convert() {
        await copyJsonlToParquet(stagingFile, parquetPath, columns);
        await rm(stagingFile);
      },
    };
  },
};

/**
 * Rows per Parquet row group: DuckDB's default (122,880), or for wide rows
 * (articles, with their text) as many whole vectors of 2,048 rows as fit in
 * ROW_GROUP_BYTES of JSON. The writer holds a row group in memory, so
 * counted in rows alone it needed more memory as the corpus grew, until the
 * table passed one row group. Depends only on the file, so the bytes are the
 * same on every run.
 */
const DEFAULT_ROW_GROUP_ROWS = 122_880;
const VECTOR_ROWS = 2_048;
const ROW_GROUP_BYTES = 48 << 20;

export function rowGroupRows(lines: number, bytes: number): number {
  if (lines === 0) return DEFAULT_ROW_GROUP_ROWS;
  const vectors = Math.floor(ROW_GROUP_BYTES / (bytes / lines) / VECTOR_ROWS);
  return Math.min(DEFAULT_ROW_GROUP_ROWS, Math.max(1, vectors) * VECTOR_ROWS);
}

export async function copyJsonlToParquet(jsonlPath: string, parquetPath: string, columns: readonly Column[]): Promise<void> {
  const scan = jsonLinesScan(jsonlPath, columns.map((column) => ({ name: column.name, type: DUCKDB_TYPES[column.kind] })));
  const { lines, bytes } = lineStats(jsonlPath);
  const options = `FORMAT parquet, COMPRESSION zstd, PARQUET_VERSION v1, ROW_GROUP_SIZE ${rowGroupRows(lines, bytes)}`;
  await withDuckDB(":memory:", (connection) => connection.run(`COPY ${scan} TO ${sqlString(parquetPath)} (${options})`));
}

/** Every format the config may name, by name. */
export const FORMAT_WRITERS: Record<Format, FormatWriter> = {
  csv: csvWriter("csv", { bom: false, recordDelimiter: "\n" }),
  json: jsonlWriter,
  parquet: parquetWriter,
};
