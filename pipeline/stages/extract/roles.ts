/**
 * ROLE mentions: a position held by a person (ANNOTATION.md), linked to the
 * person and the organisation. A title (`Chủ tịch`, `Phó Chủ tịch Thường
 * trực`, `Tỉnh ủy viên`, `Ủy viên Ban Chấp hành Đảng bộ tỉnh`) is followed by
 * its organisation, if one is named; the holder is the name right after
 * (`Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang`) or right before it
 * (`Rơ Chăm Long - Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh Kon Tum`); titles joined
 * by a comma or `kiêm` share the holder. An organisation named only by its
 * head and admin word (`Liên hiệp Công đoàn tỉnh`) is the one of that kind
 * named last before it in the article.
 */
import { countBefore } from "../../core/search.ts";
import type { Mention, MentionLink } from "../../core/document.ts";
import { normalizeValue } from "../../core/normalize.ts";
import type { Resources } from "../../resources.ts";
import { tokenText } from "./candidates.ts";
import { lexicon, type Lexicon } from "./lexicon.ts";
import { makeMention } from "./mention.ts";
import { adminWordAt, compoundEnd, isCapitalisedWord, LIST_JOINERS } from "./namewords.ts";
import { DASHES, parseOrganization, partialName } from "./organizations.ts";
import { honorificStart, isPluralBefore } from "./persons.ts";
import { contentTokens, type Token, type TokenLine } from "./tokens.ts";
import type { Extractor, ExtractInput } from "./types.ts";

export interface RoleTriple {
  readonly person: string;
  readonly role: string;
  readonly organization: string | null;
}

interface RoleSpan {
  readonly start: number;
  readonly titleEnd: number;
  readonly end: number;
  readonly organization: Mention | null;
}

const HOLDER_BEFORE = new Set(["-", "–", ",", "(", "là"]);
/** A line opening with one of these is an item of a list, where a colon ends the holder's name (`- Đồng chí A: Chủ tịch …;`). */
const LIST_ITEM_MARKERS = new Set(["-", "–", "+", "•", "*"]);

interface MentionsAt {
  readonly organizations: ReadonlyMap<number, Mention>;
  readonly places: ReadonlyMap<number, Mention>;
  /** The article's ORG mentions by their text as written (`Đại sứ quán Việt Nam tại Lào`). */
  readonly organizationsByText: ReadonlyMap<string, Mention>;
}

function link(mention: Mention): MentionLink {
  return { entityKey: mention.entityKey, value: mention.value, span: mention.span };
}

/** Mentions of one type by the view offset they start or end at. */
function byOffset(mentions: readonly Mention[], type: string, edge: "from" | "to"): Map<number, Mention> {
  const map = new Map<number, Mention>();
  for (const mention of mentions) {
    if (mention.type !== type) continue;
    const known = map.get(mention[edge]);
    if (!known || mention.to - mention.from > known.to - known.from) map.set(mention[edge], mention);
  }
  return map;
}

/** Mentions of one type by their text as written, normalised and in lower case (`Tổng lãnh sự quán` as `Tổng Lãnh sự quán`); the first of each. */
function byText(mentions: readonly Mention[], type: string, text: string): Map<string, Mention> {
  const map = new Map<string, Mention>();
  for (const mention of mentions) {
    const written = normalizeValue(text.slice(mention.from, mention.to)).toLowerCase();
    if (mention.type === type && !map.has(written)) map.set(written, mention);
  }
  return map;
}

function tokenIndexAt(tokens: readonly Token[], offset: number, edge: "from" | "to"): number {
  const first = countBefore(tokens.length, (index) => tokens[index]![edge] < offset);
  const index = tokens[first]?.[edge] === offset ? first : -1;
  return edge === "to" ? index + 1 : index;
}

/** The last ORG before `before` (else the first after) whose name starts with a prefix; ORGs with a prefix are listed once per prefix. */
class OrganizationsByPrefix {
  private readonly lists = new Map<string, readonly Mention[]>();
  constructor(private readonly organizations: readonly Mention[]) {}

  resolve(prefix: string, before: number): Mention | null {
    const found = this.matching(prefix);
    const earlier = countBefore(found.length, (index) => found[index]!.from < before);
    return found[earlier - 1] ?? found[0] ?? null;
  }

