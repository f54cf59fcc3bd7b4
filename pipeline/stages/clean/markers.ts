/**
 * The cleaning rules compiled once per rule set: predicates over one line of
 * the normalised view (headings, navigation, dates, captions, bylines,
 * paragraphs). Every phrase and pattern comes from cleaning.yaml.
 */
import { normalizeKey, titleCase } from "../../core/normalize.ts";
import { isVietnameseSyllable } from "../../core/syllables.ts";
import type { CleaningRules } from "../../resources.ts";
import { lineKey, PhraseKeys } from "./keys.ts";
import { matchesOf } from "./matches.ts";
import { MAX_MENU_WORDS, MenuWords, type MenuItem } from "./menu.ts";
import { countWords } from "./spaces.ts";

/** `[from, to)` within a line's text. */
export interface Piece {
  readonly from: number;
  readonly to: number;
}

export interface DateParts {
  readonly year: string;
  readonly month: string;
  readonly day: string;
}

/** A caption's photo credit; `credit` null when the caption names nobody. */
export interface CaptionCredit {
  readonly credit: Piece | null;
}

export type BylineKind = "label" | "collective" | "source" | "name";

export interface BylineMatch {
  readonly kind: BylineKind;
  /** Where each author's name is in the line. */
  readonly names: readonly Piece[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One alternation of phrases, longest first, so that `Tin khác` does not hide `Tin khác nữa`. */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...phrases]
    .map((phrase) => normalizeKey(phrase))
    .sort((left, right) => right.length - left.length)
    .map(escapeRegExp)
    .join("|");
}

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}]*$/u;
/** A name word made of Vietnamese syllables (Lao names as the press writes them too: `Xổm Xay`, `Khăm-phăn`), not `Trade Union`. */
function isVietnameseName(word: string): boolean {
  return word.split("-").every(isVietnameseSyllable);
}
/** Every line of names opens with two of its words: a paragraph is turned down before its end is read. */
const NAMES_OPENING = /^\p{Lu}[\p{L}\p{M}]*\s+\p{Lu}/u;
const VOWEL = /[aeiouy]/iu;
/** A date line's day, month and year are numbers: a line without a digit holds no date. */
const DIGIT = /\d/u;
/** A breadcrumb item opens with a capital (`Việt - Lào`), not with a word of a sentence. */
const CAPITALISED = /^\s*\p{Lu}/u;

/** Marks that no line of names holds outside the note after it. */
const NOT_IN_NAMES = /[.:;!?()\d]/u;

/** A labelled byline names at most this many people. */
const MAX_CREDIT_NAMES = 3;

/** The non-empty pieces of `text` between matches of `separator`, or null past the most a menu holds. */
function splitWithin(text: string, separator: RegExp): string[] | null {
  const words = text.split(separator).filter(Boolean);
  return words.length > MAX_MENU_WORDS ? null : words;
}

const cache = new WeakMap<CleaningRules, Markers>();

/** How much of a line's end decides how it ends: keeps backtracking patterns linear on megabyte-long lines. */
const ENDING_CHARS = 2000;

