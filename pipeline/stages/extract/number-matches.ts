/**
 * Matches of number patterns (money, quantities, percentages) tried only
 * where a number can start, instead of at every character of every line:
 * such a pattern, run as a global search, spends most of its time failing
 * at letters that are not before a number.
 */
import type { Cleaned, RoledLine } from "../../core/document.ts";
import { contentLines, matchContent, type LineMatch } from "./lines.ts";

const DIGIT = /\d/;

/**
 * Every match of `pattern` (global) in main content, for patterns of numbers
 * whose matches start at a digit that follows no digit, or at the first
 * letter of at most `prefixWords` words leading to one (a qualifier `ít
 * nhất`, `hơn`), each word followed by spaces.
 * The pattern is tried only at those places, in text order, as a global
 * search would find its matches: the same matches, without trying every
 * character of every line.
 */
export function matchNumbers(doc: Cleaned, pattern: RegExp, prefixWords: number): LineMatch[] {
  if (!Number.isFinite(prefixWords)) return matchContent(doc, pattern, DIGIT);
  const sticky = stickyOf(pattern);
  const found: LineMatch[] = [];
  for (const line of contentLines(doc)) {
    let searchFrom = 0;
    for (const start of numberStarts(line, prefixWords)) {
      if (start < searchFrom) continue;
      sticky.lastIndex = start;
      const match = sticky.exec(line.text);
      if (!match) continue;
      found.push({ match, from: line.from + start, line });
      searchFrom = start + Math.max(1, match[0].length);
    }
  }
  return found;
}

const PLAIN_WORDS = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u;

/** The most words a phrase has (for matchNumbers), or Infinity when one is not plain words separated by spaces. */
export function prefixWordCount(phrases: readonly string[]): number {
  let most = 0;
  for (const phrase of phrases) {
    if (!PLAIN_WORDS.test(phrase)) return Number.POSITIVE_INFINITY;
    most = Math.max(most, phrase.split(" ").length);
  }
  return most;
}

const stickyForms = new WeakMap<RegExp, RegExp>();

function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickyForms.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}y`);
    stickyForms.set(pattern, sticky);
  }
  return sticky;
}

const numberStartsSeen = new WeakMap<RoledLine, Map<number, readonly number[]>>();
const DIGIT_RUN = /\d+/g;
const SPACE = /^\s$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const MARK = /^\p{M}$/u;

/** Where a match of a number pattern may start on a line (see matchNumbers), in text order; cached per line. */
function numberStarts(line: RoledLine, prefixWords: number): readonly number[] {
  let byWords = numberStartsSeen.get(line);
  if (!byWords) {
    byWords = new Map();
    numberStartsSeen.set(line, byWords);
  }
  let starts = byWords.get(prefixWords);
  if (!starts) {
    starts = findNumberStarts(line.text, prefixWords);
    byWords.set(prefixWords, starts);
  }
  return starts;
}

function findNumberStarts(text: string, prefixWords: number): number[] {
  const starts: number[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let digits = DIGIT_RUN.exec(text); digits; digits = DIGIT_RUN.exec(text)) {
    const before: number[] = [];
    let position = digits.index;
    for (let word = 0; word < prefixWords; word++) {
      const wordEnd = spacesStart(text, position);
      if (wordEnd === position) break;
      const wordStart = lettersStart(text, wordEnd, before);
      if (wordStart === wordEnd) break;
      position = wordStart;
    }
    for (let index = before.length - 1; index >= 0; index--) starts.push(before[index]);
    starts.push(digits.index);
  }
  return starts;
}

/** Start of the spaces that end at `end`. */
function spacesStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && SPACE.test(text[start - 1])) start--;
  return start;
}

/** Start of the letters and marks that end at `end`; each place a word may start there (after no letter) goes to `starts`, right to left. */
function lettersStart(text: string, end: number, starts: number[]): number {
  let start = end;
  while (start > 0) {
    const unit = text.charCodeAt(start - 1);
    const width = unit >= 0xdc00 && unit <= 0xdfff && start > 1 && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    const character = text.slice(start - width, start);
    if (!LETTER_OR_MARK.test(character)) break;
    if (start < end && MARK.test(character)) starts.push(start);
    start -= width;
  }
  if (start < end) starts.push(start);
  return start;
}
