/**
 * datapackage.json: a Frictionless Data Package v2 descriptor with one
 * resource per table and format, Table Schemas generated from the zod
 * schemas, the licence, the version, the input files and the code that
 * built them. Nothing in it depends on the clock.
 */
import { randomUUID } from "node:crypto";
import { TABLES, type TableDefinition } from "../../schemas/index.ts";
import type { DatasetConfig, Format } from "../config.ts";
import { columnsOf, FRICTIONLESS_TYPES, type Column } from "./columns.ts";
import { FORMAT_WRITERS, tablePath } from "./formats.ts";
import { LineSink } from "./sink.ts";

export const DATAPACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

export interface SourceFact {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
}

export interface BuildFacts {
  /** `git rev-parse HEAD` of the pipeline, with `-dirty` for local changes. */
  readonly commit: string;
  readonly pipelineVersion: string;
  readonly rulesDigest: string;
}

export interface FileFact {
  readonly bytes: number;
  readonly sha256: string;
}

/** Frictionless patterns match the whole value: only anchored patterns translate. */
function fieldPattern(column: Column): string | undefined {
  const pattern = column.pattern;
  if (!pattern || !pattern.startsWith("^") || !pattern.endsWith("$")) return undefined;
  return pattern.slice(1, -1);
}

function field(column: Column): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (!column.nullable) constraints.required = true;
  if (column.enum) constraints.enum = column.enum;
  const pattern = fieldPattern(column);
  if (pattern) constraints.pattern = pattern;
  return {
    name: column.name,
    type: FRICTIONLESS_TYPES[column.kind],
    description: column.description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

function resourceName(table: string, format: Format): string {
  return format === "csv" ? table : `${table}-${format}`;
}

export function tableSchema(table: TableDefinition, format: Format): Record<string, unknown> {
  return {
    fields: columnsOf(table).map(field),
    missingValues: [""],
    primaryKey: [...table.primaryKey],
    ...(table.foreignKeys.length
      ? {
          foreignKeys: table.foreignKeys.map((key) => ({
            fields: [...key.fields],
            reference: { resource: resourceName(key.reference.resource, format), fields: [...key.reference.fields] },
          })),
        }
      : {}),
  };
}

const CSV_DIALECT = { header: true, delimiter: ",", lineTerminator: "\n", quoteChar: '"', doubleQuote: true };

function resource(table: TableDefinition, format: Format, file: FileFact): Record<string, unknown> {
  const writer = FORMAT_WRITERS[format];
  return {
    name: resourceName(table.name, format),
    type: "table",
    path: tablePath(writer, table.name),
    format: writer.resourceFormat,
    mediatype: writer.mediatype,
    ...(format === "parquet" ? {} : { encoding: "utf-8" }),
    ...(format === "csv" ? { dialect: CSV_DIALECT } : {}),
    title: format === "csv" ? table.title : `${table.title} (${format})`,
    description: table.description,
    bytes: file.bytes,
    hash: `sha256:${file.sha256}`,
    schema: tableSchema(table, format),
  };
}

const inPathOrder = (sources: readonly SourceFact[]) => [...sources].sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0));
const sourceEntry = (source: SourceFact) => ({ title: source.path, path: source.path, hash: `sha256:${source.sha256}`, bytes: source.bytes });

export function datapackage(
  config: DatasetConfig,
  files: ReadonlyMap<string, FileFact>,
  sources: readonly SourceFact[],
  facts: BuildFacts,
): Record<string, unknown> {
  const resources = config.formats.flatMap((format) =>
    TABLES.map((table) => {
      const path = tablePath(FORMAT_WRITERS[format], table.name);
      const file = files.get(path);
      if (!file) throw new Error(`datapackage: ${path} was not written`);
      return resource(table, format, file);
    }),
  );
  return {
    $schema: DATAPACKAGE_PROFILE,
    name: config.name,
    title: config.title,
    version: config.version,
    description: config.description,
    licenses: [config.license],
    ...(config.contributors.length ? { contributors: config.contributors } : {}),
    sources: inPathOrder(sources).map(sourceEntry),
    pipeline: {
      commit: facts.commit,
      version: facts.pipelineVersion,
      rules_sha256: facts.rulesDigest,
    },
    resources,
  };
}

const SOURCES_PER_WRITE = 1000;

/**
 * Write `datapackage.json`: the bytes of `datapackage(…)` as JSON with two
 * spaces of indent and a final newline, with the sources (one per input
 * file) turned into text a thousand at a time as they are written. Made
 * whole, the list's objects and text took about 47 MB more at 100,000
 * files.
 */
export async function writeDatapackage(
  path: string,
  config: DatasetConfig,
  files: ReadonlyMap<string, FileFact>,
  sources: readonly SourceFact[],
  facts: BuildFacts,
): Promise<void> {
  const placeholder = `sources-${randomUUID()}`;
  const text = `${JSON.stringify({ ...datapackage(config, files, [], facts), sources: placeholder }, null, 2)}\n`;
  const [before, after] = text.split(JSON.stringify(placeholder)) as [string, string];
  const ordered = inPathOrder(sources);
  const out = new LineSink(path);
  try {
    await out.write(before);
    if (ordered.length === 0) await out.write("[]");
    for (let first = 0; first < ordered.length; first += SOURCES_PER_WRITE) {
      const entries = ordered.slice(first, first + SOURCES_PER_WRITE).map((source) => `    ${JSON.stringify(sourceEntry(source), null, 2).replaceAll("\n", "\n    ")}`);
      await out.write(`${first === 0 ? "[\n" : ",\n"}${entries.join(",\n")}`);
    }
    if (ordered.length > 0) await out.write("\n  ]");
    await out.write(after);
  } finally {
    await out.close();
  }
}
