/**
 * The floor: the least any build of these files must do, timed on one
 * thread: read each file, decode it, normalise it to NFC and write it as
 * one CSV row. The build's time over this is the cost of everything else.
 */
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { once } from "node:events";
import { stringify } from "csv-stringify/sync";
import { listInputs } from "../stages/ingest.ts";
import { decodeBytes } from "../stages/decode.ts";

export interface Floor {
  readonly seconds: number;
  readonly files: number;
  readonly bytes: number;
}

export async function timeFloor(inputDir: string, csvPath: string): Promise<Floor> {
  const started = performance.now();
  const entries = await listInputs(inputDir);
  const out = createWriteStream(csvPath);
  out.write(stringify([["path", "text"]]));
  let bytes = 0;
  for (const entry of entries) {
    const raw = await readFile(entry.absolute);
    bytes += raw.length;
    const decoded = decodeBytes(new Uint8Array(raw));
    const text = decoded.ok ? decoded.text.normalize("NFC") : "";
    if (!out.write(stringify([[entry.path, text]]))) await once(out, "drain");
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { seconds: (performance.now() - started) / 1000, files: entries.length, bytes };
}
