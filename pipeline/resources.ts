/**
 * Rule files (YAML under pipeline/rules) loaded once per process or worker
 * and handed to every stage. Each file is validated; an error names the file
 * and the key.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, sep, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { sha256 } from "./core/ids.ts";
import { loadGazetteer, type Gazetteer } from "./resources/gazetteer.ts";
import { CleaningRulesSchema, type CleaningRules } from "./resources/cleaning.ts";
import { NameRulesSchema, ValueRulesSchema, type NameRules, type ValueRules } from "./resources/name-rules.ts";

export type { NameRules, ValueRules };

export const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), "rules");

export type { CleaningRules };

export interface Resources {
  readonly cleaning: CleaningRules;
  readonly values: ValueRules;
  readonly names: NameRules;
  readonly gazetteer: Gazetteer;
  /** Digest of every rule file, for cache keys and the datapackage. */
  readonly digest: string;
}

export class RulesError extends Error {}

/** Read one YAML rule file and validate it; errors name the file and key. */
export function loadRuleFile<T>(file: string, schema: z.ZodType<T>): { data: T; text: string } {
  const text = readFileSync(file, "utf8");
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new RulesError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `key '${issue.path.join(".") || "(top level)"}': ${issue.message}`);
    throw new RulesError(`${file}: ${issues.join("; ")}`);
  }
  return { data: result.data, text };
}

/** SHA-256 over every rule file (path and content), in sorted order. */
export function rulesDigest(rulesDir: string): string {
  const files = (readdirSync(rulesDir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.slice(rulesDir.length).startsWith(`${sep}upstream${sep}`))
    .sort();
  return sha256(files.map((file) => `${file.slice(rulesDir.length)}\n${readFileSync(file, "utf8")}`).join("\n"));
}

export function loadResources(rulesDir: string = RULES_DIR): Resources {
  const cleaning = loadRuleFile(join(rulesDir, "cleaning.yaml"), CleaningRulesSchema);
  const values = loadRuleFile(join(rulesDir, "values.yaml"), ValueRulesSchema);
  const names = loadRuleFile(join(rulesDir, "names.yaml"), NameRulesSchema);
  return {
    cleaning: cleaning.data,
    values: values.data,
    names: names.data,
    gazetteer: loadGazetteer(rulesDir),
    digest: rulesDigest(rulesDir),
  };
}
