/**
 * The dataset card, README.md of the version folder: card.md filled with
 * what is generated. The front matter is what the Hugging Face hub reads
 * (licence, language, size, one `configs` entry per table); the data
 * dictionary comes from the zod schemas' descriptions, the counts from
 * report.json, the quality figures from the eval.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { z } from "zod";
import { TABLES, type TableDefinition } from "../../schemas/index.ts";
import type { DatasetConfig, Format } from "../config.ts";
import { bibtex, CITATION_FILE, citationCff } from "./citation.ts";
import { columnsOf, DUCKDB_TYPES } from "./columns.ts";
import { duckdbFileName, VIEWS } from "./duckdb.ts";
import type { DatasetFacts } from "./facts.ts";
import { FORMAT_WRITERS, tablePath } from "./formats.ts";
import { GOLD_SET, headlineFigures, mentionScores } from "./quality.ts";
import { fillTemplate, readTemplate } from "./template.ts";

const SettingsSchema = z.object({
  hub: z.object({
    language: z.array(z.string()),
    task_categories: z.array(z.string()),
    task_ids: z.array(z.string()),
    tags: z.array(z.string()),
    size_categories: z.array(z.object({ below: z.number().nullable(), label: z.string() })),
  }),
  files: z.record(z.string(), z.string()),
});

const SETTINGS = SettingsSchema.parse(parse(readFileSync(join(import.meta.dirname, "card.yaml"), "utf8")));
const TEMPLATE = readTemplate("card.md");

/** Formats in the order the hub and the loading examples prefer them. */
const PREFERRED_FORMATS: readonly Format[] = ["parquet", "json", "csv"];

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");
const number = (value: number) => value.toLocaleString("en-US");
const score = (value: number) => (Number.isFinite(value) ? value.toFixed(3) : "–");

function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

function preferredFormat(config: DatasetConfig): Format {
  return PREFERRED_FORMATS.find((format) => config.formats.includes(format))!;
}

function sizeCategory(facts: DatasetFacts): string {
  const largest = Math.max(0, ...Object.values(facts.report.counts));
  return SETTINGS.hub.size_categories.find((category) => category.below === null || largest < category.below)!.label;
}

function frontMatter(facts: DatasetFacts): string {
  const { config } = facts;
  const format = preferredFormat(config);
  const { size_categories: _buckets, ...hub } = SETTINGS.hub;
  const matter = {
    license: config.license.name.toLowerCase(),
    pretty_name: config.title,
    ...hub,
    size_categories: [sizeCategory(facts)],
    configs: TABLES.map((table) => ({
      config_name: table.name,
      data_files: [{ split: "train", path: tablePath(FORMAT_WRITERS[format], table.name) }],
      ...(table.name === "articles" ? { default: true } : {}),
    })),
  };
  return `---\n${stringify(matter, { lineWidth: 0 })}---\n`;
}

function contents(config: DatasetConfig): string {
  const formatFolders = new Map(config.formats.map((format) => [`${FORMAT_WRITERS[format].folder}/`, format]));
  const allFormatFolders = new Set(Object.values(FORMAT_WRITERS).map((writer) => `${writer.folder}/`));
  return Object.entries(SETTINGS.files)
    .filter(([file]) => !allFormatFolders.has(file) || formatFolders.has(file))
    .map(([file, what]) => `- \`${file === "*.duckdb" ? duckdbFileName(config.name) : file}\`: ${what}`)
    .join("\n");
}

function buildFacts(facts: DatasetFacts): string {
  const files = Object.values(facts.report.sources).reduce((sum, count) => sum + count, 0);
  return [
    `This version was built from ${number(files)} source file(s) by pipeline commit \`${facts.build.commit}\``,
    `(article pipeline ${facts.build.pipelineVersion}, rules SHA-256 \`${facts.build.rulesDigest.slice(0, 16)}…\`);`,
    "`datapackage.json` lists every source file with its SHA-256.",
  ].join(" ");
}

function counts(facts: DatasetFacts): string {
  const { report } = facts;
  const tables = markdownTable(
    ["table", "rows", "what"],
    TABLES.map((table) => [`\`${table.name}\``, number(report.counts[table.name] ?? 0), table.description]),
  );
  const types = markdownTable(
    ["mention type", "mentions"],
    Object.entries(report.mentions_by_type)
      .sort(([leftType, left], [rightType, right]) => right - left || (leftType < rightType ? -1 : 1))
      .map(([type, count]) => [`\`${type}\``, number(count)]),
  );
  const statuses = Object.entries(report.sources)
    .map(([status, count]) => `${number(count)} ${status}`)
    .join(", ");
  const rejected = Object.entries(report.rejects.by_table)
    .map(([table, count]) => `${number(count)} in \`${table}\``)
    .join(", ");
  return [
    tables,
    types,
    `Source files: ${statuses}. Rows that failed their schema (\`rejects.jsonl\`): ${number(report.rejects.total)}${rejected ? ` (${rejected})` : ""}.`,
    "`report.html` shows these counts as charts, with the most-mentioned organisations, people and places and the dates over time.",
  ].join("\n\n");
}

