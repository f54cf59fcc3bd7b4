/**
 * QUANTITY and PERCENT mentions: a count of people or things (`1.324 trường
 * hợp`, `hơn 2 triệu đoàn viên`; value `<number> <unit>`, the qualifier
 * outside the span) and a percentage (`80%`, `12,5 phần trăm`; value the
 * fraction, `0.8`).
 */
import type { Mention } from "../../core/document.ts";
import { parseVietnameseNumber, SCALE_WORDS } from "../../core/numbers.ts";
import type { Resources } from "../../resources.ts";
import type { Extractor, ExtractInput } from "./types.ts";
import { alternation, keepLongest } from "./lines.ts";
import { matchNumbers, prefixWordCount } from "./number-matches.ts";
import { makeMention, type MentionDraft } from "./mention.ts";
import { NUMBER, numberOffset, qualifierOf, scaledAmount } from "./amounts.ts";

interface Patterns {
  readonly quantity: RegExp;
  /** Words a qualifier may have before the number of a quantity. */
  readonly qualifierWords: number;
  readonly percent: RegExp;
}

const compiled = new WeakMap<Resources, Patterns>();

function patterns(resources: Resources): Patterns {
  let result = compiled.get(resources);
  if (result) return result;
  const { qualifiers, quantity_units: units, percent_words: percentWords } = resources.values;
  result = {
    quantity: new RegExp(
      `(?<![\\p{L}\\d.,/])(?:(?<qualifier>${alternation(qualifiers)})\\s+)?(?<number>${NUMBER})(?:\\s+(?<scale>${alternation(Object.keys(SCALE_WORDS))}))?\\s+(?<unit>${alternation(units)})(?![\\p{L}\\d])`,
      "gu",
    ),
    qualifierWords: prefixWordCount(qualifiers),
    percent: new RegExp(`(?<![\\p{L}\\d.,])(?<number>${NUMBER})(?:\\s?%|\\s+(?:${alternation(percentWords)})(?![\\p{L}]))`, "gu"),
  };
  compiled.set(resources, result);
  return result;
}

function quantityDrafts({ cleaned }: ExtractInput, pattern: RegExp, qualifierWords: number): MentionDraft[] {
  const drafts: MentionDraft[] = [];
  for (const { match, from } of matchNumbers(cleaned, pattern, qualifierWords)) {
    const groups = match.groups!;
    const amount = scaledAmount(groups);
    if (amount === null) continue;
    drafts.push({
      type: "QUANTITY",
      from: from + numberOffset(match),
      to: from + match[0].length,
      rule: "extract.quantity/number-unit",
      value: `${amount} ${groups.unit}`,
      valueRule: "normalize.quantity/vietnamese-number",
      amount,
      unit: groups.unit,
      qualifier: qualifierOf(match, from),
    });
  }
  return drafts;
}

function percentDrafts({ cleaned }: ExtractInput, pattern: RegExp): MentionDraft[] {
  const drafts: MentionDraft[] = [];
  for (const { match, from } of matchNumbers(cleaned, pattern, 0)) {
    const number = parseVietnameseNumber(match.groups!.number!);
    if (number === null) continue;
    drafts.push({
      type: "PERCENT",
      from,
      to: from + match[0].length,
      rule: "extract.percent/number-percent",
      value: String(Number((number / 100).toPrecision(12))),
      valueRule: "normalize.percent/fraction",
    });
  }
  return drafts;
}

export const quantityExtractor: Extractor = {
  name: "quantities",
  extract(input: ExtractInput, resources: Resources): Mention[] {
    const { quantity, qualifierWords, percent } = patterns(resources);
    const drafts = [...quantityDrafts(input, quantity, qualifierWords), ...percentDrafts(input, percent)];
    return keepLongest(drafts).map((draft) => makeMention(input.cleaned, draft));
  },
};
