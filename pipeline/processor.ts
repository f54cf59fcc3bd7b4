/**
 * Where per-article work runs. The build only sees `ArticleProcessor`;
 * running inline or in worker threads is a choice of implementation.
 */
import type { DatasetConfig } from "./config.ts";
import type { Resources } from "./resources.ts";
import type { ArticleInput } from "./stages/ingest.ts";
import { processArticle, type ArticleResult } from "./article.ts";

export interface ArticleProcessor {
  process(input: ArticleInput): Promise<ArticleResult>;
  close(): Promise<void>;
}

export function inlineProcessor(config: DatasetConfig, resources: Resources): ArticleProcessor {
  return {
    process: async (input) => processArticle(input, config, resources),
    close: async () => {},
  };
}

/**
 * Run `work` over `items` with up to `window` in flight, yielding results
 * in input order: output bytes never depend on scheduling.
 */
export async function* ordered<Item, Result>(
  items: AsyncIterable<Item>,
  work: (item: Item) => Promise<Result>,
  window: number,
): AsyncGenerator<{ item: Item; result: Result }> {
  const pending: { item: Item; result: Promise<Result> }[] = [];
  for await (const item of items) {
    const result = work(item);
    result.catch(() => undefined);
    pending.push({ item, result });
    if (pending.length >= window) {
      const head = pending.shift()!;
      yield { item: head.item, result: await head.result };
    }
  }
  while (pending.length > 0) {
    const head = pending.shift()!;
    yield { item: head.item, result: await head.result };
  }
}
