/** Read outputs back the way notebook users do: through DuckDB. */
import { duckdb } from "../../pipeline/duckdb.ts";

function plain(value: unknown): unknown {
  if (typeof value === "bigint") {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) return value;
    return Number(value);
  }
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

/** Rows of a query as plain objects: BIGINT as number when exact, lists as arrays. */
export async function duckdbRows(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await (await duckdb()).DuckDBInstance.create(":memory:", { threads: "1" });
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRowObjectsJS().map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, plain(value)])));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;
