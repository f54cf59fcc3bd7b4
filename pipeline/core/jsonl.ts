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

/** A value with a JSON text of its own that holds no object: a string, number, boolean or null, or a list of primitives. */
function isFlatValue(value: unknown): boolean {
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean" || value === null) return true;
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index++) {
    const element: unknown = value[index];
    if (typeof element === "object" && element !== null) return false;
  }
  return true;
}

/** The row's keys are exactly `names`, in that order, its values are flat, and it has no `toJSON`: `JSON.stringify(row)` is its line. */
function isFlatRow(row: Record<string, unknown>, names: readonly string[]): boolean {
  if (typeof row?.toJSON === "function") return false;
  let index = 0;
  for (const key in row) {
    if (key !== names[index] || !isFlatValue(row[key])) return false;
    index += 1;
  }
  return index === names.length;
}

/**
 * Rows made in column order (as the stages make them) are stringified in
 * one call: about a third of the time of one call per cell, two thirds of
 * one per row. In that text "},{\"" can only be a boundary between rows:
 * inside a string the quote would be escaped, and no value holds an object.
 */
function flatRowsLines(rows: readonly Record<string, unknown>[]): string {
  return `${JSON.stringify(rows).slice(1, -1).replaceAll('},{"', '}\n{"')}\n`;
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
  const inOrder = names.length > 0 && keptInOrder(names);
  const line = inOrder ? (row: Record<string, unknown>) => joinedLine(row) ?? objectLine(row) : objectLine;
  const allFlat = (rows: readonly Record<string, unknown>[]) => {
    for (let index = 0; index < rows.length; index++) if (!isFlatRow(rows[index]!, names)) return false;
    return rows.length > 0;
  };
  return (rows) => {
    if (inOrder && allFlat(rows)) return flatRowsLines(rows);
    let text = "";
    for (const row of rows) text += `${line(row)}\n`;
    return text;
  };
}
