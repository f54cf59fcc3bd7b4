/**
 * Per-file work on worker threads. Files go out in batches (one message
 * per batch, not per file); a bounded number of batches is in flight, so
 * memory does not grow with the corpus; records are yielded in input order.
 */
import { Worker } from "node:worker_threads";
import type { InputEntry } from "../stages/ingest.ts";
import type { FileProcessor, ProcessorSetup } from "../processor.ts";
import type { BatchReply, BatchRequest } from "./messages.ts";
import type { FileRecord } from "./record.ts";

const BOOTSTRAP = new URL("./bootstrap.mjs", import.meta.url);
/** Batches in flight per worker: one running, some queued so a worker never waits for the writer. */
const BATCHES_PER_WORKER = 3;
/**
 * Each worker's V8 old generation, in MB. Without a limit, V8 lets a
 * worker's heap grow with the run (garbage it has not yet needed to
 * collect: about 270 MB per worker after 20,000 articles, more after
 * 100,000) though what stays alive is about 70 MB; with one, it collects
 * sooner and memory stays flat. Measured on one thread, the time spent in
 * GC pauses is the same (about 1.4 s per 6,000 articles) with 192 MB as
 * without a limit.
 */
const WORKER_OLD_GENERATION_MB = 192;

interface Pending {
  readonly promise: Promise<readonly FileRecord[]>;
  resolve(records: readonly FileRecord[]): void;
  reject(error: Error): void;
  readonly worker: Worker;
}

export interface PoolOptions {
  readonly workers: number;
  readonly batchSize: number;
}

function deferred(worker: Worker): Pending {
  let resolve!: (records: readonly FileRecord[]) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<readonly FileRecord[]>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject, worker };
}

export class WorkerPool implements FileProcessor {
  private readonly pending = new Map<number, Pending>();
  private failure: Error | null = null;
  private readonly ready: Promise<void>;

  private constructor(
    private readonly workers: readonly Worker[],
    private readonly batchSize: number,
  ) {
    const started = workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          worker.on("message", (message: BatchReply | { ready: true }) => ("ready" in message ? resolve() : this.settle(message)));
          worker.on("error", (error) => {
            reject(error);
            this.fail(error);
          });
          worker.on("exit", (code) => {
            const error = new Error(`worker thread exited with code ${code}`);
            reject(error);
            if (code !== 0) this.fail(error);
          });
        }),
    );
    this.ready = Promise.all(started).then(() => undefined);
  }

  /** Start the workers and wait until each has loaded the rules. */
  static async start(setup: ProcessorSetup, options: PoolOptions): Promise<WorkerPool> {
    const workers = Array.from({ length: options.workers }, () => new Worker(BOOTSTRAP, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB } }));
    const pool = new WorkerPool(workers, options.batchSize);
    try {
      await pool.ready;
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  private settle(reply: BatchReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.error !== undefined) pending.reject(new Error(`worker thread: ${reply.error}`));
    else pending.resolve(reply.records);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
  }

  private leastBusy(): Worker {
    const load = new Map<Worker, number>(this.workers.map((worker) => [worker, 0]));
    for (const pending of this.pending.values()) load.set(pending.worker, load.get(pending.worker)! + 1);
    return [...load.entries()].reduce((best, entry) => (entry[1] < best[1] ? entry : best))[0];
  }

  private send(id: number, entries: readonly InputEntry[]): void {
    const worker = this.leastBusy();
    const pending = deferred(worker);
    if (this.failure) pending.reject(this.failure);
    this.pending.set(id, pending);
    const request: BatchRequest = { id, entries };
    worker.postMessage(request);
  }

  async *process(entries: readonly InputEntry[]): AsyncGenerator<FileRecord> {
    const batches: InputEntry[][] = [];
    for (let start = 0; start < entries.length; start += this.batchSize) batches.push(entries.slice(start, start + this.batchSize));
    const limit = this.workers.length * BATCHES_PER_WORKER;
    let sent = 0;
    const topUp = (consumed: number) => {
      while (sent < batches.length && sent - consumed < limit) {
        this.send(sent, batches[sent]);
        sent += 1;
      }
    };
    topUp(0);
    for (let id = 0; id < batches.length; id++) {
      const records = await this.pending.get(id)!.promise;
      this.pending.delete(id);
      topUp(id + 1);
      yield* records;
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
