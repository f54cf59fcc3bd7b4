/**
 * ORG candidates: an organisation head (`Liên đoàn Lao động`, `Sở`, `UBND`,
 * `Trường`), an optional inline abbreviation `(LĐLĐ)`, its capitalised name
 * (`Y tế`, `Giáo dục và Đào tạo`), and the place it belongs to
 * (`tỉnh Kon Tum`, `Hà Nội`); or a name known on its own (`Quốc hội`, `WHO`).
 * The value is the full name: abbreviations expanded, the admin word of a
 * province written (`LĐLĐ Kon Tum` → `Liên đoàn Lao động tỉnh Kon Tum`), a
 * union named by its place resolved (`Công đoàn Nghệ An`).
 */
import { normalizeValue } from "../../core/normalize.ts";
import type { NameRules } from "../../resources.ts";
import type { PlaceEntry } from "../../resources/gazetteer.ts";
import { candidateAt, entityKeyOf, tokenText, viewName, type Candidate } from "./candidates.ts";
import type { Lexicon, OrganizationHead, PlaceMatch } from "./lexicon.ts";
import { capitalisedRunEnd, compoundEnd, isCapitalisedWord, nameWordsEnd, namesTownOf, placeAt, titleEndsAt, townInBrand } from "./namewords.ts";
import { foreignRun, isForeignWord } from "./foreign.ts";
import { holdsAfterAdmin, personShapeEnd } from "./person-shape.ts";
import type { Token, TokenLine } from "./tokens.ts";

export interface OrganizationParse {
  readonly start: number;
  readonly end: number;
  readonly head: OrganizationHead;
  readonly headEnd: number;
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly admin: { readonly canonical: string; readonly start: number; readonly end: number } | null;
  readonly place: { readonly start: number; readonly end: number; readonly match: PlaceMatch | null } | null;
  /** A head and an admin word with no name (`Liên hiệp Công đoàn tỉnh`): not a mention, but a role may point to it. */
  readonly incomplete: boolean;
  /** The organisation named right after the name, part of it (`Cơ quan Cảnh sát điều tra` `Công an TP Hà Nội`). */
  readonly parent?: OrganizationParse;
  /** The parent is named in the unit's own name and valued as written, not as the body it is short for (`unit_parents`). */
  readonly parentAsWritten?: boolean;
  /**
   * A place joined to the name after its own place: where a seated body sits
   * (`Đại sứ quán Việt Nam` `tại Lào`), or the twin of a name's place
   * (`Trường Tiểu học Hữu nghị Quảng Ngãi` `- Chăm Pa Sắc`).
   */
  readonly joined?: { readonly start: number; readonly end: number; readonly match: PlaceMatch };
  /** The province or city whose branch a body named by twin places is (`Hội Hữu nghị Việt Nam - Lào` `tỉnh Đắk Lắk`, `Trường Cao đẳng Kỹ thuật Việt - Đức` `Nghệ An`). */
  readonly branch?: { readonly admin: string | null; readonly end: number; readonly match: PlaceMatch };
}

export interface OrganizationContext {
  readonly lex: Lexicon;
  readonly rules: NameRules;
  readonly abbreviations: ReadonlyMap<string, string>;
}

/** A place after an admin word: a gazetteer name, or a capitalised run with any trailing person name split off. */
function placeAfterAdmin(tokens: readonly Token[], start: number, lex: Lexicon): { end: number; match: PlaceMatch | null } | null {
  const known = knownPlaceAfterAdmin(tokens, start, lex);
  if (known) return { end: known.end, match: known.value };
  if (!isCapitalisedWord(tokens[start]) || tokens[start].allCaps) return null;
  return { end: placeRunEnd(tokens, start, lex), match: null };
}

/**
 * The gazetteer place right after an admin word, unless it is a name that is
 * also a given name starting a longer name (`thị xã Đức Phổ` is not the
 * country `Đức`; in `huyện Đức Thọ Nguyễn Văn A` the person is cut off) or
 * a country's name starting one (`huyện Lào Ngam`).
 */
export function knownPlaceAfterAdmin(tokens: readonly Token[], start: number, lex: Lexicon) {
  const known = placeAt(tokens, start, lex);
  if (!known) return null;
  const runEnd = capitalisedRunEnd(tokens, start);
  // A country's name that opens a longer name after an admin word is not the country (`huyện Lào Ngam`).
  if (known.value.place.kind === "country" && known.end < runEnd) return null;
  return !known.value.ambiguous || known.end >= runEnd || isTrailingName(tokens, known.end, runEnd, lex) ? known : null;
}

const MAX_PLACE_WORDS = 4;

/**
 * End of a place name after an admin word: a capitalised run, cut before a
 * person's name that follows it (`huyện Mường Lát Hà Văn Ban`).
 */
export function placeRunEnd(tokens: readonly Token[], start: number, lex: Lexicon): number {
  const runEnd = capitalisedRunEnd(tokens, start);
  for (const keep of [2, 1, 3]) {
    const split = start + keep;
    if (split >= runEnd - 1) continue;
    if (personShapeEnd(tokens, split, lex) === runEnd || isTrailingName(tokens, split, runEnd, lex)) return split;
  }
  return Math.min(runEnd, start + MAX_PLACE_WORDS);
}

