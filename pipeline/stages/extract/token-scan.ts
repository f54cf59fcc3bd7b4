/**
 * Where tokens start and end, found by character code. The tokens are those of
 *
 *   [\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*(?:-(?=[\p{Ll}\d])[\p{L}\p{M}\d]+)*|\d+(?:[.,]\d+)*|\S
 *
 * (u flag): words with `'`/`’` and `-` joins, numbers with `.`/`,` groups,
 * and any other single character. Running that pattern once per token costs
 * several times more than walking the characters. Each code point's Unicode
 * class is decided once by the same property escapes and kept in a table.
 *
 * The text is copied into a reused typed array first: `charCodeAt` on
 * strings of many internal kinds (lexicon phrases, object keys, slices of
 * the view) makes its call site generic, and the walk several times slower.
 */

const LETTER_OR_MARK = 1;
const LOWER_LETTER = 2;
const SPACE = 4;
const CLASSIFIED = 0x80;

const LETTER_OR_MARK_PATTERN = /^[\p{L}\p{M}]$/u;
const LOWER_LETTER_PATTERN = /^\p{Ll}$/u;
const SPACE_PATTERN = /^\s$/u;

/** Class bits of the code units of the Basic Multilingual Plane, filled on first sight. */
const bmpClasses = new Uint8Array(0x10000);

function classify(character: string): number {
  return (LETTER_OR_MARK_PATTERN.test(character) ? LETTER_OR_MARK : 0) | (LOWER_LETTER_PATTERN.test(character) ? LOWER_LETTER : 0) | (SPACE_PATTERN.test(character) ? SPACE : 0);
}

function unitClass(unit: number): number {
  let bits = bmpClasses[unit];
  if (bits === 0) {
    const surrogate = unit >= 0xd800 && unit <= 0xdfff;
    bits = CLASSIFIED | (surrogate ? 0 : classify(String.fromCharCode(unit)));
    bmpClasses[unit] = bits;
  }
  return bits;
}

/** UTF-16 code units of one text, with its length (the array is reused and longer). */
class CodeUnits {
  private bytes = Buffer.allocUnsafeSlow(1 << 16);
  units = new Uint16Array(this.bytes.buffer, 0, this.bytes.length >> 1);
  length = 0;

  load(text: string): void {
    if (text.length * 2 > this.bytes.length) {
      this.bytes = Buffer.allocUnsafeSlow(text.length * 4);
      this.units = new Uint16Array(this.bytes.buffer, 0, this.bytes.length >> 1);
    }
    this.length = this.bytes.write(text, 0, "utf16le") >> 1;
  }

  /** The code unit at `index`, -1 past the end. */
  at(index: number): number {
    return index < this.length ? this.units[index] : -1;
  }

  /** Whether a surrogate pair starts at `index`. */
  pairAt(index: number): boolean {
    const high = this.at(index);
    if (high < 0xd800 || high > 0xdbff) return false;
    const low = this.at(index + 1);
    return low >= 0xdc00 && low <= 0xdfff;
  }

  /** The UTF-16 length of the code point at `index` when it has class `bit`, else 0 (also past the end). */
  widthIf(index: number, bit: number): number {
    if (index >= this.length) return 0;
    const unit = this.units[index];
    if (unit < 0xd800 || unit > 0xdbff) return (unitClass(unit) & bit) !== 0 ? 1 : 0;
    if (!this.pairAt(index)) return 0;
    const codePoint = ((unit - 0xd800) << 10) + (this.units[index + 1] - 0xdc00) + 0x10000;
    return (classify(String.fromCodePoint(codePoint)) & bit) !== 0 ? 2 : 0;
  }

  widthAt(index: number): number {
    return this.pairAt(index) ? 2 : 1;
  }
}

/** The text being scanned. */
const scanned = new CodeUnits();

function isDigit(unit: number): boolean {
  return unit >= 48 && unit <= 57;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const FULL_STOP = 0x2e;
const COMMA = 0x2c;

/** The code units of the text last scanned (the array is longer than the text). */
export function scannedUnits(): Uint16Array {
  return scanned.units;
}

/**
 * Scan `source`: afterwards `nextTokenStart` and `tokenEnd` walk its tokens,
 * `for (let start = nextTokenStart(0); start !== -1; start = nextTokenStart(end))`.
 */
export function scan(source: string): void {
  scanned.load(source);
}

/** Start of the first token at or after `from` in the text scanned, -1 past the last. */
export function nextTokenStart(from: number): number {
  let start = from;
  // White space is never a surrogate pair.
  while (start < scanned.length && (unitClass(scanned.units[start]) & SPACE) !== 0) start += 1;
  return start < scanned.length ? start : -1;
}

/** End of the token that starts at `start` in the text scanned. */
export function tokenEnd(start: number): number {
  if (isDigit(scanned.at(start))) return numberEnd(start);
  if (scanned.widthIf(start, LETTER_OR_MARK) !== 0) return wordEnd(start);
  return start + scanned.widthAt(start);
}

function lettersEnd(start: number): number {
  let end = start;
  for (let width = scanned.widthIf(end, LETTER_OR_MARK); width !== 0; width = scanned.widthIf(end, LETTER_OR_MARK)) end += width;
  return end;
}

function lettersOrDigitsEnd(start: number): number {
  let end = start;
  for (;;) {
    const width = isDigit(scanned.at(end)) ? 1 : scanned.widthIf(end, LETTER_OR_MARK);
    if (width === 0) return end;
    end += width;
  }
}

function digitsEnd(start: number): number {
  let end = start;
  while (isDigit(scanned.at(end))) end++;
  return end;
}

function wordEnd(start: number): number {
  let end = lettersEnd(start);
  for (;;) {
    const unit = scanned.at(end);
    if ((unit !== APOSTROPHE && unit !== RIGHT_QUOTE) || scanned.widthIf(end + 1, LETTER_OR_MARK) === 0) break;
    end = lettersEnd(end + 1);
  }
  while (scanned.at(end) === HYPHEN && (isDigit(scanned.at(end + 1)) || scanned.widthIf(end + 1, LOWER_LETTER) !== 0)) end = lettersOrDigitsEnd(end + 1);
  return end;
}

function numberEnd(start: number): number {
  let end = digitsEnd(start);
  for (;;) {
    const unit = scanned.at(end);
    if ((unit !== FULL_STOP && unit !== COMMA) || !isDigit(scanned.at(end + 1))) return end;
    end = digitsEnd(end + 1);
  }
}
