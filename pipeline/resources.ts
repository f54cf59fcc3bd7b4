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

export const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), "rules");

const CleaningRulesSchema = z
  .object({
    trailing_headings: z.array(z.string().min(1)).min(1),
    header_stamp: z.string(),
    caption_credit: z.string(),
    byline_prefix: z.string(),
    outlet_tag: z.string(),
    outlets: z.record(z.string(), z.string()),
    sentence_final: z.string(),
    max_category_words: z.number().int().positive(),
    max_author_words: z.number().int().positive(),
    categories: z.array(z.string().min(1)),
    lead_openers: z.array(z.string().min(1)),
    non_final_abbreviations: z.array(z.string().min(1)),
  })
  .strict();

export type CleaningRules = z.infer<typeof CleaningRulesSchema>;

const NameRulesSchema = z
  .object({
    honorifics: z.array(z.string().min(1)),
    titles: z.array(z.string().min(1)),
    organization_heads: z.array(z.string().min(1)),
    organization_names: z.record(z.string(), z.string()),
    abbreviations: z.record(z.string(), z.string()),
    place_unions: z
      .object({
        "vn-province": z.string(),
        "la-province": z.string(),
        country: z.record(z.string(), z.string()),
      })
      .strict(),
    admin_words: z.array(z.string().min(1)),
    place_heads: z.array(z.string().min(1)),
    not_name_starts: z.array(z.string().min(1)),
  })
  .strict();

export type NameRules = z.infer<typeof NameRulesSchema>;

const ValueRulesSchema = z
  .object({
    currencies: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/)),
    qualifiers: z.array(z.string().min(1)),
    quantity_units: z.array(z.string().min(1)),
    date_lead_words: z.array(z.string().min(1)),
  })
  .strict();

export type ValueRules = z.infer<typeof ValueRulesSchema>;

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
