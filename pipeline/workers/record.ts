/**
 * What per-file work hands back: plain data, so it crosses worker threads,
 * is stored in the cache and in shard part files, and is assembled into
 * the dataset in path order by whichever process holds all of them.
 */
import type { Format } from "../config.ts";
import type { Diagnostic } from "../core/diagnostics.ts";
import type { SourceRecord } from "../stages/ingest.ts";
import type { EntityContribution } from "../stages/link.ts";
import type { ArticleRows } from "../stages/rows.ts";
import type { Reject } from "../stages/validate.ts";

/** The tables one article writes rows to, in writing order. */
export const ARTICLE_TABLES = ["articles", "segments", "sentences", "mentions", "roles"] as const;
export type ArticleTable = (typeof ARTICLE_TABLES)[number];

/** A table added to ArticleRows but not to ARTICLE_TABLES would lose its rows: make that a type error. */
type Unlisted = Exclude<keyof ArticleRows, ArticleTable>;
export const EVERY_ARTICLE_TABLE_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;

/**
 * Valid rows of one table, already encoded: one text per output format, as
 * UTF-8 (formats with the same encoder share one view). An article's texts
 * are views into one buffer, which a worker transfers to the main thread.
 */
export interface EncodedRows {
  readonly rows: number;
  readonly texts: Readonly<Partial<Record<Format, Uint8Array>>>;
}

/** Everything one article contributes to the dataset. Cached by content. */
export interface ArticleOutput {
  readonly tables: Readonly<Record<ArticleTable, EncodedRows>>;
  /** Rows that failed their schema (written to rejects.jsonl). */
  readonly rejects: readonly Reject[];
  readonly entities: readonly EntityContribution[];
  readonly diagnostics: readonly Diagnostic[];
  readonly mentionsByType: Readonly<Record<string, number>>;
}

export interface FileRecord {
  /** Status `ok` or `rejected`; duplicates are decided when records are assembled in path order. */
  readonly source: SourceRecord;
  /** Digests duplicates are found by (see `markDuplicate`). */
  readonly digests: readonly string[];
  readonly article: ArticleOutput | null;
  /** Whether `article` came from the cache instead of being computed. */
  readonly cached: boolean;
  /** Milliseconds per stage for this file (stages only when computed). */
  readonly timings: Readonly<Record<string, number>>;
}
