/**
 * The part of every cache key that is not the article: per-article stage
 * versions (ARTICLE_PIPELINE_VERSION), the rules digest, the dataset config,
 * the table schemas, and a digest of the per-article code itself, so an
 * edit that forgot to bump a stage version still cannot serve stale rows.
 */
import { readdirSync, readFileSync, type Dirent } from "node:fs";
import { join, relative } from "node:path";
import { TABLES } from "../../schemas/index.ts";
import { ARTICLE_PIPELINE_VERSION } from "../article.ts";
import type { DatasetConfig } from "../config.ts";
import { sha256 } from "../core/ids.ts";
import { columnsOf } from "../write/columns.ts";

/** Bump when the layout of cached records changes. */
const CACHE_FORMAT = "2";

const PIPELINE = join(import.meta.dirname, "..");
/** What per-article work runs: the stages and what they use, and the row encoders. */
const ARTICLE_CODE = ["article.ts", "resources.ts", "core", "resources", "stages", "workers", "write/columns.ts", "write/formats.ts", "../schemas"];

function articleCodeDigest(): string {
  const files = ARTICLE_CODE.flatMap((item) => {
    const path = join(PIPELINE, item);
    if (item.endsWith(".ts")) return [path];
    return (readdirSync(path, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  });
  return sha256(files.sort().map((file) => `${relative(PIPELINE, file)}\n${sha256(readFileSync(file))}`).join("\n"));
}

let codeDigest: string | undefined;

export function articleScope(config: DatasetConfig, rulesDigest: string): string {
  codeDigest ??= articleCodeDigest();
  const { input: _input, output: _output, ...shaping } = config;
  const schemas = TABLES.map((table) => ({ table: table.name, columns: columnsOf(table) }));
  return sha256(JSON.stringify({ format: CACHE_FORMAT, pipeline: ARTICLE_PIPELINE_VERSION, code: codeDigest, rules: rulesDigest, config: shaping, schemas }));
}
