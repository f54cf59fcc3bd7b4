/**
 * The name rules (names.yaml) and the gazetteer compiled into tries and sets,
 * once per loaded Resources. Every extractor of names looks words up here.
 */
import { SCALE_WORDS } from "../../core/numbers.ts";
import { normalizeValue, titleCase } from "../../core/normalize.ts";
import type { Resources } from "../../resources.ts";
import type { PlaceEntry } from "../../resources/gazetteer.ts";
import { caseVariants, PhraseTrie, trieOf } from "./trie.ts";
import { phraseWords } from "./tokens.ts";

export interface OrganizationHead {
  /** The head written in full (`LĐLĐ` → `Liên đoàn Lao động`). */
  readonly expanded: string;
  readonly provincial: boolean;
  /** A province's department (`Sở`): the province after its name takes its admin word in the value. */
  readonly departmental: boolean;
  readonly numbered: boolean;
  readonly tailRequired: boolean;
  /** Named with where it sits: after its name (`Đại sứ quán Việt Nam` `tại Lào`), or right after the head, a name already (`Hội người Việt Nam` `tại Lào`). */
  readonly seated: "after-name" | "own" | null;
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
  /** `Chủ tịch Hồ Chí Minh`: a title and name that state no position. */
  readonly notPositions: PhraseTrie<true>;
  readonly titleJoiners: ReadonlySet<string>;
  /** `ban` in `ban giám đốc`: a group named by a lower-case title, not a position. */
  readonly titleGroupNouns: PhraseTrie<true>;
  readonly organizationHeads: PhraseTrie<OrganizationHead>;
  /** Heads of organisations that, right after another organisation's name, are part of it (`CLB Công an Hà Nội`). */
  readonly parentHeads: PhraseTrie<OrganizationHead>;
  /** By a unit's head (`Trung tâm`): heads of the bodies named after the unit's name (`unit_parents`). */
  readonly unitParents: ReadonlyMap<string, PhraseTrie<OrganizationHead>>;
  /** Heads of the body of all the zones of a place, the word before the zones, and the zones' words (`zone_bodies`). */
  readonly zoneBodies: { readonly heads: ReadonlySet<string>; readonly marker: string; readonly zones: PhraseTrie<true> };
  /** Heads of a body that belongs to an organisation named right after them (`Công đoàn` `Công ty …`). */
  readonly memberHeads: ReadonlySet<string>;
  /** `công ty`, `nhà trường` after a title: the organisation named before whose name starts with this head. */
  readonly referringNouns: PhraseTrie<string>;
  /** Abbreviations that are a member head only right before the organisation the body belongs to (`CĐ` `Công ty …`). */
  readonly memberAbbreviations: ReadonlyMap<string, OrganizationHead>;
  /** Heads of a business's name (`Công ty`, `Tập đoàn`), with their abbreviations. */
  readonly companyHeads: PhraseTrie<OrganizationHead>;
  /** A business's legal form after its head (`TNHH`, `Cổ phần`). */
  readonly companyForms: PhraseTrie<true>;
  readonly headModifiers: ReadonlySet<string>;
  readonly seatWords: ReadonlySet<string>;
  /** A diplomat's title in lower case → the head of the mission (`đại sứ` → `Đại sứ quán`). */
  readonly missions: ReadonlyMap<string, string>;
  /** First words of heads that may also be the name inside another organisation's name (`Trường Đại học Công đoàn`). */
  readonly headsAsNames: ReadonlySet<string>;
  /** The heads that may be a name inside another name, whole (`Công đoàn`, not `Công ty`). */
  readonly headsAsNamePhrases: ReadonlySet<string>;
  readonly organizationNames: PhraseTrie<string>;
  readonly subBodies: PhraseTrie<true>;
  readonly adminWords: PhraseTrie<string>;
  readonly placeHeads: PhraseTrie<true>;
  readonly places: PhraseTrie<PlaceMatch>;
  /** The place a name means after an admin word (`tỉnh Viêng Chăn` is LA-VI), if the gazetteer says. */
  qualifiedPlace(name: string, adminWord: string): PlaceEntry | undefined;
  readonly placeBlockers: ReadonlySet<string>;
  /** `Bắc` in `các tỉnh Bắc Lào`: a part of the country after it. */
  readonly directions: ReadonlySet<string>;
  /** Canonical admin words whose places are all in the gazetteer (`tỉnh`). */
  readonly firstLevelAdminWords: ReadonlySet<string>;
  /** Admin words of a town, which may share its province's name (`thành phố Sa-la-van`). */
  readonly townAdminWords: ReadonlySet<string>;
  /** ISO codes of provinces that are a city themselves (`thành phố Viêng Chăn`). */
  readonly townFreeProvinces: ReadonlySet<string>;
  /** Words after an admin word that make it another word (`Tỉnh ủy`). */
  readonly adminWordEnders: ReadonlySet<string>;
  /** Canonical admin words that, capitalised with no place after, refer back to one named before (`LĐLĐ Thành phố`). */
  readonly referringAdminWords: ReadonlySet<string>;
  /** `các`, `những` before a feature's head: a kind, not one feature. */
  readonly featurePluralMarkers: ReadonlySet<string>;
  /** A list of places after one admin word: plural markers before it, qualifiers after it, joiners between names. */
  readonly placeList: { readonly markers: ReadonlySet<string>; readonly qualifiers: PhraseTrie<true>; readonly joiners: ReadonlySet<string> };
  /** Lower-case continuations of a capitalised syllable, keyed by the syllable in lower case. */
  readonly compounds: ReadonlyMap<string, PhraseTrie<true>>;
  /** The bit tokens carry when `compounds` has their lower-case form (see `wordFlags`). */
  readonly compoundFlag: number;
  readonly lowercaseNameWords: PhraseTrie<true>;
  readonly nameBreakers: PhraseTrie<true>;
  /** Lower-case nouns before an organisation's name (`hãng`, `quỹ đầu tư`). */
  readonly organizationCues: PhraseTrie<true>;
  /** Words that end with an organisation cue but are no cue (`tượng đài`). */
  readonly notOrganizationCues: PhraseTrie<true>;
  readonly connectors: ReadonlySet<string>;
  readonly creditMarkers: PhraseTrie<true>;
  readonly creditNotNames: PhraseTrie<true>;
  /** Capitalised words shaped like a name that name a field (`Nông Lâm`). */
  readonly shapedNotNames: PhraseTrie<true>;
  /** Figures schools, streets and sites are named after (`Tô Hiệu`). */
  readonly namesakes: PhraseTrie<true>;
  readonly abbreviations: ReadonlyMap<string, string>;
  /** Family names frequent enough to start a name without a cue. */
  readonly cuelessSurnames: PhraseTrie<true>;
  /** Family names at least as frequent as `min_surname_weight` (no extra ones). */
  readonly frequentSurnames: PhraseTrie<true>;
  /** Family names common enough (`open_given_surname_weight`) to start a name whose given syllables are partly unknown. */
  readonly commonSurnames: PhraseTrie<true>;
  /** Every family name of the lexicon. */
  readonly knownSurnames: ReadonlySet<string>;
  readonly givenSyllables: ReadonlySet<string>;
  readonly laoSyllables: ReadonlySet<string>;
  readonly documentHeads: PhraseTrie<true>;
  readonly documentNumberWords: ReadonlySet<string>;
  /** Nouns counted in a document's name (`Bản ghi nhớ 6 điểm`). */
  readonly documentCountNouns: ReadonlySet<string>;
  readonly foreignOtherWords: ReadonlySet<string>;
  /** First words of what a number may count (values.yaml units and date words): `3 năm`, `5 người`. */
  readonly countNouns: ReadonlySet<string>;
  readonly shortNameBlockers: ReadonlySet<string>;
  /** Words after a short form that make it another word (`Thành ủy`). */
  readonly shortNameEnders: ReadonlySet<string>;
  readonly minorityMiddleNames: ReadonlySet<string>;
  /** Lower-case particles inside a foreign name (`ten` in `Erik ten Hag`). */
  readonly nameParticles: ReadonlySet<string>;
  /** `các` before `đồng chí`: the honorific cues a list of names. */
  readonly pluralMarkers: ReadonlySet<string>;
  /** Words ending a foreign name with their full stop (`Jr.`). */
  readonly nameSuffixes: ReadonlySet<string>;
  readonly foreignOrganizationWords: ReadonlySet<string>;
  /** Lexicon bits of a word, stored on each token (tokens.ts) so that `starts` is one bit test. */
  readonly wordFlags: (word: string) => number;
  readonly maxGivenSyllables: number;
  readonly minLaoSyllables: number;
  readonly maxNameSyllables: number;
}

