/**
 * Person names within one article. A full name found once (by a cue or its
 * shape) is a PER wherever it stands again as a whole capitalised run, and
 * so are its short forms: the last one or two syllables of a Vietnamese name
 * (`Xuân Son` after `Nguyễn Xuân Son`, `Hùng` after `Trần Văn Hùng`) and the
 * last word of a foreign one (`Biden` after `Joe Biden`). A short form takes
 * the full name's value and entity (`đồng chí Long` after `Rơ Chăm Long`):
 * the closest earlier full name that ends with it, else a later one. A
 * foreign name also lends its first word, which may be the family name
 * (`Ishiba` after `Ishiba Shigeru`) or the name a player goes by (`Alan`),
 * and so does a Lao name written with hyphens (`Khăm-phăn`).
 */
import { countBefore } from "../../core/search.ts";
import { candidateAt, entityKeyOf, tokenText, viewName, type Candidate } from "./candidates.ts";
import type { Lexicon } from "./lexicon.ts";
import { lexiconForm } from "./lexicon.ts";
import { spelledForeign } from "./foreign.ts";
import { capitalisedRunEnd, compoundEnd, isCapitalisedWord, startsRun } from "./namewords.ts";
import type { Token, TokenLine } from "./tokens.ts";

export interface LinkedCandidate extends Candidate {
  /** The full name a short form was resolved to. */
  readonly fullName?: Candidate;
}

/** Full names that lend their short forms: not photo credits (`Ảnh: NGÔ ANH` does not make `Anh` a name). */
const SHORT_FORM_SOURCES = new Set(["extract.per/honorific", "extract.per/descriptor", "extract.per/title", "extract.per/name-shape", "extract.per/lao-name", "extract.per/foreign-name"]);

const wordsOf = (value: string) => value.split(" ");

function runKey(line: TokenLine, start: number, end: number): string {
  let key = line.tokens[start].text.toLowerCase();
  for (let index = start + 1; index < end; index++) key += ` ${line.tokens[index].text.toLowerCase()}`;
  return key;
}

interface Repeat {
  readonly full: Candidate;
  /** A one-word short form, which needs more care than a whole name. */
  readonly single: boolean;
}

function addKey(keys: Map<string, Repeat>, words: readonly string[], repeat: Repeat): void {
  const key = words.join(" ").toLowerCase();
  if (!keys.has(key)) keys.set(key, repeat);
}

/**
 * A name whose first word may stand alone: a foreign one whose first word is
 * not a Vietnamese family name (`Nguyễn Filip`), or a Lao one written with
 * hyphens, where the given name comes first (`ông Khăm-phăn` after
 * `Khăm-phăn Xi-xổm-phon`).
 */
function lendsFirstWord(words: readonly string[], lex: Lexicon): boolean {
  return words.length >= 2 && (words.some(spelledForeign) || words[0].includes("-")) && !lex.knownSurnames.has(words[0]);
}

/** Keys of the surfaces that repeat a full name: the name, its last two syllables, its last word (and a foreign name's first). */
function repeatKeys(fullNames: readonly Candidate[], lex: Lexicon): Map<string, Repeat> {
  const keys = new Map<string, Repeat>();
  for (const full of fullNames) addKey(keys, wordsOf(full.value), { full, single: false });
  for (const full of fullNames) {
    if (!SHORT_FORM_SOURCES.has(full.rule)) continue;
    const words = wordsOf(full.value);
    if (words.length >= 3 && !lex.laoSyllables.has(words[0])) addKey(keys, words.slice(-2), { full, single: false });
    addKey(keys, words.slice(-1), { full, single: true });
    if (lendsFirstWord(words, lex)) addKey(keys, words.slice(0, 1), { full, single: true });
  }
  return keys;
}

/** A one-word short form must not be a cue, a place, a word's first syllable, or follow a blocker (`miền Nam`). */
function singleAllowed(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  const token = tokens[index];
  // Nor the first word of a place, a compound or an organisation's head of several words (`Liên hiệp Công đoàn tỉnh đã …`, not the given name
  // `Liên`; `Trường cho biết` may be Nguyễn Xuân Trường).
  if (lex.honorificWords.has(token.text) || lex.places.longest(tokens, index) || compoundEnd(tokens, index, lex) !== null || (lex.organizationHeads.longest(tokens, index)?.end ?? index) > index + 1) return false;
  return !lex.shortNameBlockers.has(tokens[index - 1]?.text ?? "") && !lex.shortNameEnders.has(tokens[index + 1]?.text ?? "");
}

