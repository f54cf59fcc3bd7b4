/**
 * Golden files: each seed's articles, segments and mentions rows in a form a
 * person can read and review (tests/golden/<seed>.<table>.txt). A change in
 * output fails here until a reviewer has read the diff and accepted it with
 * `npx vitest run tests/golden.test.ts -u`. Known disagreements with the
 * hand annotation are listed in tests/golden/REVIEW.md.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDataset, readTable, REPO, seedFiles, type BuiltDataset } from "./support/build.ts";

type Row = Record<string, unknown>;
let built: BuiltDataset;
const tables: Record<string, Row[]> = {};

beforeAll(async () => {
  built = await buildDataset();
  for (const table of ["sources", "articles", "segments", "mentions"]) tables[table] = await readTable(built.versionDir, table);
});

const rule = (cell: unknown) => (typeof cell === "string" ? cell.slice(cell.indexOf(";by=") + 4) : "");

const RENDER: Record<string, (rows: Row[]) => string> = {
  articles: (rows) => `${JSON.stringify(rows, null, 2)}\n`,
  segments: (rows) =>
    rows
      .map(
        (row) =>
          `${String(row.line).padStart(3)} ${row.start}-${row.end} ${String(row.role).padEnd(8)} ${row.main_content ? "M" : "-"} [${rule(row.role_prov)}] ${row.text}`,
      )
      .join("\n") + "\n",
  mentions: (rows) =>
    rows
      .map((row) => {
        const extras = [row.amount !== null ? `amount=${row.amount}` : "", row.unit ? `unit=${row.unit}` : "", row.qualifier ? `qualifier=${row.qualifier}` : ""]
          .filter(Boolean)
          .join(" ");
        return `${row.start}-${row.end} ${String(row.type).padEnd(8)} ${JSON.stringify(row.text)} → ${JSON.stringify(row.value)}${extras ? ` ${extras}` : ""} [${rule(row.text_prov)} | ${rule(row.value_prov)}]`;
      })
      .join("\n") + "\n",
};

describe.each((await seedFiles()).map((file) => [file] as const))("%s", (file) => {
  it.each(Object.keys(RENDER).map((table) => [table] as const))("%s rows match the reviewed golden file", async (table) => {
    const source = tables.sources!.find((row) => row.path === `seeds/${file}`)!;
    const article = tables.articles!.find((row) => row.source_id === source.source_id)!;
    const rows = tables[table]!.filter((row) => row.article_id === article.article_id);
    const stem = file.replace(/\.txt$/, "");
    await expect(RENDER[table]!(rows)).toMatchFileSnapshot(join(REPO, "tests", "golden", `${stem}.${table}.txt`));
  });
});
