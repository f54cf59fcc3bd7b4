/**
 * A worker thread: sets itself up once (rules, encoders, cache), then
 * processes batches of files one after another and posts the records back.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ArticleCache } from "../cache/articles.ts";
import { articleScope } from "../cache/scope.ts";
import type { ProcessorSetup } from "../processor.ts";
import { loadResources } from "../resources.ts";
import { fileWork, processFile } from "./file.ts";
import type { BatchReply, BatchRequest } from "./messages.ts";
import type { FileRecord } from "./record.ts";

const setup = workerData as ProcessorSetup;
const resources = loadResources();
const cache = setup.cacheDir ? new ArticleCache(setup.cacheDir, articleScope(setup.config, resources.digest)) : null;
const work = fileWork(setup.config, resources, cache);
const port = parentPort!;

/** The cache's files are closed after each batch: a worker may be terminated at any time after it. */
function run(request: BatchRequest): BatchReply {
  try {
    return { id: request.id, records: request.entries.map((entry) => processFile(entry, work)) };
  } catch (error) {
    return { id: request.id, error: (error as Error).stack ?? String(error) };
  } finally {
    cache?.close();
  }
}

/** The buffers holding the records' encoded rows: moved to the main thread, not copied (nothing here uses them again). */
function encodedBuffers(records: readonly FileRecord[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const record of records) {
    for (const table of Object.values(record.article?.tables ?? {})) {
      for (const text of Object.values(table.texts)) if (text.buffer instanceof ArrayBuffer) buffers.add(text.buffer);
    }
  }
  return [...buffers];
}

port.on("message", (request: BatchRequest) => {
  const reply = run(request);
  port.postMessage(reply, reply.records ? encodedBuffers(reply.records) : []);
});
port.postMessage({ ready: true });
