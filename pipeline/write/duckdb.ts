/**
 * `<name>.duckdb`: every table with its primary and foreign keys declared,
 * table and column descriptions as comments, and the views of
 * duckdb-views.yaml. Written on one thread and checkpointed, the file has
 * the same bytes on every build of the same data (its stem is the catalog
 * name, so the file name is fixed too).
 *
 * A key is declared only when the data satisfy it: a foreign key left
 * dangling by a quarantined row (rejects.jsonl) is not declared, and the
 * table's comment says so, rather than failing the whole build. When
 * nothing was quarantined, every key is expected to hold: the tables are
 * loaded with all keys declared, which DuckDB checks as it inserts, and
 * only if that fails is the database made again with each key checked
 * first (on the written files, by a second DuckDB that runs ahead of the
 * loading). Either way a table is loaded as soon as its files are written.
 */
import { readFileSync } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import type { DuckDBConnection } from "@duckdb/node-api";
import { TABLES, type TableDefinition, type TableName } from "../../schemas/index.ts";
import type { ForeignKey } from "../../schemas/table.ts";
import { columnsOf, DUCKDB_TYPES } from "./columns.ts";
import { pending, settleAll } from "./settle.ts";
import { queryRows, schemaScan, sqlName, sqlString, withDuckDB } from "./written.ts";

export const duckdbFileName = (datasetName: string) => `${datasetName}.duckdb`;

/** Resolves once a table's written files are complete (its Parquet file converted). */
export type TableReady = (table: TableName) => Promise<void>;
export const ALL_WRITTEN: TableReady = () => Promise.resolve();

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

async function count(connection: DuckDBConnection, sql: string): Promise<number> {
  const [row] = await queryRows(connection, sql);
  return Number(row!.n);
}

function duplicateKeys(scan: string, key: readonly string[]): string {
  const anyNull = key.map((column) => `${sqlName(column)} IS NULL`).join(" OR ");
  return (
    `SELECT (SELECT count(*) FROM (SELECT ${names(key)} FROM ${scan} GROUP BY ALL HAVING count(*) > 1)) + ` +
    `(SELECT count(*) FROM ${scan} WHERE ${anyNull}) AS n`
  );
}

function danglingReferences(scan: string, parentScan: string, key: ForeignKey): string {
  const present = key.fields.map((field) => `child.${sqlName(field)} IS NOT NULL`).join(" AND ");
  const match = key.fields.map((field, index) => `parent.${sqlName(key.reference.fields[index]!)} = child.${sqlName(field)}`).join(" AND ");
  return `SELECT count(*) AS n FROM ${scan} AS child ANTI JOIN ${parentScan} AS parent ON ${match} WHERE ${present}`;
}

const primaryKeyClause = (table: TableDefinition) => `PRIMARY KEY (${names(table.primaryKey)})`;
const foreignKeyClause = (key: ForeignKey) => `FOREIGN KEY (${names(key.fields)}) REFERENCES ${sqlName(key.reference.resource)} (${names(key.reference.fields)})`;
const unkeyedReference = (key: ForeignKey) =>
  `foreign key (${key.fields.join(", ")}) → ${key.reference.resource}(${key.reference.fields.join(", ")}) not declared: the referenced table has no declared key`;
const tableNamed = (name: string) => TABLES.find((table) => table.name === name);

interface Keys {
  /** Whether the primary key is declared, so other tables may reference it. */
  readonly primaryKey: boolean;
  readonly clauses: string[];
  readonly notes: string[];
}

/** The keys the data satisfy, checked with queries. */
async function checkedKeys(connection: DuckDBConnection, versionDir: string, table: TableDefinition, keyed: ReadonlySet<string>): Promise<Keys> {
  const scan = schemaScan(versionDir, table);
  const clauses: string[] = [];
  const notes: string[] = [];
  const duplicates = await count(connection, duplicateKeys(scan, table.primaryKey));
  const primaryKey = duplicates === 0;
  if (primaryKey) clauses.push(primaryKeyClause(table));
  else notes.push(`primary key (${table.primaryKey.join(", ")}) not declared: ${duplicates} duplicate or null key(s)`);
  for (const key of table.foreignKeys) {
    const parent = tableNamed(key.reference.resource);
    if (!parent || !keyed.has(parent.name)) {
      notes.push(unkeyedReference(key));
      continue;
    }
    const dangling = await count(connection, danglingReferences(scan, schemaScan(versionDir, parent), key));
    if (dangling === 0) clauses.push(foreignKeyClause(key));
    else notes.push(`foreign key (${key.fields.join(", ")}) → ${key.reference.resource}(${key.reference.fields.join(", ")}) not declared: ${dangling} row(s) reference rows missing from this version (see rejects.jsonl)`);
  }
  return { primaryKey, clauses, notes };
}

