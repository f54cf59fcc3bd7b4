/**
 * Places listed after one admin word (`các huyện biên giới Mường Nhé và Nậm
 * Pồ`, `hai xã Mường Lống, Huồi Tụ`): when the admin word is plural (`các`,
 * `hai`) or qualified (`biên giới`), each capitalised name of the list is a
 * place of that level. Gazetteer names are found on their own, and the name
 * right after a bare admin word by the admin-word rule; this gives the rest.
 */
import type { Lexicon } from "./lexicon.ts";
import { isCapitalisedWord, placeAt } from "./namewords.ts";
import { placeRunEnd } from "./organizations.ts";
import { personShapeEnd } from "./person-shape.ts";
import type { Token } from "./tokens.ts";

export interface TokenSpan {
  readonly start: number;
  readonly end: number;
}

/** A title, an organisation or a person cue starts at `index`: the list has ended. */
function startsOther(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  return [lex.titles, lex.organizationHeads, lex.organizationNames, lex.personCues, lex.placeHeads].some((trie) => trie.starts(tokens[index]) && trie.longest(tokens, index) !== null);
}

/** Names not in the gazetteer listed after the admin word at `[adminIndex, adminEnd)`. */
export function listedPlaces(tokens: readonly Token[], adminIndex: number, adminEnd: number, lex: Lexicon): TokenSpan[] {
  const { markers, qualifiers, joiners } = lex.placeList;
  const qualifier = qualifiers.longest(tokens, adminEnd);
  if (!qualifier && !markers.has(tokens[adminIndex - 1]?.text ?? "")) return [];
  const spans: TokenSpan[] = [];
  let index = qualifier?.end ?? adminEnd;
  while (isCapitalisedWord(tokens[index]) && tokens[index].spaced && !tokens[index].allCaps && !startsOther(tokens, index, lex)) {
    const known = placeAt(tokens, index, lex);
    const end = known ? known.end : placeRunEnd(tokens, index, lex);
    if (!known) {
      if (personShapeEnd(tokens, index, lex) === end) break;
      if (index > adminEnd) spans.push({ start: index, end });
    }
    if (!joiners.has(tokens[end]?.text ?? "")) break;
    index = end + 1;
  }
  return spans;
}
