/**
 * A trie of phrases keyed by token text: the longest phrase starting at a
 * token is found with one Map lookup per token, whatever the lexicon size.
 */
import type { Token } from "./tokens.ts";
import { phraseWords } from "./tokens.ts";

interface TrieNode<T> {
  next?: Map<string, TrieNode<T>>;
  value?: T;
  hasValue?: boolean;
}

export interface PhraseMatch<T> {
  /** Index of the token after the phrase. */
  readonly end: number;
  readonly value: T;
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = {};
  /** The bit tokens carry when a phrase of this trie starts with them (0: look the word up instead). */
  flag = 0;

  /** Add a phrase (split into tokens); the first value given for a phrase is kept. */
  add(phrase: string | readonly string[], value: T): this {
    const words = typeof phrase === "string" ? phraseWords(phrase) : phrase;
    if (words.length === 0) return this;
    let node = this.root;
    for (const word of words) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (!child) {
        child = {};
        node.next.set(word, child);
      }
      node = child;
    }
    if (!node.hasValue) {
      node.value = value;
      node.hasValue = true;
    }
    return this;
  }

  /** Whether the longest phrase starting at most `reach` tokens before `index` ends right there (`Trường ĐH` before `Tôn Đức Thắng`). */
  endsAt(tokens: readonly Token[], index: number, reach: number): boolean {
    for (let back = Math.max(0, index - reach); back < index; back++) if (this.longest(tokens, back)?.end === index) return true;
    return false;
  }

  /** The longest phrase that starts at `tokens[start]` and ends before `limit`. */
  longest(tokens: readonly Token[], start: number, limit: number = tokens.length): PhraseMatch<T> | null {
    // Most tokens start no phrase: the token's lexicon bits say so without a Map lookup.
    if (this.flag !== 0 && start < limit && (tokens[start].flags & this.flag) === 0) return null;
    let node: TrieNode<T> | undefined = this.root;
    let found: TrieNode<T> | null = null;
    let foundEnd = start;
    for (let index = start; index < limit && node?.next; index++) {
      node = node.next.get(tokens[index].text);
      if (!node) break;
      if (node.hasValue) {
        found = node;
        foundEnd = index + 1;
      }
    }
    return found ? { end: foundEnd, value: found.value as T } : null;
  }

  /** Whether a phrase starts with this token at all (a cheap pre-check); false past the end of the line. */
  starts(token: Token | undefined): boolean {
    if (token === undefined) return false;
    if (this.flag !== 0) return (token.flags & this.flag) !== 0;
    return this.root.next?.has(token.text) ?? false;
  }

  /** The words phrases start with. */
  firstWords(): IterableIterator<string> {
    return (this.root.next ?? new Map<string, TrieNode<T>>()).keys();
  }
}

/** A phrase and, when it starts with a lower-case letter, the same phrase capitalised. */
export function caseVariants(phrase: string): string[] {
  const first = phrase[0];
  if (first === first.toUpperCase()) return [phrase];
  return [phrase, first.toUpperCase() + phrase.slice(1)];
}

/** A trie of phrases (and their capitalised forms) mapping to `value(phrase)`. */
export function trieOf<T>(phrases: Iterable<string>, value: (phrase: string) => T): PhraseTrie<T> {
  const trie = new PhraseTrie<T>();
  for (const phrase of phrases) for (const variant of caseVariants(phrase)) trie.add(variant, value(phrase));
  return trie;
}