export class Markers {
  private readonly trailing: PhraseKeys;
  private readonly navLines: PhraseKeys;
  private readonly headerLines: PhraseKeys;
  private readonly categories: PhraseKeys;
  private readonly collective: PhraseKeys;
  private readonly homes: PhraseKeys;
  private readonly inlineRelated: RegExp;
  private readonly navLabel: RegExp;
  private readonly footer: RegExp;
  private readonly navPatterns: readonly RegExp[];
  private readonly hashtag: RegExp;
  private readonly menuSeparator: RegExp;
  private readonly menu: MenuWords;
  private readonly siteName: RegExp;
  private readonly siteSlogan: RegExp;
  /** `báo quân đội nhân dân`: the outlets' names (cleaning.yaml `outlets`) after `Báo`, as keys. */
  private readonly outletNames: ReadonlySet<string>;
  /** The outlets' names as printed alone at the top of a page (`Thanh Niên`, `Dân trí`), as keys. */
  private readonly bareOutletNames: ReadonlySet<string>;
  /** The outlets' dateline tags (`TTXVN`), which may follow the name after a dash (`Báo Tin tức - TTXVN`). */
  private readonly outletTags: ReadonlySet<string>;
  private readonly barSeparator: RegExp;
  private readonly datedSeparator: RegExp;
  private readonly captionCues: readonly RegExp[];
  private readonly bylineLabel: RegExp;
  private readonly sourceByline: RegExp;
  private readonly nameNote: RegExp;
  private readonly outletNote: RegExp;
  private readonly notNameOpener: RegExp;
  private readonly nameSeparator: RegExp;
  private readonly breadcrumbSeparator: RegExp;
  private readonly breadcrumbLabel: RegExp;
  private readonly breadcrumbChevron: RegExp;
  private readonly plainCaptionMarks: RegExp;
  private readonly captionOpeners: RegExp;
  private readonly namedCaptionOpener: RegExp;
  private readonly captionSpeech: RegExp;
  private readonly bareCaptionOpeners: RegExp;
  private readonly stampLabel: RegExp;
  private readonly sourceLabels: ReadonlySet<string>;
  private readonly dateLines: readonly RegExp[];
  private readonly captionCredits: readonly RegExp[];
  private readonly sentenceFinal: RegExp;
  private readonly quotedEnds: readonly RegExp[];
  private readonly textEnd: RegExp;
  private readonly listItem: RegExp;
  readonly headerStamp: RegExp;
  readonly outletTag: RegExp;
  /** A known outlet's tag without brackets before a dash: `QTO - `. */
  readonly bareOutletTag: RegExp;

  static for(rules: CleaningRules): Markers {
    let markers = cache.get(rules);
    if (!markers) {
      markers = new Markers(rules);
      cache.set(rules, markers);
    }
    return markers;
  }

  private constructor(readonly rules: CleaningRules) {
    const keys = (phrases: readonly string[]) => new PhraseKeys(phrases);
    this.trailing = keys(rules.trailing_headings);
    this.navLines = keys(rules.nav_lines);
    this.headerLines = keys(rules.header_lines);
    this.categories = keys(rules.categories);
    this.collective = keys(rules.byline.collective);
    this.homes = keys(rules.breadcrumb_home);
    this.inlineRelated = new RegExp(`^(?:${phraseAlternation(rules.inline_related_labels)})\\s*:?\\s*\\S`, "iu");
    this.navLabel = new RegExp(`^(?:${phraseAlternation(rules.nav_labels)})\\s*:`, "iu");
    this.footer = new RegExp(rules.footer_pattern, "iu");
    this.navPatterns = rules.nav_patterns.map((source) => new RegExp(source, "u"));
    this.hashtag = new RegExp(rules.hashtag_line, "u");
    this.menuSeparator = new RegExp(rules.menu_separator, "gu");
    this.menu = new MenuWords(this.categories, [...this.navLines, ...this.trailing, ...this.homes]);
    this.siteName = new RegExp(rules.site_name_pattern, "u");
    this.siteSlogan = new RegExp(rules.site_slogan_pattern, "u");
    const outletNames = Object.values(rules.outlets).map((name) => normalizeKey(name).replace(/^báo /u, ""));
    this.outletNames = new Set(outletNames.map((name) => `báo ${name}`));
    // A name that is also a section (`Tin tức`) is the section when printed alone.
    this.bareOutletNames = new Set(outletNames.filter((name) => !this.categories.has(name)));
    this.outletTags = new Set(Object.keys(rules.outlets));
    this.barSeparator = new RegExp(rules.bar_menu.separator, "u");
    this.datedSeparator = new RegExp(rules.dated_byline_separator, "gu");
    this.captionCues = rules.caption_cues.map((source) => new RegExp(source, "iu"));
    this.bylineLabel = new RegExp(`^(?:${phraseAlternation(rules.byline.labels)})\\s*:\\s*`, "iu");
    this.sourceByline = new RegExp(`^${escapeRegExp(rules.byline.source_word)}\\s+(?=\\p{Lu})`, "u");
    this.nameNote = new RegExp(rules.byline.name_note, "iu");
    this.outletNote = new RegExp(rules.byline.outlet_note, "u");
    this.notNameOpener = new RegExp(`^(?:${phraseAlternation(rules.byline.not_name_openers)})(?:\\s|$)`, "iu");
    this.nameSeparator = new RegExp(rules.byline.name_separator, "gu");
    this.breadcrumbSeparator = new RegExp(rules.breadcrumb_separator, "gu");
    this.breadcrumbLabel = new RegExp(rules.breadcrumb_label, "iu");
    this.breadcrumbChevron = new RegExp(rules.breadcrumb_chevron, "u");
    this.plainCaptionMarks = new RegExp(rules.plain_caption.marks, "u");
    this.captionOpeners = new RegExp(rules.caption_openers, "iu");
    this.namedCaptionOpener = new RegExp(rules.named_caption.opener, "u");
    this.captionSpeech = new RegExp(rules.named_caption.speech, "iu");
    this.bareCaptionOpeners = new RegExp(rules.unpunctuated_caption_openers, "u");
    this.stampLabel = new RegExp(rules.stamp_label, "iu");
    this.sourceLabels = new Set(rules.byline.source_labels.map((label) => this.key(label)));
    this.dateLines = rules.date_lines.map((source) => new RegExp(source, "iu"));
    this.captionCredits = rules.caption_credits.map((source) => new RegExp(source, "iu"));
    this.sentenceFinal = new RegExp(rules.sentence_final, "u");
    this.quotedEnds = rules.quoted_paragraph_ends.map((source) => new RegExp(source, "u"));
    this.textEnd = new RegExp(rules.text_end, "u");
    this.listItem = new RegExp(rules.list_item, "u");
    this.headerStamp = new RegExp(rules.header_stamp, "u");
    this.outletTag = new RegExp(rules.outlet_tag, "u");
    const tags = Object.keys(rules.outlets).map(escapeRegExp).sort((left, right) => right.length - left.length);
    this.bareOutletTag = new RegExp(`^(?<tag>${tags.join("|")})\\s*[-–—]\\s+`, "u");
  }

