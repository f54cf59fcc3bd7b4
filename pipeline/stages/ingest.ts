/**
 * Ingest: every file of the input folder becomes a `sources` row; the ones
 * that decode to text also become article inputs. Files are visited in
 * sorted path order, one at a time, so memory does not grow with the corpus.
 */
import { readdir, readFile, lstat } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import { sha256, stableId } from "../core/ids.ts";
import { decodeBytes } from "./decode.ts";

export interface SourceRecord {
  readonly source_id: string;
  /** Path as written in `sources.path` and in every `_prov` cell: `<input folder name>/<relative path>`. */
  readonly path: string;
  readonly sha256: string | null;
  readonly bytes: number | null;
  readonly encoding: string | null;
  readonly status: "ok" | "rejected" | "duplicate";
  readonly reason: string | null;
  /** `ingest/<rule>` that decided the status. */
  readonly rule: string;
  /** Length of the decoded text in code points (0 when not decoded). */
  readonly length: number;
}

export interface ArticleInput {
  readonly source: SourceRecord;
  readonly text: string;
}

export interface IngestItem {
  readonly source: SourceRecord;
  readonly article: ArticleInput | null;
}

export interface InputEntry {
  readonly absolute: string;
  readonly path: string;
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}

/** Every entry below `root`, sorted by path (code-unit order, locale-independent). */
export async function listInputs(root: string): Promise<InputEntry[]> {
  const label = basename(root.replace(/[\\/]+$/, "")) || "input";
  const found: InputEntry[] = [];
  async function walk(directory: string): Promise<void> {
    const entries = await readdir(directory, { withFileTypes: true });
    for (const entry of entries) {
      const absolute = join(directory, entry.name);
      if (entry.isDirectory()) await walk(absolute);
      else found.push({ absolute, path: `${label}/${toPosix(relative(root, absolute))}` });
    }
  }
  await walk(root);
  return found.sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0));
}

function countCodePoints(text: string): number {
  let surrogates = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xdc00 && unit <= 0xdfff) surrogates += 1;
  }
  return text.length - surrogates;
}

/**
 * Decide one file. `seen` maps content digests already accepted to their
 * path, so exact duplicates (same bytes, or same decoded text) are marked.
 */
export async function ingestFile(entry: InputEntry, seen: Map<string, string>): Promise<IngestItem> {
  const stats = await lstat(entry.absolute);
  const rejected = (reason: string, rule: string, digest: string | null = null, size: number | null = null): IngestItem => ({
    source: {
      source_id: stableId("src", entry.path),
      path: entry.path,
      sha256: digest,
      bytes: size,
      encoding: null,
      status: "rejected",
      reason,
      rule,
      length: 0,
    },
    article: null,
  });
  if (stats.isSymbolicLink()) return rejected("symbolic link (not followed)", "ingest/symlink");
  if (!stats.isFile()) return rejected("not a regular file", "ingest/not-a-file");
  const bytes = new Uint8Array(await readFile(entry.absolute));
  const digest = sha256(bytes);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return rejected(decoded.reason, decoded.rule, digest, bytes.length);
  const textDigest = sha256(decoded.text.normalize("NFC"));
  const original = seen.get(digest) ?? seen.get(textDigest);
  const source: SourceRecord = {
    source_id: stableId("src", entry.path),
    path: entry.path,
    sha256: digest,
    bytes: bytes.length,
    encoding: decoded.encoding,
    status: original ? "duplicate" : "ok",
    reason: original ? `same ${seen.has(digest) ? "bytes" : "text"} as ${original}` : null,
    rule: original ? "ingest/duplicate" : decoded.rule,
    length: countCodePoints(decoded.text),
  };
  if (original) return { source, article: null };
  seen.set(digest, entry.path);
  seen.set(textDigest, entry.path);
  return { source, article: { source, text: decoded.text } };
}

function unreadable(entry: InputEntry, error: unknown): IngestItem {
  return {
    source: {
      source_id: stableId("src", entry.path),
      path: entry.path,
      sha256: null,
      bytes: null,
      encoding: null,
      status: "rejected",
      reason: `unreadable: ${(error as Error).message}`,
      rule: "ingest/unreadable",
      length: 0,
    },
    article: null,
  };
}

/** Stream ingest items for `entries` in order; one file in memory at a time. */
export async function* ingest(entries: readonly InputEntry[]): AsyncGenerator<IngestItem> {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    try {
      yield await ingestFile(entry, seen);
    } catch (error) {
      yield unreadable(entry, error);
    }
  }
}
