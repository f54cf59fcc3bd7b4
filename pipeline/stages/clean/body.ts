/**
 * Lines between the lead and the article's end: paragraphs, photo blocks
 * (the title repeated as alt text, then the caption), links to other
 * articles, subheadings, the author after the text. Then the trailing part.
 */
import type { ArticleEnd } from "./end.ts";
import type { Page } from "./page.ts";

const RELATED_BOX_RULES: ReadonlySet<string> = new Set(["clean/related-box-after-lead", "clean/related-box", "clean/related-box-heading"]);

function isLeadSeen(page: Page, before: number): boolean {
  for (let index = 0; index < before; index++) if (page.decisions[index]?.role === "lead") return true;
  return false;
}

/**
 * The lines just above are a box of links: its heading or a link after one,
 * or, for a line long enough to be a headline, other links after one
 * (`Tin liên quan`, a long headline, then this one).
 */
function inRelatedBox(page: Page, index: number): boolean {
  const headlineLong = page.wordCount(index) >= page.markers.rules.min_linked_headline_words;
  for (let above = index - 1; above >= 0; above--) {
    const decision = page.decisions[above];
    if (decision === undefined) return false;
    if (RELATED_BOX_RULES.has(decision.rule)) return true;
    if (decision.role !== "related" || !headlineLong) return false;
  }
  return false;
}

function paragraphNext(page: Page, index: number): boolean {
  return index + 1 < page.size && (page.sentenceLike[index + 1] || page.repeatsTitle(index + 1)) && page.decisions[index + 1] === undefined;
}

/** Set off by a blank line from a box's last link, with a paragraph after it: the text's next subheading, not another link. */
function subheadingAfterBox(page: Page, index: number): boolean {
  return !page.nextToEachOther(index - 1, index) && page.decisions[index - 1]?.role === "related" && paragraphNext(page, index);
}

/** The role of a line without final punctuation inside the text. */
function unpunctuated(page: Page, index: number, previousMain: string | undefined): void {
  const { markers } = page;
  // A photo's caption with no credit and no stop (`Các học viên Lào tham quan …`), not a link in a box.
  if (previousMain !== "lead" && markers.opensLikeBareCaption(page.texts[index]) && page.wordCount(index) <= markers.rules.max_cued_caption_words && !inRelatedBox(page, index)) page.decide(index, "caption", "caption-opener");
  else if (page.wordCount(index) > markers.rules.max_subheading_words) page.decide(index, "related", "glued-headlines");
  else if (previousMain === "lead") page.decide(index, "related", "related-box-after-lead");
  else if (subheadingAfterBox(page, index)) page.decide(index, "body", "subheading");
  else if (inRelatedBox(page, index)) page.decide(index, "related", "related-box");
  else if (paragraphNext(page, index)) page.decide(index, "body", "subheading");
  else page.decide(index, "related", "unpunctuated-line-in-body");
}

/** Lines `[index, end)` are all bylines: the author and source credits closing the text. */
function creditsToEnd(page: Page, index: number, end: number): boolean {
  for (let later = index; later < end; later++) if (page.byline(later) === null) return false;
  return true;
}

