/**
 * Quality figures for the card and report.html: `make eval`'s scoring of
 * the pipeline on the hand-annotated gold articles (seeds/ + tests/gold/),
 * through the eval module's own functions. They describe the code that
 * built the data, so they are measured once per process and config.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { DatasetConfig } from "../config.ts";
import { ENTITY_GROUPS, figures, summarise, type Figures } from "../eval/figures.ts";
import { evaluateCorpus } from "../eval/run.ts";
import { loadResources } from "../resources.ts";

const REPO = join(import.meta.dirname, "..", "..");
/** Where `make eval` finds its gold set, relative to the repository. */
export const GOLD_SET = { articles: "seeds", gold: "tests/gold" } as const;

export interface Quality {
  /** Gold articles scored. */
  readonly articles: number;
  readonly figures: Figures;
}

const measured = new Map<string, Promise<Quality | null>>();

async function measure(config: DatasetConfig): Promise<Quality | null> {
  const articlesDir = join(REPO, GOLD_SET.articles);
  const goldDir = join(REPO, GOLD_SET.gold);
  if (!existsSync(articlesDir) || !existsSync(goldDir)) return null;
  const summary = summarise(await evaluateCorpus({ articlesDir, goldDir, config, resources: loadResources() }));
  return { articles: summary.articles, figures: figures(summary) };
}

/** The eval figures, or null when the gold set is not there to measure against. */
export function measureQuality(config: DatasetConfig): Promise<Quality | null> {
  const key = JSON.stringify(config);
  if (!measured.has(key)) measured.set(key, measure(config));
  return measured.get(key)!;
}

export interface Scores {
  readonly group: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Mentions found with the exact span and type, per scored type and over all (micro). */
export function mentionScores(quality: Quality): Scores[] {
  return ENTITY_GROUPS.map((group) => {
    const figure = (metric: string) => quality.figures[`entities.exact.${group}.${metric}`] ?? Number.NaN;
    return { group, precision: figure("precision"), recall: figure("recall"), f1: figure("f1") };
  });
}

/** The other headline figures, by what they measure. */
const HEADLINE_FIGURES: Readonly<Record<string, string>> = {
  "content.f1": "Main content found (F1 over characters)",
  "lines.accuracy": "Line roles right (share of lines)",
  "metadata.title": "Title right (share of articles)",
  "metadata.published": "Publication date right (share of articles)",
  "metadata.authors": "Authors right (share of articles)",
  "values.all": "Normalised value right, when the span is right",
};

export function headlineFigures(quality: Quality): { readonly label: string; readonly value: number }[] {
  return Object.entries(HEADLINE_FIGURES)
    .filter(([name]) => name in quality.figures)
    .map(([name, label]) => ({ label, value: quality.figures[name]! }));
}
