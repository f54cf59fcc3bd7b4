/**
 * Ingest: every file of the input folder becomes a `sources` row; the ones
 * that decode to text also become article inputs. Files are visited in
 * sorted path order, one at a time, so memory does not grow with the corpus.
 */
import { lstatSync, readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
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

/** One file decided on its own: everything but "is it a duplicate of an earlier file?" (see `markDuplicate`). */
export interface Examined {
  /** Status `ok` or `rejected`, never `duplicate`. */
  readonly source: SourceRecord;
  /** The decoded text of an accepted file. */
  readonly text: string | null;
  /** SHA-256 of the bytes and of the NFC text: the keys duplicates are found by. */
  readonly digests: readonly string[];
}

/**
 * Read, hash and decode one file. A pure function of the file, so it runs in
 * any worker; synchronous, as a worker has nothing else to do meanwhile; never throws.
 */
export function examineFile(entry: InputEntry): Examined {
  const rejected = (reason: string, rule: string, digest: string | null = null, size: number | null = null): Examined => ({
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
    text: null,
    digests: [],
  });
  try {
    const stats = lstatSync(entry.absolute);
    if (stats.isSymbolicLink()) return rejected("symbolic link (not followed)", "ingest/symlink");
    if (!stats.isFile()) return rejected("not a regular file", "ingest/not-a-file");
    const bytes = new Uint8Array(readFileSync(entry.absolute));
    const digest = sha256(bytes);
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return rejected(decoded.reason, decoded.rule, digest, bytes.length);
    const source: SourceRecord = {
      source_id: stableId("src", entry.path),
      path: entry.path,
      sha256: digest,
      bytes: bytes.length,
      encoding: decoded.encoding,
      status: "ok",
      reason: null,
      rule: decoded.rule,
      length: countCodePoints(decoded.text),
    };
    return { source, text: decoded.text, digests: [digest, sha256(decoded.text.normalize("NFC"))] };
  } catch (error) {
    return rejected(`unreadable: ${(error as Error).message}`, "ingest/unreadable");
  }
}

/**
 * Exact duplicates (same bytes, or same decoded text) of a file accepted
 * before are marked; `seen` maps the digests of accepted files to their path.
 * Files must come in path order for the result not to depend on scheduling.
 */
export function markDuplicate(source: SourceRecord, digests: readonly string[], seen: Map<string, string>): SourceRecord {
  if (source.status !== "ok") return source;
  const [digest, textDigest] = digests;
  const original = seen.get(digest) ?? seen.get(textDigest);
  if (original) {
    return { ...source, status: "duplicate", reason: `same ${seen.has(digest) ? "bytes" : "text"} as ${original}`, rule: "ingest/duplicate" };
  }
  for (const key of digests) seen.set(key, source.path);
  return source;
}

/** Decide one file, given the digests of the files accepted before it. */
export async function ingestFile(entry: InputEntry, seen: Map<string, string>): Promise<IngestItem> {
  const examined = examineFile(entry);
  const source = markDuplicate(examined.source, examined.digests, seen);
  return { source, article: source.status === "ok" && examined.text !== null ? { source, text: examined.text } : null };
}

/** Stream ingest items for `entries` in order; one file in memory at a time. */
export async function* ingest(entries: readonly InputEntry[]): AsyncGenerator<IngestItem> {
  const seen = new Map<string, string>();
  for (const entry of entries) yield await ingestFile(entry, seen);
}
