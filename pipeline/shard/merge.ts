/**
 * Merge: the part files of all n shards into one dataset. Each part holds
 * its records in path order; taking always the smallest next path gives
 * the order a single machine would have used, so the assembled dataset
 * (duplicates, entities, every file) is byte-identical to it.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Assembler } from "../assemble.ts";
import type { FileRecord } from "../workers/record.ts";
import { PartError, PartReader, type PartHeader } from "./parts.ts";
import { PART_FILE } from "./spec.ts";

/** Open every part in `partsDir` and check they are the n shards of one build. */
export async function openParts(partsDir: string, scope: string): Promise<PartReader[]> {
  const names = (await readdir(partsDir)).filter((name) => PART_FILE.test(name)).sort();
  if (names.length === 0) throw new PartError(`${partsDir}: no part files (part-<i>-of-<n>.bin)`);
  const parts: PartReader[] = [];
  try {
    for (const name of names) parts.push(await PartReader.open(join(partsDir, name)));
    checkComplete(partsDir, parts.map((part) => part.header), scope);
  } catch (error) {
    await Promise.all(parts.map((part) => part.close()));
    throw error;
  }
  return parts;
}

function checkComplete(partsDir: string, headers: readonly PartHeader[], scope: string): void {
  const count = headers[0].shard.count;
  const indexes = headers.map((header) => header.shard.index).sort((left, right) => left - right);
  const expected = Array.from({ length: count }, (_, index) => index);
  if (headers.some((header) => header.shard.count !== count) || indexes.join(",") !== expected.join(",")) {
    throw new PartError(`${partsDir}: expected shards 0..${count - 1} of ${count} once each, found ${headers.map((header) => `${header.shard.index}/${header.shard.count}`).join(", ")}`);
  }
  const differing = headers.find((header) => header.scope !== headers[0].scope || header.facts.commit !== headers[0].facts.commit);
  if (differing) throw new PartError(`${partsDir}: shard ${differing.shard.index} was built with other code, rules or config than shard ${headers[0].shard.index}`);
  if (headers[0].scope !== scope) throw new PartError(`${partsDir}: the parts were built with other stage versions, rules, config or schemas than this merge`);
}

/** Feed the records of all parts to `assembler` in path order. */
export async function mergeInto(parts: readonly PartReader[], assembler: Assembler, onRecord: () => void): Promise<void> {
  const heads: (FileRecord | null)[] = await Promise.all(parts.map((part) => part.next()));
  for (;;) {
    let smallest = -1;
    for (let index = 0; index < heads.length; index++) {
      const head = heads[index];
      if (head && (smallest < 0 || head.source.path < heads[smallest]!.source.path)) smallest = index;
    }
    if (smallest < 0) return;
    await assembler.add(heads[smallest]!);
    onRecord();
    heads[smallest] = await parts[smallest].next();
  }
}