  /**
   * Case-folded line without decoration at its ends (`Tin liên quan:` →
   * `tin liên quan`). The predicates that read a line's key take it as their
   * last argument from a caller that has it already (a page computes the
   * keys of all its lines at once).
   */
  key(text: string): string {
    return lineKey(text);
  }

  wordCount(text: string): number {
    return countWords(text);
  }

  isTrailingHeading(text: string, key = this.key(text)): boolean {
    return this.trailing.has(key);
  }

  /** `Xem thêm: <headline>`: a link to another article. */
  isInlineRelated(text: string): boolean {
    return this.inlineRelated.test(text) && !this.isTrailingHeading(text);
  }

  isNav(text: string, key = this.key(text)): boolean {
    return (
      this.navLines.has(key) ||
      this.navLabel.test(text) ||
      this.footer.test(text) ||
      this.hashtag.test(text) ||
      this.navPatterns.some((pattern) => pattern.test(text)) ||
      this.isMenu(text, key) ||
      this.isBarMenu(text) ||
      this.isUtilityBar(text)
    );
  }

  /** The site's services between bars (`Đọc báo in | Đặt báo | RSS`), the site's name at most among them. */
  private isUtilityBar(text: string): boolean {
    const { min_known: minKnown, max_unknown: maxUnknown } = this.rules.utility_bar;
    const items = text.split(this.barSeparator).map((item) => item.trim());
    if (items.length < minKnown) return false;
    const known = items.filter((item) => this.navLines.has(this.key(item))).length;
    const unknown = items.length - known;
    return known >= minKnown && unknown <= maxUnknown && items.every((item) => item !== "" && !item.includes(":") && !this.sentenceFinal.test(item) && item.split(/\s+/u).length <= this.rules.bar_menu.max_item_words);
  }

  /** A site menu of items no list knows, between bars (`Trang chủ | Thời sự | Xây dựng Đảng | …`). */
  private isBarMenu(text: string): boolean {
    const { min_items: minItems, max_item_words: maxWords } = this.rules.bar_menu;
    const items = text.split(this.barSeparator).map((item) => item.trim());
    if (items.length < minItems || !items.some((item) => this.navLines.has(this.key(item)) || this.menu.items(this.key(item).split(" ")) !== null)) return false;
    return items.every((item) => item !== "" && !/^\d/u.test(item) && item.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length <= maxWords && !this.sentenceFinal.test(item));
  }

