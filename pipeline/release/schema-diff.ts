/**
 * How the tables' schemas changed between two versions, read off their
 * datapackage.json: tables and columns added, removed, re-typed or
 * re-ordered, keys and constraints changed, descriptions edited.
 */
import type { Descriptor, Field, TableDescription } from "./descriptor.ts";
import type { ChangeKind } from "./rules.ts";

export interface Change {
  readonly kind: ChangeKind;
  /** Null for the package as a whole. */
  readonly table: string | null;
  readonly detail: string;
}

const sameList = (left: readonly unknown[], right: readonly unknown[]) => JSON.stringify(left) === JSON.stringify(right);

function constraintChanges(table: string, before: Field, after: Field): Change[] {
  const changes: Change[] = [];
  const change = (kind: ChangeKind, detail: string) => changes.push({ kind, table, detail: `\`${after.name}\`: ${detail}` });
  const required = [Boolean(before.constraints?.required), Boolean(after.constraints?.required)];
  if (!required[0] && required[1]) change("constraint_tightened", "now required");
  if (required[0] && !required[1]) change("constraint_relaxed", "may now be empty");
  const beforeEnum = before.constraints?.enum;
  const afterEnum = after.constraints?.enum;
  if (beforeEnum || afterEnum) {
    const dropped = beforeEnum ? beforeEnum.filter((value) => !afterEnum || !afterEnum.includes(value)) : [];
    const added = afterEnum ? afterEnum.filter((value) => !beforeEnum || !beforeEnum.includes(value)) : [];
    if (!beforeEnum) change("constraint_tightened", `now limited to ${afterEnum!.map(String).join(", ")}`);
    else if (dropped.length && afterEnum) change("constraint_tightened", `no longer allows ${dropped.map(String).join(", ")}`);
    else if (!afterEnum || added.length) change("constraint_relaxed", afterEnum ? `now also allows ${added.map(String).join(", ")}` : "no longer limited to a list");
  }
  if ((before.constraints?.pattern ?? null) !== (after.constraints?.pattern ?? null)) change("constraint_changed", "pattern changed");
  return changes;
}

function tableChanges(before: TableDescription, after: TableDescription): Change[] {
  const table = after.name;
  const changes: Change[] = [];
  const change = (kind: ChangeKind, detail: string) => changes.push({ kind, table, detail });
  const beforeFields = new Map(before.fields.map((field) => [field.name, field]));
  const afterFields = new Map(after.fields.map((field) => [field.name, field]));
  for (const field of before.fields) if (!afterFields.has(field.name)) change("column_removed", `\`${field.name}\` (${field.type})`);
  for (const field of after.fields) if (!beforeFields.has(field.name)) change("column_added", `\`${field.name}\` (${field.type})`);
  const common = after.fields.filter((field) => beforeFields.has(field.name));
  const beforeOrder = before.fields.filter((field) => afterFields.has(field.name)).map((field) => field.name);
  if (!sameList(beforeOrder, common.map((field) => field.name))) change("columns_reordered", "columns in a new order");
  const describedAnew: string[] = [];
  for (const field of common) {
    const old = beforeFields.get(field.name)!;
    if (old.type !== field.type) change("column_retyped", `\`${field.name}\`: ${old.type} → ${field.type}`);
    else changes.push(...constraintChanges(table, old, field));
    if ((old.description ?? "") !== (field.description ?? "")) describedAnew.push(`\`${field.name}\``);
  }
  if (!sameList(before.primaryKey, after.primaryKey)) change("primary_key_changed", `(${before.primaryKey.join(", ")}) → (${after.primaryKey.join(", ")})`);
  for (const key of after.foreignKeys) if (!before.foreignKeys.includes(key)) change("foreign_key_added", key);
  for (const key of before.foreignKeys) if (!after.foreignKeys.includes(key)) change("foreign_key_removed", key);
  if (before.title !== after.title || before.description !== after.description) describedAnew.unshift("the table");
  if (describedAnew.length) change("description_changed", `new description of ${describedAnew.join(", ")}`);
  return changes;
}

export function schemaChanges(before: Descriptor, after: Descriptor): Change[] {
  const changes: Change[] = [];
  if (before.metadata !== after.metadata) changes.push({ kind: "metadata_changed", table: null, detail: "title, description or licence" });
  for (const name of before.tables.keys()) {
    if (!after.tables.has(name)) changes.push({ kind: "table_removed", table: name, detail: `\`${name}\`` });
  }
  for (const [name, table] of after.tables) {
    const old = before.tables.get(name);
    if (!old) changes.push({ kind: "table_added", table: name, detail: `\`${name}\`` });
    else changes.push(...tableChanges(old, table));
  }
  return changes;
}
