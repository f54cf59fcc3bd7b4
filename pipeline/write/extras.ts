/**
 * The files of a version folder made from its written tables rather than
 * streamed with them: spreadsheet copies, the DuckDB database, the dataset
 * card, CITATION.cff and report.html. They read only what is on disk
 * (Parquet or JSON Lines, report.json, rejects.jsonl), so a build that
 * merges shards gets the same files as one that did not.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { DatasetConfig } from "../config.ts";
import { datasetCard } from "./card.ts";
import { CITATION_FILE, citationCff } from "./citation.ts";
import type { BuildFacts } from "./datapackage.ts";
import { writeDuckDB } from "./duckdb.ts";
import { writeExcelCopies } from "./excel.ts";
import { gatherFacts } from "./facts.ts";
import { reportHtml } from "./report-html.ts";
import { withDuckDB } from "./written.ts";

export const CARD_FILE = "README.md";
export const REPORT_HTML_FILE = "report.html";

export async function writeExtras(versionDir: string, config: DatasetConfig, build: BuildFacts): Promise<void> {
  await writeDuckDB(versionDir, config.name);
  await writeExcelCopies(versionDir);
  await withDuckDB(":memory:", async (connection) => {
    const facts = await gatherFacts(connection, versionDir, config, build);
    await writeFile(join(versionDir, CARD_FILE), datasetCard(facts));
    await writeFile(join(versionDir, REPORT_HTML_FILE), reportHtml(facts));
  });
  await writeFile(join(versionDir, CITATION_FILE), citationCff(config));
}
