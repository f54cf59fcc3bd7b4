/**
 * The article's date when the page prints none: inferred from the text, and
 * the provenance rule says so (`derive.published/<how>`).
 *
 * - `hôm nay (19/5)` is the day of writing; the year is the latest one
 *   of a full date in the text (`2/9/2024`), else the latest year written,
 *   not counting the end of a range (`giai đoạn 2024 - 2029` is a plan);
 * - a lead opening with a full date (`Sáng 29/7/2024, …`);
 * - an anniversary, `60 năm Ngày thiết lập … (05/9/1962)`, fixes the year;
 * - else the first full date in the lead gives the year
 *   (`Sáng 15-10, … từ ngày 15/10 đến 13/12/2024`: 2024).
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
const RANGE_END = /(?:(?:19|20)\d{2}\s*[-–—]\s*|\bđến\s+(?:năm\s+)?)$/u;
const LEAD_FULL_DATE = /(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.]((?:19|20)\d{2})(?![\d/])/u;

const pad = (text: string) => text.padStart(2, "0");

function validDay(month: string, day: string): boolean {
  return Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31;
}

function latestYear(lines: readonly RoledLine[]): Found | null {
  let best: Found | null = null;
  let bestDated = false;
  for (const line of lines) {
    for (const match of matchesOf(FULL_YEAR, line.text)) {
      const dated = match.groups?.dayMonth !== undefined;
      if (!dated && RANGE_END.test(line.text.slice(0, match.index))) continue;
      const later = !best || Number(match[2]) > Number(best.value);
      if ((dated && !bestDated) || (dated === bestDated && later)) {
        best = { value: match[2], from: line.from + match.index, to: line.from + match.index + match[0].length };
        bestDated = dated;
      }
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
  const match = lead ? LEAD_FULL_DATE.exec(lead.text) : null;
  if (!lead || !match) return null;
  return { value: match[1], from: lead.from + match.index, to: lead.from + match.index + match[0].length };
}

const INFERENCES: ReadonlyArray<readonly [string, (lines: readonly RoledLine[]) => Found | null]> = [
  ["today-with-latest-year", today],
  ["lead-date", leadDate],
  ["anniversary-year", anniversary],
  ["lead-year", leadYear],
];

export function inferPublished(doc: Cleaned): Traced<string> | null {
  const main = doc.lines.filter((line) => MAIN_CONTENT_ROLES.has(line.role.value));
  for (const [rule, infer] of INFERENCES) {
    const found = infer(main);
    if (found) return traced(found.value, doc.source.path, doc.view.toRaw(found.from, found.to), `derive.published/${rule}`);
  }
  return null;
}
