/** A strict RFC 4180 reader for checking CSV files written by the pipeline or by other programs. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  let position = 0;
  while (position < text.length) {
    const character = text[position]!;
    if (quoted) {
      if (character === '"' && text[position + 1] === '"') {
        cell += '"';
        position += 2;
        continue;
      }
      if (character === '"') quoted = false;
      else cell += character;
      position += 1;
      continue;
    }
    if (character === '"' && cell === "") quoted = true;
    else if (character === ",") {
      record.push(cell);
      cell = "";
    } else if (character === "\n" || character === "\r") {
      record.push(cell);
      records.push(record);
      record = [];
      cell = "";
      if (character === "\r" && text[position + 1] === "\n") position += 1;
    } else cell += character;
    position += 1;
  }
  if (quoted) throw new Error("CSV ends inside a quoted cell");
  if (cell !== "" || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  return records;
}
