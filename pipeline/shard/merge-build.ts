/**
 * The merge step of a distributed build: the parts' records, in path
 * order, through the same assembler a single-machine build uses.
 */
import { join } from "node:path";
import { writeFile } from "node:fs/promises";
import { Assembler } from "../assemble.ts";
import { articleScope } from "../cache/scope.ts";
import type { DatasetConfig } from "../config.ts";
import { Progress } from "../progress.ts";
import { RULES_DIR, rulesDigest } from "../resources.ts";
import { Phases, summarize, type BuildSummary } from "../build.ts";
import { mergeInto, openParts } from "./merge.ts";

export interface MergeOptions {
  readonly config: DatasetConfig;
  readonly partsDir: string;
  readonly outputRoot: string;
  readonly stderr: NodeJS.WritableStream;
}

export interface MergeSummary {
  readonly parts: number;
  readonly build: BuildSummary;
}

export async function mergeShards(options: MergeOptions): Promise<MergeSummary> {
  const phases = new Phases();
  const { config } = options;
  const parts = await openParts(options.partsDir, articleScope(config, rulesDigest(RULES_DIR)));
  const facts = parts[0].header.facts;
  const files = parts.reduce((sum, part) => sum + part.header.files, 0);
  const versionDir = join(options.outputRoot, config.version);
  const progress = new Progress(options.stderr, files);
  try {
    const assembler = await Assembler.open({ config, versionDir, facts, log: (line) => progress.log(line) });
    try {
      await mergeInto(parts, assembler, () => progress.tick());
      await assembler.finish();
    } catch (error) {
      await assembler.abort();
      throw error;
    }
    phases.lap("merge");
    const seconds = phases.total;
    const build = summarize(assembler.tally, versionDir, files, 0, phases);
    await writeFile(join(options.outputRoot, `${config.version}.build-log.json`), `${JSON.stringify({ merged_parts: parts.length, seconds, files }, null, 2)}\n`);
    return { parts: parts.length, build };
  } finally {
    await Promise.all(parts.map((part) => part.close()));
  }
}
