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

const setup = workerData as ProcessorSetup;
const resources = loadResources();
const cache = setup.cacheDir ? new ArticleCache(setup.cacheDir, articleScope(setup.config, resources.digest)) : null;
const work = fileWork(setup.config, resources, cache);
const port = parentPort!;

function run(request: BatchRequest): BatchReply {
  try {
    return { id: request.id, records: request.entries.map((entry) => processFile(entry, work)) };
  } catch (error) {
    return { id: request.id, error: (error as Error).stack ?? String(error) };
  }
}

port.on("message", (request: BatchRequest) => port.postMessage(run(request)));
port.postMessage({ ready: true });
