/**
 * Weigh PER, ORG and LOC candidates against each other. Mentions of one type
 * never overlap; a LOC or PER may sit inside an ORG (nested, ANNOTATION.md)
 * but not straddle its edge; a PER and a LOC overlap only when a feature is
 * named after a person with a title (`Lăng Chủ tịch Hồ Chí Minh`) or a known
 * namesake (`Khu di tích Bia Lê Lợi`). Candidates are
 * accepted greedily: cue-backed ones first, then longer ones (a full name
 * `Nguyễn Thái Bình` beats the province inside it), then lexicon over shape,
 * then by type (a gazetteer place beats an organisation or name of the same
 * span; among shape-only candidates a name beats an ambiguous place).
 */
import { STRENGTH_ORDER, type Candidate, type NameType } from "./candidates.ts";

/** A feature's name (`Lăng Chủ tịch Hồ Chí Minh`), which a person named with a title or a known namesake may sit inside (not `Cửa khẩu Cha Lo`). */
const FEATURE_RULE = "extract.loc/feature-head";
const PERSON_IN_FEATURE_RULES: ReadonlySet<string> = new Set(["extract.per/title", "extract.per/namesake"]);

const LEXICON_TYPE_ORDER: Readonly<Record<NameType, number>> = { LOC: 0, ORG: 1, PER: 2 };
const SHAPE_TYPE_ORDER: Readonly<Record<NameType, number>> = { PER: 0, ORG: 1, LOC: 2 };

function precedence(left: Candidate, right: Candidate): number {
  const leftCue = left.strength === "cue" ? 1 : 0;
  const rightCue = right.strength === "cue" ? 1 : 0;
  if (leftCue !== rightCue) return rightCue - leftCue;
  const lengths = right.to - right.from - (left.to - left.from);
  if (lengths !== 0) return lengths;
  const strengths = STRENGTH_ORDER[right.strength] - STRENGTH_ORDER[left.strength];
  if (strengths !== 0) return strengths;
  const order = left.strength === "shape" ? SHAPE_TYPE_ORDER : LEXICON_TYPE_ORDER;
  return order[left.type] - order[right.type] || left.from - right.from;
}

function overlaps(left: Candidate, right: Candidate): boolean {
  return left.from < right.to && right.from < left.to;
}

function strictlyInside(inner: Candidate, outer: Candidate): boolean {
  return outer.from <= inner.from && inner.to <= outer.to && outer.to - outer.from > inner.to - inner.from;
}

function clashes(candidate: Candidate, kept: Candidate): boolean {
  if (!overlaps(candidate, kept)) return false;
  if (candidate.type === kept.type) return true;
  const [inner, outer] = candidate.to - candidate.from < kept.to - kept.from ? [candidate, kept] : [kept, candidate];
  if (outer.type === "ORG" || (outer.rule === FEATURE_RULE && PERSON_IN_FEATURE_RULES.has(inner.rule))) return !strictlyInside(inner, outer);
  return true;
}

/** Kept candidates filed by line and by stretch of text, so a clash check looks only at neighbours. */
const STRETCH = 256;

class KeptIndex {
  /** Per line, the kept candidates of each stretch they reach into. */
  private readonly lines = new Map<number, Map<number, Candidate[]>>();

  clashesWith(candidate: Candidate): boolean {
    const stretches = this.lines.get(candidate.line);
    if (!stretches) return false;
    for (let stretch = firstStretch(candidate); stretch <= lastStretch(candidate); stretch++) {
      if (stretches.get(stretch)?.some((other) => clashes(candidate, other))) return true;
    }
    return false;
  }

  add(candidate: Candidate): void {
    let stretches = this.lines.get(candidate.line);
    if (!stretches) {
      stretches = new Map();
      this.lines.set(candidate.line, stretches);
    }
    for (let stretch = firstStretch(candidate); stretch <= lastStretch(candidate); stretch++) {
      const kept = stretches.get(stretch);
      if (kept) kept.push(candidate);
      else stretches.set(stretch, [candidate]);
    }
  }
}

function firstStretch(candidate: Candidate): number {
  return Math.floor(candidate.from / STRETCH);
}

function lastStretch(candidate: Candidate): number {
  return Math.floor(Math.max(candidate.from, candidate.to - 1) / STRETCH);
}

export function resolveCandidates(candidates: readonly Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(precedence);
  const index = new KeptIndex();
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    if (index.clashesWith(candidate)) continue;
    index.add(candidate);
    kept.push(candidate);
  }
  return kept.sort((left, right) => left.from - right.from || right.to - left.to);
}
