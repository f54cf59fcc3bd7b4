/**
 * Part files: what one shard built, as its file records in path order
 * between a header (which shard, built by what) and an end marker (how
 * many records), so a merge can tell a complete part from a cut-off one.
 */
import { mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { Tally } from "../assemble.ts";
import type { BuildFacts } from "../write/datapackage.ts";
import type { FileRecord } from "../workers/record.ts";
import { FrameReader, FrameWriter } from "./frames.ts";
import { partFileName, type Shard } from "./spec.ts";

export const PART_FORMAT = "vn-news-dataset part 1";

export interface PartHeader {
  readonly format: string;
  readonly shard: Shard;
  /** Cache scope: stage versions, rules, config and schemas the records were made with. */
  readonly scope: string;
  readonly facts: BuildFacts;
  readonly files: number;
}

type Frame = { readonly header: PartHeader } | { readonly record: FileRecord } | { readonly end: number };

export class PartWriter {
  /** What this shard saw: files by status (duplicates are decided at merge), articles computed or cached, stage times. */
  readonly tally = new Tally();
  private records = 0;

  private constructor(
    private readonly writer: FrameWriter,
    private readonly temporary: string,
    readonly path: string,
  ) {}

  static async open(partsDir: string, header: PartHeader): Promise<PartWriter> {
    await mkdir(partsDir, { recursive: true });
    const path = join(partsDir, partFileName(header.shard));
    const temporary = join(partsDir, `.${partFileName(header.shard)}.tmp-${process.pid}`);
    const writer = new FrameWriter(temporary);
    await writer.write({ header } satisfies Frame);
    return new PartWriter(writer, temporary, path);
  }

  async add(record: FileRecord): Promise<void> {
    this.records += 1;
    this.tally.sources[record.source.status] += 1;
    if (record.article) this.tally[record.cached ? "cached" : "computed"] += 1;
    for (const [stage, milliseconds] of Object.entries(record.timings)) this.tally.timings[stage] = (this.tally.timings[stage] ?? 0) + milliseconds;
    await this.writer.write({ record } satisfies Frame);
  }

  async finish(): Promise<void> {
    await this.writer.write({ end: this.records } satisfies Frame);
    await this.writer.close();
    await rename(this.temporary, this.path);
  }

  async abort(): Promise<void> {
    await this.writer.close().catch(() => undefined);
    await rm(this.temporary, { force: true });
  }
}

export class PartError extends Error {}

/** One part file read back: its header, then its records in order. */
export class PartReader {
  private records = 0;
  private finished = false;

  private constructor(
    private readonly reader: FrameReader,
    readonly header: PartHeader,
  ) {}

  static async open(path: string): Promise<PartReader> {
    const reader = await FrameReader.open(path);
    const first = await reader.next<Frame>().catch(() => null);
    if (!first || !("header" in first) || first.header.format !== PART_FORMAT) {
      await reader.close();
      throw new PartError(`${path}: not a part file of this pipeline (${PART_FORMAT})`);
    }
    return new PartReader(reader, first.header);
  }

  /** The next record, or null after the last one; a part without its end marker is an error. */
  async next(): Promise<FileRecord | null> {
    if (this.finished) return null;
    const frame = await this.reader.next<Frame>().catch((error: Error) => {
      throw new PartError(`${error.message}; rebuild this shard`);
    });
    if (frame && "record" in frame) {
      this.records += 1;
      return frame.record;
    }
    if (!frame || !("end" in frame)) throw new PartError(`${this.reader.path}: incomplete (no end marker); rebuild this shard`);
    if (frame.end !== this.records) throw new PartError(`${this.reader.path}: ${this.records} records, end marker says ${frame.end}`);
    this.finished = true;
    return null;
  }

  close(): Promise<void> {
    return this.reader.close();
  }
}
