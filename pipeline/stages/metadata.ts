/**
 * Article metadata from the labelled lines: title, category, published
 * date, authors, outlet, lead and photo credits, each with the span it was
 * read from and the rule that read it.
 */
import type { Cleaned, Metadata, RoledLine } from "../core/document.ts";
import { normalizeKey, normalizeValue, titleCase } from "../core/normalize.ts";
import { traced, type Traced } from "../core/prov.ts";
import type { Stage } from "../core/stage.ts";
import { codePointSlice } from "../core/textview.ts";
import type { CleaningRules } from "../resources.ts";
import { Markers, type Piece } from "./clean/markers.ts";
import { splitPackedHeader, type PackedHeader } from "./clean/packed.ts";
import { inferPublished, withDayOfWriting } from "./metadata/published.ts";

const LOWER_CASE = /\p{Ll}/u;
const TRAILING_DOTS = /[\s.]+$/u;
const SPACES = /\s+/u;

class MetadataReader {
  private readonly markers: Markers;
  private readonly packed: PackedHeader | null;
  private readonly byRole = new Map<string, RoledLine[]>();

  constructor(private readonly doc: Cleaned, rules: CleaningRules) {
    this.markers = Markers.for(rules);
    for (const line of doc.lines) {
      const lines = this.byRole.get(line.role.value);
      if (lines) lines.push(line);
      else this.byRole.set(line.role.value, [line]);
    }
    const first = doc.lines[0];
    const packedLine = first?.role.value === "lead" && first.role.prov.rule === "clean/header-stamp-line";
    this.packed = packedLine ? splitPackedHeader(first.text, doc.lines.slice(1).map((line) => line.text), this.markers) : null;
  }

  /** Traced raw text (NFC) of `[from, to)` of a line. */
  private piece(line: RoledLine, piece: Piece, rule: string): Traced<string> {
    const span = this.doc.view.toRaw(line.from + piece.from, line.from + piece.to);
    const raw = codePointSlice(this.doc.raw, span).normalize("NFC");
    return traced(raw, this.doc.source.path, span, rule);
  }

  private whole(line: RoledLine, rule: string): Traced<string> {
    return this.piece(line, { from: 0, to: line.to - line.from }, rule);
  }

  /** The lines with one of `roles`, in page order. */
  private linesWith(...roles: string[]): RoledLine[] {
    const lines = roles.flatMap((role) => this.byRole.get(role) ?? []);
    return roles.length > 1 ? lines.sort((left, right) => left.number - right.number) : lines;
  }

  private fromPacked(part: "title" | "category" | "lead" | "date", rule: string): Traced<string> | null {
    const piece = this.packed?.[part];
    return piece ? this.piece(this.doc.lines[0], piece, rule) : null;
  }

  private title(): Traced<string> | null {
    if (this.packed) return this.fromPacked("title", `metadata/${this.packed.split}`);
    const line = this.linesWith("title")[0];
    return line ? this.whole(line, "metadata/title-line") : null;
  }

  private category(): Traced<string> | null {
    if (this.packed) return this.fromPacked("category", "metadata/header-category");
    const line = this.linesWith("category")[0];
    if (line) return this.whole(line, "metadata/category-line");
    for (const header of this.linesWith("header")) {
      const items = this.markers.breadcrumb(header.text);
      if (items) return this.piece(header, items[items.length - 1], "metadata/breadcrumb-section");
    }
    return null;
  }

  private lead(): Traced<string> | null {
    if (this.packed) return this.fromPacked("lead", "metadata/header-lead");
    const line = this.linesWith("lead")[0];
    return line ? this.whole(line, "metadata/lead-line") : null;
  }

  private published(): Traced<string> | null {
    if (this.packed) {
      const stamp = this.fromPacked("date", "metadata/header-stamp");
      return stamp && withDayOfWriting(stamp, this.doc, this.markers.rules);
    }
    for (const line of this.stampCandidates()) {
      const date = this.markers.dateLine(line.text);
      if (date) return traced(`${date.year}-${date.month}-${date.day}`, this.doc.source.path, line.span, "metadata/date-line");
      const dated = this.markers.datedLine(line.text);
      if (dated) {
        const { year, month, day } = dated.date;
        return traced(`${year}-${month}-${day}`, this.doc.source.path, this.doc.view.toRaw(line.from + dated.end, line.to), "metadata/date-after-byline");
      }
    }
    return inferPublished(this.doc, this.markers.rules);
  }