/** `Ảnh: X` on a line of its own: the caption's text is the line above. */
function isCreditOnly(page: Page, index: number): boolean {
  const credit = page.captionCredit(index);
  return credit !== null && page.wordCount(index) <= page.markers.rules.max_author_words + 2 && /^\(?\s*\p{L}+\s*:/u.test(page.texts[index]);
}

const SENTENCE_INSIDE = /[.!?…]["”»)]*\s+\p{Lu}/u;

/** One sentence of at most `maxWords` words about the people or the scene in the photo (`caption_openers`). */
function isSentenceAboutPhoto(page: Page, index: number, maxWords: number): boolean {
  const text = page.texts[index];
  return page.wordCount(index) <= maxWords && !SENTENCE_INSIDE.test(text) && page.markers.opensLikeCaption(text);
}

/** A cued caption may end with a full stop (`Các đại biểu chụp ảnh lưu niệm …`). */
function isCaptionSentence(page: Page, index: number): boolean {
  return isSentenceAboutPhoto(page, index, page.markers.rules.max_cued_caption_words);
}

/** One plain short sentence with a paragraph after it (`plain_caption`). */
function isPlainCaption(page: Page, index: number, end: number): boolean {
  const { max_words: maxWords, min_words: minWords } = page.markers.rules.plain_caption;
  const text = page.texts[index];
  if (page.wordCount(index) < minWords || !text.endsWith(".") || page.markers.hasPlainCaptionMark(text) || !isSentenceAboutPhoto(page, index, maxWords)) return false;
  for (let later = index + 1; later < end; later++) if (page.sentenceLike[later]) return true;
  return false;
}

/** One sentence about a named person, their title after a comma, that reports no words of theirs (`named_caption`). */
function isNamedCaption(page: Page, index: number): boolean {
  const { markers } = page;
  const text = page.texts[index];
  return page.wordCount(index) <= markers.rules.named_caption.max_words && !SENTENCE_INSIDE.test(text) && markers.isNamedCaption(text);
}

/** Under the summary, the author's name with the date on the next line (`Hồ Phúc` / `14/06/2025 09:25`). */
function datedBylineAt(page: Page, index: number): boolean {
  return page.byline(index)?.kind === "name" && index + 1 < page.size && page.markers.dateLine(page.texts[index + 1]) !== null;
}

function decideBodyLine(page: Page, index: number, end: number, previousMain: string | undefined): void {
  const { markers } = page;
  const text = page.texts[index];
  const previous = page.decisions[index - 1];
  if (page.repeatsTitle(index)) page.decide(index, "title", "repeats-title");
  else if (page.captionCredit(index) && page.byline(index)?.kind !== "label") {
    page.decide(index, "caption", "caption-credit");
    if (isCreditOnly(page, index) && previous?.rule === "clean/paragraph") page.decide(index - 1, "caption", "before-photo-credit");
  }
  else if (page.isTrailingHeading(index)) page.decide(index, "nav", "related-box-heading");
  else if (!page.sentenceLike[index] && markers.isSiteName(text)) page.decide(index, "nav", "site-name");
  else if (markers.isInlineRelated(text)) page.decide(index, "related", "inline-related-link");
  else if (creditsToEnd(page, index, end)) page.decide(index, "author_end", "author-after-text");
  else if (previousMain === "lead" && datedBylineAt(page, index)) page.decide(index, "byline", "byline-after-lead");
  else if (previousMain === "byline" && markers.dateLine(text)) page.decide(index, "header", "date-under-byline");
  else if (previous?.rule === "clean/repeats-title" && !page.isNav(index)) page.decide(index, "caption", "after-photo-title");
  else if ((!page.sentenceLike[index] || markers.isBareNavLabel(text)) && page.isNav(index)) page.decide(index, "nav", "navigation");
  else if (markers.hasCaptionCue(text) && (!page.sentenceLike[index] || isCaptionSentence(page, index))) page.decide(index, "caption", "caption-cue");
  else if (markers.isListItem(text) && isLeadSeen(page, index)) page.decide(index, "body", "list-item");
  else if (isPlainCaption(page, index, end) && isLeadSeen(page, index)) page.decide(index, "caption", "plain-caption");
  else if (page.sentenceLike[index] && isNamedCaption(page, index) && isLeadSeen(page, index)) page.decide(index, "caption", "named-caption");
  else if (page.sentenceLike[index]) {
    if (isLeadSeen(page, index)) page.decide(index, "body", "paragraph");
    else page.decide(index, "lead", "first-paragraph");
  } else unpunctuated(page, index, previousMain);
}

export function decideBody(page: Page, from: number, articleEnd: ArticleEnd): void {
  let previousMain: string | undefined = [...page.decisions.slice(0, from)].reverse().find((decision) => decision && decision.role !== "related")?.role;
  for (let index = from; index < articleEnd.end; index++) {
    decideBodyLine(page, index, articleEnd.end, previousMain);
    const role = page.decisions[index]!.role;
    if (role !== "related" && role !== "nav") previousMain = role;
  }
}

const NAME_OPENING = /^\p{L}[^\d]*$/u;

/** A short line of words without final stop right above the footer, the site's slogan or its address: the site's name (not a dated link `» … (29/06/2024)`). */
function siteNameAbove(page: Page, index: number): boolean {
  const next = index + 1;
  if (next >= page.size || page.sentenceLike[index] || page.wordCount(index) > page.markers.rules.max_site_name_words || !NAME_OPENING.test(page.texts[index])) return false;
  const { markers } = page;
  return markers.isFooter(page.texts[next]) || markers.isSiteSlogan(page.texts[next]) || markers.isLabelledNav(page.texts[next]);
}

export function decideTail(page: Page, articleEnd: ArticleEnd): void {
  const { markers } = page;
  let inFooter = false;
  for (let index = articleEnd.end; index < page.size; index++) {
    const text = page.texts[index];
    inFooter ||= markers.isFooter(text);
    if (inFooter) page.decide(index, "nav", "footer");
    else if (page.isTrailingHeading(index)) page.decide(index, "nav", "trailing-heading");
    // A page that prints its date stamp below the text (`Cập nhật: 14/10/2024 - 16:25`): the stamp, as above the title.
    else if (markers.dateLine(text)) page.decide(index, "header", "date-line-after-text");
    else if (page.isNav(index) || markers.isSiteName(text) || markers.isHeaderLine(text)) page.decide(index, "nav", "navigation");
    else if (index > 0 && markers.isBareNavLabel(page.texts[index - 1])) page.decide(index, "nav", "after-nav-label");
    else if (markers.isSiteSlogan(text) && ["clean/navigation", "clean/site-name-above-footer"].includes(page.decisions[index - 1]?.rule ?? "")) page.decide(index, "nav", "site-slogan");
    else if (siteNameAbove(page, index)) page.decide(index, "nav", "site-name-above-footer");
    else page.decide(index, "related", articleEnd.rule);
  }
}
