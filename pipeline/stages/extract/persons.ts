/**
 * PER candidates: a capitalised name after an honorific or a description
 * (`đồng chí`, `ông`, `bị cáo`, `HLV`), after a title and its organisation
 * (`Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang`), in a photo credit
 * (`Ảnh: NGÔ ANH`), or with the shape of a name (a frequent family name and
 * given names; a run of Lao name syllables).
 */
import { titleCase } from "../../core/normalize.ts";
import { candidateAt, entityKeyOf, tokenText, viewName, type Candidate, type Strength } from "./candidates.ts";
import type { Lexicon } from "./lexicon.ts";
import { adminWordAt, compoundEnd, isCapitalisedWord, LIST_JOINERS, startsRun } from "./namewords.ts";
import { foreignRun, isAcronym, isForeignWord, isNameParticle } from "./foreign.ts";
import { parseOrganization } from "./organizations.ts";
import { laoShapeEnd, personShapeEnd } from "./person-shape.ts";
import type { Token, TokenLine } from "./tokens.ts";

type Lookup = { starts(token: Token): boolean; longest(tokens: readonly Token[], start: number): { end: number } | null };

interface NameEnders {
  /** Titles, organisations, place heads and bodies: what a name is not. */
  readonly nonNames: readonly Lookup[];
  /** The same and admin words: what ends a run of name words. */
  readonly runEnders: readonly Lookup[];
}

const nameEndersOf = new WeakMap<Lexicon, NameEnders>();

/** The lookups that end a name, listed once per lexicon (not once per token). */
function nameEnders(lex: Lexicon): NameEnders {
  let enders = nameEndersOf.get(lex);
  if (!enders) {
    const nonNames = [lex.titles, lex.organizationHeads, lex.organizationNames, lex.placeHeads, lex.subBodies, lex.titleBodies, lex.shapedNotNames];
    enders = { nonNames, runEnders: [...nonNames, lex.adminWords] };
    nameEndersOf.set(lex, enders);
  }
  return enders;
}

/** A title, organisation, place head or body starts at `index` (and, with `cues`, a person cue). */
function startsNonName(tokens: readonly Token[], index: number, lex: Lexicon, cues = true): boolean {
  for (const trie of nameEnders(lex).nonNames) if (trie.longest(tokens, index) !== null) return true;
  return cues && lex.personCues.longest(tokens, index) !== null;
}

/** Inside a name, a word ends it only when a title or organisation really starts there (`Ban` in `Hà Văn Ban cho biết` does not). */
function endsNameRun(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  const token = tokens[index];
  for (const trie of nameEnders(lex).runEnders) {
    if (!trie.starts(token)) continue;
    const match = trie.longest(tokens, index);
    if (match && (match.end - index > 1 || isCapitalisedWord(tokens[match.end]))) return true;
  }
  return false;
}

/** End of the name run at `start`: capitalised words up to a title, organisation head or admin word. */
export function personRunEnd(tokens: readonly Token[], start: number, lex: Lexicon): number {
  let end = start;
  while (end < tokens.length && end - start < lex.maxNameSyllables) {
    if (end > start && isNameParticle(tokens, end, lex)) {
      end++;
      continue;
    }
    if (!isCapitalisedWord(tokens[end]) || (end > start && !tokens[end].spaced)) break;
    if (end > start && endsNameRun(tokens, end, lex)) break;
    end++;
  }
  return end;
}

/** The end of a name with the full stop of a suffix that closes it (`Ferdinand Marcos Jr.`). */
function withSuffixStop(tokens: readonly Token[], end: number, lex: Lexicon): number {
  return lex.nameSuffixes.has(tokens[end - 1]?.text ?? "") && tokens[end]?.text === "." && !tokens[end].spaced ? end + 1 : end;
}

/** Whether tokens `[start, end)` may be a name after a cue: not an organisation, title or known place. */
function nameAfterCue(tokens: readonly Token[], start: number, end: number, lex: Lexicon): boolean {
  if (end <= start || !tokens[start].spaced || startsNonName(tokens, start, lex)) return false;
  if (lex.adminWords.longest(tokens, start)) return false;
  if (compoundEnd(tokens, start, lex) !== null) return false;
  const place = lex.places.longest(tokens, start);
  if (place && place.end === end && !place.value.ambiguous) return false;
  const allCaps = tokens.slice(start, end).every((token) => token.allCaps || token.text.length === 1);
  return !allCaps || lex.cuelessSurnames.longest(tokens, start) !== null;
}

function personCandidate(lines: readonly TokenLine[], lineIndex: number, start: number, runEnd: number, rule: string, strength: Strength, lex: Lexicon): Candidate {
  const end = withSuffixStop(lines[lineIndex].tokens, runEnd, lex);
  const text = tokenText(lines[lineIndex], start, end);
  const value = viewName(/\p{Ll}/u.test(text) ? text : titleCase(text));
  return candidateAt(lines, lineIndex, start, end, {
    type: "PER",
    rule: `extract.per/${rule}`,
    strength,
    value,
    valueRule: "normalize.per/name",
    entityKey: entityKeyOf("PER", value),
  });
}