  /** `Tag:`, `Từ khóa:`: a navigation label with nothing after it. */
  isBareNavLabel(text: string): boolean {
    return this.navLabel.test(text) && /:\s*$/u.test(text);
  }

  /** A site's menu of sections (`Thời sự   Thế giới   Kinh doanh …`), not a sharing bar: what runs above the headline, under the site's name. */
  isSectionMenu(text: string, key = this.key(text)): boolean {
    const items = this.menuItems(key);
    return (items !== null && items.filter((item) => item === "section").length >= this.rules.min_menu_sections) || this.isBarMenu(text);
  }

  /** Menu or sharing words only: enough sections, or two items with a navigation word among them. */
  isMenu(text: string, key = this.key(text)): boolean {
    const items = this.menuItems(key);
    if (!items || items.length < 2) return false;
    return items.includes("nav") || items.length >= this.rules.min_menu_sections;
  }

  /** The menu items that cover a line's words, or null when one is no menu word. */
  private menuItems(key: string): MenuItem[] | null {
    const words = this.menuWords(key);
    return words && this.menu.items(words);
  }

  /** The words of a key split at menu separators, or null as soon as one cannot be a menu's: a paragraph is not read to its end. */
  private menuWords(key: string): string[] | null {
    const words: string[] = [];
    let from = 0;
    const separator = this.menuSeparator;
    separator.lastIndex = 0;
    for (let match = separator.exec(key); match; match = separator.exec(key)) {
      if (match[0].length === 0) return splitWithin(key, separator);
      if (match.index > from && !this.addMenuWord(words, key.slice(from, match.index))) return null;
      from = match.index + match[0].length;
    }
    if (from < key.length && !this.addMenuWord(words, key.slice(from))) return null;
    return words;
  }

  /** Add the next word of a line; whether the line can still be a menu. */
  private addMenuWord(words: string[], word: string): boolean {
    words.push(word);
    if (words.length > MAX_MENU_WORDS) return false;
    return words.length === 1 ? this.menu.opens(word) : this.menu.knows(word);
  }

  /** The outlet's name (and slogan) as the site prints it: `Báo Nghệ An`, `Báo Quảng Trị điện tử`, `BÁO KON TUM ĐIỆN TỬ`, `Báo Quân đội Nhân dân`. */
  isSiteName(text: string): boolean {
    if (this.siteName.test(text) || (!/\p{Ll}/u.test(text) && this.siteName.test(titleCase(text)))) return true;
    const [name, ...slogan] = text.split(/\s+[-–—|]\s+/u);
    if (slogan.length > 0 && !/\p{Ll}/u.test(name) && this.siteName.test(titleCase(name)) && this.isSiteSlogan(slogan.join(" - "))) return true;
    return this.outletNames.has(this.key(name)) && (slogan.length === 0 || this.isSiteSlogan(slogan.join(" - ")) || slogan.every((part) => this.outletTags.has(part)));
  }

  /** An outlet's name alone (`Thanh Niên`): the site's name above the title, where no headline is that short. */
  isOutletName(text: string): boolean {
    return this.bareOutletNames.has(this.key(text));
  }

  /** Opens like a caption of the people or the scene in the photo (`caption_openers`). */
  opensLikeCaption(text: string): boolean {
    return this.captionOpeners.test(text);
  }

  /** A date line labelled as the article's stamp (`Cập nhật: …`). */
  isLabelledStamp(text: string): boolean {
    return this.stampLabel.test(text);
  }

  /** Opens like a caption with no stop at all: on a named person and a comma (`named_caption.opener`) or a delegation (`unpunctuated_caption_openers`). */
  opensLikeBareCaption(text: string): boolean {
    return this.namedCaptionOpener.test(text) || this.bareCaptionOpeners.test(text);
  }

  /** Opens on a named person and a comma and reports no words of theirs (`named_caption`). */
  isNamedCaption(text: string): boolean {
    return this.namedCaptionOpener.test(text) && !this.captionSpeech.test(text);
  }

  /** A mark a plain caption has none of (`plain_caption.marks`). */
  hasPlainCaptionMark(text: string): boolean {
    return this.plainCaptionMarks.test(text);
  }

  /** `<label>: <list>` of page furniture (`Địa chỉ: …`, `Từ khóa: …`). */
  isLabelledNav(text: string): boolean {
    return this.navLabel.test(text);
  }

