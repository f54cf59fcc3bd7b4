/**
 * The evaluation: its figures on seeds/ + tests/gold/ stay above the floors
 * of tests/eval-floors.yaml, the command exits as documented, and each
 * scorer gives the right counts on tiny hand-made cases.
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../pipeline/cli.ts";
import { EXIT } from "../pipeline/commands/command.ts";
import { loadConfig } from "../pipeline/config.ts";
import { loadResources } from "../pipeline/resources.ts";
import { scoreContent } from "../pipeline/eval/content.ts";
import { scoreEntities } from "../pipeline/eval/entities.ts";
import { figures, summarise } from "../pipeline/eval/figures.ts";
import { checkFloors, loadFloors, parseFloors } from "../pipeline/eval/floors.ts";
import { findOccurrence, GoldError, lineSpans, parseGold, type EntitySpan } from "../pipeline/eval/gold.ts";
import { scoreMetadata } from "../pipeline/eval/metadata.ts";
import { scoreRoles } from "../pipeline/eval/roles.ts";
import { evaluateCorpus, type ArticleEvaluation } from "../pipeline/eval/run.ts";
import { prf } from "../pipeline/eval/score.ts";
import { Capture, CONFIG, REPO, SEEDS, tempDir } from "./support/build.ts";

const GOLD = join(REPO, "tests", "gold");
const FLOORS = join(REPO, "tests", "eval-floors.yaml");

const ALTERED = "002_0bd7ac332b770867";

/** A gold folder with one seed's gold file changed: line 5 body, another title, its first entity dropped. */
async function alteredGold(): Promise<string> {
  const gold = join(await tempDir("gold"), "gold");
  await mkdir(gold);
  const altered = JSON.parse(await readFile(join(GOLD, `${ALTERED}.json`), "utf8"));
  altered.lines = altered.lines.map((line: { line: number; role: string }) => (line.line === 5 ? { ...line, role: "body" } : line));
  altered.title = "Another title";
  altered.entities = altered.entities.slice(1);
  await writeFile(join(gold, `${ALTERED}.json`), JSON.stringify(altered));
  return gold;
}

