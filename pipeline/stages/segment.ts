/**
 * Segment: sentences of the main-content lines. A sentence ends at `.`, `!`,
 * `?` or `…` followed by a space and a capital (or an opening quote), but
 * not after a known abbreviation (`TP.`, `ThS.`), inside a number (`1.324`,
 * `11.11.2025`) or inside quoted speech; `./.` ends the text.
 */
import { MAIN_CONTENT_ROLES, type Cleaned, type Sentence } from "../core/document.ts";
import type { Stage } from "../core/stage.ts";
import type { CleaningRules } from "../resources.ts";

const OPENING_QUOTES = new Set(["“", '"', "«", "‘"]);
const CLOSING_FOR: Record<string, string> = { "“": "”", '"': '"', "«": "»", "‘": "’" };

/** Offsets (exclusive ends) within `text` where sentences end. */
export function sentenceEnds(text: string, abbreviations: ReadonlySet<string>): number[] {
  const ends: number[] = [];
  let openQuote: string | null = null;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (openQuote) {
      if (char === CLOSING_FOR[openQuote]) openQuote = null;
      continue;
    }
    if (OPENING_QUOTES.has(char) && (index === 0 || /[\s(:,]/u.test(text[index - 1]))) {
      openQuote = char;
      continue;
    }
    if (char !== "." && char !== "!" && char !== "?" && char !== "…") continue;
    let end = index + 1;
    while (end < text.length && /[.!?…”"»’)\/]/u.test(text[end])) end += 1;
    const after = text.slice(end);
    if (!/^\s+[\p{Lu}“"«‘(\[\d]/u.test(after)) {
      index = end - 1;
      continue;
    }
    const wordBefore = /([\p{L}.]+)$/u.exec(text.slice(0, index))?.[1] ?? "";
    if (char === "." && abbreviations.has(wordBefore)) continue;
    if (char === "." && /^\p{Lu}$/u.test(wordBefore)) continue;
    ends.push(end);
    index = end - 1;
  }
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}

export function segmentSentences(doc: Cleaned, rules: CleaningRules): Sentence[] {
  const abbreviations = new Set(rules.non_final_abbreviations);
  const sentences: Sentence[] = [];
  doc.lines.forEach((line, lineIndex) => {
    if (!MAIN_CONTENT_ROLES.has(line.role.value)) return;
    let start = 0;
    for (const end of sentenceEnds(line.text, abbreviations)) {
      let from = start;
      let to = end;
      while (from < to && /\s/u.test(line.text[from])) from += 1;
      while (to > from && /\s/u.test(line.text[to - 1])) to -= 1;
      if (to > from) {
        sentences.push({ line: lineIndex, from: line.from + from, to: line.from + to, span: doc.view.toRaw(line.from + from, line.from + to) });
      }
      start = end;
    }
  });
  return sentences;
}

export const segmentStage: Stage<Cleaned, Sentence[]> = {
  name: "segment",
  version: "1",
  run: (doc, context) => segmentSentences(doc, context.resources.cleaning),
};
