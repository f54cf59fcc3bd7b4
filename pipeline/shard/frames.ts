/**
 * A file of packed values, each framed by its byte length (u32 LE), written
 * with back-pressure and read back one frame at a time.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { once } from "node:events";
import { pack, unpack } from "../cache/codec.ts";

export class FrameWriter {
  private readonly stream: WriteStream;

  constructor(path: string) {
    this.stream = createWriteStream(path);
  }

  async write(value: unknown): Promise<void> {
    const payload = pack(value);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(payload.length);
    this.stream.write(length);
    if (!this.stream.write(payload)) await once(this.stream, "drain");
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.stream.once("error", reject);
      this.stream.end(() => resolve());
    });
  }
}

export class FrameReader {
  private position = 0;

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
  ) {}

  static async open(path: string): Promise<FrameReader> {
    return new FrameReader(path, await open(path, "r"));
  }

  private async exactly(length: number): Promise<Buffer | null> {
    const buffer = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
      const { bytesRead } = await this.handle.read(buffer, filled, length - filled, this.position + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled === 0) return null;
    if (filled < length) throw new Error(`${this.path}: truncated at byte ${this.position + filled}`);
    this.position += length;
    return buffer;
  }

  /** The next value, or null at the end of the file. */
  async next<T>(): Promise<T | null> {
    const length = await this.exactly(4);
    if (!length) return null;
    const payload = await this.exactly(length.readUInt32LE(0));
    if (!payload) throw new Error(`${this.path}: truncated at byte ${this.position}`);
    return unpack<T>(payload);
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}
