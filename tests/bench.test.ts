/**
 * The bench corpus generator: deterministic, 3–10 KB articles of the seeds'
 * genre with names, places, dates and numbers varied from the lexicons and
 * the gazetteer, which the pipeline reads as it reads the seeds.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { processArticle } from "../pipeline/article.ts";
import { composeArticle, MAX_BYTES, MIN_BYTES } from "../pipeline/bench/corpus.ts";
import { makePools, type Pools } from "../pipeline/bench/fill.ts";
import { timeExtraction } from "../pipeline/bench/extraction.ts";
import { benchFigures, formatFigures } from "../pipeline/bench/report.ts";
import type { BuildLog } from "../pipeline/bench/child.ts";
import type { BenchResult } from "../pipeline/bench/run.ts";
import { loadTemplates, type Template } from "../pipeline/bench/templates.ts";
import { loadConfig, type DatasetConfig } from "../pipeline/config.ts";
import { stableId } from "../pipeline/core/ids.ts";
import { loadResources, type Resources } from "../pipeline/resources.ts";
import { CONFIG, SEEDS } from "./support/build.ts";

let config: DatasetConfig;
let resources: Resources;
let templates: Template[];
let pools: Pools;

beforeAll(async () => {
  config = await loadConfig(CONFIG);
  resources = loadResources();
  templates = await loadTemplates(SEEDS, config, resources);
  pools = makePools(resources.gazetteer);
});

it("makes the same article for the same index, and different articles for different ones", () => {
  const first = Array.from({ length: 20 }, (_, index) => composeArticle(index, templates, pools));
  const again = Array.from({ length: 20 }, (_, index) => composeArticle(index, templates, pools));
  expect(again).toEqual(first);
  expect(new Set(first).size).toBe(first.length);
});

it("keeps every article between 3 and 10 KB", () => {
  for (let index = 0; index < 200; index++) {
    const bytes = Buffer.byteLength(composeArticle(index, templates, pools));
    expect(bytes).toBeGreaterThanOrEqual(MIN_BYTES);
    expect(bytes).toBeLessThanOrEqual(MAX_BYTES);
  }
});

it("varies people and places, and the pipeline finds them as in the seeds", () => {
  const people = new Set<string>();
  const places = new Set<string>();
  for (let index = 0; index < 30; index++) {
    const text = composeArticle(index, templates, pools);
    const source = { source_id: stableId("src", `${index}`), path: `bench/${index}.txt`, sha256: null, bytes: null, encoding: "UTF-8", status: "ok" as const, reason: null, rule: "ingest/utf8", length: [...text].length };
    const { rows } = processArticle({ source, text }, config, resources);
    for (const mention of rows.mentions) {
      if (mention.type === "PER") people.add(String(mention.value));
      if (mention.type === "LOC") places.add(String(mention.value));
    }
  }
  expect(people.size).toBeGreaterThan(30);
  expect(places.size).toBeGreaterThan(15);
});

describe("bench figures", () => {
  const log = (overrides: Partial<BuildLog>): BuildLog => ({
    seconds: 9,
    files: 2000,
    workers: 2,
    computed: 2000,
    cached: 0,
    up_to_date: false,
    peak_rss_bytes: 800_000_000,
    phase_seconds: { process: 7, finish: 2 },
    phase_cpu_seconds: { process: 13, finish: 3 },
    stage_milliseconds: { extract: 4000, clean: 1000 },
    ...overrides,
  });
  const result = (articles: number, peakRssBytes: number): BenchResult => ({
    corpus: { dir: "corpus", articles, bytes: articles * 6_000, writtenAt: null },
    cores: 2,
    generateSeconds: 1,
    floor: { seconds: 2, files: articles, bytes: articles * 6_000 },
    extraction: { articles: 1500, bytes: 10_000_000, seconds: 2 },
    cold: { wallSeconds: 10, exitCode: 0, log: log({ files: articles, peak_rss_bytes: peakRssBytes }) },
    unchanged: { wallSeconds: 0.5, exitCode: 0, log: log({ seconds: 0.1, computed: 0, cached: articles, up_to_date: true }) },
    oneChanged: null,
    putBack: { build: { wallSeconds: 4, exitCode: 0, log: log({ computed: 0, cached: articles }) }, identical: false },
  });

  it("gives throughput, extraction speed per core, the floor ratio and the rebuild speed-up", () => {
    const figures = benchFigures(result(2000, 800_000_000));
    expect(figures.cold).toMatchObject({ articles_per_second: 200, mb_per_second: 1.2, peak_rss_mb: 800 });
    expect(figures.extraction_mb_per_second_per_core).toBe(5);
    expect(figures.extraction_in_build_mb_per_second).toBe(3);
    expect(figures.stage_cpu_ms_per_article).toEqual({ extract: 2, clean: 0.5 });
    expect(figures.cpu).toEqual({ ms_per_article: 8, phase_ms_per_article: { process: 6.5, finish: 1.5 }, cores: 2, ceiling_articles_per_second: 250 });
    expect(figures.floor.build_to_floor).toBe(5);
    expect(figures.unchanged).toMatchObject({ speedup: 20, build_speedup: 90, up_to_date: true });
    expect(formatFigures(figures, null)).toContain("CPU: 8 ms per article (process 6.5, finish 1.5), every thread; at that cost 2 cores busy the whole time would build at most 250 articles/s");
    expect(formatFigures(figures, null)).toContain("extraction alone (one thread, 1500 articles): 5 MB/s per core; in the build, sharing the cores: 3 MB/s");
  });

  it("says when the rebuild with the article put back does not write the cold build's bytes", () => {
    const figures = benchFigures(result(2000, 800_000_000));
    expect(figures.put_back).toEqual({ wall_seconds: 4, computed: 0, cached: 2000, identical_to_cold: false });
    expect(formatFigures(figures, null)).toContain("rebuild, the article put back: 4 s; 0 computed, 2000 from cache; SHA256SUMS DIFFERS from the cold build's");
  });

  it("compares peak memory with a run of another size", () => {
    const text = formatFigures(benchFigures(result(100_000, 880_000_000)), benchFigures(result(20_000, 800_000_000)));
    expect(text).toContain("peak RSS against the 20000-article run: 800 → 880 MB (+10.0%)");
  });
});

describe("extraction alone", () => {
  it("times each readable article once and counts the bytes of the files it timed", async () => {
    const speed = await timeExtraction(SEEDS, config, resources);
    const files = (await readdir(SEEDS)).filter((name) => name.endsWith(".txt"));
    const bytes = (await Promise.all(files.map((name) => stat(join(SEEDS, name))))).reduce((sum, stats) => sum + stats.size, 0);
    expect(speed.articles).toBe(files.length);
    expect(speed.bytes).toBe(bytes);
    expect(speed.seconds).toBeGreaterThan(0);
  });
});
