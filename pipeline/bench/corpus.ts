/**
 * The synthetic benchmark corpus: N articles of the seeds' genre, 3–10 KB
 * each, made by recombining seed pieces and filling their slots. Article i
 * depends only on i and the generator's inputs, so the 100,000-article
 * corpus starts with the 20,000-article one. Written once per generator
 * digest; a marker file beside the folder records it.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { sha256 } from "../core/ids.ts";
import type { DatasetConfig } from "../config.ts";
import type { Resources } from "../resources.ts";
import { ARTICLE_PIPELINE_VERSION } from "../article.ts";
import { makePools, SlotFiller, type Pools } from "./fill.ts";
import { Random } from "./random.ts";
import { loadTemplates, type Piece, type Template } from "./templates.ts";

const GENERATOR_VERSION = "1";
export const MIN_BYTES = 3000;
export const MAX_BYTES = 10000;
/** Room left for slot values longer than the text they replace. */
const MARGIN = 300;
const FILES_PER_FOLDER = 1000;

export interface Corpus {
  readonly dir: string;
  readonly articles: number;
  readonly bytes: number;
  /** When this run wrote the files (ms since the epoch), or null when they were already there. */
  readonly writtenAt: number | null;
}

function fillPiece(piece: Piece, filler: SlotFiller): string {
  let text = "";
  let cursor = 0;
  for (const slot of piece.slots) {
    text += piece.text.slice(cursor, slot.start) + filler.fill(slot.kind, piece.text.slice(slot.start, slot.end));
    cursor = slot.end;
  }
  return text + piece.text.slice(cursor);
}

const total = (pieces: readonly Piece[]) => pieces.reduce((sum, piece) => sum + piece.bytes, 0);

/** Pieces of article `index`: a seed's opening, body pieces from every seed, part of that seed's tail. */
export function composeArticle(index: number, templates: readonly Template[], pools: Pools): string {
  const random = new Random("vn-news-bench", GENERATOR_VERSION, index);
  const template = random.pick(templates);
  const target = random.int(MIN_BYTES + MARGIN, MAX_BYTES - MARGIN);
  const tail: Piece[] = [];
  for (const piece of template.tail) {
    if (total(tail) + piece.bytes > target * 0.3) break;
    tail.push(piece);
  }
  const bodyPool = templates.flatMap((candidate) => candidate.body);
  const body: Piece[] = [];
  const fixed = total(template.header) + total(tail);
  for (let attempt = 0; attempt < 40; attempt++) {
    const piece = random.pick(bodyPool);
    if (fixed + total(body) + piece.bytes <= target) body.push(piece);
  }
  while (fixed + total(body) < MIN_BYTES + MARGIN) body.push(random.pick(bodyPool));
  const filler = new SlotFiller(random, pools);
  return [...template.header, ...body, ...tail].map((piece) => fillPiece(piece, filler)).join("");
}

export function articlePath(dir: string, index: number): string {
  const folder = String(Math.floor(index / FILES_PER_FOLDER)).padStart(3, "0");
  return join(dir, folder, `${String(index).padStart(6, "0")}.txt`);
}

/** What the corpus is made from: the generator, the seeds, and the stages and rules that cut the seeds into templates. */
async function generatorDigest(seedsDir: string, resources: Resources): Promise<string> {
  const names = (await readdir(seedsDir)).sort();
  const seedTexts = await Promise.all(names.map((name) => readFile(join(seedsDir, name))));
  return sha256([GENERATOR_VERSION, ARTICLE_PIPELINE_VERSION, resources.digest, ...seedTexts.map((text) => sha256(text))].join("\n"));
}

/** Make sure `<root>/corpus-<articles>/` holds the corpus; generate it when missing or stale. */
export async function ensureCorpus(
  root: string,
  articles: number,
  seedsDir: string,
  config: DatasetConfig,
  resources: Resources,
  log: (line: string) => void,
): Promise<Corpus> {
  const dir = join(root, `corpus-${articles}`);
  const markerPath = `${dir}.json`;
  const digest = await generatorDigest(seedsDir, resources);
  const marker = await readFile(markerPath, "utf8").then((text) => JSON.parse(text) as { digest: string; bytes: number }, () => null);
  if (marker?.digest === digest) return { dir, articles, bytes: marker.bytes, writtenAt: null };

  log(`generating ${articles} articles into ${dir}`);
  await rm(markerPath, { force: true });
  await rm(dir, { recursive: true, force: true });
  const templates = await loadTemplates(seedsDir, config, resources);
  const pools = makePools(resources.gazetteer);
  let bytes = 0;
  for (let index = 0; index < articles; index++) {
    if (index % FILES_PER_FOLDER === 0) await mkdir(join(dir, String(index / FILES_PER_FOLDER).padStart(3, "0")), { recursive: true });
    const text = composeArticle(index, templates, pools);
    bytes += Buffer.byteLength(text);
    await writeFile(articlePath(dir, index), text);
  }
  await writeFile(markerPath, `${JSON.stringify({ digest, articles, bytes }, null, 2)}\n`);
  return { dir, articles, bytes, writtenAt: Date.now() };
}
