/**
 * The shape of a person's name without any cue word: a frequent family name
 * (one or two syllables, `Rơ Chăm`) then one to three given-name syllables
 * (`Nguyễn Đình Khang`), or a run of Lao name syllables (`Phu Von Si Khăm On`).
 */
import type { Lexicon } from "./lexicon.ts";
import { lexiconForm } from "./lexicon.ts";
import { isCapitalisedWord } from "./namewords.ts";
import type { Token } from "./tokens.ts";

/** End of a Vietnamese name starting at `start` that fills its capitalised run, or null. */
export function personShapeEnd(tokens: readonly Token[], start: number, lex: Lexicon): number | null {
  if (!isCapitalisedWord(tokens[start])) return null;
  const surname = lex.cuelessSurnames.longest(tokens, start);
  if (!surname) return null;
  let end = surname.end;
  if (lex.minorityMiddleNames.has(tokens[end]?.text ?? "") && isCapitalisedWord(tokens[end + 1]) && tokens[end + 1].spaced) end += 2;
  while (end < tokens.length && end - surname.end < lex.maxGivenSyllables && isGivenSyllable(tokens[end], lex)) end++;
  if (end === surname.end) return null;
  if (isCapitalisedWord(tokens[end]) && tokens[end].spaced) return null;
  return end;
}

function isGivenSyllable(token: Token, lex: Lexicon): boolean {
  return isCapitalisedWord(token) && token.spaced && lex.givenSyllables.has(token.allCaps ? lexiconForm(token.text) : token.text);
}

/** End of a run of at least `minimum` Lao name syllables starting at `start`, or null. */
export function laoShapeEnd(tokens: readonly Token[], start: number, lex: Lexicon): number | null {
  const minimum = lex.minLaoSyllables;
  let end = start;
  while (end < tokens.length && isCapitalisedWord(tokens[end]) && (end === start || tokens[end].spaced) && lex.laoSyllables.has(tokens[end].allCaps ? lexiconForm(tokens[end].text) : tokens[end].text)) end++;
  if (end - start < minimum || (isCapitalisedWord(tokens[end]) && tokens[end].spaced)) return null;
  return end;
}
