/**
 * The head of the page, down to the lead: page-header lines, the title, the
 * section, bylines and date stamps, a photo before the text. Returns the
 * index of the first line after the lead.
 */
import type { LineRole } from "../../core/document.ts";
import { splitPackedHeader } from "./packed.ts";
import type { Page } from "./page.ts";

interface Furniture {
  readonly role: LineRole;
  readonly rule: string;
}

const MIN_TITLE_WORDS = 3;
const LOWER_CASE = /\p{Ll}/u;

function packedHead(page: Page): number | null {
  const header = splitPackedHeader(page.texts[0], page.texts.slice(1), page.markers);
  if (!header) return null;
  page.decide(0, "lead", "header-stamp-line");
  if (header.title) page.titleKey = page.markers.key(page.texts[0].slice(header.title.from, header.title.to));
  return 1;
}

/** Navigation words or a menu (`nav`); the site's name, a breadcrumb or a date stamp (`header`). */
function pageFurniture(page: Page, index: number): Furniture | null {
  const { markers } = page;
  const text = page.texts[index];
  if (page.isNav(index) && markers.breadcrumb(text) === null) return { role: "nav", rule: "navigation" };
  if (page.isPageHeader(index) || markers.isSiteName(text) || markers.isOutletName(text)) return { role: "header", rule: "page-header" };
  if (index > 0 && markers.isSiteName(page.texts[index - 1]) && markers.isSiteSlogan(text)) return { role: "header", rule: "site-slogan" };
  return null;
}

/** Label the line as page furniture if it is; whether it was. */
function decideFurniture(page: Page, index: number): boolean {
  const furniture = pageFurniture(page, index);
  if (furniture) page.decide(index, furniture.role, furniture.rule);
  return furniture !== null;
}

/** A line that can be the headline: mixed case, a few words, none of the page's furniture. */
function isTitleShaped(page: Page, index: number): boolean {
  const text = page.texts[index];
  return (
    !page.sentenceLike[index] &&
    LOWER_CASE.test(text) &&
    page.wordCount(index) >= MIN_TITLE_WORDS &&
    pageFurniture(page, index) === null &&
    !page.isKnownCategory(index) &&
    !page.isTrailingHeading(index) &&
    page.byline(index) === null &&
    page.captionCredit(index) === null
  );
}

/** A search box (`Tìm kiếm...`): navigation of a word or two that ends like a sentence. */
const MAX_SEARCH_BOX_WORDS = 2;

/** Whether a headline comes after `index` and before the first paragraph (a search box is none). */
function titleBelow(page: Page, index: number): boolean {
  const searchBox = (line: number) => page.isNav(line) && page.wordCount(line) <= MAX_SEARCH_BOX_WORDS;
  for (let later = index + 1; later < page.size && (!page.sentenceLike[later] || searchBox(later)); later++) {
    if (isTitleShaped(page, later)) return true;
  }
  return false;
}

/** Whether a breadcrumb with a headline after it comes after `index` and before the first paragraph: the page's header runs down to it. */
function breadcrumbBelow(page: Page, index: number): boolean {
  for (let later = index + 1; later < page.size && !page.sentenceLike[later]; later++) {
    if (page.markers.breadcrumb(page.texts[later]) !== null) return titleBelow(page, later);
  }
  return false;
}

/** A short line in a vertical menu: no sentence, at most a menu item's words, not a breadcrumb, byline or date. */
function isMenuItemLine(page: Page, index: number): boolean {
  if (index < 0 || index >= page.size || page.sentenceLike[index] || page.wordCount(index) > page.markers.rules.bar_menu.max_item_words) return false;
  const text = page.texts[index];
  return page.markers.breadcrumb(text) === null && page.markers.dateLine(text) === null && page.byline(index) === null;
}

/** The breadcrumb or headline a vertical menu runs down to: a short headline under a date would be one of its items. */
function longerThanItems(page: Page, index: number): boolean {
  return page.markers.breadcrumb(page.texts[index]) !== null || (isTitleShaped(page, index) && page.wordCount(index) > page.markers.rules.bar_menu.max_item_words);
}

/**
 * One item of a site menu printed one item a line (`Trang nhất`, `Giới
 * thiệu`, `Tin tức - Sự kiện`, …): a run of short lines with no blank line
 * between, some of them known sections or navigation words, followed by a
 * line too long for the run (the breadcrumb or the headline).
 */
function inVerticalMenu(page: Page, index: number): boolean {
  const { min_lines: minLines, min_known: minKnown } = page.markers.rules.vertical_menu;
  if (!isMenuItemLine(page, index)) return false;
  let first = index;
  while (isMenuItemLine(page, first - 1) && page.nextToEachOther(first - 1, first)) first -= 1;
  let last = index;
  while (isMenuItemLine(page, last + 1) && page.nextToEachOther(last, last + 1)) last += 1;
  if (last - first + 1 < minLines || last + 1 >= page.size || !longerThanItems(page, last + 1)) return false;
  let known = 0;
  for (let line = first; line <= last; line++) if (page.isKnownCategory(line) || page.isNav(line) || page.isTrailingHeading(line)) known += 1;
  return known >= minKnown;
}

