/**
 * A build: ingest → per-article stages → link → validate → write, streamed.
 * Rows flow to the table writers as each article finishes; only the
 * entity aggregate is kept until the end. Output goes to a staging folder
 * that replaces `output/<version>/` only when complete.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { TABLES, type TableDefinition, type TableName } from "../schemas/index.ts";
import type { DatasetConfig } from "./config.ts";
import { formatDiagnostic, type Diagnostic } from "./core/diagnostics.ts";
import { formatProv } from "./core/prov.ts";
import { Progress } from "./progress.ts";
import { inlineProcessor, ordered, type ArticleProcessor } from "./processor.ts";
import { loadResources, type Resources } from "./resources.ts";
import { ingest, listInputs, type IngestItem, type SourceRecord } from "./stages/ingest.ts";
import { EntityLinker } from "./stages/link.ts";
import type { Row } from "./stages/rows.ts";
import { validateRow, type Reject } from "./stages/validate.ts";
import { DatasetWriter } from "./write/dataset.ts";
import { ARTICLE_PIPELINE_VERSION } from "./article.ts";

export interface BuildOptions {
  readonly config: DatasetConfig;
  readonly inputDir: string;
  readonly outputRoot: string;
  readonly stderr: NodeJS.WritableStream;
  /** The pipeline's git commit, recorded in datapackage.json. */
  readonly commit: string;
  /** Per-article work; defaults to inline in this thread. */
  readonly processor?: (config: DatasetConfig, resources: Resources) => ArticleProcessor;
  /** How many articles may be in flight at once. */
  readonly window?: number;
}

export interface BuildSummary {
  readonly versionDir: string;
  readonly counts: Record<string, number>;
  readonly sources: Record<string, number>;
  readonly mentionsByType: Record<string, number>;
  readonly rejects: number;
  readonly diagnostics: number;
  readonly seconds: number;
  readonly timings: Record<string, number>;
}

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

/** Tallies for report.json: rows per table, sources by status, mentions by type. */
class Tally {
  readonly counts: Record<string, number> = Object.fromEntries(TABLES.map((table) => [table.name, 0]));
  readonly sources: Record<string, number> = { ok: 0, rejected: 0, duplicate: 0 };
  readonly mentionsByType: Record<string, number> = {};
  readonly rejectsByTable: Record<string, number> = {};
  rejects = 0;
  readonly timings: Record<string, number> = {};

  row(table: TableName, row: Row): void {
    this.counts[table] += 1;
    if (table === "mentions") {
      const type = String(row.type);
      this.mentionsByType[type] = (this.mentionsByType[type] ?? 0) + 1;
    }
  }

  reject(reject: Reject): void {
    this.rejects += 1;
    this.rejectsByTable[reject.table] = (this.rejectsByTable[reject.table] ?? 0) + 1;
  }

  time(stage: string, milliseconds: number): void {
    this.timings[stage] = (this.timings[stage] ?? 0) + milliseconds;
  }
}

const TABLE_BY_NAME = new Map<string, TableDefinition>(TABLES.map((table) => [table.name, table]));

export async function build(options: BuildOptions): Promise<BuildSummary> {
  const { config, stderr } = options;
  const resources = loadResources();
  const entries = await listInputs(options.inputDir);
  const processor = (options.processor ?? inlineProcessor)(config, resources);
  const tally = new Tally();
  const linker = new EntityLinker();
  const diagnostics: Diagnostic[] = [];
  const progress = new Progress(stderr, entries.length);
  const versionDir = join(options.outputRoot, config.version);
  const sourceFacts: { path: string; sha256: string; bytes: number }[] = [];

  const writer = await DatasetWriter.open(versionDir, config.formats);
  try {
    const emit = async (table: TableName, row: Row) => {
      const checked = validateRow(TABLE_BY_NAME.get(table)!, row);
      if (!checked.ok) {
        tally.reject(checked.reject);
        await writer.reject(checked.reject);
        return;
      }
      tally.row(table, row);
      await writer.write(table, row);
    };

    const work = async (item: IngestItem) => (item.article ? processor.process(item.article) : null);
    for await (const { item, result } of ordered(ingest(entries), work, options.window ?? 8)) {
      const { source } = item;
      tally.sources[source.status] += 1;
      if (source.status !== "ok") stderr.write(`\n${source.path}: ${source.status}: ${source.reason}\n`);
      if (source.sha256 !== null && source.bytes !== null) sourceFacts.push({ path: source.path, sha256: source.sha256, bytes: source.bytes });
      await emit("sources", sourceRow(source));
      if (result) {
        for (const table of ["articles", "segments", "sentences", "mentions"] as const) {
          for (const row of result.rows[table]) await emit(table, row);
        }
        linker.add(result.entities);
        diagnostics.push(...result.diagnostics);
        for (const [stage, milliseconds] of Object.entries(result.timings)) tally.time(stage, milliseconds);
      }
      progress.tick();
    }
    for (const row of linker.rows()) await emit("entities", row);
    for (const diagnostic of diagnostics) stderr.write(`${formatDiagnostic(diagnostic)}\n`);

    await writer.finish({
      config,
      sources: sourceFacts,
      facts: { commit: options.commit, pipelineVersion: ARTICLE_PIPELINE_VERSION, rulesDigest: resources.digest },
      report: {
        dataset: { name: config.name, version: config.version },
        counts: tally.counts,
        sources: tally.sources,
        mentions_by_type: Object.fromEntries(Object.entries(tally.mentionsByType).sort()),
        rejects: { total: tally.rejects, by_table: Object.fromEntries(Object.entries(tally.rejectsByTable).sort()) },
        diagnostics: { total: diagnostics.length, by_rule: countBy(diagnostics.map((diagnostic) => diagnostic.ruleId)) },
      },
    });
  } catch (error) {
    await writer.abort();
    throw error;
  } finally {
    await processor.close();
  }

  const summary: BuildSummary = {
    versionDir,
    counts: tally.counts,
    sources: tally.sources,
    mentionsByType: tally.mentionsByType,
    rejects: tally.rejects,
    diagnostics: diagnostics.length,
    seconds: progress.elapsedSeconds,
    timings: tally.timings,
  };
  await writeFile(
    join(options.outputRoot, `${config.version}.build-log.json`),
    `${JSON.stringify({ seconds: summary.seconds, stage_milliseconds: summary.timings, files: entries.length }, null, 2)}\n`,
  );
  return summary;
}

function countBy(keys: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of [...keys].sort()) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}
