/**
 * Two versions of the dataset compared: schema changes from their
 * datapackage.json, row changes from their tables, and the least version
 * bump those changes need (versioning.yaml).
 */
import { levelRank, type Level } from "./semver.ts";
import { compareRows, type RowChanges, type TableRowDiff } from "./data-diff.ts";
import { readDescriptor, type Descriptor } from "./descriptor.ts";
import { VERSIONING, type ChangeKind } from "./rules.ts";
import { schemaChanges, type Change } from "./schema-diff.ts";
import { withDuckDB } from "../write/written.ts";

export interface Comparison {
  readonly before: Descriptor;
  readonly after: Descriptor;
  readonly schema: readonly Change[];
  readonly rows: readonly TableRowDiff[];
  /** Every change, row changes included, each of which needs a bump. */
  readonly changes: readonly Change[];
  /** The least bump the changes need, and the changes that need it. */
  readonly required: Level;
  readonly requiredBy: readonly Change[];
}

const ROW_KINDS: readonly [ChangeKind, (diff: TableRowDiff) => RowChanges][] = [
  ["rows_added", (diff) => diff.added],
  ["rows_removed", (diff) => diff.removed],
  ["rows_changed", (diff) => diff.changed],
  ["rows_rekeyed", (diff) => diff.rekeyed],
];

function rowChanges(diff: TableRowDiff): Change[] {
  return ROW_KINDS.filter(([, rows]) => rows(diff).count > 0).map(([kind, rows]) => ({
    kind,
    table: diff.table,
    detail: `${rows(diff).count} row(s)`,
  }));
}

export async function compareVersions(beforeDir: string, afterDir: string): Promise<Comparison> {
  const [before, after] = await Promise.all([readDescriptor(beforeDir), readDescriptor(afterDir)]);
  const schema = schemaChanges(before, after);
  const rows = await withDuckDB(":memory:", async (connection) => {
    const diffs: TableRowDiff[] = [];
    for (const [name, table] of after.tables) {
      const old = before.tables.get(name);
      if (old) diffs.push(await compareRows(connection, { dir: beforeDir, table: old }, { dir: afterDir, table }));
    }
    return diffs;
  });
  const changes = [...schema, ...rows.flatMap(rowChanges)];
  const required = changes.reduce<Level>((level, change) => {
    const needed = VERSIONING.bumps[change.kind];
    return levelRank(needed) > levelRank(level) ? needed : level;
  }, "none");
  return { before, after, schema, rows, changes, required, requiredBy: changes.filter((change) => VERSIONING.bumps[change.kind] === required) };
}
