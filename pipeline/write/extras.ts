/**
 * The files of a version folder made from its written tables rather than
 * streamed with them: the DuckDB database, the dataset card, CITATION.cff,
 * report.html, and the spreadsheet copies when they were not streamed
 * (excel.ts). They read only what is on disk (Parquet or JSON Lines,
 * report.json, rejects.jsonl), so a build that merges shards gets the same
 * files as one that did not.
 *
 * The database loads each table as soon as that table's files are complete,
 * while the next table is converted to Parquet: two DuckDBs at a time, each
 * within its limit, on the two cores. The database's DuckDBs live for one
 * slice each (duckdb.ts), so how long they overlap the conversions does not
 * change the memory they need; a DuckDB that lived through the whole load
 * beside the conversions needed more memory the larger the corpus
 * (measured: 667 MB at 20,000 articles, 820 MB at 100,000). The pages'
 * facts are queried once every table is complete.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { TABLES } from "../../schemas/index.ts";
import type { DatasetConfig } from "../config.ts";
import { datasetCard } from "./card.ts";
import { CITATION_FILE, citationCff } from "./citation.ts";
import type { BuildFacts } from "./datapackage.ts";
import { writeDuckDB } from "./duckdb.ts";
import { streamsSpreadsheetCopies, writeExcelCopies } from "./excel.ts";
import { gatherFacts } from "./facts.ts";
import { reportHtml } from "./report-html.ts";
import { settleAll } from "./settle.ts";
import { withDuckDB } from "./written.ts";

export const CARD_FILE = "README.md";
export const REPORT_HTML_FILE = "report.html";

async function writePages(versionDir: string, config: DatasetConfig, build: BuildFacts): Promise<void> {
  await withDuckDB(":memory:", async (connection) => {
    const facts = await gatherFacts(connection, versionDir, config, build);
    await writeFile(join(versionDir, CARD_FILE), datasetCard(facts));
    await writeFile(join(versionDir, REPORT_HTML_FILE), reportHtml(facts));
  });
}

/** Settles when a table's written files are complete. */
export type TableWritten = (table: string) => Promise<void>;

const ALREADY_WRITTEN: TableWritten = () => Promise.resolve();

/** Write the extras, each as soon as the tables it reads are complete (they are already, by default). */
export async function writeExtras(versionDir: string, config: DatasetConfig, build: BuildFacts, tableWritten: TableWritten = ALREADY_WRITTEN): Promise<void> {
  const allWritten = Promise.all(TABLES.map((table) => tableWritten(table.name)));
  await settleAll([
    writeDuckDB(versionDir, config.name, { tableWritten }),
    allWritten.then(() => writePages(versionDir, config, build)),
    streamsSpreadsheetCopies(config.formats) ? null : allWritten.then(() => writeExcelCopies(versionDir)),
    writeFile(join(versionDir, CITATION_FILE), citationCff(config)),
  ]);
}
