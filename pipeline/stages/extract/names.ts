/**
 * PER, ORG and LOC mentions from capitalised syllable runs, typed by
 * context: organisation heads (`Liên đoàn Lao động`, `Sở`), admin words
 * (`tỉnh`, `huyện`), honorifics (`ông`, `đồng chí`), titles (`Chủ tịch`),
 * photo credits, gazetteer places and lexicons of names.
 */
import type { Mention } from "../../core/document.ts";
import { normalizeKey, normalizeValue, titleCase } from "../../core/normalize.ts";
import type { Resources } from "../../resources.ts";
import type { PlaceEntry } from "../../resources/gazetteer.ts";
import type { Extractor, ExtractInput } from "./types.ts";
import { alternation, keepLongest, matchContent } from "./lines.ts";
import { makeMention, type MentionDraft } from "./mention.ts";

const SYLLABLE = "\\p{Lu}[\\p{Ll}\\p{M}]*";
const CAPITAL_RUN = `${SYLLABLE}(?:\\s${SYLLABLE})*`;
const ABBREVIATION = "[\\p{Lu}Đ]{2,}";

interface Compiled {
  readonly organization: RegExp;
  readonly standaloneOrganization: RegExp;
  readonly place: RegExp;
  readonly adminPlace: RegExp;
  readonly featurePlace: RegExp;
  readonly honorificPerson: RegExp;
  readonly creditPerson: RegExp;
  readonly titleBefore: RegExp;
  readonly personAfter: RegExp;
}

const compiled = new WeakMap<Resources, Compiled>();

function patterns(resources: Resources): Compiled {
  const cachedPatterns = compiled.get(resources);
  if (cachedPatterns) return cachedPatterns;
  const rules = resources.names;
  const heads = [...rules.organization_heads, ...Object.keys(rules.abbreviations).filter((abbreviation) => abbreviation !== "TP")];
  const headsWithTong = heads.flatMap((head) => (head === "LĐLĐ" ? [head, `Tổng ${head}`] : [head]));
  const admin = alternation(rules.admin_words);
  const placeNames = alternation(resources.gazetteer.placeNames());
  const result: Compiled = {
    organization: new RegExp(
      `(?<![\\p{L}])(?<head>${alternation(headsWithTong)})(?:\\s*\\((?<abbr>${ABBREVIATION})\\))?(?:\\s+(?<admin>${admin}))?\\s+(?<name>${CAPITAL_RUN})`,
      "gu",
    ),
    standaloneOrganization: new RegExp(`(?<![\\p{L}])(?:${alternation(Object.keys(rules.organization_names))})(?![\\p{L}]|\\s\\p{Lu})`, "gu"),
    place: new RegExp(`(?<![\\p{L}])(?:${placeNames})(?![\\p{L}])`, "gu"),
    adminPlace: new RegExp(`(?<![\\p{L}])(?:${admin})\\s+(?<name>${CAPITAL_RUN})`, "gu"),
    featurePlace: new RegExp(`(?<![\\p{L}])(?:${alternation(rules.place_heads)})\\s+${CAPITAL_RUN}(?:\\s-\\s${CAPITAL_RUN})?`, "gu"),
    honorificPerson: new RegExp(`(?<![\\p{L}])(?:${alternation(rules.honorifics)})\\.?\\s+(?<name>${CAPITAL_RUN})`, "gu"),
    creditPerson: new RegExp(`Ảnh\\s*:\\s*(?<name>${CAPITAL_RUN}|[\\p{Lu}Đ]+(?:\\s[\\p{Lu}Đ]+)*)\\s*\\.?$`, "gu"),
    titleBefore: new RegExp(`(?:${alternation(rules.titles)})\\s+$`, "u"),
    personAfter: new RegExp(`^\\s(?<name>${SYLLABLE}(?:\\s${SYLLABLE}){1,4})`, "u"),
  };
  compiled.set(resources, result);
  return result;
}

