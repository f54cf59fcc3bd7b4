/**
 * The dataset writer: streams each table's rows to every requested format
 * (and to the spreadsheet copies) inside a staging folder, then adds the
 * Parquet files, schemas, rejects, report, extras, datapackage.json and
 * SHA256SUMS, and renames the folder into place. A build that fails or is
 * killed never leaves a half-written version behind.
 *
 * After the last row, the work overlaps: Parquet files are converted one
 * table at a time in the database's load order, the database loads each
 * table as soon as its files are complete, the pages are made, and every
 * finished file is hashed meanwhile. None of it changes what is written.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { TABLES, type TableName } from "../../schemas/index.ts";
import type { DatasetConfig, Format } from "../config.ts";
import type { Reject } from "../stages/validate.ts";
import { FileHashes, listFiles } from "./checksums.ts";
import { columnsOf, tableJsonSchema } from "./columns.ts";
import { writeDatapackage, type BuildFacts, type SourceFact } from "./datapackage.ts";
import { loadOrder } from "./duckdb.ts";
import { SPREADSHEET_SOURCE, SpreadsheetCopy, streamsSpreadsheetCopies } from "./excel.ts";
import { writeExtras } from "./extras.ts";
import { FORMAT_WRITERS, PARQUET_STAGING, tablePath, type TableWriter } from "./formats.ts";
import { settleAll } from "./settle.ts";
import { LineSink } from "./sink.ts";
import { clearStaleStaging, retiredPath, stagingPath } from "./staging.ts";

export { listFiles, sha256File } from "./checksums.ts";

export interface FinishInput {
  readonly config: DatasetConfig;
  readonly sources: readonly SourceFact[];
  readonly facts: BuildFacts;
  readonly report: Record<string, unknown>;
}

export const CHECKSUMS_FILE = "SHA256SUMS";

/** One table's writers: one per format, and the spreadsheet copy when it streams. */
interface TableOutput {
  readonly writers: readonly TableWriter[];
  readonly copy: SpreadsheetCopy | null;
}

export class DatasetWriter {
  private constructor(
    readonly versionDir: string,
    private readonly stagingDir: string,
    private readonly tables: ReadonlyMap<TableName, TableOutput>,
    private readonly rejects: LineSink,
    private readonly formats: readonly Format[],
    private readonly signal: AbortSignal | undefined,
  ) {}

  /**
   * Start a version in a fresh staging folder (clearing those that killed
   * builds left). Once `signal` aborts, `finish` stops at its next step
   * without touching the version folder; `abort` then removes the staging.
   */
  static async open(versionDir: string, formats: readonly Format[], signal?: AbortSignal): Promise<DatasetWriter> {
    await clearStaleStaging(versionDir);
    const stagingDir = stagingPath(versionDir);
    await rm(stagingDir, { recursive: true, force: true });
    await mkdir(stagingDir, { recursive: true });
    const tables = new Map<TableName, TableOutput>();
    for (const table of TABLES) {
      const columns = columnsOf(table);
      const writers = await Promise.all(formats.map((format) => FORMAT_WRITERS[format].open(stagingDir, table.name, columns, formats)));
      const copy = streamsSpreadsheetCopies(formats) ? await SpreadsheetCopy.open(stagingDir, table) : null;
      tables.set(table.name, { writers, copy });
    }
    return new DatasetWriter(versionDir, stagingDir, tables, new LineSink(join(stagingDir, "rejects.jsonl")), formats, signal);
  }

  async write(table: TableName, row: Record<string, unknown>): Promise<void> {
    const output = this.tables.get(table)!;
    for (const writer of output.writers) await writer.write(row);
    if (output.copy) await output.copy.writeRow(row);
  }

  /** Append rows already encoded, one UTF-8 text per format (`FormatWriter.encoder`); see pipeline/workers/encode.ts. */
  async writeEncoded(table: TableName, texts: Readonly<Partial<Record<Format, Buffer>>>): Promise<void> {
    const { writers, copy } = this.tables.get(table)!;
    for (let index = 0; index < writers.length; index++) {
      const format = this.formats[index]!;
      const text = texts[format];
      if (text === undefined) throw new Error(`writeEncoded: no ${format} text for table ${table}`);
      await writers[index]!.writeEncoded(text);
      if (copy && format === SPREADSHEET_SOURCE) await copy.writeCsv(text);
    }
  }