function startsAfterName(tokens: readonly Token[], start: number, lex: Lexicon): boolean {
  const previous = tokens[start - 1];
  if (!isCapitalisedWord(previous) || (previous.initial && !isCapitalisedWord(tokens[start - 2]))) return true;
  // An event's word ends its name (`chúc Tết Bunpimay` `Liên hiệp Công đoàn tỉnh …`).
  if (lex.foreignOtherWords.has(previous.text)) return true;
  if (abbreviatedHeadStarts(tokens, start, lex)) return true;
  return lex.subBodies.longest(tokens, Math.max(0, start - 3))?.end === start || titleEndsAt(tokens, start, lex) || titleEndsAt(tokens, start + 1, lex);
}

/**
 * A place name that is a word of the organisation's name: an ambiguous one
 * (`Đức`, `Anh`) inside a person's name the organisation is named after
 * (`Trường Đại học Tôn Đức Thắng`, `Công ty Hoàng Anh`), a town's in a brand
 * (`Tân Hưng Phát`) or before a number (`Trường THPT Nông Cống 1`).
 */
function wordOfName(tokens: readonly Token[], start: number, index: number, lex: Lexicon): boolean {
  const place = placeAt(tokens, index, lex);
  if (!place) return false;
  // A town's name in a brand, or before a number in a numbered body's name (`Trường THPT` `Nông Cống` `1`).
  if (townInBrand(tokens, place, lex) || (place.value.place.kind === "city" && numberEndsName(tokens, place.end, lex))) return true;
  if (!place.value.ambiguous) return false;
  for (let back = Math.max(start, index - 2); back < index; back++) {
    if ((personShapeEnd(tokens, back, lex) ?? 0) > index || lex.cuelessSurnames.longest(tokens, back)?.end === index) return true;
  }
  return false;
}

/** A head that is a word of a title (`Tổ chức` in `Trưởng ban Tổ chức`) starts no organisation. */
function insideTitle(tokens: readonly Token[], start: number, lex: Lexicon): boolean {
  for (let back = Math.max(0, start - 3); back < start; back++) if ((lex.titles.longest(tokens, back)?.end ?? 0) > start) return true;
  return false;
}

/** An abbreviated head (`LĐLĐ`) opens a name after any word (`chúc Tết LĐLĐ tỉnh Kon Tum`), unless it ends a longer head (`Tổng LĐLĐ`). */
function abbreviatedHeadStarts(tokens: readonly Token[], start: number, lex: Lexicon): boolean {
  if (!tokens[start].allCaps || !lex.abbreviations.has(tokens[start].text)) return false;
  for (let back = Math.max(0, start - 3); back < start; back++) if ((lex.organizationHeads.longest(tokens, back)?.end ?? 0) > start) return false;
  return true;
}

interface Tail {
  readonly admin: OrganizationParse["admin"];
  readonly place: OrganizationParse["place"];
}

/**
 * What follows the name: a gazetteer place (`Việt Nam`), or an admin word and
 * its place (`tỉnh Kon Tum`, `huyện Kỳ Sơn`). An admin word written with a
 * capital in mid-sentence (`LĐLĐ Thành phố`) refers back to a place named
 * before; only a gazetteer name may follow it.
 */
function readTail(tokens: readonly Token[], index: number, lex: Lexicon): Tail {
  const direct = placeAt(tokens, index, lex);
  if (direct) return { admin: null, place: { start: index, end: direct.end, match: direct.value } };
  const token = tokens[index];
  const adminMatch = token ? lex.adminWords.longest(tokens, index) : null;
  if (!adminMatch || lex.adminWordEnders.has(tokens[adminMatch.end]?.text ?? "")) return { admin: null, place: null };
  const admin = { canonical: adminMatch.value, start: index, end: adminMatch.end };
  const anaphoric = (token.capitalised && !token.allCaps && !token.initial) || holdsAfterAdmin(tokens, adminMatch.end, adminMatch.value, lex);
  const known = knownPlaceAfterAdmin(tokens, adminMatch.end, lex);
  const place = anaphoric ? (known ? { end: known.end, match: known.value } : null) : placeAfterAdmin(tokens, adminMatch.end, lex);
  return { admin, place: place ? { start: adminMatch.end, end: place.end, match: place.match } : null };
}

/** After a title, a name that ends the organisation's capitalised words is its holder (`Thứ trưởng Bộ GD-ĐT Phạm Ngọc Thưởng`). */
function withoutHolder(tokens: readonly Token[], bodyStart: number, bodyEnd: number, lex: Lexicon): number {
  for (let split = bodyStart + 1; split < bodyEnd - 1; split++) if (isTrailingName(tokens, split, bodyEnd, lex)) return split;
  return bodyEnd;
}

