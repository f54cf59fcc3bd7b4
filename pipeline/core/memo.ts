/**
 * Results of a pure function of a string, remembered by that string. The
 * memory is bounded by the length of the strings held: past the bound it
 * starts again empty, so a long run keeps only recent texts.
 */
const MAX_HELD_CHARS = 1 << 20;

/**
 * `text` as a string of its own. V8 makes a substring of 13 or more
 * characters a view into the string it was cut from, so a key or value cut
 * from an article would keep the whole article alive for as long as the memo
 * holds it (measured: about 30 MB of article texts per worker).
 */
const ownCopy = (text: string): string => ` ${text}`.slice(1);

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
    // A string result is often the text itself, or cut from it.
    const held = (typeof computed === "string" ? ownCopy(computed) : computed) as T;
    this.values.set(ownCopy(text), held);
    this.heldChars += text.length;
    return held;
  }
}
