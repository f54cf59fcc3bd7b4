/** The lines of one page with what the rules ask of them often, each computed once per line. */
import type { Line, LineRole } from "../../core/document.ts";
import { viewLineKeys } from "./keys.ts";
import type { BylineMatch, CaptionCredit, Markers } from "./markers.ts";

export interface Decision {
  readonly role: LineRole;
  /** `clean/<rule>` */
  readonly rule: string;
}

/** `clean/<rule>` ids, made once per rule rather than once per line. */
const RULE_IDS = new Map<string, string>();

function ruleId(rule: string): string {
  let id = RULE_IDS.get(rule);
  if (id === undefined) {
    id = `clean/${rule}`;
    RULE_IDS.set(rule, id);
  }
  return id;
}

/** One fact per line, computed the first time a rule asks for it. */
class PerLine<T> {
  private readonly values: (T | undefined)[];

  /** `T` must not include `undefined`, which marks a line not asked about yet. */
  constructor(size: number, private readonly compute: (index: number) => T) {
    this.values = new Array(size);
  }

  at(index: number): T {
    let value = this.values[index];
    if (value === undefined) {
      value = this.compute(index);
      this.values[index] = value;
    }
    return value;
  }
}

export class Page {
  readonly texts: readonly string[];
  readonly keys: readonly string[];
  readonly sentenceLike: readonly boolean[];
  readonly decisions: (Decision | undefined)[];
  titleKey: string | null = null;
  private readonly bylines: PerLine<BylineMatch | null>;
  private readonly credits: PerLine<CaptionCredit | null>;
  private readonly navs: PerLine<boolean>;
  private readonly wordCounts: PerLine<number>;

  constructor(
    readonly lines: readonly Line[],
    readonly markers: Markers,
  ) {
    this.texts = lines.map((line) => line.text);
    this.keys = viewLineKeys(this.texts);
    this.sentenceLike = this.texts.map((text) => markers.isSentenceLike(text));
    this.decisions = new Array(lines.length).fill(undefined);
    this.bylines = new PerLine(lines.length, (index) => markers.byline(this.texts[index], this.keys[index]));
    this.credits = new PerLine(lines.length, (index) => markers.captionCredit(this.texts[index]));
    this.navs = new PerLine(lines.length, (index) => markers.isNav(this.texts[index], this.keys[index]));
    this.wordCounts = new PerLine(lines.length, (index) => markers.wordCount(this.texts[index]));
  }

  get size(): number {
    return this.lines.length;
  }

  /** Lines `first` and `second` are consecutive in the source, no blank line between. */
  nextToEachOther(first: number, second: number): boolean {
    return this.lines[second].number === this.lines[first].number + 1;
  }

  decide(index: number, role: LineRole, rule: string): void {
    this.decisions[index] = { role, rule: ruleId(rule) };
  }

  repeatsTitle(index: number): boolean {
    return this.titleKey !== null && this.keys[index] === this.titleKey;
  }

  byline(index: number): BylineMatch | null {
    return this.bylines.at(index);
  }

  captionCredit(index: number): CaptionCredit | null {
    return this.credits.at(index);
  }

  isNav(index: number): boolean {
    return this.navs.at(index);
  }

  /** A line of page header above the title: site name, menu word, breadcrumb, date stamp or navigation. */
  isPageHeader(index: number): boolean {
    return this.markers.isHeaderLine(this.texts[index], this.keys[index]) || this.isNav(index);
  }

  isTrailingHeading(index: number): boolean {
    return this.markers.isTrailingHeading(this.texts[index], this.keys[index]);
  }

  isKnownCategory(index: number): boolean {
    return this.markers.isKnownCategory(this.texts[index], this.keys[index]);
  }

  wordCount(index: number): number {
    return this.wordCounts.at(index);
  }
}
