/**
 * Run the real per-article pipeline on every article that has a gold file
 * and score it against that file.
 */
import { basename } from "node:path";
import { processArticle, type ArticleResult } from "../article.ts";
import type { DatasetConfig } from "../config.ts";
import type { LineRole } from "../core/document.ts";
import { parseProv } from "../core/prov.ts";
import type { Resources } from "../resources.ts";
import { ingestFile, listInputs } from "../stages/ingest.ts";
import type { Row } from "../stages/rows.ts";
import { scoreContent, type ContentScore, type PredictedLine } from "./content.ts";
import { scoreEntities, type EntityScore } from "./entities.ts";
import { GoldError, goldNames, lineSpans, readGold, type EntitySpan, type GoldArticle } from "./gold.ts";
import { scoreMetadata, type ArticleMetadata, type FieldResult } from "./metadata.ts";
import { predictedRoles, scoreRoles, type RoleScore } from "./roles.ts";

export interface ArticleEvaluation {
  readonly name: string;
  readonly path: string;
  readonly content: ContentScore;
  readonly metadata: readonly FieldResult[];
  readonly entities: EntityScore;
  /** Null when the gold file has no `roles`. */
  readonly roles: RoleScore | null;
  /** Whether the pipeline produced any role triple for the article. */
  readonly rolesPredicted: boolean;
}

export interface EvaluateOptions {
  readonly articlesDir: string;
  readonly goldDir: string;
  readonly config: DatasetConfig;
  readonly resources: Resources;
}

const ruleOf = (cell: unknown) => (typeof cell === "string" ? (parseProv(cell)?.rule ?? "") : "");

function predictedLines(result: ArticleResult): Map<number, PredictedLine> {
  return new Map(result.rows.segments.map((row) => [Number(row.line), { role: row.role as LineRole, rule: ruleOf(row.role_prov) }]));
}

function predictedMetadata(result: ArticleResult): ArticleMetadata {
  const article: Row = result.rows.articles[0] ?? {};
  const text = (cell: unknown) => (typeof cell === "string" ? cell : null);
  return {
    title: text(article.title),
    category: text(article.category),
    published: text(article.published),
    authors: Array.isArray(article.authors) ? article.authors.map(String) : [],
  };
}

function predictedEntities(result: ArticleResult): EntitySpan[] {
  return result.rows.mentions.map((row) => ({
    type: String(row.type),
    start: Number(row.start),
    end: Number(row.end),
    text: String(row.text),
    value: String(row.value),
    rule: ruleOf(row.text_prov),
  }));
}

export function evaluateArticle(name: string, text: string, gold: GoldArticle, result: ArticleResult): ArticleEvaluation {
  const roles = predictedRoles(result);
  return {
    name,
    path: result.path,
    content: scoreContent(lineSpans(text), gold.lines, predictedLines(result)),
    metadata: scoreMetadata(gold, predictedMetadata(result)),
    entities: scoreEntities(gold.entities, predictedEntities(result)),
    roles: gold.roles === null ? null : scoreRoles(gold.roles, roles),
    rolesPredicted: roles.length > 0,
  };
}

/** Evaluate every article of `articlesDir` named like a gold file (`<name>.txt` for `<name>.json`). */
export async function evaluateCorpus(options: EvaluateOptions): Promise<ArticleEvaluation[]> {
  const names = await goldNames(options.goldDir);
  if (names.length === 0) throw new GoldError(`no gold files (*.json) in ${options.goldDir}`);
  const entries = new Map((await listInputs(options.articlesDir)).map((entry) => [basename(entry.path), entry] as const));
  const missing = names.filter((name) => !entries.has(`${name}.txt`));
  if (missing.length > 0) throw new GoldError(`gold file(s) with no article in ${options.articlesDir}: ${missing.map((name) => `${name}.json`).join(", ")}`);
  const evaluations: ArticleEvaluation[] = [];
  for (const name of names) {
    const item = await ingestFile(entries.get(`${name}.txt`)!, new Map());
    if (!item.article) throw new GoldError(`${item.source.path}: not usable as an article (${item.source.reason})`);
    const gold = await readGold(options.goldDir, name, item.article.text);
    const result = processArticle(item.article, options.config, options.resources);
    evaluations.push(evaluateArticle(name, item.article.text, gold, result));
  }
  return evaluations;
}
