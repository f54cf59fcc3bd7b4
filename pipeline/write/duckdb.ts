/**
 * `<name>.duckdb`: every table, table and column descriptions as comments,
 * the views of duckdb-views.yaml, and the `dataset_keys` table: each
 * primary and foreign key of the schemas, checked against the data, with
 * how many rows break it (none, unless rows were quarantined: see
 * rejects.jsonl). The keys are checked, not declared as DuckDB
 * constraints: DuckDB keeps a declared key's index whole in memory while
 * loading (about 1 GB for the mentions of 100,000 articles), and under a
 * memory limit its spilled index pages land in the file in a different
 * order on every run.
 *
 * The file has the same bytes on every build of the same data (its stem is
 * the catalog name, so the file name is fixed too). For that, each slice of
 * rows is loaded and checkpointed by a DuckDB of its own. One DuckDB loading
 * every slice evicts blocks once the file outgrows its memory limit, and
 * hands an evicted block's memory, old bytes and all, to a new block
 * without zeroing it; which block it evicts depends on the clock, so the
 * unused gaps of string segments differed from run to run (measured: every
 * run of 20,000 articles gave a different file under the 256 MB limit).
 * A fresh DuckDB per slice never evicts while writing, and needs the
 * memory of one slice whatever the size of the table.
 *
 * The keys are then checked by a read-only DuckDB, whose hash tables may
 * evict and spill freely, and a last fresh one writes the small things:
 * comments, views and `dataset_keys`.
 */
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import type { DuckDBConnection } from "@duckdb/node-api";
import { TABLES, type TableDefinition } from "../../schemas/index.ts";
import type { ForeignKey } from "../../schemas/table.ts";
import { columnsOf, DUCKDB_TYPES } from "./columns.ts";
import { queryRows, schemaSlice, sqlName, sqlString, withDuckDB } from "./written.ts";

export const duckdbFileName = (datasetName: string) => `${datasetName}.duckdb`;


/** The table of the database that lists the keys. */
export const KEYS_TABLE = "dataset_keys";

/**
 * Rows loaded, committed and checkpointed at a time: one DuckDB row group,
 * so memory holds one slice whatever the size of the table.
 */
const SLICE_ROWS = 122_880;

const ViewsSchema = z.object({
  views: z.array(z.object({ name: z.string().regex(/^[a-z_]+$/), description: z.string().min(1), select: z.string().min(1) }).strict()),
});
export type View = z.infer<typeof ViewsSchema>["views"][number];

export const VIEWS: readonly View[] = ViewsSchema.parse(parse(readFileSync(join(import.meta.dirname, "duckdb-views.yaml"), "utf8"))).views;

const names = (columns: readonly string[]) => columns.map(sqlName).join(", ");

