/**
 * A build: list the input folder, run per-file work (read, decode, the
 * per-article stages, validate, encode) on worker threads, and hand the
 * records, in path order, to the assembler that writes the version folder
 * (or, for one shard of a distributed build, to a part file). Nothing is
 * held per article beyond what the entity table and duplicate detection
 * need. With a cache, unchanged articles are read instead of recomputed,
 * and a build whose inputs, code, rules and output are all unchanged has
 * nothing to do.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { writeFile } from "node:fs/promises";
import type { DatasetConfig } from "./config.ts";
import { ARTICLE_PIPELINE_VERSION } from "./article.ts";
import { Assembler, type Tally } from "./assemble.ts";
import { ArticleCache } from "./cache/articles.ts";
import { saveBuildRecord, stampInputs, unchangedBuild, type InputStamps } from "./cache/build-record.ts";
import { codeDigest } from "./cache/code.ts";
import { articleScope } from "./cache/scope.ts";
import { sha256 } from "./core/ids.ts";
import { inlineProcessor, type FileProcessor } from "./processor.ts";
import { Progress } from "./progress.ts";
import { RULES_DIR, rulesDigest } from "./resources.ts";
import { PartWriter, PART_FORMAT } from "./shard/parts.ts";
import { inShard, partFileName, type Shard } from "./shard/spec.ts";
import { listInputs, type InputEntry } from "./stages/ingest.ts";
import type { BuildFacts } from "./write/datapackage.ts";
import { WorkerPool } from "./workers/pool.ts";
import type { FileRecord } from "./workers/record.ts";

/** Below this many files per worker, starting a worker costs more than it saves. */
const FILES_PER_WORKER = 64;
const MAX_BATCH = 32;

export interface BuildOptions {
  readonly config: DatasetConfig;
  readonly inputDir: string;
  readonly outputRoot: string;
  readonly stderr: NodeJS.WritableStream;
  /** The pipeline's git commit, recorded in datapackage.json. */
  readonly commit: string;
  /** Worker threads; 0 works in this thread. Default: one per core, fewer for small inputs. */
  readonly workers?: number;
  /** Cache folder; null or absent: no cache. */
  readonly cacheDir?: string | null;
  /** Build one shard into a part file under `partsDir` instead of a dataset. */
  readonly shard?: { readonly shard: Shard; readonly partsDir: string };
  /** When it aborts (an interrupt), the build stops, removes what it staged and throws the signal's reason. */
  readonly signal?: AbortSignal;
}

export interface BuildSummary {
  /** The version folder written, or the part file of a shard build. */
  readonly written: string;
  readonly counts: Record<string, number>;
  readonly sources: Record<string, number>;
  readonly mentionsByType: Record<string, number>;
  readonly rejects: number;
  readonly diagnostics: number;
  readonly files: number;
  /** Articles computed by this run, and articles read from the cache. */
  readonly computed: number;
  readonly cached: number;
  /** True when nothing had changed and nothing was written. */
  readonly upToDate: boolean;
  readonly workers: number;
  readonly seconds: number;
  /** Wall-clock seconds per phase of the build. */
  readonly phases: Record<string, number>;
  /** CPU seconds per phase (user and system, every thread of the process: workers and DuckDB too). */
  readonly phaseCpu: Record<string, number>;
  /** CPU milliseconds per per-file stage, summed over workers (computed articles only). */
  readonly timings: Record<string, number>;
  readonly peakRssBytes: number;
}

/** Where records go in path order: the assembler, or a shard's part file. */
interface RecordSink {
  readonly tally: Tally;
  add(record: FileRecord): Promise<void>;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

export function workerCount(requested: number | undefined, files: number): number {
  if (requested !== undefined) return requested;
  return Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER));
}

async function startProcessor(config: DatasetConfig, cache: ArticleCache | null, workers: number, files: number): Promise<FileProcessor> {
  const setup = { config, cacheDir: cache ? cache.dir : null };
  if (workers === 0) return inlineProcessor(setup, cache);
  const batchSize = Math.max(1, Math.min(MAX_BATCH, Math.ceil(files / (workers * 8))));
  return WorkerPool.start(setup, { workers, batchSize });
}

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Wall-clock and CPU seconds of each phase, each lap ending one. */
export class Phases {
  readonly seconds: Record<string, number> = {};
  readonly cpuSeconds: Record<string, number> = {};
  private readonly started = performance.now();
  private last = this.started;
  private lastCpu = cpuSeconds();

  lap(name: string): void {
    const now = performance.now();
    const cpu = cpuSeconds();
    this.seconds[name] = (now - this.last) / 1000;
    this.cpuSeconds[name] = cpu - this.lastCpu;
    this.last = now;
    this.lastCpu = cpu;
  }

  get total(): number {
    return (performance.now() - this.started) / 1000;
  }
}

