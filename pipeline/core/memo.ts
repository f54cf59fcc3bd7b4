/**
 * Results of a pure function of a string, remembered by that string. The
 * memory is bounded by the length of the strings held: past the bound it
 * starts again empty, so a long run keeps only recent texts.
 */
const MAX_HELD_CHARS = 1 << 20;

export class Memo<T> {
  private readonly values = new Map<string, T>();
  private heldChars = 0;

  /** The value for `text`: `compute(text)` the first time, then the value remembered. */
  of(text: string, compute: (text: string) => T): T {
    const value = this.values.get(text);
    if (value !== undefined || this.values.has(text)) return value as T;
    const computed = compute(text);
    if (this.heldChars + text.length > MAX_HELD_CHARS) {
      this.values.clear();
      this.heldChars = 0;
    }
    this.values.set(text, computed);
    this.heldChars += text.length;
    return computed;
  }
}
