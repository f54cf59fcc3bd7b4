/**
 * `<name>.duckdb`: every table with its primary and foreign keys declared,
 * table and column descriptions as comments, and the views of
 * duckdb-views.yaml. Written on one thread and checkpointed, the file has
 * the same bytes on every build of the same data (its stem is the catalog
 * name, so the file name is fixed too).
 *
 * A key is declared only when the data satisfy it: a foreign key left
 * dangling by a quarantined row (rejects.jsonl) is not declared, and the
 * table's comment says so, rather than failing the whole build.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import type { DuckDBConnection } from "@duckdb/node-api";
import { TABLES, type TableDefinition } from "../../schemas/index.ts";
import type { ForeignKey } from "../../schemas/table.ts";
import { columnsOf, DUCKDB_TYPES } from "./columns.ts";
import { queryRows, schemaScan, sqlName, sqlString, withDuckDB } from "./written.ts";

export const duckdbFileName = (datasetName: string) => `${datasetName}.duckdb`;

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

function danglingReferences(scan: string, key: ForeignKey): string {
  const present = key.fields.map((field) => `child.${sqlName(field)} IS NOT NULL`).join(" AND ");
  const match = key.fields.map((field, index) => `parent.${sqlName(key.reference.fields[index]!)} = child.${sqlName(field)}`).join(" AND ");
  return `SELECT count(*) AS n FROM ${scan} AS child WHERE ${present} AND NOT EXISTS (SELECT 1 FROM ${sqlName(key.reference.resource)} AS parent WHERE ${match})`;
}

interface Keys {
  /** Whether the primary key is declared, so other tables may reference it. */
  readonly primaryKey: boolean;
  readonly clauses: string[];
  readonly notes: string[];
}

async function declaredKeys(connection: DuckDBConnection, table: TableDefinition, scan: string, keyed: ReadonlySet<string>): Promise<Keys> {
  const clauses: string[] = [];
  const notes: string[] = [];
  const duplicates = await count(connection, duplicateKeys(scan, table.primaryKey));
  const primaryKey = duplicates === 0;
  if (primaryKey) clauses.push(`PRIMARY KEY (${names(table.primaryKey)})`);
  else notes.push(`primary key (${table.primaryKey.join(", ")}) not declared: ${duplicates} duplicate or null key(s)`);
  for (const key of table.foreignKeys) {
    const target = `${key.reference.resource}(${key.reference.fields.join(", ")})`;
    if (!keyed.has(key.reference.resource)) {
      notes.push(`foreign key (${key.fields.join(", ")}) → ${target} not declared: the referenced table has no declared key`);
      continue;
    }
    const dangling = await count(connection, danglingReferences(scan, key));
    if (dangling === 0) clauses.push(`FOREIGN KEY (${names(key.fields)}) REFERENCES ${sqlName(key.reference.resource)} (${names(key.reference.fields)})`);
    else notes.push(`foreign key (${key.fields.join(", ")}) → ${target} not declared: ${dangling} row(s) reference rows missing from this version (see rejects.jsonl)`);
  }
  return { primaryKey, clauses, notes };
}

async function loadTable(connection: DuckDBConnection, versionDir: string, table: TableDefinition, keyed: Set<string>): Promise<void> {
  const scan = schemaScan(versionDir, table);
  const columns = columnsOf(table);
  const keys = await declaredKeys(connection, table, scan, keyed);
  const definitions = columns.map((column) => `${sqlName(column.name)} ${DUCKDB_TYPES[column.kind]}${column.nullable ? "" : " NOT NULL"}`);
  await connection.run(`CREATE TABLE ${sqlName(table.name)} (${[...definitions, ...keys.clauses].join(", ")})`);
  await connection.run(`INSERT INTO ${sqlName(table.name)} SELECT ${names(columns.map((column) => column.name))} FROM ${scan}`);
  if (keys.primaryKey) keyed.add(table.name);
  const comment = [table.description, ...keys.notes.map((note) => `Note: ${note}.`)].join(" ");
  await connection.run(`COMMENT ON TABLE ${sqlName(table.name)} IS ${sqlString(comment)}`);
  for (const column of columns) {
    await connection.run(`COMMENT ON COLUMN ${sqlName(table.name)}.${sqlName(column.name)} IS ${sqlString(column.description)}`);
  }
}

export async function writeDuckDB(versionDir: string, datasetName: string): Promise<void> {
  await withDuckDB(join(versionDir, duckdbFileName(datasetName)), async (connection) => {
    await connection.run("BEGIN TRANSACTION");
    const keyed = new Set<string>();
    for (const table of loadOrder(TABLES)) await loadTable(connection, versionDir, table, keyed);
    for (const view of VIEWS) {
      await connection.run(`CREATE VIEW ${sqlName(view.name)} AS ${view.select}`);
      await connection.run(`COMMENT ON VIEW ${sqlName(view.name)} IS ${sqlString(view.description)}`);
    }
    await connection.run("COMMIT");
    await connection.run("CHECKPOINT");
  });
}
