/**
 * DATE mentions (ANNOTATION.md): `ngày 18/7/1977`, `tháng 5/2015`, `năm 2009`,
 * `giai đoạn 2019 - 2024`, `29/7`, ranges `ngày 22/7 đến 27/7`,
 * `ngày 26 - 27/6/2024`. Values are ISO 8601; a missing year comes from the
 * article's published date and the value's provenance says so.
 */
import type { Mention } from "../../core/document.ts";
import type { Extractor, ExtractInput } from "./types.ts";
import { keepLongest, matchContent } from "./lines.ts";
import { makeMention, type MentionDraft } from "./mention.ts";

const DAY = "(?:0?[1-9]|[12]\\d|3[01])";
const MONTH = "(?:0?[1-9]|1[0-2])";
const YEAR = "(?:1[89]\\d{2}|20\\d{2}|21\\d{2})";
const SEP = "[/.\\-]";
const DASH = "\\s*(?:-|–|—|đến|tới)\\s*";
const LEAD = "(?:(?:[Nn]gày|[Tt]ừ ngày|[Cc]ác ngày|[Tt]rong các ngày)\\s+)?";

interface DatePattern {
  readonly rule: string;
  readonly pattern: RegExp;
  readonly value: (groups: Record<string, string | undefined>, year: string | null) => { iso: string; usedPublished: boolean } | null;
}

const pad = (number: string | undefined) => (number ?? "").padStart(2, "0");

function dayIso(day: string | undefined, month: string | undefined, year: string | undefined, published: string | null) {
  const resolvedYear = year ?? published;
  if (!resolvedYear) return null;
  return { iso: `${resolvedYear}-${pad(month)}-${pad(day)}`, usedPublished: !year };
}

const PATTERNS: readonly DatePattern[] = [
  {
    rule: "day-range",
    pattern: new RegExp(
      `(?<![\\d/])${LEAD}(?<d1>${DAY})(?:${SEP}(?<m1>${MONTH})(?:${SEP}(?<y1>${YEAR}))?)?${DASH}(?:ngày\\s+)?(?<d2>${DAY})${SEP}(?<m2>${MONTH})(?:${SEP}(?<y2>${YEAR}))?(?![\\d/])`,
      "gu",
    ),
    value: (groups, published) => {
      const year2 = groups.y2 ?? published;
      if (!year2) return null;
      const year1 = groups.y1 ?? year2;
      const month1 = groups.m1 ?? groups.m2;
      const start = `${year1}-${pad(month1)}-${pad(groups.d1)}`;
      const end = `${year2}-${pad(groups.m2)}-${pad(groups.d2)}`;
      return { iso: `${start}/${end}`, usedPublished: !groups.y2 };
    },
  },
  {
    rule: "full-date-words",
    pattern: new RegExp(`${LEAD}(?<d>${DAY})\\s+tháng\\s+(?<m>${MONTH})\\s+năm\\s+(?<y>${YEAR})(?!\\d)`, "gu"),
    value: (groups) => dayIso(groups.d, groups.m, groups.y, null),
  },
  {
    rule: "day-month-year",
    pattern: new RegExp(`(?<![\\d/.])${LEAD}(?<d>${DAY})(?<sep>${SEP})(?<m>${MONTH})\\k<sep>(?<y>${YEAR})(?![\\d/])`, "gu"),
    value: (groups) => dayIso(groups.d, groups.m, groups.y, null),
  },
  {
    rule: "month-year",
    pattern: new RegExp(`(?<![\\p{L}])[Tt]háng\\s+(?<m>${MONTH})(?:${SEP}|\\s+năm\\s+)(?<y>${YEAR})(?![\\d/])`, "gu"),
    value: (groups) => ({ iso: `${groups.y}-${pad(groups.m)}`, usedPublished: false }),
  },
  {
    rule: "year-range",
    pattern: new RegExp(`(?<![\\p{L}])(?:[Gg]iai đoạn|[Nn]hiệm kỳ|[Tt]ừ năm)\\s+(?<y1>${YEAR})${DASH}(?:năm\\s+)?(?<y2>${YEAR})(?![\\d/])`, "gu"),
    value: (groups) => ({ iso: `${groups.y1}/${groups.y2}`, usedPublished: false }),
  },
  {
    rule: "year",
    pattern: new RegExp(`(?<![\\p{L}])[Nn]ăm\\s+(?<y>${YEAR})(?![\\d/])`, "gu"),
    value: (groups) => ({ iso: groups.y ?? "", usedPublished: false }),
  },
  {
    rule: "day-month",
    pattern: new RegExp(`(?<![\\d/.,])(?:[Nn]gày\\s+)?(?<d>${DAY})/(?<m>${MONTH})(?![\\d/])`, "gu"),
    value: (groups, published) => dayIso(groups.d, groups.m, undefined, published),
  },
];

export const dateExtractor: Extractor = {
  name: "date",
  extract({ cleaned, metadata }: ExtractInput): Mention[] {
    const published = metadata.published?.value.slice(0, 4) ?? null;
    const drafts: MentionDraft[] = [];
    for (const { rule, pattern, value } of PATTERNS) {
      for (const { match, from } of matchContent(cleaned, pattern)) {
        const resolved = value(match.groups ?? {}, published);
        if (!resolved) continue;
        drafts.push({
          type: "DATE",
          from,
          to: from + match[0].length,
          rule: `extract.date/${rule}`,
          value: resolved.iso,
          valueRule: resolved.usedPublished ? "normalize.date/year-from-published" : `normalize.date/${rule}`,
          entityKey: null,
        });
      }
    }
    return keepLongest(drafts).map((draft) => makeMention(cleaned, draft));
  },
};