const compiled = new WeakMap<Resources, Lexicon>();

/** What the rules say of a head, by its expanded form. */
function headDescriber(resources: Resources): (expanded: string) => OrganizationHead {
  const rules = resources.names.organization;
  const provincial = new Set(rules.provincial_heads);
  const departmental = new Set(rules.department_heads);
  const numbered = new Set(rules.numbered_heads);
  const tailRequired = new Set(rules.tail_required_heads);
  const seatedHeads = new Set(rules.seated_heads);
  const seatedNames = new Set(rules.seated_names);
  return (expanded) => ({
    expanded: normalizeValue(expanded),
    provincial: provincial.has(expanded),
    departmental: departmental.has(expanded),
    numbered: numbered.has(expanded),
    tailRequired: tailRequired.has(expanded),
    seated: seatedNames.has(expanded) ? "own" : seatedHeads.has(expanded) ? "after-name" : null,
  });
}

/**
 * The word a head opens with when its other words start the abbreviation's
 * expansion: `Trường` for `Trường Trung học` and `THPT` (`Trung học phổ
 * thông`), so `Trường THPT` is a head as `Trường Đại học` is.
 */
function abbreviatedKind(head: string, expansion: string): string | null {
  const space = head.indexOf(" ");
  if (space < 0) return null;
  const rest = head.slice(space + 1);
  return expansion === rest || expansion.startsWith(`${rest} `) ? head.slice(0, space) : null;
}

