/** Counts and the figures made from them. */

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface PRF {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function emptyCounts(): Counts {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

export function addCounts(into: Counts, more: Counts): Counts {
  into.truePositives += more.truePositives;
  into.falsePositives += more.falsePositives;
  into.falseNegatives += more.falseNegatives;
  return into;
}

/** Precision is 1 when nothing was predicted, recall 1 when nothing was to be found. */
export function prf(counts: Counts): PRF {
  const predicted = counts.truePositives + counts.falsePositives;
  const expected = counts.truePositives + counts.falseNegatives;
  const precision = predicted === 0 ? 1 : counts.truePositives / predicted;
  const recall = expected === 0 ? 1 : counts.truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface Tally {
  correct: number;
  total: number;
}

export function emptyTally(): Tally {
  return { correct: 0, total: 0 };
}

export function addTally(into: Tally, more: Tally): Tally {
  into.correct += more.correct;
  into.total += more.total;
  return into;
}

/** Accuracy of a tally; 1 when there was nothing to judge. */
export function accuracy(tally: Tally): number {
  return tally.total === 0 ? 1 : tally.correct / tally.total;
}
