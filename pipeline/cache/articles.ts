/**
 * The article cache: what one article contributes to the dataset, stored
 * under a key made of the cache scope (stage versions, rules, config,
 * schemas), the source path and the SHA-256 of its bytes. A rebuild reads
 * an unchanged article from here instead of recomputing it.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { threadId } from "node:worker_threads";
import { sha256 } from "../core/ids.ts";
import type { SourceRecord } from "../stages/ingest.ts";
import type { ArticleOutput } from "../workers/record.ts";
import { pack, unpack } from "./codec.ts";

export class ArticleCache {
  constructor(
    readonly dir: string,
    private readonly scope: string,
  ) {}

  private file(source: SourceRecord): string {
    const key = sha256(`${this.scope}\u001f${source.path}\u001f${source.sha256}`);
    return join(this.dir, "articles", key.slice(0, 2), `${key}.bin`);
  }

  /** The stored output, or null when absent or unreadable (a damaged entry is a miss). */
  get(source: SourceRecord): ArticleOutput | null {
    try {
      return unpack<ArticleOutput>(readFileSync(this.file(source)));
    } catch {
      return null;
    }
  }

  /** Store atomically: concurrent writers of one key each rename a complete file. */
  put(source: SourceRecord, output: ArticleOutput): void {
    const file = this.file(source);
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temporary, pack(output));
    renameSync(temporary, file);
  }
}
