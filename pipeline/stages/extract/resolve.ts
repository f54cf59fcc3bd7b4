/**
 * Weigh PER, ORG and LOC candidates against each other. Mentions of one type
 * never overlap; a PER and a LOC never overlap; a LOC or PER may sit inside
 * an ORG (nested, ANNOTATION.md) but not straddle its edge. Candidates are
 * accepted greedily: cue-backed ones first, then longer ones (a full name
 * `Nguyễn Thái Bình` beats the province inside it), then lexicon over shape,
 * then by type (a gazetteer place beats an organisation or name of the same
 * span; among shape-only candidates a name beats an ambiguous place).
 */
import { STRENGTH_ORDER, type Candidate, type NameType } from "./candidates.ts";

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
  if (kept.type === "ORG") return !strictlyInside(candidate, kept);
  if (candidate.type === "ORG") return !strictlyInside(kept, candidate);
  return true;
}

/** Kept candidates filed by line and by stretch of text, so a clash check looks only at neighbours. */
const STRETCH = 256;

class KeptIndex {
  private readonly stretches = new Map<string, Candidate[]>();

  private *keys(candidate: Candidate): Iterable<string> {
    const last = Math.floor(Math.max(candidate.from, candidate.to - 1) / STRETCH);
    for (let stretch = Math.floor(candidate.from / STRETCH); stretch <= last; stretch++) yield `${candidate.line}:${stretch}`;
  }

  clashesWith(candidate: Candidate): boolean {
    for (const key of this.keys(candidate)) {
      if (this.stretches.get(key)?.some((other) => clashes(candidate, other))) return true;
    }
    return false;
  }

  add(candidate: Candidate): void {
    for (const key of this.keys(candidate)) {
      const list = this.stretches.get(key);
      if (list) list.push(candidate);
      else this.stretches.set(key, [candidate]);
    }
  }
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
