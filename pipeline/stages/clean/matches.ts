/**
 * The matches of a global pattern, in the order and at the places
 * `text.matchAll(pattern)` finds them, without the copy of the pattern that
 * `matchAll` makes on every call: the rules run their patterns over every
 * line of every page. Each step sets the pattern's `lastIndex` from its own
 * position, so one pattern can be read in two places at once.
 */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (;;) {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) return;
    from = match[0].length > 0 ? pattern.lastIndex : nextIndex(text, pattern.lastIndex, pattern.unicode);
    yield match;
  }
}

/** The index after the character at `index`: a code point under the `u` flag, a code unit without. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const unit = text.charCodeAt(index);
  const isPair = unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
  return index + (isPair ? 2 : 1);
}
