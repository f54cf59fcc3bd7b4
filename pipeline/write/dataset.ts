/**
 * The dataset writer: streams each table's rows to every requested format
 * inside a staging folder, then adds the schemas, rejects, report,
 * datapackage.json and SHA256SUMS, and renames the folder into place. A
 * build that fails or is killed never leaves a half-written version behind.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";
import { TABLES, type TableName } from "../../schemas/index.ts";
import type { DatasetConfig, Format } from "../config.ts";
import type { Reject } from "../stages/validate.ts";
import { columnsOf, tableJsonSchema } from "./columns.ts";
import { datapackage, type BuildFacts, type FileFact, type SourceFact } from "./datapackage.ts";
import { writeExtras } from "./extras.ts";
import { FORMAT_WRITERS, PARQUET_STAGING, type TableWriter } from "./formats.ts";
import { LineSink } from "./sink.ts";

export interface FinishInput {
  readonly config: DatasetConfig;
  readonly sources: readonly SourceFact[];
  readonly facts: BuildFacts;
  readonly report: Record<string, unknown>;
}

export const CHECKSUMS_FILE = "SHA256SUMS";

export async function sha256File(path: string): Promise<FileFact> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest("hex"), bytes };
}

/** Every file under `dir`, as sorted `/`-separated relative paths. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

export class DatasetWriter {
  private constructor(
    readonly versionDir: string,
    private readonly stagingDir: string,
    private readonly tables: ReadonlyMap<TableName, readonly TableWriter[]>,
    private readonly rejects: LineSink,
    private readonly formats: readonly Format[],
  ) {}

  static async open(versionDir: string, formats: readonly Format[]): Promise<DatasetWriter> {
    const stagingDir = join(dirname(versionDir), `.${basename(versionDir)}.staging-${process.pid}`);
    await rm(stagingDir, { recursive: true, force: true });
    await mkdir(stagingDir, { recursive: true });
    const tables = new Map<TableName, TableWriter[]>();
    for (const table of TABLES) {
      const columns = columnsOf(table);
      const writers = await Promise.all(formats.map((format) => FORMAT_WRITERS[format].open(stagingDir, table.name, columns)));
      tables.set(table.name, writers);
    }
    return new DatasetWriter(versionDir, stagingDir, tables, new LineSink(join(stagingDir, "rejects.jsonl")), formats);
  }

  async write(table: TableName, row: Record<string, unknown>): Promise<void> {
    for (const writer of this.tables.get(table)!) await writer.write(row);
  }

  /** Append rows already encoded, one text per format (`FormatWriter.encoder`); see pipeline/workers/encode.ts. */
  async writeEncoded(table: TableName, texts: Readonly<Partial<Record<Format, string>>>): Promise<void> {
    const writers = this.tables.get(table)!;
    for (let index = 0; index < writers.length; index++) {
      const text = texts[this.formats[index]];
      if (text === undefined) throw new Error(`writeEncoded: no ${this.formats[index]} text for table ${table}`);
      await writers[index].writeEncoded(text);
    }
  }

  async reject(reject: Reject): Promise<void> {
    await this.rejects.write(`${JSON.stringify(reject)}\n`);
  }

  async finish(input: FinishInput): Promise<void> {
    // Closing converts the Parquet staging rows; each table on its own DuckDB thread, all tables at once.
    await Promise.all([...this.tables.values()].flat().map((writer) => writer.close()));
    await this.rejects.close();
    await rm(join(this.stagingDir, PARQUET_STAGING), { recursive: true, force: true });
    await mkdir(join(this.stagingDir, "schema"), { recursive: true });
    for (const table of TABLES) {
      await writeJson(join(this.stagingDir, "schema", `${table.name}.schema.json`), tableJsonSchema(table));
    }
    await writeJson(join(this.stagingDir, "report.json"), input.report);
    await writeExtras(this.stagingDir, input.config, input.facts);

    const files = new Map<string, FileFact>();
    for (const path of await listFiles(this.stagingDir)) files.set(path, await sha256File(join(this.stagingDir, path)));
    await writeJson(join(this.stagingDir, "datapackage.json"), datapackage(input.config, files, input.sources, input.facts));
    files.set("datapackage.json", await sha256File(join(this.stagingDir, "datapackage.json")));

    const sums = [...files.entries()]
      .sort(([left], [right]) => (left < right ? -1 : 1))
      .map(([path, file]) => `${file.sha256}  ${path}\n`)
      .join("");
    await writeFile(join(this.stagingDir, CHECKSUMS_FILE), sums);
    await this.swapIntoPlace();
  }

  /** Replace the version folder with the staging folder; the old one goes only after the new one is in place. */
  private async swapIntoPlace(): Promise<void> {
    const retired = `${this.stagingDir}.old`;
    let hadPrevious = true;
    await rename(this.versionDir, retired).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
      hadPrevious = false;
    });
    await rename(this.stagingDir, this.versionDir);
    if (hadPrevious) await rm(retired, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    for (const writers of this.tables.values()) for (const writer of writers) await writer.close().catch(() => undefined);
    await this.rejects.close().catch(() => undefined);
    await rm(this.stagingDir, { recursive: true, force: true });
  }
}

export async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
}
