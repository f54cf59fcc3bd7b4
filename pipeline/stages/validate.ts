/**
 * Validate: every row against its table's zod schema before it is written.
 * A row that fails is not written; it goes to `rejects.jsonl` with the
 * issue paths and the row's provenance cells, and is counted.
 */
import type { TableDefinition } from "../../schemas/index.ts";
import type { Row } from "./rows.ts";
import { compileSchema, type ValueCheck } from "./schema-check.ts";

export interface Reject {
  readonly table: string;
  readonly key: Record<string, unknown>;
  readonly issues: readonly { readonly path: string; readonly message: string }[];
  readonly provenance: Record<string, unknown>;
  readonly row: Row;
}

export type Checked = { ok: true; row: Row } | { ok: false; reject: Reject };

const QUICK_CHECKS = new WeakMap<TableDefinition, ValueCheck | null>();

function quickCheck(table: TableDefinition): ValueCheck | null {
  let check = QUICK_CHECKS.get(table);
  if (check === undefined) {
    check = compileSchema(table.schema);
    QUICK_CHECKS.set(table, check);
  }
  return check;
}

export function validateRow(table: TableDefinition, row: Row): Checked {
  if (quickCheck(table)?.(row)) return { ok: true, row };
  const result = table.schema.safeParse(row);
  if (result.success) return { ok: true, row };
  const key = Object.fromEntries(table.primaryKey.map((column) => [column, row[column] ?? null]));
  const provenance = Object.fromEntries(Object.entries(row).filter(([column]) => column.endsWith("_prov")));
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  return { ok: false, reject: { table: table.name, key, issues, provenance, row } };
}