/** Whether [from, to) overlaps one of `spans`: sorted starts and running maximum ends, so each question is a binary search. */
function occupied(spans: readonly { from: number; to: number }[]): (from: number, to: number) => boolean {
  const sorted = [...spans].sort((left, right) => left.from - right.from);
  const reach: number[] = [];
  for (const span of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, span.to));
  return (from, to) => {
    const starting = countBefore(sorted.length, (index) => sorted[index]!.from < to);
    return starting > 0 && reach[starting - 1]! > from;
  };
}

function repeatedNames(lines: readonly TokenLine[], kept: readonly Candidate[], fullNames: readonly Candidate[], lex: Lexicon): Candidate[] {
  const keys = repeatKeys(fullNames, lex);
  if (keys.size === 0) return [];
  const keptByLine = new Map<number, Candidate[]>();
  for (const candidate of kept) {
    const onLine = keptByLine.get(candidate.line);
    if (onLine) onLine.push(candidate);
    else keptByLine.set(candidate.line, [candidate]);
  }
  const takenByLine = new Map([...keptByLine].map(([lineIndex, onLine]) => [lineIndex, occupied(onLine)]));
  const taken = (lineIndex: number, from: number, to: number) => takenByLine.get(lineIndex)?.(from, to) ?? false;
  // A run whose first word starts no key repeats nothing: most runs are let go before their key is built.
  const firstWords = new Set([...keys.keys()].map((key) => key.split(" ")[0]));
  const found: Candidate[] = [];
  lines.forEach((line, lineIndex) => {
    const { tokens } = line;
    for (let index = 0; index < tokens.length; index++) {
      if (!isCapitalisedWord(tokens[index]) || !startsRun(tokens, index)) continue;
      const end = capitalisedRunEnd(tokens, index, lex.maxNameSyllables);
      const repeat = firstWords.has(tokens[index].text.toLowerCase()) ? keys.get(runKey(line, index, end)) : undefined;
      const allowed = repeat && (!repeat.single || singleAllowed(tokens, index, lex));
      if (allowed && !taken(lineIndex, tokens[index].from, tokens[end - 1].to)) {
        const text = tokenText(line, index, end);
        found.push(
          candidateAt(lines, lineIndex, index, end, {
            type: "PER",
            rule: "extract.per/repeated-name",
            strength: "lexicon",
            value: viewName(/\p{Ll}/u.test(text) ? text : lexiconForm(text)),
            valueRule: "normalize.per/name",
            entityKey: entityKeyOf("PER", viewName(text)),
          }),
        );
      }
      index = end - 1;
    }
  });
  return found;
}

/**
 * The full name a short form stands for: the closest earlier full name
 * that ends with it (or, foreign, starts with its word), else the first
 * later one. Full names are indexed by every proper word suffix, in text order.
 */
function fullNameFinder(fullNames: readonly Candidate[], lex: Lexicon): (short: Candidate) => Candidate | undefined {
  const bySuffix = new Map<string, Candidate[]>();
  const index = (key: string, full: Candidate) => {
    const list = bySuffix.get(key);
    if (list) list.push(full);
    else bySuffix.set(key, [full]);
  };
  for (const full of [...fullNames].sort((left, right) => left.from - right.from)) {
    const words = wordsOf(full.value.toLowerCase());
    for (let start = 1; start < words.length; start++) index(words.slice(start).join(" "), full);
    if (lendsFirstWord(wordsOf(full.value), lex)) index(words[0], full);
  }
  return (short) => {
    const matching = bySuffix.get(short.value.toLowerCase());
    if (!matching) return undefined;
    const earlier = countBefore(matching.length, (index) => matching[index]!.from < short.from);
    return earlier > 0 ? matching[earlier - 1] : matching[0];
  };
}

/** Add repeated names and resolve short forms to the full name of the same article. */
export function linkPersons(lines: readonly TokenLine[], kept: readonly Candidate[], lex: Lexicon): LinkedCandidate[] {
  const fullNames = kept.filter((candidate) => candidate.type === "PER" && wordsOf(candidate.value).length >= 2);
  const all = [...kept, ...repeatedNames(lines, kept, fullNames, lex)].sort((left, right) => left.from - right.from || right.to - left.to);
  const fullNameOf = fullNameFinder(fullNames, lex);
  return all.map((candidate) => {
    if (candidate.type !== "PER") return candidate;
    const full = fullNameOf(candidate);
    if (!full) return candidate;
    // Not `{ ...candidate, value, … }`: V8 copies a spread followed by more properties many times slower.
    return Object.assign({}, candidate, { value: full.value, valueRule: "normalize.per/short-form-of-full-name", entityKey: full.entityKey, fullName: full });
  });
}
