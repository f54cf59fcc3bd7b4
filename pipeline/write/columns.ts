/**
 * Columns of a table, read off the JSON Schema that zod generates from the
 * table's schema: one description feeds JSON Schema, the Frictionless Table
 * Schema, the Parquet column types and the dataset card.
 */
import { z } from "zod";
import type { TableDefinition } from "../../schemas/index.ts";

export type ColumnKind = "string" | "integer" | "number" | "boolean" | "list";

export interface Column {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly nullable: boolean;
  readonly description: string;
  readonly enum?: readonly string[];
  readonly pattern?: string;
}

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  pattern?: string;
  description?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
};

export function tableJsonSchema(table: TableDefinition): Record<string, unknown> {
  const generated = z.toJSONSchema(table.schema) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, title: table.title, description: table.description, ...rest };
}

function describe(name: string, schema: JsonSchema): Column {
  const variants = schema.anyOf ?? [schema];
  const types = variants.flatMap((variant) => (Array.isArray(variant.type) ? variant.type : [variant.type]));
  const nullable = types.includes("null");
  const valueTypes = types.filter((type) => type !== "null");
  const valueSchema = variants.find((variant) => variant.type !== "null") ?? schema;
  const description = schema.description ?? valueSchema.description ?? "";
  if (valueTypes.length !== 1) throw new Error(`column ${name}: expected one value type, got ${valueTypes.join(",")}`);
  const kind = ({ string: "string", integer: "integer", number: "number", boolean: "boolean", array: "list" } as const)[
    valueTypes[0] as "string"
  ];
  if (!kind) throw new Error(`column ${name}: unsupported JSON Schema type ${valueTypes[0]}`);
  const enumValues = valueSchema.enum?.filter((value): value is string => typeof value === "string");
  return {
    name,
    kind,
    nullable,
    description,
    ...(enumValues && enumValues.length ? { enum: enumValues } : {}),
    ...(valueSchema.pattern ? { pattern: valueSchema.pattern } : {}),
  };
}

const CACHE = new WeakMap<TableDefinition, readonly Column[]>();

/** The table's columns in schema order. */
export function columnsOf(table: TableDefinition): readonly Column[] {
  let columns = CACHE.get(table);
  if (!columns) {
    const properties = (z.toJSONSchema(table.schema) as JsonSchema).properties ?? {};
    columns = Object.entries(properties).map(([name, schema]) => describe(name, schema));
    CACHE.set(table, columns);
  }
  return columns;
}

/** A row with exactly the table's columns, in schema order, undefined as null. */
export function orderRow(columns: readonly Column[], row: Record<string, unknown>): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const column of columns) ordered[column.name] = row[column.name] ?? null;
  return ordered;
}

export const DUCKDB_TYPES: Record<ColumnKind, string> = {
  string: "VARCHAR",
  integer: "BIGINT",
  number: "DOUBLE",
  boolean: "BOOLEAN",
  list: "VARCHAR[]",
};

/** Frictionless Table Schema field types; list columns are JSON arrays in CSV. */
export const FRICTIONLESS_TYPES: Record<ColumnKind, string> = {
  string: "string",
  integer: "integer",
  number: "number",
  boolean: "boolean",
  list: "array",
};
