/**
 * The article's date when the page prints none: inferred from the text, and
 * the provenance rule says so (`derive.published/<how>`).
 *
 * - `hôm nay (19/5)` is the day of writing; its year is the latest of
 *   those that say most about when the text was written (`yearWeight`);
 * - a lead opening with a full date (`Sáng 29/7/2024, …`);
 * - an anniversary, `60 năm Ngày thiết lập … (05/9/1962)`, fixes the year;
 * - else the first full date in the lead gives the year
 *   (`Sáng 15-10, … từ ngày 15/10 đến 13/12/2024`: 2024);
 * - else, when a day is written without its year (`ngày 22 đến 27/7`),
 *   that latest year alone: the day's DATE needs one.
 *
 * The words these read are cleaning.yaml's `published`.
 */
import { MAIN_CONTENT_ROLES, type Cleaned, type RoledLine } from "../../core/document.ts";
import { traced, type Traced } from "../../core/prov.ts";
import type { CleaningRules } from "../../resources.ts";
import { phraseAlternation } from "../clean/markers.ts";
import { matchesOf } from "../clean/matches.ts";

interface Found {
  readonly value: string;
  readonly from: number;
  readonly to: number;
}

/** The patterns of the inference, made once per rules from the words of cleaning.yaml's `published`. */
class PublishedPatterns {
  private static readonly made = new WeakMap<CleaningRules, PublishedPatterns>();

  /** `hôm nay (19/5)`: groups day, month. */
  readonly today: RegExp;
  /** A lead opening with a full date: groups day, month, year. */
  readonly leadDate: RegExp;
  /** `60 năm … (05/9/1962)`: groups years, year. */
  readonly anniversary: RegExp;
  /** Before a year: it ends a range. */
  readonly rangeEnd: RegExp;
  /** Before a year: a period under review. */
  readonly reviewBefore: RegExp;
  /** Before a year: it starts a period. */
  readonly periodBefore: RegExp;
  /** A day and month without a year after a day word; not `2/3 số hộ`, `24/7`. */
  readonly dayWithoutYear: RegExp;
  /** After a year: a plan. */
  readonly planAfter: RegExp;

  private constructor(words: CleaningRules["published"]) {
    const any = (phrases: readonly string[]) => `(?:${phraseAlternation(phrases)})`;
    const day = any(words.day_words);
    this.today = new RegExp(`${any(words.today_words)}\\s*\\((?:${day}\\s*)?(\\d{1,2})\\/(\\d{1,2})\\)`, "giu");
    const opener = words.lead_openers.length > 0 ? `(?:${any(words.lead_openers)}\\s+)?` : "";
    this.leadDate = new RegExp(`^(?:\\([\\p{Lu}]{2,10}\\)\\s*[-–]?\\s*)?${opener}(?:${day}\\s+)?(?:\\(?\\s*)?(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})`, "iu");
    this.anniversary = new RegExp(`(\\d{1,3}) ${any(words.year_words)} [^()]{0,120}?\\((?:${day} )?(?:\\d{1,2}\\/\\d{1,2}\\/)?(\\d{4})\\)`, "giu");
    const rangeWords = words.range_end_words.length > 0 ? `|(?<![\\p{L}])${any(words.range_end_words)}\\s+(?:${any(words.year_words)}\\s+)?` : "";
    this.rangeEnd = new RegExp(`(?:(?:19|20)\\d{2}\\s*[-–—]\\s*${rangeWords})$`, "iu");
    this.reviewBefore = orNever(words.review_words, (alternation) => `${alternation}[^.;!?]{0,80}$`);
    this.periodBefore = orNever(words.period_words, (alternation) => `${alternation}\\s*$`);
    const cue = `(?<![\\p{L}])${any(words.day_cues)}\\s+(?:\\d{1,2}\\s*${any(words.day_joiners)}\\s*)?\\d{1,2}[/-]\\d{1,2}(?![\\d/-])`;
    this.dayWithoutYear = new RegExp(`${cue}|\\(\\d{1,2}\\/\\d{1,2}\\)`, "iu");
    this.planAfter = orNever(words.plan_words, (alternation) => `^\\s*,(?:\\s+[\\p{L}\\p{M}]+){1,5}\\s+${alternation}(?![\\p{L}])`);
  }