/** The keys when the data satisfy every one: what `checkedKeys` gives then. */
function everyKey(table: TableDefinition): Keys {
  const referenced = table.foreignKeys.filter((key) => tableNamed(key.reference.resource));
  const unreferenced = table.foreignKeys.filter((key) => !tableNamed(key.reference.resource));
  return { primaryKey: true, clauses: [primaryKeyClause(table), ...referenced.map(foreignKeyClause)], notes: unreferenced.map(unkeyedReference) };
}

/** Every table's keys, checked in load order as each table is written; `done` settles when the checking is over. */
function checkKeys(versionDir: string, order: readonly TableDefinition[], ready: TableReady): { keys: Map<string, Promise<Keys>>; done: Promise<void> } {
  const results = new Map(order.map((table) => [table.name, pending<Keys>()]));
  const done = withDuckDB(":memory:", async (connection) => {
    const keyed = new Set<string>();
    for (const table of order) {
      await ready(table.name);
      const keys = await checkedKeys(connection, versionDir, table, keyed);
      if (keys.primaryKey) keyed.add(table.name);
      results.get(table.name)!.resolve(keys);
    }
  });
  done.catch((error: unknown) => {
    for (const result of results.values()) result.reject(error);
  });
  return { keys: new Map([...results].map(([name, result]) => [name, result.promise])), done };
}

async function loadTable(connection: DuckDBConnection, versionDir: string, table: TableDefinition, keys: Keys): Promise<void> {
  const columns = columnsOf(table);
  const definitions = columns.map((column) => `${sqlName(column.name)} ${DUCKDB_TYPES[column.kind]}${column.nullable ? "" : " NOT NULL"}`);
  await connection.run(`CREATE TABLE ${sqlName(table.name)} (${[...definitions, ...keys.clauses].join(", ")})`);
  await connection.run(`INSERT INTO ${sqlName(table.name)} SELECT ${names(columns.map((column) => column.name))} FROM ${schemaScan(versionDir, table)}`);
  const comment = [table.description, ...keys.notes.map((note) => `Note: ${note}.`)].join(" ");
  await connection.run(`COMMENT ON TABLE ${sqlName(table.name)} IS ${sqlString(comment)}`);
  for (const column of columns) {
    await connection.run(`COMMENT ON COLUMN ${sqlName(table.name)}.${sqlName(column.name)} IS ${sqlString(column.description)}`);
  }
}

type KeysOf = (table: TableDefinition) => Promise<Keys>;

async function load(path: string, versionDir: string, ready: TableReady, keysOf: KeysOf): Promise<void> {
  await withDuckDB(path, async (connection) => {
    await connection.run("BEGIN TRANSACTION");
    for (const table of loadOrder(TABLES)) {
      const keys = await keysOf(table);
      await ready(table.name);
      await loadTable(connection, versionDir, table, keys);
    }
    for (const view of VIEWS) {
      await connection.run(`CREATE VIEW ${sqlName(view.name)} AS ${view.select}`);
      await connection.run(`COMMENT ON VIEW ${sqlName(view.name)} IS ${sqlString(view.description)}`);
    }
    await connection.run("COMMIT");
    await connection.run("CHECKPOINT");
  });
}

/** Whether rows were quarantined, which may leave keys dangling. */
async function quarantined(versionDir: string): Promise<boolean> {
  const rejects = await stat(join(versionDir, "rejects.jsonl")).catch(() => null);
  return rejects !== null && rejects.size > 0;
}

/** Write the database; `ready` says when each table's files are complete (all of them already, by default). */
export async function writeDuckDB(versionDir: string, datasetName: string, ready: TableReady = ALL_WRITTEN): Promise<void> {
  const path = join(versionDir, duckdbFileName(datasetName));
  if (!(await quarantined(versionDir))) {
    const loaded = await load(path, versionDir, ready, async (table) => everyKey(table)).then(
      () => true,
      () => false,
    );
    if (loaded) return;
    await rm(path, { force: true });
    await rm(`${path}.wal`, { force: true });
  }
  const checks = checkKeys(versionDir, loadOrder(TABLES), ready);
  await settleAll([load(path, versionDir, ready, (table) => checks.keys.get(table.name)!), checks.done]);
}
