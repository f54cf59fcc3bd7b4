/**
 * The per-article pipeline: clean → metadata → segment → extract → rows.
 * A pure function of (source text, resources): no I/O, no shared state, so
 * it runs the same inline, in a worker thread, or on another machine.
 */
import type { Diagnostic } from "./core/diagnostics.ts";
import type { Analysed } from "./core/document.ts";
import type { StageContext } from "./core/stage.ts";
import type { DatasetConfig } from "./config.ts";
import type { Resources } from "./resources.ts";
import type { ArticleInput } from "./stages/ingest.ts";
import { cleanStage } from "./stages/clean.ts";
import { metadataStage } from "./stages/metadata.ts";
import { segmentStage } from "./stages/segment.ts";
import { extractStage } from "./stages/extract/index.ts";
import { toRows, type ArticleRows } from "./stages/rows.ts";
import { entityContributions, type EntityContribution } from "./stages/link.ts";

export const PER_ARTICLE_STAGES = [cleanStage, metadataStage, segmentStage, extractStage] as const;

/** Version of the per-article code, for cache keys: changes when any stage's version does. */
export const ARTICLE_PIPELINE_VERSION = PER_ARTICLE_STAGES.map((stage) => `${stage.name}@${stage.version}`).join("+");

export interface ArticleResult {
  readonly path: string;
  readonly rows: ArticleRows;
  readonly entities: readonly EntityContribution[];
  readonly diagnostics: readonly Diagnostic[];
  /** Milliseconds per stage, for the report. */
  readonly timings: Readonly<Record<string, number>>;
}

export function processArticle(input: ArticleInput, config: DatasetConfig, resources: Resources): ArticleResult {
  const diagnostics: Diagnostic[] = [];
  const context: StageContext = {
    config,
    resources,
    report: (diagnostic) => diagnostics.push({ ...diagnostic, source: input.source.path }),
  };
  const timings: Record<string, number> = {};
  const timed = <T>(name: string, work: () => T): T => {
    const started = performance.now();
    const result = work();
    timings[name] = (timings[name] ?? 0) + performance.now() - started;
    return result;
  };
  const cleaned = timed(cleanStage.name, () => cleanStage.run(input, context));
  const metadata = timed(metadataStage.name, () => metadataStage.run(cleaned, context));
  const sentences = timed(segmentStage.name, () => segmentStage.run(cleaned, context));
  const mentions = timed(extractStage.name, () => extractStage.run({ cleaned, metadata, sentences }, context));
  const analysed: Analysed = { cleaned, metadata, sentences, mentions };
  const rows = timed("rows", () => toRows(analysed));
  const entities = timed("link", () => entityContributions(analysed));
  return { path: input.source.path, rows, entities, diagnostics, timings };
}
