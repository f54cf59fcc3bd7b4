/**
 * Numbers with scale words, shared by MONEY and QUANTITY: `1,6 tỷ`,
 * `3 nghìn tỷ` (scales multiply), `1 tỷ 200 triệu` (parts add up).
 */
import { SCALE_WORDS, scaledInteger } from "../../core/numbers.ts";

/** A Vietnamese number: `1.324`, `148,7`, `50`. */
export const NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";

type Groups = Readonly<Record<string, string | undefined>>;

/** The integer amount of `number scale [scale2] [extra extraScale]`, or null when a JS number cannot hold it exactly. */
export function scaledAmount(groups: Groups): number | null {
  const base = scaledInteger(groups.number ?? "", groups.scale ?? null);
  if (base === null) return null;
  let total = BigInt(base);
  if (groups.scale2) total *= BigInt(SCALE_WORDS[groups.scale2.toLowerCase()] ?? 1);
  if (groups.extra && groups.extraScale) {
    const extra = scaledInteger(groups.extra, groups.extraScale);
    if (extra === null) return null;
    total += BigInt(extra);
  }
  const amount = Number(total);
  return BigInt(amount) === total ? amount : null;
}

/** The qualifier before the number (`hơn`), with view offsets, or null. */
export function qualifierOf(match: RegExpExecArray, from: number): { text: string; from: number; to: number } | null {
  const text = match.groups?.qualifier;
  return text ? { text, from, to: from + text.length } : null;
}

/** Where the number starts within the match (after the qualifier). */
export function numberOffset(match: RegExpExecArray): number {
  const qualifier = match.groups?.qualifier;
  return qualifier ? match[0].indexOf(match.groups!.number!, qualifier.length) : 0;
}
