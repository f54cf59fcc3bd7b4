/**
 * MONEY mentions (ANNOTATION.md): a Vietnamese number, scale words and a
 * currency: `1,6 tỷ đồng`, `50 triệu đồng`, `1 tỉ đồng`, `3 nghìn tỷ đồng`,
 * `1 tỷ 200 triệu đồng`, `500 USD`. The value is the integer amount and its
 * ISO 4217 code; a qualifier before it (`hơn`, `gần`) and a per-unit tail
 * after it (`/hộ`) stay outside the span and go to their own fields.
 */
import type { Mention } from "../../core/document.ts";
import { SCALE_WORDS } from "../../core/numbers.ts";
import type { Resources } from "../../resources.ts";
import type { Extractor, ExtractInput } from "./types.ts";
import { alternation, keepLongest } from "./lines.ts";
import { matchNumbers, prefixWordCount } from "./number-matches.ts";
import { makeMention, type MentionDraft } from "./mention.ts";
import { NUMBER, qualifierOf, numberOffset, scaledAmount } from "./amounts.ts";

interface MoneyPattern {
  readonly pattern: RegExp;
  /** Words a qualifier may have before the number. */
  readonly prefixWords: number;
}

const compiled = new WeakMap<Resources, MoneyPattern>();

function moneyPattern(resources: Resources): MoneyPattern {
  let compiledPattern = compiled.get(resources);
  if (compiledPattern) return compiledPattern;
  const { currencies, qualifiers, currency_blockers: blockers, currency_blocker_exceptions: exceptions } = resources.values;
  const scale = alternation(Object.keys(SCALE_WORDS));
  const pattern = new RegExp(
    `(?<![\\p{L}\\d.,])(?:(?<qualifier>${alternation(qualifiers)})\\s+)?(?<number>${NUMBER})` +
      `(?:\\s*(?<scale>${scale})(?:\\s+(?<scale2>${scale}))?)?(?:\\s+(?<extra>\\d{1,3})\\s+(?<extraScale>${scale}))?` +
      `\\s*(?<currency>${alternation(Object.keys(currencies))})(?![\\p{L}\\d])(?!\\s+(?!(?:${alternation(exceptions)})(?![\\p{L}]))(?:${alternation(blockers)})(?![\\p{L}]))` +
      `(?<per>(?:\\s*\\/\\s*\\p{Ll}+)*)`,
    "gu",
  );
  compiledPattern = { pattern, prefixWords: prefixWordCount(qualifiers) };
  compiled.set(resources, compiledPattern);
  return compiledPattern;
}

export const moneyExtractor: Extractor = {
  name: "money",
  extract({ cleaned }: ExtractInput, resources: Resources): Mention[] {
    const drafts: MentionDraft[] = [];
    const { pattern, prefixWords } = moneyPattern(resources);
    for (const { match, from } of matchNumbers(cleaned, pattern, prefixWords)) {
      const groups = match.groups!;
      const amount = scaledAmount(groups);
      // `Phiên chợ 0 đồng` (everything free) names a programme, not a sum.
      if (amount === null || amount === 0) continue;
      const currency = resources.values.currencies[groups.currency];
      const start = from + numberOffset(match);
      const end = from + match[0].length - groups.per.length;
      const per = groups.per.replace(/\s+/gu, "");
      drafts.push({
        type: "MONEY",
        from: start,
        to: end,
        rule: groups.scale ? "extract.money/number-scale-currency" : "extract.money/number-currency",
        value: `${amount} ${currency}`,
        valueRule: "normalize.money/vietnamese-number",
        amount,
        unit: per ? `${currency}${per}` : currency,
        qualifier: qualifierOf(match, from),
      });
    }
    return keepLongest(drafts).map((draft) => makeMention(cleaned, draft));
  },
};
