/**
 * Where each value of a pack store is, by key, in typed arrays: about 36
 * bytes an entry, off the JS heap (a Map of hex keys to objects took about
 * 200 bytes an entry on the heap of every worker, and every worker reads
 * the whole index). An open-addressing table is keyed by the key's first 4
 * bytes; entries that share them are all kept, newest first, and the store
 * checks the full key where the value is stored.
 */
const INITIAL_ENTRIES = 1 << 10;
const EMPTY = 0;

export interface IndexEntry {
  readonly pack: number;
  readonly offset: number;
  readonly length: number;
}

/** The first 4 bytes of a key, as an unsigned integer. */
export const keyPrefix = (key: Uint8Array): number => ((key[0]! << 24) | (key[1]! << 16) | (key[2]! << 8) | key[3]!) >>> 0;

export class KeyIndex {
  private prefixes = new Uint32Array(INITIAL_ENTRIES);
  private packs = new Uint32Array(INITIAL_ENTRIES);
  private offsets = new Float64Array(INITIAL_ENTRIES);
  private lengths = new Uint32Array(INITIAL_ENTRIES);
  private count = 0;
  /** Entry number + 1 per slot, EMPTY where free; at most half full. */
  private slots = new Uint32Array(INITIAL_ENTRIES * 2);

  get size(): number {
    return this.count;
  }

  add(prefix: number, entry: IndexEntry): void {
    if (this.count === this.prefixes.length) this.growEntries();
    const at = this.count++;
    this.prefixes[at] = prefix;
    this.packs[at] = entry.pack;
    this.offsets[at] = entry.offset;
    this.lengths[at] = entry.length;
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(at);
  }

  /** The entries whose key starts with `prefix`, newest first. */
  candidates(prefix: number): IndexEntry[] {
    const found: number[] = [];
    const mask = this.slots.length - 1;
    for (let slot = this.home(prefix); this.slots[slot] !== EMPTY; slot = (slot + 1) & mask) {
      const at = this.slots[slot]! - 1;
      if (this.prefixes[at] === prefix) found.push(at);
    }
    return found.sort((left, right) => right - left).map((at) => ({ pack: this.packs[at]!, offset: this.offsets[at]!, length: this.lengths[at]! }));
  }

  /** The prefix is part of a SHA-256 already: its low bits spread the keys evenly. */
  private home(prefix: number): number {
    return prefix & (this.slots.length - 1);
  }

  private place(at: number): void {
    const mask = this.slots.length - 1;
    let slot = this.home(this.prefixes[at]!);
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = at + 1;
  }

  private rehash(size: number): void {
    this.slots = new Uint32Array(size);
    for (let at = 0; at < this.count; at++) this.place(at);
  }

  private growEntries(): void {
    const size = this.prefixes.length * 2;
    const grown = <T extends Uint32Array | Float64Array>(array: T, make: (length: number) => T): T => {
      const bigger = make(size);
      bigger.set(array);
      return bigger;
    };
    this.prefixes = grown(this.prefixes, (length) => new Uint32Array(length));
    this.packs = grown(this.packs, (length) => new Uint32Array(length));
    this.offsets = grown(this.offsets, (length) => new Float64Array(length));
    this.lengths = grown(this.lengths, (length) => new Uint32Array(length));
  }
}
