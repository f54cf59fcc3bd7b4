/**
 * LOC candidates: gazetteer names (provinces, countries, cities, regions),
 * a capitalised name after an admin word (`huyện Kỳ Sơn`: the word stays
 * outside the span), a named feature or venue (`Cửa khẩu Quốc tế Bờ Y`: the
 * head stays inside), and a name followed by its province in brackets
 * (`Noọng Hét (Xiêng Khoảng)`). Names that are also personal names (`Đức`,
 * `Mỹ`) count only when they stand alone, with no honorific before them.
 */
import { normalizeValue } from "../../core/normalize.ts";
import type { PlaceEntry } from "../../resources/gazetteer.ts";
import { candidateAt, entityKeyOf, tokenText, viewName, type Candidate, type Strength } from "./candidates.ts";
import type { Lexicon, PlaceMatch } from "./lexicon.ts";
import { capitalisedRunEnd, compoundEnd, isCapitalisedWord, nameWordsEnd, namesTownOf, placeAt, titleEndsAt, townInBrand } from "./namewords.ts";
import { knownPlaceAfterAdmin, numberEndsName, placeRunEnd } from "./organizations.ts";
import { holdsAfterAdmin } from "./person-shape.ts";
import { listedPlaces } from "./place-list.ts";
import type { Token, TokenLine } from "./tokens.ts";

interface PlaceFields {
  readonly rule: string;
  readonly strength: Strength;
  readonly place: PlaceEntry | null;
  /** The value rule of a place valued by its name (default: as written). */
  readonly nameRule?: string;
}

function placeCandidate(lines: readonly TokenLine[], lineIndex: number, start: number, end: number, fields: PlaceFields, written?: string): Candidate {
  const { place } = fields;
  const canonical = place ? place.name : viewName(written ?? tokenText(lines[lineIndex], start, end));
  return candidateAt(lines, lineIndex, start, end, {
    type: "LOC",
    rule: fields.rule,
    strength: fields.strength,
    value: place?.iso_code ?? canonical,
    valueRule: place ? "normalize.loc/gazetteer" : (fields.nameRule ?? "normalize.loc/as-written"),
    entityKey: place?.iso_code ? `LOC|${place.iso_code}` : entityKeyOf("LOC", canonical),
    entityName: canonical,
    isoCode: place?.iso_code ?? null,
    mergedInto: place?.merged_into ?? null,
  });
}

/** A language, a script or a name, not a place (`tiếng Lào`, `chữ Lào`). */
function afterBlocker(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  const before = tokens[index - 1];
  return before !== undefined && lex.placeBlockers.has(before.text);
}

/** An ambiguous name counts only as a whole capitalised run, not after a person cue (blockers, `tiếng Anh`, are `afterBlocker`'s). */
function ambiguousAllowed(tokens: readonly Token[], start: number, end: number, lex: Lexicon): boolean {
  const before = tokens[start - 1];
  if (titleEndsAt(tokens, start, lex) || portfolioEndsAt(tokens, start, lex)) return true;
  if (isCapitalisedWord(before) && tokens[start].spaced) return false;
  if (isCapitalisedWord(tokens[end]) && tokens[end].spaced) return false;
  if (tokens[start].initial && lex.honorificWords.has(tokens[start].text)) return false;
  for (let back = Math.max(0, start - 3); back < start; back++) if (lex.personCues.longest(tokens, back, start)?.end === start) return false;
  return true;
}

/** A title and its portfolio end right before `index` (`Bộ trưởng Quốc phòng` `Mỹ`). */
function portfolioEndsAt(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  for (let back = Math.max(0, index - 4); back < index; back++) if (compoundEnd(tokens, back, lex) === index && titleEndsAt(tokens, back, lex)) return true;
  return false;
}

