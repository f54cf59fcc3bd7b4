/**
 * PER, ORG and LOC mentions. Each family proposes candidates over the tokens
 * of every main-content line (organizations.ts, places.ts, persons.ts); the
 * candidates are weighed against each other (resolve.ts), repeated and short
 * person names are linked within the article (coreference.ts), and the
 * survivors become mentions.
 */
import { append } from "../../core/append.ts";
import type { Mention } from "../../core/document.ts";
import type { Resources } from "../../resources.ts";
import { withMissionsInFull } from "./missions.ts";
import { abbreviationTable, learnDefinitions, type Definition } from "./abbreviations.ts";
import { candidateAt, type Candidate } from "./candidates.ts";
import { bracketedCodes, codeAt } from "./codes.ts";
import { linkPersons, type LinkedCandidate } from "./coreference.ts";
import { lexicon, type Lexicon } from "./lexicon.ts";
import { makeMention, type MentionDraft } from "./mention.ts";
import { findOrganizations, type OrganizationContext } from "./organizations.ts";
import { findPersons } from "./persons.ts";
import { findPlaces } from "./places.ts";
import { resolveCandidates } from "./resolve.ts";
import { contentTokens, type Token, type TokenLine } from "./tokens.ts";
import type { Extractor, ExtractInput } from "./types.ts";

/**
 * `Ngân hàng Chính sách xã hội (NHCSXH)`, `Ngân hàng TMCP Quân đội (MB)`: the
 * abbreviation or code alone, there and later, names the same organisation.
 */
function definedOrganizations(lines: readonly TokenLine[], definitions: readonly Definition[], organizations: readonly Candidate[]): Candidate[] {
  const aliases = new Map<string, Candidate>();
  for (const definition of definitions) {
    const organization = organizations.find((candidate) => candidate.line === definition.line && candidate.end === definition.end && candidate.start <= definition.start);
    if (organization && !aliases.has(definition.abbreviation)) aliases.set(definition.abbreviation, organization);
  }
  for (const { code, organization } of bracketedCodes(lines, organizations)) if (!aliases.has(code)) aliases.set(code, organization);
  if (aliases.size === 0) return [];
  const found: Candidate[] = [];
  lines.forEach((line, lineIndex) => {
    line.tokens.forEach((token, index) => {
      const code = codeAt(line.tokens, index);
      const end = code && aliases.has(code.text) ? code.end : index + 1;
      const organization = aliases.get(code && end === code.end ? code.text : token.text);
      if (!organization) return;
      found.push(
        candidateAt(lines, lineIndex, index, end, {
          type: "ORG",
          rule: "extract.org/defined-abbreviation",
          strength: "lexicon",
          value: organization.value,
          valueRule: "normalize.org/defined-abbreviation",
          entityKey: organization.entityKey,
        }),
      );
    });
  });
  return found;
}

/**
 * Organisations and places first, then abbreviations they define, then
 * people: a title may be followed by any of these before the name
 * (`Phó Chủ tịch EC Teresa Ribera`, EC defined earlier).
 */
function candidates(lines: readonly TokenLine[], context: OrganizationContext, definitions: readonly Definition[]): Candidate[] {
  const organizations = lines.map((_line, lineIndex) => findOrganizations(lines, lineIndex, context).candidates);
  const places = lines.map((_line, lineIndex) => findPlaces(lines, lineIndex, context.lex));
  const defined = definedOrganizations(lines, definitions, organizations.flat());
  const all: Candidate[] = [];
  lines.forEach((_line, lineIndex) => {
    const spans = new Map<number, number>();
    addSpans(spans, places[lineIndex]);
    addSpans(spans, organizations[lineIndex]);
    for (const candidate of defined) if (candidate.line === lineIndex) addSpan(spans, candidate);
    append(all, organizations[lineIndex], places[lineIndex], findPersons(lines, lineIndex, context.lex, spans));
  });
  return append(all, defined);
}

/** File a candidate's tokens in `spans`: its first token, mapped to the furthest end of the candidates starting there. */
function addSpan(spans: Map<number, number>, candidate: Candidate): void {
  spans.set(candidate.start, Math.max(candidate.end, spans.get(candidate.start) ?? 0));
}

function addSpans(spans: Map<number, number>, candidates: readonly Candidate[]): void {
  for (const candidate of candidates) addSpan(spans, candidate);
}

/** A place named by the gazetteer (not by the words around it). */
const GAZETTEER_RULE = "extract.loc/gazetteer";

/** Where a business's name starts: past its head and legal form (`Công ty TNHH` `Minh Long`). */
function brandStart(tokens: readonly Token[], company: Candidate, lex: Lexicon): number {
  let index = lex.companyHeads.longest(tokens, company.start)!.end;
  for (let form = lex.companyForms.longest(tokens, index); form !== null; form = lex.companyForms.longest(tokens, index)) index = form.end;
  return index;
}

/**
 * Inside a business's name, a run with only the shape of a person's name is
 * part of that name (`Công ty TNHH Hoàng Phát`), and so is a district's name
 * that is the whole name after the legal form (`Công ty TNHH Minh Long`).
 */
function withoutNamesOfCompanies(lines: readonly TokenLine[], kept: readonly Candidate[], lex: Lexicon): Candidate[] {
  const companies = kept.filter((candidate) => candidate.type === "ORG" && lex.companyHeads.longest(lines[candidate.line].tokens, candidate.start) !== null);
  if (companies.length === 0) return [...kept];
  const insideCompany = (person: Candidate) => companies.some((company) => company.line === person.line && company.from <= person.from && person.to <= company.to);
  const isBrand = (place: Candidate) =>
    companies.some((company) => company.line === place.line && company.end === place.end && brandStart(lines[place.line].tokens, company, lex) === place.start);
  const districtName = (candidate: Candidate) => candidate.type === "LOC" && candidate.rule === GAZETTEER_RULE && !candidate.isoCode;
  return kept.filter((candidate) => (candidate.type !== "PER" || candidate.strength !== "shape" || !insideCompany(candidate)) && !(districtName(candidate) && isBrand(candidate)));
}

function draftOf(candidate: LinkedCandidate): MentionDraft {
  return {
    type: candidate.type,
    from: candidate.from,
    to: candidate.to,
    rule: candidate.rule,
    value: candidate.value,
    valueRule: candidate.valueRule,
    valueFrom: candidate.fullName ? { start: candidate.fullName.from, end: candidate.fullName.to } : undefined,
    entityKey: candidate.entityKey,
    entityName: candidate.entityName,
    isoCode: candidate.type === "LOC" ? (candidate.isoCode ?? null) : undefined,
    mergedInto: candidate.type === "LOC" ? (candidate.mergedInto ?? null) : undefined,
  };
}

/** The resolved PER, ORG and LOC candidates of an article (also used by the role extractor). */
export function nameCandidates(input: ExtractInput, resources: Resources): LinkedCandidate[] {
  const lex = lexicon(resources);
  const lines = contentTokens(input.cleaned, lex.wordFlags);
  const definitions = learnDefinitions(lines);
  const context: OrganizationContext = { lex, rules: resources.names, abbreviations: abbreviationTable(lex, definitions) };
  return withMissionsInFull(linkPersons(lines, withoutNamesOfCompanies(lines, resolveCandidates(candidates(lines, context, definitions)), lex), lex), lex);
}

export const namesExtractor: Extractor = {
  name: "names",
  extract(input: ExtractInput, resources: Resources): Mention[] {
    return nameCandidates(input, resources).map((candidate) => makeMention(input.cleaned, draftOf(candidate)));
  },
};

