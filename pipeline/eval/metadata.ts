/** Article metadata scored field by field: exact match after NFC and space folding. */
import type { Tally } from "./score.ts";

export const METADATA_FIELDS = ["title", "category", "published", "authors"] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

export interface ArticleMetadata {
  readonly title: string | null;
  readonly category: string | null;
  readonly published: string | null;
  readonly authors: readonly string[];
}

export interface FieldResult {
  readonly field: MetadataField;
  readonly gold: string;
  readonly predicted: string;
  readonly correct: boolean;
}

function canonical(value: string | null | readonly string[]): string {
  if (value === null) return "null";
  const fold = (text: string) => text.normalize("NFC").replace(/\s+/gu, " ").trim();
  if (typeof value === "string") return fold(value);
  return JSON.stringify(value.map(fold).sort());
}

export function scoreMetadata(gold: ArticleMetadata, predicted: ArticleMetadata): FieldResult[] {
  return METADATA_FIELDS.map((field) => {
    const goldText = canonical(gold[field]);
    const predictedText = canonical(predicted[field]);
    return { field, gold: goldText, predicted: predictedText, correct: goldText === predictedText };
  });
}

export function fieldTally(results: readonly FieldResult[], field: MetadataField): Tally {
  const relevant = results.filter((result) => result.field === field);
  return { correct: relevant.filter((result) => result.correct).length, total: relevant.length };
}
