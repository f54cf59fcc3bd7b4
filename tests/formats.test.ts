/** CSV, JSONL and Parquet of every table hold the same rows, read back as users read them. */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { TABLES } from "../schemas/index.ts";
import { columnsOf } from "../pipeline/write/columns.ts";
import { csvCell, rowGroupRows } from "../pipeline/write/formats.ts";
import { buildDataset, readTable, type BuiltDataset } from "./support/build.ts";
import { duckdbRows, sqlString } from "./support/duckdb.ts";

let built: BuiltDataset;
beforeAll(async () => {
  built = await buildDataset();
});

describe.each(TABLES.map((table) => [table.name, table] as const))("%s", (name, table) => {
  it("Parquet, read with DuckDB, equals the JSONL rows, column for column", async () => {
    const json = await readTable(built.versionDir, name);
    const parquet = await duckdbRows(`SELECT * FROM read_parquet(${sqlString(join(built.versionDir, "parquet", `${name}.parquet`))})`);
    expect(json.length).toBeGreaterThan(0);
    expect(parquet).toEqual(json);
  });

  it("CSV, read with DuckDB as text, holds the same cells as the JSONL rows", async () => {
    const json = await readTable(built.versionDir, name);
    const csv = await duckdbRows(
      `SELECT * FROM read_csv(${sqlString(join(built.versionDir, "csv", `${name}.csv`))}, header = true, all_varchar = true, quote = '"', escape = '"', delim = ',', strict_mode = true)`,
    );
    const columns = columnsOf(table).map((column) => column.name);
    expect(Object.keys(csv[0] ?? {})).toEqual(columns);
    const asCells = (row: Record<string, unknown>) => Object.fromEntries(columns.map((column) => [column, csvCell(row[column])]));
    expect(csv.map((row) => Object.fromEntries(columns.map((column) => [column, row[column] ?? ""])))).toEqual(json.map(asCells));
  });

  it("Parquet columns carry the types of the schema (BIGINT, VARCHAR, lists, booleans)", async () => {
    const described = await duckdbRows(
      `DESCRIBE SELECT * FROM read_parquet(${sqlString(join(built.versionDir, "parquet", `${name}.parquet`))})`,
    );
    const expected = { string: "VARCHAR", integer: "BIGINT", number: "DOUBLE", boolean: "BOOLEAN", list: "VARCHAR[]" };
    expect(described.map((column) => [column.column_name, column.column_type])).toEqual(
      columnsOf(table).map((column) => [column.name, expected[column.kind]]),
    );
  });
});

describe("Parquet row groups", () => {
  it("keep DuckDB's 122,880 rows for narrow rows and hold about 48 MB of JSON for wide ones, in whole vectors", () => {
    expect(rowGroupRows(0, 0)).toBe(122_880);
    expect(rowGroupRows(1_000_000, 100_000_000)).toBe(122_880);
    // Articles with their text: about 1.4 KB a row.
    expect(rowGroupRows(100_000, 136_000_000)).toBe(36_864);
    // One row larger than the target: one vector.
    expect(rowGroupRows(10, 1_000_000_000)).toBe(2_048);
  });
});
