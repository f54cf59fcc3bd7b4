/**
 * Floors: the lowest acceptable value of named figures, from a YAML file
 * (`floors: {content.f1: 0.99, …}`), with optional further sections for
 * other gold sets (`heldout: {…}`). A floor naming no figure is an error,
 * so that a renamed figure cannot silently drop its floor.
 */
import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { z } from "zod";
import type { Figures } from "./figures.ts";

const Section = z.record(z.string(), z.number().min(0).max(1));
const FloorsSchema = z.object({ floors: Section }).catchall(Section);

/** The section of the seeds' floors. */
export const DEFAULT_SECTION = "floors";

export type Floors = Readonly<Record<string, number>>;

export interface FloorMiss {
  readonly figure: string;
  readonly value: number;
  readonly floor: number;
}

export class FloorsError extends Error {}

export function parseFloors(text: string, file: string, section: string = DEFAULT_SECTION): Floors {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new FloorsError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const result = FloorsSchema.safeParse(raw);
  if (!result.success) throw new FloorsError(`${file}: ${result.error.issues.map((issue) => `${issue.path.join(".") || "(top level)"}: ${issue.message}`).join("; ")}`);
  const floors = result.data[section];
  if (floors === undefined) throw new FloorsError(`${file}: no section ${section}`);
  return floors;
}

export async function loadFloors(file: string, section: string = DEFAULT_SECTION): Promise<Floors> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new FloorsError(`${file}: cannot read: ${(error as Error).message}`);
  }
  return parseFloors(text, file, section);
}

/** Figures under their floor. Throws when a floor names a figure that does not exist. */
export function checkFloors(figures: Figures, floors: Floors): FloorMiss[] {
  const unknown = Object.keys(floors).filter((figure) => !(figure in figures));
  if (unknown.length > 0) throw new FloorsError(`floor(s) for unknown figure(s): ${unknown.join(", ")}`);
  return Object.entries(floors)
    .filter(([figure, floor]) => figures[figure] < floor)
    .map(([figure, floor]) => ({ figure, value: figures[figure], floor }));
}
