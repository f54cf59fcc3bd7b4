/** Progress on stderr while a build runs: articles done and rate, at most once a second. */
export class Progress {
  private done = 0;
  private lastPrinted = 0;
  private readonly started = performance.now();

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly total: number,
  ) {}

  tick(): void {
    this.done += 1;
    const now = performance.now();
    if (now - this.lastPrinted < 1000 && this.done !== this.total) return;
    this.lastPrinted = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(this.done / seconds) : 0;
    this.stream.write(`\r  files ${this.done}/${this.total}  ${rate} files/s`);
    if (this.done === this.total) this.stream.write("\n");
  }

  get elapsedSeconds(): number {
    return (performance.now() - this.started) / 1000;
  }
}