/** The longest gazetteer place at the start of `run`. */
function leadingPlace(run: string, resources: Resources): { name: string; place: PlaceEntry } | null {
  const words = run.split(" ");
  for (let count = words.length; count >= 1; count--) {
    const name = words.slice(0, count).join(" ");
    const place = resources.gazetteer.lookupPlace(name);
    if (place) return { name, place };
  }
  return null;
}

function expandAbbreviations(text: string, resources: Resources): string {
  return text
    .replace(/\s*\([\p{Lu}Đ]{2,}\)/gu, "")
    .split(" ")
    .map((word) => resources.names.abbreviations[word] ?? word)
    .join(" ");
}

/** Canonical full name of an organisation mention (ANNOTATION.md: abbreviations expanded, short forms resolved). */
function organizationValue(head: string, admin: string | undefined, placeName: string | null, place: PlaceEntry | null, rest: string, resources: Resources): string {
  const expandedHead = expandAbbreviations(head, resources);
  const unions = resources.names.place_unions;
  if (place && !rest) {
    const adminWord = place.kind === "vn-province" ? (place.type === "thanh-pho" ? "thành phố" : "tỉnh") : place.kind === "la-province" ? "tỉnh" : null;
    if (expandedHead === "Công đoàn" && place.kind === "country") return unions.country[place.iso_code ?? ""] ?? `Công đoàn ${place.name}`;
    const unionHead = expandedHead === "Công đoàn" ? unions[place.kind as "vn-province" | "la-province"] : expandedHead;
    if (typeof unionHead === "string" && adminWord) return normalizeValue(`${unionHead} ${adminWord} ${place.name}`);
    return normalizeValue(`${expandedHead} ${place.name}`);
  }
  const adminText = admin ? `${expandAbbreviations(admin.replace(/\.$/, ""), resources)} ` : "";
  return normalizeValue(`${expandedHead} ${adminText}${placeName ?? ""}${rest ? `${placeName ? " " : ""}${rest}` : ""}`);
}

function findOrganizations(input: ExtractInput, resources: Resources, drafts: MentionDraft[]): void {
  const { organization, standaloneOrganization } = patterns(resources);
  for (const { match, from } of matchContent(input.cleaned, organization)) {
    const groups = match.groups!;
    if (resources.names.not_name_starts.includes(groups.name.split(" ")[0]) && !leadingPlace(groups.name, resources)) continue;
    const leading = leadingPlace(groups.name, resources);
    const nameText = leading ? leading.name : groups.name;
    const nameStart = match[0].length - groups.name.length;
    const to = from + nameStart + nameText.length;
    drafts.push({
      type: "ORG",
      from,
      to,
      rule: leading ? "extract.org/head-place" : "extract.org/head-capitalised-run",
      value: organizationValue(groups.head, groups.admin, leading?.name ?? null, leading?.place ?? null, leading ? "" : groups.name, resources),
      valueRule: "normalize.org/expand-short-form",
    });
  }
  for (const { match, from } of matchContent(input.cleaned, standaloneOrganization)) {
    drafts.push({
      type: "ORG",
      from,
      to: from + match[0].length,
      rule: "extract.org/known-name",
      value: resources.names.organization_names[match[0]],
      valueRule: "normalize.org/known-name",
    });
  }
  for (const draft of drafts) {
    if (draft.type === "ORG") (draft as { entityKey?: string }).entityKey = `ORG|${normalizeKey(draft.value)}`;
  }
}

function placeDraft(from: number, name: string, place: PlaceEntry | null, rule: string): MentionDraft {
  const canonical = place ? place.name : normalizeValue(name);
  return {
    type: "LOC",
    from,
    to: from + name.length,
    rule,
    value: place?.iso_code ?? canonical,
    valueRule: place ? "normalize.loc/gazetteer" : "normalize.loc/as-written",
    entityKey: `LOC|${place?.iso_code ?? normalizeKey(canonical)}`,
    entityName: canonical,
    isoCode: place?.iso_code ?? null,
  };
}

