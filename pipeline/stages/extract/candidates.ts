/**
 * A candidate PER, ORG or LOC mention, before the candidates of all families
 * are weighed against each other (resolve.ts).
 */
import type { TokenLine } from "./tokens.ts";

export type NameType = "PER" | "ORG" | "LOC";

/**
 * How much a candidate's evidence weighs when two candidates clash: a cue
 * word right before it (`ông`, `tỉnh`, `Ảnh:`), a lexicon or gazetteer
 * entry, or only the shape of the words (a family name and given names).
 */
export type Strength = "cue" | "lexicon" | "shape";

export const STRENGTH_ORDER: Readonly<Record<Strength, number>> = { cue: 3, lexicon: 2, shape: 1 };

export interface Candidate {
  readonly type: NameType;
  /** Index of the line in the article's token lines. */
  readonly line: number;
  /** Token indices `[start, end)` within the line. */
  readonly start: number;
  readonly end: number;
  /** View offsets. */
  readonly from: number;
  readonly to: number;
  /** `extract.<type>/<rule>` */
  readonly rule: string;
  readonly strength: Strength;
  readonly value: string;
  readonly valueRule: string;
  readonly entityKey: string;
  /** Canonical entity name when it differs from `value` (LOC: the name behind the ISO code). */
  readonly entityName?: string;
  readonly isoCode?: string | null;
  readonly mergedInto?: string | null;
}

/** A candidate over tokens `[start, end)` of one line, with view offsets filled in. */
export function candidateAt(
  lines: readonly TokenLine[],
  line: number,
  start: number,
  end: number,
  fields: Omit<Candidate, "line" | "start" | "end" | "from" | "to">,
): Candidate {
  const tokens = lines[line].tokens;
  return {
    type: fields.type,
    line,
    start,
    end,
    from: tokens[start].from,
    to: tokens[end - 1].to,
    rule: fields.rule,
    strength: fields.strength,
    value: fields.value,
    valueRule: fields.valueRule,
    entityKey: fields.entityKey,
    entityName: fields.entityName,
    isoCode: fields.isoCode,
    mergedInto: fields.mergedInto,
  };
}

/** The view text of tokens `[start, end)` of a line, spaces as written. */
export function tokenText(line: TokenLine, start: number, end: number): string {
  const { tokens } = line;
  return line.line.text.slice(tokens[start].from - line.line.from, tokens[end - 1].to - line.line.from);
}

/**
 * A name read off the view, which is already NFC with first-vowel tone
 * placement (core/textview.ts): only spaces need collapsing. Cheaper than
 * normalizeValue, which the extractors would otherwise call per candidate.
 */
export function viewName(text: string): string {
  return /\s\s|[^\S ]/u.test(text) ? text.replace(/\s+/gu, " ").trim() : text;
}

/** The key of an entity of `type` named `name` (a normalised name). */
export function entityKeyOf(type: NameType, name: string): string {
  return `${type}|${name.toLowerCase()}`;
}
