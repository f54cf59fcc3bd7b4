/**
 * Extraction alone: the extract stage timed on one thread while nothing else
 * runs, over articles of the bench corpus. The stages before it (ingest,
 * clean, metadata, segment) run first and are not timed. This is the
 * extractor's own speed per core; the build's per-stage times are wall times
 * on threads that share the cores with the other workers and the writers.
 *
 * Each article is extracted once, as in a build: the first WARM_UP articles
 * let the JIT and the word tables settle, untimed; the next TIMED articles
 * are timed. Bytes are those files' bytes on disk, as in the build's MB/s.
 */
import type { DatasetConfig } from "../config.ts";
import type { Resources } from "../resources.ts";
import type { StageContext } from "../core/stage.ts";
import type { ExtractInput } from "../stages/extract/types.ts";
import { extractStage } from "../stages/extract/index.ts";
import { examineFile, listInputs, type InputEntry } from "../stages/ingest.ts";
import { cleanStage } from "../stages/clean.ts";
import { metadataStage } from "../stages/metadata.ts";
import { segmentStage } from "../stages/segment.ts";

const WARM_UP = 500;
const TIMED = 3000;

export interface ExtractionSpeed {
  /** Articles timed (after the warm-up). */
  readonly articles: number;
  readonly bytes: number;
  readonly seconds: number;
}

interface Prepared {
  readonly input: ExtractInput;
  readonly bytes: number;
}

function prepare(entries: readonly InputEntry[], context: StageContext): Prepared[] {
  const prepared: Prepared[] = [];
  for (const entry of entries) {
    const examined = examineFile(entry);
    if (examined.text === null) continue;
    const cleaned = cleanStage.run({ source: examined.source, text: examined.text }, context);
    const input = { cleaned, metadata: metadataStage.run(cleaned, context), sentences: segmentStage.run(cleaned, context) };
    prepared.push({ input, bytes: examined.source.bytes ?? 0 });
  }
  return prepared;
}

/** Extraction speed on the corpus in `corpusDir`; a corpus of fewer articles warms up on its first quarter. */
export async function timeExtraction(corpusDir: string, config: DatasetConfig, resources: Resources): Promise<ExtractionSpeed> {
  const context: StageContext = { config, resources, report: () => {} };
  const entries = await listInputs(corpusDir);
  const warmUp = Math.min(WARM_UP, Math.floor(entries.length / 4));
  for (const { input } of prepare(entries.slice(0, warmUp), context)) extractStage.run(input, context);
  const timed = prepare(entries.slice(warmUp, warmUp + TIMED), context);
  const started = performance.now();
  for (const { input } of timed) extractStage.run(input, context);
  const seconds = (performance.now() - started) / 1000;
  return { articles: timed.length, bytes: timed.reduce((sum, { bytes }) => sum + bytes, 0), seconds };
}
