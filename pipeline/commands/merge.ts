import { resolve, join } from "node:path";
import { stat } from "node:fs/promises";
import { mergeShards } from "../shard/merge-build.ts";
import { loadConfig } from "../config.ts";
import { PartError } from "../shard/parts.ts";
import { describeBuild } from "./build.ts";
import { EXIT, UsageError, type Command } from "./command.ts";

export const mergeCommand: Command = {
  name: "merge",
  summary: "combine the part files of `build --shard i/n` (all n of them) into output/<version>/",
  options: {
    config: { type: "string", default: "pipeline/dataset.yaml" },
    parts: { type: "string" },
    output: { type: "string" },
  },
  async run(values, io) {
    const config = await loadConfig(String(values.config));
    const outputRoot = resolve(String(values.output ?? config.output));
    const partsDir = resolve(String(values.parts ?? join(outputRoot, `${config.version}.parts`)));
    const folder = await stat(partsDir).catch(() => null);
    if (!folder?.isDirectory()) throw new UsageError(`parts folder ${partsDir}: not a readable directory`);
    try {
      const summary = await mergeShards({ config, partsDir, outputRoot, stderr: io.stderr });
      io.stderr.write([`merged ${summary.parts} parts of ${config.name} ${config.version} in ${summary.build.seconds.toFixed(2)} s`, ...describeBuild(summary.build), `  output: ${summary.build.written}`, ""].join("\n"));
      const incomplete = summary.build.rejects > 0 || summary.build.sources.rejected > 0;
      return incomplete ? EXIT.partial : EXIT.ok;
    } catch (error) {
      if (error instanceof PartError) throw new UsageError(error.message);
      throw error;
    }
  },
};
