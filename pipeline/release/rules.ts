/** versioning.yaml: the bump each kind of change needs, example labels, re-keyed tables. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { Level } from "./semver.ts";

export const CHANGE_KINDS = [
  "table_added",
  "table_removed",
  "column_added",
  "column_removed",
  "column_retyped",
  "columns_reordered",
  "primary_key_changed",
  "foreign_key_added",
  "foreign_key_removed",
  "constraint_tightened",
  "constraint_relaxed",
  "constraint_changed",
  "description_changed",
  "metadata_changed",
  "rows_added",
  "rows_removed",
  "rows_changed",
  "rows_rekeyed",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

const VersioningSchema = z
  .object({
    bumps: z.object(Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, Level])) as Record<ChangeKind, typeof Level>).strict(),
    labels: z.record(z.string(), z.string()),
    rekeyed_by: z.record(z.string(), z.string()),
    examples: z.number().int().positive(),
  })
  .strict();
export type Versioning = z.infer<typeof VersioningSchema>;

export const VERSIONING: Versioning = VersioningSchema.parse(parse(readFileSync(join(import.meta.dirname, "versioning.yaml"), "utf8")));
