import { resolve } from "node:path";
import { stat } from "node:fs/promises";
import { build } from "../build.ts";
import { gitCommit } from "../gitinfo.ts";
import { loadConfig } from "../config.ts";
import { EXIT, UsageError, type Command } from "./command.ts";

export const buildCommand: Command = {
  name: "build",
  summary: "build output/<version>/ from a folder of articles",
  options: {
    config: { type: "string", default: "pipeline/dataset.yaml" },
    input: { type: "string" },
    output: { type: "string" },
    workers: { type: "string" },
  },
  async run(values, io) {
    const config = await loadConfig(String(values.config));
    const inputDir = resolve(String(values.input ?? config.input));
    const outputRoot = resolve(String(values.output ?? config.output));
    const folder = await stat(inputDir).catch(() => null);
    if (!folder?.isDirectory()) throw new UsageError(`input folder ${inputDir}: not a readable directory`);
    const summary = await build({ config, inputDir, outputRoot, stderr: io.stderr, commit: gitCommit() });
    const types = Object.entries(summary.mentionsByType)
      .sort()
      .map(([type, count]) => `${type} ${count}`)
      .join(", ");
    io.stderr.write(
      [
        `built ${config.name} ${config.version} in ${summary.seconds.toFixed(2)} s`,
        `  sources: ${summary.sources.ok} ok, ${summary.sources.rejected} rejected, ${summary.sources.duplicate} duplicate`,
        `  articles: ${summary.counts.articles}, sentences: ${summary.counts.sentences}, entities: ${summary.counts.entities}`,
        `  mentions: ${summary.counts.mentions} (${types || "none"})`,
        `  rejected rows: ${summary.rejects}${summary.rejects ? " (see rejects.jsonl)" : ""}`,
        `  output: ${summary.versionDir}`,
        "",
      ].join("\n"),
    );
    const incomplete = summary.rejects > 0 || summary.sources.rejected > 0;
    return incomplete ? EXIT.partial : EXIT.ok;
  },
};