  /** A line of the page's footer (`Giấy phép số …`, `© …`). */
  isFooter(text: string): boolean {
    return this.footer.test(text);
  }

  /** The outlet's slogan (`Cơ quan của Đảng bộ …`): only where its name goes with it (head.ts). */
  isSiteSlogan(text: string): boolean {
    return this.siteSlogan.test(text);
  }

  /** A caption with no credit: where people stand in the photo, or a view of the scene. */
  hasCaptionCue(text: string): boolean {
    return this.captionCues.some((pattern) => pattern.test(text));
  }

  isKnownCategory(text: string, key = this.key(text)): boolean {
    return this.categories.has(key);
  }

  /** Items of a breadcrumb line (`Trang chủ > Công đoàn`), or null. */
  breadcrumb(text: string): Piece[] | null {
    const items: Piece[] = [];
    let from = this.breadcrumbLabel.exec(text)?.[0].length ?? 0;
    let chevronsOnly = true;
    for (const match of matchesOf(this.breadcrumbSeparator, text)) {
      if (match.index < from) continue;
      items.push({ from, to: match.index });
      from = match.index + match[0].length;
      chevronsOnly &&= this.breadcrumbChevron.test(match[0]);
    }
    items.push({ from, to: text.length });
    if (items.length < 2 || items.length > this.rules.max_breadcrumb_items || items.some((item) => item.to <= item.from)) return null;
    const words = items.map((item) => text.slice(item.from, item.to));
    if (words.some((word) => this.wordCount(word) > this.rules.max_breadcrumb_item_words || this.isSentenceLike(word))) return null;
    const fromHome = this.homes.has(this.key(words[0]));
    const sections = chevronsOnly && words.every((word) => CAPITALISED.test(word) && !word.includes(":"));
    return fromHome || sections || words.every((word) => this.isKnownCategory(word)) ? items : null;
  }

  /** A line of page header above the title that is not navigation: site or menu word, breadcrumb or date stamp. */
  isHeaderLine(text: string, key = this.key(text)): boolean {
    return this.headerLines.has(key) || this.breadcrumb(text) !== null || this.dateLine(text) !== null || this.isDatedOutlet(text);
  }

  /** An outlet's name and a date (`Người Lao Động · 05/06/2024 14:20`): where an aggregator names its source, no byline. */
  private isDatedOutlet(text: string): boolean {
    const dated = this.datedLine(text);
    return dated !== null && this.bareOutletNames.has(this.key(text.slice(0, dated.end)));
  }

  /** The date of a line that is only a date (and time), or null. */
  dateLine(text: string): DateParts | null {
    for (const pattern of this.dateLines) {
      const groups = pattern.exec(text)?.groups;
      if (!groups) continue;
      const month = Number(groups.month);
      const day = Number(groups.day);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      return { year: groups.year, month: groups.month.padStart(2, "0"), day: groups.day.padStart(2, "0") };
    }
    return null;
  }

  /** `Thành Chung • 06/09/2024 17:05`: a date after a separator, and where the text before it ends. */
  datedLine(text: string): { date: DateParts; end: number } | null {
    if (!DIGIT.test(text)) return null;
    for (const match of matchesOf(this.datedSeparator, text)) {
      const date = this.dateLine(text.slice(match.index + match[0].length));
      if (date && match.index > 0) return { date, end: match.index };
    }
    return null;
  }

  /** The photo credit ending a caption: null if none; `credit` null when the caption names nobody (`Ảnh minh họa`). */
  captionCredit(text: string): CaptionCredit | null {
    for (const pattern of this.captionCredits) {
      const match = pattern.exec(text);
      if (!match) continue;
      const credit = match.groups?.credit;
      if (!credit) return { credit: null };
      const from = match.index + match[0].lastIndexOf(credit);
      return { credit: { from, to: from + credit.length } };
    }
    return null;
  }

  /** Ends like a paragraph: a final mark, or quoted speech closing the line. */
  isSentenceLike(text: string): boolean {
    const ending = text.length > ENDING_CHARS ? text.slice(-ENDING_CHARS) : text;
    return this.sentenceFinal.test(ending) || this.quotedEnds.some((pattern) => pattern.test(ending));
  }