export function summarize(tally: Tally, written: string, files: number, workers: number, phases: Phases): BuildSummary {
  return {
    written,
    counts: tally.counts,
    sources: tally.sources,
    mentionsByType: tally.mentionsByType,
    rejects: tally.rejects,
    diagnostics: tally.diagnostics,
    files,
    computed: tally.computed,
    cached: tally.cached,
    upToDate: false,
    workers,
    seconds: phases.total,
    phases: phases.seconds,
    phaseCpu: phases.cpuSeconds,
    timings: tally.timings,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

/** Beside the output (never inside it, so timings cannot break byte identity). */
async function writeBuildLog(path: string, summary: BuildSummary): Promise<void> {
  const log = {
    seconds: summary.seconds,
    files: summary.files,
    workers: summary.workers,
    computed: summary.computed,
    cached: summary.cached,
    up_to_date: summary.upToDate,
    peak_rss_bytes: summary.peakRssBytes,
    phase_seconds: summary.phases,
    phase_cpu_seconds: summary.phaseCpu,
    stage_milliseconds: summary.timings,
  };
  await writeFile(path, `${JSON.stringify(log, null, 2)}\n`);
}

/** Every record to `sink` in order, then finish it; abort it on failure. */
async function drain(processor: FileProcessor, entries: readonly InputEntry[], sink: RecordSink, progress: Progress, phases: Phases, signal?: AbortSignal): Promise<void> {
  try {
    try {
      for await (const record of processor.process(entries)) {
        signal?.throwIfAborted();
        await sink.add(record);
        progress.tick();
      }
    } finally {
      await processor.close();
    }
    signal?.throwIfAborted();
    phases.lap("process");
    await sink.finish();
    phases.lap("finish");
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

interface Plan {
  readonly options: BuildOptions;
  readonly entries: readonly InputEntry[];
  readonly facts: BuildFacts;
  readonly scope: string;
  readonly phases: Phases;
}

async function buildShard(plan: Plan, shard: Shard, partsDir: string, processor: FileProcessor, workers: number): Promise<BuildSummary> {
  const { options, entries, facts, scope, phases } = plan;
  const part = await PartWriter.open(partsDir, { format: PART_FORMAT, shard, scope, facts, files: entries.length }).catch(async (error: unknown) => {
    await processor.close();
    throw error;
  });
  await drain(processor, entries, part, new Progress(options.stderr, entries.length), phases, options.signal);
  const summary = summarize(part.tally, part.path, entries.length, workers, phases);
  await writeBuildLog(join(partsDir, partFileName(shard).replace(/\.bin$/, ".build-log.json")), summary);
  return summary;
}

async function buildDataset(plan: Plan, versionDir: string, processor: FileProcessor, workers: number): Promise<BuildSummary> {
  const { options, entries, facts, phases } = plan;
  const progress = new Progress(options.stderr, entries.length);
  const assembler = await Assembler.open({ config: options.config, versionDir, facts, log: (line) => progress.log(line), signal: options.signal }).catch(async (error: unknown) => {
    await processor.close();
    throw error;
  });
  await drain(processor, entries, assembler, progress, phases, options.signal);
  return summarize(assembler.tally, versionDir, entries.length, workers, phases);
}

function upToDateSummary(previous: BuildSummary, phases: Phases): BuildSummary {
  return {
    ...previous,
    computed: 0,
    cached: previous.computed + previous.cached,
    upToDate: true,
    workers: 0,
    seconds: phases.total,
    phases: phases.seconds,
    phaseCpu: phases.cpuSeconds,
    timings: {},
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

export async function build(options: BuildOptions): Promise<BuildSummary> {
  const { config } = options;
  const phases = new Phases();
  const rules = rulesDigest(RULES_DIR);
  const facts: BuildFacts = { commit: options.commit, pipelineVersion: ARTICLE_PIPELINE_VERSION, rulesDigest: rules };
  const scope = articleScope(config, rules);
  const listed = await listInputs(options.inputDir);
  const entries = options.shard ? listed.filter((entry) => inShard(entry.path, options.shard!.shard)) : listed;
  const plan: Plan = { options, entries, facts, scope, phases };
  const cacheDir = options.cacheDir ?? null;
  const versionDir = join(options.outputRoot, config.version);
  const buildLog = join(options.outputRoot, `${config.version}.build-log.json`);
  phases.lap("list");

  const recordKey = sha256(JSON.stringify({ scope, code: codeDigest(), facts, versionDir }));
  let stamps: InputStamps | null = null;
  if (cacheDir && !options.shard) {
    stamps = stampInputs(entries);
    const previous = await unchangedBuild<BuildSummary>(cacheDir, versionDir, recordKey, stamps);
    phases.lap("check");
    if (previous) {
      const summary = upToDateSummary(previous, phases);
      await writeBuildLog(buildLog, summary);
      return summary;
    }
  }

  const workers = workerCount(options.workers, entries.length);
  const processor = await startProcessor(config, cacheDir ? new ArticleCache(cacheDir, scope) : null, workers, entries.length);
  phases.lap("start");
  if (options.shard) return buildShard(plan, options.shard.shard, options.shard.partsDir, processor, workers);

  const summary = await buildDataset(plan, versionDir, processor, workers);
  if (cacheDir && stamps) await saveBuildRecord(cacheDir, versionDir, recordKey, stamps, summary);
  await writeBuildLog(buildLog, summary);
  return summary;
}
