/**
 * Tokens: the scanner (token-scan.ts) cuts text as the token pattern would,
 * and the table of words seen (words.ts) gives back each word and its traits,
 * also after it starts again empty.
 */
import { describe, expect, it } from "vitest";
import { nextTokenStart, scan, tokenEnd } from "../pipeline/stages/extract/token-scan.ts";
import { tokenize } from "../pipeline/stages/extract/tokens.ts";
import { WordTable } from "../pipeline/stages/extract/words.ts";

/** The pattern the scanner stands for (token-scan.ts). */
const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*(?:-(?=[\p{Ll}\d])[\p{L}\p{M}\d]+)*|\d+(?:[.,]\d+)*|\S/gu;

function patternBounds(text: string): number[] {
  return [...text.matchAll(TOKEN)].flatMap((match) => [match.index, match.index + match[0].length]);
}

/** Start and end offsets of the tokens the scanner finds, flat. */
function tokenBounds(text: string): number[] {
  scan(text);
  const bounds: number[] = [];
  for (let start = nextTokenStart(0); start !== -1; ) {
    const end = tokenEnd(start);
    bounds.push(start, end);
    start = nextTokenStart(end);
  }
  return bounds;
}

/** A deterministic pseudo-random sequence. */
function randomTexts(count: number, alphabet: readonly string[]): string[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 14) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(""));
}

const ALPHABET = ["a", "Đ", "ư", "\u0301", "'", "’", "-", "1", "9", ".", ",", " ", "\u00a0", "\n", "\t", "𝐀", "𝐚", "😀", "\ud800", "\udc00", "ß", "ǅ", "٣", "²", "A", "/", "%", "\u3000", "İ"];

describe("token scanner", () => {
  it.each([
    ["Hang-seo và H'Hen", ["Hang-seo", "và", "H'Hen"]],
    ["1.324 người, 1,6 tỷ đồng.", ["1.324", "người", ",", "1,6", "tỷ", "đồng", "."]],
    ["Covid-19 A-B x-y", ["Covid-19", "A", "-", "B", "x-y"]],
    ["a'  b’c d'", ["a", "'", "b’c", "d", "'"]],
    ["𝐀𝐚 😀 x\ud800y", ["𝐀𝐚", "😀", "x", "\ud800", "y"]],
  ])("cuts %j", (text, words) => {
    expect(tokenize(text).map((token) => token.text)).toEqual(words);
  });

  it("cuts every text where the token pattern does", () => {
    for (const text of randomTexts(20_000, ALPHABET)) expect(tokenBounds(text), JSON.stringify(text)).toEqual(patternBounds(text));
  });

  it("cuts a text longer than its first buffer", () => {
    const text = "Nguyễn Văn A, 1.234 người; ".repeat(4000);
    expect(tokenBounds(text)).toEqual(patternBounds(text));
  });
});

describe("table of words seen", () => {
  it("gives each word back, the same string when seen again, also after starting again empty", () => {
    const described: string[] = [];
    const table = new WordTable((word) => {
      described.push(word);
      return word.length;
    }, 8);
    const text = "một hai ba một hai Bốn một 𝐀𝐚";
    const bounds = tokenBounds(text);
    const words: string[] = [];
    for (let bound = 0; bound < bounds.length; bound += 2) {
      const word = table.wordAt(text, bounds[bound], bounds[bound + 1]);
      words.push(word.text);
      expect(word.value).toBe(word.text.length);
    }
    expect(words).toEqual(text.split(" "));
    expect(described.length).toBeGreaterThan(new Set(words).size);
  });

  it("keeps thousands of words apart as the table grows, each one object", () => {
    const table = new WordTable((word) => word);
    const words = Array.from({ length: 20_000 }, (_unused, index) => `w${index.toString(36)}`).join(" ");
    const text = `${words} ${words}`;
    const bounds = tokenBounds(text);
    const seen = new Map<string, object>();
    for (let bound = 0; bound < bounds.length; bound += 2) {
      const word = table.wordAt(text, bounds[bound], bounds[bound + 1]);
      const written = text.slice(bounds[bound], bounds[bound + 1]);
      expect(word.text).toBe(written);
      expect(seen.get(written) ?? word).toBe(word);
      seen.set(written, word);
    }
    expect(new Set(seen.values()).size).toBe(seen.size);
  });
});
