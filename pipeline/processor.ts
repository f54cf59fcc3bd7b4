/**
 * Where per-file work runs. The build only sees `FileProcessor`: records
 * come back in input order whatever runs them, so output bytes never
 * depend on scheduling or on the number of workers.
 */
import type { ArticleCache } from "./cache/articles.ts";
import type { DatasetConfig } from "./config.ts";
import { loadResources } from "./resources.ts";
import type { InputEntry } from "./stages/ingest.ts";
import { fileWork, processFile } from "./workers/file.ts";
import type { FileRecord } from "./workers/record.ts";

export interface FileProcessor {
  /** One record per entry, in the order of `entries`. */
  process(entries: readonly InputEntry[]): AsyncIterable<FileRecord>;
  close(): Promise<void>;
}

/** Everything a worker needs to set itself up: plain data. */
export interface ProcessorSetup {
  readonly config: DatasetConfig;
  /** Cache folder, or null for no cache. */
  readonly cacheDir: string | null;
}

/** Per-file work in this thread: for small inputs, tests and profiling. */
export function inlineProcessor(setup: ProcessorSetup, cache: ArticleCache | null): FileProcessor {
  const work = fileWork(setup.config, loadResources(), cache);
  return {
    async *process(entries) {
      for (const entry of entries) yield processFile(entry, work);
    },
    close: async () => cache?.close(),
  };
}