/** A foreign person's name at the end of an organisation's words (`Đảng Cộng hòa Donald Trump`) is not part of it. */
function withoutForeignName(tokens: readonly Token[], bodyStart: number, bodyEnd: number): number {
  let split = bodyEnd;
  while (split > bodyStart + 1 && isForeignWord(tokens[split - 1]) && tokens[split - 1].spaced) split--;
  if (bodyEnd - split < 2) return bodyEnd;
  // `Công ty TNHH Doosan Vina`: before the foreign words only a legal form, so they are the company's name.
  const onlyLegalForm = tokens.slice(bodyStart, split).every((token) => token.allCaps);
  return onlyLegalForm ? bodyEnd : split;
}

/** Tokens `[start, end)` are a frequent family name and one to three more capitalised words, as a name at the end of a run. */
function isTrailingName(tokens: readonly Token[], start: number, end: number, lex: Lexicon): boolean {
  const surname = lex.frequentSurnames.longest(tokens, start);
  if (!surname || end - surname.end < 1 || end - surname.end > lex.maxGivenSyllables) return false;
  for (let index = start; index < end; index++) if (!isCapitalisedWord(tokens[index]) || !tokens[index].spaced) return false;
  return true;
}

/** The end of `các KCN` after the head of the body of all the zones of a place (`Công đoàn` `các KCN` `Bình Dương`), or null. */
function zonesEnd(tokens: readonly Token[], index: number, head: OrganizationHead, lex: Lexicon): number | null {
  const { heads, marker, zones } = lex.zoneBodies;
  if (!heads.has(head.expanded) || tokens[index]?.text !== marker) return null;
  const end = zones.longest(tokens, index + 1)?.end;
  return end !== undefined && readTail(tokens, end, lex).place ? end : null;
}

/** After a company's head and its legal form (`CP`, `TNHH`), the end of a business's head that opens its name (`Tập đoàn`), else `index`. */
function companyNameStart(tokens: readonly Token[], index: number, lex: Lexicon): number {
  let after = index;
  while (tokens[after]?.allCaps && tokens[after].spaced) after++;
  const inner = lex.companyHeads.starts(tokens[after]) ? lex.companyHeads.longest(tokens, after) : null;
  return inner ? inner.end : index;
}

/** A head inside an organisation's name starts another organisation, unless it may be a name word (`Trường Đại học Công đoàn`). */
function namesOrganization(tokens: readonly Token[], at: number, lex: Lexicon): boolean {
  if (!lex.headsAsNames.has(tokens[at].text)) return true;
  // `Công đoàn` `Công ty đang …`: a head of the same first word that no name follows ends the name too.
  const head = lex.organizationHeads.longest(tokens, at);
  const words = tokens
    .slice(at, head?.end ?? at)
    .map((token) => token.text)
    .join(" ");
  if (head && !lex.headsAsNamePhrases.has(words)) return true;
  return parseOrganization(tokens, at, lex, true)?.incomplete === false;
}

/** `CĐ Công ty …`, `CĐ các KCN Bình Dương`, `CĐ Khánh Hòa`: an abbreviation that is a member head only right before the organisation the body belongs to, the zones or a province. */
function memberAbbreviationParse(tokens: readonly Token[], start: number, lex: Lexicon): OrganizationParse | null {
  const head = lex.memberAbbreviations.get(tokens[start].text);
  if (!head) return null;
  const zones = zonesEnd(tokens, start + 1, head, lex);
  const { admin, place } = zones === null ? { admin: null, place: null } : readTail(tokens, zones, lex);
  if (zones !== null && place) return { start, end: place.end, head, headEnd: start + 1, bodyStart: start + 1, bodyEnd: zones, admin, place, incomplete: false };
  const owner = ownerAt(tokens, start + 1, lex);
  if (owner) return { start, end: owner.end, head, headEnd: start + 1, bodyStart: start + 1, bodyEnd: start + 1, admin: null, place: null, incomplete: false, parent: owner };
  // A union named by a Vietnamese province, after its sector or not (`CĐ Khánh Hòa`, `CĐ Viên chức tỉnh Khánh Hòa`).
  const bodyEnd = nameWordsEnd(tokens, start + 1, lex, { stopAtHeads: true, stopAtPlaces: true });
  const tail = readTail(tokens, bodyEnd, lex);
  if (!tail.place || tail.place.match?.place.kind !== "vn-province") return null;
  return { start, end: tail.place.end, head, headEnd: start + 1, bodyStart: start + 1, bodyEnd, admin: tail.admin, place: tail.place, incomplete: false };
}