/** Heads (all, or those of `only`) and their abbreviated forms: `LĐLĐ`, `Tổng LĐLĐ`, `TAND cấp cao tại`. */
function organizationHeads(resources: Resources, only?: ReadonlySet<string>): PhraseTrie<OrganizationHead> {
  const rules = resources.names.organization;
  const describe = headDescriber(resources);
  const trie = new PhraseTrie<OrganizationHead>();
  const heads = rules.heads.filter((head) => !only || only.has(head));
  for (const head of heads) trie.add(head, describe(head));
  for (const [spelling, head] of Object.entries(rules.head_spellings)) if (heads.includes(head)) trie.add(spelling, describe(head));
  for (const [abbreviation, expansion] of Object.entries(resources.names.abbreviations)) {
    for (const head of heads) {
      if (head === expansion) trie.add(abbreviation, describe(head));
      else if (head.startsWith(`${expansion} `)) trie.add(`${abbreviation}${head.slice(expansion.length)}`, describe(head));
      else if (head === `Tổng ${expansion}`) trie.add(`Tổng ${abbreviation}`, describe(head));
      else {
        const kind = abbreviatedKind(head, expansion);
        if (!kind) continue;
        const described = describe(head);
        // `Trường THPT Nông Cống 1` is numbered as `Trường` is.
        trie.add(`${kind} ${abbreviation}`, { ...described, numbered: described.numbered || describe(kind).numbered, expanded: normalizeValue(`${kind} ${expansion}`) });
      }
    }
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

/**
 * A title as written, capitalised, and in lower case as some papers write
 * titles after a name (`bà A, phó chủ tịch HĐND TP.HCM`, `ủy viên Ban
 * Thường vụ Thành ủy`): its first word, or all its words; not a one-word
 * title or one that in lower case is common words (`làm trưởng đoàn`).
 */
function titleVariants(title: string, notLowercase: readonly string[]): string[] {
  const lower = title.toLowerCase();
  if (!lower.includes(" ") || notLowercase.some((phrase) => lower.endsWith(phrase))) return caseVariants(title);
  return [...new Set([...caseVariants(title), title[0].toLowerCase() + title.slice(1), lower])];
}

function titles(resources: Resources): PhraseTrie<true> {
  const { positions, department_heads: heads, departments, prefixes, suffixes, not_lowercase: notLowercase } = resources.names.titles;
  const trie = new PhraseTrie<true>();
  const headed = heads.flatMap((head) => departments.map((department) => `${head} ${department}`));
  for (const position of [...positions, ...headed]) {
    for (const prefix of ["", ...prefixes]) {
      const base = prefix ? `${prefix} ${position}` : position;
      for (const suffix of ["", ...suffixes]) for (const variant of titleVariants(suffix ? `${base} ${suffix}` : base, notLowercase)) trie.add(variant, true);
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

function cuelessSurnames(resources: Resources, withExtra = true, minimum = resources.names.person.min_surname_weight): PhraseTrie<true> {
  const extra = withExtra ? resources.names.person.extra_surnames : [];
  const frequent = [...resources.gazetteer.surnameWeights].filter(([, weight]) => weight >= minimum).map(([surname]) => surname);
  const trie = new PhraseTrie<true>();
  for (const surname of [...frequent, ...extra.map(normalizeValue)]) {
    trie.add(surname, true);
    trie.add(phraseWords(surname).map((word) => word.toUpperCase()), true);
  }
  return trie;
}

/** Words after a number that make it a count or an amount (`3 năm`, `50 triệu đồng`), not the end of a name. */
function countNouns(resources: Resources): Set<string> {
  const { quantity_units: units, dates, currencies } = resources.values;
  const words = [...units, ...dates.day_words, ...dates.month_words, ...dates.year_words, ...Object.keys(SCALE_WORDS), ...Object.keys(currencies)];
  return new Set(words.map((phrase) => phraseWords(phrase)[0]));
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
    lexiconWithoutFlags.shapedNotNames,
    lexiconWithoutFlags.namesakes,
    lexiconWithoutFlags.cuelessSurnames,
    lexiconWithoutFlags.frequentSurnames,
    lexiconWithoutFlags.documentHeads,
    lexiconWithoutFlags.organizationCues,
    lexiconWithoutFlags.parentHeads,
    lexiconWithoutFlags.companyHeads,
    lexiconWithoutFlags.companyForms,
    lexiconWithoutFlags.nameBreakers,
    lexiconWithoutFlags.commonSurnames,
    lexiconWithoutFlags.placeList.qualifiers,
  ] as PhraseTrie<unknown>[];
  const compoundFlag = 1 << tries.length;
  const trieFlags = flagTries(tries);
  const compoundFirst = lexiconWithoutFlags.compounds;
  const wordFlags = (word: string) => trieFlags(word) | (compoundFirst.has(word.toLowerCase()) ? compoundFlag : 0);
  return { ...lexiconWithoutFlags, compoundFlag, wordFlags };
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
    notPositions: phraseTrieOf(rules.titles.not_positions),
    titleJoiners: new Set(rules.titles.joiners),
    titleGroupNouns: phraseTrieOf(rules.titles.group_nouns),
    organizationHeads: organizationHeads(resources),
    parentHeads: organizationHeads(resources, new Set(rules.organization.parent_heads)),
    zoneBodies: { heads: new Set(rules.organization.zone_bodies.heads.map(normalizeValue)), marker: rules.organization.zone_bodies.marker, zones: phraseTrieOf(rules.organization.zone_bodies.zones) },
    unitParents: new Map(Object.entries(rules.organization.unit_parents).map(([unit, parents]) => [normalizeValue(unit), organizationHeads(resources, new Set(parents))])),
    memberHeads: new Set(rules.organization.member_heads),
    referringNouns: trieOf(Object.keys(rules.organization.referring_nouns), (noun) => rules.organization.referring_nouns[noun]),
    memberAbbreviations: new Map(Object.entries(rules.organization.member_abbreviations).map(([abbreviation, head]) => [abbreviation, headDescriber(resources)(head)])),
    companyHeads: organizationHeads(resources, new Set(rules.organization.company_heads)),
    companyForms: phrases(rules.organization.company_forms),
    seatWords: new Set(rules.organization.seat_words),
    missions: new Map(Object.entries(rules.organization.missions).map(([title, head]) => [title.toLowerCase(), head])),
    headModifiers: new Set(rules.organization.head_modifiers),
    headsAsNames: new Set(rules.organization.heads_as_names.map((head) => phraseWords(head)[0])),
    headsAsNamePhrases: new Set(rules.organization.heads_as_names),
    organizationNames,
    subBodies: phrases(rules.organization.sub_bodies),
    adminWords: trieOf(Object.keys(rules.admin_words), (word) => rules.admin_words[word]),
    placeHeads: phrases(rules.place.heads),
    places: places(resources),
    qualifiedPlace: (name, adminWord) => resources.gazetteer.lookupPlace(name, { adminWord }),
    placeBlockers: new Set(rules.place.blockers),
    directions: new Set(rules.place.directions),
    firstLevelAdminWords: new Set(rules.place.first_level_admin_words),
    townAdminWords: new Set(rules.place.town_admin_words),
    townFreeProvinces: new Set(rules.place.town_free_provinces),
    adminWordEnders: new Set(rules.place.admin_word_enders),
    referringAdminWords: new Set(rules.place.referring_admin_words),
    featurePluralMarkers: new Set(rules.place.feature_plural_markers),
    placeList: { markers: new Set(rules.place.list_markers), qualifiers: phraseTrieOf(rules.place.admin_qualifiers), joiners: new Set(rules.place.list_joiners) },
    compounds: compounds(resources),
    lowercaseNameWords: phrases(rules.name_words.lowercase),
    nameBreakers: phraseTrieOf(rules.name_words.breakers),
    organizationCues: phraseTrieOf(rules.organization.cues),
    notOrganizationCues: phraseTrieOf(rules.organization.not_cues),
    connectors: new Set(rules.name_words.connectors),
    creditMarkers: phrases(rules.person.credit_markers),
    creditNotNames: phrases(rules.person.credit_not_names),
    shapedNotNames: phrases(rules.person.shaped_not_names),
    namesakes: phrases(rules.person.namesakes),
    abbreviations: new Map(Object.entries(rules.abbreviations).map(([abbreviation, expansion]) => [abbreviation, normalizeValue(expansion)])),
    cuelessSurnames: cuelessSurnames(resources),
    frequentSurnames: cuelessSurnames(resources, false),
    commonSurnames: cuelessSurnames(resources, false, resources.names.person.open_given_surname_weight),
    knownSurnames: resources.gazetteer.surnames,
    givenSyllables: resources.gazetteer.givenSyllables,
    laoSyllables: resources.gazetteer.laoSyllables,
    documentHeads: phrases(rules.documents.heads),
    documentNumberWords: new Set(rules.documents.number_words),
    documentCountNouns: new Set(rules.documents.count_nouns),
    foreignOtherWords: new Set(rules.person.foreign_other_words),
    countNouns: countNouns(resources),
    shortNameBlockers: new Set(rules.person.short_name_blockers),
    shortNameEnders: new Set(rules.person.short_name_enders),
    minorityMiddleNames: new Set(rules.person.minority_middle_names),
    nameParticles: new Set(rules.person.name_particles),
    pluralMarkers: new Set(rules.person.plural_markers),
    nameSuffixes: new Set(rules.person.name_suffixes),
    foreignOrganizationWords: new Set(rules.organization.foreign_words),
    compoundFlag: 0,
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