async function runEval(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(["eval", "--config", CONFIG, ...args], { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe("on the seeds", () => {
  let evaluations: ArticleEvaluation[];
  beforeAll(async () => {
    evaluations = await evaluateCorpus({ articlesDir: SEEDS, goldDir: GOLD, config: await loadConfig(CONFIG), resources: loadResources() });
  });

  it("scores every article that has a gold file", () => {
    expect(evaluations.map((evaluation) => evaluation.name)).toEqual(["000_b81a386f8239b78d", "002_0bd7ac332b770867", "003_69b38c4b4147d0ad"]);
  });

  it("meets every floor of tests/eval-floors.yaml", async () => {
    const misses = checkFloors(figures(summarise(evaluations)), await loadFloors(FLOORS));
    expect(misses).toEqual([]);
  });

  it("puts a floor on the headline figures", async () => {
    const floors = await loadFloors(FLOORS);
    for (const figure of ["content.f1", "lines.accuracy", "metadata.title", "metadata.published", "metadata.authors", "entities.exact.micro.f1"]) {
      expect(floors[figure], figure).toBeGreaterThan(0);
    }
  });
});

describe("on general news (tests/general)", () => {
  const articles = join(REPO, "tests", "general", "articles");
  const gold = join(REPO, "tests", "general", "gold");
  let evaluations: ArticleEvaluation[];
  beforeAll(async () => {
    evaluations = await evaluateCorpus({ articlesDir: articles, goldDir: gold, config: await loadConfig(CONFIG), resources: loadResources() });
  });

  it("scores sports, court, health and world articles", () => {
    const genres = new Set(evaluations.map((evaluation) => evaluation.name.split("_")[0]));
    expect([...genres].sort()).toEqual(["courts", "health", "sports", "world"]);
  });

  it("meets every floor of the general section of tests/eval-floors.yaml", async () => {
    const misses = checkFloors(figures(summarise(evaluations)), await loadFloors(FLOORS, "general"));
    expect(misses).toEqual([]);
  });
});

describe("the eval command", () => {
  it("exits 0 when the floors are met and prints the figures", async () => {
    const { code, stdout } = await runEval(["--articles", SEEDS, "--gold", GOLD, "--floors", FLOORS]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/main content \(characters\): P [\d.]+ {2}R [\d.]+ {2}F1 [\d.]+/);
    expect(stdout).toMatch(/^ {2}micro /m);
    expect(stdout).toMatch(/^roles: /m);
  });

  it("exits 4 and names the figure when a floor is not met", async () => {
    const gold = await alteredGold();
    const floors = join(await tempDir("floors"), "floors.yaml");
    await writeFile(floors, "floors:\n  content.f1: 0.5\n  metadata.title: 1.0\n");
    const { code, stderr } = await runEval(["--articles", SEEDS, "--gold", gold, "--floors", floors]);
    expect(code).toBe(EXIT.check);
    expect(stderr).toContain("below floor: metadata.title 0.0000 < 1");
    expect(stderr).not.toContain("content.f1");
  });

  it("refuses a floor for a figure that does not exist", async () => {
    const floors = join(await tempDir("floors"), "floors.yaml");
    await writeFile(floors, "floors:\n  content.f2: 0.5\n");
    const { code, stderr } = await runEval(["--articles", SEEDS, "--gold", GOLD, "--floors", floors]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain("content.f2");
  });

  it("prints the figures as JSON with --json", async () => {
    const { code, stdout } = await runEval(["--articles", SEEDS, "--gold", GOLD, "--json"]);
    expect(code).toBe(EXIT.ok);
    const document = JSON.parse(stdout) as { figures: Record<string, number> };
    for (const figure of ["content.precision", "content.recall", "content.f1", "lines.accuracy", "metadata.category", "entities.exact.LOC.f1", "entities.overlap.micro.recall", "values.DATE", "values.all", "roles.f1"]) {
      expect(typeof document.figures[figure], figure).toBe("number");
    }
  });

  it("lists each article's mistakes with --verbose", async () => {
    const gold = await alteredGold();
    const name = ALTERED;
    const { code, stdout } = await runEval(["--articles", SEEDS, "--gold", gold, "--verbose"]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain(`== seeds/${name}.txt`);
    expect(stdout).toMatch(/line 5: gold body, predicted caption \[[^\]]+\]/);
    expect(stdout).toContain('metadata title: gold Another title, predicted Liên hiệp Công đoàn');
    expect(stdout).toMatch(/FP ORG +\d+-\d+ "Liên hiệp Công đoàn tỉnh Xiêng Khoảng"/);
    expect(stdout).toMatch(/^articles: 1$/m);
  });

  it("exits 2 when a gold file has no article or the gold folder is empty", async () => {
    const gold = join(await tempDir("gold"), "gold");
    await mkdir(gold);
    expect((await runEval(["--articles", SEEDS, "--gold", gold])).code).toBe(EXIT.usage);
    await copyFile(join(GOLD, "002_0bd7ac332b770867.json"), join(gold, "missing.json"));
    const { code, stderr } = await runEval(["--articles", SEEDS, "--gold", gold]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain("missing.json");
  });
});

describe("gold files", () => {
  const text = "Tiêu đề về Kon Tum\n\r\nÔng A ở Kon Tum, LĐLĐ tỉnh Kon Tum.\nTin khác\n";
  const gold = (entities: unknown[], lines = [{ line: 1, role: "title" }, { line: 3, role: "body" }, { line: 4, role: "nav" }]) => ({
    file: "a.txt",
    published: "2024-07",
    title: "Tiêu đề về Kon Tum",
    category: null,
    authors: [],
    lines,
    entities,
  });

  it("finds the n-th match, counting overlapping and embedded matches", () => {
    expect(findOccurrence("aaaa", "aa", 0)).toBe(0);
    expect(findOccurrence("aaaa", "aa", 1)).toBe(1);
    expect(findOccurrence("aaaa", "aa", 2)).toBe(2);
    expect(findOccurrence("aaaa", "aa", 3)).toBe(-1);
  });

  it("gives code-point spans of trimmed non-empty lines, a CR-only line counting as empty", () => {
    const spans = lineSpans("𝐀 x\n  b \n\r\nc\r\n");
    expect([...spans.entries()]).toEqual([
      [1, { start: 0, end: 3 }],
      [2, { start: 6, end: 7 }],
      [4, { start: 11, end: 12 }],
    ]);
  });

  it("locates entities from text and occurrence, in code points", () => {
    const parsed = parseGold("a", gold([{ type: "LOC", text: "Kon Tum", occurrence: 2, value: "VN-28" }]), `𝐀${text}`);
    expect(parsed.entities).toEqual([{ type: "LOC", start: 49, end: 56, text: "Kon Tum", value: "VN-28" }]);
    expect(parsed.lines.get(3)).toBe("body");
    expect(parsed.roles).toBeNull();
  });

  it.each([
    ["a missing occurrence", [{ type: "LOC", text: "Kon Tum", occurrence: 3, value: "VN-28" }], undefined, /occurrence not found/],
    ["a mention off main content", [{ type: "LOC", text: "Tin", occurrence: 0, value: "X" }], undefined, /role is nav, not main content/],
    ["an unknown type", [{ type: "PLACE", text: "Kon Tum", occurrence: 0, value: "VN-28" }], undefined, /entities\.0\.type/],
    ["a line left out", [], [{ line: 1, role: "title" }, { line: 3, role: "body" }], /line\(s\) 4 have no role/],
    ["an empty line listed", [], [{ line: 1, role: "title" }, { line: 2, role: "body" }, { line: 3, role: "body" }, { line: 4, role: "nav" }], /line 2 is empty/],
  ])("rejects %s", (_case, entities, lines, message) => {
    expect(() => parseGold("a", gold(entities, lines), text)).toThrow(GoldError);
    expect(() => parseGold("a", gold(entities, lines), text)).toThrow(message);
  });

  it("rejects a file name that is not the gold's", () => {
    expect(() => parseGold("b", gold([]), text)).toThrow(/should be b\.txt/);
  });
});

describe("scorers", () => {
  it("scores main content over characters and line roles over gold lines", () => {
    const spans = new Map([
      [1, { start: 0, end: 10 }],
      [2, { start: 11, end: 15 }],
      [3, { start: 16, end: 36 }],
      [4, { start: 37, end: 40 }],
    ]);
    const gold = new Map([[1, "title"], [2, "category"], [3, "body"], [4, "related"]] as const);
    const predicted = new Map([
      [1, { role: "title", rule: "r" }],
      [2, { role: "lead", rule: "r" }],
      [3, { role: "related", rule: "r" }],
      [4, { role: "related", rule: "r" }],
    ] as const);
    const score = scoreContent(spans, gold, predicted);
    expect(score.chars).toEqual({ truePositives: 10, falsePositives: 4, falseNegatives: 20 });
    expect(score.lines).toEqual({ correct: 2, total: 4 });
    expect(score.mistakes.map((mistake) => mistake.line)).toEqual([2, 3]);
  });

  it("computes precision, recall and F1, with empty sides", () => {
    const scores = prf({ truePositives: 3, falsePositives: 1, falseNegatives: 2 });
    expect([scores.precision, scores.recall]).toEqual([0.75, 0.6]);
    expect(scores.f1).toBeCloseTo(2 / 3, 12);
    expect(prf({ truePositives: 0, falsePositives: 0, falseNegatives: 4 })).toEqual({ precision: 1, recall: 0, f1: 0 });
    expect(prf({ truePositives: 0, falsePositives: 0, falseNegatives: 0 }).f1).toBe(1);
  });

  it("scores metadata fields exactly, authors as a set, after NFC and space folding", () => {
    const results = scoreMetadata(
      { title: "Cộng hòa  Lào", category: null, published: "2024-07", authors: ["Ngô Anh", "Bảo Duy"] },
      { title: "Cộng hòa Lào", category: "Xã hội", published: "2024-07-29", authors: ["Bảo Duy", "Ngo\u0302 Anh"] },
    );
    expect(Object.fromEntries(results.map((result) => [result.field, result.correct]))).toEqual({ title: true, category: false, published: false, authors: true });
  });

  it("matches mentions exactly and by overlap, one to one, and checks values on exact matches", () => {
    const entity = (type: string, start: number, end: number, value = "v"): EntitySpan => ({ type, start, end, text: "t", value });
    const gold = [entity("LOC", 0, 7, "VN-28"), entity("ORG", 0, 20), entity("DATE", 30, 40, "2024-07-22"), entity("PER", 50, 55), entity("MONEY", 60, 70)];
    const predicted = [
      entity("LOC", 0, 7, "VN-28"),
      entity("ORG", 5, 20),
      entity("ORG", 8, 12),
      entity("DATE", 30, 40, "2023-07-22"),
      entity("LOC", 50, 55),
      entity("QUANTITY", 80, 90),
    ];
    const score = scoreEntities(gold, predicted);
    expect(score.exact.LOC).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
    expect(score.exact.ORG).toEqual({ truePositives: 0, falsePositives: 2, falseNegatives: 1 });
    expect(score.overlap.ORG).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
    expect(score.exact.PER).toEqual({ truePositives: 0, falsePositives: 0, falseNegatives: 1 });
    expect(score.overlap.PER).toEqual({ truePositives: 0, falsePositives: 0, falseNegatives: 1 });
    expect(score.values.LOC).toEqual({ correct: 1, total: 1 });
    expect(score.values.DATE).toEqual({ correct: 0, total: 1 });
    expect(score.valueMistakes.map((mistake) => mistake.predicted.value)).toEqual(["2023-07-22"]);
    expect(score.falsePositives).toHaveLength(3);
    expect(score.falseNegatives.map((entity) => entity.type)).toEqual(["ORG", "PER", "MONEY"]);
  });

  it("scores role triples as a multiset after normalisation", () => {
    const score = scoreRoles(
      [
        { person: "Kha Văn Tám", role: "Chủ tịch", organization: "Liên đoàn Lao động tỉnh Nghệ An" },
        { person: "Kha Văn Tám", role: "Ủy viên Ban Chấp hành Đảng bộ tỉnh", organization: null },
      ],
      [
        { person: "Kha Văn Tám", role: "Uỷ viên Ban Chấp hành Đảng bộ tỉnh", organization: null },
        { person: "Kha Văn Tám", role: "Uỷ viên Ban Chấp hành Đảng bộ tỉnh", organization: null },
      ],
    );
    expect(score.counts).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(score.falseNegatives[0]!.role).toBe("Chủ tịch");
  });

  it("reads floors and reports the figures under them", () => {
    const floors = parseFloors("floors:\n  content.f1: 0.9\n  lines.accuracy: 0.5\n", "f.yaml");
    expect(checkFloors({ "content.f1": 0.89, "lines.accuracy": 0.5 }, floors)).toEqual([{ figure: "content.f1", value: 0.89, floor: 0.9 }]);
    expect(() => checkFloors({ "content.f1": 1 }, floors)).toThrow(/lines\.accuracy/);
    expect(() => parseFloors("floors:\n  content.f1: 2\n", "f.yaml")).toThrow(/f\.yaml/);
  });
});
