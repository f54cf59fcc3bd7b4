/**
 * JSON Lines of rows with a fixed list of columns, in that order, a missing
 * value as null: the text of `JSON.stringify` of the ordered row, built from
 * the column names quoted once instead of from a new object per row.
 */
export type JsonLines = (rows: readonly Record<string, unknown>[]) => string;

/** Names an object keeps as given, in the order given (not array indices, not `__proto__`, no repeats). */
function keptInOrder(names: readonly string[]): boolean {
  return new Set(names).size === names.length && names.every((name) => name !== "__proto__" && !/^(?:0|[1-9]\d*)$/.test(name));
}

export function jsonLines(names: readonly string[]): JsonLines {
  const keys = names.map((name, index) => `${index === 0 ? "" : ","}${JSON.stringify(name)}:`);
  const objectLine = (row: Record<string, unknown>): string => {
    const ordered: Record<string, unknown> = {};
    for (const name of names) ordered[name] = row[name] ?? null;
    return JSON.stringify(ordered);
  };
  /** Undefined when a value has no JSON text of its own (a function), which an object would leave out. */
  const joinedLine = (row: Record<string, unknown>): string | undefined => {
    let line = "{";
    for (let index = 0; index < names.length; index++) {
      const value = JSON.stringify(row[names[index]] ?? null) as string | undefined;
      if (value === undefined) return undefined;
      line += keys[index] + value;
    }
    return `${line}}`;
  };
  const line = keptInOrder(names) ? (row: Record<string, unknown>) => joinedLine(row) ?? objectLine(row) : objectLine;
  return (rows) => {
    let text = "";
    for (const row of rows) text += `${line(row)}\n`;
    return text;
  };
}