function tableDictionary(table: TableDefinition): string {
  const keys = [`Primary key: \`${table.primaryKey.join("`, `")}\`.`];
  for (const key of table.foreignKeys) {
    keys.push(`\`${key.fields.join("`, `")}\` → \`${key.reference.resource}.${key.reference.fields.join("`, `")}\`.`);
  }
  const columns = markdownTable(
    ["column", "type", "null", "description"],
    columnsOf(table).map((column) => [
      `\`${column.name}\``,
      DUCKDB_TYPES[column.kind],
      column.nullable ? "yes" : "no",
      column.enum ? `${column.description} (one of: ${column.enum.map((value) => `\`${value}\``).join(", ")})` : column.description,
    ]),
  );
  return `### \`${table.name}\`: ${table.title}\n\n${table.description} ${keys.join(" ")}\n\n${columns}`;
}

function quality(facts: DatasetFacts): string {
  if (!facts.quality) {
    return (
      `Not measured for this build: the gold set (\`${GOLD_SET.articles}/\` with \`${GOLD_SET.gold}/\`) was not found beside the pipeline. ` +
      "The counts above and `report.json` are all this version says about itself."
    );
  }
  const mentions = markdownTable(
    ["mention type", "precision", "recall", "F1"],
    mentionScores(facts.quality).map((row) => [row.group, score(row.precision), score(row.recall), score(row.f1)]),
  );
  const headline = markdownTable(
    ["figure", "value"],
    headlineFigures(facts.quality).map((row) => [row.label, score(row.value)]),
  );
  return [
    `Scored by \`make eval\` against ${facts.quality.articles} hand-annotated gold articles (\`${GOLD_SET.gold}/\` in the pipeline's repository), not against this corpus as a whole.`,
    `Mentions found with the exact span and type (micro: all types together):\n\n${mentions}`,
    headline,
  ].join("\n\n");
}

const FORMAT_NAMES: Record<Format, string> = { csv: "CSV", json: "JSON Lines", parquet: "Parquet" };

const PANDAS_READERS: Record<Format, (path: string) => string> = {
  parquet: (path) => `pd.read_parquet("${path}")`,
  json: (path) => `pd.read_json("${path}", lines=True, dtype=False)`,
  csv: (path) => `pd.read_csv("${path}", keep_default_na=False, na_values=[""])`,
};

const PANDAS_EXAMPLE = (mentions: string, articles: string) =>
  [
    "```python",
    "import pandas as pd",
    "",
    `mentions = ${mentions}`,
    `articles = ${articles}`,
    'people = mentions[mentions["type"] == "PER"].merge(articles[["article_id", "title"]], on="article_id")',
    'print(people[["title", "text", "value"]].head(20))',
    "```",
  ].join("\n");

/** `pd.read_parquet` needs pyarrow, which many systems lack: the same code on JSON Lines runs with pandas alone. */
function pandasWithoutPyarrow(formats: readonly Format[]): string {
  if (!formats.includes("parquet") || !formats.includes("json")) return "";
  const jsonFile = (table: string) => tablePath(FORMAT_WRITERS.json, table);
  return [
    "`pd.read_parquet` needs `pyarrow` (`pip install pandas pyarrow`). Without it, the JSON Lines copies load with pandas alone:",
    PANDAS_EXAMPLE(PANDAS_READERS.json(jsonFile("mentions")), PANDAS_READERS.json(jsonFile("articles"))),
  ].join("\n\n");
}

export function datasetCard(facts: DatasetFacts): string {
  const { config } = facts;
  const format = preferredFormat(config);
  const file = (table: string) => tablePath(FORMAT_WRITERS[format], table);
  return fillTemplate(TEMPLATE, {
    front_matter: frontMatter(facts),
    title: config.title,
    description: config.description,
    version: config.version,
    license: `[${config.license.title}](${config.license.path}) (\`${config.license.name}\`)`,
    formats: config.formats.map((name) => FORMAT_NAMES[name]).join(", "),
    contents: contents(config),
    build: buildFacts(facts),
    counts: counts(facts),
    dictionary: TABLES.map(tableDictionary).join("\n\n"),
    quality: quality(facts),
    views: VIEWS.map((view) => `- \`${view.name}\`: ${view.description}`).join("\n"),
    duckdb_file: duckdbFileName(config.name),
    sql_mentions: `'${file("mentions")}'`,
    sql_articles: `'${file("articles")}'`,
    pandas_mentions: PANDAS_READERS[format](file("mentions")),
    pandas_articles: PANDAS_READERS[format](file("articles")),
    pandas_without_pyarrow: pandasWithoutPyarrow(config.formats),
    citation: `\`${CITATION_FILE}\`:\n\n\`\`\`yaml\n${citationCff(config)}\`\`\`\n\nBibTeX:\n\n\`\`\`bibtex\n${bibtex(config)}\`\`\``,
  });
}
