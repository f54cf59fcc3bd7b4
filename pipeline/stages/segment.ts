/**
 * Segment: sentences of the main-content lines. A sentence ends at `.`, `!`,
 * `?` or `…` (with any closing quotes or brackets after it) followed by a
 * space and a capital, a digit or an opening quote; not after a known
 * abbreviation (`TP.`, `ThS.`, `PGS.TS.`, `v.v.`) or a single initial,
 * never inside a number (`1.324`, `11.11.2025`) or inside quoted speech; a
 * quote that closes on a full stop ends the sentence with it. `./.` always
 * ends one.
 */
import { MAIN_CONTENT_ROLES, type Cleaned, type Sentence } from "../core/document.ts";
import type { Stage } from "../core/stage.ts";
import type { CleaningRules } from "../resources.ts";

/** Opening quote → the marks that close it (sources mix curly and straight quotes). */
const CLOSERS: Readonly<Record<string, string>> = { "“": "”\"", '"': "\"”", "«": "»", "‘": "’" };
const TERMINATORS = new Set([".", "!", "?", "…"]);
const TRAILING_MARKS = new Set(".!?…”\"»’)]");
const FINAL_MARK = /[.!?…]/u;
/** Characters of the word a dot closes (`TP`, `PGS.TS`, `v.v`, `15/NQ-BCH` stops at the dash). */
const WORD_BEFORE_DOT = /[\p{L}.\/]/u;
const INITIAL = /^\p{Lu}$/u;
/** Read where a sentence may end: a space, then a capital, a digit, an opening quote or bracket. */
const NEXT_SENTENCE = /\s+[\p{Lu}“"«‘(\[\d]/uy;
const BEFORE_QUOTE = /[\s(:,]/u;
const SPACE = /\s/u;
const TEXT_END = "./.";
/** Characters the scan acts on (terminators, quotes, the start of `./.`); it jumps over every other one. */
const STOPS = characterClass([...TERMINATORS, ...Object.keys(CLOSERS), ...Object.values(CLOSERS).join(""), TEXT_END[0]]);

function characterClass(chars: readonly string[]): RegExp {
  const escaped = [...new Set(chars)].map((char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
  return new RegExp(`[${escaped.join("")}]`, "gu");
}

/** Index of the first character the scan acts on at or after `from`; `text.length` if none. */
function nextStop(text: string, from: number): number {
  STOPS.lastIndex = from;
  return STOPS.exec(text)?.index ?? text.length;
}

function endOfMarks(text: string, from: number): number {
  let end = from;
  while (end < text.length && TRAILING_MARKS.has(text[end])) end += 1;
  return end;
}

/** Whether a new sentence starts after the marks ending at `end`. */
function nextSentenceAt(text: string, end: number): boolean {
  NEXT_SENTENCE.lastIndex = end;
  return NEXT_SENTENCE.test(text);
}

/** Whether the dot at `index` closes an abbreviation or an initial: `TP.`, `PGS.TS.`, `v.v.`, `A.`. */
function isAbbreviationDot(text: string, index: number, abbreviations: ReadonlySet<string>): boolean {
  let start = index;
  while (start > 0 && WORD_BEFORE_DOT.test(text[start - 1]!)) start -= 1;
  const word = text.slice(start, index);
  const last = word.split(".").pop() ?? "";
  return abbreviations.has(word) || abbreviations.has(last) || INITIAL.test(last);
}

/** Offsets (exclusive ends) within `text` where sentences end; the last is `text.length`. */
export function sentenceEnds(text: string, abbreviations: ReadonlySet<string>): number[] {
  const ends: number[] = [];
  let closers: string | null = null;
  for (let index = nextStop(text, 0); index < text.length; index = nextStop(text, index + 1)) {
    const char = text[index];
    if (text.startsWith(TEXT_END, index)) {
      const end = endOfMarks(text, index + TEXT_END.length);
      if (end < text.length) ends.push(end);
      index = end - 1;
      continue;
    }
    if (closers) {
      if (!closers.includes(char)) continue;
      closers = null;
      const end = endOfMarks(text, index + 1);
      const closesSentence = TERMINATORS.has(text[index - 1]) || FINAL_MARK.test(text.slice(index + 1, end));
      if (closesSentence && nextSentenceAt(text, end)) ends.push(end);
      index = end - 1;
      continue;
    }
    if (char in CLOSERS && (index === 0 || BEFORE_QUOTE.test(text[index - 1]))) {
      closers = CLOSERS[char];
      continue;
    }
    if (!TERMINATORS.has(char)) continue;
    const end = endOfMarks(text, index + 1);
    const endsHere = nextSentenceAt(text, end) && !(char === "." && end === index + 1 && isAbbreviationDot(text, index, abbreviations));
    if (endsHere) ends.push(end);
    index = end - 1;
  }
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}

const abbreviationSets = new WeakMap<CleaningRules, ReadonlySet<string>>();

function abbreviationsOf(rules: CleaningRules): ReadonlySet<string> {
  let abbreviations = abbreviationSets.get(rules);
  if (!abbreviations) {
    abbreviations = new Set(rules.non_final_abbreviations);
    abbreviationSets.set(rules, abbreviations);
  }
  return abbreviations;
}

export function segmentSentences(doc: Cleaned, rules: CleaningRules): Sentence[] {
  const abbreviations = abbreviationsOf(rules);
  const sentences: Sentence[] = [];
  doc.lines.forEach((line, lineIndex) => {
    if (!MAIN_CONTENT_ROLES.has(line.role.value)) return;
    let start = 0;
    for (const end of sentenceEnds(line.text, abbreviations)) {
      let from = start;
      let to = end;
      while (from < to && SPACE.test(line.text[from])) from += 1;
      while (to > from && SPACE.test(line.text[to - 1])) to -= 1;
      if (to > from) {
        sentences.push({ line: lineIndex, from: line.from + from, to: line.from + to, span: doc.view.toRaw(line.from + from, line.from + to) });
      }
      start = end;
    }
  });
  return sentences;
}

export const segmentStage: Stage<Cleaned, Sentence[]> = {
  name: "segment",
  version: "2",
  run: (doc, context) => segmentSentences(doc, context.resources.cleaning),
};
