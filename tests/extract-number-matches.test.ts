/**
 * Number patterns tried only where a number can start (number-matches.ts)
 * find exactly what a global search over every line finds.
 */
import { describe, expect, it } from "vitest";
import { matchContent } from "../pipeline/stages/extract/lines.ts";
import { matchNumbers, prefixWordCount } from "../pipeline/stages/extract/number-matches.ts";
import { bodyDocument } from "./support/extract.ts";

const QUALIFIERS = ["hơn", "gần", "ít nhất", "lên tới", "Khoảng"];

/** Shaped like the money, quantity and percent patterns: a look-behind, an optional qualifier, a number, a unit. */
const PATTERNS = [
  new RegExp(`(?<![\\p{L}\\d.,])(?:(?<qualifier>${QUALIFIERS.join("|")})\\s+)?(?<number>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)(?:\\s*(?<scale>tỷ|triệu))?\\s*(?<unit>đồng|USD|đ)(?![\\p{L}\\d])`, "gu"),
  new RegExp(`(?<![\\p{L}\\d.,/])(?:(?<qualifier>${QUALIFIERS.join("|")})\\s+)?(?<number>\\d+)\\s+(?<unit>người|hộ dân|ha)(?![\\p{L}\\d])`, "gu"),
  /(?<![\p{L}\d.,])(?<number>\d+(?:,\d+)?)(?:\s?%|\s+phần trăm(?![\p{L}]))/gu,
];

const WORDS = ["hơn", "ít", "nhất", "lên", "xhơn", "tỷ", "triệu", "đồng", "USD", "đ", "người", "hộ", "dân", "ha", "%", "phần", "trăm", "a\u0301", "𝐀", "/"];
const NUMBERS = ["1", "25", "1.324", "1,6", "3.000.000"];
const UNITS = ["đồng", "tỷ đồng", "USD", "đ", "người", "hộ dân", "ha", "%", "phần trăm"];
const SEPARATORS = [" ", " ", " ", "", "  ", "\u00a0", ",", ".", "-", "\n"];

/**
 * Phrases shaped like amounts (a qualifier, a number, a unit) among other
 * words, with spaces, punctuation or nothing between them: a deterministic
 * pseudo-random sequence.
 */
function randomTexts(count: number): string[] {
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)];
  const amount = () => [pick([...QUALIFIERS, ""]), pick(NUMBERS), pick(UNITS)].map((piece) => piece + pick(SEPARATORS)).join("");
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 6) }, () => (next() < 0.5 ? amount() : pick(WORDS) + pick(SEPARATORS))).join(""));
}

function matches(found: Iterable<{ match: RegExpExecArray; from: number }>): [number, string][] {
  return [...found].map(({ match, from }) => [from, match[0]]);
}

describe("number matches", () => {
  it("counts the words of the phrases before a number, or gives up on phrases that are not plain words", () => {
    expect(prefixWordCount(QUALIFIERS)).toBe(2);
    expect(prefixWordCount([])).toBe(0);
    expect(prefixWordCount(["hơn", "x-y"])).toBe(Number.POSITIVE_INFINITY);
  });

  it.each(PATTERNS.map((pattern, index) => [index, pattern] as const))("finds what a global search finds (pattern %i)", (_index, pattern) => {
    const words = pattern.source.includes("qualifier") ? prefixWordCount(QUALIFIERS) : 0;
    for (const text of randomTexts(4000)) {
      const doc = bodyDocument(text);
      expect(matches(matchNumbers(doc, pattern, words)), JSON.stringify(text)).toEqual(matches(matchContent(doc, pattern)));
    }
  });
});
