import { resolve } from "node:path";
import { stat } from "node:fs/promises";
import { build, type BuildSummary } from "../build.ts";
import { gitCommit } from "../gitinfo.ts";
import { loadConfig, type DatasetConfig } from "../config.ts";
import { Interrupted, interruptible } from "../interrupt.ts";
import { parseShard, ShardError } from "../shard/spec.ts";
import { EXIT, UsageError, type Command } from "./command.ts";

export const DEFAULT_CACHE = ".cache";

export function parseWorkers(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 0) throw new UsageError(`--workers ${String(value)}: expected a whole number ≥ 0 (0: no worker threads)`);
  return workers;
}

function shardOption(values: Record<string, unknown>, outputRoot: string, config: DatasetConfig) {
  if (values.shard === undefined) return undefined;
  try {
    const shard = parseShard(String(values.shard));
    return { shard, partsDir: resolve(String(values.parts ?? `${outputRoot}/${config.version}.parts`)) };
  } catch (error) {
    if (error instanceof ShardError) throw new UsageError(error.message);
    throw error;
  }
}

const seconds = (value: number) => `${value.toFixed(2)} s`;

export function describeBuild(summary: BuildSummary): string[] {
  const types = Object.entries(summary.mentionsByType)
    .sort()
    .map(([type, count]) => `${type} ${count}`)
    .join(", ");
  const phases = Object.entries(summary.phases)
    .map(([phase, time]) => `${phase} ${seconds(time)}`)
    .join(", ");
  return [
    `  sources: ${summary.sources.ok} ok, ${summary.sources.rejected} rejected, ${summary.sources.duplicate} duplicate`,
    `  articles: ${summary.counts.articles}, sentences: ${summary.counts.sentences}, entities: ${summary.counts.entities}`,
    `  mentions: ${summary.counts.mentions} (${types || "none"})`,
    `  rejected rows: ${summary.rejects}${summary.rejects ? " (see rejects.jsonl)" : ""}`,
    `  articles computed: ${summary.computed}, from cache: ${summary.cached}; workers: ${summary.workers}; ${phases}`,
  ];
}

export const buildCommand: Command = {
  name: "build",
  summary: "build output/<version>/ from a folder of articles (or one shard of it: --shard i/n)",
  options: {
    config: { type: "string", default: "pipeline/dataset.yaml" },
    input: { type: "string" },
    output: { type: "string" },
    workers: { type: "string" },
    cache: { type: "string", default: DEFAULT_CACHE },
    "no-cache": { type: "boolean", default: false },
    shard: { type: "string" },
    parts: { type: "string" },
  },
  async run(values, io) {
    const config = await loadConfig(String(values.config));
    const inputDir = resolve(String(values.input ?? config.input));
    const outputRoot = resolve(String(values.output ?? config.output));
    const folder = await stat(inputDir).catch(() => null);
    if (!folder?.isDirectory()) throw new UsageError(`input folder ${inputDir}: not a readable directory`);
    const options = {
      config,
      inputDir,
      outputRoot,
      stderr: io.stderr,
      commit: gitCommit(),
      workers: parseWorkers(values.workers),
      cacheDir: values["no-cache"] ? null : resolve(String(values.cache)),
      shard: shardOption(values, outputRoot, config),
    };
    let summary: BuildSummary;
    try {
      summary = await interruptible(io.stderr, (signal) => build({ ...options, signal }));
    } catch (error) {
      if (!(error instanceof Interrupted)) throw error;
      io.stderr.write(`${error.message}: nothing was written\n`);
      return EXIT.interrupted;
    }
    const what = values.shard === undefined ? `${config.name} ${config.version}` : `shard ${String(values.shard)} of ${config.name} ${config.version}`;
    const headline = summary.upToDate ? `${what} is up to date (nothing changed; checked in ${seconds(summary.seconds)})` : `built ${what} in ${seconds(summary.seconds)}`;
    const details = values.shard === undefined ? describeBuild(summary) : [`  files: ${summary.files}, articles computed: ${summary.computed}, from cache: ${summary.cached}`];
    io.stderr.write([headline, ...details, `  output: ${summary.written}`, ""].join("\n"));
    const incomplete = summary.rejects > 0 || summary.sources.rejected > 0;
    return incomplete ? EXIT.partial : EXIT.ok;
  },
};