/** The headline, a section, a date stamp or another byline right after `index`, not the site's slogan: a byline above the title stands with them, not among the site's own lines. */
function nextToHeadline(page: Page, index: number): boolean {
  const next = index + 1;
  if (next >= page.size || page.markers.isSiteSlogan(page.texts[next])) return false;
  return isTitleShaped(page, next) || page.isKnownCategory(next) || page.markers.dateLine(page.texts[next]) !== null || page.byline(next) !== null;
}

/** The last item of a breadcrumb printed again under it (`… » Lao động - Công đoàn` / `Lao động - Công đoàn`): the article's section. */
function repeatsBreadcrumbEnd(page: Page, index: number): boolean {
  if (index === 0) return false;
  const breadcrumb = page.texts[index - 1];
  const last = page.markers.breadcrumb(breadcrumb)?.at(-1);
  return last !== undefined && page.markers.key(breadcrumb.slice(last.from, last.to)) === page.keys[index];
}

/**
 * A line above the title: page furniture, a section; or, when a headline
 * follows it, a byline, a line in capitals, a name too short for a
 * headline (the site's or owner's name: `VietnamPlus`), or any line above
 * the breadcrumb (`Trade Union University`).
 */
function aboveTitle(page: Page, index: number): Furniture | null {
  const furniture = pageFurniture(page, index);
  if (furniture) return furniture;
  const text = page.texts[index];
  if (inVerticalMenu(page, index)) return { role: "nav", rule: "vertical-menu" };
  // A section over its subsection (`Xã hội` / `Lao động - Việc làm`): the subsection is the article's.
  if (page.isKnownCategory(index)) return index + 1 < page.size && page.isKnownCategory(index + 1) ? { role: "header", rule: "parent-section" } : { role: "category", rule: "section-above-title" };
  if (repeatsBreadcrumbEnd(page, index)) return { role: "category", rule: "breadcrumb-end-above-title" };
  if (!titleBelow(page, index)) return null;
  // The site's slogan under its name in capitals (`NHÀ BÁO & CÔNG LUẬN` / `Cơ quan Trung ương của Hội Nhà báo Việt Nam`).
  if (page.decisions[index - 1]?.role === "header" && page.markers.isSiteSlogan(text)) return { role: "header", rule: "slogan-under-header" };
  // The page's first line in capitals is the site's name (`NÔNG NGHIỆP VIỆT NAM`), unless a label says it is a byline.
  if (index === 0 && !LOWER_CASE.test(text) && page.byline(index)?.kind === "name") return { role: "header", rule: "capitals-first-line" };
  if (page.byline(index) && nextToHeadline(page, index)) return { role: "byline", rule: "byline-above-title" };
  if (!LOWER_CASE.test(text)) return { role: "header", rule: "capitals-above-title" };
  if (page.wordCount(index) < MIN_TITLE_WORDS && text.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word))) return { role: "header", rule: "name-above-title" };
  if (breadcrumbBelow(page, index)) return { role: "header", rule: "above-breadcrumb" };
  return null;
}

/**
 * Whether the site's menu of sections comes after `index` and a headline
 * after that, before the first paragraph: the line is the site's own (its
 * slogan, `Tri thức trực tuyến`), not the headline, which comes under the menu.
 */
function menuBelow(page: Page, index: number): boolean {
  for (let later = index + 1; later < page.size && !page.sentenceLike[later]; later++) {
    if (page.markers.isSectionMenu(page.texts[later], page.keys[later])) return titleBelow(page, later);
  }
  return false;
}

/** Page header lines and sections above the title, then the title. Returns the index after the title. */
function titleBlock(page: Page): number {
  let index = 0;
  for (; index < page.size - 1; index++) {
    const furniture = aboveTitle(page, index) ?? (menuBelow(page, index) ? { role: "header" as const, rule: "above-menu" } : null);
    if (!furniture) break;
    page.decide(index, furniture.role, furniture.rule);
  }
  page.decide(index, "title", index === 0 ? "first-line-title" : "first-line-after-header");
  page.titleKey = page.keys[index];
  return index + 1;
}

function isCategoryAfterTitle(page: Page, index: number, titleIndex: number): boolean {
  const text = page.texts[index];
  const { markers } = page;
  if (page.isKnownCategory(index)) return true;
  return (
    index === titleIndex + 1 &&
    !page.sentenceLike[index] &&
    page.wordCount(index) <= markers.rules.max_category_words &&
    page.byline(index) === null &&
    markers.dateLine(text) === null &&
    !page.isTrailingHeading(index) &&
    !page.isPageHeader(index)
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
      page.decide(index, "category", page.isKnownCategory(index) ? "known-section" : "short-line-after-title");
      categorySeen = true;
    } else if (markers.dateLine(text)) page.decide(index, "header", "date-line");
    else if (page.byline(index)) page.decide(index, "byline", `byline-${page.byline(index)!.kind}`);
    else if (page.captionCredit(index)) page.decide(index, "caption", "caption-credit");
    else if (page.isTrailingHeading(index)) page.decide(index, "nav", "heading-before-lead");
    else if (decideFurniture(page, index)) continue;
    else if (page.sentenceLike[index]) {
      page.decide(index, "lead", "first-paragraph");
      return index + 1;
    } else page.decide(index, "related", "unpunctuated-line-before-lead");
  }
  return index;
}
