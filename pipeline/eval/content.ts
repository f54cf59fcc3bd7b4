/**
 * Main-content extraction scored over characters, as trafilatura's
 * evaluation does: the characters of lines whose role is main content
 * (title, lead, body, caption) in the prediction against the gold.
 * Also line-role accuracy over the gold's lines.
 */
import { MAIN_CONTENT_ROLES, type LineRole } from "../core/document.ts";
import type { Span } from "../core/prov.ts";
import type { Counts, Tally } from "./score.ts";

export interface PredictedLine {
  readonly role: LineRole;
  /** The rule that gave the role. */
  readonly rule: string;
}

export interface LineMistake {
  readonly line: number;
  readonly gold: LineRole;
  readonly predicted: PredictedLine | null;
  readonly chars: number;
}

export interface ContentScore {
  readonly chars: Counts;
  readonly lines: Tally;
  readonly mistakes: readonly LineMistake[];
}

export function scoreContent(
  spans: ReadonlyMap<number, Span>,
  gold: ReadonlyMap<number, LineRole>,
  predicted: ReadonlyMap<number, PredictedLine>,
): ContentScore {
  const chars: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  const lines: Tally = { correct: 0, total: 0 };
  const mistakes: LineMistake[] = [];
  for (const [line, span] of spans) {
    const size = span.end - span.start;
    const goldRole = gold.get(line) ?? null;
    const predictedLine = predicted.get(line) ?? null;
    const predictedRole = predictedLine?.role ?? null;
    const inGold = goldRole !== null && MAIN_CONTENT_ROLES.has(goldRole);
    const inPrediction = predictedRole !== null && MAIN_CONTENT_ROLES.has(predictedRole);
    if (inGold && inPrediction) chars.truePositives += size;
    else if (inPrediction) chars.falsePositives += size;
    else if (inGold) chars.falseNegatives += size;
    if (goldRole === null) continue;
    lines.total += 1;
    if (goldRole === predictedRole) lines.correct += 1;
    else mistakes.push({ line, gold: goldRole, predicted: predictedLine, chars: size });
  }
  return { chars, lines, mistakes };
}