/** Parse an organisation whose head starts at `start`, or null. `nested`: inside another name, where a capital may precede it. */
export function parseOrganization(tokens: readonly Token[], start: number, lex: Lexicon, nested = false): OrganizationParse | null {
  const abbreviated = tokens[start]?.allCaps ? memberAbbreviationParse(tokens, start, lex) : null;
  if (abbreviated) return nested || startsAfterName(tokens, start, lex) ? abbreviated : null;
  if (!lex.organizationHeads.starts(tokens[start]) || (!nested && !startsAfterName(tokens, start, lex))) return null;
  const headMatch = lex.organizationHeads.longest(tokens, start);
  if (!headMatch) return null;
  const head = headMatch.value;
  let index = headMatch.end;
  if (tokens[index]?.text === "(" && tokens[index + 1]?.allCaps && tokens[index + 2]?.text === ")") index += 3;
  const owner = lex.memberHeads.has(head.expanded) ? ownerAt(tokens, index, lex) : null;
  if (owner) return { start, end: owner.end, head, headEnd: headMatch.end, bodyStart: index, bodyEnd: index, admin: null, place: null, incomplete: false, parent: owner };
  // A modifier (`Công đoàn ngành Giáo dục`) is part of the name, but the name's words start after it.
  const modified = lex.headModifiers.has(tokens[index]?.text ?? "") && isCapitalisedWord(tokens[index + 1]);
  const bodyStart = index;
  if (modified) index += 1;
  // A business's name may open with a head (`Công ty CP` `Tập đoàn` `Trường Thịnh`): after a company's head, the first word is the name's.
  const company = lex.companyHeads.longest(tokens, start)?.end === headMatch.end;
  const nameStart = company ? companyNameStart(tokens, index, lex) : index;
  const stopAtHeads = (_: readonly Token[], at: number) => !(company && at === nameStart) && namesOrganization(tokens, at, lex);
  const zones = zonesEnd(tokens, index, head, lex);
  let bodyEnd = zones ?? nameWordsEnd(tokens, headWordEnd(tokens, start, nameStart, lex), lex, { stopAtHeads, stopAtPlaces: true, throughLowercase: true, placeInName: wordOfName });
  if (bodyEnd === bodyStart && head.numbered && tokens[index]?.kind === "number" && tokens[index].spaced && countsNothing(tokens, index, lex)) bodyEnd = index + 1;
  else if (bodyEnd > bodyStart && head.numbered && numberEndsName(tokens, bodyEnd, lex)) bodyEnd += 1;
  if (titleEndsAt(tokens, start, lex)) bodyEnd = withoutHolder(tokens, bodyStart, bodyEnd, lex);
  // Inside another name, a body named by its place is not named after a person: in `Trường Đại học Công đoàn Lương Thị
  // Thu Thảo`, the name is a title's holder. Alone, `Công đoàn Vũ Quang` is the union of a district.
  if (nested && head.provincial && bodyEnd > bodyStart && isTrailingName(tokens, bodyStart, bodyEnd, lex)) bodyEnd = bodyStart;
  bodyEnd = withoutForeignName(tokens, bodyStart, bodyEnd);
  const hasBody = bodyEnd > bodyStart;
  const { admin, place } = readTail(tokens, tailAfterAbbreviation(tokens, bodyStart, bodyEnd, lex), lex);
  const parent = !place && !admin ? parentAt(tokens, bodyEnd, lex) : null;
  if (parent) return { start, end: parent.end, head, headEnd: headMatch.end, bodyStart, bodyEnd, admin, place, incomplete: false, parent };
  // Lower-case words of the unit's name only after a capitalised one (not `Trung tâm hỗ trợ công nhân` `LĐLĐ …`).
  const unit = !place && !admin ? unitParentAt(tokens, bodyEnd, head, lex, hasBody ? MAX_UNIT_LOWERCASE : 0) : null;
  if (unit) return { start, end: unit.parent.end, head, headEnd: headMatch.end, bodyStart, bodyEnd: unit.bodyEnd, admin, place, incomplete: false, parent: unit.parent, parentAsWritten: true };
  // A department inside a title (`Trưởng ban Tổ chức`) is none, unless named as the central one or a place's (`Trưởng Ban Dân vận Trung ương`).
  if (!nested && !place && !admin && !endsWithCentral(tokens, bodyEnd, lex) && insideTitle(tokens, start, lex)) return null;
  const tailEnd = place ? place.end : admin ? admin.end : bodyEnd;
  const seated = head.seated === "own" || (head.seated === "after-name" && (hasBody || place !== null));
  const joined = (seated ? joinedPlaceAt(tokens, tailEnd, lex.seatWords, lex) : null) ?? (hasBody ? joinedPlaceAt(tokens, tailEnd, DASHES, lex) : null);
  const twinBranch = joined && DASHES.has(tokens[joined.start - 1].text) ? branchAt(tokens, joined.end, lex) : null;
  if (joined) return { start, end: twinBranch?.end ?? joined.end, head, headEnd: headMatch.end, bodyStart, bodyEnd, admin, place, incomplete: false, joined, ...(twinBranch && { branch: twinBranch }) };
  const knownHead = !hasBody && !place && !admin && lex.organizationNames.longest(tokens, start)?.end === headMatch.end;
  if (!hasBody && !place && !admin && !knownHead) return null;
  const named = knownHead || place !== null || (hasBody && !admin && (!head.tailRequired || endsWithCentral(tokens, bodyEnd, lex)));
  // A company named by its country, then the province of its branch (`Công ty TNHH LG Innotek Việt Nam` `Hải Phòng`).
  const branch = hasBody && !admin && place?.match?.place.kind === "country" ? provinceBranchAt(tokens, place.end, lex) : null;
  return { start, end: branch?.end ?? tailEnd, head, headEnd: headMatch.end, bodyStart, bodyEnd, admin, place, incomplete: !named, ...(branch && { branch }) };
}

