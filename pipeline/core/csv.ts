/**
 * CSV text: the bytes csv-stringify writes with its default options and an
 * explicit record delimiter, in a fraction of its time (tests/row-text.test.ts
 * compares the two). A cell is quoted, its quotes doubled, when it holds a
 * quote, a comma or the record delimiter (or ends with the start of it, so
 * that the two would run together); other line breaks stay unquoted, as
 * csv-stringify leaves them. Every record ends with the record delimiter.
 */
function needsQuotes(cell: string, recordDelimiter: string): boolean {
  return (
    cell.includes('"') ||
    cell.includes(",") ||
    cell.includes(recordDelimiter) ||
    (recordDelimiter.length > 1 && `${cell}${recordDelimiter}`.indexOf(recordDelimiter) < cell.length)
  );
}

export function csvRecords(records: readonly (readonly string[])[], recordDelimiter: string): string {
  let text = "";
  for (const record of records) {
    for (let index = 0; index < record.length; index++) {
      const cell = record[index];
      if (index > 0) text += ",";
      text += needsQuotes(cell, recordDelimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;
    }
    text += recordDelimiter;
  }
  return text;
}
