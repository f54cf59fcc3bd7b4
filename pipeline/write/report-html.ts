/**
 * report.html: report.json and the written tables as one self-contained
 * page (inline CSS and SVG, no script, nothing fetched): counts, mentions by
 * type, the most-mentioned organisations, people and places, dates over
 * time, rejects and their reasons, and the eval's quality figures.
 */
import { TABLES } from "../../schemas/index.ts";
import { barChart, columnChart, escapeXml, timeline } from "./charts.ts";
import type { DatasetFacts, Ranked } from "./facts.ts";
import { headlineFigures, mentionScores, GOLD_SET } from "./quality.ts";
import { fillTemplate, readTemplate } from "./template.ts";

const TEMPLATE = readTemplate("report-template.html");

const COLORS = { types: "#4c72b0", ORG: "#dd8452", PER: "#55a868", LOC: "#8172b3", dates: "#937860", articles: "#64b5cd", rejects: "#c44e52" };

const html = escapeXml;
const number = (value: number) => value.toLocaleString("en-US");
const score = (value: number) => (Number.isFinite(value) ? value.toFixed(3) : "–");

function table(head: readonly string[], rows: readonly (readonly string[])[], numeric: ReadonlySet<number> = new Set()): string {
  const cell = (tag: string, text: string, index: number) => `<${tag}${numeric.has(index) ? ' class="number"' : ""}>${text}</${tag}>`;
  return (
    `<table><thead><tr>${head.map((text, index) => cell("th", html(text), index)).join("")}</tr></thead>` +
    `<tbody>${rows.map((row) => `<tr>${row.map((text, index) => cell("td", html(text), index)).join("")}</tr>`).join("")}</tbody></table>`
  );
}

function tiles(facts: DatasetFacts): string {
  const { counts, sources, rejects } = facts.report;
  const items: [number, string][] = [
    [counts.articles ?? 0, "articles"],
    [counts.sentences ?? 0, "sentences"],
    [counts.mentions ?? 0, "mentions"],
    [counts.entities ?? 0, "entities"],
    [sources.ok ?? 0, "source files built"],
    [(sources.rejected ?? 0) + (sources.duplicate ?? 0), "source files rejected or duplicate"],
    [rejects.total, "rows quarantined"],
    [counts.segments ?? 0, "segments (lines)"],
  ];
  return `<div class="tiles">${items.map(([value, label]) => `<div class="tile"><b>${number(value)}</b><span>${html(label)}</span></div>`).join("")}</div>`;
}

function countsSection(facts: DatasetFacts): string {
  const rows = TABLES.map((definition) => [definition.name, number(facts.report.counts[definition.name] ?? 0), definition.description]);
  return `<h2 id="tables">Rows per table</h2>${table(["table", "rows", "what"], rows, new Set([1]))}`;
}

function mentionSection(facts: DatasetFacts): string {
  const byType: Ranked[] = Object.entries(facts.report.mentions_by_type)
    .map(([label, value]) => ({ label, value }))
    .sort((left, right) => right.value - left.value || (left.label < right.label ? -1 : 1));
  return `<h2 id="types">Mentions by type</h2>${barChart(byType, { label: "Mentions by type", color: COLORS.types })}`;
}

const ENTITY_TITLES: Readonly<Record<string, string>> = {
  ORG: "Organisations mentioned most",
  PER: "People mentioned most",
  LOC: "Places, ranked by mentions",
};

function entitySections(facts: DatasetFacts): string {
  return Object.entries(ENTITY_TITLES)
    .map(([type, title]) => {
      const rows = facts.topEntities[type] ?? [];
      const color = COLORS[type as keyof typeof COLORS];
      return `<h2 id="${type}">${html(title)}</h2>${barChart(rows, { label: title, color })}<p class="note">Mentions per entity; hover a bar for the number of articles.</p>`;
    })
    .join("");
}

