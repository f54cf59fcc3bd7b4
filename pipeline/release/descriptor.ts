/**
 * A version folder as its datapackage.json describes it: the package facts
 * and, per table, its Table Schema. Old releases are read the same way, so
 * a comparison never needs the code that built them.
 */
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { z } from "zod";

const Field = z.object({
  name: z.string(),
  type: z.string(),
  description: z.string().optional(),
  constraints: z
    .object({ required: z.boolean().optional(), enum: z.array(z.unknown()).optional(), pattern: z.string().optional() })
    .passthrough()
    .optional(),
});
export type Field = z.infer<typeof Field>;

const ForeignKey = z.object({
  fields: z.array(z.string()),
  reference: z.object({ resource: z.string(), fields: z.array(z.string()) }),
});

const Resource = z.object({
  name: z.string(),
  path: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  schema: z.object({
    fields: z.array(Field),
    primaryKey: z.array(z.string()).default([]),
    foreignKeys: z.array(ForeignKey).default([]),
  }),
});

const Package = z.object({
  name: z.string(),
  version: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  licenses: z.array(z.unknown()).default([]),
  pipeline: z.object({ commit: z.string() }).partial().optional(),
  resources: z.array(Resource),
});

export interface TableDescription {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly fields: readonly Field[];
  readonly primaryKey: readonly string[];
  /** Foreign keys as `(fields) → table(fields)`, comparable as text. */
  readonly foreignKeys: readonly string[];
}

export interface Descriptor {
  readonly name: string;
  readonly version: string;
  /** Title, description and licences, compared as one. */
  readonly metadata: string;
  readonly commit: string | null;
  readonly tables: ReadonlyMap<string, TableDescription>;
}

export class DescriptorError extends Error {}

/** The table a resource holds, from its file name: `json/articles.jsonl` → `articles`. */
const tableOf = (path: string) => basename(path).replace(/\..*$/, "");

export async function readDescriptor(versionDir: string): Promise<Descriptor> {
  const file = join(versionDir, "datapackage.json");
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new DescriptorError(`${file}: cannot read: ${(error as Error).message}`);
  }
  const parsed = Package.safeParse(raw);
  if (!parsed.success) throw new DescriptorError(`${file}: not a dataset descriptor: ${parsed.error.issues[0]?.message}`);
  const descriptor = parsed.data;
  const tableByResource = new Map(descriptor.resources.map((resource) => [resource.name, tableOf(resource.path)]));
  const tables = new Map<string, TableDescription>();
  for (const resource of descriptor.resources) {
    const name = tableOf(resource.path);
    if (tables.has(name)) continue;
    tables.set(name, {
      name,
      title: resource.title ?? "",
      description: resource.description ?? "",
      fields: resource.schema.fields,
      primaryKey: resource.schema.primaryKey,
      foreignKeys: resource.schema.foreignKeys.map(
        (key) =>
          `(${key.fields.join(", ")}) → ${tableByResource.get(key.reference.resource) ?? key.reference.resource}(${key.reference.fields.join(", ")})`,
      ),
    });
  }
  return {
    name: descriptor.name,
    version: descriptor.version,
    metadata: JSON.stringify([descriptor.title, descriptor.description, descriptor.licenses]),
    commit: descriptor.pipeline?.commit ?? null,
    tables,
  };
}
