/**
 * Gold files (tests/gold/FORMAT.md): `<name>.json` read, validated, and its
 * entities located in the article text. Spans are computed here from
 * `text` + `occurrence`, never read from the generated `.spans.jsonl`.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { SEGMENT_ROLES } from "../../schemas/segments.ts";
import type { LineRole } from "../core/document.ts";
import { MAIN_CONTENT_ROLES } from "../core/document.ts";
import type { Span } from "../core/prov.ts";

export const SCORED_TYPES = ["PER", "ORG", "LOC", "DATE", "MONEY"] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

const GoldFileSchema = z
  .object({
    file: z.string().regex(/\.txt$/),
    published: z.string().regex(ISO_DATE).nullable(),
    title: z.string().min(1),
    category: z.string().min(1).nullable(),
    authors: z.array(z.string().min(1)),
    lines: z.array(z.object({ line: z.number().int().positive(), role: z.enum(SEGMENT_ROLES) }).strict()),
    entities: z.array(
      z
        .object({
          type: z.enum(SCORED_TYPES),
          text: z.string().min(1),
          occurrence: z.number().int().nonnegative(),
          value: z.string().min(1),
        })
        .strict(),
    ),
    roles: z
      .array(z.object({ person: z.string().min(1), role: z.string().min(1), organization: z.string().min(1).nullable() }).strict())
      .optional(),
  })
  .strict();

type GoldFile = z.infer<typeof GoldFileSchema>;

/** An annotated mention with its code-point span in the decoded article. */
export interface EntitySpan {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: string;
  /** The rule that produced a predicted mention. */
  readonly rule?: string;
}

export interface RoleTriple {
  readonly person: string;
  readonly role: string;
  readonly organization: string | null;
}

export interface GoldArticle {
  readonly name: string;
  readonly file: string;
  readonly published: string | null;
  readonly title: string;
  readonly category: string | null;
  readonly authors: readonly string[];
  /** Gold role of every non-empty line, by 1-based line number. */
  readonly lines: ReadonlyMap<number, LineRole>;
  readonly entities: readonly EntitySpan[];
  /** `null` when the gold file has no `roles` key. */
  readonly roles: readonly RoleTriple[] | null;
}

export class GoldError extends Error {}

/** Code-point offsets of a JS string: `offsets[i]` is the code-point index of UTF-16 index `i`. */
function codePointOffsets(text: string): Int32Array {
  const offsets = new Int32Array(text.length + 1);
  let points = 0;
  for (let index = 0; index < text.length; index++) {
    offsets[index] = points;
    const unit = text.charCodeAt(index);
    if (unit < 0xdc00 || unit > 0xdfff) points += 1;
  }
  offsets[text.length] = points;
  return offsets;
}

/**
 * UTF-16 index of the `occurrence`-th match of `needle`, searching from the
 * start and restarting one code point after each match's start (FORMAT.md).
 */
export function findOccurrence(text: string, needle: string, occurrence: number): number {
  let from = 0;
  for (let seen = 0; ; seen++) {
    const found = text.indexOf(needle, from);
    if (found === -1) return -1;
    if (seen === occurrence) return found;
    from = found + (text.codePointAt(found)! > 0xffff ? 2 : 1);
  }
}

/** Trimmed code-point span of every non-empty line, by 1-based number over `split("\n")`. */
export function lineSpans(text: string): Map<number, Span> {
  const offsets = codePointOffsets(text);
  const spans = new Map<number, Span>();
  let lineStart = 0;
  text.split("\n").forEach((line, index) => {
    const leading = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed.length > 0) {
      const from = lineStart + leading;
      spans.set(index + 1, { start: offsets[from], end: offsets[from + trimmed.length] });
    }
    lineStart += line.length + 1;
  });
  return spans;
}

function checkLines(gold: GoldFile, spans: ReadonlyMap<number, Span>): string[] {
  const problems: string[] = [];
  const listed = gold.lines.map((entry) => entry.line);
  listed.forEach((line, index) => {
    if (index > 0 && line <= listed[index - 1]) problems.push(`lines: line ${line} out of order or repeated`);
    if (!spans.has(line)) problems.push(`lines: line ${line} is empty or past the end of the article`);
  });
  const missing = [...spans.keys()].filter((line) => !listed.includes(line));
  if (missing.length > 0) problems.push(`lines: non-empty line(s) ${missing.join(", ")} have no role`);
  return problems;
}

function locateEntities(gold: GoldFile, text: string, spans: ReadonlyMap<number, Span>, roles: ReadonlyMap<number, LineRole>): { entities: EntitySpan[]; problems: string[] } {
  const offsets = codePointOffsets(text);
  const problems: string[] = [];
  const entities: EntitySpan[] = [];
  gold.entities.forEach((entity, index) => {
    const where = `entities[${index}] ${entity.type} ${JSON.stringify(entity.text)}#${entity.occurrence}`;
    const found = findOccurrence(text, entity.text, entity.occurrence);
    if (found === -1) {
      problems.push(`${where}: occurrence not found`);
      return;
    }
    const span = { start: offsets[found], end: offsets[found + entity.text.length] };
    const line = [...spans.entries()].find(([, lineSpan]) => lineSpan.start <= span.start && span.end <= lineSpan.end)?.[0];
    if (line === undefined) problems.push(`${where}: span ${span.start}-${span.end} is not inside one line`);
    else if (!MAIN_CONTENT_ROLES.has(roles.get(line)!)) problems.push(`${where}: on line ${line} whose role is ${roles.get(line)}, not main content`);
    entities.push({ type: entity.type, ...span, text: entity.text.normalize("NFC"), value: entity.value });
  });
  return { entities, problems };
}

/** Validate a parsed gold file against its article's decoded text. Throws `GoldError` listing every problem. */
export function parseGold(name: string, json: unknown, text: string): GoldArticle {
  const parsed = GoldFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(top level)"}: ${issue.message}`);
    throw new GoldError(`${name}.json: ${issues.join("; ")}`);
  }
  const gold = parsed.data;
  const spans = lineSpans(text);
  const roles = new Map(gold.lines.map((entry) => [entry.line, entry.role] as const));
  const problems = gold.file === `${name}.txt` ? [] : [`file: ${gold.file} should be ${name}.txt`];
  problems.push(...checkLines(gold, spans));
  const located = locateEntities(gold, text, spans, roles);
  problems.push(...located.problems);
  if (problems.length > 0) throw new GoldError(`${name}.json: ${problems.join("; ")}`);
  return {
    name,
    file: gold.file,
    published: gold.published,
    title: gold.title,
    category: gold.category,
    authors: gold.authors,
    lines: roles,
    entities: located.entities,
    roles: gold.roles ?? null,
  };
}

/** Names (without `.json`) of the gold files in a folder, sorted. */
export async function goldNames(goldDir: string): Promise<string[]> {
  return (await readdir(goldDir))
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.slice(0, -".json".length))
    .sort();
}

export async function readGold(goldDir: string, name: string, text: string): Promise<GoldArticle> {
  const file = join(goldDir, `${name}.json`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new GoldError(`${file}: ${(error as Error).message}`);
  }
  return parseGold(name, json, text);
}
