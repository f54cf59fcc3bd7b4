/** Schema of pipeline/rules/cleaning.yaml (stages clean, metadata, segment). */
import { z } from "zod";

const phrases = z.array(z.string().min(1));
/** A JavaScript regular expression, checked when the file is loaded. */
const pattern = z.string().refine((source) => {
  try {
    new RegExp(source, "u");
    return true;
  } catch {
    return false;
  }
}, "not a valid regular expression");

export const CleaningRulesSchema = z
  .object({
    trailing_headings: phrases.min(1),
    min_linked_headline_words: z.number().int().positive(),
    min_prose_words: z.number().int().positive(),
    inline_related_labels: phrases,
    nav_lines: phrases,
    nav_labels: phrases,
    hashtag_line: pattern,
    menu_separator: pattern,
    min_menu_sections: z.number().int().min(2),
    bar_menu: z.object({ separator: z.string(), min_items: z.number().int().min(2), max_item_words: z.number().int().min(1) }).strict(),
    utility_bar: z.object({ min_known: z.number().int().min(2), max_unknown: z.number().int().min(0) }).strict(),
    vertical_menu: z.object({ min_lines: z.number().int().min(2), min_known: z.number().int().min(1) }).strict(),
    site_name_pattern: pattern,
    site_slogan_pattern: pattern,
    footer_pattern: pattern,
    nav_patterns: z.array(pattern),
    header_lines: phrases,
    breadcrumb_separator: pattern,
    breadcrumb_label: pattern,
    breadcrumb_chevron: pattern,
    breadcrumb_home: phrases,
    max_breadcrumb_items: z.number().int().min(2),
    max_breadcrumb_item_words: z.number().int().positive(),
    published: z
      .object({
        today_words: phrases.min(1),
        lead_openers: phrases,
        day_words: phrases.min(1),
        year_words: phrases.min(1),
        day_cues: phrases.min(1),
        day_joiners: phrases.min(1),
        period_words: phrases,
        range_end_words: phrases,
        review_words: phrases,
        plan_words: phrases,
      })
      .strict(),
    header_stamp: pattern,
    date_lines: z.array(pattern).min(1),
    dated_byline_separator: pattern,
    caption_cues: z.array(pattern),
    caption_credits: z.array(pattern).min(1),
    byline: z
      .object({
        labels: phrases,
        collective: phrases,
        source_word: z.string().min(1),
        source_labels: z.array(z.string().min(1)),
        name_note: pattern,
        outlet_note: pattern,
        name_separator: pattern,
        not_name_openers: phrases,
      })
      .strict(),
    outlet_tag: pattern,
    outlets: z.record(z.string(), z.string()),
    sentence_final: pattern,
    quoted_paragraph_ends: z.array(pattern),
    list_item: pattern,
    text_end: pattern,
    max_category_words: z.number().int().positive(),
    max_author_words: z.number().int().positive(),
    max_subheading_words: z.number().int().positive(),
    max_cued_caption_words: z.number().int().positive(),
    max_site_name_words: z.number().int().positive(),
    caption_openers: pattern,
    stamp_label: pattern,
    unpunctuated_caption_openers: pattern,
    plain_caption: z.object({ max_words: z.number().int().positive(), min_words: z.number().int().positive(), marks: pattern }).strict(),
    named_caption: z.object({ max_words: z.number().int().positive(), opener: pattern, speech: pattern }).strict(),
    max_headline_words: z.number().int().positive(),
    categories: phrases,
    lead_openers: phrases,
    lead_connectives: phrases,
    non_final_abbreviations: phrases,
  })
  .strict();

export type CleaningRules = z.infer<typeof CleaningRulesSchema>;
