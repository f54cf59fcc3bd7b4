/**
 * The spreadsheet copy of CSV text, made from csv/'s UTF-8 bytes so it is
 * written while csv/ streams: the same cells, each text cell that a
 * spreadsheet would run as a formula marked with a leading apostrophe, and
 * CRLF record ends. The bytes are exactly what the CSV writer writes for the
 * guarded rows with CRLF record ends (pipeline/core/csv.ts, the same as
 * csv-stringify): a cell is quoted when it holds a comma, a quote or CRLF
 * (in csv/, written with LF: a comma, a quote or LF), quotes doubled.
 */
import type { Column } from "./columns.ts";

const COMMA = 0x2c;
const QUOTE = 0x22;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const APOSTROPHE = 0x27;

/** The first characters that make a spreadsheet read a cell as a formula: = + - @ tab CR (OWASP's CSV-injection list). */
const FORMULA_STARTS = new Uint8Array(256);
for (const character of "=+-@\t\r") FORMULA_STARTS[character.charCodeAt(0)] = 1;

export const startsLikeFormula = (text: string) => FORMULA_STARTS[text.charCodeAt(0)] === 1;

/** Whether bytes [start, end) hold a comma or CRLF (the quoted cell's other reasons to stay quoted; quotes are known already). */
function holdsCommaOrCrlf(bytes: Buffer, start: number, end: number): boolean {
  const comma = bytes.indexOf(COMMA, start);
  if (comma >= 0 && comma < end) return true;
  for (let index = start; index < end - 1; index++) {
    if (bytes[index] === CARRIAGE_RETURN && bytes[index + 1] === NEWLINE) return true;
  }
  return false;
}

/** Output bytes, grown as needed. */
class ByteWriter {
  private bytes: Buffer;
  length = 0;

  constructor(capacity: number) {
    this.bytes = Buffer.allocUnsafe(capacity);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  copy(source: Buffer, start: number, end: number): void {
    if (end <= start) return;
    this.reserve(end - start);
    this.bytes.set(source.subarray(start, end), this.length);
    this.length += end - start;
  }

  byte(value: number): void {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }

  get written(): Buffer {
    return this.bytes.subarray(0, this.length);
  }
}

/** Turns whole records of csv/ bytes into the records of the spreadsheet copy. */
export type ExcelEncoder = (csv: Buffer) => Buffer;

export function excelEncoder(columns: readonly Column[]): ExcelEncoder {
  const guarded = columns.map((column) => column.kind === "string");
  const last = columns.length - 1;
  return (csv) => {
    const out = new ByteWriter(csv.length + (csv.length >> 4) + 64);
    let copiedTo = 0;
    let position = 0;
    let column = 0;
    while (position < csv.length) {
      const start = position;
      const guard = guarded[column]!;
      if (csv[position] === QUOTE) {
        let end = position + 1;
        let quotes = false;
        for (;;) {
          end = csv.indexOf(QUOTE, end);
          if (end < 0) throw new Error("excel copy: unterminated quoted CSV cell");
          if (csv[end + 1] !== QUOTE) break;
          quotes = true;
          end += 2;
        }
        position = end + 1;
        const formula = guard && FORMULA_STARTS[csv[start + 1]!] === 1;
        if (quotes || holdsCommaOrCrlf(csv, start + 1, end)) {
          if (formula) {
            out.copy(csv, copiedTo, start + 1);
            out.byte(APOSTROPHE);
            copiedTo = start + 1;
          }
        } else {
          // Quoted in csv/ only for a lone LF: not quoted here.
          out.copy(csv, copiedTo, start);
          if (formula) out.byte(APOSTROPHE);
          out.copy(csv, start + 1, end);
          copiedTo = position;
        }
      } else {
        let byte = csv[position];
        while (byte !== COMMA && byte !== NEWLINE && byte !== undefined) byte = csv[++position];
        if (guard && position > start && FORMULA_STARTS[csv[start]!] === 1) {
          out.copy(csv, copiedTo, start);
          out.byte(APOSTROPHE);
          copiedTo = start;
        }
      }
      if (column === last) {
        if (csv[position] !== NEWLINE) throw new Error(`excel copy: expected ${columns.length} cells a record`);
        out.copy(csv, copiedTo, position);
        out.byte(CARRIAGE_RETURN);
        copiedTo = position;
        column = 0;
      } else {
        if (csv[position] !== COMMA) throw new Error(`excel copy: expected ${columns.length} cells a record`);
        column += 1;
      }
      position += 1;
    }
    if (column !== 0) throw new Error("excel copy: the text ends inside a record");
    out.copy(csv, copiedTo, csv.length);
    return out.written;
  };
}