  /** The one organisation of that kind the article names, however often, when it has named it before `before`; else null. */
  only(prefix: string, before: number): Mention | null {
    const found = this.matching(prefix);
    const named = found.length > 0 && found[0]!.from < before;
    return named && new Set(found.map((organization) => organization.value.value)).size === 1 ? this.resolve(prefix, before) : null;
  }

  private matching(prefix: string): readonly Mention[] {
    let matching = this.lists.get(prefix);
    if (!matching) {
      // `Liên đoàn Lao động thành phố` names `Liên đoàn Lao động Thành phố Hồ Chí Minh`.
      const lower = `${prefix.toLowerCase()} `;
      matching = this.organizations.filter((organization) => organization.value.value.toLowerCase().startsWith(lower));
      this.lists.set(prefix, matching);
    }
    return matching;
  }
}

/** A lower-case title right after a group's noun (`ban` `giám đốc`): the group, not a position. */
function namesGroup(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  if (tokens[index].capitalised) return false;
  return lex.titleGroupNouns.endsAt(tokens, index, 2);
}

function insideSubBody(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  for (let back = Math.max(0, index - 2); back < index; back++) if ((lex.subBodies.longest(tokens, back)?.end ?? 0) > index) return true;
  return false;
}

/**
 * Where the title ends and its organisation starts: a body named only as
 * part of the title (`Ủy viên Bộ Chính trị`) or a sector (`Bộ trưởng Quốc
 * phòng`) belongs to it; a part of the organisation (`Phó Chủ tịch Trung
 * ương Liên hiệp Công đoàn Lào`) stands between them.
 */
function titleParts(tokens: readonly Token[], end: number, lex: Lexicon, organizations: ReadonlyMap<number, Mention>): { titleEnd: number; organizationStart: number } {
  const body = lex.titleBodies.longest(tokens, end);
  const organization = mentionAt(organizations, tokens, end);
  if (body && (!organization || organization.to <= tokens[body.end - 1].to)) {
    const named = namedWithin(tokens, end + 1, body.end, organizations);
    return named === null ? { titleEnd: body.end, organizationStart: body.end } : { titleEnd: named, organizationStart: named };
  }
  if (organization) return { titleEnd: end, organizationStart: end };
  const part = lex.subBodies.longest(tokens, end);
  if (part && mentionAt(organizations, tokens, part.end)) return { titleEnd: end, organizationStart: part.end };
  // Not an admin word before its place (`Phó Thị trưởng` `Thủ đô Viêng Chăn`).
  const sector = lex.organizationHeads.longest(tokens, end) || adminWordAt(tokens, end, lex) !== null ? end : (compoundEnd(tokens, end, lex) ?? end);
  return { titleEnd: sector, organizationStart: sector };
}

/**
 * A named organisation that starts inside a title's body and runs past it:
 * in `Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào` the party is named, so
 * the title is `Ủy viên Trung ương` and the party its organisation.
 */
function namedWithin(tokens: readonly Token[], from: number, bodyEnd: number, organizations: ReadonlyMap<number, Mention>): number | null {
  for (let index = from; index < bodyEnd; index++) {
    const organization = mentionAt(organizations, tokens, index);
    if (organization && organization.to > tokens[bodyEnd - 1].to) return index;
  }
  return null;
}

/** The mention of `map` that starts at token `index`, or null. */
function mentionAt(map: ReadonlyMap<number, Mention>, tokens: readonly Token[], index: number): Mention | null {
  return index < tokens.length ? (map.get(tokens[index].from) ?? null) : null;
}

/**
 * A head or common noun alone after a title (`Giám đốc Công ty cho biết`,
 * `phó hiệu trưởng nhà trường`): where it ends, and the head of the
 * organisation named before that it refers to.
 */
function organizationReferredTo(tokens: readonly Token[], index: number, lex: Lexicon): { end: number; head: string } | null {
  if (index >= tokens.length) return null;
  const noun = lex.referringNouns.longest(tokens, index);
  const company = noun ? null : lex.companyHeads.longest(tokens, index);
  const referred = noun ? { end: noun.end, head: noun.value } : company ? { end: company.end, head: company.value.expanded } : null;
  // `bệnh viện huyện Tương Dương` is another hospital than the one named before.
  return referred && !isCapitalisedWord(tokens[referred.end]) && !lex.adminWords.longest(tokens, referred.end) ? referred : null;
}