function timeSection(facts: DatasetFacts): string {
  const yearOnly = facts.yearOnlyDates
    ? `<p class="note">${number(facts.yearOnlyDates)} DATE mention(s) name only a year and are not in this chart.</p>`
    : "";
  return (
    `<h2 id="dates">Dates over time</h2><h3>DATE mentions, by the period they name</h3>` +
    columnChart(timeline(facts.datesByMonth), { label: "DATE mentions by period", color: COLORS.dates }) +
    yearOnly +
    `<h3>Articles, by publication date</h3>` +
    columnChart(timeline(facts.articlesByMonth), { label: "Articles by publication period", color: COLORS.articles })
  );
}

function rejectSection(facts: DatasetFacts): string {
  const { sources, rejects } = facts.report;
  const statuses: Ranked[] = Object.entries(sources).map(([label, value]) => ({ label, value }));
  const sourceRows = facts.sourceProblems.map((row) => [row.label, number(row.value), row.detail ?? ""]);
  const byTable: Ranked[] = Object.entries(rejects.by_table).map(([label, value]) => ({ label, value }));
  const issueRows = facts.rejectReasons.slice(0, 20).map((row) => [row.table, row.issue, number(row.rows)]);
  return (
    `<h2 id="rejects">Rejects and reasons</h2><h3>Source files by status</h3>` +
    barChart(statuses, { label: "Source files by status", color: COLORS.rejects }) +
    (sourceRows.length ? table(["status", "files", "reason"], sourceRows, new Set([1])) : `<p class="note">Every source file was built.</p>`) +
    `<h3>Rows quarantined in rejects.jsonl</h3>` +
    (byTable.length ? barChart(byTable, { label: "Rows quarantined by table", color: COLORS.rejects }) : "") +
    (issueRows.length ? table(["table", "issue", "rows"], issueRows, new Set([2])) : "") +
    (byTable.length || issueRows.length ? "" : `<p class="note">No row failed its schema.</p>`)
  );
}

function qualitySection(facts: DatasetFacts): string {
  if (!facts.quality) {
    return `<h2 id="quality">Quality</h2><p class="note">Not measured: the gold set (${GOLD_SET.articles}/ with ${GOLD_SET.gold}/) was not found beside the pipeline.</p>`;
  }
  const { quality } = facts;
  const scores = mentionScores(quality);
  const mentions = scores.map((row) => [row.group, score(row.precision), score(row.recall), score(row.f1)]);
  const headline = headlineFigures(quality).map((row) => [row.label, score(row.value)]);
  const f1: Ranked[] = scores.map((row) => ({ label: row.group, value: row.f1 }));
  return (
    `<h2 id="quality">Quality</h2><p class="note">The pipeline scored by <code>make eval</code> against ${quality.articles} hand-annotated gold ` +
    `articles (${GOLD_SET.gold}/), not against this corpus as a whole.</p>` +
    `<h3>Mentions found with the exact span and type: F1, from 0 to 1</h3>` +
    barChart(f1, { label: "F1 by mention type", color: COLORS.types, scale: 1, format: score }) +
    `<p class="note">micro: all types together.</p>${table(["type", "precision", "recall", "F1"], mentions, new Set([1, 2, 3]))}` +
    `<h3>Cleaning and metadata</h3>${table(["figure", "value"], headline, new Set([1]))}`
  );
}

const SECTIONS: readonly ((facts: DatasetFacts) => string)[] = [
  tiles,
  mentionSection,
  entitySections,
  timeSection,
  rejectSection,
  qualitySection,
  countsSection,
];

export function reportHtml(facts: DatasetFacts): string {
  return fillTemplate(TEMPLATE, {
    title: html(facts.config.title),
    version: html(facts.config.version),
    license: html(facts.config.license.title),
    commit: html(facts.build.commit),
    body: SECTIONS.map((section) => section(facts)).join("\n"),
  });
}
