/**
 * The words seen, each with what is known of it, looked up by the code units
 * of a token in the text last scanned (token-scan.ts), before the token is
 * cut out as a string: an article repeats most of its words, and a corpus
 * most of its vocabulary, so most tokens need neither a new string nor a
 * string hash. A word seen again is the same string object, which later
 * lexicon lookups compare fastest. Bounded like core/memo.ts: past the bound
 * the table starts again empty.
 */
import { scannedUnits } from "./token-scan.ts";

const MAX_HELD_UNITS = 1 << 20;
const INITIAL_SLOTS = 1 << 12;
const EMPTY = -1;

/** A word seen and what is known of it; one object, so a lookup touches little memory. */
export interface Word<T> {
  readonly text: string;
  readonly value: T;
  readonly hash: number;
  /** Where the word's code units are kept in the table. */
  readonly unitsAt: number;
}

export class WordTable<T> {
  /** Open addressing: index into `words` per slot, EMPTY where free. */
  private slots = new Int32Array(INITIAL_SLOTS).fill(EMPTY);
  private readonly words: Word<T>[] = [];
  /** Code units of every word, one after the other. */
  private units: Uint16Array = new Uint16Array(1 << 14);
  private heldUnits = 0;

  constructor(
    private readonly describe: (word: string) => T,
    private readonly maxHeldUnits = MAX_HELD_UNITS,
  ) {}

  /** The word `[start, end)` of `text`, the text last scanned; added on first sight. */
  wordAt(text: string, start: number, end: number): Word<T> {
    const source = scannedUnits();
    let hash = 0x811c9dc5;
    for (let index = start; index < end; index++) hash = Math.imul(hash ^ source[index], 0x01000193);
    // Kept small enough to stay a small integer.
    hash &= 0x3fffffff;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot];
      if (index === EMPTY) return this.add(slot, hash, text, start, end);
      const word = this.words[index];
      if (word.hash === hash && this.sameUnits(word, source, start, end)) return word;
    }
  }

  private sameUnits(word: Word<T>, source: Uint16Array, start: number, end: number): boolean {
    const length = end - start;
    if (word.text.length !== length) return false;
    for (let index = 0; index < length; index++) if (this.units[word.unitsAt + index] !== source[start + index]) return false;
    return true;
  }

  private add(slot: number, hash: number, text: string, start: number, end: number): Word<T> {
    const length = end - start;
    if (this.heldUnits > 0 && this.heldUnits + length > this.maxHeldUnits) {
      this.clear();
      return this.wordAt(text, start, end);
    }
    if (this.heldUnits + length > this.units.length) this.units = grown(this.units, this.heldUnits + length);
    this.units.set(scannedUnits().subarray(start, end), this.heldUnits);
    const word = text.slice(start, end);
    const entry: Word<T> = { text: word, value: this.describe(word), hash, unitsAt: this.heldUnits };
    this.heldUnits += length;
    this.slots[slot] = this.words.length;
    this.words.push(entry);
    if (this.words.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return entry;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size).fill(EMPTY);
    const mask = size - 1;
    this.words.forEach((word, index) => {
      let slot = word.hash & mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = index;
    });
  }

  private clear(): void {
    this.slots = new Int32Array(INITIAL_SLOTS).fill(EMPTY);
    this.words.length = 0;
    this.heldUnits = 0;
  }
}

function grown(units: Uint16Array, needed: number): Uint16Array {
  let size = units.length * 2;
  while (size < needed) size *= 2;
  const larger = new Uint16Array(size);
  larger.set(units);
  return larger;
}
