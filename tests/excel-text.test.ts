/**
 * The spreadsheet copy made from csv/'s bytes as they stream must be, byte
 * for byte, what writing the guarded rows with CRLF gives (the way the
 * copies were made from the rows before): checked on generated rows whose
 * text is full of commas, quotes, CR, LF, CRLF, formula starts and
 * diacritics, in every column kind.
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import type { Column, ColumnKind } from "../pipeline/write/columns.ts";
import { guardCell } from "../pipeline/write/excel.ts";
import { excelEncoder } from "../pipeline/write/excel-text.ts";
import { csvWriter } from "../pipeline/write/formats.ts";

const CSV = csvWriter("csv", { bom: false, recordDelimiter: "\n" });
const SPREADSHEET = csvWriter("excel", { bom: true, recordDelimiter: "\r\n" });

const PIECES = [",", '"', '""', "\n", "\r", "\r\n", "=", "+", "-", "@", "\t", "'", " ", "a", "Hà Nội", "Đ", "ặ", "1", "-5", "=1+1"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((pieces) => pieces.join(""));
const KIND_VALUES: Record<ColumnKind, fc.Arbitrary<unknown>> = {
  string: fc.oneof(text, fc.constant(null)),
  integer: fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.constant(null)),
  number: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)),
  boolean: fc.oneof(fc.boolean(), fc.constant(null)),
  list: fc.oneof(fc.array(text, { maxLength: 3 }), fc.constant(null)),
};

const table = fc.array(fc.constantFrom<ColumnKind>("string", "integer", "number", "boolean", "list"), { minLength: 1, maxLength: 5 }).chain((kinds) => {
  const columns: Column[] = kinds.map((kind, index) => ({ name: `c${index}`, kind, nullable: true, description: "" }));
  const row = fc.tuple(...kinds.map((kind) => KIND_VALUES[kind])).map((values) => Object.fromEntries(values.map((value, index) => [`c${index}`, value])));
  return fc.tuple(fc.constant(columns), fc.array(row, { maxLength: 8 }));
});

function guardRow(columns: readonly Column[], row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(columns.map((column) => [column.name, column.kind === "string" ? guardCell(row[column.name]) : row[column.name]]));
}

it("turns csv/ records into the spreadsheet copy's records, byte for byte", () => {
  fc.assert(
    fc.property(table, ([columns, rows]) => {
      const csv = Buffer.from(CSV.encoder(columns)(rows), "utf8");
      const expected = Buffer.from(SPREADSHEET.encoder(columns)(rows.map((row) => guardRow(columns, row))), "utf8");
      expect(excelEncoder(columns)(csv).toString("utf8")).toBe(expected.toString("utf8"));
      expect(excelEncoder(columns)(csv).equals(expected)).toBe(true);
    }),
    { numRuns: 2000 },
  );
});

it("refuses text that is not whole records of the table", () => {
  const columns: Column[] = [
    { name: "a", kind: "string", nullable: true, description: "" },
    { name: "b", kind: "string", nullable: true, description: "" },
  ];
  const encode = excelEncoder(columns);
  expect(() => encode(Buffer.from("x,y,z\n"))).toThrow(/2 cells a record/);
  expect(() => encode(Buffer.from('x,"y\n'))).toThrow(/unterminated/);
  expect(() => encode(Buffer.from("x,y"))).toThrow();
});