function findPlaces(input: ExtractInput, resources: Resources, drafts: MentionDraft[]): void {
  const { place, adminPlace, featurePlace } = patterns(resources);
  for (const { match, from } of matchContent(input.cleaned, place)) {
    drafts.push(placeDraft(from, match[0], resources.gazetteer.lookupPlace(match[0]) ?? null, "extract.loc/gazetteer"));
  }
  for (const { match, from } of matchContent(input.cleaned, adminPlace)) {
    const name = match.groups!.name;
    if (resources.names.not_name_starts.includes(name.split(" ")[0])) continue;
    const leading = leadingPlace(name, resources);
    const start = from + match[0].length - name.length;
    drafts.push(placeDraft(start, leading?.name ?? name, leading?.place ?? null, "extract.loc/admin-word"));
  }
  for (const { match, from } of matchContent(input.cleaned, featurePlace)) {
    drafts.push(placeDraft(from, match[0], null, "extract.loc/feature-head"));
  }
}

function personDraft(from: number, name: string, rule: string): MentionDraft {
  const value = normalizeValue(/\p{Ll}/u.test(name) ? name : titleCase(name));
  return { type: "PER", from, to: from + name.length, rule, value, valueRule: "normalize.per/title-case", entityKey: `PER|${normalizeKey(value)}` };
}

function findPeople(input: ExtractInput, resources: Resources, drafts: MentionDraft[]): void {
  const { honorificPerson, creditPerson, titleBefore, personAfter } = patterns(resources);
  const text = input.cleaned.view.text;
  for (const { match, from } of matchContent(input.cleaned, honorificPerson)) {
    const name = match.groups!.name;
    drafts.push(personDraft(from + match[0].length - name.length, name, "extract.per/honorific"));
  }
  for (const { match, from } of matchContent(input.cleaned, creditPerson)) {
    const name = match.groups!.name;
    const start = from + match[0].indexOf(name, 4);
    const words = name.split(" ");
    if (words.some((word) => resources.names.abbreviations[word])) continue;
    drafts.push(personDraft(start, name, "extract.per/photo-credit"));
  }
  for (const organization of drafts.filter((draft) => draft.type === "ORG")) {
    const lineStart = text.lastIndexOf("\n", organization.from) + 1;
    if (!titleBefore.test(text.slice(lineStart, organization.from))) continue;
    const after = personAfter.exec(text.slice(organization.to, text.indexOf("\n", organization.to) >>> 0));
    const name = after?.groups?.name;
    if (!name || !resources.gazetteer.surnames.has(name.split(" ")[0])) continue;
    drafts.push(personDraft(organization.to + 1, name, "extract.per/title-organization-name"));
  }
}

/** `đồng chí Long` after `Rơ Chăm Long`: a short form takes the full name of the same article. */
function resolveShortNames(drafts: MentionDraft[]): MentionDraft[] {
  const fullNames = drafts.filter((draft) => draft.type === "PER" && draft.value.includes(" "));
  return drafts.map((draft) => {
    if (draft.type !== "PER" || draft.value.includes(" ")) return draft;
    const full = fullNames.find((candidate) => candidate.from < draft.from && candidate.value.endsWith(` ${draft.value}`));
    return full ? { ...draft, value: full.value, valueRule: "normalize.per/short-form-of-earlier-name", entityKey: full.entityKey } : draft;
  });
}

export const namesExtractor: Extractor = {
  name: "names",
  extract(input: ExtractInput, resources: Resources): Mention[] {
    const drafts: MentionDraft[] = [];
    findOrganizations(input, resources, drafts);
    findPlaces(input, resources, drafts);
    findPeople(input, resources, drafts);
    const kept = keepLongest(resolveShortNames(drafts));
    const organizations = kept.filter((draft) => draft.type === "ORG");
    const withoutClashes = kept.filter(
      (draft) => draft.type !== "PER" || !organizations.some((organization) => organization.from < draft.to && draft.from < organization.to),
    );
    return withoutClashes.map((draft) => makeMention(input.cleaned, draft));
  },
};