/** `Bắc` `Lào` after an admin word, the country ending the name (`các tỉnh Bắc Lào`, not `xã Đông Mỹ Tây`). */
function directionOfCountry(tokens: readonly Token[], start: number, lex: Lexicon): boolean {
  if (!lex.directions.has(tokens[start]?.text ?? "")) return false;
  const country = placeAt(tokens, start + 1, lex);
  return country?.value.place.kind === "country" && !country.value.ambiguous && country.end === capitalisedRunEnd(tokens, start);
}

/** The end of `adminWord placeName` at `index`, with a candidate for the name, or null. */
function adminPlace(lines: readonly TokenLine[], lineIndex: number, index: number, lex: Lexicon): { end: number; candidate: Candidate | null } | null {
  const { tokens } = lines[lineIndex];
  const admin = lex.adminWords.longest(tokens, index);
  if (!admin) return null;
  const capitalised = tokens[index].capitalised && !tokens[index].allCaps;
  const start = admin.end;
  const adminWord = tokens
    .slice(index, admin.end)
    .map((token) => token.text)
    .join(" ");
  const known = knownPlaceAfterAdmin(tokens, start, lex);
  if (known && regionOfOtherCountry(tokens, known, lex)) return { end: known.end, candidate: null };
  const town = known && townName(lines[lineIndex], start, known.end, admin.value, known.value.place, lex);
  if (town) return { end: known!.end, candidate: placeCandidate(lines, lineIndex, start, known!.end, { rule: "extract.loc/admin-gazetteer", strength: "cue", place: null, nameRule: "normalize.loc/town-name" }, town) };
  if (known) {
    const qualified = placeWithAdmin(lines[lineIndex], start, known.end, adminWord, known.value.place, lex);
    return { end: known.end, candidate: placeCandidate(lines, lineIndex, start, known.end, { rule: "extract.loc/admin-gazetteer", strength: "cue", place: qualified }) };
  }
  if (holdsAfterAdmin(tokens, start, admin.value, lex)) return { end: admin.end, candidate: null };
  if (directionOfCountry(tokens, start, lex)) return { end: start + 1, candidate: null };
  if ((capitalised && !tokens[index].initial) || admin.value === "nước" || !isCapitalisedWord(tokens[start]) || tokens[start].allCaps) return { end: admin.end, candidate: null };
  if (lex.organizationHeads.starts(tokens[start]) && lex.organizationHeads.longest(tokens, start)) return { end: admin.end, candidate: null };
  const end = placeRunEnd(tokens, start, lex);
  return { end, candidate: placeCandidate(lines, lineIndex, start, end, { rule: "extract.loc/admin-word", strength: "cue", place: null }) };
}

/**
 * The name of a town that shares its province's name, after a town's admin
 * word (`thành phố Sa-la-van`, `huyện Điện Biên`), or null. A Lao name takes
 * the gazetteer's spelling (`Luông Pha Băng` → `Luông Pha-bang`), a
 * Vietnamese one is as written (`thành phố Huế`, not `Thừa Thiên Huế`).
 */
function townName(line: TokenLine, start: number, end: number, adminWord: string, place: PlaceEntry, lex: Lexicon): string | null {
  if (!namesTownOf(adminWord, place, lex)) return null;
  if (place.kind === "la-province") return place.name;
  return place.kind === "vn-province" || place.kind === "vn-province-2025" ? normalizeValue(tokenText(line, start, end)) : null;
}

/** A country's region named before another country (`các tỉnh miền Trung Lào`): that country's, not Việt Nam's `miền Trung`. */
function regionOfOtherCountry(tokens: readonly Token[], known: { end: number; value: PlaceMatch }, lex: Lexicon): boolean {
  const { place } = known.value;
  if (place.kind !== "region" || place.country === null) return false;
  const next = placeAt(tokens, known.end, lex)?.value.place;
  return next?.kind === "country" && next.iso_code !== place.country;
}

function placeWithAdmin(line: TokenLine, start: number, end: number, adminWord: string, fallback: PlaceEntry, lex: Lexicon): PlaceEntry {
  return lex.qualifiedPlace(tokenText(line, start, end), adminWord) ?? fallback;
}

