/**
 * Shards: `i/n` takes the files whose path hashes to i modulo n. The slice
 * depends only on the path, so n machines that list the same folder split
 * it the same way without talking to each other.
 */
import { createHash } from "node:crypto";

export interface Shard {
  /** 0-based, as Kubernetes' JOB_COMPLETION_INDEX. */
  readonly index: number;
  readonly count: number;
}

export class ShardError extends Error {}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) throw new ShardError(`shard '${text}': expected i/n, e.g. 0/4`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index >= count) throw new ShardError(`shard '${text}': need 0 ≤ i < n`);
  return { index, count };
}

export function inShard(path: string, shard: Shard): boolean {
  return createHash("sha256").update(path).digest().readUInt32BE(0) % shard.count === shard.index;
}

const pad = (value: number) => String(value).padStart(5, "0");

export function partFileName(shard: Shard): string {
  return `part-${pad(shard.index)}-of-${pad(shard.count)}.bin`;
}

export const PART_FILE = /^part-(\d+)-of-(\d+)\.bin$/;
