/**
 * The bench corpus generator: deterministic, 3–10 KB articles of the seeds'
 * genre with names, places, dates and numbers varied from the lexicons and
 * the gazetteer, which the pipeline reads as it reads the seeds.
 */
import { beforeAll, expect, it } from "vitest";
import { processArticle } from "../pipeline/article.ts";
import { composeArticle, MAX_BYTES, MIN_BYTES } from "../pipeline/bench/corpus.ts";
import { makePools, type Pools } from "../pipeline/bench/fill.ts";
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
