/** A file written piece by piece with back-pressure, so tables stream to disk. */
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";

export class LineSink {
  private readonly stream: WriteStream;
  private closing: Promise<void> | null = null;

  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: "utf8" });
  }

  /** Text (written as UTF-8) or bytes. */
  async write(data: string | Uint8Array): Promise<void> {
    if (!this.stream.write(data)) await once(this.stream, "drain");
  }

  /** Flush and close; safe to call more than once. */
  close(): Promise<void> {
    this.closing ??= new Promise((resolve, reject) => {
      this.stream.once("error", reject);
      this.stream.end(() => resolve());
    });
    return this.closing;
  }
}