  isListItem(text: string): boolean {
    return this.listItem.test(text);
  }

  /** `./.` closes the text of the article. */
  endsText(text: string): boolean {
    return this.textEnd.test(text);
  }

  /** `H H`: a headline written twice on one line, as teaser blocks print it. */
  isDoubledHeadline(text: string): boolean {
    const words = text.split(/\s+/u).filter(Boolean);
    if (words.length < 4 || words.length % 2 !== 0) return false;
    const half = words.length / 2;
    return words.slice(0, half).join(" ") === words.slice(half).join(" ");
  }

  /** Names on a line that holds nothing else: `NGÔ ANH`, `Thanh Hà - Minh Anh`. */
  private namePieces(text: string, offset: number): Piece[] | null {
    if (!NAMES_OPENING.test(text) || this.notNameOpener.test(text)) return null;
    const note = this.nameNote.exec(text) ?? this.outletNote.exec(text);
    const body = note ? text.slice(0, note.index) : text;
    if (body.length === 0 || NOT_IN_NAMES.test(body)) return null;
    const pieces: Piece[] = [];
    let from = 0;
    for (const match of [...matchesOf(this.nameSeparator, body), null]) {
      const to = match ? match.index : body.length;
      pieces.push({ from: offset + from, to: offset + to });
      if (match) from = match.index + match[0].length;
    }
    const valid = pieces.every((piece) => {
      const words = text.slice(piece.from - offset, piece.to - offset).split(/\s+/u);
      return words.length >= 2 && words.length <= this.rules.max_author_words && words.every((word) => NAME_WORD.test(word) && isVietnameseName(word));
    });
    return valid ? pieces : null;
  }

  private isReservedLine(text: string, key = this.key(text)): boolean {
    return this.isTrailingHeading(text, key) || this.isNav(text, key) || this.isKnownCategory(text, key) || this.headerLines.has(key) || this.bareOutletNames.has(key);
  }

  /** A line of person names only (a byline or the author after the text). */
  isNameLine(text: string): boolean {
    return this.namePieces(text, 0) !== null && !this.isReservedLine(text);
  }

  /** A byline: `Tác giả: X`, `Nhóm PV`, `Theo TTXVN`, or a line of names. */
  byline(text: string, key = this.key(text)): BylineMatch | null {
    const dated = this.datedLine(text);
    if (dated) return this.byline(text.slice(0, dated.end));
    const label = this.bylineLabel.exec(text);
    if (label) {
      const rest = text.slice(label[0].length).trim();
      if (this.wordCount(rest) > MAX_CREDIT_NAMES * this.rules.max_author_words || /[?!:;…]/u.test(rest)) return null;
      if (this.collective.has(this.key(rest))) return { kind: "label", names: [{ from: label[0].length, to: label[0].length + rest.length }] };
      // A body after the label (`Nguồn tin: Ban Tuyên giáo …`) closes the text but is no author.
      const whole = this.notNameOpener.test(rest) ? [] : [{ from: label[0].length, to: label[0].length + rest.length }];
      const names = this.namePieces(rest, label[0].length) ?? whole;
      const kind = this.sourceLabels.has(this.key(label[0].replace(/\s*:\s*$/u, ""))) ? "source" : "label";
      return rest.length > 0 ? { kind, names } : null;
    }
    if (this.collective.has(key)) return { kind: "collective", names: [{ from: 0, to: text.replace(/[\s.]+$/u, "").length }] };
    const source = this.sourceByline.exec(text);
    if (source) {
      const rest = text.slice(source[0].length).replace(/[\s.]+$/u, "");
      const short = this.wordCount(rest) <= this.rules.max_author_words && !/[,;:!?\d]/u.test(rest);
      return short ? { kind: "source", names: [{ from: source[0].length, to: source[0].length + rest.length }] } : null;
    }
    const names = this.namePieces(text, 0);
    return names && !this.isReservedLine(text, key) ? { kind: "name", names } : null;
  }

  /** Whether a word is an abbreviation to keep in capitals (`PV`, `TTXVN`): capitals without a vowel. */
  isCapitalsAbbreviation(word: string): boolean {
    return /^\p{Lu}{2,}$/u.test(word) && !VOWEL.test(word.normalize("NFD"));
  }
}