/** Skip what may stand between a title and the name: a body, a sector word, the organisation or its acronym, a place, `, ông`. */
function afterTitle(tokens: readonly Token[], index: number, lex: Lexicon, spans: ReadonlyMap<number, number>): number {
  let position = lex.titleBodies.longest(tokens, index)?.end ?? index;
  position = lex.subBodies.longest(tokens, position)?.end ?? compoundEnd(tokens, position, lex) ?? position;
  for (let step = 0; step < 2; step++) position = spans.get(position) ?? position;
  // A place after its admin word (`Phó Tỉnh trưởng tỉnh Hủa Phăn` `Khăm-phăn Xi-thạ-đẹt`).
  const placeStart = adminWordAt(tokens, position, lex);
  if (placeStart !== null && spans.has(placeStart)) position = spans.get(placeStart)!;
  // A body named by its head and admin word only (`Phó Chủ tịch LĐLĐ tỉnh` `Nguyễn Thị Thu Hà`).
  const unnamed = lex.organizationHeads.starts(tokens[position]) ? parseOrganization(tokens, position, lex) : null;
  if (unnamed?.incomplete) position = unnamed.end;
  if (isAcronym(tokens[position]) && isCapitalisedWord(tokens[position + 1]) && tokens[position + 1].spaced) position += 1;
  if (tokens[position]?.text === ",") {
    const cue = lex.personCues.longest(tokens, position + 1);
    if (cue?.value === "honorific") position = cue.end;
  }
  return position;
}

/** Initials with dots (`M.H`, `T.T.`): a credit that names no one. */
function isInitials(tokens: readonly Token[], index: number): boolean {
  return [...tokens[index].text].length === 1 && tokens[index + 1]?.text === "." && !tokens[index + 1].spaced;
}

function creditCandidates(lines: readonly TokenLine[], lineIndex: number, index: number, lex: Lexicon): Candidate[] {
  const { tokens } = lines[lineIndex];
  const marker = lex.creditMarkers.longest(tokens, index);
  if (!marker || tokens[marker.end]?.text !== ":") return [];
  const found: Candidate[] = [];
  let start = marker.end + 1;
  while (isCapitalisedWord(tokens[start])) {
    const end = personRunEnd(tokens, start, lex);
    const excluded = (lex.creditNotNames.longest(tokens, start)?.end ?? 0) >= end || startsNonName(tokens, start, lex) || lex.abbreviations.has(tokens[start].text) || (end - start === 1 && (isAcronym(tokens[start]) || isInitials(tokens, start)));
    if (!excluded) found.push(personCandidate(lines, lineIndex, start, end, "photo-credit", "cue", lex));
    if (!["-", "–", ",", "/", "và"].includes(tokens[end]?.text ?? "")) break;
    start = end + 1;
  }
  return found;
}

/** The names listed after the first one an honorific or a title for several cues (`các đồng chí A, B và C`, `các Phó Chủ tịch A, B`). */
function listedAfter(lines: readonly TokenLine[], lineIndex: number, end: number, rule: string, lex: Lexicon): Candidate[] {
  const { tokens } = lines[lineIndex];
  const listed: Candidate[] = [];
  for (let joiner = end; LIST_JOINERS.has(tokens[joiner]?.text ?? ""); ) {
    const start = joiner + 1;
    const nameEnd = personRunEnd(tokens, start, lex);
    if (!nameAfterCue(tokens, start, nameEnd, lex)) break;
    listed.push(personCandidate(lines, lineIndex, start, nameEnd, rule, "cue", lex));
    joiner = nameEnd;
  }
  return listed;
}

/** Token index where an honorific (`ông`, `bà`, `đồng chí`) that ends right before `index` starts, else `index`. */
export function honorificStart(tokens: readonly Token[], index: number, lex: Lexicon): number {
  for (let start = Math.max(0, index - 2); start < index; start++) {
    const cue = lex.personCues.longest(tokens, start);
    if (cue?.value === "honorific" && cue.end === index) return start;
  }
  return index;
}

/** `các` or `những` right before a title, or before the honorific before it (`các đồng chí Phó Chủ tịch`): the title is several people's. */
export function isPluralBefore(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  return lex.pluralMarkers.has(tokens[honorificStart(tokens, index, lex) - 1]?.text ?? "");
}

/** Right after an organisation's head that ends in capitals (`Trường ĐH` `Tôn Đức Thắng`, `Trường THPT chuyên` `Lê Hồng Phong`): a name may start there. */
function afterAbbreviatedHead(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  // Past a modifier between the head and the name (`Trường THPT chuyên` `Lê Hồng Phong`).
  const headEnd = lex.headModifiers.has(tokens[index - 1]?.text ?? "") ? index - 1 : index;
  if (!tokens[headEnd - 1]?.allCaps) return false;
  return lex.organizationHeads.endsAt(tokens, headEnd, 3);
}

const MIN_NESTED_NAME_SYLLABLES = 3;

function nestedNameEnd(tokens: readonly Token[], index: number, end: number, lex: Lexicon): number | null {
  const nameEnd = personShapeEnd(tokens.slice(0, end), index, lex);
  return nameEnd !== null && nameEnd - index >= MIN_NESTED_NAME_SYLLABLES ? nameEnd : null;
}

