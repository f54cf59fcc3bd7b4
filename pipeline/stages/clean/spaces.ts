/** Whitespace as JavaScript's `\s` reads it, and the words it separates, without a regular expression per line. */

const SPACES = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
const WHITESPACE: ReadonlySet<string> = new Set(SPACES);

export function isWhitespace(char: string): boolean {
  return WHITESPACE.has(char);
}

/** Characters of `\s` and `extra`. */
export function whitespaceAnd(extra: string): ReadonlySet<string> {
  return new Set([...WHITESPACE, ...extra]);
}

/** `SPACES` by code: letters of Latin scripts, Vietnamese included, are below U+2000 and take a few comparisons. */
function isWhitespaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x2000) return code === 0xa0 || code === 0x1680;
  return code <= 0x200a || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `text.split(/\s+/u).filter(Boolean).length`. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const space = isWhitespaceCode(text.charCodeAt(index));
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}
