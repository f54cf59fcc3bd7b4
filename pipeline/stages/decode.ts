/**
 * Decoding raw bytes into text: BOM sniffing, UTF-8 validation and binary
 * detection. Rules are listed in order; the first that decides wins.
 */

import { guessLegacy } from "./legacy.ts";

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

/** Byte offset of the first byte that makes the UTF-8 stream invalid (an incomplete tail is not invalid). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const validPrefix = (length: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  if (validPrefix(bytes.length)) return bytes.length;
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const middle = (valid + invalid) >> 1;
    if (validPrefix(middle)) valid = middle;
    else invalid = middle;
  }
  return sequenceStart(bytes, invalid - 1);
}

/** Where the multi-byte sequence cut by the byte at `end` began (or `end` itself). */
function sequenceStart(bytes: Uint8Array, end: number): number {
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = bytes[end - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? end - back : end;
  }
  return end;
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
    return notUtf8(body, hasBom ? 3 : 0);
  }
  if (HTML_START.test(text)) {
    return { ok: false, reason: "HTML page, not plain text (extract its text first)", rule: "ingest/html" };
  }
  return { ok: true, text, encoding: hasBom ? "UTF-8-BOM" : "UTF-8", rule: hasBom ? "ingest/utf8-bom" : "ingest/utf8" };
}

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/**
 * UTF-8 with a few damaged bytes, not a legacy encoding: well-formed
 * multi-byte sequences outnumber broken ones (legacy 8-bit Vietnamese text
 * almost never forms a well-formed sequence).
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let wellFormed = 0;
  let broken = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (byte < 0x80) continue;
    const length = byte >= 0xf0 && byte < 0xf5 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 ? 2 : 0;
    let continuation = 1;
    while (continuation < length && index + continuation < bytes.length && (bytes[index + continuation]! & 0xc0) === 0x80) continuation++;
    if (length > 0 && continuation === length) {
      wellFormed += 1;
      index += length - 1;
    } else broken += 1;
  }
  return wellFormed > broken;
}

/** Bytes that are not UTF-8: a cut-off file, a legacy Vietnamese encoding, or neither. */
function notUtf8(body: Uint8Array, bomLength: number): Decoded {
  const at = firstInvalidUtf8(body);
  if (at === body.length) {
    return {
      ok: false,
      reason: `truncated UTF-8: incomplete character at the end (${body.length + bomLength} bytes)`,
      rule: "ingest/utf8-truncated",
    };
  }
  if (bomLength === 0 && !mostlyUtf8(body)) {
    const { guess, best } = guessLegacy(body);
    if (guess) return { ok: true, text: guess.text, encoding: guess.encoding, rule: `ingest/legacy-${guess.key}` };
    return {
      ok: false,
      reason: `not valid UTF-8 (first bad byte at offset ${at}) and not recognisable as Windows-1258 or TCVN3 Vietnamese (best share of common Vietnamese words ${best.toFixed(2)})`,
      rule: "ingest/invalid-utf8",
    };
  }
  return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${at + bomLength})`, rule: "ingest/invalid-utf8" };
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const decoded = decodeWithoutChecks(bytes);
  if (decoded.ok && decoded.text.trim() === "") {
    return { ok: false, reason: "no text (whitespace only)", rule: "ingest/blank" };
  }
  return decoded;
}
