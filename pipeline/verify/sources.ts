/** The source files a dataset was built from, re-read and decoded the way ingest read them. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { sha256 } from "../core/ids.ts";
import { decodeBytes } from "../stages/decode.ts";

export interface SourceText {
  readonly text: string;
  /** UTF-16 index of each code point, plus the end: slicing by code points in O(1). */
  readonly offsets: Uint32Array;
}

export type SourceLookup = { ok: true; source: SourceText } | { ok: false; reason: string };

function indexCodePoints(text: string): Uint32Array {
  const offsets: number[] = [];
  for (let index = 0; index < text.length; index++) {
    offsets.push(index);
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) index += 1;
  }
  offsets.push(text.length);
  return Uint32Array.from(offsets);
}

export function sliceCodePoints(source: SourceText, start: number, end: number): string | null {
  if (start < 0 || end < start || end >= source.offsets.length) return null;
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

  async get(path: string): Promise<SourceLookup> {
    const cached = this.cache.get(path);
    if (cached) return cached;
    const lookup = await this.load(path);
    if (this.cache.size >= this.capacity) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(path, lookup);
    return lookup;
  }

  private async load(path: string): Promise<SourceLookup> {
    if (!this.expected.has(path)) return { ok: false, reason: `source ${path} is not in the sources table` };
    const relative = path.slice(path.indexOf("/") + 1);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(join(this.inputDir, relative)));
    } catch (error) {
      return { ok: false, reason: `cannot read source ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
    }
    const digest = sha256(bytes);
    if (digest !== this.expected.get(path)) return { ok: false, reason: `source ${path} changed since the build (sha256 ${digest})` };
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return { ok: false, reason: `source ${path} no longer decodes: ${decoded.reason}` };
    return { ok: true, source: { text: decoded.text, offsets: indexCodePoints(decoded.text) } };
  }
}
