/**
 * CHANGELOG.md of a version: against what it was compared, the version
 * bump and the one the changes need, schema changes, and per table the rows
 * added, removed, re-keyed and changed by primary key with examples.
 */
import type { Comparison } from "./compare.ts";
import type { RowChanges, RowExample, TableRowDiff } from "./data-diff.ts";
import type { Descriptor } from "./descriptor.ts";
import { VERSIONING } from "./rules.ts";
import type { Level } from "./semver.ts";

export const CHANGELOG_FILE = "CHANGELOG.md";

export interface Baseline {
  /** How the changelog names what it compared against, e.g. "release 0.1.0". */
  readonly label: string;
  readonly dir: string;
}

const quoted = (text: string | null | undefined) => (text === null || text === undefined ? "null" : JSON.stringify(text));
const number = (value: number) => value.toLocaleString("en-US");

function example(row: RowExample): string {
  const label = row.label === null ? "" : ` ${quoted(row.label)}`;
  if (row.previousKey !== undefined) return `\`${row.previousKey}\` → \`${row.key}\`${label}`;
  if (row.columns) {
    const [first, ...rest] = row.columns;
    const more = rest.length ? `; also ${rest.map((column) => `\`${column}\``).join(", ")}` : "";
    return `\`${row.key}\`${label}: \`${first}\` ${quoted(row.before)} → ${quoted(row.after)}${more}`;
  }
  return `\`${row.key}\`${label}`;
}

const ROW_SECTIONS: readonly [string, (diff: TableRowDiff) => RowChanges][] = [
  ["Added", (diff) => diff.added],
  ["Removed", (diff) => diff.removed],
  ["Re-keyed (content changed, so the key did; matched by `%`)", (diff) => diff.rekeyed],
  ["Changed", (diff) => diff.changed],
];

function tableSection(diff: TableRowDiff): string {
  const lines = [`### \`${diff.table}\``, "", `${number(diff.rowsBefore)} → ${number(diff.rowsAfter)} rows.`];
  if (diff.skipped) return [...lines, "", `Rows not compared: ${diff.skipped}.`].join("\n");
  for (const [title, rows] of ROW_SECTIONS) {
    const changes = rows(diff);
    if (changes.count === 0) continue;
    const heading = title.replace("%", VERSIONING.rekeyed_by[diff.table] ?? "");
    const shown = changes.count > changes.examples.length ? `, first ${changes.examples.length} by key` : "";
    lines.push("", `${heading}: ${number(changes.count)}${shown}`, "", ...changes.examples.map((row) => `- ${example(row)}`));
  }
  return lines.join("\n");
}

function summaryTable(rows: readonly TableRowDiff[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [
    line(["table", "rows before", "rows now", "added", "removed", "re-keyed", "changed"]),
    line(["---", "---:", "---:", "---:", "---:", "---:", "---:"]),
    ...rows.map((diff) =>
      line([`\`${diff.table}\``, ...[diff.rowsBefore, diff.rowsAfter, diff.added.count, diff.removed.count, diff.rekeyed.count, diff.changed.count].map(number)]),
    ),
  ].join("\n");
}

function schemaSection(comparison: Comparison): string {
  if (comparison.schema.length === 0) return "No change to tables, columns, keys or descriptions.";
  return comparison.schema
    .map((change) => `- ${change.kind.replaceAll("_", " ")}${change.table ? ` in \`${change.table}\`` : ""}: ${change.detail} (needs ${VERSIONING.bumps[change.kind]})`)
    .join("\n");
}

const rowsChanged = (diff: TableRowDiff) => diff.skipped !== null || ROW_SECTIONS.some(([, rows]) => rows(diff).count > 0);

export function changelog(after: Descriptor, baseline: Baseline, comparison: Comparison, moved: Level): string {
  const changedTables = comparison.rows.filter(rowsChanged);
  const unchanged = changedTables.length === 0;
  const pipeline =
    comparison.before.commit !== after.commit ? `Built by pipeline commit \`${after.commit}\` (previously \`${comparison.before.commit}\`).` : `Built by the same pipeline commit \`${after.commit}\`.`;
  return [
    `# Changes in ${after.name} ${after.version}`,
    "",
    `Compared with ${baseline.label} (${comparison.before.version}), by primary key. ${pipeline}`,
    "",
    `Version bump: ${moved} (${comparison.before.version} → ${after.version}); the changes need at least: ${comparison.required}.`,
    "",
    "## Schema",
    "",
    schemaSection(comparison),
    "",
    "## Rows",
    "",
    unchanged ? "No row added, removed or changed." : summaryTable(comparison.rows),
    ...changedTables.flatMap((diff) => ["", tableSection(diff)]),
    "",
  ].join("\n");
}

export function firstChangelog(after: Descriptor, counts: Readonly<Record<string, number>>): string {
  return [
    `# Changes in ${after.name} ${after.version}`,
    "",
    "First release: there is no earlier release to compare with.",
    "",
    ...[...after.tables.keys()].map((table) => `- \`${table}\`: ${number(counts[table] ?? 0)} rows`),
    "",
  ].join("\n");
}
