/** Texts and byte arrays as UTF-8, one after the other, each string encoded once. */

/** At most this many UTF-8 bytes per UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;
/** Kept between calls up to this size; a larger call gets a buffer of its own. */
const SCRATCH_KEPT = 1 << 22;
let scratch = Buffer.allocUnsafe(0);

const mostBytes = (item: string | Uint8Array) => (typeof item === "string" ? MAX_BYTES_PER_UNIT * item.length : item.length);

export interface Concatenated {
  /** Valid until the next call: copy what is kept. */
  readonly bytes: Buffer;
  readonly lengths: readonly number[];
}

/** The items' bytes in a buffer sized for the worst case, so each string is encoded in one pass. */
export function concatenateUtf8(items: readonly (string | Uint8Array)[]): Concatenated {
  const most = items.reduce((total, item) => total + mostBytes(item), 0);
  let target = scratch;
  if (target.length < most) {
    target = Buffer.allocUnsafe(most);
    if (most <= SCRATCH_KEPT) scratch = target;
  }
  let written = 0;
  const lengths = items.map((item) => {
    let length = item.length;
    if (typeof item === "string") length = target.write(item, written, "utf8");
    else target.set(item, written);
    written += length;
    return length;
  });
  return { bytes: target.subarray(0, written), lengths };
}

/**
 * The texts as UTF-8 views into one buffer of their own (not a shared
 * pool), so that it can be transferred to another thread without a copy.
 * Plain views, not Buffers: see `pack`.
 */
export function utf8Views(texts: readonly string[]): Uint8Array[] {
  const { bytes, lengths } = concatenateUtf8(texts);
  const own = new Uint8Array(bytes.length);
  own.set(bytes);
  let start = 0;
  return lengths.map((length) => {
    const view = new Uint8Array(own.buffer, start, length);
    start += length;
    return view;
  });
}
