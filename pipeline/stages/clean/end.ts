/**
 * Where the article's text ends and the trailing part of the page begins.
 * The earliest of: a trailing-section heading (`Tin liên quan`), a teaser
 * run (a headline written twice, a summary opening with a dateline tag, or
 * headline/summary pairs cut with `...`), the `./.` closing mark, or a
 * byline after the text.
 */
import type { Page } from "./page.ts";

export interface ArticleEnd {
  /** Index of the first line after the article. */
  readonly end: number;
  /** `clean/<rule>` for the lines after it. */
  readonly rule: string;
}

const CLOSING = new Set(['"', "”", "»", ")"]);
const QUESTION_MARKS = ["?", "!"];
const ELLIPSIS = ["...", "…"];

/** Whether `text` ends with one of `marks`, before any closing quotes and brackets. */
function endsWithMark(text: string, marks: readonly string[]): boolean {
  let end = text.length;
  while (end > 0 && CLOSING.has(text[end - 1])) end -= 1;
  return marks.some((mark) => text.endsWith(mark, end));
}

/**
 * Whether the article's own text goes on after `index`: its title repeated
 * over a photo, a photo credit, `./.`, two long paragraphs in a row, or
 * paragraphs closed by the author's name before any other trailing heading.
 */
function articleGoesOn(page: Page, index: number): boolean {
  let anotherHeading = false;
  for (let later = index + 1; later < page.size; later++) {
    const text = page.texts[later];
    // Long paragraphs under a later heading (`Ý kiến bạn đọc`) are readers' comments, not the article.
    anotherHeading ||= page.isTrailingHeading(later);
    if (page.repeatsTitle(later) || page.captionCredit(later) || page.markers.endsText(text) || (!anotherHeading && proseAt(page, later))) return true;
  }
  return authorCloses(page, index);
}

/** Two paragraphs in a row at `index`, each long enough to be the article's prose rather than a teaser's summary. */
function proseAt(page: Page, index: number): boolean {
  const long = (line: number) => line < page.size && page.sentenceLike[line] && page.wordCount(line) >= page.markers.rules.min_prose_words;
  return long(index) && long(index + 1);
}

/** After a heading at `index`: a paragraph, then a byline followed by nothing but the page's furniture. */
function authorCloses(page: Page, index: number): boolean {
  let paragraph = false;
  for (let later = index + 1; later < page.size; later++) {
    if (page.isTrailingHeading(later)) return false;
    if (page.sentenceLike[later]) paragraph = true;
    if (!paragraph || page.byline(later) === null) continue;
    const next = later + 1;
    if (next >= page.size || page.isTrailingHeading(next) || page.isNav(next)) return true;
  }
  return false;
}

function trailingHeading(page: Page, from: number, until: number): number | null {
  for (let index = from; index < until; index++) {
    if (page.isTrailingHeading(index) && !articleGoesOn(page, index)) return index;
  }
  return null;
}

/** A line that can be another article's headline: no final punctuation, not the title, a caption, a byline or a heading. */
function isHeadline(page: Page, index: number): boolean {
  if (index >= page.size || page.sentenceLike[index] || page.repeatsTitle(index)) return false;
  const { markers } = page;
  const text = page.texts[index];
  return (
    page.wordCount(index) >= 3 &&
    page.captionCredit(index) === null &&
    !markers.hasCaptionCue(text) &&
    page.byline(index) === null &&
    !page.isTrailingHeading(index) &&
    !page.isNav(index)
  );
}

/** A headline twice in a row (on one line, or on two) that is not the article's title. */
function doubledHeadline(page: Page, from: number, until: number): number | null {
  const { markers } = page;
  const words = (index: number) => page.wordCount(index);
  for (let index = from; index < until; index++) {
    const text = page.texts[index];
    // A paragraph or caption printed twice (alt text equal to the caption) is not a teaser.
    if (page.repeatsTitle(index) || (page.sentenceLike[index] && !endsWithMark(text, QUESTION_MARKS)) || page.captionCredit(index)) continue;
    if (markers.isDoubledHeadline(text) && words(index) <= 2 * markers.rules.max_headline_words) return index;
    const twice = index + 1 < page.size && page.keys[index] === page.keys[index + 1];
    if (twice && words(index) >= 3 && words(index) <= markers.rules.max_headline_words) return index;
  }
  return null;
}

