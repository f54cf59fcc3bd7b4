/**
 * The files of a version folder made from its written tables rather than
 * streamed with them: the DuckDB database, the dataset card, CITATION.cff,
 * report.html, and the spreadsheet copies when they were not streamed
 * (excel.ts). They read only what is on disk (Parquet or JSON Lines,
 * report.json, rejects.jsonl), so a build that merges shards gets the same
 * files as one that did not.
 *
 * Each DuckDB the build opens may use DUCKDB_MEMORY_LIMIT and what its
 * allocator keeps beyond that (150-300 MB measured), so the finish phase
 * opens one at a time: the Parquet conversions (dataset.ts), then the
 * database, then the pages' facts. With two or three at once, peak memory
 * depended on how long they overlapped, which grows with the corpus
 * (measured: 667 MB at 20,000 articles, 820 MB at 100,000).
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
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

/** Write the extras once `written` says every table's files are complete (they are already, by default). */
export async function writeExtras(versionDir: string, config: DatasetConfig, build: BuildFacts, written: Promise<void> = Promise.resolve()): Promise<void> {
  await settleAll([
    written.then(async () => {
      await writeDuckDB(versionDir, config.name);
      await writePages(versionDir, config, build);
    }),
    streamsSpreadsheetCopies(config.formats) ? null : written.then(() => writeExcelCopies(versionDir)),
    writeFile(join(versionDir, CITATION_FILE), citationCff(config)),
  ]);
}
