/**
 * The hand-written row encoders give the bytes of the library calls they
 * replace: csvRecords those of csv-stringify (default quoting, `\n` or
 * `\r\n`), jsonLines those of JSON.stringify over the row in column order.
 */
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRecords } from "../pipeline/core/csv.ts";
import { jsonLines } from "../pipeline/core/jsonl.ts";

const PIECES = ["a", "Hà Nội", "", " ", ",", '"', '""', "\n", "\r", "\r\n", ";", "'", "\t", "\u2028", "😀", "\ud800", "\\", "=1+1", "-", "\u0000"];
const cell = fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }).map((parts) => parts.join(""));
const anyCell = fc.oneof(cell, fc.string({ unit: "binary", maxLength: 8 }));

describe("csvRecords", () => {
  it.each([
    ["\n", "unix"],
    ["\r\n", "windows"],
  ] as const)("writes what csv-stringify writes (record delimiter %j)", (delimiter, name) => {
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { maxLength: 6 }), { maxLength: 5 }), (records) => {
        expect(csvRecords(records, delimiter)).toBe(stringify(records, { record_delimiter: name }));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("jsonLines", () => {
  const value = fc.oneof(
    anyCell,
    fc.constant(null),
    fc.constant(undefined),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.array(anyCell, { maxLength: 3 }),
    fc.constant(() => 1),
    fc.dictionary(anyCell, anyCell, { maxKeys: 2 }),
  );
  const names = fc.uniqueArray(fc.oneof(fc.constantFrom("id", "text", "text_prov", "0", "12", "__proto__", "a b", '"'), anyCell), { maxLength: 6 });

  /** What jsonLines must write: JSON.stringify of each row with its columns in order, missing values as null. */
  const stringifiedInColumnOrder = (columns: readonly string[], rows: readonly Record<string, unknown>[]) =>
    rows
      .map((row) => {
        const ordered: Record<string, unknown> = {};
        for (const name of columns) ordered[name] = row[name] ?? null;
        return `${JSON.stringify(ordered)}\n`;
      })
      .join("");

  it("writes JSON.stringify of the row in column order, missing values as null", () => {
    fc.assert(
      fc.property(names, fc.array(fc.dictionary(fc.oneof(anyCell, fc.constantFrom("id", "text", "0")), value, { maxKeys: 6 }), { maxLength: 4 }), (columns, rows) => {
        expect(jsonLines(columns)(rows)).toBe(stringifiedInColumnOrder(columns, rows));
      }),
      { numRuns: 3000 },
    );
  });

  it("writes the same for rows made in column order (stringified all at once when every value is flat)", () => {
    const flat = fc.oneof(anyCell, fc.constant(null), fc.integer(), fc.double(), fc.boolean(), fc.array(fc.oneof(anyCell, fc.integer(), fc.constant(null)), { maxLength: 3 }));
    const rowValue = fc.oneof({ weight: 8, arbitrary: flat }, { weight: 1, arbitrary: value }, { weight: 1, arbitrary: fc.array(fc.dictionary(anyCell, anyCell, { maxKeys: 2 }), { maxLength: 2 }) });
    const columnNames = fc.uniqueArray(fc.oneof(fc.constantFrom("id", "text", "text_prov", "},{\"id\":", "a b", '"'), anyCell), { minLength: 1, maxLength: 6 });
    const table = columnNames.chain((columns) =>
      fc.tuple(fc.constant(columns), fc.array(fc.tuple(...columns.map(() => rowValue)), { maxLength: 4 })),
    );
    fc.assert(
      fc.property(table, ([columns, values]) => {
        const rows = values.map((cells) => {
          const row: Record<string, unknown> = {};
          columns.forEach((name, index) => (row[name] = cells[index]));
          return row;
        });
        expect(jsonLines(columns)(rows)).toBe(stringifiedInColumnOrder(columns, rows));
      }),
      { numRuns: 3000 },
    );
  });
});