/** Tables in an order where every referenced table comes before the tables that reference it. */
export function loadOrder(tables: readonly TableDefinition[]): TableDefinition[] {
  const ordered: TableDefinition[] = [];
  const visit = (table: TableDefinition, path: readonly string[]) => {
    if (ordered.includes(table)) return;
    if (path.includes(table.name)) throw new Error(`foreign keys form a cycle: ${[...path, table.name].join(" → ")}`);
    for (const key of table.foreignKeys) {
      const parent = tables.find((candidate) => candidate.name === key.reference.resource);
      if (parent && parent !== table) visit(parent, [...path, table.name]);
    }
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}

/** A key of the schemas and whether the written rows satisfy it. */
export interface CheckedKey {
  readonly table: string;
  readonly kind: "primary" | "foreign";
  readonly columns: readonly string[];
  readonly referencedTable: string | null;
  readonly referencedColumns: readonly string[] | null;
  /** Rows that break the key: duplicate or null keys, or references to rows missing from this version. */
  readonly violations: number;
}

async function count(connection: DuckDBConnection, sql: string): Promise<number> {
  const [row] = await queryRows(connection, sql);
  return Number(row!.n);
}

function duplicateKeys(scan: string, key: readonly string[]): string {
  const anyNull = key.map((column) => `${sqlName(column)} IS NULL`).join(" OR ");
  return (
    `SELECT (SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM ${scan} GROUP BY ${names(key)} HAVING count(*) > 1)) + ` +
    `(SELECT count(*) FROM ${scan} WHERE ${anyNull}) AS n`
  );
}

function danglingReferences(scan: string, parentScan: string, key: ForeignKey): string {
  const present = key.fields.map((field) => `child.${sqlName(field)} IS NOT NULL`).join(" AND ");
  const match = key.fields.map((field, index) => `parent.${sqlName(key.reference.fields[index]!)} = child.${sqlName(field)}`).join(" AND ");
  return `SELECT count(*) AS n FROM ${scan} AS child ANTI JOIN ${parentScan} AS parent ON ${match} WHERE ${present}`;
}

const tableNamed = (name: string) => TABLES.find((table) => table.name === name);

/** The keys of a loaded table, checked against its rows and those of the (already loaded) tables it references. */
async function checkTable(connection: DuckDBConnection, table: TableDefinition): Promise<CheckedKey[]> {
  const keys: CheckedKey[] = [
    {
      table: table.name,
      kind: "primary",
      columns: table.primaryKey,
      referencedTable: null,
      referencedColumns: null,
      violations: await count(connection, duplicateKeys(sqlName(table.name), table.primaryKey)),
    },
  ];
  for (const key of table.foreignKeys) {
    const parent = tableNamed(key.reference.resource);
    if (!parent) throw new Error(`${table.name}: foreign key (${key.fields.join(", ")}) references ${key.reference.resource}, which is not a table of the dataset`);
    keys.push({
      table: table.name,
      kind: "foreign",
      columns: key.fields,
      referencedTable: parent.name,
      referencedColumns: key.reference.fields,
      violations: await count(connection, danglingReferences(sqlName(table.name), sqlName(parent.name), key)),
    });
  }
  return keys;
}

export function describeKey(key: CheckedKey): string {
  const columns = `(${key.columns.join(", ")})`;
  const name = key.kind === "primary" ? `primary key ${columns}` : `foreign key ${columns} → ${key.referencedTable}(${key.referencedColumns!.join(", ")})`;
  if (key.violations === 0) return `${name[0]!.toUpperCase()}${name.slice(1)}.`;
  const broken = key.kind === "primary" ? `${key.violations} row(s) with a duplicate or null key` : `${key.violations} row(s) reference rows missing from this version (see rejects.jsonl)`;
  return `Note: ${name} does not hold: ${broken}.`;
}

/**
 * The memory limit of the DuckDB that loads one slice: well above what a
 * slice needs (measured: about 200 MB for a slice of mentions), so that it
 * never evicts. Memory used is what the slice needs, whatever the limit.
 */
const SLICE_MEMORY_LIMIT = "1GB";

/** How the database is loaded. Tests shrink the slices and their memory to make a small file behave like a large one. */
export interface DatabaseLoading {
  readonly sliceMemoryLimit?: string;
  readonly sliceRows?: number;
  /** Settles when a table's written files are complete; a table is loaded once they are (default: they are). */
  readonly tableWritten?: (table: string) => Promise<void>;
}

async function loadTable(path: string, versionDir: string, table: TableDefinition, loading: DatabaseLoading): Promise<void> {
  const columns = columnsOf(table);
  const definitions = columns.map((column) => `${sqlName(column.name)} ${DUCKDB_TYPES[column.kind]}${column.nullable ? "" : " NOT NULL"}`);
  const options = { memoryLimit: loading.sliceMemoryLimit ?? SLICE_MEMORY_LIMIT };
  await withDuckDB(path, (connection) => connection.run(`CREATE TABLE ${sqlName(table.name)} (${definitions.join(", ")})`), options);
  const into = `INSERT INTO ${sqlName(table.name)} SELECT ${names(columns.map((column) => column.name))} FROM `;
  const sliceRows = loading.sliceRows ?? SLICE_ROWS;
  for (let first = 0; ; first += sliceRows) {
    const inserted = await withDuckDB(
      path,
      async (connection) => {
        const { rowsChanged } = await connection.run(into + schemaSlice(versionDir, table, first, sliceRows));
        await connection.run("CHECKPOINT");
        return rowsChanged;
      },
      options,
    );
    if (inserted < sliceRows) break;
  }
}

async function describeColumns(connection: DuckDBConnection, table: TableDefinition): Promise<void> {
  for (const column of columnsOf(table)) {
    await connection.run(`COMMENT ON COLUMN ${sqlName(table.name)}.${sqlName(column.name)} IS ${sqlString(column.description)}`);
  }
}

const KEY_COLUMNS = [
  ["table_name", "VARCHAR NOT NULL", "The table the key belongs to."],
  ["key_kind", "VARCHAR NOT NULL", "`primary` or `foreign`."],
  ["columns", "VARCHAR[] NOT NULL", "The key's columns."],
  ["referenced_table", "VARCHAR", "For a foreign key, the table it refers to."],
  ["referenced_columns", "VARCHAR[]", "For a foreign key, the columns it refers to."],
  ["violations", "BIGINT NOT NULL", "Rows breaking the key: duplicate or null primary keys, or references to rows missing from this version."],
  ["holds", "BOOLEAN NOT NULL", "Whether every row satisfies the key."],
] as const;

const sqlList = (items: readonly string[] | null) => (items === null ? "NULL" : `[${items.map(sqlString).join(", ")}]::VARCHAR[]`);

async function writeKeys(connection: DuckDBConnection, keys: readonly CheckedKey[]): Promise<void> {
  await connection.run(`CREATE TABLE ${KEYS_TABLE} (${KEY_COLUMNS.map(([name, type]) => `${sqlName(name)} ${type}`).join(", ")})`);
  const rows = keys.map(
    (key) =>
      `(${sqlString(key.table)}, ${sqlString(key.kind)}, ${sqlList(key.columns)}, ${key.referencedTable === null ? "NULL" : sqlString(key.referencedTable)}, ` +
      `${sqlList(key.referencedColumns)}, ${key.violations}, ${key.violations === 0})`,
  );
  await connection.run(`INSERT INTO ${KEYS_TABLE} VALUES ${rows.join(", ")}`);
  await connection.run(`COMMENT ON TABLE ${KEYS_TABLE} IS ${sqlString("The primary and foreign keys of every table, each checked against the rows of this version.")}`);
  for (const [name, , description] of KEY_COLUMNS) await connection.run(`COMMENT ON COLUMN ${KEYS_TABLE}.${sqlName(name)} IS ${sqlString(description)}`);
}

async function describeTables(connection: DuckDBConnection, keys: readonly CheckedKey[]): Promise<void> {
  for (const table of TABLES) {
    const comment = [table.description, ...keys.filter((key) => key.table === table.name).map(describeKey)].join(" ");
    await connection.run(`COMMENT ON TABLE ${sqlName(table.name)} IS ${sqlString(comment)}`);
    await describeColumns(connection, table);
  }
}

async function createViews(connection: DuckDBConnection): Promise<void> {
  for (const view of VIEWS) {
    await connection.run(`CREATE VIEW ${sqlName(view.name)} AS ${view.select}`);
    await connection.run(`COMMENT ON VIEW ${sqlName(view.name)} IS ${sqlString(view.description)}`);
  }
}

/** Write the database from the version's written tables (all of them complete). */
export async function writeDuckDB(versionDir: string, datasetName: string, loading: DatabaseLoading = {}): Promise<void> {
  const path = join(versionDir, duckdbFileName(datasetName));
  await rm(path, { force: true });
  const ordered = loadOrder(TABLES);
  for (const table of ordered) {
    await loading.tableWritten?.(table.name);
    await loadTable(path, versionDir, table, loading);
  }
  const checked = await withDuckDB(
    path,
    async (connection) => {
      const keys: CheckedKey[] = [];
      for (const table of ordered) keys.push(...(await checkTable(connection, table)));
      return keys;
    },
    { readOnly: true },
  );
  await withDuckDB(
    path,
    async (connection) => {
      await createViews(connection);
      await writeKeys(connection, checked);
      await describeTables(connection, checked);
      await connection.run("CHECKPOINT");
    },
  );
}