/**
 * A feature or venue: `Thủy điện Xepian - Xenamnoy`, `Cửa khẩu Quốc tế Bờ Y`
 * (a capitalised head is part of the name); `sân vận động Mỹ Đình` (a
 * lower-case head is a common noun, outside the span like an admin word).
 */
/**
 * An organisation's head ends a feature's name, unless it is the name's last
 * word (`Khu kinh tế Nhơn Hội và Công ty …`): not followed by a name, nor
 * by a word joining one (`khu vực Bắc Bộ và Thanh Hóa`).
 */
function headBeforeName(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  const head = lex.organizationHeads.longest(tokens, index);
  const next = head ? tokens[head.end] : undefined;
  if (!head || next === undefined) return false;
  if (isCapitalisedWord(next)) return true;
  const joined = tokens[head.end + 1];
  return (lex.connectors.has(next.text) || next.text === ",") && isCapitalisedWord(joined) && !lex.organizationHeads.longest(tokens, head.end + 1) && !lex.placeHeads.longest(tokens, head.end + 1);
}

/**
 * Among the words of a business's name (`Công ty` `Thủy điện Sơn La`,
 * `Công ty TNHH Điện tử` `Sông Hàn`): they name the business, not a feature.
 * The words back to the head are capitalised or continue a capitalised one.
 */
function insideCompanyName(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  for (let start = index; start > 0 && index - start < MAX_COMPANY_NAME_WORDS; start--) {
    if (lex.companyHeads.endsAt(tokens, start, 3)) return true;
    const previous = tokens[start - 1];
    const continues = !previous.capitalised && previous.kind === "word" && previous.spaced && (compoundEnd(tokens, start - 2, lex) ?? 0) >= start;
    if (!isCapitalisedWord(previous) && !continues) return false;
  }
  return false;
}

const MAX_COMPANY_NAME_WORDS = 6;

function featurePlace(lines: readonly TokenLine[], lineIndex: number, index: number, lex: Lexicon): Candidate | null {
  const { tokens } = lines[lineIndex];
  const head = lex.placeHeads.longest(tokens, index);
  if (!head || !isCapitalisedWord(tokens[head.end])) return null;
  if (lex.organizationNames.starts(tokens[index]) && lex.organizationNames.longest(tokens, index)) return null;
  const insideAdmin = index > 0 && (lex.adminWords.longest(tokens, index - 1)?.end ?? 0) > index;
  if (insideAdmin) return null;
  if (lex.featurePluralMarkers.has(tokens[index - 1]?.text ?? "")) return null;
  const nameEnd = beforeNextHead(tokens, head.end, nameWordsEnd(tokens, head.end, lex, { stopAtHeads: headBeforeName, stopAtPlaces: false, throughLowercase: true }), lex);
  if (nameEnd === head.end || insideCompanyName(tokens, index, lex)) return null;
  const end = numberEndsName(tokens, nameEnd, lex) ? nameEnd + 1 : nameEnd;
  const named = tokens[index].capitalised;
  const known = named ? null : lex.places.longest(tokens, head.end);
  const place = known && known.end === end ? known.value.place : null;
  const start = named ? index : head.end;
  const abbreviated = named ? lex.abbreviations.get(tokens[index].text) : undefined;
  const written = abbreviated && head.end === index + 1 ? `${abbreviated} ${tokenText(lines[lineIndex], head.end, end)}` : undefined;
  return placeCandidate(lines, lineIndex, start, end, { rule: "extract.loc/feature-head", strength: named ? "cue" : "lexicon", place }, written);
}

/**
 * A feature's name ends before a joiner and another feature's head (`KCN Nam
 * Cấm` `và KCN Bắc Vinh`). `các KCN Bắc Ninh` (a kind, after a plural
 * marker) names no feature at all.
 */
