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
 */
import { MAIN_CONTENT_ROLES, type Cleaned, type RoledLine } from "../../core/document.ts";
import { traced, type Traced } from "../../core/prov.ts";
import { matchesOf } from "../clean/matches.ts";

interface Found {
  readonly value: string;
  readonly from: number;
  readonly to: number;
}

const TODAY = /(?:hôm nay|sáng nay|chiều nay|tối nay|trưa nay)\s*\((?:ngày\s*)?(\d{1,2})\/(\d{1,2})\)/giu;
const LEAD_DATE = /^(?:\([\p{Lu}]{2,10}\)\s*[-–]?\s*)?(?:(?:sáng|chiều|tối|trưa|đêm|hôm nay|hôm qua)\s+)?(?:ngày\s+)?(?:\(?\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})/iu;
const ANNIVERSARY = /(\d{1,3}) năm [^()]{0,120}?\((?:ngày )?(?:\d{1,2}\/\d{1,2}\/)?(\d{4})\)/gu;
const FULL_YEAR = /(?<![\d/.])(?<dayMonth>\d{1,2}[/.]\d{1,2}[/.])?((?:19|20)\d{2})(?![\d/])/gu;
const RANGE_END = /(?:(?:19|20)\d{2}\s*[-–—]\s*|(?<![\p{L}])đến\s+(?:năm\s+)?)$/u;
/** A period being reviewed (`tổng kết … giai đoạn 2020 - 2024`) has just ended: its end is the year of writing, not its start. */
const REVIEW_BEFORE = /(?:tổng kết|sơ kết|đánh giá|nhìn lại)[^.;!?]{0,80}$/iu;
const RANGE_START = /^\s*[-–—]\s*(?:19|20)\d{2}/u;
const PERIOD_BEFORE = /(?:giai đoạn|nhiệm kỳ|thời kỳ|vào năm|đến năm)\s*$/iu;
/** A day and month with no year after a day word (`ngày 22/7`, `sáng 5-9`, `đến 27/7`, `(19/5)`): its DATE needs the article's year. Not `2/3 số hộ`, `24/7`. */
const DAY_WITHOUT_YEAR = /(?<![\p{L}])(?:ngày|sáng|chiều|tối|trưa|đêm|nay|đến|và)\s+(?:\d{1,2}\s*(?:-|và|đến)\s*)?\d{1,2}[/-]\d{1,2}(?![\d/-])|\(\d{1,2}\/\d{1,2}\)/iu;
/** A year, a comma, a subject of a few words and `sẽ` (will): a plan (`năm 2025, LĐLĐ thành phố sẽ …`). */
const PLAN_AFTER = /^\s*,(?:\s+[\p{L}\p{M}]+){1,5}\s+sẽ(?![\p{L}])/u;

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
function yearWeight(line: string, match: RegExpExecArray): number {
  if (match.groups?.dayMonth !== undefined) return 3;
  const before = line.slice(0, match.index);
  const after = line.slice(match.index + match[0].length);
  const review = REVIEW_BEFORE.test(before);
  if (RANGE_END.test(before)) return review ? 1 : 0;
  if (PLAN_AFTER.test(after) || (review && RANGE_START.test(after))) return 0;
  if (PERIOD_BEFORE.test(before) || RANGE_START.test(after)) return 1;
  return 2;
}

/** The headline, then the lead, then the rest: the first of them that gives a year gives it (the page's own event before its background). */
const YEAR_SOURCES: readonly ((line: RoledLine) => boolean)[] = [
  (line) => line.role.value === "title",
  (line) => line.role.value === "lead",
  (line) => line.role.value !== "title" && line.role.value !== "lead",
];

/** The latest of the years that say most about when the text was written, the headline's and the lead's first. */
function latestYear(lines: readonly RoledLine[]): Found | null {
  for (const source of YEAR_SOURCES) {
    const found = latestYearOf(lines.filter(source));
    if (found) return found;
  }
  return null;
}

function latestYearOf(lines: readonly RoledLine[]): Found | null {
  let best: Found | null = null;
  let bestWeight = 0;
  for (const line of lines) {
    for (const match of matchesOf(FULL_YEAR, line.text)) {
      const weight = yearWeight(line.text, match);
      if (weight === 0 || weight < bestWeight || (weight === bestWeight && best && Number(match[2]) <= Number(best.value))) continue;
      best = { value: match[2], from: line.from + match.index, to: line.from + match.index + match[0].length };
      bestWeight = weight;
    }
  }
  return best;
}

function today(lines: readonly RoledLine[]): Found | null {
  for (const line of lines) {
    for (const match of matchesOf(TODAY, line.text)) {
      const year = latestYear(lines);
      if (!year || !validDay(match[2], match[1])) continue;
      const from = line.from + match.index;
      return { value: `${year.value}-${pad(match[2])}-${pad(match[1])}`, from: Math.min(from, year.from), to: Math.max(from + match[0].length, year.to) };
    }
  }
  return null;
}

function leadDate(lines: readonly RoledLine[]): Found | null {
  const lead = lines.find((line) => line.role.value === "lead");
  const match = lead ? LEAD_DATE.exec(lead.text) : null;
  if (!lead || !match || !validDay(match[2], match[1])) return null;
  return { value: `${match[3]}-${pad(match[2])}-${pad(match[1])}`, from: lead.from + match.index, to: lead.from + match.index + match[0].length };
}

function anniversary(lines: readonly RoledLine[]): Found | null {
  for (const line of lines) {
    for (const match of matchesOf(ANNIVERSARY, line.text)) {
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

const INFERENCES: ReadonlyArray<readonly [string, (lines: readonly RoledLine[]) => Found | null]> = [
  ["today-with-latest-year", today],
  ["lead-date", leadDate],
  ["anniversary-year", anniversary],
  ["lead-year", leadYear],
  ["latest-year", (lines) => (lines.some((line) => DAY_WITHOUT_YEAR.test(line.text)) ? latestYear(lines) : null)],
];

export function inferPublished(doc: Cleaned): Traced<string> | null {
  const main = doc.lines.filter((line) => MAIN_CONTENT_ROLES.has(line.role.value));
  for (const [rule, infer] of INFERENCES) {
    const found = infer(main);
    if (found) return traced(found.value, doc.source.path, doc.view.toRaw(found.from, found.to), `derive.published/${rule}`);
  }
  return null;
}
