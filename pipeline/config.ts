/**
 * The dataset config: one YAML file, validated with zod. A bad config is an
 * error that names the key.
 */
import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { z } from "zod";

export const FORMATS = ["csv", "json", "parquet"] as const;
export type Format = (typeof FORMATS)[number];

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/;

export const DatasetConfigSchema = z
  .object({
    name: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*$/, "lower-case letters, digits, '.', '_' or '-'")
      .meta({ description: "Machine name of the dataset (Data Package `name`)" }),
    title: z.string().min(1).meta({ description: "Human title of the dataset" }),
    version: z.string().regex(SEMVER, "a semantic version such as 1.2.0").meta({ description: "Dataset version (semver)" }),
    description: z.string().min(1).meta({ description: "What the dataset holds" }),
    license: z
      .object({
        name: z.string().min(1),
        path: z.string().url(),
        title: z.string().min(1),
      })
      .strict()
      .meta({ description: "Licence of the dataset (SPDX id, URL, title)" }),
    input: z.string().min(1).meta({ description: "Folder of articles, relative to the working directory" }),
    output: z.string().min(1).default("output").meta({ description: "Folder that receives `<version>/`" }),
    formats: z
      .array(z.enum(FORMATS))
      .min(1)
      .default([...FORMATS])
      .meta({ description: "Table formats to write" }),
    contributors: z
      .array(z.object({ title: z.string(), roles: z.array(z.string()).optional() }).strict())
      .default([])
      .meta({ description: "People or groups credited in datapackage.json" }),
  })
  .strict();

export type DatasetConfig = z.infer<typeof DatasetConfigSchema>;

export class ConfigError extends Error {}

function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issue.path.length > 0 ? issue.path.join(".") : "(top level)";
  if (issue.code === "unrecognized_keys") return `unknown key(s) ${issue.keys.map((name) => `'${name}'`).join(", ")}`;
  return `key '${key}': ${issue.message}`;
}

export function parseConfig(yamlText: string, file: string): DatasetConfig {
  let raw: unknown;
  try {
    raw = parse(yamlText);
  } catch (error) {
    throw new ConfigError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const result = DatasetConfigSchema.safeParse(raw ?? {});
  if (!result.success) {
    throw new ConfigError(`${file}: ${result.error.issues.map(describeIssue).join("; ")}`);
  }
  return result.data;
}

export async function loadConfig(file: string): Promise<DatasetConfig> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigError(`${file}: cannot read config: ${(error as Error).message}`);
  }
  return parseConfig(text, file);
}
