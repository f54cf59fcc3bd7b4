/**
 * Bytes for records on disk (the article cache, shard part files): a JSON
 * skeleton with every long string and every byte array moved out after it,
 * strings as UTF-8. Encoded tables are most of a record; stored this way
 * they cost a copy, not a JSON escape, and identical texts (JSON Lines and
 * Parquet staging) once. Byte arrays come back as views into the packed
 * buffer (plain Uint8Arrays), so unpacking them copies nothing.
 *
 *   u32 LE skeleton length | skeleton JSON | blob 0 | blob 1 | …
 */
const BLOB = "\u0000blob";
const BYTES = "\u0000bytes";
const BLOB_MIN_LENGTH = 512;

interface Skeleton {
  readonly value: unknown;
  readonly blobs: readonly number[];
}

/** What is moved out of the skeleton, in order: long strings (equal ones once) and byte arrays (the same one once). */
class Blobs {
  readonly items: (string | Uint8Array)[] = [];
  private readonly indexOf = new Map<string | Uint8Array, number>();

  index(item: string | Uint8Array): number {
    let index = this.indexOf.get(item);
    if (index === undefined) {
      index = this.items.length;
      this.indexOf.set(item, index);
      this.items.push(item);
    }
    return index;
  }
}

/** The value with long strings and byte arrays replaced by their markers; objects are copied only where something was replaced. */
function skeletonOf(item: unknown, blobs: Blobs): unknown {
  if (typeof item === "string") return item.length < BLOB_MIN_LENGTH ? item : { [BLOB]: blobs.index(item) };
  if (item === null || typeof item !== "object") return item;
  if (item instanceof Uint8Array) return { [BYTES]: blobs.index(item) };
  if (Array.isArray(item)) {
    let copy: unknown[] | null = null;
    for (let index = 0; index < item.length; index++) {
      const replaced = skeletonOf(item[index], blobs);
      if (replaced !== item[index]) (copy ??= [...item])[index] = replaced;
    }
    return copy ?? item;
  }
  if (typeof (item as { toJSON?: unknown }).toJSON === "function") return item;
  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(item)) {
    const value = (item as Record<string, unknown>)[key];
    const replaced = skeletonOf(value, blobs);
    if (replaced !== value) (copy ??= { ...item })[key] = replaced;
  }
  return copy ?? item;
}

const byteLength = (item: string | Uint8Array) => (typeof item === "string" ? Buffer.byteLength(item, "utf8") : item.length);

/**
 * The skeleton is made by a walk in JavaScript rather than a JSON.stringify
 * replacer: a replacer is a call from native code for every value, several
 * times slower on records with many small objects.
 */
export function pack(value: unknown): Buffer {
  const blobs = new Blobs();
  const skeleton = skeletonOf(value, blobs);
  const lengths = blobs.items.map(byteLength);
  const head = JSON.stringify({ value: skeleton, blobs: lengths });
  const headLength = Buffer.byteLength(head, "utf8");
  const buffer = Buffer.allocUnsafe(4 + headLength + lengths.reduce((total, length) => total + length, 0));
  buffer.writeUInt32LE(headLength, 0);
  let offset = 4 + buffer.write(head, 4, "utf8");
  blobs.items.forEach((item, index) => {
    if (typeof item === "string") buffer.write(item, offset, "utf8");
    else buffer.set(item, offset);
    offset += lengths[index]!;
  });
  return buffer;
}

/** Put the blobs back where the skeleton has `{"\u0000blob": index}` (a string) or `{"\u0000bytes": index}` (a view). */
function restore(item: unknown, text: (index: number) => string, bytes: (index: number) => Uint8Array): unknown {
  if (item === null || typeof item !== "object") return item;
  if (Array.isArray(item)) {
    for (let index = 0; index < item.length; index++) item[index] = restore(item[index], text, bytes);
    return item;
  }
  const record = item as Record<string, unknown>;
  if (BLOB in record) return text(record[BLOB] as number);
  if (BYTES in record) return bytes(record[BYTES] as number);
  for (const key of Object.keys(record)) {
    const restored = restore(record[key], text, bytes);
    if (restored !== record[key]) record[key] = restored;
  }
  return record;
}

/** One value made once per index, however often the skeleton names it. */
function once<T>(make: (index: number) => T): (index: number) => T {
  const made = new Map<number, T>();
  return (index) => {
    let found = made.get(index);
    if (found === undefined) {
      found = make(index);
      made.set(index, found);
    }
    return found;
  };
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
  const text = once((index) => buffer.toString("utf8", starts[index], starts[index] + lengths[index]));
  const bytes = once((index) => new Uint8Array(buffer.buffer, buffer.byteOffset + starts[index], lengths[index]));
  return restore(skeleton.value, text, bytes) as T;
}
