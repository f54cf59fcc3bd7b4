/**
 * The evaluation on held-out pages of the seeds' genre (tests/heldout): forty-two
 * pages, annotated by hand (tests/heldout/README.md). Their
 * figures stay above the `heldout` floors of tests/eval-floors.yaml, so a
 * rule that only fits the seeds shows here.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../pipeline/cli.ts";
import { EXIT } from "../pipeline/commands/command.ts";
import { loadConfig } from "../pipeline/config.ts";
import { figures, summarise } from "../pipeline/eval/figures.ts";
import { checkFloors, loadFloors, parseFloors } from "../pipeline/eval/floors.ts";
import { evaluateCorpus, type ArticleEvaluation } from "../pipeline/eval/run.ts";
import { loadResources } from "../pipeline/resources.ts";
import { Capture, CONFIG, REPO } from "./support/build.ts";

const ARTICLES = join(REPO, "tests", "heldout", "articles");
const GOLD = join(REPO, "tests", "heldout", "gold");
const FLOORS = join(REPO, "tests", "eval-floors.yaml");

describe("on the held-out pages", () => {
  let evaluations: ArticleEvaluation[];
  beforeAll(async () => {
    evaluations = await evaluateCorpus({ articlesDir: ARTICLES, goldDir: GOLD, config: await loadConfig(CONFIG), resources: loadResources() });
  });

  it("scores every held-out page", async () => {
    const pages = (await readdir(ARTICLES)).filter((name) => name.endsWith(".txt")).map((name) => name.slice(0, -4));
    expect(evaluations.map((evaluation) => evaluation.name)).toEqual(pages.sort());
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it("meets every floor of the heldout section of tests/eval-floors.yaml", async () => {
    const misses = checkFloors(figures(summarise(evaluations)), await loadFloors(FLOORS, "heldout"));
    expect(misses).toEqual([]);
  });

  it("holds the bars: main content F1 0.99, entity exact-span micro F1 0.95", async () => {
    const floors = await loadFloors(FLOORS, "heldout");
    expect(floors["content.f1"]).toBeGreaterThanOrEqual(0.99);
    expect(floors["entities.exact.micro.f1"]).toBeGreaterThanOrEqual(0.95);
  });
});

describe("floor sections", () => {
  it("reads a named section and refuses a missing one", () => {
    const text = "floors:\n  content.f1: 0.9\nheldout:\n  content.f1: 0.8\n";
    expect(parseFloors(text, "f.yaml")).toEqual({ "content.f1": 0.9 });
    expect(parseFloors(text, "f.yaml", "heldout")).toEqual({ "content.f1": 0.8 });
    expect(() => parseFloors(text, "f.yaml", "other")).toThrow(/no section other/);
    expect(() => parseFloors("floors:\n  content.f1: 0.9\nheldout:\n  content.f1: 2\n", "f.yaml", "heldout")).toThrow(/f\.yaml/);
  });

  it("checks a section from the command line", async () => {
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await main(["eval", "--config", CONFIG, "--articles", ARTICLES, "--gold", GOLD, "--floors", FLOORS, "--floors-section", "heldout"], { stdout, stderr });
    expect(stderr.text).toBe("");
    expect(code).toBe(EXIT.ok);
  });
});
