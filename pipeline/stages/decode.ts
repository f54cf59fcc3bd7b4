/**
 * Decoding raw bytes into text: BOM sniffing, UTF-8 validation and binary
 * detection. Rules are listed in order; the first that decides wins.
 */

export type Decoded =
  | { ok: true; text: string; encoding: string; rule: string }
  | { ok: false; reason: string; rule: string };

interface Signature {
  readonly name: string;
  readonly bytes: readonly number[];
}

/** Magic numbers of common non-text files found in scraped folders. */
const BINARY_SIGNATURES: readonly Signature[] = [
  { name: "PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "ZIP archive", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "gzip archive", bytes: [0x1f, 0x8b] },
  { name: "PDF document", bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: "WebP/RIFF file", bytes: [0x52, 0x49, 0x46, 0x46] },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((value, index) => bytes[index] === value);
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): Decoded {
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) {
    return { ok: false, reason: "UTF-16 text with an odd number of bytes (truncated)", rule: "ingest/utf16-truncated" };
  }
  try {
    const text = new TextDecoder(littleEndian ? "utf-16le" : "utf-16be", { fatal: true }).decode(body);
    return { ok: true, text, encoding: littleEndian ? "UTF-16LE" : "UTF-16BE", rule: "ingest/utf16-bom" };
  } catch {
    return { ok: false, reason: "invalid UTF-16 (unpaired surrogate)", rule: "ingest/utf16-invalid" };
  }
}

/** Byte offset of the first invalid UTF-8 sequence, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let low = 0;
  let high = bytes.length;
  while (high - low > 4) {
    const middle = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle;
    }
  }
  return low;
}

function decodeWithoutChecks(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file (0 bytes)", rule: "ingest/empty" };
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, true);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, false);
  const signature = BINARY_SIGNATURES.find((candidate) => startsWith(bytes, candidate.bytes));
  if (signature) return { ok: false, reason: `binary file (${signature.name})`, rule: "ingest/binary-signature" };
  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { ok: false, reason: "binary file (contains NUL bytes)", rule: "ingest/nul-bytes" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8(body) + (hasBom ? 3 : 0);
    return { ok: false, reason: `not valid UTF-8 (first bad byte near offset ${at})`, rule: "ingest/invalid-utf8" };
  }
  return { ok: true, text, encoding: hasBom ? "UTF-8-BOM" : "UTF-8", rule: hasBom ? "ingest/utf8-bom" : "ingest/utf8" };
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const decoded = decodeWithoutChecks(bytes);
  if (decoded.ok && decoded.text.trim() === "") {
    return { ok: false, reason: "no text (whitespace only)", rule: "ingest/blank" };
  }
  return decoded;
}
