/**
 * Tokens of main-content lines: words (syllables, with `-` or `'` joins such
 * as `Hang-seo`, `H'Hen`), numbers (`1.324`, `1,6`) and single punctuation
 * marks. Every rule of the name extractors works on these, so lexicon lookups
 * are whole-token Map lookups instead of regular expressions over the text.
 * Each article is tokenized once; the result is cached per cleaned document.
 */
import type { Cleaned, RoledLine } from "../../core/document.ts";
import { contentLines } from "./lines.ts";
import { nextTokenStart, scan, tokenEnd } from "./token-scan.ts";
import { WordTable } from "./words.ts";

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  readonly text: string;
  /** View offsets. */
  readonly from: number;
  readonly to: number;
  readonly kind: TokenKind;
  /** A word whose first letter is upper case. */
  readonly capitalised: boolean;
  /** A word of two or more letters, none in lower case (`LĐLĐ`, `NGÔ`). */
  readonly allCaps: boolean;
  /** Whitespace stands between this token and the one before. */
  readonly spaced: boolean;
  /** First token of the line or of a sentence, where any word is capitalised. */
  readonly initial: boolean;
  /** Which lexicons have a phrase starting with this token (bits of lexicon.ts), for a one-lookup pre-check. */
  readonly flags: number;
}

/** The lexicon bits of a word (0 when no lexicon phrase starts with it). */
export type WordFlags = (word: string) => number;

const NO_FLAGS: WordFlags = () => 0;

export interface TokenLine {
  readonly line: RoledLine;
  readonly tokens: readonly Token[];
}

const LETTER = /\p{L}/u;
const SENTENCE_BREAKS = new Set([".", "!", "?", ":", ";", "…", "“", "\""]);

function isUpper(character: string): boolean {
  return character !== character.toLowerCase() && character === character.toUpperCase();
}

function hasLowerLetter(text: string): boolean {
  for (const character of text) if (character !== character.toUpperCase() && character === character.toLowerCase()) return true;
  return false;
}

/** What a token is from its text alone. */
interface WordTraits {
  readonly kind: TokenKind;
  readonly capitalised: boolean;
  readonly allCaps: boolean;
  readonly flags: number;
}

function wordTraits(word: string, flagsOf: WordFlags): WordTraits {
  const first = word[0];
  const kind: TokenKind = LETTER.test(first) ? "word" : first >= "0" && first <= "9" ? "number" : "punct";
  const capitalised = kind === "word" && isUpper(first);
  return { kind, capitalised, allCaps: capitalised && word.length >= 2 && !hasLowerLetter(word), flags: flagsOf(word) };
}

/** Traits of the words seen, per lexicon. */
const traitsSeen = new WeakMap<WordFlags, WordTable<WordTraits>>();

function traitsTable(flagsOf: WordFlags): WordTable<WordTraits> {
  let table = traitsSeen.get(flagsOf);
  if (!table) {
    table = new WordTable((word) => wordTraits(word, flagsOf));
    traitsSeen.set(flagsOf, table);
  }
  return table;
}

/** Tokens of one string; offsets start at `base`. */
export function tokenize(text: string, base = 0, flagsOf: WordFlags = NO_FLAGS): Token[] {
  const table = traitsTable(flagsOf);
  const tokens: Token[] = [];
  let previousEnd = -1;
  let breakBefore = true;
  scan(text);
  for (let start = nextTokenStart(0); start !== -1; ) {
    const end = tokenEnd(start);
    const { text: word, value: traits } = table.wordAt(text, start, end);
    const { kind } = traits;
    tokens.push({
      text: word,
      from: base + start,
      to: base + end,
      kind,
      capitalised: traits.capitalised,
      allCaps: traits.allCaps,
      spaced: start > previousEnd,
      initial: breakBefore,
      flags: traits.flags,
    });
    previousEnd = end;
    breakBefore = kind === "punct" && SENTENCE_BREAKS.has(word) ? true : breakBefore && kind === "punct";
    start = nextTokenStart(end);
  }
  return tokens;
}

/** The token texts of a phrase, for building lexicon tries. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.text);
}

const cache = new WeakMap<Cleaned, { readonly flagsOf: WordFlags; readonly lines: readonly TokenLine[] }>();

/** Tokens of every main-content line of the article (cached per article and lexicon). */
export function contentTokens(doc: Cleaned, flagsOf: WordFlags): readonly TokenLine[] {
  const cached = cache.get(doc);
  if (cached?.flagsOf === flagsOf) return cached.lines;
  const lines = contentLines(doc).map((line) => ({ line, tokens: tokenize(line.text, line.from, flagsOf) }));
  cache.set(doc, { flagsOf, lines });
  return lines;
}
