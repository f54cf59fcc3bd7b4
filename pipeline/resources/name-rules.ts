/**
 * Schemas of the extraction rule files `names.yaml` (PER, ORG, LOC, ROLE,
 * DOC) and `values.yaml` (DATE, MONEY, PERCENT, QUANTITY). Loaded by
 * pipeline/resources.ts; an error names the file and the key.
 */
import { z } from "zod";

const Phrase = z.string().min(1);
const Phrases = z.array(Phrase);

export const NameRulesSchema = z
  .object({
    person: z
      .object({
        honorifics: Phrases,
        descriptors: Phrases,
        credit_markers: Phrases,
        credit_not_names: Phrases,
        shaped_not_names: Phrases,
        namesakes: Phrases,
        min_surname_weight: z.number().nonnegative(),
        open_given_surname_weight: z.number().nonnegative(),
        extra_surnames: Phrases,
        max_given_syllables: z.number().int().positive(),
        min_lao_syllables: z.number().int().positive(),
        max_name_syllables: z.number().int().positive(),
        foreign_other_words: Phrases,
        short_name_blockers: Phrases,
        minority_middle_names: Phrases,
        plural_markers: Phrases,
        short_name_enders: Phrases,
        name_particles: Phrases,
        name_suffixes: Phrases,
      })
      .strict(),
    titles: z
      .object({
        positions: Phrases,
        department_heads: Phrases,
        departments: Phrases,
        not_positions: Phrases,
        prefixes: Phrases,
        suffixes: Phrases,
        not_lowercase: Phrases,
        group_nouns: Phrases,
        bodies: Phrases,
        joiners: Phrases,
      })
      .strict(),
    organization: z
      .object({
        heads: Phrases,
        provincial_heads: Phrases,
        department_heads: Phrases,
        numbered_heads: Phrases,
        tail_required_heads: Phrases,
        seated_heads: Phrases,
        seated_names: Phrases,
        seat_words: Phrases,
        missions: z.record(z.string(), z.string()),
        head_modifiers: Phrases,
        heads_as_names: Phrases,
        member_heads: Phrases,
        member_abbreviations: z.record(z.string(), z.string()),
        head_spellings: z.record(z.string(), z.string()),
        division_admin_words: z.record(z.string(), z.string()),
        referring_nouns: z.record(z.string(), z.string()),
        parent_heads: Phrases,
        unit_parents: z.record(z.string(), Phrases),
        zone_bodies: z.object({ heads: Phrases, marker: z.string(), zones: Phrases }).strict(),
        company_heads: Phrases,
        company_forms: Phrases,
        generic_followers: Phrases,
        cues: Phrases,
        not_cues: Phrases,
        generic_preceders: Phrases,
        ordinal_words: Phrases,
        foreign_words: Phrases,
        sub_bodies: Phrases,
        names: z.record(z.string(), z.string()),
        place_unions: z
          .object({
            "vn-province": z.string(),
            "la-province": z.string(),
            country: z.record(z.string(), z.string()),
          })
          .strict(),
      })
      .strict(),
    abbreviations: z.record(z.string(), z.string()),
    admin_words: z.record(z.string(), z.string()),
    place: z
      .object({ heads: Phrases, blockers: Phrases, directions: Phrases, first_level_admin_words: Phrases, town_admin_words: Phrases, town_free_provinces: Phrases, admin_word_enders: Phrases, referring_admin_words: Phrases, feature_plural_markers: Phrases, list_markers: Phrases, admin_qualifiers: Phrases, list_joiners: Phrases })
      .strict(),
    name_words: z
      .object({
        compounds: z.record(z.string(), Phrases),
        lowercase: Phrases,
        breakers: Phrases,
        connectors: Phrases,
      })
      .strict(),
    documents: z.object({ heads: Phrases, number_words: Phrases, count_nouns: Phrases }).strict(),
  })
  .strict();

export type NameRules = z.infer<typeof NameRulesSchema>;

export const ValueRulesSchema = z
  .object({
    currencies: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/)),
    currency_blockers: Phrases,
    currency_blocker_exceptions: Phrases,
    qualifiers: Phrases,
    quantity_units: Phrases,
    dates: z
      .object({
        day_words: Phrases,
        month_words: Phrases,
        year_words: Phrases,
        period_words: Phrases,
        term_words: Phrases,
        term_blockers: Phrases,
        range_words: Phrases,
        pair_words: Phrases,
        time_of_day_words: Phrases,
        dashed_blockers: Phrases,
        fraction_followers: Phrases,
      })
      .strict(),
    percent_words: Phrases,
  })
  .strict();

export type ValueRules = z.infer<typeof ValueRulesSchema>;
