/**
 * Article metadata from the labelled lines: title, category, published
 * date, authors, outlet, lead and photo credits, each with the span it was
 * read from and the rule that read it.
 */
import type { Cleaned, Metadata, RoledLine } from "../core/document.ts";
import { titleCase, normalizeKey, normalizeValue } from "../core/normalize.ts";
import { traced, type Traced } from "../core/prov.ts";
import type { Stage } from "../core/stage.ts";
import type { CleaningRules } from "../resources.ts";

interface Piece {
  readonly from: number;
  readonly to: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

class MetadataReader {
  private readonly headerStamp: RegExp;
  private readonly bylinePrefix: RegExp;
  private readonly captionCredit: RegExp;
  private readonly outletTag: RegExp;
  private readonly categoryPattern: RegExp;
  private readonly leadOpener: RegExp;

  constructor(
    private readonly doc: Cleaned,
    private readonly rules: CleaningRules,
  ) {
    this.headerStamp = new RegExp(rules.header_stamp, "u");
    this.bylinePrefix = new RegExp(rules.byline_prefix, "iu");
    this.captionCredit = new RegExp(rules.caption_credit, "u");
    this.outletTag = new RegExp(rules.outlet_tag, "u");
    const categories = [...rules.categories].sort((left, right) => right.length - left.length).map(escapeRegExp);
    this.categoryPattern = new RegExp(`^(?:${categories.join("|")})(?=\\s)`, "u");
    const openers = [...rules.lead_openers].sort((left, right) => right.length - left.length).map(escapeRegExp);
    this.leadOpener = new RegExp(`\\s(?:${openers.join("|")})\\s+(?:\\d|nay|qua|đây)`, "u");
  }

  /** Traced value of a piece of the view: text is the raw slice in NFC. */
  private piece(piece: Piece, rule: string): Traced<string> {
    const span = this.doc.view.toRaw(piece.from, piece.to);
    return traced(this.rawText(piece), this.doc.source.path, span, rule);
  }

  private rawText(piece: Piece): string {
    const span = this.doc.view.toRaw(piece.from, piece.to);
    return Array.from(this.doc.raw).slice(span.start, span.end).join("").normalize("NFC");
  }

  private linesWith(role: string): RoledLine[] {
    return this.doc.lines.filter((line) => line.role.value === role);
  }

  /** A packed header line ` date 2024-07 <section> <title> <lead>` split into its parts. */
  private packedHeader(): { date: Traced<string>; category: Traced<string> | null; title: Traced<string> | null; lead: Traced<string> | null } | null {
    const line = this.doc.lines[0];
    if (!line) return null;
    const stamp = this.headerStamp.exec(line.text);
    if (!stamp?.groups) return null;
    const dateText = stamp.groups.date;
    const dateFrom = line.from + stamp[0].indexOf(dateText);
    const date = traced(dateText, this.doc.source.path, this.doc.view.toRaw(dateFrom, dateFrom + dateText.length), "metadata/header-stamp");
    let cursor = line.from + stamp[0].length;
    const rest = this.doc.view.text.slice(cursor, line.to);
    const categoryMatch = this.categoryPattern.exec(rest);
    let category: Traced<string> | null = null;
    if (categoryMatch) {
      category = this.piece({ from: cursor, to: cursor + categoryMatch[0].length }, "metadata/header-category");
      cursor += categoryMatch[0].length + 1;
    }
    const remainder = this.doc.view.text.slice(cursor, line.to);
    const opener = this.leadOpener.exec(remainder);
    if (!opener) return { date, category, title: null, lead: this.piece({ from: cursor, to: line.to }, "metadata/header-rest") };
    const titleEnd = cursor + opener.index;
    return {
      date,
      category,
      title: this.piece({ from: cursor, to: titleEnd }, "metadata/header-title-before-lead-opener"),
      lead: this.piece({ from: titleEnd + 1, to: line.to }, "metadata/header-lead-opener"),
    };
  }

  private authors(): Traced<string>[] {
    const found = new Map<string, Traced<string>>();
    const add = (from: number, to: number, rule: string) => {
      const name = normalizeValue(titleCase(this.doc.view.text.slice(from, to)));
      const key = normalizeKey(name);
      if (!found.has(key)) found.set(key, traced(name, this.doc.source.path, this.doc.view.toRaw(from, to), rule));
    };
    for (const line of [...this.linesWith("byline"), ...this.linesWith("author_end")]) {
      const prefixed = this.bylinePrefix.exec(line.text);
      if (prefixed?.groups) {
        const nameFrom = line.from + prefixed[0].lastIndexOf(prefixed.groups.name);
        add(nameFrom, nameFrom + prefixed.groups.name.length, "metadata/byline-prefix");
      } else {
        add(line.from, line.to, line.role.value === "author_end" ? "metadata/author-after-body" : "metadata/byline-name");
      }
    }
    return [...found.values()];
  }

