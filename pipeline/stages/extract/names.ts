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
import { abbreviationTable, learnDefinitions, type Definition } from "./abbreviations.ts";
import { candidateAt, type Candidate } from "./candidates.ts";
import { linkPersons, type LinkedCandidate } from "./coreference.ts";
import { lexicon } from "./lexicon.ts";
import { makeMention, type MentionDraft } from "./mention.ts";
import { findOrganizations, type OrganizationContext } from "./organizations.ts";
import { findPersons } from "./persons.ts";
import { findPlaces } from "./places.ts";
import { resolveCandidates } from "./resolve.ts";
import { contentTokens, type TokenLine } from "./tokens.ts";
import type { Extractor, ExtractInput } from "./types.ts";

/** `Ngân hàng Chính sách xã hội (NHCSXH)`: the abbreviation alone later names the same organisation. */
function definedOrganizations(lines: readonly TokenLine[], definitions: readonly Definition[], organizations: readonly Candidate[]): Candidate[] {
  const aliases = new Map<string, Candidate>();
  for (const definition of definitions) {
    const organization = organizations.find((candidate) => candidate.line === definition.line && candidate.end === definition.end && candidate.start <= definition.start);
    if (organization && !aliases.has(definition.abbreviation)) aliases.set(definition.abbreviation, organization);
  }
  if (aliases.size === 0) return [];
  const found: Candidate[] = [];
  lines.forEach((line, lineIndex) => {
    line.tokens.forEach((token, index) => {
      const organization = aliases.get(token.text);
      if (!organization) return;
      found.push(
        candidateAt(lines, lineIndex, index, index + 1, {
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

function candidates(lines: readonly TokenLine[], context: OrganizationContext, definitions: readonly Definition[]): Candidate[] {
  const all: Candidate[] = [];
  const organizations: Candidate[] = [];
  lines.forEach((_line, lineIndex) => {
    const lineOrganizations = findOrganizations(lines, lineIndex, context).candidates;
    const places = findPlaces(lines, lineIndex, context.lex);
    const spans = new Map<number, number>();
    for (const candidate of [...places, ...lineOrganizations]) spans.set(candidate.start, Math.max(candidate.end, spans.get(candidate.start) ?? 0));
    append(organizations, lineOrganizations);
    append(all, lineOrganizations, places, findPersons(lines, lineIndex, context.lex, spans));
  });
  return append(all, definedOrganizations(lines, definitions, organizations));
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
  return linkPersons(lines, resolveCandidates(candidates(lines, context, definitions)), lex);
}

export const namesExtractor: Extractor = {
  name: "names",
  extract(input: ExtractInput, resources: Resources): Mention[] {
    return nameCandidates(input, resources).map((candidate) => makeMention(input.cleaned, draftOf(candidate)));
  },
};