export const DASHES: ReadonlySet<string> = new Set(["-", "–"]);

/**
 * Where the place of a name starts when the name's last words are
 * abbreviated in brackets before it (`Công đoàn Khu kinh tế (KKT) tỉnh Hà
 * Tĩnh`): after the brackets, which stay in the span but not in the value.
 */
function tailAfterAbbreviation(tokens: readonly Token[], bodyStart: number, bodyEnd: number, lex: Lexicon): number {
  const abbreviation = tokens[bodyEnd + 1];
  if (tokens[bodyEnd]?.text !== "(" || !abbreviation?.allCaps || tokens[bodyEnd + 2]?.text !== ")") return bodyEnd;
  const letters = [...abbreviation.text];
  const words = tokens.slice(Math.max(bodyStart, bodyEnd - letters.length), bodyEnd);
  const initials = words.map((word) => [...word.text][0]?.toUpperCase()).join("");
  if ((words.length !== letters.length || initials !== abbreviation.text.toUpperCase()) && !endsWithExpansion(tokens, bodyStart, bodyEnd, abbreviation.text, lex)) return bodyEnd;
  const after = bodyEnd + 3;
  return lex.adminWords.longest(tokens, after) || placeAt(tokens, after, lex) ? after : bodyEnd;
}

/** The name's words end with the known expansion of the abbreviation (`Lao động - Thương binh và Xã hội` `(LĐTBXH)`). */
function endsWithExpansion(tokens: readonly Token[], bodyStart: number, bodyEnd: number, abbreviation: string, lex: Lexicon): boolean {
  const expansion = lex.abbreviations.get(abbreviation);
  if (!expansion) return false;
  const words = tokens.slice(bodyStart, bodyEnd).map((token) => token.text).join(" ");
  return words.toLowerCase().endsWith(expansion.toLowerCase());
}

/**
 * One of `joiners` at `index` and a gazetteer place after it: where a seated
 * body sits (`tại Lào`), or, after a dash, the twin of the place or name
 * that ends a name (`Cơ khí Hà Nội` `- Viêng Chăn`, `Nông lâm Quế Sơn` `-
 * Chăm-pa-xắc`).
 */
function joinedPlaceAt(tokens: readonly Token[], index: number, joiners: ReadonlySet<string>, lex: Lexicon): OrganizationParse["joined"] | null {
  if (!joiners.has(tokens[index]?.text ?? "")) return null;
  const place = placeAt(tokens, index + 1, lex);
  return place ? { start: index + 1, end: place.end, match: place.value } : null;
}

function provinceBranchAt(tokens: readonly Token[], index: number, lex: Lexicon): OrganizationParse["branch"] | null {
  const province = placeAt(tokens, index, lex);
  return province && province.value.place.kind !== "country" && !province.value.ambiguous ? { admin: null, end: province.end, match: province.value } : null;
}

function branchAt(tokens: readonly Token[], index: number, lex: Lexicon): OrganizationParse["branch"] | null {
  const { admin, place } = readTail(tokens, index, lex);
  return place?.match ? { admin: admin?.canonical ?? null, end: place.end, match: place.match } : null;
}

/** After a head that ends inside a longer word (`Phòng Cảnh sát` `kinh tế`), the end of that word; else `index`. */
function headWordEnd(tokens: readonly Token[], start: number, index: number, lex: Lexicon): number {
  for (let word = index - 1; word >= start; word--) {
    if (!isCapitalisedWord(tokens[word])) continue;
    const end = compoundEnd(tokens, word, lex);
    return end !== null && end > index ? end : index;
  }
  return index;
}

const NAME_NUMBER = /^\d{1,3}$/u;

/** A number whose next word does not make it a count or an amount (`Công ty 50 triệu đồng`). */
function countsNothing(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  const next = tokens[index + 1];
  return next?.kind !== "word" || !lex.countNouns.has(next.text);
}

/** A short number ending a name (`Bệnh viện Nhi đồng 1`, `Khu chế xuất Linh Trung 1`), not a count of what follows (`Trường X 3 năm liền`). */
export function numberEndsName(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  const number = tokens[index];
  if (number?.kind !== "number" || !number.spaced || !NAME_NUMBER.test(number.text)) return false;
  const next = tokens[index + 1];
  if (next?.kind !== "word") return next?.kind !== "number";
  return !next.capitalised && !lex.countNouns.has(next.text);
}

/** A complete organisation whose head, one of `heads`, starts at `index` (nested: a capital may precede it). */
function organizationAt(tokens: readonly Token[], index: number, lex: Lexicon, heads: Lexicon["parentHeads"]): OrganizationParse | null {
  const token = tokens[index];
  if (!token?.spaced || !heads.starts(token) || !heads.longest(tokens, index)) return null;
  const parsed = parseOrganization(tokens, index, lex, true);
  return parsed && !parsed.incomplete ? parsed : null;
}