/** The head of the mission a diplomat's title belongs to (`Phó Đại sứ`, `tổng lãnh sự`), or undefined. */
function missionHead(line: TokenLine, start: number, titleEnd: number, lex: Lexicon): string | undefined {
  return lex.missions.get(normalizeValue(tokenText(line, start, titleEnd)).toLowerCase().replace(/^(?:phó|quyền) /u, ""));
}

/**
 * A diplomat's country and seat after the title (`Đại sứ` `Việt Nam tại
 * Lào`): where the title's words end, and the mission the article names so
 * (`Đại sứ quán Việt Nam tại Lào`), if it does.
 */
function missionAt(line: TokenLine, start: number, titleEnd: number, countryEnd: number, lex: Lexicon, mentionsAt: MentionsAt): { end: number; organization: Mention | null } | null {
  const { tokens } = line;
  const head = missionHead(line, start, titleEnd, lex);
  if (!head || !lex.seatWords.has(tokens[countryEnd]?.text ?? "")) return null;
  const seat = mentionAt(mentionsAt.places, tokens, countryEnd + 1);
  if (!seat) return null;
  const end = tokenIndexAt(tokens, seat.to, "to");
  return { end, organization: mentionsAt.organizationsByText.get(normalizeValue(`${head} ${tokenText(line, titleEnd, end)}`).toLowerCase()) ?? null };
}

/**
 * A diplomat's title with neither country nor seat (`Tổng Lãnh sự Đinh Văn
 * Khoa`): the mission of that kind named last before it in the paragraph
 * (`… thăm Tổng Lãnh sự quán Việt Nam tại Luông Pha Băng. Tổng Lãnh sự …`).
 */
function missionBefore(line: TokenLine, start: number, titleEnd: number, lex: Lexicon, mentionsAt: MentionsAt): Mention | null {
  const { tokens } = line;
  const head = missionHead(line, start, titleEnd, lex);
  // `Đại sứ thương hiệu` (a brand's ambassador) is no diplomat.
  const next = tokens[titleEnd];
  if (!head || (next?.kind === "word" && !next.capitalised)) return null;
  for (let index = start - 1; index >= 0; index--) {
    const organization = mentionAt(mentionsAt.organizations, tokens, index);
    if (organization?.value.value.startsWith(`${head} `)) return organization;
  }
  return null;
}

/** A diplomat's title, a comma and the mission (`Tham tán Giáo dục, Đại sứ quán Việt Nam tại Lào`). */
function missionAfterComma(line: TokenLine, start: number, titleEnd: number, lex: Lexicon, mentionsAt: MentionsAt): { end: number; organization: Mention } | null {
  const { tokens } = line;
  const head = missionHead(line, start, titleEnd, lex);
  if (!head || tokens[titleEnd]?.text !== ",") return null;
  const organization = mentionAt(mentionsAt.organizations, tokens, titleEnd + 1);
  if (!organization?.value.value.startsWith(`${head} `)) return null;
  return { end: tokenIndexAt(tokens, organization.to, "to"), organization };
}

/** A bare diplomat's title on a page that names one mission of that kind, in any paragraph (`Phó Tổng Lãnh sự Trần Văn Phúc`). */
function onlyMission(line: TokenLine, start: number, titleEnd: number, lex: Lexicon, organizations: OrganizationsByPrefix): Mention | null {
  const head = missionHead(line, start, titleEnd, lex);
  const next = line.tokens[titleEnd];
  if (!head || (next?.kind === "word" && !next.capitalised)) return null;
  return organizations.only(head, line.tokens[start].from);
}

