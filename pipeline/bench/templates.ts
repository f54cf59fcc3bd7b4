/**
 * Templates for the synthetic corpus: each seed article cut into pieces (one
 * per segment, with the line breaks after it), each piece with slots where
 * the pipeline found a person, a province, a date or a number. A generated
 * article is pieces from several seeds with every slot filled anew.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { DatasetConfig } from "../config.ts";
import type { Resources } from "../resources.ts";
import { processArticle } from "../article.ts";
import { ingestFile } from "../stages/ingest.ts";
import type { Row } from "../stages/rows.ts";

export type SlotKind = "person" | "vn-province" | "la-province" | "date" | "number";

export interface Slot {
  /** Code-unit offsets into the piece's text. */
  readonly start: number;
  readonly end: number;
  readonly kind: SlotKind;
}

export interface Piece {
  readonly text: string;
  readonly role: string;
  readonly slots: readonly Slot[];
  readonly bytes: number;
}

export interface Template {
  readonly name: string;
  /** Title, category, byline and lead: the opening of an article. */
  readonly header: readonly Piece[];
  /** Body paragraphs and captions, the part that is recombined. */
  readonly body: readonly Piece[];
  /** Related links and navigation after the article. */
  readonly tail: readonly Piece[];
}

const MAIN_ROLES = new Set(["body", "caption"]);

function slotKind(mention: Row): SlotKind | null {
  const value = String(mention.value ?? "");
  const byType: Record<string, SlotKind | null> = {
    PER: "person",
    LOC: value.startsWith("VN-") ? "vn-province" : value.startsWith("LA-") ? "la-province" : null,
    DATE: "date",
    MONEY: "number",
    QUANTITY: "number",
  };
  return byType[String(mention.type)] ?? null;
}

/** Non-overlapping slots, earliest and longest first, in code points of the raw text. */
function chooseSlots(mentions: readonly Row[]): { start: number; end: number; kind: SlotKind }[] {
  const candidates = mentions
    .map((mention) => ({ start: Number(mention.start), end: Number(mention.end), kind: slotKind(mention) }))
    .filter((slot): slot is { start: number; end: number; kind: SlotKind } => slot.kind !== null)
    .sort((left, right) => left.start - right.start || right.end - left.end);
  const chosen: { start: number; end: number; kind: SlotKind }[] = [];
  for (const slot of candidates) {
    const last = chosen.at(-1);
    if (!last || slot.start >= last.end) chosen.push(slot);
  }
  return chosen;
}

function piecesOf(raw: string, segments: readonly Row[], mentions: readonly Row[]): Piece[] {
  const codePoints = Array.from(raw);
  const slots = chooseSlots(mentions);
  const ordered = [...segments].sort((left, right) => Number(left.start) - Number(right.start));
  return ordered.map((segment, index) => {
    const from = index === 0 ? 0 : Number(segment.start);
    const to = index + 1 < ordered.length ? Number(ordered[index + 1].start) : codePoints.length;
    const unitOffset = (at: number) => codePoints.slice(from, at).join("").length;
    const text = codePoints.slice(from, to).join("");
    const inside = slots
      .filter((slot) => slot.start >= from && slot.end <= to)
      .map((slot) => ({ start: unitOffset(slot.start), end: unitOffset(slot.end), kind: slot.kind }));
    const ending = index + 1 < ordered.length || text.endsWith("\n") ? "" : "\n\n";
    return { text: text + ending, role: String(segment.role), slots: inside, bytes: Buffer.byteLength(text + ending) };
  });
}

function split(name: string, pieces: readonly Piece[]): Template {
  const leadIndex = pieces.findIndex((piece) => piece.role === "lead");
  const headerEnd = leadIndex >= 0 ? leadIndex + 1 : Math.min(2, pieces.length);
  let lastMain = -1;
  pieces.forEach((piece, index) => {
    if (MAIN_ROLES.has(piece.role)) lastMain = index;
  });
  return {
    name,
    header: pieces.slice(0, headerEnd),
    body: pieces.slice(headerEnd, lastMain + 1).filter((piece) => MAIN_ROLES.has(piece.role)),
    tail: pieces.slice(Math.max(lastMain + 1, headerEnd)),
  };
}

/** One template per seed file, in file-name order. */
export async function loadTemplates(seedsDir: string, config: DatasetConfig, resources: Resources): Promise<Template[]> {
  const names = (await readdir(seedsDir)).filter((name) => name.endsWith(".txt")).sort();
  const templates: Template[] = [];
  for (const name of names) {
    const item = await ingestFile({ absolute: join(seedsDir, name), path: `seeds/${name}` }, new Map());
    if (!item.article) continue;
    const result = processArticle(item.article, config, resources);
    templates.push(split(name, piecesOf(item.article.text, result.rows.segments, result.rows.mentions)));
  }
  if (templates.length === 0) throw new Error(`${seedsDir}: no seed article to build templates from`);
  return templates;
}
