/**
 * The name rules (names.yaml) and the gazetteer compiled into tries and sets,
 * once per loaded Resources. Every extractor of names looks words up here.
 */
import { normalizeValue, titleCase } from "../../core/normalize.ts";
import type { Resources } from "../../resources.ts";
import type { PlaceEntry } from "../../resources/gazetteer.ts";
import { caseVariants, PhraseTrie, trieOf } from "./trie.ts";
import { phraseWords } from "./tokens.ts";

export interface OrganizationHead {
  /** The head written in full (`LĐLĐ` → `Liên đoàn Lao động`). */
  readonly expanded: string;
  readonly provincial: boolean;
  readonly numbered: boolean;
  readonly tailRequired: boolean;
}

export interface PlaceMatch {
  readonly place: PlaceEntry;
  /** Also written as a personal name (`Đức`, `Mỹ`): a LOC only in context. */
  readonly ambiguous: boolean;
}

export type PersonCue = "honorific" | "descriptor";

export interface Lexicon {
  readonly personCues: PhraseTrie<PersonCue>;
  readonly honorificWords: ReadonlySet<string>;
  readonly titles: PhraseTrie<true>;
  readonly titleBodies: PhraseTrie<true>;
  readonly titleJoiners: ReadonlySet<string>;
  readonly organizationHeads: PhraseTrie<OrganizationHead>;
  readonly headModifiers: ReadonlySet<string>;
  /** First words of heads that may also be the name inside another organisation's name (`Trường Đại học Công đoàn`). */
  readonly headsAsNames: ReadonlySet<string>;
  readonly organizationNames: PhraseTrie<string>;
  readonly subBodies: PhraseTrie<true>;
  readonly adminWords: PhraseTrie<string>;
  readonly placeHeads: PhraseTrie<true>;
  readonly places: PhraseTrie<PlaceMatch>;
  /** The place a name means after an admin word (`tỉnh Viêng Chăn` is LA-VI), if the gazetteer says. */
  qualifiedPlace(name: string, adminWord: string): PlaceEntry | undefined;
  readonly placeBlockers: ReadonlySet<string>;
  /** Lower-case continuations of a capitalised syllable, keyed by the syllable in lower case. */
  readonly compounds: ReadonlyMap<string, PhraseTrie<true>>;
  readonly lowercaseNameWords: PhraseTrie<true>;
  readonly nameBreakers: PhraseTrie<true>;
  /** Lower-case nouns before an organisation's name (`hãng`, `quỹ đầu tư`). */
  readonly organizationCues: PhraseTrie<true>;
  readonly connectors: ReadonlySet<string>;
  readonly creditMarkers: PhraseTrie<true>;
  readonly creditNotNames: PhraseTrie<true>;
  readonly abbreviations: ReadonlyMap<string, string>;
  /** Family names frequent enough to start a name without a cue. */
  readonly cuelessSurnames: PhraseTrie<true>;
  /** Family names at least as frequent as `min_surname_weight` (no extra ones). */
  readonly frequentSurnames: PhraseTrie<true>;
  /** Every family name of the lexicon. */
  readonly knownSurnames: ReadonlySet<string>;
  readonly givenSyllables: ReadonlySet<string>;
  readonly laoSyllables: ReadonlySet<string>;
  readonly documentHeads: PhraseTrie<true>;
  readonly documentNumberWords: ReadonlySet<string>;
  /** Nouns counted in a document's name (`Bản ghi nhớ 6 điểm`). */
  readonly documentCountNouns: ReadonlySet<string>;
  readonly foreignOtherWords: ReadonlySet<string>;
  readonly shortNameBlockers: ReadonlySet<string>;
  readonly minorityMiddleNames: ReadonlySet<string>;
  readonly foreignOrganizationWords: ReadonlySet<string>;
  /** Lexicon bits of a word, stored on each token (tokens.ts) so that `starts` is one bit test. */
  readonly wordFlags: (word: string) => number;
  readonly maxGivenSyllables: number;
  readonly minLaoSyllables: number;
  readonly maxNameSyllables: number;
}

const compiled = new WeakMap<Resources, Lexicon>();