  private photoCredits(): Traced<string>[] {
    const found = new Map<string, Traced<string>>();
    for (const line of this.linesWith("caption")) {
      const credit = this.captionCredit.exec(line.text);
      if (!credit?.groups) continue;
      const name = credit.groups.credit;
      const from = line.from + credit.index + credit[0].lastIndexOf(name);
      const value = normalizeValue(/\p{Ll}/u.test(name) ? name : titleCase(name));
      if (!found.has(normalizeKey(value))) {
        found.set(normalizeKey(value), traced(value, this.doc.source.path, this.doc.view.toRaw(from, from + name.length), "metadata/caption-credit"));
      }
    }
    return [...found.values()];
  }

  private outlet(lead: RoledLine | undefined): Traced<string> | null {
    for (const line of this.doc.lines) {
      if (line.role.value !== "lead" && line.role.value !== "body") continue;
      const tag = this.outletTag.exec(line.text);
      if (!tag?.groups) continue;
      const name = this.rules.outlets[tag.groups.tag];
      if (!name) continue;
      const from = line.from + 1;
      return traced(name, this.doc.source.path, this.doc.view.toRaw(from, from + tag.groups.tag.length), "normalize.outlet/dateline-tag");
    }
    void lead;
    return null;
  }

  /** Main-content text, for the date inference rules. */
  private mainLines(): RoledLine[] {
    return this.doc.lines.filter((line) => ["title", "lead", "body", "caption"].includes(line.role.value));
  }

  /** `60 năm Ngày thiết lập … (05/9/1962)`: an anniversary fixes the year of writing. */
  private anniversaryYear(): Traced<string> | null {
    const pattern = /(\d{1,3}) năm [^()]{0,120}?\((?:ngày )?(?:\d{1,2}\/\d{1,2}\/)?(\d{4})\)/gu;
    for (const line of this.mainLines()) {
      for (const match of line.text.matchAll(pattern)) {
        const year = Number(match[2]) + Number(match[1]);
        const from = line.from + match.index;
        return traced(String(year), this.doc.source.path, this.doc.view.toRaw(from, from + match[0].length), "derive.published/anniversary-year");
      }
    }
    return null;
  }

  /** The latest full date or year written in main content. */
  private latestYear(): { year: number; from: number; to: number } | null {
    let best: { year: number; from: number; to: number } | null = null;
    for (const line of this.mainLines()) {
      for (const match of line.text.matchAll(/(?<![\d/.])(?:\d{1,2}[/.]\d{1,2}[/.])?((?:19|20)\d{2})(?![\d/])/gu)) {
        const year = Number(match[1]);
        if (!best || year > best.year) best = { year, from: line.from + match.index, to: line.from + match.index + match[0].length };
      }
    }
    return best;
  }

  /** `hôm nay (19/5)`: the day of writing, with the year the text fixes. */
  private todayDate(): Traced<string> | null {
    const pattern = /(?:hôm nay|sáng nay|chiều nay|tối nay)\s*\((\d{1,2})\/(\d{1,2})\)/giu;
    for (const line of this.mainLines()) {
      for (const match of line.text.matchAll(pattern)) {
        const latest = this.latestYear();
        if (!latest) continue;
        const day = match[1].padStart(2, "0");
        const month = match[2].padStart(2, "0");
        const from = line.from + match.index;
        const span = this.doc.view.toRaw(Math.min(from, latest.from), Math.max(from + match[0].length, latest.to));
        return traced(`${latest.year}-${month}-${day}`, this.doc.source.path, span, "derive.published/today-with-latest-year");
      }
    }
    return null;
  }

  read(): Metadata {
    const header = this.packedHeader();
    const titleLine = this.linesWith("title")[0];
    const categoryLine = this.linesWith("category")[0];
    const leadLine = this.linesWith("lead")[0];
    const title = header?.title ?? (titleLine ? this.piece(titleLine, "metadata/title-line") : null);
    const category = header?.category ?? (categoryLine ? this.piece(categoryLine, "metadata/category-line") : null);
    const lead = header ? header.lead : leadLine ? this.piece(leadLine, "metadata/lead-line") : null;
    const published = header?.date ?? this.todayDate() ?? this.anniversaryYear();
    return {
      title,
      category,
      published,
      authors: this.authors(),
      outlet: this.outlet(leadLine),
      lead,
      photoCredits: this.photoCredits(),
    };
  }
}

export function readMetadata(doc: Cleaned, rules: CleaningRules): Metadata {
  return new MetadataReader(doc, rules).read();
}

export const metadataStage: Stage<Cleaned, Metadata> = {
  name: "metadata",
  version: "1",
  run: (doc, context) => readMetadata(doc, context.resources.cleaning),
};
