/**
 * Abbreviations: the lexicon (names.yaml) plus definitions learnt from the
 * article, `Liên đoàn Lao động (LĐLĐ)`, `người lao động (NLĐ)`: an all-caps
 * form in brackets whose letters are the initials of the words before it
 * (`và`, `-` and commas skipped).
 */
import { normalizeValue } from "../../core/normalize.ts";
import type { Lexicon } from "./lexicon.ts";
import type { Token, TokenLine } from "./tokens.ts";

export interface Definition {
  readonly abbreviation: string;
  readonly expansion: string;
  /** Line index and token range of the expansion. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

const SKIPPED = new Set(["và", ",", "-", "–", "&"]);

function initial(word: string): string {
  return word[0].toLocaleUpperCase("vi");
}

/** Letters of an abbreviation in brackets: tokens `(`, `CB`, `,`, `CC`, `)` give `CBCC`. */
function bracketed(tokens: readonly Token[], open: number): { letters: string; text: string; close: number } | null {
  if (tokens[open]?.text !== "(") return null;
  let letters = "";
  let index = open + 1;
  for (; index < tokens.length && tokens[index].text !== ")"; index++) {
    const token = tokens[index];
    if (token.allCaps) letters += token.text;
    else if (token.text !== ",") return null;
  }
  if (index >= tokens.length || letters.length < 2) return null;
  const text = tokens
    .slice(open + 1, index)
    .map((token) => token.text)
    .join("");
  return { letters: [...letters].join(""), text, close: index };
}

/** Index of the first word of the expansion that ends right before `open`, or null. */
function expansionStart(tokens: readonly Token[], open: number, letters: string): number | null {
  const wanted = [...letters];
  let index = open - 1;
  let remaining = wanted.length;
  while (index >= 0 && remaining > 0) {
    const token = tokens[index];
    if (SKIPPED.has(token.text) && remaining < wanted.length) {
      index -= 1;
      continue;
    }
    if (token.kind !== "word" || initial(token.text) !== wanted[remaining - 1]) return null;
    remaining -= 1;
    index -= 1;
  }
  return remaining === 0 ? index + 1 : null;
}

/** Definitions written in the article, in text order. */
export function learnDefinitions(lines: readonly TokenLine[]): Definition[] {
  const definitions: Definition[] = [];
  lines.forEach((line, lineIndex) => {
    const { tokens } = line;
    for (let index = 1; index < tokens.length; index++) {
      if (tokens[index].text !== "(") continue;
      const abbreviation = bracketed(tokens, index);
      if (!abbreviation) continue;
      const start = expansionStart(tokens, index, abbreviation.letters);
      if (start === null) continue;
      const expansion = normalizeValue(line.line.text.slice(tokens[start].from - line.line.from, tokens[index - 1].to - line.line.from));
      definitions.push({ abbreviation: abbreviation.text, expansion, line: lineIndex, start, end: index });
    }
  });
  return definitions;
}

/**
 * The article's abbreviation table: the lexicon, overridden by what the
 * article defines otherwise. A definition that differs from the lexicon's
 * only in capitals keeps the lexicon's (`các khu công nghiệp (KCN)` still
 * gives `Công đoàn các Khu công nghiệp Bình Dương`), so values are the same
 * on every page.
 */
export function abbreviationTable(lex: Lexicon, definitions: readonly Definition[]): ReadonlyMap<string, string> {
  if (definitions.length === 0) return lex.abbreviations;
  const table = new Map(lex.abbreviations);
  for (const { abbreviation, expansion } of definitions) {
    if (lex.abbreviations.get(abbreviation)?.toLowerCase() !== expansion.toLowerCase()) table.set(abbreviation, expansion);
  }
  return table;
}
