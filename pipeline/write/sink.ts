/** A file written line by line with back-pressure, so tables stream to disk. */
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";

export class LineSink {
  private readonly stream: WriteStream;
  private closing: Promise<void> | null = null;

  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: "utf8" });
  }

  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, "drain");
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
