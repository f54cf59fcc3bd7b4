/**
 * A packed one-line header, ` date 2024-07 <section> <title> <lead>`, split
 * into its parts. The title is found, in order of trust, as a later line of
 * the page that repeats it (photo alt text), or as the text before a word
 * that opens a lead (`Sáng 29/7`, `(LĐTĐ)`, a known outlet's `QTO -`).
 */
import type { Markers, Piece } from "./markers.ts";
import { matchesOf } from "./matches.ts";

export interface PackedHeader {
  readonly date: Piece;
  readonly category: Piece | null;
  readonly title: Piece | null;
  readonly lead: Piece;
  /** `header-title-repeated`, `header-title-before-lead-opener` or `header-rest`. */
  readonly split: string;
}

const openerCache = new WeakMap<Markers, readonly RegExp[]>();
const MIN_TITLE_WORDS = 3;
const DATELINE_TAG = /\s\([\p{Lu}]{2,10}\)\s/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Case-sensitive: the capital is the signal. */
function alternation(phrases: readonly string[]): string {
  return [...phrases].sort((left, right) => right.length - left.length).map(escapeRegExp).join("|");
}

function openerPatterns(markers: Markers): readonly RegExp[] {
  let patterns = openerCache.get(markers);
  if (!patterns) {
    patterns = [
      new RegExp(`\\s(?:${alternation(markers.rules.lead_openers)})\\s+(?:\\d|nay|qua|đây)`, "gu"),
      new RegExp(`\\s(?:${alternation(markers.rules.lead_connectives)})[\\s,]`, "gu"),
      DATELINE_TAG,
      new RegExp(`\\s(?:${alternation(Object.keys(markers.rules.outlets))})\\s*[-–—]\\s`, "gu"),
    ];
    openerCache.set(markers, patterns);
  }
  return patterns;
}

/** Index in `text` of the space before the first lead opener or dateline tag after three words or more, or -1. */
function leadOpenerAt(text: string, markers: Markers): number {
  let best = -1;
  for (const pattern of openerPatterns(markers)) {
    for (const match of matchesOf(pattern, text)) {
      if (markers.wordCount(text.slice(0, match.index)) < MIN_TITLE_WORDS) continue;
      if (best === -1 || match.index < best) best = match.index;
      break;
    }
  }
  return best;
}

function knownCategoryAt(text: string, from: number, markers: Markers): Piece | null {
  const words = text.slice(from).split(" ", markers.rules.max_category_words + 1);
  for (let count = Math.min(markers.rules.max_category_words, words.length - 1); count >= 1; count--) {
    const candidate = words.slice(0, count).join(" ");
    if (markers.isKnownCategory(candidate)) return { from, to: from + candidate.length };
  }
  return null;
}

/** A later line that the packed line repeats as its title, with at most a short section before it. */
function repeatedTitle(text: string, from: number, laterLines: readonly string[], markers: Markers): Piece | null {
  const folded = text.toLowerCase();
  for (const line of laterLines) {
    // Lower case is never shorter: a line longer than the rest of the header is not in it.
    if (line.length >= folded.length - from || markers.wordCount(line) < 3 || markers.isSentenceLike(line)) continue;
    const key = line.toLowerCase();
    const at = folded.indexOf(`${key} `, from);
    if (at === -1 || (at > from && folded[at - 1] !== " ")) continue;
    if (markers.wordCount(text.slice(from, at)) > markers.rules.max_category_words) continue;
    return { from: at, to: at + key.length };
  }
  return null;
}

interface Split {
  readonly text: string;
  readonly laterLines: readonly string[];
  readonly markers: Markers;
  readonly header: PackedHeader | null;
}

/** The page split last: clean splits a page's first line, and metadata splits it again right after. */
let lastSplit: Split | null = null;

function isLastSplit(text: string, laterLines: readonly string[], markers: Markers): boolean {
  if (!lastSplit || lastSplit.text !== text || lastSplit.markers !== markers || lastSplit.laterLines.length !== laterLines.length) return false;
  const last = lastSplit.laterLines;
  return laterLines.every((line, index) => line === last[index]);
}

export function splitPackedHeader(text: string, laterLines: readonly string[], markers: Markers): PackedHeader | null {
  if (!isLastSplit(text, laterLines, markers)) lastSplit = { text, laterLines: [...laterLines], markers, header: readHeader(text, laterLines, markers) };
  return lastSplit!.header;
}

function readHeader(text: string, laterLines: readonly string[], markers: Markers): PackedHeader | null {
  const stamp = markers.headerStamp.exec(text);
  const date = stamp?.groups?.date;
  if (!stamp || !date) return null;
  const datePiece = { from: stamp[0].indexOf(date), to: stamp[0].indexOf(date) + date.length };
  const start = stamp[0].length;
  const repeated = repeatedTitle(text, start, laterLines, markers);
  if (repeated) {
    const category = repeated.from > start ? { from: start, to: repeated.from - 1 } : null;
    return { date: datePiece, category, title: repeated, lead: { from: repeated.to + 1, to: text.length }, split: "header-title-repeated" };
  }
  const category = knownCategoryAt(text, start, markers);
  const titleStart = category ? category.to + 1 : start;
  const opener = leadOpenerAt(text.slice(titleStart), markers);
  if (opener === -1) {
    return { date: datePiece, category, title: null, lead: { from: titleStart, to: text.length }, split: "header-rest" };
  }
  const titleEnd = titleStart + opener;
  return { date: datePiece, category, title: { from: titleStart, to: titleEnd }, lead: { from: titleEnd + 1, to: text.length }, split: "header-title-before-lead-opener" };
}
