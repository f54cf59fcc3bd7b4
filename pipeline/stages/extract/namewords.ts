/**
 * Reading capitalised names over tokens. Vietnamese capitalises only the
 * first syllable of each word of a name (`Sở Giáo dục và Đào tạo`), so a name
 * is a run of capitalised syllables, each possibly continued by lower-case
 * syllables of the same word (names.yaml `name_words.compounds`).
 */
import type { PlaceEntry } from "../../resources/gazetteer.ts";
import type { Lexicon, PlaceMatch } from "./lexicon.ts";
import type { Token } from "./tokens.ts";

/** Between the names of a list (`A, B và C`). */
export const LIST_JOINERS: ReadonlySet<string> = new Set([",", "và"]);

export function isCapitalisedWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && token.capitalised;
}

/**
 * A capitalised run starts at `index`: the word before is not capitalised,
 * or is only the capitalised first word of the sentence (`Theo Nguyễn Văn A`).
 */
export function startsRun(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (!isCapitalisedWord(previous) || !tokens[index].spaced) return true;
  return previous.initial && !isCapitalisedWord(tokens[index - 2]);
}

/** End of the lower-case syllables that continue the capitalised word at `index` (`Tài` `chính`), or null. */
export function compoundEnd(tokens: readonly Token[], index: number, lex: Lexicon): number | null {
  const token = tokens[index];
  if (!isCapitalisedWord(token) || token.allCaps || (token.flags & lex.compoundFlag) === 0) return null;
  const continuation = lex.compounds.get(token.text.toLowerCase())?.longest(tokens, index + 1);
  if (!continuation) return null;
  for (let next = index + 1; next < continuation.end; next++) if (tokens[next].capitalised || !tokens[next].spaced) return null;
  return continuation.end;
}

/** End of the run of spaced capitalised words starting at `start` (at most `limit` words). */
export function capitalisedRunEnd(tokens: readonly Token[], start: number, limit = Number.POSITIVE_INFINITY): number {
  let end = start;
  while (end < tokens.length && end - start < limit && isCapitalisedWord(tokens[end]) && (end === start || tokens[end].spaced)) end++;
  return end;
}

/** An admin word at `index` that introduces a name (`tỉnh Nghệ An`), not one inside a common word (`xã hội`). */
export function adminWordAt(tokens: readonly Token[], index: number, lex: Lexicon): number | null {
  if (!lex.adminWords.starts(tokens[index])) return null;
  const admin = lex.adminWords.longest(tokens, index);
  if (!admin) return null;
  const next = tokens[admin.end];
  return next && (next.capitalised || next.kind === "number") ? admin.end : null;
}

/**
 * After a town's admin word (`thành phố`, `huyện`), a province's name is the
 * town that shares it (`thành phố Sa-la-van`), unless the province is a city
 * itself (type thanh-pho, `town_free_provinces`).
 */
export function namesTownOf(adminWord: string, place: PlaceEntry, lex: Lexicon): boolean {
  return lex.townAdminWords.has(adminWord) && place.type !== "thanh-pho" && !lex.townFreeProvinces.has(place.iso_code ?? "");
}

/**
 * A capitalised admin word with no place after it (`LĐLĐ Thành phố sẽ …`)
 * that refers back to a place named before: it ends the name it follows.
 */
function referringAdminWordAt(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  if (!tokens[index].capitalised || !lex.adminWords.starts(tokens[index])) return false;
  const admin = lex.adminWords.longest(tokens, index);
  return admin !== null && lex.referringAdminWords.has(admin.value) && !isCapitalisedWord(tokens[admin.end]);
}

export interface NameWordOptions {
  /** Stop before a word that starts an organisation head (a nested organisation), or where this says one starts. */
  readonly stopAtHeads: boolean | ((tokens: readonly Token[], index: number, lex: Lexicon) => boolean);
  /** Stop before a gazetteer place (the place ends the name). */
  readonly stopAtPlaces: boolean;
  /** A place name that this says is a word of the name instead (`Tôn Đức Thắng`: not the country `Đức`). */
  readonly placeInName?: (tokens: readonly Token[], start: number, index: number, lex: Lexicon) => boolean;
  /** Run on through lower-case words up to the next capitalised word of the name (`Huấn luyện thể thao quốc gia Hà Nội`). */
  readonly throughLowercase?: boolean;
}

/**
 * After a capitalised word, the end of one to three lower-case words that lead
 * to another word of the same name: a capitalised word that starts no other
 * name, or a lower-case name word. Null when a breaker (`đã`, `của`) or
 * anything else comes first.
 */
