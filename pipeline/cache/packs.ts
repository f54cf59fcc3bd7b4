/**
 * A store of values under 32-byte keys made of append-only files: each
 * writer (a process or worker thread) appends to pack files of its own, so
 * writers never share a file and need no locks, and storing a value costs
 * two appends instead of creating a file.
 *
 *   <name>.pack   frames: key (32 bytes) | value
 *   <name>.index  entries: key (32 bytes) | frame offset (u48 LE) | 0 0 | value length (u32 LE) | "PKE1"
 *
 * An index entry is appended only once its frame is written, so a writer
 * killed at any moment leaves at most a frame nobody points to, or a cut
 * last entry, which is ignored. A value is returned only when the frame
 * still starts with its key. The indexes are read once, when the store is
 * opened: values stored later by other writers are not seen by this one.
 */
import { randomUUID } from "node:crypto";
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, writeSync } from "node:fs";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import { KeyIndex, keyPrefix } from "./key-index.ts";

export const KEY_BYTES = 32;
const ENTRY_BYTES = 48;
const OFFSET_AT = KEY_BYTES;
const OFFSET_BYTES = 6;
const LENGTH_AT = 40;
const MAGIC_AT = 44;
const MAGIC = 0x31454b50; // "PKE1" read as u32 LE
const PACK = ".pack";
const INDEX = ".index";

/** The open files of this writer's current pack, and how long the pack is. */
interface Appender {
  readonly pack: number;
  readonly index: number;
  size: number;
}

/** Append all of `bytes` (a write may take only part of them). */
function append(file: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(file, bytes, written);
}

function indexEntry(key: Buffer, offset: number, length: number): Buffer {
  const entry = Buffer.alloc(ENTRY_BYTES);
  key.copy(entry, 0);
  entry.writeUIntLE(offset, OFFSET_AT, OFFSET_BYTES);
  entry.writeUInt32LE(length, LENGTH_AT);
  entry.writeUInt32LE(MAGIC, MAGIC_AT);
  return entry;
}

export class PackStore {
  private readonly index = new KeyIndex();
  /** Pack file paths, by their number in the index. */
  private readonly packs: string[] = [];
  private readonly name = `${process.pid}-${threadId}-${randomUUID()}`;
  private appender: Appender | null = null;
  private ownPack: number | null = null;

  constructor(private readonly dir: string) {
    let files: string[] = [];
    try {
      files = readdirSync(dir);
    } catch {
      return;
    }
    for (const file of files.filter((name) => name.endsWith(INDEX)).sort()) this.readIndex(file);
  }

  private readIndex(indexFile: string): void {
    const pack = this.packs.push(join(this.dir, `${indexFile.slice(0, -INDEX.length)}${PACK}`)) - 1;
    const entries = readFileSync(join(this.dir, indexFile));
    for (let at = 0; at + ENTRY_BYTES <= entries.length; at += ENTRY_BYTES) {
      if (entries.readUInt32LE(at + MAGIC_AT) !== MAGIC) continue;
      this.index.add(keyPrefix(entries.subarray(at, at + KEY_BYTES)), {
        pack,
        offset: entries.readUIntLE(at + OFFSET_AT, OFFSET_BYTES),
        length: entries.readUInt32LE(at + LENGTH_AT),
      });
    }
  }

  /** The value stored under `key` (hex), or null; the bytes have a buffer of their own (they can be transferred). */
  get(key: string): Buffer | null {
    const keyBytes = Buffer.from(key, "hex");
    for (const location of this.index.candidates(keyPrefix(keyBytes))) {
      const frame = Buffer.allocUnsafeSlow(KEY_BYTES + location.length);
      const file = openSync(this.packs[location.pack]!, "r");
      try {
        if (readSync(file, frame, 0, frame.length, location.offset) !== frame.length) continue;
      } finally {
        closeSync(file);
      }
      if (frame.subarray(0, KEY_BYTES).equals(keyBytes)) return frame.subarray(KEY_BYTES);
    }
    return null;
  }

  /** Store `value` under `key` (hex). A failed write closes the files, so the next one starts from the pack's real end. */
  put(key: string, value: Uint8Array): void {
    const appender = this.open();
    const keyBytes = Buffer.from(key, "hex");
    const offset = appender.size;
    try {
      append(appender.pack, keyBytes);
      append(appender.pack, value);
      appender.size += KEY_BYTES + value.length;
      append(appender.index, indexEntry(keyBytes, offset, value.length));
    } catch (error) {
      this.close();
      throw error;
    }
    this.ownPack ??= this.packs.push(this.packPath) - 1;
    this.index.add(keyPrefix(keyBytes), { pack: this.ownPack, offset, length: value.length });
  }

  private get packPath(): string {
    return join(this.dir, `${this.name}${PACK}`);
  }

  /** Open this writer's files; an entry cut by a failed write is padded with zeros (not an entry), so the next ones stay aligned. */
  private open(): Appender {
    if (this.appender) return this.appender;
    mkdirSync(this.dir, { recursive: true });
    const pack = openSync(this.packPath, "a");
    const index = openSync(join(this.dir, `${this.name}${INDEX}`), "a");
    const cut = fstatSync(index).size % ENTRY_BYTES;
    if (cut > 0) append(index, Buffer.alloc(ENTRY_BYTES - cut));
    this.appender = { pack, index, size: fstatSync(pack).size };
    return this.appender;
  }

  /** Close this writer's files (they are opened again by the next `put`). */
  close(): void {
    if (!this.appender) return;
    closeSync(this.appender.pack);
    closeSync(this.appender.index);
    this.appender = null;
  }
}
