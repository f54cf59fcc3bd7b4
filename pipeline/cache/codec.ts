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
  const blobs: string[] = [];
  const indexOf = new Map<string, number>();
  const skeleton = JSON.stringify({ value, blobs: [] }, (_key, item: unknown) => {
    if (typeof item !== "string" || item.length < BLOB_MIN_LENGTH) return item;
    let index = indexOf.get(item);
    if (index === undefined) {
      index = blobs.length;
      indexOf.set(item, index);
      blobs.push(item);
    }
    return { [BLOB]: index };
  });
  const encoded = utf8(blobs);
  const head = `${skeleton.slice(0, -3)}${JSON.stringify(encoded.lengths)}}`;
  const headLength = Buffer.byteLength(head, "utf8");
  const buffer = Buffer.allocUnsafe(4 + headLength + encoded.bytes.length);
  buffer.writeUInt32LE(headLength, 0);
  buffer.write(head, 4, "utf8");
  encoded.bytes.copy(buffer, 4 + headLength);
  return buffer;
}

/** At most this many UTF-8 bytes per UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;
/** Kept between calls up to this size; a larger record gets a buffer of its own. */
const SCRATCH_KEPT = 1 << 22;
let scratch = Buffer.allocUnsafe(0);

/** The texts as UTF-8, one after the other, each encoded once (into a buffer sized for the worst case). */
function utf8(texts: readonly string[]): { bytes: Buffer; lengths: number[] } {
  const most = texts.reduce((total, text) => total + MAX_BYTES_PER_UNIT * text.length, 0);
  let target = scratch;
  if (target.length < most) {
    target = Buffer.allocUnsafe(most);
    if (most <= SCRATCH_KEPT) scratch = target;
  }
  let written = 0;
  const lengths = texts.map((text) => {
    const length = target.write(text, written, "utf8");
    written += length;
    return length;
  });
  return { bytes: target.subarray(0, written), lengths };
}

/** Put the texts back where the skeleton has `{"\u0000blob": index}`. */
function restore(item: unknown, text: (index: number) => string): unknown {
  if (item === null || typeof item !== "object") return item;
  if (Array.isArray(item)) {
    for (let index = 0; index < item.length; index++) item[index] = restore(item[index], text);
    return item;
  }
  const record = item as Record<string, unknown>;
  if (BLOB in record) return text(record[BLOB] as number);
  for (const key of Object.keys(record)) {
    const restored = restore(record[key], text);
    if (restored !== record[key]) record[key] = restored;
  }
  return record;
}

export function unpack<T>(buffer: Buffer): T {
  const headLength = buffer.readUInt32LE(0);
  const skeleton = JSON.parse(buffer.toString("utf8", 4, 4 + headLength)) as Skeleton;
  const lengths = skeleton.blobs;
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
  return restore(skeleton.value, text) as T;
}
