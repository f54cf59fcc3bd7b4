/**
 * Spreadsheet copies: `excel/<table>.csv`, the rows of `csv/` with a UTF-8
 * byte-order mark (so Excel and LibreOffice read the diacritics as UTF-8
 * without an import dialog) and CRLF line ends. A text cell that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
 * or carriage return, per OWASP's CSV-injection advice) gets a leading
 * apostrophe; numbers, booleans and list cells are never changed. `csv/`
 * keeps the exact values.
 */
import { TABLES } from "../../schemas/index.ts";
import { columnsOf, type Column } from "./columns.ts";
import { csvWriter } from "./formats.ts";
import { tableRows } from "./written.ts";

export const EXCEL_FOLDER = "excel";
const EXCEL_CSV = csvWriter(EXCEL_FOLDER, { bom: true, recordDelimiter: "\r\n" });
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet should show it: text that looks like a formula is marked as text. */
export function guardCell(value: unknown): unknown {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}

function guardRow(columns: readonly Column[], row: Record<string, unknown>): Record<string, unknown> {
  const guarded: Record<string, unknown> = {};
  for (const column of columns) guarded[column.name] = column.kind === "string" ? guardCell(row[column.name]) : row[column.name];
  return guarded;
}

export async function writeExcelCopies(versionDir: string): Promise<void> {
  for (const table of TABLES) {
    const columns = columnsOf(table);
    const writer = await EXCEL_CSV.open(versionDir, table.name, columns);
    try {
      for await (const row of tableRows(versionDir, table)) await writer.write(guardRow(columns, row));
    } finally {
      await writer.close();
    }
  }
}
