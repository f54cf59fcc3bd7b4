/**
 * How a table's rows changed between two versions, by primary key: rows
 * added, removed, and changed (same key, another value in a column both
 * versions have with the same type), with a few examples of each. For a
 * table whose key comes from content, a removed and an added row naming the
 * same thing (versioning.yaml `rekeyed_by`) count as one re-keyed row.
 * DuckDB does the joins, so tables larger than memory work too.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { DUCKDB_TYPES, FRICTIONLESS_TYPES, type ColumnKind } from "../write/columns.ts";
import { queryRows, sqlName, sqlString, tableScan, type ScanColumn } from "../write/written.ts";
import type { Field, TableDescription } from "./descriptor.ts";
import { VERSIONING } from "./rules.ts";

export interface RowExample {
  readonly key: string;
  readonly label: string | null;
  /** For a changed row: which columns changed, the first with its old and new value. */
  readonly columns?: readonly string[];
  readonly before?: string | null;
  readonly after?: string | null;
  /** For a re-keyed row: its key in the previous version. */
  readonly previousKey?: string;
}

export interface RowChanges {
  readonly count: number;
  readonly examples: readonly RowExample[];
}

export interface TableRowDiff {
  readonly table: string;
  readonly rowsBefore: number;
  readonly rowsAfter: number;
  readonly added: RowChanges;
  readonly removed: RowChanges;
  readonly changed: RowChanges;
  readonly rekeyed: RowChanges;
  /** Set when the rows could not be compared (no common primary key). */
  readonly skipped: string | null;
}

const DUCKDB_BY_FIELD_TYPE: Record<string, string> = Object.fromEntries(
  (Object.keys(DUCKDB_TYPES) as ColumnKind[]).map((kind) => [FRICTIONLESS_TYPES[kind], DUCKDB_TYPES[kind]]),
);

function scanColumns(fields: readonly Field[]): ScanColumn[] {
  return fields.map((field) => ({ name: field.name, type: DUCKDB_BY_FIELD_TYPE[field.type] ?? "VARCHAR" }));
}

const VALUE_LENGTH = 80;
const shown = (value: unknown) => {
  if (value === null || value === undefined) return null;
  const text = [...String(value)];
  return text.length > VALUE_LENGTH ? `${text.slice(0, VALUE_LENGTH - 1).join("")}…` : text.join("");
};

interface CellChange {
  readonly column: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** Value columns before their `_prov` siblings, so an example shows a changed value when there is one. */
const valuesFirst = (changes: readonly CellChange[]) => [
  ...changes.filter((change) => !change.column.endsWith("_prov")),
  ...changes.filter((change) => change.column.endsWith("_prov")),
];

interface Side {
  readonly dir: string;
  readonly table: TableDescription;
}

class TableComparison {
  private readonly key: string;
  private readonly label: string | null;

  constructor(
    private readonly connection: DuckDBConnection,
    private readonly before: Side,
    private readonly after: Side,
  ) {
    this.key = `concat_ws(', ', ${after.table.primaryKey.map((column) => `${sqlName(column)}::VARCHAR`).join(", ")})`;
    const label = VERSIONING.labels[after.table.name];
    this.label = label && this.inBoth(label) ? label : null;
  }

  private inBoth(column: string): boolean {
    return [this.before, this.after].every((side) => side.table.fields.some((field) => field.name === column));
  }

