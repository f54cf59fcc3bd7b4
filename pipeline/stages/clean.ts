/**
 * Clean: give every non-empty line a role (title, lead, body, caption,
 * related, nav, …). Nothing is removed; boilerplate is labelled. Each
 * role's provenance names the rule that decided it.
 */
import type { Cleaned, LineRole, RoledLine, Line } from "../core/document.ts";
import { traced } from "../core/prov.ts";
import type { Stage } from "../core/stage.ts";
import { buildTextView } from "../core/textview.ts";
import { normalizeKey } from "../core/normalize.ts";
import type { ArticleInput } from "./ingest.ts";
import type { CleaningRules } from "../resources.ts";
import { splitLines } from "./lines.ts";

interface Decision {
  readonly role: LineRole;
  readonly rule: string;
}

class LineRules {
  readonly trailing: ReadonlySet<string>;
  readonly headerStamp: RegExp;
  readonly captionCredit: RegExp;
  readonly bylinePrefix: RegExp;
  readonly sentenceFinal: RegExp;
  constructor(readonly rules: CleaningRules) {
    this.trailing = new Set(rules.trailing_headings.map(normalizeKey));
    this.headerStamp = new RegExp(rules.header_stamp, "u");
    this.captionCredit = new RegExp(rules.caption_credit, "u");
    this.bylinePrefix = new RegExp(rules.byline_prefix, "iu");
    this.sentenceFinal = new RegExp(rules.sentence_final, "u");
  }
  isTrailingHeading(line: Line): boolean {
    return this.trailing.has(normalizeKey(line.text.replace(/[:\s]+$/u, "")));
  }
  isSentenceLike(line: Line): boolean {
    return this.sentenceFinal.test(line.text);
  }
  wordCount(line: Line): number {
    return line.text.split(/\s+/u).length;
  }
  isNameLine(line: Line): boolean {
    const words = line.text.split(/\s+/u);
    return (
      words.length >= 2 &&
      words.length <= this.rules.max_author_words &&
      words.every((word) => /^\p{Lu}/u.test(word)) &&
      !/[.:;,!?]/u.test(line.text)
    );
  }
}

/** Index of the first trailing-section heading, or the line count. */
function trailingStart(lines: readonly Line[], rules: LineRules, bodyEnd: number): number {
  for (let index = 0; index < lines.length; index++) {
    if (index > 0 && rules.isTrailingHeading(lines[index])) return Math.min(index, bodyEnd);
  }
  return lines.length;
}

/** A run of teasers: a headline repeated twice (`H H` on one line, or H then H) marks another article. */
function isRepeatedHeadline(line: Line, next: Line | undefined): boolean {
  if (next && next.text === line.text && !/[.!?…]$/u.test(line.text)) return true;
  const words = line.text.split(" ");
  if (words.length % 2 === 0 && words.length >= 4) {
    const half = words.length / 2;
    return words.slice(0, half).join(" ") === words.slice(half).join(" ");
  }
  return false;
}

/** Start of the trailing part that has no heading: the first run of repeated headlines near the end. */
function teaserStart(lines: readonly Line[], from: number, until: number): number {
  for (let index = from; index < until; index++) {
    if (isRepeatedHeadline(lines[index], lines[index + 1])) return index;
  }
  return until;
}

function decideLines(lines: readonly Line[], rules: LineRules): Decision[] {
  const decisions: Decision[] = new Array(lines.length);
  if (lines.length === 0) return decisions;
  let cursor = 0;
  let titleKey: string | null = null;

  if (rules.headerStamp.test(lines[0].text)) {
    decisions[0] = { role: "lead", rule: "clean/header-stamp-line" };
    cursor = 1;
  } else {
    decisions[0] = { role: "title", rule: "clean/first-line-title" };
    titleKey = normalizeKey(lines[0].text);
    cursor = 1;
    const next = lines[1];
    if (next && !rules.isSentenceLike(next) && rules.wordCount(next) <= rules.rules.max_category_words && normalizeKey(next.text) !== titleKey) {
      decisions[1] = { role: "category", rule: "clean/short-line-after-title" };
      cursor = 2;
    }
  }

  const trailing = trailingStart(lines, rules, lines.length);
  const teasers = teaserStart(lines, cursor + 1, trailing);
  const articleEnd = Math.min(trailing, teasers);
  let leadSeen = decisions[0]?.role === "lead";

  for (let index = cursor; index < articleEnd; index++) {
    const line = lines[index];
    if (titleKey && normalizeKey(line.text) === titleKey) {
      decisions[index] = { role: "title", rule: "clean/repeats-title" };
      continue;
    }
    if (rules.bylinePrefix.test(line.text) && !leadSeen) {
      decisions[index] = { role: "byline", rule: "clean/byline-prefix" };
      continue;
    }
    if (!leadSeen && rules.isNameLine(line)) {
      decisions[index] = { role: "byline", rule: "clean/name-line-before-lead" };
      continue;
    }
    const previous = decisions[index - 1];
    if (rules.captionCredit.test(line.text) || previous?.rule === "clean/repeats-title") {
      decisions[index] = { role: "caption", rule: rules.captionCredit.test(line.text) ? "clean/caption-credit" : "clean/after-photo-title" };
      continue;
    }
    if (index === articleEnd - 1 && rules.isNameLine(line)) {
      decisions[index] = { role: "author_end", rule: "clean/name-line-after-body" };
      continue;
    }
    if (!rules.isSentenceLike(line)) {
      decisions[index] = { role: "related", rule: "clean/unpunctuated-line-in-body" };
      continue;
    }
    decisions[index] = leadSeen ? { role: "body", rule: "clean/paragraph" } : { role: "lead", rule: "clean/first-paragraph" };
    leadSeen = true;
  }

  for (let index = articleEnd; index < lines.length; index++) {
    decisions[index] = rules.isTrailingHeading(lines[index])
      ? { role: "nav", rule: "clean/trailing-heading" }
      : { role: "related", rule: index >= trailing ? "clean/after-trailing-heading" : "clean/teaser-run" };
  }
  return decisions;
}

export function clean(input: ArticleInput, rules: CleaningRules): Cleaned {
  const view = buildTextView(input.text);
  const lines = splitLines(view);
  const decisions = decideLines(lines, new LineRules(rules));
  const roled: RoledLine[] = lines.map((line, index) => ({
    ...line,
    role: traced(decisions[index].role, input.source.path, line.span, decisions[index].rule),
  }));
  return { source: input.source, raw: input.text, view, lines: roled };
}

export const cleanStage: Stage<ArticleInput, Cleaned> = {
  name: "clean",
  version: "1",
  run: (input, context) => clean(input, context.resources.cleaning),
};
