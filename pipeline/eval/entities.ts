/**
 * Mentions scored per type (PER, ORG, LOC, DATE, MONEY), each prediction
 * matched to at most one gold mention: exactly (same type, same span) and
 * by overlap (same type, spans share a character, exact matches first).
 * Values are compared on the exact matches.
 */
import { SCORED_TYPES, type EntitySpan, type ScoredType } from "./gold.ts";
import { emptyCounts, emptyTally, type Counts, type Tally } from "./score.ts";

export interface ValueMistake {
  readonly gold: EntitySpan;
  readonly predicted: EntitySpan;
}

export interface EntityScore {
  readonly exact: Record<ScoredType, Counts>;
  readonly overlap: Record<ScoredType, Counts>;
  readonly values: Record<ScoredType, Tally>;
  /** Predictions with no exact gold match. */
  readonly falsePositives: readonly EntitySpan[];
  /** Gold mentions with no exact prediction. */
  readonly falseNegatives: readonly EntitySpan[];
  readonly valueMistakes: readonly ValueMistake[];
}

function perType<T>(make: () => T): Record<ScoredType, T> {
  return Object.fromEntries(SCORED_TYPES.map((type) => [type, make()])) as Record<ScoredType, T>;
}

const spanKey = (entity: EntitySpan) => `${entity.type}|${entity.start}|${entity.end}`;
const overlaps = (left: EntitySpan, right: EntitySpan) => left.type === right.type && left.start < right.end && right.start < left.end;

function isScored(entity: EntitySpan): entity is EntitySpan & { type: ScoredType } {
  return (SCORED_TYPES as readonly string[]).includes(entity.type);
}

/** Pairs of (gold index, predicted index): exact ones, then overlapping ones among the rest. */
function pairUp(gold: readonly EntitySpan[], predicted: readonly EntitySpan[]): { exact: Map<number, number>; overlap: Map<number, number> } {
  const goldByKey = new Map<string, number>();
  gold.forEach((entity, index) => {
    if (!goldByKey.has(spanKey(entity))) goldByKey.set(spanKey(entity), index);
  });
  const exact = new Map<number, number>();
  predicted.forEach((entity, index) => {
    const match = goldByKey.get(spanKey(entity));
    if (match !== undefined && !exact.has(match)) exact.set(match, index);
  });
  const overlap = new Map(exact);
  const usedPredictions = new Set(exact.values());
  predicted.forEach((entity, index) => {
    if (usedPredictions.has(index)) return;
    const match = gold.findIndex((candidate, goldIndex) => !overlap.has(goldIndex) && overlaps(candidate, entity));
    if (match === -1) return;
    overlap.set(match, index);
    usedPredictions.add(index);
  });
  return { exact, overlap };
}

function count(gold: readonly EntitySpan[], predicted: readonly EntitySpan[], pairs: ReadonlyMap<number, number>): Record<ScoredType, Counts> {
  const counts = perType(emptyCounts);
  const matchedPredictions = new Set(pairs.values());
  gold.forEach((entity, index) => {
    if (pairs.has(index)) counts[entity.type as ScoredType].truePositives += 1;
    else counts[entity.type as ScoredType].falseNegatives += 1;
  });
  predicted.forEach((entity, index) => {
    if (!matchedPredictions.has(index)) counts[entity.type as ScoredType].falsePositives += 1;
  });
  return counts;
}

export function scoreEntities(goldAll: readonly EntitySpan[], predictedAll: readonly EntitySpan[]): EntityScore {
  const gold = goldAll.filter(isScored);
  const predicted = predictedAll.filter(isScored);
  const { exact, overlap } = pairUp(gold, predicted);
  const values = perType(emptyTally);
  const valueMistakes: ValueMistake[] = [];
  for (const [goldIndex, predictedIndex] of exact) {
    const tally = values[gold[goldIndex].type as ScoredType];
    tally.total += 1;
    if (gold[goldIndex].value === predicted[predictedIndex].value) tally.correct += 1;
    else valueMistakes.push({ gold: gold[goldIndex], predicted: predicted[predictedIndex] });
  }
  const matchedPredictions = new Set(exact.values());
  return {
    exact: count(gold, predicted, exact),
    overlap: count(gold, predicted, overlap),
    values,
    falsePositives: predicted.filter((_entity, index) => !matchedPredictions.has(index)),
    falseNegatives: gold.filter((_entity, index) => !exact.has(index)),
    valueMistakes,
  };
}
