/**
 * Normalisation of values and keys (ANNOTATION.md, "Tone marks"): NFC, and the
 * tone mark of an open `oa`/`oe`/`uy` syllable on the first vowel
 * (`hoà` → `hòa`, `Uỷ` → `Ủy`). Syllables with a final consonant (`hoạch`),
 * `qu`-syllables (`quý`) and `gi`-syllables keep their mark where it is.
 */

import { Memo } from "./memo.ts";

/** A syllable's onset that owns the following vowel: `qu` in `quý`, `gi` in `giỏa`. */
const OWNING_ONSET = /(?:q|gi)$/i;

function moveTone(head: string, first: string, second: string, tone: string): string {
  const isUy = /u/i.test(first);
  if (isUy && !/y/i.test(second)) return head + first + second + tone;
  if (OWNING_ONSET.test(head)) return head + first + second + tone;
  return head + first + tone + second;
}

/**
 * Where a mark may move, seen in NFC: a tone-marked a, e or y after o, or a
 * tone-marked y after u not in `qu`, ending its word (no Latin letter after).
 * Most lines have none (`toàn`, `quá`), and skip the NFD round trip.
 */
const MAY_MOVE = /(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]|(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ])(?![A-Za-z])/u;
/** In NFD: o/u, a/e/y and a tone mark ending a word. */
const OPEN_SYLLABLE_END = /([oOuU])([aAeEyY])([\u0300\u0301\u0309\u0303\u0323])(?![\p{L}\p{M}])/gu;
const LETTER = /^\p{L}$/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Start of the run of letters (code points) that ends at `end`. */
function lettersStart(text: string, end: number): number {
  let start = end;
  while (start > 0) {
    const unit = text.charCodeAt(start - 1);
    const width = unit >= 0xdc00 && unit <= 0xdfff && start > 1 && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (!LETTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start;
}

/**
 * Move tone marks of open `oa`, `oe`, `uy` syllables to the first vowel.
 * Works on the NFD form so that every tone is one combining mark; length in
 * NFC code units is unchanged. A syllable counts when the letters before it
 * start the word (no mark among them).
 */
export function normalizeToneMarks(text: string): string {
  if (!/[oOuU]/.test(text)) return text;
  const composed = text.normalize("NFC");
  if (!MAY_MOVE.test(composed)) return composed;
  // Neither a mark nor normalisation crosses a line break: only the lines where a mark may move are decomposed.
  if (composed.includes("\n")) return composed.split("\n").map((line) => (MAY_MOVE.test(line) ? moveMarks(line) : line)).join("\n");
  return moveMarks(composed);
}

/** Move the marks of an NFC text. */
function moveMarks(composed: string): string {
  const moved = composed
    .normalize("NFD")
    .replace(OPEN_SYLLABLE_END, (whole, first: string, second: string, tone: string, offset: number, all: string) => {
      const start = lettersStart(all, offset);
      if (start > 0 && LETTER_OR_MARK.test(all[start - 1])) return whole;
      return moveTone(all.slice(start, offset), first, second, tone).slice(offset - start);
    });
  return moved.normalize("NFC");
}

function normalizedValue(text: string): string {
  return normalizeToneMarks(text.normalize("NFC")).replace(/[\s\u00A0]+/gu, " ").trim();
}

/** Names and keys repeat across an article and a corpus: each text is normalised once. */
const normalizedValues = new Memo<string>();

/** The form every value and key uses: NFC, first-vowel tone placement, single spaces. */
export function normalizeValue(text: string): string {
  return normalizedValues.of(text, normalizedValue);
}

/** Case-folded key for matching and entity identity. */
export function normalizeKey(text: string): string {
  return normalizeValue(text).toLowerCase();
}

function titleCased(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s\-(])(\p{L})/gu, (_whole, lead: string, letter: string) => lead + letter.toUpperCase());
}

const titleCasedWords = new Memo<string>();

/** `NGÔ ANH` → `Ngô Anh`. */
export function titleCase(text: string): string {
  return titleCasedWords.of(text, titleCased);
}
