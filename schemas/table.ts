/**
 * One zod schema per table is the single source of truth: JSON Schema,
 * the Frictionless Table Schema, Parquet column types and the dataset card's
 * data dictionary are all generated from it.
 */
import { z } from "zod";

export interface ForeignKey {
  readonly fields: readonly string[];
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

export interface TableDefinition<Shape extends z.ZodRawShape = z.ZodRawShape> {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly schema: z.ZodObject<Shape>;
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
}

export const PROV_FORMAT =
  "`<source path>#char=<start>,<end>;by=<stage>/<rule>`: the code-point span of the raw source and the rule that produced the value";

/** The `_prov` column of `column`. */
export function provColumn(column: string) {
  return z
    .string()
    .regex(/;by=[a-z0-9.\-_]+\/[a-z0-9.\-_]+$/i)
    .meta({ description: `Provenance of \`${column}\`: ${PROV_FORMAT}` });
}

/** The `_prov` column of a list column: one provenance per element, same order. */
export function provListColumn(column: string) {
  return z
    .array(z.string().regex(/;by=[a-z0-9.\-_]+\/[a-z0-9.\-_]+$/i))
    .meta({ description: `Provenance of each element of \`${column}\`, in the same order: ${PROV_FORMAT}` });
}

type WithProv<Shape extends z.ZodRawShape> = Shape & {
  [Key in keyof Shape & string as `${Key}_prov`]: Shape[Key] extends z.ZodArray<z.ZodType>
    ? ReturnType<typeof provListColumn>
    : ReturnType<typeof provColumn>;
};

/**
 * Value columns with their provenance siblings: `{title}` becomes
 * `{title, title_prov}`, in that order. A nullable value has a nullable
 * provenance (no value, nothing to trace).
 */
export function withProv<Shape extends z.ZodRawShape>(columns: Shape): WithProv<Shape> {
  const result: Record<string, z.ZodType> = {};
  for (const [name, column] of Object.entries(columns)) {
    result[name] = column as z.ZodType;
    const inner = column instanceof z.ZodNullable ? (column.unwrap() as z.ZodType) : (column as z.ZodType);
    const prov = inner instanceof z.ZodArray ? provListColumn(name) : provColumn(name);
    result[`${name}_prov`] = column instanceof z.ZodNullable ? prov.nullable() : prov;
  }
  return result as WithProv<Shape>;
}

export const id = (description: string) => z.string().regex(/^[a-z]+_[0-9a-f]{16}$/).meta({ description });
export const offset = (description: string) => z.number().int().nonnegative().meta({ description });
export const count = (description: string) => z.number().int().nonnegative().meta({ description });

export function defineTable<Shape extends z.ZodRawShape>(definition: TableDefinition<Shape>): TableDefinition<Shape> {
  return definition;
}
