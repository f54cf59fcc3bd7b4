/**
 * Progress on stderr while a build runs: files done and rate. On a
 * terminal one line is rewritten at most once a second; into a file or a
 * pipe a line is added every ten seconds. Messages (bad files,
 * diagnostics) go through `log` so they do not run into the progress line.
 */
const TTY_INTERVAL = 1000;
const PLAIN_INTERVAL = 10_000;

export class Progress {
  private done = 0;
  private lastPrinted = 0;
  private showing = false;
  private readonly started = performance.now();
  private readonly tty: boolean;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly total: number,
  ) {
    this.tty = Boolean((stream as { isTTY?: boolean }).isTTY);
  }

  private line(): string {
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(this.done / seconds) : 0;
    return `  files ${this.done}/${this.total}  ${rate} files/s`;
  }

  tick(): void {
    this.done += 1;
    const now = performance.now();
    const finished = this.done === this.total;
    if (now - this.lastPrinted < (this.tty ? TTY_INTERVAL : PLAIN_INTERVAL) && !finished) return;
    this.lastPrinted = now;
    if (!this.tty) {
      this.stream.write(`${this.line()}\n`);
      return;
    }
    this.stream.write(`\r\u001b[K${this.line()}${finished ? "\n" : ""}`);
    this.showing = !finished;
  }

  log(message: string): void {
    this.stream.write(`${this.showing ? "\r\u001b[K" : ""}${message}\n`);
    this.showing = false;
  }

  get elapsedSeconds(): number {
    return (performance.now() - this.started) / 1000;
  }
}
