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

export const KEY_BYTES = 32;
const ENTRY_BYTES = 48;
const OFFSET_AT = KEY_BYTES;
const OFFSET_BYTES = 6;
const LENGTH_AT = 40;
const MAGIC_AT = 44;
const MAGIC = 0x31454b50; // "PKE1" read as u32 LE
const PACK = ".pack";
const INDEX = ".index";

interface Location {
  readonly pack: string;
  readonly offset: number;
  readonly length: number;
}

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

function readIndex(dir: string, indexFile: string, into: Map<string, Location>): void {
  const pack = join(dir, `${indexFile.slice(0, -INDEX.length)}${PACK}`);
  const entries = readFileSync(join(dir, indexFile));
  for (let at = 0; at + ENTRY_BYTES <= entries.length; at += ENTRY_BYTES) {
    if (entries.readUInt32LE(at + MAGIC_AT) !== MAGIC) continue;
    const key = entries.toString("hex", at, at + KEY_BYTES);
    into.set(key, { pack, offset: entries.readUIntLE(at + OFFSET_AT, OFFSET_BYTES), length: entries.readUInt32LE(at + LENGTH_AT) });
  }
}

export class PackStore {
  private readonly locations = new Map<string, Location>();
  private readonly name = `${process.pid}-${threadId}-${randomUUID()}`;
  private appender: Appender | null = null;

  constructor(private readonly dir: string) {
    let files: string[] = [];
    try {
      files = readdirSync(dir);
    } catch {
      return;
    }
    for (const file of files.filter((name) => name.endsWith(INDEX)).sort()) readIndex(dir, file, this.locations);
  }

  /** The value stored under `key` (hex), or null; the bytes have a buffer of their own (they can be transferred). */
  get(key: string): Buffer | null {
    const location = this.locations.get(key);
    if (!location) return null;
    const frame = Buffer.allocUnsafeSlow(KEY_BYTES + location.length);
    const file = openSync(location.pack, "r");
    try {
      if (readSync(file, frame, 0, frame.length, location.offset) !== frame.length) return null;
    } finally {
      closeSync(file);
    }
    return frame.toString("hex", 0, KEY_BYTES) === key ? frame.subarray(KEY_BYTES) : null;
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
    this.locations.set(key, { pack: this.packPath, offset, length: value.length });
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
