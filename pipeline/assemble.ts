/**
 * Assemble the dataset from file records taken in path order: decide
 * duplicates, write each table's rows (already validated and encoded),
 * fold entity contributions, stream diagnostics, and finish the version
 * folder with the report. A single-machine build and a merge of shard
 * parts both feed records here, so both write the same bytes.
 */
import { TABLES, type TableDefinition, type TableName } from "../schemas/index.ts";
import type { DatasetConfig, Format } from "./config.ts";
import { formatDiagnostic } from "./core/diagnostics.ts";
import { formatProv } from "./core/prov.ts";
import { markDuplicate, type SourceRecord } from "./stages/ingest.ts";
import { EntityLinker } from "./stages/link.ts";
import type { Row } from "./stages/rows.ts";
import { validateRow, type Reject } from "./stages/validate.ts";
import type { BuildFacts } from "./write/datapackage.ts";
import { DatasetWriter } from "./write/dataset.ts";
import { ARTICLE_TABLES, type FileRecord } from "./workers/record.ts";

/** Encoded rows are gathered per table and format and written in chunks of about this many bytes. */
const FLUSH_BYTES = 1 << 22;

export function sourceRow(source: SourceRecord): Row {
  const span = source.status === "rejected" ? null : { start: 0, end: source.length };
  const prov = formatProv({ source: source.path, span, rule: source.rule });
  return {
    source_id: source.source_id,
    path: source.path,
    sha256: source.sha256,
    bytes: source.bytes,
    length: source.length,
    encoding: source.encoding,
    encoding_prov: source.encoding === null ? null : prov,
    status: source.status,
    status_prov: prov,
    reason: source.reason,
    reason_prov: source.reason === null ? null : prov,
  };
}

const increment = (counts: Record<string, number>, key: string, by = 1) => {
  counts[key] = (counts[key] ?? 0) + by;
};

const sortedCounts = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).sort(([left], [right]) => (left < right ? -1 : 1)));

/** Tallies for report.json and the build summary. */
export class Tally {
  readonly counts: Record<string, number> = Object.fromEntries(TABLES.map((table) => [table.name, 0]));
  readonly sources: Record<string, number> = { ok: 0, rejected: 0, duplicate: 0 };
  readonly mentionsByType: Record<string, number> = {};
  readonly rejectsByTable: Record<string, number> = {};
  readonly diagnosticsByRule: Record<string, number> = {};
  readonly timings: Record<string, number> = {};
  rejects = 0;
  diagnostics = 0;
  /** Articles computed by this run, and articles taken from the cache. */
  computed = 0;
  cached = 0;

  reject(reject: Reject): void {
    this.rejects += 1;
    increment(this.rejectsByTable, reject.table);
  }

  report(config: DatasetConfig): Record<string, unknown> {
    return {
      dataset: { name: config.name, version: config.version },
      counts: this.counts,
      sources: this.sources,
      mentions_by_type: sortedCounts(this.mentionsByType),
      rejects: { total: this.rejects, by_table: sortedCounts(this.rejectsByTable) },
      diagnostics: { total: this.diagnostics, by_rule: sortedCounts(this.diagnosticsByRule) },
    };
  }
}

const NO_BYTES = new Uint8Array(0);

const sameItems = <T>(left: readonly T[], right: readonly T[]) => left.length === right.length && left.every((item, index) => item === right[index]);

/** Encoded text (UTF-8) waiting to be appended, per table and format. */
class PendingText {
  private readonly parts = new Map<TableName, Map<Format, Uint8Array[]>>();
  private bytes = 0;

  constructor(private readonly formats: readonly Format[]) {}

  add(table: TableName, texts: Readonly<Partial<Record<Format, Uint8Array>>>): void {
    let byFormat = this.parts.get(table);
    if (!byFormat) this.parts.set(table, (byFormat = new Map(this.formats.map((format) => [format, []]))));
    for (const format of this.formats) {
      const text = texts[format] ?? NO_BYTES;
      byFormat.get(format)!.push(text);
      this.bytes += text.length;
    }
  }

  get full(): boolean {
    return this.bytes >= FLUSH_BYTES;
  }

