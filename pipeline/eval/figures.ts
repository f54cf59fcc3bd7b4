/**
 * Corpus totals from per-article evaluations, and the flat named figures
 * (`content.f1`, `entities.exact.PER.f1`, …) that reports print and floors
 * constrain.
 */
import { SCORED_TYPES, type ScoredType } from "./gold.ts";
import { METADATA_FIELDS, fieldTally, type MetadataField } from "./metadata.ts";
import type { ArticleEvaluation } from "./run.ts";
import { accuracy, addCounts, addTally, emptyCounts, emptyTally, prf, type Counts, type Tally } from "./score.ts";

export type EntityGroup = ScoredType | "micro";
export const ENTITY_GROUPS: readonly EntityGroup[] = [...SCORED_TYPES, "micro"];
export type ValueGroup = ScoredType | "all";
export const VALUE_GROUPS: readonly ValueGroup[] = [...SCORED_TYPES, "all"];

export interface Summary {
  readonly articles: number;
  readonly content: Counts;
  readonly lines: Tally;
  readonly metadata: Record<MetadataField, Tally>;
  readonly exact: Record<EntityGroup, Counts>;
  readonly overlap: Record<EntityGroup, Counts>;
  readonly values: Record<ValueGroup, Tally>;
  readonly roles: Counts;
  /** Whether the pipeline produced role triples for any article. */
  readonly rolesPredicted: boolean;
}

function keyed<K extends string, T>(keys: readonly K[], make: () => T): Record<K, T> {
  return Object.fromEntries(keys.map((key) => [key, make()])) as Record<K, T>;
}

export function summarise(evaluations: readonly ArticleEvaluation[]): Summary {
  const summary = {
    articles: evaluations.length,
    content: emptyCounts(),
    lines: emptyTally(),
    metadata: keyed(METADATA_FIELDS, emptyTally),
    exact: keyed(ENTITY_GROUPS, emptyCounts),
    overlap: keyed(ENTITY_GROUPS, emptyCounts),
    values: keyed(VALUE_GROUPS, emptyTally),
    roles: emptyCounts(),
    rolesPredicted: evaluations.some((evaluation) => evaluation.rolesPredicted),
  };
  for (const evaluation of evaluations) {
    addCounts(summary.content, evaluation.content.chars);
    addTally(summary.lines, evaluation.content.lines);
    for (const field of METADATA_FIELDS) addTally(summary.metadata[field], fieldTally(evaluation.metadata, field));
    for (const type of SCORED_TYPES) {
      addCounts(summary.exact[type], evaluation.entities.exact[type]);
      addCounts(summary.exact.micro, evaluation.entities.exact[type]);
      addCounts(summary.overlap[type], evaluation.entities.overlap[type]);
      addCounts(summary.overlap.micro, evaluation.entities.overlap[type]);
      addTally(summary.values[type], evaluation.entities.values[type]);
      addTally(summary.values.all, evaluation.entities.values[type]);
    }
    if (evaluation.roles) addCounts(summary.roles, evaluation.roles.counts);
  }
  return summary;
}

export type Figures = Record<string, number>;

function prfFigures(prefix: string, counts: Counts): Figures {
  const scores = prf(counts);
  return { [`${prefix}.precision`]: scores.precision, [`${prefix}.recall`]: scores.recall, [`${prefix}.f1`]: scores.f1 };
}

export function figures(summary: Summary): Figures {
  const all: Figures = { ...prfFigures("content", summary.content), "lines.accuracy": accuracy(summary.lines) };
  for (const field of METADATA_FIELDS) all[`metadata.${field}`] = accuracy(summary.metadata[field]);
  for (const match of ["exact", "overlap"] as const) {
    for (const group of ENTITY_GROUPS) Object.assign(all, prfFigures(`entities.${match}.${group}`, summary[match][group]));
  }
  for (const group of VALUE_GROUPS) all[`values.${group}`] = accuracy(summary.values[group]);
  return { ...all, ...prfFigures("roles", summary.roles) };
}