function roleSpans(line: TokenLine, lex: Lexicon, mentionsAt: MentionsAt, organizations: OrganizationsByPrefix): RoleSpan[] {
  const { tokens } = line;
  const spans: RoleSpan[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (!lex.titles.starts(tokens[index]) || insideSubBody(tokens, index, lex) || namesGroup(tokens, index, lex)) continue;
    const reverential = lex.notPositions.longest(tokens, index);
    if (reverential) {
      index = reverential.end - 1;
      continue;
    }
    const title = lex.titles.longest(tokens, index);
    // `Đại sứ` opening `Đại sứ quán`: the mission's name, no title.
    if (!title || (lex.organizationHeads.longest(tokens, index)?.end ?? 0) > title.end) continue;
    const namedInside = namedWithin(tokens, index + 1, title.end, mentionsAt.organizations);
    // `Phó Trưởng Ban` `Ban Quản lý Khu kinh tế tỉnh Quảng Trị`: the title's last word is the head of the body it heads.
    const sharedHead = namedInside === title.end - 1;
    const parts =
      namedInside === null ? titleParts(tokens, title.end, lex, mentionsAt.organizations) : { titleEnd: sharedHead ? title.end : namedInside, organizationStart: namedInside };
    const { organizationStart } = parts;
    let { titleEnd } = parts;
    let organization = mentionAt(mentionsAt.organizations, tokens, organizationStart);
    let end = organization ? tokenIndexAt(tokens, organization.to, "to") : titleEnd;
    const place = organization ? null : mentionAt(mentionsAt.places, tokens, adminWordAt(tokens, titleEnd, lex) ?? titleEnd);
    if (place) end = tokenIndexAt(tokens, place.to, "to");
    const mission = place ? missionAt(line, index, titleEnd, end, lex, mentionsAt) : null;
    if (mission) ({ end, organization } = mission);
    if (!organization && !place) {
      const partial = parseOrganization(tokens, titleEnd, lex);
      const referred = partial ? null : organizationReferredTo(tokens, titleEnd, lex);
      // A body named without its place (`Chủ tịch LĐLĐ tỉnh`, `Giám đốc Sở Công Thương`): the one of that name named before.
      if (partial?.incomplete) {
        organization = organizations.resolve(partialName(line, partial, lex), tokens[index].from);
        end = partial.end;
      }
      // A body the article does not name (`Giám đốc Sở Y tế`, `Phó Chủ tịch UBND tỉnh` with no province named before) stays in the title.
      if (partial?.incomplete && !organization) ({ end, titleEnd } = { end: partial.end, titleEnd: partial.end });
      else if (referred) {
        organization = organizations.resolve(referred.head, tokens[index].from);
        if (organization) end = referred.end;
      } else if (!partial) {
        const after = missionAfterComma(line, index, titleEnd, lex, mentionsAt);
        if (after) ({ end, organization } = after);
        else organization = missionBefore(line, index, titleEnd, lex, mentionsAt) ?? onlyMission(line, index, titleEnd, lex, organizations);
      }
    }
    spans.push({ start: index, titleEnd, end, organization });
    index = end - 1;
  }
  return withSharedOrganizations(tokens, spans, lex);
}

/**
 * A title ending in a part of an organisation that is not named
 * (`Ủy viên Đoàn Chủ tịch, Trưởng Ban Nữ công Tổng LĐLĐ Việt Nam`) is of the
 * organisation the next title it is joined to names.
 */
function withSharedOrganizations(tokens: readonly Token[], spans: RoleSpan[], lex: Lexicon): RoleSpan[] {
  for (let position = spans.length - 2; position >= 0; position--) {
    const span = spans[position];
    const next = spans[position + 1];
    const joined = next.start - span.end === 1 && lex.titleJoiners.has(tokens[span.end].text);
    if (span.organization || !next.organization || !joined || !endsWithPart(tokens, span, lex)) continue;
    spans[position] = { ...span, organization: next.organization };
  }
  return spans;
}

function endsWithPart(tokens: readonly Token[], span: RoleSpan, lex: Lexicon): boolean {
  for (let back = span.start + 1; back < span.titleEnd; back++) if (lex.subBodies.longest(tokens, back)?.end === span.titleEnd) return true;
  return false;
}

/**
 * The name right after the title (`Chủ tịch LĐLĐ tỉnh Nguyễn Văn A`), or after
 * a comma and an honorific (`Chủ tịch LĐLĐ tỉnh, ông Nguyễn Văn A`) unless a
 * dash already gave the title its holder (`ông A - Chủ tịch X, bà B - …`).
 */
function holderAfter(tokens: readonly Token[], span: RoleSpan, mentions: ArticleMentions, lex: Lexicon): Mention | null {
  const { end } = span;
  const { personsAt, personsEndingAt } = mentions;
  if (end >= tokens.length) return null;
  const direct = personsAt.get(tokens[end].from);
  if (direct) return direct;
  const dashHolder = DASHES.has(tokens[span.start - 1]?.text ?? "") && holderBefore(tokens, span.start, personsEndingAt) !== null;
  if (tokens[end].text !== "," || dashHolder) return null;
  const cue = lex.personCues.longest(tokens, end + 1);
  return cue && cue.value === "honorific" && cue.end < tokens.length ? (personsAt.get(tokens[cue.end].from) ?? null) : null;
}