/** A named organisation right after a member body's head (`Công đoàn` `Công ty Thủy điện Xekaman 1`). */
const ownerAt = (tokens: readonly Token[], index: number, lex: Lexicon) => organizationAt(tokens, index, lex, lex.organizationHeads);

/** A named organisation of `parent_heads` right after a name, with no comma between (`CLB` `Công an Hà Nội`). */
const parentAt = (tokens: readonly Token[], index: number, lex: Lexicon) => organizationAt(tokens, index, lex, lex.parentHeads);

const MAX_UNIT_LOWERCASE = 3;

/** The body a unit belongs to, named after the unit's name and up to `lowercase` lower-case words of it (`unit_parents`). */
function unitParentAt(tokens: readonly Token[], index: number, head: OrganizationHead, lex: Lexicon, lowercase: number): { bodyEnd: number; parent: OrganizationParse } | null {
  const parents = lex.unitParents.get(head.expanded);
  if (!parents) return null;
  let bodyEnd = index;
  for (let next = lowercaseWordEnd(tokens, bodyEnd, lex); next !== null && next - index <= lowercase; next = lowercaseWordEnd(tokens, bodyEnd, lex)) bodyEnd = next;
  const parent = organizationAt(tokens, bodyEnd, lex, parents);
  return parent && { bodyEnd, parent };
}

/** The end of a lower-case word a name may hold (`pháp luật`, `cán bộ`, `nhân dân`), not a verb (`đón`): a compound or a name word. */
function lowercaseWordEnd(tokens: readonly Token[], index: number, lex: Lexicon): number | null {
  const token = tokens[index];
  if (token?.kind !== "word" || token.capitalised || !token.spaced) return null;
  const compound = lex.compounds.get(token.text)?.longest(tokens, index + 1);
  return compound?.end ?? lex.lowercaseNameWords.longest(tokens, index)?.end ?? null;
}

/** `Ban Tuyên giáo Trung ương`; not `Ban Nữ công Trung ương` `Liên hiệp Công đoàn Lào`, where `Trung ương` is the next organisation's. */
function endsWithCentral(tokens: readonly Token[], end: number, lex: Lexicon): boolean {
  return tokens[end - 2]?.text === "Trung" && tokens[end - 1]?.text === "ương" && !lex.organizationHeads.longest(tokens, end);
}

function adminFor(place: PlaceEntry, rules: NameRules["organization"]): string | null {
  const division = place.iso_code ? rules.division_admin_words[place.iso_code] : undefined;
  if (division) return division;
  if (place.kind === "vn-province" || place.kind === "vn-province-2025") return place.type === "thanh-pho" ? "thành phố" : "tỉnh";
  if (place.kind === "la-province") return "tỉnh";
  return null;
}

function expandWords(text: string, abbreviations: ReadonlyMap<string, string>): string {
  return text
    .split(/(\s+|[,()])/u)
    .map((word) => abbreviations.get(word) ?? word)
    .join("");
}

/** The written part of an organisation named by head, name and admin word only (`Công đoàn Khu kinh tế tỉnh`). */
export function partialName(line: TokenLine, parse: OrganizationParse, lex: Lexicon): string {
  const body = parse.bodyEnd > parse.bodyStart ? expandWords(tokenText(line, parse.bodyStart, parse.bodyEnd), lex.abbreviations) : "";
  return viewName([parse.head.expanded, body, parse.admin?.canonical ?? ""].filter(Boolean).join(" "));
}

/** A place's name after its admin word, unless the name starts with it (`thành phố` `Thành phố Hồ Chí Minh`). */
function withAdmin(admin: string | null, name: string): string {
  const kept = admin && !name.toLowerCase().startsWith(`${admin.toLowerCase()} `) ? admin : "";
  return [kept, name].filter(Boolean).join(" ");
}

/** The organisation's words with abbreviations expanded and its place by its own name, not the body it is short for. */
function writtenValue(line: TokenLine, parse: OrganizationParse, context: OrganizationContext): string {
  const body = parse.bodyEnd > parse.bodyStart ? expandWords(tokenText(line, parse.bodyStart, parse.bodyEnd), context.abbreviations) : "";
  const place = parse.place ? (parse.place.match?.place.name ?? expandWords(tokenText(line, parse.place.start, parse.place.end), context.abbreviations)) : "";
  return viewName([parse.head.expanded, body, withAdmin(parse.admin?.canonical ?? null, place)].filter(Boolean).join(" "));
}

/** A country named by its full name in the organisation's (`Đại sứ quán CHDCND Lào`): the value keeps it, expanded, not the short name `Lào`. */
function writtenInFull(line: TokenLine, parse: OrganizationParse, place: PlaceEntry, abbreviations: ReadonlyMap<string, string>): boolean {
  if (place.kind !== "country" || !parse.place) return false;
  const written = tokenText(line, parse.place.start, parse.place.end);
  return written !== place.name && expandWords(written, abbreviations) !== written;
}