function beforeNextHead(tokens: readonly Token[], from: number, end: number, lex: Lexicon): number {
  for (let index = from + 1; index < end - 1; index++) if (lex.placeList.joiners.has(tokens[index].text) && lex.placeHeads.longest(tokens, index + 1)) return index;
  return end;
}

/** An organisation's head ends right before `index`: what follows is its name (`Trường Đại học` `Xu-pha-nu-vông (Luông Pha Bang)`), not a place. */
function headEndsAt(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  return lex.organizationHeads.endsAt(tokens, index, 4);
}

/** `Kỳ Sơn (Nghệ An)`: a capitalised run ending at `end` followed by a known place in brackets. */
function parentInBrackets(tokens: readonly Token[], end: number, lex: Lexicon): boolean {
  if (tokens[end]?.text !== "(") return false;
  let index = end + 1;
  const admin = lex.adminWords.longest(tokens, index);
  if (admin) index = admin.end;
  const parent = placeAt(tokens, index, lex);
  return parent !== null && [")", ",", "-"].includes(tokens[parent.end]?.text ?? "");
}

/** LOC candidates of one line. */
export function findPlaces(lines: readonly TokenLine[], lineIndex: number, lex: Lexicon): Candidate[] {
  const { tokens } = lines[lineIndex];
  const candidates: Candidate[] = [];
  // Names listed after an admin word, last: a more specific rule for the same span wins the tie.
  const fallbacks: Candidate[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind !== "word") continue;
    const longerPlace = (placeAt(tokens, index, lex)?.end ?? 0) > (lex.adminWords.longest(tokens, index)?.end ?? tokens.length);
    if (lex.adminWords.starts(token) && !longerPlace) {
      const adminEnd = lex.adminWords.longest(tokens, index)?.end ?? index;
      for (const listed of listedPlaces(tokens, index, adminEnd, lex)) {
        fallbacks.push(placeCandidate(lines, lineIndex, listed.start, listed.end, { rule: "extract.loc/admin-list", strength: "cue", place: null }));
      }
      const found = adminPlace(lines, lineIndex, index, lex);
      if (found?.candidate) {
        candidates.push(found.candidate);
        index = found.end - 1;
        continue;
      }
    }
    const feature = lex.placeHeads.starts(token) ? featurePlace(lines, lineIndex, index, lex) : null;
    if (feature) candidates.push(feature);
    const known = placeAt(tokens, index, lex);
    if (known && !afterBlocker(tokens, index, lex) && !regionOfOtherCountry(tokens, known, lex) && !townInBrand(tokens, known, lex) && (!known.value.ambiguous || ambiguousAllowed(tokens, index, known.end, lex))) {
      const strength = known.value.ambiguous ? "shape" : "lexicon";
      candidates.push(placeCandidate(lines, lineIndex, index, known.end, { rule: "extract.loc/gazetteer", strength, place: known.value.place }));
      index = known.end - 1;
      continue;
    }
    if (isCapitalisedWord(token) && !isCapitalisedWord(tokens[index - 1]) && !token.allCaps) {
      const runEnd = capitalisedRunEnd(tokens, index, 4);
      // A run holding a known place is a name of something else that ends with it (`Cà phê Kim Phát Đắk Lắk (huyện Cư M'gar)`).
      let holdsPlace = false;
      for (let inside = index + 1; inside < runEnd && !holdsPlace; inside++) holdsPlace = placeAt(tokens, inside, lex) !== null;
      if (parentInBrackets(tokens, runEnd, lex) && !holdsPlace && !lex.organizationHeads.longest(tokens, index) && !lex.personCues.longest(tokens, index) && !headEndsAt(tokens, index, lex)) {
        candidates.push(placeCandidate(lines, lineIndex, index, runEnd, { rule: "extract.loc/parent-in-brackets", strength: "cue", place: null }));
        index = runEnd - 1;
      }
    }
  }
  return [...candidates, ...fallbacks];
}
