/**
 * The shortcuts cleaning takes to read every line fast give the answers of
 * the plain definitions they replace: a page's keys computed together equal
 * each line's `normalizeKey` without its decoration; decoration is cut as
 * the pattern that defines it cuts it; words are counted as splitting at
 * `\s+` counts them; `matchesOf` finds what `matchAll` finds; and a line
 * turned down as a menu after its first words is no menu when read whole.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeKey } from "../pipeline/core/normalize.ts";
import { buildTextView } from "../pipeline/core/textview.ts";
import { loadResources } from "../pipeline/resources.ts";
import { lineKey, lineKeys, PhraseKeys, stripDecoration, viewLineKeys } from "../pipeline/stages/clean/keys.ts";
import { Markers } from "../pipeline/stages/clean/markers.ts";
import { matchesOf } from "../pipeline/stages/clean/matches.ts";
import { MAX_MENU_WORDS, MenuWords } from "../pipeline/stages/clean/menu.ts";
import { countWords } from "../pipeline/stages/clean/spaces.ts";
import { splitLines } from "../pipeline/stages/lines.ts";

const rules = loadResources().cleaning;
const markers = Markers.for(rules);

/** The definition of a key's decoration. */
const EDGE_DECORATION = /^[\s\-–—=*#•·|>»:]+|[\s\-–—=*#•·|<>«»›:.]+$|\s*\(\d+\)$/gu;
const definedKey = (text: string) => normalizeKey(text).replace(EDGE_DECORATION, "");

const pieces = [
  "Tin", "liên quan", "hoà", "Hoà", "toạ", "quý", "qúy", "Uỷ", "gioà", "khoẻ", "xo\u0300a", "Σ", "ΑΣ", "İ", "a", "12", "(3)", "( 4)", "(x)", "(", ")",
  " ", "  ", "\t", "\u00a0", "\u2002", "\u3000", "-", "–", "—", "=", "*", "#", "•", "·", "|", ">", "»", "<", "«", "›", ":", ".", "...", "\u0301", "😀",
];
const line = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(""));

describe("line keys", () => {
  it("cut decoration as the pattern defining it does", () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(stripDecoration(text)).toBe(text.replace(EDGE_DECORATION, ""));
      }),
      { numRuns: 2000 },
    );
  });

  it("of a page, computed together, are each line's key", () => {
    const singleLines = line.map((text) => text.replaceAll("\n", " "));
    fc.assert(
      fc.property(fc.array(singleLines, { maxLength: 8 }), (texts) => {
        expect(lineKeys(texts)).toEqual(texts.map(definedKey));
        expect(texts.map(lineKey)).toEqual(texts.map(definedKey));
      }),
      { numRuns: 1000 },
    );
  });

  it("of a text view's lines skip the normalisation the view has done, with the same keys", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (parts) => {
        const texts = splitLines(buildTextView(parts.join("\n"))).map((viewLine) => viewLine.text);
        expect(viewLineKeys(texts)).toEqual(texts.map(definedKey));
      }),
      { numRuns: 1000 },
    );
  });

  it("of phrases match only keys of the same phrases", () => {
    const phrases = new PhraseKeys(["Tin liên quan", "Xem thêm:"]);
    expect(phrases.has("tin liên quan")).toBe(true);
    expect(phrases.has("xem thêm")).toBe(true);
    expect(phrases.has("tin liên quan đến vụ việc")).toBe(false);
  });
});

describe("words", () => {
  it("are counted as splitting at whitespace counts them", () => {
    const text = fc.array(fc.constantFrom("a", "ệ", "1", ".", " ", "\t", "\n", "\u00a0", "\u1680", "\u2000", "\u200a", "\u200b", "\u2028", "\u202f", "\u3000", "\ufeff", "\u0085"), { maxLength: 20 });
    fc.assert(
      fc.property(text, (parts) => {
        const joined = parts.join("");
        expect(countWords(joined)).toBe(joined.split(/\s+/u).filter(Boolean).length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("matchesOf", () => {
  it.each([
    [/\s*[>»›|/]\s*/gu, "Trang chủ > Công đoàn » Xã hội"],
    [/x*/gu, "a😀x😀xxb"],
    [/x*/g, "a😀x😀xxb"],
    [/\s+[•·|]\s+|\s+[-–—]\s+/gu, "Thành Chung • 06/09/2024 - 17:05"],
  ])("finds what matchAll finds with %s", (pattern, text) => {
    const found = [...matchesOf(pattern, text)].map((match) => [match.index, match[0]]);
    expect(found).toEqual([...text.matchAll(pattern)].map((match) => [match.index, match[0]]));
  });
});

describe("menus", () => {
  const keys = (phrases: readonly string[]) => [...new PhraseKeys(phrases)];
  const menu = new MenuWords(keys(rules.categories), [...keys(rules.nav_lines), ...keys(rules.trailing_headings), ...keys(rules.breadcrumb_home)]);
  const separator = new RegExp(rules.menu_separator, "u");
  /** A menu as defined: every word of the key, split at the separators, read into menu items. */
  function isMenuWhole(text: string): boolean {
    const words = lineKey(text).split(separator).filter(Boolean);
    const items = words.length > MAX_MENU_WORDS ? null : menu.items(words);
    if (!items || items.length < 2) return false;
    return items.includes("nav") || items.length >= rules.min_menu_sections;
  }

  it("are the lines read whole as menus, though most are turned down after a word", () => {
    const word = fc.constantFrom(...rules.categories, ...rules.nav_lines, ...rules.trailing_headings, "Tin", "Công", "hội nghị", "trao", "0", "12");
    const glue = fc.constantFrom(" ", " | ", " - ", " » ", " (3) ", " / ");
    const text = fc.array(fc.tuple(word, glue), { minLength: 1, maxLength: 8 }).map((parts) => parts.flat().join(""));
    fc.assert(
      fc.property(text, (candidate) => {
        expect(markers.isMenu(candidate)).toBe(isMenuWhole(candidate));
      }),
      { numRuns: 2000 },
    );
  });
});
