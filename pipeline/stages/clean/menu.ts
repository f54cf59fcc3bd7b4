/**
 * A line made only of menu words: known section names and navigation words
 * (`Thời sự Chính trị Kinh tế`, `Thích 0 Chia sẻ`, `In bài viết | Gửi email`),
 * read longest phrase first over the line's words.
 */

export type MenuItem = "section" | "nav";

/** Past this many words a line is text, not a menu. */
export const MAX_MENU_WORDS = 40;

export class MenuWords {
  private readonly phrases = new Map<string, MenuItem>();
  private readonly longest: number;
  private readonly openingWords = new Set<string>();
  private readonly phraseWords = new Set<string>();

  /** `sections` and `navigation`: phrase keys (case-folded, normalised). */
  constructor(sections: Iterable<string>, navigation: Iterable<string>) {
    for (const phrase of sections) this.phrases.set(phrase, "section");
    for (const phrase of navigation) this.phrases.set(phrase, "nav");
    this.longest = Math.max(1, ...[...this.phrases.keys()].map((phrase) => phrase.split(" ").length));
    for (const phrase of this.phrases.keys()) {
      const words = phrase.split(" ");
      this.openingWords.add(words[0]);
      for (const word of words) this.phraseWords.add(word);
    }
  }

  /** Whether a menu item can start with `word`: when not, no line starting with it is a menu. */
  opens(word: string): boolean {
    const space = word.indexOf(" ");
    return this.openingWords.has(space === -1 ? word : word.slice(0, space));
  }

  /** Whether `word` is in some menu item: when not, no line holding it is a menu. */
  knows(word: string): boolean {
    return word.includes(" ") ? word.split(" ").every((part) => this.phraseWords.has(part)) : this.phraseWords.has(word);
  }

  /** The items that cover all of `words` (case-folded), or null when a word is not a menu word. */
  items(words: readonly string[]): MenuItem[] | null {
    if (words.length === 0 || words.length > MAX_MENU_WORDS) return null;
    const items: MenuItem[] = [];
    let index = 0;
    while (index < words.length) {
      let length = Math.min(this.longest, words.length - index);
      let item: MenuItem | undefined;
      for (; length >= 1; length--) {
        item = this.phrases.get(words.slice(index, index + length).join(" "));
        if (item) break;
      }
      if (!item) return null;
      items.push(item);
      index += length;
    }
    return items;
  }
}