function organizationHeads(resources: Resources): PhraseTrie<OrganizationHead> {
  const rules = resources.names.organization;
  const provincial = new Set(rules.provincial_heads);
  const numbered = new Set(rules.numbered_heads);
  const tailRequired = new Set(rules.tail_required_heads);
  const describe = (expanded: string): OrganizationHead => ({
    expanded: normalizeValue(expanded),
    provincial: provincial.has(expanded),
    numbered: numbered.has(expanded),
    tailRequired: tailRequired.has(expanded),
  });
  const trie = new PhraseTrie<OrganizationHead>();
  const heads = new Set(rules.heads);
  for (const head of rules.heads) trie.add(head, describe(head));
  for (const [abbreviation, expansion] of Object.entries(resources.names.abbreviations)) {
    if (heads.has(expansion)) trie.add(abbreviation, describe(expansion));
    if (heads.has(`Tổng ${expansion}`)) trie.add(`Tổng ${abbreviation}`, describe(`Tổng ${expansion}`));
  }
  return trie;
}

function places(resources: Resources): PhraseTrie<PlaceMatch> {
  const { gazetteer } = resources;
  const trie = new PhraseTrie<PlaceMatch>();
  for (const name of gazetteer.placeNames()) {
    const place = gazetteer.lookupPlace(name);
    if (!place) continue;
    const match = { place, ambiguous: gazetteer.isAmbiguousPlaceName(name) };
    for (const variant of caseVariants(name)) trie.add(variant, match);
  }
  return trie;
}

function titles(resources: Resources): PhraseTrie<true> {
  const { positions, prefixes, suffixes } = resources.names.titles;
  const trie = new PhraseTrie<true>();
  for (const position of positions) {
    for (const prefix of ["", ...prefixes]) {
      const base = prefix ? `${prefix} ${position}` : position;
      for (const suffix of ["", ...suffixes]) for (const variant of caseVariants(suffix ? `${base} ${suffix}` : base)) trie.add(variant, true);
    }
  }
  return trie;
}

function compounds(resources: Resources): Map<string, PhraseTrie<true>> {
  const map = new Map<string, PhraseTrie<true>>();
  for (const [first, continuations] of Object.entries(resources.names.name_words.compounds)) {
    map.set(first, trieOf(continuations, () => true as const));
  }
  return map;
}

function cuelessSurnames(resources: Resources, withExtra = true): PhraseTrie<true> {
  const { min_surname_weight: minimum } = resources.names.person;
  const extra = withExtra ? resources.names.person.extra_surnames : [];
  const frequent = [...resources.gazetteer.surnameWeights].filter(([, weight]) => weight >= minimum).map(([surname]) => surname);
  const trie = new PhraseTrie<true>();
  for (const surname of [...frequent, ...extra.map(normalizeValue)]) {
    trie.add(surname, true);
    trie.add(phraseWords(surname).map((word) => word.toUpperCase()), true);
  }
  return trie;
}

function phrases(list: readonly string[]): PhraseTrie<true> {
  return trieOf(list, () => true as const);
}

/** A trie of the phrases exactly as written (lower-case words that must not match capitalised). */
function phraseTrieOf(list: readonly string[]): PhraseTrie<true> {
  const trie = new PhraseTrie<true>();
  for (const phrase of list) trie.add(phrase, true);
  return trie;
}

function compile(resources: Resources): Lexicon {
  const lexiconWithoutFlags = compileTries(resources);
  const tries = [
    lexiconWithoutFlags.personCues,
    lexiconWithoutFlags.titles,
    lexiconWithoutFlags.titleBodies,
    lexiconWithoutFlags.organizationHeads,
    lexiconWithoutFlags.organizationNames,
    lexiconWithoutFlags.subBodies,
    lexiconWithoutFlags.adminWords,
    lexiconWithoutFlags.placeHeads,
    lexiconWithoutFlags.places,
    lexiconWithoutFlags.lowercaseNameWords,
    lexiconWithoutFlags.creditMarkers,
    lexiconWithoutFlags.creditNotNames,
    lexiconWithoutFlags.cuelessSurnames,
    lexiconWithoutFlags.frequentSurnames,
    lexiconWithoutFlags.documentHeads,
    lexiconWithoutFlags.organizationCues,
  ] as PhraseTrie<unknown>[];
  return { ...lexiconWithoutFlags, wordFlags: flagTries(tries) };
}

