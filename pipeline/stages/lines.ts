import type { Line } from "../core/document.ts";
import type { TextView } from "../core/textview.ts";

/** The non-empty lines of the view, trimmed, with raw spans. Numbers are 1-based over `split("\n")`. */
export function splitLines(view: TextView): Line[] {
  const lines: Line[] = [];
  const text = view.text;
  let number = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    number += 1;
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let from = lineStart;
    let to = lineEnd;
    while (from < to && /\s/.test(text[from])) from += 1;
    while (to > from && /\s/.test(text[to - 1])) to -= 1;
    if (to > from) lines.push({ number, from, to, span: view.toRaw(from, to), text: text.slice(from, to) });
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return lines;
}