  static for(rules: CleaningRules): PublishedPatterns {
    let patterns = PublishedPatterns.made.get(rules);
    if (!patterns) {
      patterns = new PublishedPatterns(rules.published);
      PublishedPatterns.made.set(rules, patterns);
    }
    return patterns;
  }
}

/** A pattern around an alternation of `words`; with no words, one that never matches. */
function orNever(words: readonly string[], around: (alternation: string) => string): RegExp {
  return words.length === 0 ? /(?!)/u : new RegExp(around(`(?:${phraseAlternation(words)})`), "iu");
}

const FULL_YEAR = /(?<![\d/.])(?<dayMonth>\d{1,2}[/.]\d{1,2}[/.])?((?:19|20)\d{2})(?![\d/])/gu;
const RANGE_START = /^\s*[-–—]\s*(?:19|20)\d{2}/u;

const pad = (text: string) => text.padStart(2, "0");

function validDay(month: string, day: string): boolean {
  return Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31;
}

/**
 * How much a year says about when the text was written: a full date most
 * (`2/9/2024`), then a year alone, then the start of a period
 * (`giai đoạn 2025 - 2030`, `vào năm 2026`), or the end of one under review
 * (`tổng kết giai đoạn 2020 - 2024`); the other end and a plan
 * (`năm 2025, … sẽ`) nothing.
 */
function yearWeight(line: string, match: RegExpExecArray, patterns: PublishedPatterns): number {
  if (match.groups?.dayMonth !== undefined) return 3;
  const before = line.slice(0, match.index);
  const after = line.slice(match.index + match[0].length);
  const review = patterns.reviewBefore.test(before);
  if (patterns.rangeEnd.test(before)) return review ? 1 : 0;
  if (patterns.planAfter.test(after) || (review && RANGE_START.test(after))) return 0;
  if (patterns.periodBefore.test(before) || RANGE_START.test(after)) return 1;
  return 2;
}

/** The headline, then the lead, then the rest: the first of them that gives a year gives it (the page's own event before its background). */
const YEAR_SOURCES: readonly ((line: RoledLine) => boolean)[] = [
  (line) => line.role.value === "title",
  (line) => line.role.value === "lead",
  (line) => line.role.value !== "title" && line.role.value !== "lead",
];

/** The latest of the years that say most about when the text was written, the headline's and the lead's first. */
function latestYear(lines: readonly RoledLine[], patterns: PublishedPatterns): Found | null {
  for (const source of YEAR_SOURCES) {
    const found = latestYearOf(lines.filter(source), patterns);
    if (found) return found;
  }
  return null;
}

function latestYearOf(lines: readonly RoledLine[], patterns: PublishedPatterns): Found | null {
  let best: Found | null = null;
  let bestWeight = 0;
  for (const line of lines) {
    for (const match of matchesOf(FULL_YEAR, line.text)) {
      const weight = yearWeight(line.text, match, patterns);
      if (weight === 0 || weight < bestWeight || (weight === bestWeight && best && Number(match[2]) <= Number(best.value))) continue;
      best = { value: match[2], from: line.from + match.index, to: line.from + match.index + match[0].length };
      bestWeight = weight;
    }
  }
  return best;
}

/** Each day of writing in the lines (`hôm nay (19/5)`) that exists: its day and month, two digits each, and where it is. */
function* daysOfWriting(lines: readonly RoledLine[], patterns: PublishedPatterns): Generator<{ day: string; month: string; from: number; to: number }> {
  for (const line of lines) {
    for (const match of matchesOf(patterns.today, line.text)) {
      if (validDay(match[2], match[1])) yield { day: pad(match[1]), month: pad(match[2]), from: line.from + match.index, to: line.from + match.index + match[0].length };
    }
  }
}