function compileTries(resources: Resources): Lexicon {
  const rules = resources.names;
  const personCues = new PhraseTrie<PersonCue>();
  for (const phrase of rules.person.honorifics) for (const variant of caseVariants(phrase)) personCues.add(variant, "honorific");
  for (const phrase of rules.person.descriptors) for (const variant of caseVariants(phrase)) personCues.add(variant, "descriptor");
  const organizationNames = trieOf(Object.keys(rules.organization.names), (name) => normalizeValue(rules.organization.names[name]));
  const abbreviations = new Map(Object.entries(rules.abbreviations));
  const expanded = (name: string) => normalizeValue(name.split(" ").map((word) => abbreviations.get(word) ?? word).join(" "));
  for (const bank of resources.gazetteer.banks) {
    organizationNames.add(bank.short_name, expanded(bank.name));
    organizationNames.add(bank.name, expanded(bank.name));
  }
  return {
    personCues,
    honorificWords: new Set(rules.person.honorifics.flatMap(caseVariants)),
    titles: titles(resources),
    titleBodies: phrases(rules.titles.bodies),
    titleJoiners: new Set(rules.titles.joiners),
    organizationHeads: organizationHeads(resources),
    headModifiers: new Set(rules.organization.head_modifiers),
    headsAsNames: new Set(rules.organization.heads_as_names.map((head) => phraseWords(head)[0])),
    organizationNames,
    subBodies: phrases(rules.organization.sub_bodies),
    adminWords: trieOf(Object.keys(rules.admin_words), (word) => rules.admin_words[word]),
    placeHeads: phrases(rules.place.heads),
    places: places(resources),
    qualifiedPlace: (name, adminWord) => resources.gazetteer.lookupPlace(name, { adminWord }),
    placeBlockers: new Set(rules.place.blockers),
    compounds: compounds(resources),
    lowercaseNameWords: phrases(rules.name_words.lowercase),
    nameBreakers: phraseTrieOf(rules.name_words.breakers),
    organizationCues: phraseTrieOf(rules.organization.cues),
    connectors: new Set(rules.name_words.connectors),
    creditMarkers: phrases(rules.person.credit_markers),
    creditNotNames: phrases(rules.person.credit_not_names),
    abbreviations: new Map(Object.entries(rules.abbreviations).map(([abbreviation, expansion]) => [abbreviation, normalizeValue(expansion)])),
    cuelessSurnames: cuelessSurnames(resources),
    frequentSurnames: cuelessSurnames(resources, false),
    knownSurnames: resources.gazetteer.surnames,
    givenSyllables: resources.gazetteer.givenSyllables,
    laoSyllables: resources.gazetteer.laoSyllables,
    documentHeads: phrases(rules.documents.heads),
    documentNumberWords: new Set(rules.documents.number_words),
    documentCountNouns: new Set(rules.documents.count_nouns),
    foreignOtherWords: new Set(rules.person.foreign_other_words),
    shortNameBlockers: new Set(rules.person.short_name_blockers),
    minorityMiddleNames: new Set(rules.person.minority_middle_names),
    foreignOrganizationWords: new Set(rules.organization.foreign_words),
    wordFlags: () => 0,
    maxGivenSyllables: rules.person.max_given_syllables,
    minLaoSyllables: rules.person.min_lao_syllables,
    maxNameSyllables: rules.person.max_name_syllables,
  };
}

/** Give each trie a bit and index the first words of its phrases, so a token carries all its lookups in one number. */
function flagTries(tries: readonly PhraseTrie<unknown>[]): (word: string) => number {
  const flags = new Map<string, number>();
  tries.forEach((trie, position) => {
    trie.flag = 1 << position;
    for (const word of trie.firstWords()) flags.set(word, (flags.get(word) ?? 0) | trie.flag);
  });
  return (word) => flags.get(word) ?? 0;
}

export function lexicon(resources: Resources): Lexicon {
  let result = compiled.get(resources);
  if (!result) {
    result = compile(resources);
    compiled.set(resources, result);
  }
  return result;
}

/** A name syllable as the lexicons write it (`NGÔ` → `Ngô`). */
export function lexiconForm(word: string): string {
  return /\p{Ll}/u.test(word) ? word : titleCase(word);
}