/** A teaser summary opens with the outlet's dateline tag; the run starts at the headlines above it, so it is looked for past `until`. */
function taggedSummary(page: Page, from: number): number | null {
  for (let index = from; index < page.size; index++) {
    if (!page.markers.outletTag.test(page.texts[index])) continue;
    let start = index;
    while (start - 1 >= from && isHeadline(page, start - 1)) start -= 1;
    return start;
  }
  return null;
}

/** Two or more headline + summary-cut-with-`...` pairs in a row. */
function ellipsisPairs(page: Page, from: number, until: number): number | null {
  const isPair = (index: number) => index + 1 < page.size && page.sentenceLike[index + 1] && endsWithMark(page.texts[index + 1], ELLIPSIS) && isHeadline(page, index);
  for (let index = from; index < until && index + 3 < page.size; index++) {
    if (isPair(index) && isPair(index + 2)) return index;
  }
  return null;
}

/** The line after `./.`, or after the byline that follows it. */
function textEndMark(page: Page, from: number, until: number): number | null {
  for (let index = Math.max(0, from - 1); index + 1 < until; index++) {
    if (!page.markers.endsText(page.texts[index])) continue;
    const next = index + 1;
    return next < page.size && page.byline(next) ? next + 1 : next;
  }
  return null;
}

/** Past the labelled and source credits that follow a byline (`Theo Báo Hà Tĩnh`, `Nguồn: …`). */
function pastCredits(page: Page, from: number): number {
  let index = from;
  while (index < page.size && ["label", "source"].includes(page.byline(index)?.kind ?? "")) index += 1;
  return index;
}

/** The byline's date on the line after it, and a paragraph of prose before any trailing heading (a byline under the summary, `Hồ Phúc` / `14/06/2025 09:25`). */
function datedBylineBeforeText(page: Page, next: number): boolean {
  if (next >= page.size || page.markers.dateLine(page.texts[next]) === null) return false;
  for (let later = next + 1; later < page.size && !page.isTrailingHeading(later); later++) {
    if (page.sentenceLike[later] && page.wordCount(later) >= page.markers.rules.min_prose_words) return true;
  }
  return false;
}

/** A byline after the text: a labelled or newsroom credit, or names followed by no paragraph; with the credits after it. */
function closingByline(page: Page, from: number, until: number): number | null {
  for (let index = from; index + 1 < until; index++) {
    const byline = page.byline(index);
    if (!byline) continue;
    if (byline.kind !== "name") return pastCredits(page, index + 1);
    const next = index + 1;
    const paragraphNext = next < page.size && page.sentenceLike[next] && !page.isNav(next) && !page.isTrailingHeading(next);
    // Right under the summary (`from`), a byline dated on the next line opens the text instead.
    if (!paragraphNext && !(index === from && datedBylineBeforeText(page, next))) return pastCredits(page, next);
  }
  return null;
}

/**
 * A finder's end of the text after `from`, or null. `until` is the end found
 * so far: a finder need not read the lines where it could only find an end
 * at or after it.
 */
type Finder = (page: Page, from: number, until: number) => number | null;

const FINDERS: ReadonlyArray<readonly [string, Finder]> = [
  ["after-trailing-heading", trailingHeading],
  ["teaser-run", doubledHeadline],
  ["teaser-run", taggedSummary],
  ["teaser-run", ellipsisPairs],
  ["after-text-end", textEndMark],
  ["after-author", closingByline],
];

export function findArticleEnd(page: Page, from: number): ArticleEnd {
  let best: ArticleEnd = { end: page.size, rule: "after-article" };
  for (const [rule, finder] of FINDERS) {
    const end = finder(page, from, best.end);
    if (end !== null && end < best.end) best = { end, rule };
  }
  return best;
}