function holderBefore(tokens: readonly Token[], start: number, personsEndingAt: ReadonlyMap<number, Mention>): Mention | null {
  const separator = tokens[start - 1];
  const listItem = separator?.text === ":" && LIST_ITEM_MARKERS.has(tokens[0]?.text ?? "");
  if (!separator || !(HOLDER_BEFORE.has(separator.text) || listItem) || start < 2) return null;
  return personsEndingAt.get(tokens[start - 2].to) ?? null;
}

/**
 * The people listed with the holder, who share the title: before it
 * (`ông Trần Văn Tỵ, bà Hồ Thị Lệ Hằng - Phó Chủ tịch`: Trần Văn Tỵ) or,
 * after a colon, all of them (`Phó Chủ tịch LĐLĐ tỉnh: A, B`).
 */
function listedBefore(tokens: readonly Token[], holder: Mention, personsEndingAt: ReadonlyMap<number, Mention>, titled: ReadonlySet<number>, lex: Lexicon): Mention[] {
  const listed: Mention[] = [];
  let first = tokenIndexAt(tokens, holder.from, "from");
  while (first > 1) {
    const joiner = honorificStart(tokens, first, lex) - 1;
    if (joiner < 1 || !LIST_JOINERS.has(tokens[joiner].text)) break;
    const person = personsEndingAt.get(tokens[joiner - 1].to);
    if (!person) break;
    first = tokenIndexAt(tokens, person.from, "from");
    // `Chủ tịch UBND tỉnh Nguyễn Văn Hùng, bà B - Giám đốc …`: the first holds a title of their own.
    if (first < 0 || titled.has(honorificStart(tokens, first, lex))) break;
    listed.push(person);
  }
  return listed;
}

function listedAfterColon(tokens: readonly Token[], end: number, personsAt: ReadonlyMap<number, Mention>, lex: Lexicon): Mention[] {
  return tokens[end]?.text === ":" ? listedFrom(tokens, end + 1, personsAt, lex) : [];
}

/** The people listed up to the first who holds a title of their own (`A, B và ông C, Giám đốc Sở Nội vụ`: A and B). */
function untitled(listed: readonly Mention[], holders: readonly (Mention | null)[]): Mention[] {
  const titled = new Set(holders);
  const end = listed.findIndex((person) => titled.has(person));
  return end < 0 ? [...listed] : listed.slice(0, end);
}

/** After the holder of a title several people hold (`các Phó Chủ tịch LĐLĐ tỉnh A, B và C`), the others. */
function listedAfterHolder(tokens: readonly Token[], holder: Mention, personsAt: ReadonlyMap<number, Mention>, lex: Lexicon): Mention[] {
  const after = tokenIndexAt(tokens, holder.to, "to");
  return LIST_JOINERS.has(tokens[after]?.text ?? "") ? listedFrom(tokens, after + 1, personsAt, lex) : [];
}

/** The people listed from `start`, joined by commas or `và`, each perhaps after an honorific. */
function listedFrom(tokens: readonly Token[], start: number, personsAt: ReadonlyMap<number, Mention>, lex: Lexicon): Mention[] {
  const listed: Mention[] = [];
  let next = start;
  while (next < tokens.length) {
    const cue = lex.personCues.longest(tokens, next);
    const person = personsAt.get(tokens[cue?.value === "honorific" ? cue.end : next]?.from ?? -1);
    if (!person) break;
    listed.push(person);
    const after = tokenIndexAt(tokens, person.to, "to");
    if (after <= next || !LIST_JOINERS.has(tokens[after]?.text ?? "")) break;
    next = after + 1;
  }
  return listed;
}

interface ArticleMentions extends MentionsAt {
  readonly all: OrganizationsByPrefix;
  readonly personsAt: ReadonlyMap<number, Mention>;
  readonly personsEndingAt: ReadonlyMap<number, Mention>;
}