  async flush(writer: DatasetWriter): Promise<void> {
    for (const [table, byFormat] of this.parts) {
      const joined: Partial<Record<Format, Buffer>> = {};
      const done: { texts: Uint8Array[]; bytes: Buffer }[] = [];
      for (const [format, texts] of byFormat) {
        // Formats encoded alike (JSON Lines, Parquet staging) share their texts: joined once.
        let bytes = done.find((earlier) => sameItems(earlier.texts, texts))?.bytes;
        if (!bytes) done.push({ texts, bytes: (bytes = Buffer.concat(texts)) });
        joined[format] = bytes;
      }
      await writer.writeEncoded(table, joined);
    }
    this.parts.clear();
    this.bytes = 0;
  }
}

export interface AssembleOptions {
  readonly config: DatasetConfig;
  readonly versionDir: string;
  readonly facts: BuildFacts;
  /** Where bad files and diagnostics are named as they come. */
  readonly log: (line: string) => void;
  /** Aborted by an interrupt: the version folder is then left as it was (see DatasetWriter.open). */
  readonly signal?: AbortSignal;
}

/** A hex digest as half as many bytes of string, fresh (not a slice that keeps the record alive): one per input file stays in memory. */
const compactDigest = (hex: string) => Buffer.from(hex, "hex").toString("latin1");

const TABLE_BY_NAME = new Map<string, TableDefinition>(TABLES.map((table) => [table.name, table]));

export class Assembler {
  readonly tally = new Tally();
  private readonly linker = new EntityLinker();
  private readonly seen = new Map<string, string>();
  private readonly sourceFacts: { path: string; sha256: string; bytes: number }[] = [];
  private readonly pending: PendingText;

  private constructor(
    private readonly options: AssembleOptions,
    private readonly writer: DatasetWriter,
  ) {
    this.pending = new PendingText(options.config.formats);
  }

  static async open(options: AssembleOptions): Promise<Assembler> {
    return new Assembler(options, await DatasetWriter.open(options.versionDir, options.config.formats, options.signal));
  }

  /** A row made here (sources, entities): validated, then written or quarantined. */
  private async emit(table: TableName, row: Row): Promise<void> {
    const checked = validateRow(TABLE_BY_NAME.get(table)!, row);
    if (!checked.ok) {
      this.tally.reject(checked.reject);
      await this.writer.reject(checked.reject);
      return;
    }
    this.tally.counts[table] += 1;
    await this.writer.write(table, row);
  }

  /** The next file, in path order. */
  async add(record: FileRecord): Promise<void> {
    const { tally } = this;
    const source = markDuplicate(record.source, record.digests.map(compactDigest), this.seen);
    tally.sources[source.status] += 1;
    if (source.status !== "ok") this.options.log(`${source.path}: ${source.status}: ${source.reason}`);
    if (source.sha256 !== null && source.bytes !== null) this.sourceFacts.push({ path: source.path, sha256: source.sha256, bytes: source.bytes });
    await this.emit("sources", sourceRow(source));
    for (const [stage, milliseconds] of Object.entries(record.timings)) increment(tally.timings, stage, milliseconds);
    const article = source.status === "ok" ? record.article : null;
    if (!article) return;
    if (record.cached) tally.cached += 1;
    else tally.computed += 1;
    for (const table of ARTICLE_TABLES) {
      const { rows, texts } = article.tables[table];
      tally.counts[table] += rows;
      if (rows > 0) this.pending.add(table, texts);
    }
    for (const reject of article.rejects) {
      tally.reject(reject);
      await this.writer.reject(reject);
    }
    for (const [type, count] of Object.entries(article.mentionsByType)) increment(tally.mentionsByType, type, count);
    this.linker.add(article.entities);
    for (const diagnostic of article.diagnostics) {
      tally.diagnostics += 1;
      increment(tally.diagnosticsByRule, diagnostic.ruleId);
      this.options.log(formatDiagnostic(diagnostic));
    }
    if (this.pending.full) await this.pending.flush(this.writer);
  }

  async finish(): Promise<void> {
    await this.pending.flush(this.writer);
    for (const row of this.linker.rows()) await this.emit("entities", row);
    const { config, facts } = this.options;
    await this.writer.finish({ config, sources: this.sourceFacts, facts, report: this.tally.report(config) });
  }

  async abort(): Promise<void> {
    await this.writer.abort();
  }
}
