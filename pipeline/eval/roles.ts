/**
 * Positions held (person, role, organization) scored as a multiset of
 * triples, compared after normalisation (NFC, first-vowel tone placement).
 */
import type { ArticleResult } from "../article.ts";
import { normalizeValue } from "../core/normalize.ts";
import type { RoleTriple } from "./gold.ts";
import type { Counts } from "./score.ts";

export interface RoleScore {
  readonly counts: Counts;
  readonly falsePositives: readonly RoleTriple[];
  readonly falseNegatives: readonly RoleTriple[];
}

const tripleKey = (triple: RoleTriple) =>
  JSON.stringify([normalizeValue(triple.person), normalizeValue(triple.role), triple.organization === null ? null : normalizeValue(triple.organization)]);

/** The role triples the pipeline produced for an article: its `roles` rows. */
export function predictedRoles(result: ArticleResult): RoleTriple[] {
  const text = (cell: unknown) => (cell === null || cell === undefined ? null : String(cell));
  return result.rows.roles.map((row) => ({ person: text(row.person) ?? "", role: text(row.role) ?? "", organization: text(row.organization) }));
}

export function scoreRoles(gold: readonly RoleTriple[], predicted: readonly RoleTriple[]): RoleScore {
  const unmatched = new Map<string, RoleTriple[]>();
  for (const triple of gold) unmatched.set(tripleKey(triple), [...(unmatched.get(tripleKey(triple)) ?? []), triple]);
  const falsePositives: RoleTriple[] = [];
  let truePositives = 0;
  for (const triple of predicted) {
    const waiting = unmatched.get(tripleKey(triple));
    if (waiting && waiting.length > 0) {
      waiting.pop();
      truePositives += 1;
    } else falsePositives.push(triple);
  }
  const falseNegatives = [...unmatched.values()].flat();
  return { counts: { truePositives, falsePositives: falsePositives.length, falseNegatives: falseNegatives.length }, falsePositives, falseNegatives };
}