  async run(): Promise<TableRowDiff> {
    const { table } = this.after;
    await this.connection.run(`CREATE OR REPLACE TEMP VIEW before_rows AS SELECT * FROM ${tableScan(this.before.dir, table.name, scanColumns(this.before.table.fields))}`);
    await this.connection.run(`CREATE OR REPLACE TEMP VIEW after_rows AS SELECT * FROM ${tableScan(this.after.dir, table.name, scanColumns(table.fields))}`);
    const [counts] = await queryRows(this.connection, "SELECT (SELECT count(*) FROM before_rows) AS before, (SELECT count(*) FROM after_rows) AS after");
    const base = { table: table.name, rowsBefore: Number(counts!.before), rowsAfter: Number(counts!.after) };
    const empty = { count: 0, examples: [] };
    const beforeNames = new Set(this.before.table.fields.map((field) => field.name));
    if (table.primaryKey.length === 0 || !table.primaryKey.every((column) => beforeNames.has(column))) {
      return { ...base, added: empty, removed: empty, changed: empty, rekeyed: empty, skipped: "no primary key common to both versions" };
    }
    const using = `USING (${table.primaryKey.map(sqlName).join(", ")})`;
    const lineage = this.lineage();
    const extra = (lineage ? `, ${sqlName(lineage)}::VARCHAR AS lineage` : "") + (this.label ? `, ${sqlName(this.label)}::VARCHAR AS label` : ", NULL AS label");
    await this.connection.run(`CREATE OR REPLACE TEMP TABLE added_rows AS SELECT ${this.key} AS key${extra} FROM after_rows ANTI JOIN before_rows ${using}`);
    await this.connection.run(`CREATE OR REPLACE TEMP TABLE removed_rows AS SELECT ${this.key} AS key${extra} FROM before_rows ANTI JOIN after_rows ${using}`);
    const unique = (rows: string) => `(SELECT * FROM ${rows} WHERE lineage IS NOT NULL QUALIFY count(*) OVER (PARTITION BY lineage) = 1)`;
    await this.connection.run(
      lineage
        ? `CREATE OR REPLACE TEMP TABLE rekeyed_rows AS SELECT a.key, r.key AS previous_key, a.label FROM ${unique("added_rows")} AS a JOIN ${unique("removed_rows")} AS r USING (lineage)`
        : "CREATE OR REPLACE TEMP TABLE rekeyed_rows AS SELECT '' AS key, '' AS previous_key, NULL AS label WHERE false",
    );
    return {
      ...base,
      added: await this.listed("SELECT a.key, a.label FROM added_rows AS a ANTI JOIN rekeyed_rows AS k ON a.key = k.key"),
      removed: await this.listed("SELECT r.key, r.label FROM removed_rows AS r ANTI JOIN rekeyed_rows AS k ON r.key = k.previous_key"),
      rekeyed: await this.listed("SELECT key, label, previous_key FROM rekeyed_rows"),
      changed: await this.changed(using, beforeNames),
      skipped: null,
    };
  }

  private lineage(): string | null {
    const column = VERSIONING.rekeyed_by[this.after.table.name];
    return column && this.inBoth(column) ? column : null;
  }

  private async listed(select: string): Promise<RowChanges> {
    const [total] = await queryRows(this.connection, `SELECT count(*) AS n FROM (${select})`);
    const rows = await queryRows(this.connection, `${select} ORDER BY key LIMIT ${VERSIONING.examples}`);
    return {
      count: Number(total!.n),
      examples: rows.map((row) => ({
        key: String(row.key),
        label: shown(row.label),
        ...(row.previous_key === undefined ? {} : { previousKey: String(row.previous_key) }),
      })),
    };
  }

  /** Rows with the same key and another value in a column both versions have with the same type. */
  private async changed(using: string, beforeNames: ReadonlySet<string>): Promise<RowChanges> {
    const beforeTypes = new Map(this.before.table.fields.map((field) => [field.name, field.type]));
    const compared = this.after.table.fields.filter(
      (field) => beforeNames.has(field.name) && beforeTypes.get(field.name) === field.type && !this.after.table.primaryKey.includes(field.name),
    );
    if (compared.length === 0) return { count: 0, examples: [] };
    const differences = compared
      .map((field) => {
        const column = sqlName(field.name);
        return `CASE WHEN n.${column} IS DISTINCT FROM o.${column} THEN {'column': ${sqlString(field.name)}, 'before': o.${column}::VARCHAR, 'after': n.${column}::VARCHAR} END`;
      })
      .join(", ");
    const label = this.label ? `n.${sqlName(this.label)}::VARCHAR` : "NULL";
    await this.connection.run(
      `CREATE OR REPLACE TEMP TABLE changed_rows AS SELECT * FROM (SELECT ${this.key} AS key, ${label} AS label, ` +
        `list_filter([${differences}], change -> change IS NOT NULL) AS changes FROM after_rows AS n JOIN before_rows AS o ${using}) WHERE len(changes) > 0`,
    );
    const [total] = await queryRows(this.connection, "SELECT count(*) AS n FROM changed_rows");
    const rows = await queryRows(this.connection, `SELECT key, label, changes FROM changed_rows ORDER BY key LIMIT ${VERSIONING.examples}`);
    return {
      count: Number(total!.n),
      examples: rows.map((row) => {
        const changes = valuesFirst(row.changes as CellChange[]);
        return { key: String(row.key), label: shown(row.label), columns: changes.map((change) => change.column), before: shown(changes[0]!.before), after: shown(changes[0]!.after) };
      }),
    };
  }
}

export async function compareRows(connection: DuckDBConnection, before: Side, after: Side): Promise<TableRowDiff> {
  return new TableComparison(connection, before, after).run();
}
