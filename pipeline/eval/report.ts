/** The evaluation as text for a person, or as JSON for a script. */
import { SCORED_TYPES } from "./gold.ts";
import type { EntitySpan, RoleTriple } from "./gold.ts";
import { ENTITY_GROUPS, VALUE_GROUPS, figures, type Summary } from "./figures.ts";
import type { FloorMiss } from "./floors.ts";
import { METADATA_FIELDS } from "./metadata.ts";
import type { ArticleEvaluation } from "./run.ts";
import { accuracy, prf, type Counts, type Tally } from "./score.ts";

const number = (value: number) => value.toFixed(4);
const fraction = (tally: Tally) => `${tally.correct}/${tally.total}`;

function prfLine(label: string, counts: Counts): string {
  const scores = prf(counts);
  const columns = [scores.precision, scores.recall, scores.f1].map(number).join("  ");
  return `  ${label.padEnd(8)} ${columns}  ${String(counts.truePositives).padStart(5)} ${String(counts.falsePositives).padStart(5)} ${String(counts.falseNegatives).padStart(5)}`;
}

function entityTable(title: string, rows: Summary["exact"]): string[] {
  return [`${title}`, `  ${"type".padEnd(8)} P       R       F1         tp    fp    fn`, ...ENTITY_GROUPS.map((group) => prfLine(group, rows[group]))];
}

function rolesLine(summary: Summary): string {
  const expected = summary.roles.truePositives + summary.roles.falseNegatives;
  if (!summary.rolesPredicted) return `roles: 0/${expected} found: the pipeline produces no role triples`;
  const scores = prf(summary.roles);
  return `roles: P ${number(scores.precision)}  R ${number(scores.recall)}  F1 ${number(scores.f1)}  (${summary.roles.truePositives}/${expected} found, ${summary.roles.falsePositives} wrong)`;
}

export function formatSummary(summary: Summary): string {
  const content = prf(summary.content);
  const lines = [
    `articles: ${summary.articles}`,
    `main content (characters): P ${number(content.precision)}  R ${number(content.recall)}  F1 ${number(content.f1)}  (tp ${summary.content.truePositives}, fp ${summary.content.falsePositives}, fn ${summary.content.falseNegatives})`,
    `line roles: accuracy ${number(accuracy(summary.lines))} (${fraction(summary.lines)})`,
    `metadata: ${METADATA_FIELDS.map((field) => `${field} ${number(accuracy(summary.metadata[field]))} (${fraction(summary.metadata[field])})`).join(", ")}`,
    ...entityTable("entities, exact span:", summary.exact),
    ...entityTable("entities, overlapping span:", summary.overlap),
    `values on exact matches: ${VALUE_GROUPS.map((group) => `${group} ${number(accuracy(summary.values[group]))} (${fraction(summary.values[group])})`).join(", ")}`,
    rolesLine(summary),
  ];
  return `${lines.join("\n")}\n`;
}

const describeEntity = (entity: EntitySpan) =>
  `${entity.type.padEnd(5)} ${entity.start}-${entity.end} ${JSON.stringify(entity.text)} → ${JSON.stringify(entity.value)}${entity.rule ? ` [${entity.rule}]` : ""}`;
const describeRole = (triple: RoleTriple) => `${triple.person} | ${triple.role} | ${triple.organization ?? "—"}`;

/** One article's mistakes: wrong line roles, metadata, missed and spurious mentions, values, roles. */
export function formatArticle(evaluation: ArticleEvaluation): string {
  const content = prf(evaluation.content.chars);
  const out = [
    `== ${evaluation.path}`,
    `  content P ${number(content.precision)} R ${number(content.recall)} F1 ${number(content.f1)}; line roles ${fraction(evaluation.content.lines)}`,
    ...evaluation.content.mistakes.map((mistake) => `  line ${mistake.line}: gold ${mistake.gold}, predicted ${mistake.predicted ? `${mistake.predicted.role} [${mistake.predicted.rule}]` : "(none)"} (${mistake.chars} chars)`),
    ...evaluation.metadata.filter((result) => !result.correct).map((result) => `  metadata ${result.field}: gold ${result.gold}, predicted ${result.predicted}`),
    ...evaluation.entities.falseNegatives.map((entity) => `  FN ${describeEntity(entity)}`),
    ...evaluation.entities.falsePositives.map((entity) => `  FP ${describeEntity(entity)}`),
    ...evaluation.entities.valueMistakes.map((mistake) => `  VALUE ${describeEntity(mistake.gold)}, predicted ${JSON.stringify(mistake.predicted.value)}`),
    ...(evaluation.roles?.falseNegatives ?? []).map((triple) => `  ROLE FN ${describeRole(triple)}`),
    ...(evaluation.roles?.falsePositives ?? []).map((triple) => `  ROLE FP ${describeRole(triple)}`),
  ];
  return `${out.join("\n")}\n`;
}

export function formatFloorMisses(misses: readonly FloorMiss[]): string {
  return misses.map((miss) => `below floor: ${miss.figure} ${number(miss.value)} < ${miss.floor}\n`).join("");
}

/** Everything as one JSON document: figures, the counts behind them, and with `verbose` each article's mistakes. */
export function toJson(summary: Summary, evaluations: readonly ArticleEvaluation[], verbose: boolean, misses: readonly FloorMiss[] | null): string {
  const document = {
    figures: figures(summary),
    counts: summary,
    types: SCORED_TYPES,
    ...(misses === null ? {} : { below_floor: misses }),
    ...(verbose ? { articles: evaluations } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
