/** Work run side by side. */

/** Wait for all of it, then fail with the first failure, so nothing is left writing into a folder being removed. */
export async function settleAll(work: readonly (Promise<unknown> | null)[]): Promise<void> {
  const results = await Promise.allSettled(work);
  const failed = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failed) throw failed.reason;
}