function today(lines: readonly RoledLine[], patterns: PublishedPatterns): Found | null {
  const first = daysOfWriting(lines, patterns).next();
  const year = first.done ? null : latestYear(lines, patterns);
  if (first.done || !year) return null;
  const written = first.value;
  return { value: `${year.value}-${written.month}-${written.day}`, from: Math.min(written.from, year.from), to: Math.max(written.to, year.to) };
}

function leadDate(lines: readonly RoledLine[], patterns: PublishedPatterns): Found | null {
  const lead = lines.find((line) => line.role.value === "lead");
  const match = lead ? patterns.leadDate.exec(lead.text) : null;
  if (!lead || !match || !validDay(match[2], match[1])) return null;
  return { value: `${match[3]}-${pad(match[2])}-${pad(match[1])}`, from: lead.from + match.index, to: lead.from + match.index + match[0].length };
}

function anniversary(lines: readonly RoledLine[], patterns: PublishedPatterns): Found | null {
  for (const line of lines) {
    for (const match of matchesOf(patterns.anniversary, line.text)) {
      return { value: String(Number(match[2]) + Number(match[1])), from: line.from + match.index, to: line.from + match.index + match[0].length };
    }
  }
  return null;
}

function leadYear(lines: readonly RoledLine[]): Found | null {
  const lead = lines.find((line) => line.role.value === "lead");
  const match = lead ? [...matchesOf(FULL_YEAR, lead.text)].find((found) => found.groups?.dayMonth !== undefined) : undefined;
  if (!lead || !match) return null;
  return { value: match[2], from: lead.from + match.index, to: lead.from + match.index + match[0].length };
}

const INFERENCES: ReadonlyArray<readonly [string, (lines: readonly RoledLine[], patterns: PublishedPatterns) => Found | null]> = [
  ["today-with-latest-year", today],
  ["lead-date", leadDate],
  ["anniversary-year", anniversary],
  ["lead-year", leadYear],
  ["latest-year", (lines, patterns) => (lines.some((line) => patterns.dayWithoutYear.test(line.text)) ? latestYear(lines, patterns) : null)],
];

/**
 * A stamp that gives only the month (` date 2025-06 `) and the day of writing
 * in that month in the lead (`Sáng nay (17/6)`): the day, with the stamp's
 * year and month. Else the stamp as it is (a `hôm nay` quoted in the body
 * is not the day of writing).
 */
export function withDayOfWriting(stamp: Traced<string>, doc: Cleaned, rules: CleaningRules): Traced<string> {
  const month = /^(\d{4})-(\d{2})$/u.exec(stamp.value);
  const stampSpan = stamp.prov.span;
  if (!month || !stampSpan) return stamp;
  const lead = doc.lines.filter((line) => line.role.value === "lead");
  for (const written of daysOfWriting(lead, PublishedPatterns.for(rules))) {
    if (written.month !== month[2]) continue;
    const today = doc.view.toRaw(written.from, written.to);
    const span = { start: Math.min(stampSpan.start, today.start), end: Math.max(stampSpan.end, today.end) };
    return traced(`${stamp.value}-${written.day}`, doc.source.path, span, "derive.published/stamp-month-with-today");
  }
  return stamp;
}

export function inferPublished(doc: Cleaned, rules: CleaningRules): Traced<string> | null {
  const patterns = PublishedPatterns.for(rules);
  const main = doc.lines.filter((line) => MAIN_CONTENT_ROLES.has(line.role.value));
  for (const [rule, infer] of INFERENCES) {
    const found = infer(main, patterns);
    if (found) return traced(found.value, doc.source.path, doc.view.toRaw(found.from, found.to), `derive.published/${rule}`);
  }
  return null;
}