/** The canonical full name of a parsed organisation. */
export function organizationValue(line: TokenLine, parse: OrganizationParse, context: OrganizationContext): string {
  if (parse.parent) {
    const parent = parse.parentAsWritten ? writtenValue(line, parse.parent, context) : organizationValue(line, parse.parent, context);
    return viewName(`${organizationValue(line, { ...parse, parent: undefined, parentAsWritten: undefined }, context)} ${parent}`);
  }
  if (parse.joined) {
    const branch = parse.branch ? ` ${withAdmin(parse.branch.admin, parse.branch.match.place.name)}` : "";
    return viewName(`${organizationValue(line, { ...parse, joined: undefined, branch: undefined }, context)} ${tokenText(line, parse.joined.start - 1, parse.joined.start)} ${parse.joined.match.place.name}${branch}`);
  }
  const { rules, abbreviations } = context;
  const head = parse.head.expanded;
  const body = parse.bodyEnd > parse.bodyStart ? expandWords(tokenText(line, parse.bodyStart, parse.bodyEnd), abbreviations) : "";
  // A name that is also a given name, after the body's words, is written as it is (`Công ty Hoàng Anh`, not `… Vương quốc Anh`).
  const asWritten = parse.place?.match?.ambiguous === true && parse.bodyEnd > parse.bodyStart;
  const place = asWritten ? null : (parse.place?.match?.place ?? null);
  const placeName = parse.place ? (place && !writtenInFull(line, parse, place, abbreviations) ? place.name : viewName(expandWords(tokenText(line, parse.place.start, parse.place.end), abbreviations))) : "";
  // A province's body takes the province's own admin word (`Công đoàn Thủ đô Hà Nội` is that of thành phố Hà Nội).
  // Not a town's body named after its admin word (`UBND thành phố Bắc Ninh`, `UBND huyện Điện Biên`), as its LOC is the town's.
  const townLevel = parse.admin !== null && place !== null && namesTownOf(parse.admin.canonical, place, context.lex);
  const official = !body && !townLevel && place?.kind.startsWith("vn-province") && parse.head.provincial ? adminFor(place, rules.organization) : null;
  const inserted = !parse.admin && place && ((!body && parse.head.provincial) || (body && parse.head.departmental)) ? adminFor(place, rules.organization) : null;
  const written = official ?? parse.admin?.canonical ?? inserted ?? null;
  let headName = head;
  if (head === "Công đoàn" && !body && place) {
    if (place.kind === "country") return normalizeValue(rules.organization.place_unions.country[place.iso_code ?? ""] ?? `Công đoàn ${place.name}`);
    const union = place.kind === "la-province" ? rules.organization.place_unions["la-province"] : rules.organization.place_unions["vn-province"];
    if (place.kind === "la-province" || place.kind === "vn-province" || place.kind === "vn-province-2025") headName = union;
  }
  const branch = parse.branch ? withAdmin(parse.branch.admin, parse.branch.match.place.name) : "";
  return viewName([headName, body, withAdmin(written, placeName), branch].filter(Boolean).join(" "));
}

/** A body named only as part of a position right after its title (`Ủy viên Bộ Chính trị`): not an ORG (ANNOTATION.md). */
function isPartOfTitle(tokens: readonly Token[], start: number, end: number, lex: Lexicon): boolean {
  return lex.titleBodies.longest(tokens, start)?.end === end && titleEndsAt(tokens, start, lex);
}

/** `Sở Y tế các tỉnh`, `các cấp Công đoàn Thủ đô`: a kind of body, not one named organisation. */
function isGeneric(tokens: readonly Token[], parse: OrganizationParse, context: OrganizationContext): boolean {
  const { generic_followers: followers, generic_preceders: preceders, ordinal_words: ordinals } = context.rules.organization;
  if (preceders.includes(tokens[parse.start - 1]?.text ?? "") && !ordinals.includes(tokens[parse.start - 2]?.text ?? "")) return true;
  return parse.place === null && followers.includes(tokens[parse.end]?.text ?? "");
}

/** A parse with a place the known name of the same words does not end with: `Công đoàn Thủ đô Viêng Chăn` is not the known `Công đoàn Thủ đô` (Hà Nội's). */
function namesOtherPlace(parse: OrganizationParse, knownName: string): boolean {
  const place = parse.joined ? parse.joined.match.place.name : parse.place?.match?.place.name;
  return place !== undefined && knownName !== "" && !knownName.endsWith(place);
}

/** `.vn` right after a name (`VOV.VN -`, `VTV.vn`): the outlet's website, as a dateline, not the organisation. */
function isWebAddress(tokens: readonly Token[], end: number): boolean {
  return tokens[end]?.text === "." && !tokens[end].spaced && /^(?:vn|com|net)$/iu.test(tokens[end + 1]?.text ?? "") && !tokens[end + 1].spaced;
}

