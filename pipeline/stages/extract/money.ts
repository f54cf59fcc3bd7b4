/**
 * MONEY, PERCENT and QUANTITY: a number in Vietnamese format, a scale word,
 * and a currency (MONEY), `%` (PERCENT) or a counted noun (QUANTITY).
 * Qualifiers (`hơn`, `gần`) and per-unit tails (`/hộ`) stay outside the span.
 */
import type { Mention } from "../../core/document.ts";
import { parseVietnameseNumber, scaledInteger } from "../../core/numbers.ts";
import type { Resources } from "../../resources.ts";
import type { Extractor, ExtractInput } from "./types.ts";
import { alternation, keepLongest, matchContent } from "./lines.ts";
import { makeMention, type MentionDraft } from "./mention.ts";

const NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
const SCALE = "nghìn|ngàn|triệu|tỷ|tỉ";

interface Compiled {
  readonly money: RegExp;
  readonly percent: RegExp;
  readonly quantity: RegExp;
}

const compiled = new WeakMap<Resources, Compiled>();

function patterns(resources: Resources): Compiled {
  const cachedPatterns = compiled.get(resources);
  if (cachedPatterns) return cachedPatterns;
  const { currencies, qualifiers, quantity_units: units } = resources.values;
  const qualifier = `(?:(?<qualifier>${alternation(qualifiers)})\\s+)?`;
  const result: Compiled = {
    money: new RegExp(
      `(?<![\\p{L}\\d.,])${qualifier}(?<number>${NUMBER})(?:\\s+(?<scale>${SCALE}))?\\s*(?<currency>${alternation(Object.keys(currencies))})(?![\\p{L}])(?:\\s*\\/\\s*(?<per>\\p{Ll}+))?`,
      "gu",
    ),
    percent: new RegExp(`(?<![\\p{L}\\d.,])(?<number>${NUMBER})\\s?%`, "gu"),
    quantity: new RegExp(
      `(?<![\\p{L}\\d.,])${qualifier}(?<number>${NUMBER})(?:\\s+(?<scale>${SCALE}))?\\s+(?<unit>${alternation(units)})(?![\\p{L}])`,
      "gu",
    ),
  };
  compiled.set(resources, result);
  return result;
}

function qualifierOf(match: RegExpExecArray, from: number) {
  const text = match.groups?.qualifier;
  return text ? { text, from, to: from + text.length } : null;
}

/** Where the number starts within the match (after the qualifier). */
function numberOffset(match: RegExpExecArray): number {
  const qualifier = match.groups?.qualifier;
  return qualifier ? match[0].indexOf(match.groups!.number, qualifier.length) : 0;
}

export const moneyExtractor: Extractor = {
  name: "money",
  extract({ cleaned }: ExtractInput, resources: Resources): Mention[] {
    const { money, percent, quantity } = patterns(resources);
    const drafts: MentionDraft[] = [];
    for (const { match, from } of matchContent(cleaned, money)) {
      const groups = match.groups!;
      const amount = scaledInteger(groups.number, groups.scale ?? null);
      if (amount === null) continue;
      const currency = resources.values.currencies[groups.currency];
      const start = from + numberOffset(match);
      const end = start + match[0].slice(numberOffset(match)).replace(/\s*\/\s*\p{Ll}+$/u, "").length;
      drafts.push({
        type: "MONEY",
        from: start,
        to: end,
        rule: groups.scale ? "extract.money/number-scale-currency" : "extract.money/number-currency",
        value: `${amount} ${currency}`,
        valueRule: "normalize.money/vietnamese-number",
        amount,
        unit: groups.per ? `${currency}/${groups.per}` : currency,
        qualifier: qualifierOf(match, from),
      });
    }
    for (const { match, from } of matchContent(cleaned, percent)) {
      const number = parseVietnameseNumber(match.groups!.number);
      if (number === null) continue;
      drafts.push({
        type: "PERCENT",
        from,
        to: from + match[0].length,
        rule: "extract.percent/number-percent-sign",
        value: String(Number((number / 100).toPrecision(12))),
        valueRule: "normalize.percent/fraction",
      });
    }
    for (const { match, from } of matchContent(cleaned, quantity)) {
      const groups = match.groups!;
      const amount = scaledInteger(groups.number, groups.scale ?? null);
      if (amount === null) continue;
      const start = from + numberOffset(match);
      drafts.push({
        type: "QUANTITY",
        from: start,
        to: from + match[0].length,
        rule: "extract.quantity/number-unit",
        value: `${amount} ${groups.unit}`,
        valueRule: "normalize.quantity/vietnamese-number",
        amount,
        unit: groups.unit,
        qualifier: qualifierOf(match, from),
      });
    }
    return keepLongest(drafts).map((draft) => makeMention(cleaned, draft));
  },
};
