/**
 * A line's key: `normalizeKey` of the line (NFC, first-vowel tone marks,
 * single spaces, case-folded) without the decoration at its ends
 * (`Tin liên quan:` → `tin liên quan`, `>> Xem thêm` → `xem thêm`,
 * `Bình luận (12)` → `bình luận`).
 *
 * The keys of a page's lines are computed together: normalisation never
 * crosses a line break, so normalising the lines joined by `\n` once gives
 * each line's key, without a pass per line.
 */
import { normalizeKey, normalizeToneMarks } from "../../core/normalize.ts";
import { isWhitespace, whitespaceAnd } from "./spaces.ts";

/** Decoration before a key's text: `>> `, `- `, `• `. */
const LEADING = whitespaceAnd("-–—=*#•·|>»:");
/** Decoration after it: ` »`, `:`, `...`. */
const TRAILING = whitespaceAnd("-–—=*#•·|<>«»›:.");
/** A counter after it: ` (12)`. */
const COUNTER = /\s*\(\d+\)$/u;
/** A run of whitespace that is not one space, inside a line. */
const UNEVEN_SPACE = /[^\S\n ][^\S\n]*| [^\S\n]+/gu;

/**
 * `key` without its decoration: the leading run of `LEADING`, then the
 * trailing run of `TRAILING` or a trailing counter, whichever starts first
 * after the leading run.
 */
export function stripDecoration(key: string): string {
  let start = 0;
  while (start < key.length && LEADING.has(key[start])) start += 1;
  let end = key.length;
  while (end > start && TRAILING.has(key[end - 1])) end -= 1;
  if (end === key.length && key.endsWith(")")) end = counterStart(key, start);
  return start === 0 && end === key.length ? key : key.slice(start, end);
}

/** Where a trailing ` (12)` starts, not before `from`; `key.length` when there is none. */
function counterStart(key: string, from: number): number {
  const open = key.lastIndexOf("(");
  if (open < from || !COUNTER.test(key.slice(open))) return key.length;
  let start = open;
  while (start > from && isWhitespace(key[start - 1])) start -= 1;
  return start;
}

/** The key of one line. */
export function lineKey(text: string): string {
  return stripDecoration(normalizeKey(text));
}

/** The keys of lines that hold no line break, in one normalisation pass; equal to `texts.map(lineKey)`. */
export function lineKeys(texts: readonly string[]): string[] {
  return keysOfComposed(normalizeToneMarks(texts.join("\n").normalize("NFC")), texts);
}

/**
 * The keys of a view's lines, which are NFC with their tone marks placed
 * already (TextView): what is left is spaces, case and decoration. Equal
 * to `lineKeys(texts)`, as placing tone marks twice moves none; lines that
 * are not NFC after all take the long way.
 */
export function viewLineKeys(texts: readonly string[]): string[] {
  const joined = texts.join("\n");
  return joined.normalize("NFC") === joined ? keysOfComposed(joined, texts) : lineKeys(texts);
}

/** The keys of `texts` from their NFC, tone-placed text joined by `\n`. */
function keysOfComposed(composed: string, texts: readonly string[]): string[] {
  const keys = composed.replace(UNEVEN_SPACE, " ").toLowerCase().split("\n");
  if (keys.length !== texts.length) return texts.map(lineKey);
  return keys.map((key) => stripDecoration(key.trim()));
}

/** The keys of a list of phrases. A key longer than the longest of them (a paragraph) is none of them, and is not hashed to find out. */
export class PhraseKeys implements Iterable<string> {
  private readonly keys: ReadonlySet<string>;
  private readonly longest: number;

  constructor(phrases: readonly string[]) {
    this.keys = new Set(phrases.map(lineKey));
    this.longest = Math.max(0, ...[...this.keys].map((key) => key.length));
  }

  has(key: string): boolean {
    return key.length <= this.longest && this.keys.has(key);
  }

  [Symbol.iterator](): Iterator<string> {
    return this.keys[Symbol.iterator]();
  }
}
