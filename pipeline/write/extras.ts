/**
 * The files of a version folder made from its written tables rather than
 * streamed with them: the DuckDB database, the dataset card, CITATION.cff,
 * report.html, and the spreadsheet copies when they were not streamed
 * (excel.ts). They read only what is on disk (Parquet or JSON Lines,
 * report.json, rejects.jsonl), so a build that merges shards gets the same
 * files as one that did not. They are made side by side: the database
 * loads each table as soon as it is written, on its own thread, while the
 * pages are made on this one.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { TABLES } from "../../schemas/index.ts";
import type { DatasetConfig } from "../config.ts";
import { datasetCard } from "./card.ts";
import { CITATION_FILE, citationCff } from "./citation.ts";
import type { BuildFacts } from "./datapackage.ts";
import { ALL_WRITTEN, writeDuckDB, type TableReady } from "./duckdb.ts";
import { streamsSpreadsheetCopies, writeExcelCopies } from "./excel.ts";
import { gatherFacts } from "./facts.ts";
import { reportHtml } from "./report-html.ts";
import { settleAll } from "./settle.ts";
import { withDuckDB } from "./written.ts";

export const CARD_FILE = "README.md";
export const REPORT_HTML_FILE = "report.html";

async function writePages(versionDir: string, config: DatasetConfig, build: BuildFacts, written: Promise<unknown>): Promise<void> {
  await written;
  await withDuckDB(":memory:", async (connection) => {
    const facts = await gatherFacts(connection, versionDir, config, build);
    await writeFile(join(versionDir, CARD_FILE), datasetCard(facts));
    await writeFile(join(versionDir, REPORT_HTML_FILE), reportHtml(facts));
  });
}

/** Write the extras; `ready` says when each table's files are complete (all of them already, by default). */
export async function writeExtras(versionDir: string, config: DatasetConfig, build: BuildFacts, ready: TableReady = ALL_WRITTEN): Promise<void> {
  const written = Promise.all(TABLES.map((table) => ready(table.name)));
  await settleAll([
    writeDuckDB(versionDir, config.name, ready),
    writePages(versionDir, config, build, written),
    streamsSpreadsheetCopies(config.formats) ? null : written.then(() => writeExcelCopies(versionDir)),
    writeFile(join(versionDir, CITATION_FILE), citationCff(config)),
  ]);
}
