/**
 * The head of the page, down to the lead: page-header lines, the title, the
 * section, bylines and date stamps, a photo before the text. Returns the
 * index of the first line after the lead.
 */
import { splitPackedHeader } from "./packed.ts";
import type { Page } from "./page.ts";

function packedHead(page: Page): number | null {
  const header = splitPackedHeader(page.texts[0], page.texts.slice(1), page.markers);
  if (!header) return null;
  page.decide(0, "lead", "header-stamp-line");
  if (header.title) page.titleKey = page.markers.key(page.texts[0].slice(header.title.from, header.title.to));
  return 1;
}

/** Page header lines, then an optional section above the title, then the title. Returns the index after the title. */
function titleBlock(page: Page): number {
  const { markers } = page;
  let index = 0;
  while (index < page.size - 1 && markers.isPageHeader(page.texts[index])) page.decide(index++, "header", "page-header");
  if (index < page.size - 1 && markers.isKnownCategory(page.texts[index])) page.decide(index++, "category", "section-above-title");
  page.decide(index, "title", index === 0 ? "first-line-title" : "first-line-after-header");
  page.titleKey = page.keys[index];
  return index + 1;
}

function isCategoryAfterTitle(page: Page, index: number, titleIndex: number): boolean {
  const text = page.texts[index];
  const { markers } = page;
  if (markers.isKnownCategory(text)) return true;
  return (
    index === titleIndex + 1 &&
    !page.sentenceLike[index] &&
    markers.wordCount(text) <= markers.rules.max_category_words &&
    markers.byline(text) === null &&
    markers.dateLine(text) === null &&
    !markers.isTrailingHeading(text) &&
    !markers.isPageHeader(text)
  );
}

export function decideHead(page: Page): number {
  if (page.size === 0) return 0;
  const packed = packedHead(page);
  if (packed !== null) return packed;
  const { markers } = page;
  let index = titleBlock(page);
  const titleIndex = index - 1;
  let categorySeen = page.decisions.some((decision) => decision?.role === "category");
  for (; index < page.size; index++) {
    const text = page.texts[index];
    if (page.repeatsTitle(index)) page.decide(index, "title", "repeats-title");
    else if (!categorySeen && isCategoryAfterTitle(page, index, titleIndex)) {
      page.decide(index, "category", markers.isKnownCategory(text) ? "known-section" : "short-line-after-title");
      categorySeen = true;
    } else if (markers.dateLine(text)) page.decide(index, "header", "date-line");
    else if (markers.byline(text)) page.decide(index, "byline", `byline-${markers.byline(text)!.kind}`);
    else if (markers.captionCredit(text)) page.decide(index, "caption", "caption-credit");
    else if (markers.isTrailingHeading(text)) page.decide(index, "nav", "heading-before-lead");
    else if (markers.isPageHeader(text)) page.decide(index, "header", "page-header");
    else if (page.sentenceLike[index]) {
      page.decide(index, "lead", "first-paragraph");
      return index + 1;
    } else page.decide(index, "related", "unpunctuated-line-before-lead");
  }
  return index;
}
