/**
 * The work for one input file, wherever it runs (main thread or worker):
 * read, hash and decode it, then take its article from the cache or run
 * the per-article stages and validate and encode the rows.
 */
import { append } from "../core/append.ts";
import { TABLES, type TableName } from "../../schemas/index.ts";
import { processArticle } from "../article.ts";
import type { ArticleCache } from "../cache/articles.ts";
import type { DatasetConfig } from "../config.ts";
import type { Resources } from "../resources.ts";
import { examineFile, type ArticleInput, type InputEntry, type SourceRecord } from "../stages/ingest.ts";
import type { Reject } from "../stages/validate.ts";
import { inUtf8, TableEncoder, type EncodedTable } from "./encode.ts";
import { ARTICLE_TABLES, type ArticleOutput, type ArticleTable, type FileRecord } from "./record.ts";

export interface FileWork {
  readonly config: DatasetConfig;
  readonly resources: Resources;
  readonly encoders: Readonly<Record<ArticleTable, TableEncoder>>;
  readonly cache: ArticleCache | null;
}

export function fileWork(config: DatasetConfig, resources: Resources, cache: ArticleCache | null): FileWork {
  const table = (name: TableName) => TABLES.find((candidate) => candidate.name === name)!;
  const encoders = Object.fromEntries(ARTICLE_TABLES.map((name) => [name, new TableEncoder(table(name), config.formats)]));
  return { config, resources, encoders: encoders as Record<ArticleTable, TableEncoder>, cache };
}

function elapsed(started: number): number {
  return performance.now() - started;
}

function analyse(input: ArticleInput, work: FileWork, timings: Record<string, number>): ArticleOutput {
  const result = processArticle(input, work.config, work.resources);
  Object.assign(timings, result.timings);
  const started = performance.now();
  const encoded = new Map<ArticleTable, EncodedTable>();
  const rejects: Reject[] = [];
  const mentionsByType: Record<string, number> = {};
  for (const name of ARTICLE_TABLES) {
    const table = work.encoders[name].encode(result.rows[name]);
    encoded.set(name, table);
    append(rejects, table.rejects);
    if (name === "mentions") for (const row of table.valid) mentionsByType[String(row.type)] = (mentionsByType[String(row.type)] ?? 0) + 1;
  }
  const tables = inUtf8(encoded);
  timings.encode = elapsed(started);
  return { tables, rejects, entities: result.entities, diagnostics: result.diagnostics, mentionsByType };
}

/**
 * A stage that throws on one file must not stop the build: that file is
 * rejected with the error as its reason (a pipeline bug to report), the
 * others go on. Nothing is cached for it, so a fixed pipeline retries it.
 */
function failed(source: SourceRecord, error: unknown): SourceRecord {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { ...source, status: "rejected", reason: `pipeline error while processing this file (${message}); please report it`, rule: "pipeline/error" };
}

export function processFile(entry: InputEntry, work: FileWork): FileRecord {
  const started = performance.now();
  const examined = examineFile(entry);
  const timings: Record<string, number> = { read: elapsed(started) };
  const { source, digests } = examined;
  if (examined.text === null) return { source, digests, article: null, cached: false, timings };
  const lookup = performance.now();
  const hit = work.cache?.get(source) ?? null;
  timings.cache = elapsed(lookup);
  if (hit) return { source, digests, article: hit, cached: true, timings };
  let article: ArticleOutput;
  try {
    article = analyse({ source, text: examined.text }, work, timings);
  } catch (error) {
    return { source: failed(source, error), digests, article: null, cached: false, timings };
  }
  const storing = performance.now();
  work.cache?.put(source, article);
  timings.cache += elapsed(storing);
  return { source, digests, article, cached: false, timings };
}
