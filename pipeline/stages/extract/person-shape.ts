/**
 * The shape of a person's name without any cue word: a frequent family name
 * (one or two syllables, `Rơ Chăm`) then one to three given-name syllables
 * (`Nguyễn Đình Khang`), or a run of Lao name syllables (`Phu Von Si Khăm On`).
 */
import type { Lexicon } from "./lexicon.ts";
import { lexiconForm } from "./lexicon.ts";
import { spelledForeign } from "./foreign.ts";
import { capitalisedRunEnd, isCapitalisedWord, placeAt } from "./namewords.ts";
import type { Token } from "./tokens.ts";

/** End of a Vietnamese name starting at `start` that fills its capitalised run, or null. */
export function personShapeEnd(tokens: readonly Token[], start: number, lex: Lexicon): number | null {
  if (!isCapitalisedWord(tokens[start])) return null;
  const surname = lex.cuelessSurnames.longest(tokens, start);
  if (!surname) return null;
  let end = surname.end;
  if (lex.minorityMiddleNames.has(tokens[end]?.text ?? "") && isCapitalisedWord(tokens[end + 1]) && tokens[end + 1].spaced) end += 2;
  while (end < tokens.length && end - surname.end < lex.maxGivenSyllables && isGivenSyllable(tokens[end], lex)) end++;
  if (end === surname.end || (isCapitalisedWord(tokens[end]) && tokens[end].spaced)) return openShapeEnd(tokens, start, lex);
  return end;
}

/**
 * A very common family name and exactly two more Vietnamese syllables, one of
 * them a given name (`Nguyễn Xuân Son`, `Nguyễn Hai Long`): a name even when
 * the other syllable is in no lexicon.
 */
function openShapeEnd(tokens: readonly Token[], start: number, lex: Lexicon): number | null {
  const surname = lex.commonSurnames.longest(tokens, start);
  if (!surname) return null;
  const given = [surname.end, surname.end + 1];
  if (given.some((index) => !isVietnameseSyllable(tokens[index]))) return null;
  const end = surname.end + given.length;
  if (isCapitalisedWord(tokens[end]) && tokens[end].spaced) return null;
  return given.some((index) => isGivenSyllable(tokens[index], lex)) ? end : null;
}

function isVietnameseSyllable(token: Token | undefined): boolean {
  return isCapitalisedWord(token) && token!.spaced && !token!.allCaps && !spelledForeign(token!.text);
}

/**
 * After a first-level admin word, a person's full name (a family name and two
 * or more given syllables) that is no gazetteer place: the admin word refers
 * back to a province named before and the name holds a title
 * (`Chủ tịch LĐLĐ tỉnh Lê Thị Hồng Nhung`). So does a Lao name of two or
 * more words each written with hyphens (`Phó Chủ tịch LHCĐ tỉnh Xổm-xạ-nục
 * Keo-mạ-ni`): a place's name of that shape is in the gazetteer.
 */
export function holdsAfterAdmin(tokens: readonly Token[], start: number, adminWord: string, lex: Lexicon): boolean {
  if (!lex.firstLevelAdminWords.has(adminWord) || placeAt(tokens, start, lex)) return false;
  const end = personShapeEnd(tokens, start, lex);
  return (end !== null && end - start >= MIN_FULL_NAME_SYLLABLES) || hyphenatedNameEnd(tokens, start, lex) !== null;
}

const HYPHENATED_NAME_WORD = /^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u;
const MAX_HYPHENATED_NAME_WORDS = 3;

/** At least this share of a hyphenated name's syllables are Lao name syllables (`Bu-ê-nốt Ai-rét` is Buenos Aires). */
const MIN_LAO_SHARE = 0.6;

/**
 * Two or three capitalised words, each written with hyphens, none a
 * gazetteer place, their syllables mostly Lao name syllables
 * (`Sỉ-xu-phăn Xay-nha-sẳn`): a Lao name even with a syllable the lexicon
 * lacks. A Lao place's name of that shape is in the gazetteer.
 */
function hyphenatedNameEnd(tokens: readonly Token[], start: number, lex: Lexicon): number | null {
  // Asked of every capitalised word the Lao syllables do not cover: most are not written with hyphens.
  if (!HYPHENATED_NAME_WORD.test(tokens[start]?.text ?? "")) return null;
  const end = capitalisedRunEnd(tokens, start);
  const words = tokens.slice(start, end);
  if (words.length < 2 || words.length > MAX_HYPHENATED_NAME_WORDS || !words.every((token) => HYPHENATED_NAME_WORD.test(token.text))) return null;
  for (let index = start; index < end; index++) if (placeAt(tokens, index, lex)) return null;
  const syllables = words.flatMap((token) => token.text.split("-"));
  const lao = syllables.filter((syllable) => lex.laoSyllables.has(syllable[0].toUpperCase() + syllable.slice(1))).length;
  return lao >= MIN_LAO_SHARE * syllables.length ? end : null;
}

const MIN_FULL_NAME_SYLLABLES = 3;

function isGivenSyllable(token: Token, lex: Lexicon): boolean {
  return isCapitalisedWord(token) && token.spaced && lex.givenSyllables.has(token.allCaps ? lexiconForm(token.text) : token.text);
}

/** How many Lao name syllables a word is: 1, the parts of a hyphenated one (`Xu-pha-nu-vông`: 4), or 0 when a part is none. */
function laoSyllableCount(token: Token, lex: Lexicon): number {
  const word = token.allCaps ? lexiconForm(token.text) : token.text;
  if (lex.laoSyllables.has(word)) return 1;
  if (!word.includes("-")) return 0;
  const parts = word.split("-");
  return parts.every((part) => part.length > 0 && lex.laoSyllables.has(part[0].toUpperCase() + part.slice(1))) ? parts.length : 0;
}

/** End of a run of at least `minimum` Lao name syllables starting at `start`, or null. */
export function laoShapeEnd(tokens: readonly Token[], start: number, lex: Lexicon): number | null {
  return laoSyllablesEnd(tokens, start, lex) ?? hyphenatedNameEnd(tokens, start, lex);
}

function laoSyllablesEnd(tokens: readonly Token[], start: number, lex: Lexicon): number | null {
  const minimum = lex.minLaoSyllables;
  let end = start;
  let syllables = 0;
  while (end < tokens.length && isCapitalisedWord(tokens[end]) && (end === start || tokens[end].spaced)) {
    const count = laoSyllableCount(tokens[end], lex);
    if (count === 0) break;
    syllables += count;
    end++;
  }
  if (syllables < minimum || (isCapitalisedWord(tokens[end]) && tokens[end].spaced)) return null;
  // One hyphenated word of three syllables may be a transliterated place (`Pa-na-ma`); a name of one word has four or more (`Xu-pha-nu-vông`).
  if (end - start === 1 && syllables <= minimum) return null;
  return end;
}
