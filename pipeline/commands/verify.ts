import { resolve, join } from "node:path";
import { stat } from "node:fs/promises";
import { loadConfig } from "../config.ts";
import { formatFinding } from "../verify/finding.ts";
import { CHECKS, verifyDataset } from "../verify/index.ts";
import { EXIT, UsageError, type Command } from "./command.ts";

export const verifyCommand: Command = {
  name: "verify",
  summary: "check a built dataset: checksums, provenance spans against the sources, keys, formats agree",
  options: {
    config: { type: "string", default: "pipeline/dataset.yaml" },
    dataset: { type: "string" },
    input: { type: "string" },
  },
  async run(values, io) {
    const config = await loadConfig(String(values.config));
    const versionDir = resolve(String(values.dataset ?? join(config.output, config.version)));
    const inputDir = resolve(String(values.input ?? config.input));
    for (const [label, dir] of [["dataset", versionDir], ["input", inputDir]] as const) {
      const found = await stat(dir).catch(() => null);
      if (!found?.isDirectory()) throw new UsageError(`${label} folder ${dir}: not a readable directory`);
    }
    const counts = new Map<string, number>(CHECKS.map((check) => [check, 0]));
    for await (const finding of verifyDataset({ versionDir, inputDir })) {
      counts.set(finding.check, (counts.get(finding.check) ?? 0) + 1);
      io.stdout.write(`${formatFinding(finding)}\n`);
    }
    const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
    const summary = [...counts.entries()].map(([check, count]) => `${check} ${count === 0 ? "ok" : `${count} problem(s)`}`).join(", ");
    io.stderr.write(`verify ${versionDir}: ${summary}\n`);
    return total === 0 ? EXIT.ok : EXIT.check;
  },
};
