/**
 * The article cache: what one article contributes to the dataset, stored
 * under a key made of the cache scope (stage versions, rules, config,
 * schemas), the source path and the SHA-256 of its bytes. A rebuild reads
 * an unchanged article from here instead of recomputing it. Entries live
 * in append-only pack files, one set per writer (see packs.ts).
 */
import { join } from "node:path";
import { sha256 } from "../core/ids.ts";
import type { SourceRecord } from "../stages/ingest.ts";
import type { ArticleOutput } from "../workers/record.ts";
import { pack, unpack } from "./codec.ts";
import { PackStore } from "./packs.ts";

export class ArticleCache {
  private readonly store: PackStore;

  constructor(
    readonly dir: string,
    private readonly scope: string,
  ) {
    this.store = new PackStore(join(dir, "packs"));
  }

  private key(source: SourceRecord): string {
    return sha256(`${this.scope}\u001f${source.path}\u001f${source.sha256}`);
  }

  /** The stored output, or null when absent or unreadable (a damaged entry is a miss). */
  get(source: SourceRecord): ArticleOutput | null {
    try {
      const packed = this.store.get(this.key(source));
      return packed && unpack<ArticleOutput>(packed);
    } catch {
      return null;
    }
  }

  put(source: SourceRecord, output: ArticleOutput): void {
    this.store.put(this.key(source), pack(output));
  }

  /** Close the files entries are appended to; a later `put` opens them again. */
  close(): void {
    this.store.close();
  }
}
