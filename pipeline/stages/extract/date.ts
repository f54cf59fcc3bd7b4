/**
 * DATE mentions (ANNOTATION.md): `ngày 18/7/1977`, `tháng 5/2015`, `năm 2009`,
 * `giai đoạn 2019 - 2024`, `29/7`, `11.11.2025`, `ngày 9.10` (a dotted day
 * and month only after `ngày`: `9.10` alone is a decimal), ranges
 * `ngày 22/7 đến 27/7`, `ngày 26 - 27/6/2024`, `18-7-1977 - 18-7-2025` and `tháng 3/2019 đến tháng 8/2021`,
 * two consecutive days `ngày 13 và 14/11`, a day and month with a dash after
 * `ngày` or a time of day (`ngày 6-9`, `Sáng 15-10`). The span starts at the date word right before
 * the numbers. Values are ISO 8601, ranges are intervals; a missing year is
 * the article's (published) year and the value's provenance says so.
 */
import type { Mention } from "../../core/document.ts";
import type { Resources, ValueRules } from "../../resources.ts";
import type { Extractor, ExtractInput } from "./types.ts";
import { keepLongest, matchContent, wordAlternation } from "./lines.ts";
import { makeMention, type MentionDraft } from "./mention.ts";

type Groups = Record<string, string | undefined>;

interface Resolved {
  readonly iso: string;
  readonly usedPublished: boolean;
}

interface DateRule {
  readonly rule: string;
  readonly pattern: RegExp;
  /** What a line needs for the rule to match at all (a cheap pre-check). */
  readonly needs: RegExp;
  readonly value: (groups: Groups, published: string | null) => Resolved | null;
}

const DAY = "(?:0?[1-9]|[12]\\d|3[01])";
const MONTH = "(?:0?[1-9]|1[0-2])";
const YEAR = "(?:1[89]\\d{2}|2[01]\\d{2})";

const pad = (number: string | undefined) => (number ?? "").padStart(2, "0");

function validDay(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1;
}

