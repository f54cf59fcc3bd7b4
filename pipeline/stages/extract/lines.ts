import { MAIN_CONTENT_ROLES, type Cleaned, type RoledLine } from "../../core/document.ts";

/** Main-content lines (title, lead, body, caption): the only text mined for mentions. */
export function contentLines(doc: Cleaned): RoledLine[] {
  return doc.lines.filter((line) => MAIN_CONTENT_ROLES.has(line.role.value));
}

/** Every match of `pattern` (global) in main content, with view offsets. */
export function* matchContent(doc: Cleaned, pattern: RegExp): Generator<{ match: RegExpExecArray; from: number; line: RoledLine }> {
  for (const line of contentLines(doc)) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(line.text); match; match = pattern.exec(line.text)) {
      yield { match, from: line.from + match.index, line };
      if (match[0].length === 0) pattern.lastIndex += 1;
    }
  }
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

/** An alternation of phrases, longest first, for building patterns from lexicons. */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)].sort((left, right) => right.length - left.length).map(escapeRegExp).join("|");
}
