/**
 * Spreadsheet copies: `excel/<table>.csv`, the rows of `csv/` with a UTF-8
 * byte-order mark (so Excel and LibreOffice read the diacritics as UTF-8
 * without an import dialog) and CRLF line ends. A text cell that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab
 * or carriage return, per OWASP's CSV-injection advice) gets a leading
 * apostrophe; numbers, booleans and list cells are never changed. `csv/`
 * keeps the exact values.
 *
 * When csv/ is written, each copy is made from csv/'s bytes as they stream
 * (excel-text.ts); otherwise from the written tables after the build.
 */
import { TABLES, type TableDefinition } from "../../schemas/index.ts";
import type { Format } from "../config.ts";
import { columnsOf, type Column } from "./columns.ts";
import { excelEncoder, startsLikeFormula, type ExcelEncoder } from "./excel-text.ts";
import { csvWriter, type TableWriter } from "./formats.ts";
import { tableRows } from "./written.ts";

export const EXCEL_FOLDER = "excel";
const EXCEL_CSV = csvWriter(EXCEL_FOLDER, { bom: true, recordDelimiter: "\r\n" });
/** The format whose text the copies are made from while it streams. */
export const SPREADSHEET_SOURCE: Format = "csv";

export const streamsSpreadsheetCopies = (formats: readonly Format[]) => formats.includes(SPREADSHEET_SOURCE);

/** The cell as a spreadsheet should show it: text that looks like a formula is marked as text. */
export function guardCell(value: unknown): unknown {
  return typeof value === "string" && startsLikeFormula(value) ? `'${value}` : value;
}

function guardRow(columns: readonly Column[], row: Record<string, unknown>): Record<string, unknown> {
  const guarded: Record<string, unknown> = {};
  for (const column of columns) guarded[column.name] = column.kind === "string" ? guardCell(row[column.name]) : row[column.name];
  return guarded;
}

/** One table's spreadsheet copy, written from rows or from csv/'s bytes. */
export class SpreadsheetCopy {
  private constructor(
    private readonly columns: readonly Column[],
    private readonly writer: TableWriter,
    private readonly fromCsv: ExcelEncoder,
  ) {}

  static async open(versionDir: string, table: TableDefinition): Promise<SpreadsheetCopy> {
    const columns = columnsOf(table);
    return new SpreadsheetCopy(columns, await EXCEL_CSV.open(versionDir, table.name, columns, []), excelEncoder(columns));
  }

  writeRow(row: Record<string, unknown>): Promise<void> {
    return this.writer.write(guardRow(this.columns, row));
  }

  /** Whole records of csv/, as UTF-8 bytes. */
  writeCsv(csv: Buffer): Promise<void> {
    return this.writer.writeEncoded(this.fromCsv(csv));
  }

  close(): Promise<void> {
    return this.writer.close();
  }
}

/** The copies made after the build from the written tables (when csv/ is not written). */
export async function writeExcelCopies(versionDir: string): Promise<void> {
  for (const table of TABLES) {
    const copy = await SpreadsheetCopy.open(versionDir, table);
    try {
      for await (const row of tableRows(versionDir, table)) await copy.writeRow(row);
    } finally {
      await copy.close();
    }
  }
}
