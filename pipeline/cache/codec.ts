/**
 * Bytes for records on disk (the article cache, shard part files): a JSON
 * skeleton with every long string moved out as raw UTF-8 after it. Encoded
 * tables are most of a record; stored this way they cost a copy, not a
 * JSON escape, and identical texts (JSON Lines and Parquet staging) once.
 *
 *   u32 LE skeleton length | skeleton JSON | blob 0 | blob 1 | …
 */
const BLOB = "\u0000blob";
const BLOB_MIN_LENGTH = 512;

interface Skeleton {
  readonly value: unknown;
  readonly blobs: readonly number[];
}

export function pack(value: unknown): Buffer {
  const blobs: Buffer[] = [];
  const indexOf = new Map<string, number>();
  const skeleton = JSON.stringify({ value, blobs: [] }, (_key, item: unknown) => {
    if (typeof item !== "string" || item.length < BLOB_MIN_LENGTH) return item;
    let index = indexOf.get(item);
    if (index === undefined) {
      index = blobs.length;
      indexOf.set(item, index);
      blobs.push(Buffer.from(item, "utf8"));
    }
    return { [BLOB]: index };
  });
  const lengths = JSON.stringify(blobs.map((blob) => blob.length));
  const head = Buffer.from(`${skeleton.slice(0, -3)}${lengths}}`, "utf8");
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32LE(head.length);
  return Buffer.concat([prefix, head, ...blobs]);
}

export function unpack<T>(buffer: Buffer): T {
  const headLength = buffer.readUInt32LE(0);
  const head = buffer.toString("utf8", 4, 4 + headLength);
  const lengths = (JSON.parse(head) as Skeleton).blobs;
  const starts: number[] = [];
  let offset = 4 + headLength;
  for (const length of lengths) {
    starts.push(offset);
    offset += length;
  }
  if (offset !== buffer.length) throw new Error(`packed record: expected ${offset} bytes, found ${buffer.length}`);
  const texts = new Map<number, string>();
  const text = (index: number) => {
    let found = texts.get(index);
    if (found === undefined) {
      found = buffer.toString("utf8", starts[index], starts[index] + lengths[index]);
      texts.set(index, found);
    }
    return found;
  };
  const parsed = JSON.parse(head, (_key, item: unknown) =>
    item !== null && typeof item === "object" && BLOB in item ? text((item as Record<string, number>)[BLOB]) : item,
  ) as Skeleton;
  return parsed.value as T;
}
