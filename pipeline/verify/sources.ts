/** The source files a dataset was built from, re-read and decoded the way ingest read them. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "../core/ids.ts";
import { decodeBytes } from "../stages/decode.ts";

export interface SourceText {
  readonly text: string;
  readonly codePoints: number;
  /** UTF-16 index of each code point, plus the end, for slicing by code points in O(1); null when every code point is one unit. */
  readonly offsets: Uint32Array | null;
}

export type SourceLookup = { ok: true; source: SourceText } | { ok: false; reason: string };

const SURROGATE = /[\uD800-\uDFFF]/;

export function indexCodePoints(text: string): SourceText {
  if (!SURROGATE.test(text)) return { text, codePoints: text.length, offsets: null };
  const offsets: number[] = [];
  for (let index = 0; index < text.length; index++) {
    offsets.push(index);
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) index += 1;
  }
  offsets.push(text.length);
  return { text, codePoints: offsets.length - 1, offsets: Uint32Array.from(offsets) };
}

export function sliceCodePoints(source: SourceText, start: number, end: number): string | null {
  if (start < 0 || end < start || end > source.codePoints) return null;
  if (source.offsets === null) return source.text.slice(start, end);
  return source.text.slice(source.offsets[start], source.offsets[end]);
}

/**
 * Reads sources on demand; `sources.path` is `<input folder name>/<relative path>`,
 * resolved against the input folder given to verify. Keeps the last few decoded.
 */
export class SourceReader {
  private readonly cache = new Map<string, SourceLookup>();

  constructor(
    private readonly inputDir: string,
    private readonly expected: ReadonlyMap<string, string | null>,
    private readonly capacity = 8,
  ) {}

  get(path: string): SourceLookup {
    const cached = this.cache.get(path);
    if (cached) return cached;
    const lookup = this.load(path);
    if (this.cache.size >= this.capacity) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(path, lookup);
    return lookup;
  }

  /** Read at once, not awaited: a source is a few kilobytes, and verify reads tens of thousands of them one after the other. */
  private load(path: string): SourceLookup {
    if (!this.expected.has(path)) return { ok: false, reason: `source ${path} is not in the sources table` };
    const relative = path.slice(path.indexOf("/") + 1);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(join(this.inputDir, relative)));
    } catch (error) {
      return { ok: false, reason: `cannot read source ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
    }
    const digest = sha256(bytes);
    if (digest !== this.expected.get(path)) return { ok: false, reason: `source ${path} changed since the build (sha256 ${digest})` };
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return { ok: false, reason: `source ${path} no longer decodes: ${decoded.reason}` };
    return { ok: true, source: indexCodePoints(decoded.text) };
  }
}