function lineRoles(input: ExtractInput, line: TokenLine, lex: Lexicon, mentions: ArticleMentions): Mention[] {
  const { tokens } = line;
  const { personsAt, personsEndingAt } = mentions;
  const spans = roleSpans(line, lex, mentions, mentions.all);
  if (spans.length === 0) return [];
  const holders: (Mention | null)[] = [];
  for (let position = 0; position < spans.length; position++) {
    const span = spans[position];
    const previous = spans[position - 1];
    const chained = previous && span.start - previous.end === 1 && lex.titleJoiners.has(tokens[previous.end].text);
    const after = holderAfter(tokens, span, mentions, lex);
    if (after) {
      for (let back = position - 1, link = chained; back >= 0 && link && holders[back] === null; back--) {
        holders[back] = after;
        link = back > 0 && spans[back].start - spans[back - 1].end === 1 && lex.titleJoiners.has(tokens[spans[back - 1].end].text);
      }
    }
    holders.push(after ?? (chained ? holders[position - 1] : null) ?? holderBefore(tokens, span.start, personsEndingAt));
  }
  const titled = new Set(spans.map((span) => span.end));
  const roles: Mention[] = [];
  // People given an earlier title several people hold (`các Phó Chủ tịch A, B`) are listed with no later one (`và ông C, Giám đốc …`).
  const shared = new Set<Mention>();
  for (let position = 0; position < spans.length; position++) {
    const span = spans[position];
    const colonList = listedAfterColon(tokens, span.end, personsAt, lex);
    const holder = colonList.length > 0 ? null : holders[position];
    const sharedAfter = holder && isPluralBefore(tokens, span.start, lex) ? untitled(listedAfterHolder(tokens, holder, personsAt, lex), holders) : [];
    const before = holder ? listedBefore(tokens, holder, personsEndingAt, titled, lex).filter((person) => !shared.has(person)) : [];
    for (const person of sharedAfter) shared.add(person);
    const people = holder ? [...before.reverse(), holder, ...sharedAfter] : colonList;
    for (const person of people) roles.push(roleMention(input, line, span, person));
  }
  return roles;
}

function roleMention(input: ExtractInput, line: TokenLine, span: RoleSpan, holder: Mention): Mention {
  const { tokens } = line;
  const mention = makeMention(input.cleaned, {
    type: "ROLE",
    from: tokens[span.start].from,
    to: tokens[span.titleEnd - 1].to,
    rule: "extract.role/title",
    value: normalizeValue(tokenText(line, span.start, span.titleEnd)),
    valueRule: "normalize.role/title",
  });
  // Not `{ ...mention, holder, … }`: V8 copies a spread followed by more properties some twenty times slower.
  return Object.assign(mention, { holder: link(holder), organization: span.organization ? link(span.organization) : null });
}

export const roleExtractor: Extractor = {
  name: "roles",
  extract(input: ExtractInput, resources: Resources, found: readonly Mention[]): Mention[] {
    const lex = lexicon(resources);
    const mentions: ArticleMentions = {
      all: new OrganizationsByPrefix(found.filter((mention) => mention.type === "ORG").sort((left, right) => left.from - right.from)),
      organizations: byOffset(found, "ORG", "from"),
      organizationsByText: byText(found, "ORG", input.cleaned.view.text),
      places: byOffset(found, "LOC", "from"),
      personsAt: byOffset(found, "PER", "from"),
      personsEndingAt: byOffset(found, "PER", "to"),
    };
    return contentTokens(input.cleaned, lex.wordFlags).flatMap((line) => lineRoles(input, line, lex, mentions));
  },
};

/**
 * Role triples of an article's mentions, one per position a person holds:
 * repeated statements once, and a position stated without its organisation
 * (`Phó Hiệu trưởng Nhà trường`) left out when another statement names it.
 */
export function roleTriples(mentions: readonly Mention[]): { triple: RoleTriple; mention: Mention }[] {
  const seen = new Set<string>();
  const triples: { triple: RoleTriple; mention: Mention }[] = [];
  for (const mention of mentions) {
    if (mention.type !== "ROLE" || !mention.holder) continue;
    const triple: RoleTriple = { person: mention.holder.value.value, role: mention.value.value, organization: mention.organization?.value.value ?? null };
    const key = JSON.stringify(triple);
    if (seen.has(key)) continue;
    seen.add(key);
    triples.push({ triple, mention });
  }
  const named = new Set(triples.filter(({ triple }) => triple.organization !== null).map(({ triple }) => JSON.stringify([triple.person, triple.role])));
  return triples.filter(({ triple }) => triple.organization !== null || !named.has(JSON.stringify([triple.person, triple.role])));
}