function lowercaseRunEnd(tokens: readonly Token[], index: number, lex: Lexicon): number | null {
  let end = index;
  while (end < tokens.length && end - index < 3) {
    const token = tokens[end];
    if (token.kind !== "word" || token.capitalised || !token.spaced) break;
    if (lex.nameBreakers.longest(tokens, end) || lex.connectors.has(token.text) || lex.lowercaseNameWords.longest(tokens, end) || adminWordAt(tokens, end, lex)) break;
    end++;
  }
  if (end === index) return null;
  const next = tokens[end];
  if (next && lex.lowercaseNameWords.longest(tokens, end)) return end;
  if (!isCapitalisedWord(next) || !next.spaced || next.initial) return null;
  // A known namesake is a word of the name (`Trường Đào tạo cán bộ Lê Hồng Phong`), not another person.
  if (lex.namesakes.starts(next) && lex.namesakes.longest(tokens, end)) return end;
  const startsOther = [lex.organizationHeads, lex.titles, lex.personCues, lex.organizationNames, lex.cuelessSurnames].some((trie) => trie.starts(next) && trie.longest(tokens, end));
  return startsOther ? null : end;
}

function startsHead(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  return lex.organizationHeads.starts(tokens[index]) && lex.organizationHeads.longest(tokens, index) !== null;
}

/** A gazetteer place at `index` that is not the first syllable of a common word (`Mỹ thuật`). */
export function placeAt(tokens: readonly Token[], index: number, lex: Lexicon) {
  if (!lex.places.starts(tokens[index])) return null;
  const match = lex.places.longest(tokens, index);
  if (!match || compoundEnd(tokens, match.end - 1, lex) !== null) return null;
  return match;
}

/**
 * A Vietnamese town's or district's name run on by a capitalised word that starts no
 * place, admin word or organisation (`Công ty TNHH Chế biến gỗ Tân Hưng` `Phát`):
 * a word of a brand, not the place.
 */
export function townInBrand(tokens: readonly Token[], match: { readonly end: number; readonly value: PlaceMatch }, lex: Lexicon): boolean {
  if (match.value.place.kind !== "city" || match.value.place.country !== "VN") return false;
  const next = tokens[match.end];
  if (!isCapitalisedWord(next) || !next.spaced) return false;
  return placeAt(tokens, match.end, lex) === null && adminWordAt(tokens, match.end, lex) === null && !referringAdminWordAt(tokens, match.end, lex) && !startsHead(tokens, match.end, lex);
}

/**
 * End of the name words from `start`: capitalised words with their
 * lower-case continuations, all-caps abbreviations, lower-case name words
 * (`nhân dân`, `quốc gia`), and connectors (`và`, `-`) between two words.
 * Returns `start` when no name word is there.
 */
export function nameWordsEnd(tokens: readonly Token[], start: number, lex: Lexicon, options: NameWordOptions): number {
  let end = start;
  let commaEnd: number | null = null;
  let index = start;
  while (index < tokens.length) {
    const token = tokens[index];
    if (index > start && !token.spaced && token.kind === "word" && !lex.connectors.has(tokens[index - 1].text)) break;
    const { stopAtHeads } = options;
    if (stopAtHeads !== false && startsHead(tokens, index, lex) && (stopAtHeads === true || stopAtHeads(tokens, index, lex))) break;
    if (options.stopAtPlaces && placeAt(tokens, index, lex) && !options.placeInName?.(tokens, start, index, lex)) break;
    // An admin word in capitals ends the name only written with its full stop or before a known place (`LĐLĐ TP.Đà Nẵng`,
    // `Công đoàn TP Cần Thơ`): `TP` alone may be a name's.
    if ((adminWordAt(tokens, index, lex) || referringAdminWordAt(tokens, index, lex)) && (!token.allCaps || tokens[index + 1]?.text === "." || placeAt(tokens, index + 1, lex) !== null)) break;
    if (isCapitalisedWord(token)) {
      index = compoundEnd(tokens, index, lex) ?? index + 1;
      if (options.throughLowercase) index = lowercaseRunEnd(tokens, index, lex) ?? index;
      end = index;
      continue;
    }
    const lowercase = end > start || index === start ? lex.lowercaseNameWords.longest(tokens, index) : null;
    if (lowercase && token.kind === "word") {
      index = lowercase.end;
      end = index;
      continue;
    }
    const joins = lex.connectors.has(token.text) || token.text === ",";
    const next = tokens[index + 1];
    const startsFeature = lex.placeHeads.starts(next) && lex.placeHeads.longest(tokens, index + 1) !== null;
    if (joins && end > start && isCapitalisedWord(next) && !startsHead(tokens, index + 1, lex) && !startsFeature && !(options.stopAtPlaces && placeAt(tokens, index + 1, lex))) {
      if (token.text === ",") commaEnd ??= end;
      else commaEnd = null;
      index += 1;
      continue;
    }
    break;
  }
  return commaEnd ?? end;
}

/** A title (`Chủ tịch`, `Tổng thống`) ends right before `index`. */
export function titleEndsAt(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  for (let back = Math.max(0, index - 5); back < index; back++) if (lex.titles.longest(tokens, back, index)?.end === index) return true;
  return false;
}
