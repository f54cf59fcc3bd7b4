/**
 * Foreign names without a cue (`Carlos Alcaraz`, `Xi Jinping`): a run of two
 * to four capitalised words, at least one of which cannot be a Vietnamese
 * syllable (`Carlos`: no Vietnamese syllable ends in `s`). A run with a word
 * of an organisation (`FC`, `Airlines`) names an organisation; one with a
 * word of an event or product (`Cup`, `Open`) names neither.
 */
import type { Lexicon } from "./lexicon.ts";
import { isVietnameseSyllable } from "../../core/syllables.ts";
import { isCapitalisedWord, placeAt, startsRun } from "./namewords.ts";
import type { Token } from "./tokens.ts";

const MIN_WORDS = 2;
const MAX_WORDS = 4;


const MEMO_LIMIT = 50_000;
const foreignWords = new Map<string, boolean>();

/** A word (`Carlos`, `Hag`) that no Vietnamese syllable is spelt like. */
export function spelledForeign(word: string): boolean {
  let known = foreignWords.get(word);
  if (known === undefined) {
    known = word.split(/[-'’]/u).some((part) => part.length > 0 && !isVietnameseSyllable(part));
    if (foreignWords.size >= MEMO_LIMIT) foreignWords.clear();
    foreignWords.set(word, known);
  }
  return known;
}

/** An all-caps word that no Vietnamese syllable is spelt like: an acronym (`BVCC`, `VPF`), not a name in capitals (`NGÔ ANH`). */
export function isAcronym(token: Token | undefined): boolean {
  return token !== undefined && token.allCaps && spelledForeign(token.text);
}

/** A particle inside a foreign name, between two of its capitalised words (`Erik ten Hag`). */
export function isNameParticle(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  const next = tokens[index + 1];
  return lex.nameParticles.has(tokens[index]?.text ?? "") && tokens[index].spaced && isCapitalisedWord(next) && next.spaced;
}

/** A capitalised word that no Vietnamese syllable is spelt like (acronyms and numbers aside). */
export function isForeignWord(token: Token): boolean {
  if (!isCapitalisedWord(token) || token.allCaps || /\d/.test(token.text)) return false;
  return spelledForeign(token.text);
}

export type ForeignKind = "PER" | "ORG";

/** End of the run of capitalised words (and particles) from `start`, or null when one of them starts a head, a title, a cue or another kind of name. */
function runEnd(tokens: readonly Token[], start: number, lex: Lexicon): number | null {
  let end = start;
  while (end < tokens.length) {
    if (end > start && isNameParticle(tokens, end, lex)) {
      end++;
      continue;
    }
    const token = tokens[end];
    if (!isCapitalisedWord(token) || (end > start && !token.spaced)) break;
    if (lex.organizationHeads.starts(token) || lex.titles.starts(token) || lex.personCues.starts(token)) return null;
    if (lex.foreignOtherWords.has(token.text)) return null;
    end++;
  }
  return end;
}

/** The foreign name run starting at `start`: its end and what it names, or null. */
export function foreignRun(tokens: readonly Token[], start: number, lex: Lexicon): { end: number; kind: ForeignKind } | null {
  if (!startsRun(tokens, start)) return null;
  const end = runEnd(tokens, start, lex);
  if (end === null || end - start < MIN_WORDS || end - start > MAX_WORDS) return null;
  let foreign = false;
  let organization = false;
  let place = false;
  let allCaps = false;
  for (let index = start; index < end; index++) {
    if (index > start && isNameParticle(tokens, index, lex)) continue;
    allCaps ||= tokens[index].allCaps;
    place ||= placeAt(tokens, index, lex) !== null;
    organization ||= lex.foreignOrganizationWords.has(tokens[index].text);
    foreign ||= isForeignWord(tokens[index]);
  }
  if (organization) return { end, kind: "ORG" };
  if (!foreign || place || allCaps || lex.cuelessSurnames.longest(tokens, start)) return null;
  return { end, kind: "PER" };
}
