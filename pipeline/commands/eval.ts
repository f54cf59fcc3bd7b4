import { resolve } from "node:path";
import { stat } from "node:fs/promises";
import { loadConfig } from "../config.ts";
import { loadResources } from "../resources.ts";
import { figures, summarise } from "../eval/figures.ts";
import { checkFloors, DEFAULT_SECTION, FloorsError, loadFloors } from "../eval/floors.ts";
import { GoldError } from "../eval/gold.ts";
import { formatArticle, formatFloorMisses, formatSummary, toJson } from "../eval/report.ts";
import { evaluateCorpus } from "../eval/run.ts";
import { EXIT, UsageError, type Command } from "./command.ts";

export const evalCommand: Command = {
  name: "eval",
  summary: "score cleaning, metadata and extraction against hand-made gold files",
  options: {
    config: { type: "string", default: "pipeline/dataset.yaml" },
    articles: { type: "string", default: "seeds" },
    gold: { type: "string", default: "tests/gold" },
    floors: { type: "string" },
    "floors-section": { type: "string", default: DEFAULT_SECTION },
    json: { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
  },
  async run(values, io) {
    const config = await loadConfig(String(values.config));
    const articlesDir = resolve(String(values.articles));
    const goldDir = resolve(String(values.gold));
    for (const [label, dir] of [["articles", articlesDir], ["gold", goldDir]] as const) {
      const found = await stat(dir).catch(() => null);
      if (!found?.isDirectory()) throw new UsageError(`${label} folder ${dir}: not a readable directory`);
    }
    try {
      const floors = values.floors === undefined ? null : await loadFloors(String(values.floors), String(values["floors-section"]));
      const evaluations = await evaluateCorpus({ articlesDir, goldDir, config, resources: loadResources() });
      const summary = summarise(evaluations);
      const misses = floors === null ? null : checkFloors(figures(summary), floors);
      const verbose = values.verbose === true;
      if (values.json === true) io.stdout.write(toJson(summary, evaluations, verbose, misses));
      else {
        if (verbose) for (const evaluation of evaluations) io.stdout.write(formatArticle(evaluation));
        io.stdout.write(formatSummary(summary));
      }
      if (misses && misses.length > 0) io.stderr.write(formatFloorMisses(misses));
      return misses && misses.length > 0 ? EXIT.check : EXIT.ok;
    } catch (error) {
      if (error instanceof GoldError || error instanceof FloorsError) throw new UsageError(error.message);
      throw error;
    }
  },
};
