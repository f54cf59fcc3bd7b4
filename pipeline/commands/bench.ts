import { readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { loadConfig } from "../config.ts";
import { runBench } from "../bench/run.ts";
import { benchFigures, formatFigures, type BenchFigures } from "../bench/report.ts";
import { parseWorkers } from "./build.ts";
import { EXIT, UsageError, type Command } from "./command.ts";

const RESULTS = /^results-(\d+)\.json$/;

/** The figures of the run with the smallest other article count, to compare memory against. */
async function previousFigures(root: string, articles: number): Promise<BenchFigures | null> {
  const counts = (await readdir(root))
    .map((name) => RESULTS.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]))
    .filter((count) => count !== articles)
    .sort((left, right) => left - right);
  if (counts.length === 0) return null;
  return JSON.parse(await readFile(join(root, `results-${counts[0]}.json`), "utf8")) as BenchFigures;
}

export const benchCommand: Command = {
  name: "bench",
  summary: "time a full build of a synthetic corpus (articles/s, MB/s, peak RSS, stages, floor, rebuilds)",
  options: {
    config: { type: "string", default: "pipeline/dataset.yaml" },
    articles: { type: "string", default: "20000" },
    workers: { type: "string" },
    root: { type: "string", default: "bench" },
    seeds: { type: "string", default: "seeds" },
    "no-rebuilds": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
  async run(values, io) {
    const articles = Number(values.articles);
    if (!Number.isInteger(articles) || articles < 1) throw new UsageError(`--articles ${String(values.articles)}: expected a whole number ≥ 1`);
    const config = await loadConfig(String(values.config));
    const root = resolve(String(values.root));
    await mkdir(root, { recursive: true });
    const result = await runBench({
      articles,
      root,
      seedsDir: resolve(String(values.seeds)),
      config,
      workers: parseWorkers(values.workers),
      rebuilds: !values["no-rebuilds"],
      keep: Boolean(values.keep),
      log: (line) => io.stderr.write(`${line}\n`),
    });
    const figures = benchFigures(result);
    await writeFile(join(root, `results-${articles}.json`), `${JSON.stringify(figures, null, 2)}\n`);
    io.stdout.write(formatFigures(figures, await previousFigures(root, articles)));
    return figures.put_back?.identical_to_cold === false ? EXIT.check : EXIT.ok;
  },
};
