/**
 * SHA-256 of the files of a version folder. A file is hashed as soon as it
 * is final, one file at a time, while the rest of the folder is still being
 * written; each file is read once.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { FileFact } from "./datapackage.ts";

const READ_CHUNK = 1 << 20;

export async function sha256File(path: string): Promise<FileFact> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK })) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest("hex"), bytes };
}

/** Every file under `dir`, as sorted `/`-separated relative paths. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** Hashes of the files under one folder, each started once, in the order the files are done. */
export class FileHashes {
  private readonly hashes = new Map<string, Promise<FileFact>>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dir: string) {}

  /** Hash `path` (relative to the folder) once it is final: it must not change afterwards. */
  of(path: string): Promise<FileFact> {
    let hashing = this.hashes.get(path);
    if (!hashing) {
      hashing = this.queue.then(() => sha256File(join(this.dir, path)));
      // Marks the hash as handled too: a build that fails elsewhere first does not also report it.
      this.queue = hashing.catch(() => undefined);
      this.hashes.set(path, hashing);
    }
    return hashing;
  }

  /** Every file now under the folder, hashed. */
  async all(): Promise<Map<string, FileFact>> {
    const files = new Map<string, FileFact>();
    for (const path of await listFiles(this.dir)) files.set(path, await this.of(path));
    return files;
  }
}