function dayIso(day: string | undefined, month: string | undefined, year: string | undefined | null): string | null {
  if (!day || !month || !year || !validDay(year, month, day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function range(start: string | null, end: string | null, usedPublished: boolean): Resolved | null {
  return start && end && start <= end ? { iso: `${start}/${end}`, usedPublished } : null;
}

/** `đến`, `-`: words need spaces around them, dashes may have none. */
function rangeJoiner(words: readonly string[]): string {
  const symbols = words.filter((word) => !/\p{L}/u.test(word));
  const lettered = words.filter((word) => /\p{L}/u.test(word));
  const parts = [];
  if (symbols.length > 0) parts.push(`\\s*${wordAlternation(symbols)}\\s*`);
  if (lettered.length > 0) parts.push(`\\s+${wordAlternation(lettered)}\\s+`);
  return `(?:${parts.join("|")})`;
}

function compile(rules: ValueRules["dates"]): DateRule[] {
  const day = `(?:${wordAlternation(rules.day_words)}\\s+)`;
  const month = `${wordAlternation(rules.month_words)}\\s+`;
  const year = `${wordAlternation(rules.year_words)}\\s+`;
  const period = `${wordAlternation(rules.period_words)}\\s+`;
  const terms = wordAlternation(rules.term_words);
  const afterTerm = `(?<=(?<![\\p{L}])${terms}\\s+)(?<!(?<![\\p{L}])${wordAlternation(rules.term_blockers)}\\s+)`;
  // The years of a numbered term in brackets (`khóa VI (2025 - 2030)`).
  const afterNumberedTerm = `(?<=(?<![\\p{L}])${terms}\\s+(?:[IVXLC]+|\\d{1,2})\\s*\\(\\s*)`;
  const joiner = rangeJoiner(rules.range_words);
  const dayJoiner = `(?:${joiner}|(?<pair>\\s+${wordAlternation(rules.pair_words)}\\s+))`;
  const dashedAfter = `(?:${day}|(?<=(?<![\\p{L}])${wordAlternation(rules.time_of_day_words)}\\s+))`;
  const notFraction = `(?!\\s+${wordAlternation(rules.fraction_followers)}(?![\\p{L}]))`;
  const separated = /\d[/.\-]\d/;
  const slashed = /\d\/\d/;
  const monthWord = new RegExp(wordAlternation(rules.month_words), "u");
  const yearWord = new RegExp(`${wordAlternation(rules.year_words)}|${wordAlternation(rules.period_words)}|${terms}`, "u");
  const needsOf: Record<string, RegExp> = {
    "day-range": slashed,
    "day-range-dashed": /\d[.-]\d/,
    "full-date-words": monthWord,
    "day-month-year": separated,
    "full-date-range": separated,
    "month-year": monthWord,
    "month-range": monthWord,
    "year-range": yearWord,
    year: yearWord,
    "day-month": slashed,
    "day-word-dotted": /\d\.\d/,
    "day-month-dashed": /\d-\d/,
    month: monthWord,
  };
  const rule = (name: string, source: string, value: DateRule["value"]): DateRule => ({ rule: name, pattern: new RegExp(source, "gu"), needs: needsOf[name], value });
  return [
    rule(
      "day-range",
      `(?<![\\p{L}\\d/.,])${day}?(?<d1>${DAY})(?:/(?<m1>${MONTH})(?:/(?<y1>${YEAR}))?)?${dayJoiner}${day}?(?<d2>${DAY})/(?<m2>${MONTH})(?:/(?<y2>${YEAR}))?(?![\\d/])`,
      (groups, published) => {
        if (groups.pair !== undefined && (groups.m1 !== undefined || Number(groups.d2) !== Number(groups.d1) + 1)) return null;
        const endYear = groups.y2 ?? published;
        return range(dayIso(groups.d1, groups.m1 ?? groups.m2, groups.y1 ?? endYear), dayIso(groups.d2, groups.m2, endYear), !groups.y2);
      },
    ),
    // `ngày 12 đến 15-6`, `ngày 3 - 14.6`, `ngày 11 và 12-3`: a range of days, the month after a dash or dot; only after
    // `ngày`, as `12 đến 15-6` alone may be counts.
    rule(
      "day-range-dashed",
      `(?<![\\p{L}\\d/.,])${day}(?<d1>${DAY})${dayJoiner}(?<d2>${DAY})(?<sep>[.\\-])(?<m2>${MONTH})(?:\\k<sep>(?<y2>${YEAR}))?(?![\\d/]|[.\\-]\\d)`,
      (groups, published) => {
        if (groups.pair !== undefined && Number(groups.d2) !== Number(groups.d1) + 1) return null;
        const year = groups.y2 ?? published;
        return range(dayIso(groups.d1, groups.m2, year), dayIso(groups.d2, groups.m2, year), !groups.y2);
      },
    ),
    rule("full-date-words", `(?<![\\p{L}\\d])${day}?(?<d>${DAY})\\s+${month}(?<m>${MONTH})\\s+${year}(?<y>${YEAR})(?!\\d)`, (groups) => {
      const iso = dayIso(groups.d, groups.m, groups.y);
      return iso ? { iso, usedPublished: false } : null;
    }),
    rule("day-month-year", `(?<![\\p{L}\\d/.,])${day}?(?<d>${DAY})(?<sep>[/.\\-])(?<m>${MONTH})\\k<sep>(?<y>${YEAR})(?![\\d/]|[.,]\\d)`, (groups) => {
      const iso = dayIso(groups.d, groups.m, groups.y);
      return iso ? { iso, usedPublished: false } : null;
    }),
    rule(
      "full-date-range",
      `(?<![\\p{L}\\d/.,])${day}?(?<d1>${DAY})(?<sep1>[/.\\-])(?<m1>${MONTH})\\k<sep1>(?<y1>${YEAR})${joiner}${day}?(?<d2>${DAY})(?<sep2>[/.\\-])(?<m2>${MONTH})\\k<sep2>(?<y2>${YEAR})(?![\\d/]|[.,]\\d)`,
      (groups) => range(dayIso(groups.d1, groups.m1, groups.y1), dayIso(groups.d2, groups.m2, groups.y2), false),
    ),
    rule(
      "month-range",
      `(?<![\\p{L}])${month}(?<m1>${MONTH})[/.\\-](?<y1>${YEAR})${joiner}(?:${month})?(?<m2>${MONTH})[/.\\-](?<y2>${YEAR})(?![\\d/])`,
      (groups) => {
        const start = `${groups.y1}-${pad(groups.m1)}`;
        const end = `${groups.y2}-${pad(groups.m2)}`;
        return start < end ? { iso: `${start}/${end}`, usedPublished: false } : null;
      },
    ),
    rule("month-year", `(?<![\\p{L}])${month}(?<m>${MONTH})(?:[/.\\-]|\\s+${year})(?<y>${YEAR})(?![\\d/])`, (groups) => ({
      iso: `${groups.y}-${pad(groups.m)}`,
      usedPublished: false,
    })),
    rule("year-range", `(?:(?<![\\p{L}])(?:${period}|${year})|${afterTerm}|${afterNumberedTerm})(?<y1>${YEAR})${joiner}(?:${year})?(?<y2>${YEAR})(?![\\d/])`, (groups) =>
      Number(groups.y1) < Number(groups.y2) ? { iso: `${groups.y1}/${groups.y2}`, usedPublished: false } : null,
    ),
    rule("year", `(?<![\\p{L}])${year}(?<y>${YEAR})(?![\\d/]|[.,]\\d)`, (groups) => ({ iso: groups.y ?? "", usedPublished: false })),
    rule("day-month", `(?<![\\p{L}\\d/.,])${day}?(?<d>${DAY})/(?<m>${MONTH})(?![\\d/])${notFraction}`, (groups, published) => {
      const iso = dayIso(groups.d, groups.m, published);
      return iso ? { iso, usedPublished: true } : null;
    }),
    rule("day-word-dotted", `(?<![\\p{L}])${dashedAfter}(?<d>${DAY})\\.(?<m>${MONTH})(?![\\d]|[.,]\\d)(?!\\s*${wordAlternation(rules.dashed_blockers)}(?![\\p{L}]))`, (groups, published) => {
      const iso = dayIso(groups.d, groups.m, published);
      return iso ? { iso, usedPublished: true } : null;
    }),
    rule("day-month-dashed", `(?<![\\p{L}\\d/.,\\-])${dashedAfter}(?<d>${DAY})-(?<m>${MONTH})(?![\\d/\\-]|[.,]\\d)(?!\\s*${wordAlternation(rules.dashed_blockers)}(?![\\p{L}]))`, (groups, published) => {
      const iso = dayIso(groups.d, groups.m, published);
      return iso ? { iso, usedPublished: true } : null;
    }),
    rule("month", `(?<![\\p{L}])${month}(?<m>${MONTH})(?!\\d|[/.,\\-]\\d|\\s*${wordAlternation(rules.range_words)})`, (groups, published) =>
      published ? { iso: `${published}-${pad(groups.m)}`, usedPublished: true } : null,
    ),
  ];
}

const compiled = new WeakMap<Resources, DateRule[]>();

function dateRules(resources: Resources): DateRule[] {
  let rules = compiled.get(resources);
  if (!rules) {
    rules = compile(resources.values.dates);
    compiled.set(resources, rules);
  }
  return rules;
}

export const dateExtractor: Extractor = {
  name: "date",
  extract({ cleaned, metadata }: ExtractInput, resources: Resources): Mention[] {
    const published = metadata.published?.value.slice(0, 4) ?? null;
    const drafts: MentionDraft[] = [];
    for (const { rule, pattern, needs, value } of dateRules(resources)) {
      for (const { match, from } of matchContent(cleaned, pattern, needs)) {
        const resolved = value(match.groups ?? {}, published);
        if (!resolved) continue;
        drafts.push({
          type: "DATE",
          from,
          to: from + match[0].length,
          rule: `extract.date/${rule}`,
          value: resolved.iso,
          valueRule: resolved.usedPublished ? "normalize.date/year-from-published" : `normalize.date/${rule}`,
          valueAlso: resolved.usedPublished ? (metadata.published?.prov.span ?? undefined) : undefined,
          entityKey: null,
        });
      }
    }
    return keepLongest(drafts).map((draft) => makeMention(cleaned, draft));
  },
};
