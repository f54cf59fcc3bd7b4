import { MAIN_CONTENT_ROLES, type Cleaned, type RoledLine } from "../../core/document.ts";

const contentCache = new WeakMap<Cleaned, readonly RoledLine[]>();

/** Main-content lines (title, lead, body, caption): the only text mined for mentions (cached per article). */
export function contentLines(doc: Cleaned): readonly RoledLine[] {
  let lines = contentCache.get(doc);
  if (!lines) {
    lines = doc.lines.filter((line) => MAIN_CONTENT_ROLES.has(line.role.value));
    contentCache.set(doc, lines);
  }
  return lines;
}

const linesCache = new WeakMap<Cleaned, Map<RegExp, readonly RoledLine[]>>();

/** Main-content lines where `needs` matches (cached per article: rules share their pre-checks). */
function contentLinesWith(doc: Cleaned, needs: RegExp): readonly RoledLine[] {
  let byNeeds = linesCache.get(doc);
  if (!byNeeds) {
    byNeeds = new Map();
    linesCache.set(doc, byNeeds);
  }
  let lines = byNeeds.get(needs);
  if (!lines) {
    lines = contentLines(doc).filter((line) => needs.test(line.text));
    byNeeds.set(needs, lines);
  }
  return lines;
}

/** A match of a pattern on a main-content line, with the view offset where it starts. */
export interface LineMatch {
  readonly match: RegExpExecArray;
  readonly from: number;
  readonly line: RoledLine;
}

/** Every match of `pattern` (global) in main content, with view offsets; lines without `needs` are skipped. */
export function matchContent(doc: Cleaned, pattern: RegExp, needs?: RegExp): LineMatch[] {
  const found: LineMatch[] = [];
  for (const line of needs ? contentLinesWith(doc, needs) : contentLines(doc)) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(line.text); match; match = pattern.exec(line.text)) {
      found.push({ match, from: line.from + match.index, line });
      if (match[0].length === 0) pattern.lastIndex += 1;
    }
  }
  return found;
}

/** Drop drafts that overlap an earlier-kept one of the same type: longest first, then leftmost. */
export function keepLongest<T extends { from: number; to: number; type: string }>(drafts: readonly T[]): T[] {
  const ordered = [...drafts].sort((left, right) => right.to - right.from - (left.to - left.from) || left.from - right.from);
  const kept: T[] = [];
  for (const draft of ordered) {
    if (!kept.some((other) => other.type === draft.type && other.from < draft.to && draft.from < other.to)) kept.push(draft);
  }
  return kept.sort((left, right) => left.from - right.from || right.to - left.to);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** An alternation of words and their capitalised forms (`[Nn]gày`), longest first, as one group. */
export function wordAlternation(words: readonly string[]): string {
  const variants = words.flatMap((word) => (word[0] === word[0].toUpperCase() ? [word] : [word, word[0].toUpperCase() + word.slice(1)]));
  return `(?:${alternation(variants)})`;
}

/** An alternation of phrases, longest first, for building patterns from lexicons. */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)].sort((left, right) => right.length - left.length).map(escapeRegExp).join("|");
}