function enclosingEnd(spans: ReadonlyMap<number, number>, index: number): number | null {
  for (const [start, end] of spans) if (start < index && index < end) return end;
  return null;
}

const NO_CANDIDATES: readonly Candidate[] = [];

/** Names found by their shape at `index`: Vietnamese, Lao and foreign. */
function shapedNames(lines: readonly TokenLine[], lineIndex: number, index: number, lex: Lexicon, spans: ReadonlyMap<number, number>, ends: ReadonlySet<number>): readonly Candidate[] {
  const { tokens } = lines[lineIndex];
  const nested = afterAbbreviatedHead(tokens, index, lex);
  if (!isCapitalisedWord(tokens[index]) || (!startsRun(tokens, index) && !ends.has(index) && !nested)) return NO_CANDIDATES;
  const candidates: Candidate[] = [];
  // The name a school is named after ends with the school's name (`Trường ĐH Tôn Đức Thắng` `Trần Trọng Đạo`), and is a full
  // name: two syllables after `Trường THPT` are as often its district's (`Mai Sơn`, `Cao Lộc`).
  const shapeEnd = nested ? nestedNameEnd(tokens, index, enclosingEnd(spans, index) ?? tokens.length, lex) : personShapeEnd(tokens, index, lex);
  if (shapeEnd !== null && !startsNonName(tokens, index, lex)) candidates.push(personCandidate(lines, lineIndex, index, shapeEnd, "name-shape", "shape", lex));
  const laoEnd = laoShapeEnd(tokens, index, lex);
  if (laoEnd !== null) candidates.push(personCandidate(lines, lineIndex, index, laoEnd, "lao-name", "shape", lex));
  const foreign = foreignRun(tokens, index, lex);
  if (foreign?.kind === "PER") candidates.push(personCandidate(lines, lineIndex, index, foreign.end, "foreign-name", "shape", lex));
  return candidates;
}

/**
 * PER candidates of one line. `spans` maps the first token of each ORG and LOC
 * candidate of the line to its end, so a title can be followed past them.
 */
export function findPersons(lines: readonly TokenLine[], lineIndex: number, lex: Lexicon, spans: ReadonlyMap<number, number>): Candidate[] {
  const { tokens } = lines[lineIndex];
  const ends = new Set(spans.values());
  const candidates: Candidate[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind !== "word") continue;
    if (lex.creditMarkers.starts(token)) candidates.push(...creditCandidates(lines, lineIndex, index, lex));
    const cue = lex.personCues.starts(token) ? lex.personCues.longest(tokens, index) : null;
    const placeHere = lex.places.longest(tokens, index);
    // A descriptor right after a place's head is a word of the place's name (`cửa khẩu Cha Lo`), not `cha` (father).
    const namesWord = cue?.value === "descriptor" && lex.placeHeads.endsAt(tokens, index, 3);
    if (cue && !namesWord && !(placeHere && placeHere.end > cue.end)) {
      const end = personRunEnd(tokens, cue.end, lex);
      if (nameAfterCue(tokens, cue.end, end, lex)) {
        candidates.push(personCandidate(lines, lineIndex, cue.end, end, cue.value, "cue", lex));
        if (cue.value === "honorific" && lex.pluralMarkers.has(tokens[index - 1]?.text ?? "")) candidates.push(...listedAfter(lines, lineIndex, end, "listed-after-honorific", lex));
      }
    }
    const title = lex.titles.starts(token) ? lex.titles.longest(tokens, index) : null;
    if (title) {
      const shared = isPluralBefore(tokens, index, lex);
      const skipped = afterTitle(tokens, title.end, lex, spans);
      // A colon before the names a title is several people's (`các Phó Chủ tịch LĐLĐ tỉnh: Vì Thị Thu Lan, Hoàng Minh Tuấn`).
      const start = shared && tokens[skipped]?.text === ":" && isCapitalisedWord(tokens[skipped + 1]) ? skipped + 1 : skipped;
      const end = personRunEnd(tokens, start, lex);
      const whole = end - start > 1 || isForeignWord(tokens[start]) || tokens[end]?.kind !== "word";
      if (whole && nameAfterCue(tokens, start, end, lex)) {
        candidates.push(personCandidate(lines, lineIndex, start, end, "title", "cue", lex));
        if (shared) candidates.push(...listedAfter(lines, lineIndex, end, "listed-after-title", lex));
      }
    }
    candidates.push(...shapedNames(lines, lineIndex, index, lex, spans, ends));
    const namesake = lex.namesakes.starts(token) ? lex.namesakes.longest(tokens, index) : null;
    // A figure schools and sites are named after, wherever the name stands (`Trường Chính trị Tô Hiệu`, `Bia Lê Lợi`), unless a longer name goes on.
    if (namesake && personRunEnd(tokens, index, lex) <= namesake.end) candidates.push(personCandidate(lines, lineIndex, index, namesake.end, "namesake", "shape", lex));
  }
  return candidates;
}
