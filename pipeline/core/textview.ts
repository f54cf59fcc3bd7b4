import { normalizeToneMarks } from "./normalize.ts";
import type { Span } from "./prov.ts";

/**
 * The text the rules read, and the way back to the raw file.
 *
 * The view is the raw text with line endings as `\n`, NFC, one tone-mark
 * placement, no-break spaces as spaces and zero-width characters removed.
 * Rules match on the view; every span they find is mapped back to code
 * points of the raw file, so offsets never drift whatever cleaning does.
 */
export interface TextView {
  /** The normalised text, indexed in UTF-16 code units like any JS string. */
  readonly text: string;
  /** Number of code points in the raw text. */
  readonly rawLength: number;
  /** Raw code-point span of the view's code units `[start, end)`. */
  toRaw(start: number, end: number): Span;
}

/** Astral code points are one raw offset but two code units of the view, so they need the mapping too. */
export const NEEDS_MAPPING = /[\r\u00A0\u2007\u202F\u200B-\u200D\u2060\uFEFF\p{M}\u{10000}-\u{10FFFF}]/u;
/**
 * A quick test that NEEDS_MAPPING can only match where this does (a test
 * checks every code point): one range check per code unit, while most
 * pages, Vietnamese letters and common punctuation included, have none.
 */
export const MAY_NEED_MAPPING = /[\r\u00A0\u2007\u202F\u200B-\u200D\u2060\uFEFF\u0300-\u1E9F\u1F00-\u1FFF\u20D0-\u20FF\u2C00-\uFFFF]/;
const DROPPED = /^[\u200B-\u200D\u2060\uFEFF]$/u;
const AS_SPACE = /^[\u00A0\u2007\u202F]$/u;
const IS_MARK = /^\p{M}$/u;

class IdentityView implements TextView {
  readonly rawLength: number;
  constructor(readonly text: string) {
    this.rawLength = text.length;
  }
  toRaw(start: number, end: number): Span {
    return { start, end };
  }
}

class MappedView implements TextView {
  constructor(
    readonly text: string,
    readonly rawLength: number,
    private readonly startOf: Int32Array,
    private readonly endOf: Int32Array,
  ) {}
  toRaw(start: number, end: number): Span {
    if (end <= start) {
      const at = start < this.text.length ? this.startOf[start] : this.rawLength;
      return { start: at, end: at };
    }
    return { start: this.startOf[start], end: this.endOf[end - 1] };
  }
}

/** Split raw text into clusters: one base code point and the marks after it. */
function* clusters(raw: string): Generator<{ text: string; codePoints: number }> {
  let current = "";
  let count = 0;
  for (const codePoint of raw) {
    if (current && !IS_MARK.test(codePoint)) {
      yield { text: current, codePoints: count };
      current = "";
      count = 0;
    }
    current += codePoint;
    count += 1;
  }
  if (current) yield { text: current, codePoints: count };
}

function clusterReplacement(cluster: string, next: string | undefined): string {
  if (cluster === "\r") return next?.startsWith("\n") ? "" : "\n";
  if (DROPPED.test(cluster)) return "";
  if (AS_SPACE.test(cluster)) return " ";
  return cluster.normalize("NFC");
}

export function buildTextView(raw: string): TextView {
  if (!MAY_NEED_MAPPING.test(raw) || !NEEDS_MAPPING.test(raw)) return new IdentityView(normalizeToneMarks(raw));
  const parts = [...clusters(raw)];
  const pieces: string[] = [];
  const startOf: number[] = [];
  const endOf: number[] = [];
  let rawPosition = 0;
  for (let index = 0; index < parts.length; index++) {
    const cluster = parts[index];
    const replacement = clusterReplacement(cluster.text, parts[index + 1]?.text);
    const rawEnd = rawPosition + cluster.codePoints;
    for (let unit = 0; unit < replacement.length; unit++) {
      startOf.push(rawPosition);
      endOf.push(rawEnd);
    }
    pieces.push(replacement);
    rawPosition = rawEnd;
  }
  const text = normalizeToneMarks(pieces.join(""));
  return new MappedView(text, rawPosition, Int32Array.from(startOf), Int32Array.from(endOf));
}

/** The text sliced last, and its code points if it has surrogate pairs: an article is sliced many times in a row. */
let lastSliced: { readonly raw: string; readonly codePoints: readonly string[] | null } = { raw: "", codePoints: null };

/** Code points of a JS string, as an array, for slicing by code-point offsets. */
export function codePointSlice(raw: string, span: Span): string {
  if (lastSliced.raw !== raw) lastSliced = { raw, codePoints: /[\uD800-\uDFFF]/.test(raw) ? Array.from(raw) : null };
  const { codePoints } = lastSliced;
  return codePoints ? codePoints.slice(span.start, span.end).join("") : raw.slice(span.start, span.end);
}