  async reject(reject: Reject): Promise<void> {
    await this.rejects.write(`${JSON.stringify(reject)}\n`);
  }

  private async closeStreams(): Promise<void> {
    const outputs = [...this.tables.values()];
    await settleAll([
      ...outputs.flatMap((output) => output.writers.map((writer) => writer.close())),
      ...outputs.map((output) => output.copy?.close() ?? null),
      this.rejects.close(),
    ]);
  }

  /**
   * Every table's conversion (Parquet), one table at a time in the
   * database's load order, so one converting DuckDB at a time (see
   * extras.ts): for each table, when its files are complete.
   */
  private convertTables(): Map<string, Promise<void>> {
    const converted = new Map<string, Promise<void>>();
    let previous = Promise.resolve();
    for (const table of loadOrder(TABLES)) {
      const writers = this.tables.get(table.name as TableName)!.writers;
      previous = previous.then(async () => {
        for (const writer of writers) await writer.convert?.();
      });
      converted.set(table.name, previous);
    }
    return converted;
  }

  /** The files that conversions make. */
  private convertedFiles(): string[] {
    return [...this.tables].flatMap(([table, { writers }]) =>
      writers.flatMap((writer, index) => (writer.convert ? [tablePath(FORMAT_WRITERS[this.formats[index]!], table)] : [])),
    );
  }

  async finish(input: FinishInput): Promise<void> {
    await this.closeStreams();
    this.signal?.throwIfAborted();
    const hashes = new FileHashes(this.stagingDir);
    const streamed = (await listFiles(this.stagingDir)).filter((path) => !path.startsWith(`${PARQUET_STAGING}/`));
    // The streamed files are hashed on this thread while DuckDB converts and loads on its own.
    for (const path of streamed) void hashes.of(path);
    const byTable = this.convertTables();
    const converted = Promise.all(byTable.values());
    void converted.then(
      () => this.convertedFiles().forEach((path) => void hashes.of(path)),
      () => undefined,
    );
    try {
      await mkdir(join(this.stagingDir, "schema"), { recursive: true });
      for (const table of TABLES) {
        await writeJson(join(this.stagingDir, "schema", `${table.name}.schema.json`), tableJsonSchema(table));
      }
      await writeJson(join(this.stagingDir, "report.json"), input.report);
      this.signal?.throwIfAborted();
      await writeExtras(this.stagingDir, input.config, input.facts, (table) => byTable.get(table)!);
      await converted;
    } finally {
      await converted.catch(() => undefined);
    }
    await rm(join(this.stagingDir, PARQUET_STAGING), { recursive: true, force: true });
    this.signal?.throwIfAborted();

    const files = await hashes.all();
    await writeDatapackage(join(this.stagingDir, "datapackage.json"), input.config, files, input.sources, input.facts);
    files.set("datapackage.json", await hashes.of("datapackage.json"));

    const sums = [...files.entries()]
      .sort(([left], [right]) => (left < right ? -1 : 1))
      .map(([path, file]) => `${file.sha256}  ${path}\n`)
      .join("");
    await writeFile(join(this.stagingDir, CHECKSUMS_FILE), sums);
    this.signal?.throwIfAborted();
    await this.swapIntoPlace();
  }

  /** Replace the version folder with the staging folder; the old one goes only after the new one is in place. */
  private async swapIntoPlace(): Promise<void> {
    const retired = retiredPath(this.stagingDir);
    let hadPrevious = true;
    await rename(this.versionDir, retired).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
      hadPrevious = false;
    });
    await rename(this.stagingDir, this.versionDir);
    if (hadPrevious) await rm(retired, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    await this.closeStreams().catch(() => undefined);
    await rm(this.stagingDir, { recursive: true, force: true });
  }
}

export async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
}
