/** Work run side by side. */

/** Wait for all of it, then fail with the first failure, so nothing is left writing into a folder being removed. */
export async function settleAll(work: readonly (Promise<unknown> | null)[]): Promise<void> {
  const results = await Promise.allSettled(work);
  const failed = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failed) throw failed.reason;
}

/** A result that arrives later and can be waited for before then. Its failure reaches whoever waits, and is never reported as unhandled. */
export interface Pending<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function pending<T>(): Pending<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/**
 * Run `work` on each item, one lane per order given: a free lane takes the
 * first item of its own order that no lane has taken yet. One promise per
 * item, in the order of `items`.
 */
export function inLanes<T>(items: readonly T[], orders: readonly (readonly T[])[], work: (item: T) => Promise<void>): Promise<void>[] {
  const results = new Map(items.map((item) => [item, pending<void>()]));
  const taken = new Set<T>();
  const lane = async (order: readonly T[]) => {
    for (;;) {
      const item = order.find((candidate) => !taken.has(candidate));
      if (item === undefined) return;
      taken.add(item);
      const result = results.get(item)!;
      await work(item).then(result.resolve, result.reject);
    }
  };
  for (const order of orders) void lane(order);
  return items.map((item) => results.get(item)!.promise);
}