/** A known name with the place written after it (`Samsung Việt Nam`), unless the name already ends with it. */
function knownValue(name: string, place: string | null): string {
  return place && !name.endsWith(place) ? `${name} ${place}` : name;
}

/** `hãng Takeda`, `quỹ đầu tư Warburg Pincus`: a capitalised name after a common noun for an organisation (the noun stays outside). */
function cuedOrganization(lines: readonly TokenLine[], lineIndex: number, index: number, lex: Lexicon): Candidate | null {
  const { tokens } = lines[lineIndex];
  const cue = lex.organizationCues.longest(tokens, index);
  if (!cue || !isCapitalisedWord(tokens[cue.end]) || !tokens[cue.end].spaced || lex.notOrganizationCues.endsAt(tokens, cue.end, 2)) return null;
  const start = cue.end;
  if (lex.organizationHeads.longest(tokens, start) || lex.organizationNames.longest(tokens, start) || personShapeEnd(tokens, start, lex) !== null) return null;
  const end = nameWordsEnd(tokens, start, lex, { stopAtHeads: true, stopAtPlaces: false });
  if (end === start || placeAt(tokens, start, lex)?.end === end) return null;
  const value = viewName(expandWords(tokenText(lines[lineIndex], start, end), lex.abbreviations));
  // An abbreviation of common words (`CNVCLĐ`: công nhân, viên chức, lao động) names no one.
  if (!/^\p{Lu}/u.test(value)) return null;
  return candidateAt(lines, lineIndex, start, end, {
    type: "ORG",
    rule: "extract.org/cue-name",
    strength: "cue",
    value,
    valueRule: "normalize.org/as-written",
    entityKey: entityKeyOf("ORG", value),
  });
}

/** ORG candidates of one line: parsed heads and known names, longest first at each position. */
export function findOrganizations(lines: readonly TokenLine[], lineIndex: number, context: OrganizationContext): { candidates: Candidate[]; incomplete: OrganizationParse[] } {
  const line = lines[lineIndex];
  const { tokens } = line;
  const { lex } = context;
  const candidates: Candidate[] = [];
  const incomplete: OrganizationParse[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const cued = lex.organizationCues.starts(tokens[index]) ? cuedOrganization(lines, lineIndex, index, lex) : null;
    if (cued) {
      candidates.push(cued);
      index = cued.end - 1;
      continue;
    }
    const parse = parseOrganization(tokens, index, lex);
    const known = lex.organizationNames.starts(tokens[index]) && startsAfterName(tokens, index, lex) ? lex.organizationNames.longest(tokens, index) : null;
    const knownPlace = known ? placeAt(tokens, known.end, lex) : null;
    const knownEnd = known ? (knownPlace?.end ?? known.end) : null;
    if (parse && !parse.incomplete && (knownEnd === null || parse.end > knownEnd || namesOtherPlace(parse, known?.value ?? ""))) {
      if (isPartOfTitle(tokens, parse.start, parse.end, lex) || isGeneric(tokens, parse, context)) {
        index = parse.end - 1;
        continue;
      }
      const value = organizationValue(line, parse, context);
      candidates.push(
        candidateAt(lines, lineIndex, parse.start, parse.end, {
          type: "ORG",
          rule: parse.place ? "extract.org/head-place" : "extract.org/head-name",
          strength: "lexicon",
          value,
          valueRule: "normalize.org/full-name",
          entityKey: entityKeyOf("ORG", value),
        }),
      );
      index = parse.end - 1;
      continue;
    }
    if (parse?.incomplete) incomplete.push(parse);
    const foreign = known ? null : foreignRun(tokens, index, lex);
    if (foreign?.kind === "ORG") {
      const value = viewName(tokenText(line, index, foreign.end));
      candidates.push(
        candidateAt(lines, lineIndex, index, foreign.end, {
          type: "ORG",
          rule: "extract.org/foreign-name",
          strength: "shape",
          value,
          valueRule: "normalize.org/as-written",
          entityKey: entityKeyOf("ORG", value),
        }),
      );
      index = foreign.end - 1;
      continue;
    }
    const inEventName = lex.foreignOtherWords.has(tokens[knownEnd ?? index]?.text ?? "");
    // A known name that is also a head's (`Công đoàn Thủ đô`) is a kind of body where that parse is (`các cấp Công đoàn Thủ đô`).
    const kindOfBody = parse !== null && !parse.incomplete && isGeneric(tokens, parse, context);
    if (known && knownEnd !== null && !isPartOfTitle(tokens, index, knownEnd, lex) && !inEventName && !kindOfBody && !isWebAddress(tokens, knownEnd)) {
      candidates.push(
        candidateAt(lines, lineIndex, index, knownEnd, {
          type: "ORG",
          rule: "extract.org/known-name",
          strength: "lexicon",
          value: knownValue(known.value, knownPlace?.value.place.name ?? null),
          valueRule: "normalize.org/known-name",
          entityKey: entityKeyOf("ORG", knownValue(known.value, knownPlace?.value.place.name ?? null)),
        }),
      );
      index = knownEnd - 1;
    }
  }
  return { candidates, incomplete };
}