  /**
   * Header and byline lines that may hold the article's date stamp: those
   * between the title and the text first, then those above the title that
   * say they are the stamp, nearest first (`Cập nhật: 11/04/2025` under the
   * site's date of the day, `Thứ Bảy, 12/04/2025`), then the others above
   * the title in page order, then those below the text, where the dates of
   * other articles stand.
   */
  private stampCandidates(): RoledLine[] {
    const lines = this.linesWith("header", "byline");
    const title = this.linesWith("title")[0];
    if (!title) return lines;
    const text = this.linesWith("lead", "body").find((line) => line.number > title.number);
    const underTitle = (line: RoledLine) => line.number > title.number && (!text || line.number < text.number);
    const above = lines.filter((line) => line.number < title.number);
    const labelled = above.filter((line) => this.markers.isLabelledStamp(line.text)).reverse();
    const others = above.filter((line) => !labelled.includes(line));
    return [...lines.filter(underTitle), ...labelled, ...others, ...lines.filter((line) => line.number > title.number && !underTitle(line))];
  }

  /** `NGÔ ANH` → `Ngô Anh`; `PV`, `TTXVN` and names written in mixed case stay as they are. */
  private authorName(text: string): string {
    const trimmed = text.replace(TRAILING_DOTS, "");
    if (LOWER_CASE.test(trimmed)) return normalizeValue(trimmed);
    const words = trimmed.split(SPACES).map((word) => (this.markers.isCapitalsAbbreviation(word) ? word : titleCase(word)));
    return normalizeValue(words.join(" "));
  }

  /** The byline names; `Theo <outlet>` credits only when no one is named. */
  private authors(): Traced<string>[] {
    const bylines = this.linesWith("byline", "author_end").flatMap((line) => {
      const byline = this.markers.byline(line.text);
      return byline ? [{ line, byline }] : [];
    });
    const named = bylines.filter(({ byline }) => byline.kind !== "source");
    const found = new Map<string, Traced<string>>();
    for (const { line, byline } of named.length > 0 ? named : bylines) {
      const where = line.role.value === "author_end" ? "after-text" : "before-text";
      for (const name of byline.names) {
        const value = this.authorName(line.text.slice(name.from, name.to));
        const key = normalizeKey(value);
        if (value && !found.has(key)) {
          const span = this.doc.view.toRaw(line.from + name.from, line.from + name.to);
          found.set(key, traced(value, this.doc.source.path, span, `metadata/byline-${byline.kind}-${where}`));
        }
      }
    }
    return [...found.values()];
  }

  private outlet(): Traced<string> | null {
    const candidates: Array<{ line: RoledLine; offset: number }> = this.linesWith("lead", "body").map((line) => ({ line, offset: 0 }));
    if (this.packed) candidates.unshift({ line: this.doc.lines[0], offset: this.packed.lead.from });
    for (const { line, offset } of candidates) {
      const text = line.text.slice(offset);
      const bracketed = this.markers.outletTag.exec(text)?.groups?.tag;
      // A tag without brackets (`QTO - `) opens only the lead.
      const tag = bracketed ?? (line.role.value === "lead" ? this.markers.bareOutletTag.exec(text)?.groups?.tag : undefined);
      if (!tag) continue;
      const from = offset + (bracketed ? text.indexOf(`(${tag})`) + 1 : text.indexOf(tag));
      const span = this.doc.view.toRaw(line.from + from, line.from + from + tag.length);
      const known = this.markers.rules.outlets[tag];
      return traced(known ?? tag, this.doc.source.path, span, known ? "normalize.outlet/dateline-tag" : "normalize.outlet/unlisted-dateline-tag");
    }
    return null;
  }

  private photoCredits(): Traced<string>[] {
    const found = new Map<string, Traced<string>>();
    for (const line of this.linesWith("caption")) {
      const credit = this.markers.captionCredit(line.text)?.credit;
      if (!credit) continue;
      const name = line.text.slice(credit.from, credit.to);
      const value = normalizeValue(LOWER_CASE.test(name) ? name : this.authorName(name));
      const key = normalizeKey(value);
      if (!found.has(key)) {
        found.set(key, traced(value, this.doc.source.path, this.doc.view.toRaw(line.from + credit.from, line.from + credit.to), "metadata/caption-credit"));
      }
    }
    return [...found.values()];
  }

  read(): Metadata {
    return {
      title: this.title(),
      category: this.category(),
      published: this.published(),
      authors: this.authors(),
      outlet: this.outlet(),
      lead: this.lead(),
      photoCredits: this.photoCredits(),
    };
  }
}

export function readMetadata(doc: Cleaned, rules: CleaningRules): Metadata {
  return new MetadataReader(doc, rules).read();
}

export const metadataStage: Stage<Cleaned, Metadata> = {
  name: "metadata",
  version: "2",
  run: (doc, context) => readMetadata(doc, context.resources.cleaning),
};
