/**
 * What the dataset card and report.html say about a written version: the
 * counts of report.json, rankings and distributions queried from the
 * written tables, the reasons for rejects, and the eval's quality figures.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import type { DuckDBConnection } from "@duckdb/node-api";
import { TABLES } from "../../schemas/index.ts";
import type { DatasetConfig } from "../config.ts";
import type { BuildFacts } from "./datapackage.ts";
import { measureQuality, type Quality } from "./quality.ts";
import { jsonLines, queryRows, schemaScan } from "./written.ts";

const ReportSchema = z.object({
  counts: z.record(z.string(), z.number()),
  sources: z.record(z.string(), z.number()),
  mentions_by_type: z.record(z.string(), z.number()),
  rejects: z.object({ total: z.number(), by_table: z.record(z.string(), z.number()) }),
});
export type ReportCounts = z.infer<typeof ReportSchema>;

export interface Ranked {
  readonly label: string;
  readonly value: number;
  readonly detail?: string;
}

export interface RejectReason {
  readonly table: string;
  readonly issue: string;
  readonly rows: number;
}

export interface DatasetFacts {
  readonly config: DatasetConfig;
  readonly build: BuildFacts;
  readonly report: ReportCounts;
  /** Entities with the most mentions, by entity type. */
  readonly topEntities: Record<string, readonly Ranked[]>;
  /** DATE mentions by the month they name (`YYYY-MM`); year-only dates are counted apart. */
  readonly datesByMonth: readonly Ranked[];
  readonly yearOnlyDates: number;
  readonly articlesByMonth: readonly Ranked[];
  readonly sourceProblems: readonly Ranked[];
  readonly rejectReasons: readonly RejectReason[];
  readonly quality: Quality | null;
}

/** Entity types ranked on the page, with how many of each to show. */
export const RANKED_ENTITY_TYPES: Readonly<Record<string, number>> = { ORG: 15, PER: 15, LOC: 25 };

const scans = (versionDir: string) => Object.fromEntries(TABLES.map((table) => [table.name, schemaScan(versionDir, table)]));

async function ranked(connection: DuckDBConnection, sql: string): Promise<Ranked[]> {
  return (await queryRows(connection, sql)).map((row) => ({
    label: String(row.label),
    value: Number(row.value),
    ...(row.detail === undefined || row.detail === null ? {} : { detail: String(row.detail) }),
  }));
}

async function topEntities(connection: DuckDBConnection, entities: string): Promise<Record<string, Ranked[]>> {
  const result: Record<string, Ranked[]> = {};
  for (const [type, limit] of Object.entries(RANKED_ENTITY_TYPES)) {
    result[type] = await ranked(
      connection,
      `SELECT name AS label, n_mentions AS value, n_articles || ' article' || CASE WHEN n_articles = 1 THEN '' ELSE 's' END AS detail ` +
        `FROM ${entities} WHERE type = '${type}' ORDER BY n_mentions DESC, name LIMIT ${limit}`,
    );
  }
  return result;
}

/** Issues of rejects.jsonl, counted by table, issue path and message. */
async function rejectReasons(versionDir: string): Promise<RejectReason[]> {
  const path = join(versionDir, "rejects.jsonl");
  if (!existsSync(path)) return [];
  const counts = new Map<string, RejectReason>();
  for await (const line of jsonLines(path)) {
    const reject = line as { table: string; issues: { path: string; message: string }[] };
    for (const issue of reject.issues) {
      const text = `${issue.path || "(row)"}: ${issue.message}`;
      const key = `${reject.table}\u0000${text}`;
      const seen = counts.get(key);
      counts.set(key, { table: reject.table, issue: text, rows: (seen?.rows ?? 0) + 1 });
    }
  }
  return [...counts.values()].sort((left, right) => right.rows - left.rows || (left.table + left.issue < right.table + right.issue ? -1 : 1));
}

export async function gatherFacts(
  connection: DuckDBConnection,
  versionDir: string,
  config: DatasetConfig,
  build: BuildFacts,
): Promise<DatasetFacts> {
  const report = ReportSchema.parse(JSON.parse(await readFile(join(versionDir, "report.json"), "utf8")));
  const table = scans(versionDir);
  const monthly = (from: string, column: string, where: string) =>
    ranked(
      connection,
      `SELECT substr(${column}, 1, 7) AS label, count(*) AS value FROM ${from} ` +
        `WHERE ${where} AND regexp_matches(${column}, '^\\d{4}-\\d{2}') GROUP BY label ORDER BY label`,
    );
  const [yearOnly] = await queryRows(
    connection,
    `SELECT count(*) AS n FROM ${table.mentions} WHERE type = 'DATE' AND NOT regexp_matches(value, '^\\d{4}-\\d{2}')`,
  );
  return {
    config,
    build,
    report,
    topEntities: await topEntities(connection, table.entities!),
    datesByMonth: await monthly(table.mentions!, "value", "type = 'DATE'"),
    yearOnlyDates: Number(yearOnly!.n),
    articlesByMonth: await monthly(table.articles!, "published", "published IS NOT NULL"),
    sourceProblems: await ranked(
      connection,
      `SELECT status AS label, count(*) AS value, coalesce(reason, '') AS detail FROM ${table.sources} ` +
        `WHERE status <> 'ok' GROUP BY status, reason ORDER BY value DESC, status, detail LIMIT 20`,
    ),
    rejectReasons: await rejectReasons(versionDir),
    quality: await measureQuality(config),
  };
}
