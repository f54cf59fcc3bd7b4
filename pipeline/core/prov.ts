/**
 * Provenance: where a value came from and which rule produced it.
 * Every extracted value travels through the stages as a `Traced<T>` so that
 * the `x_prov` column is written from what the stage knew, never rebuilt.
 */

/** Half-open interval `[start, end)` in Unicode code points of the raw source. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** `by=<stage>/<rule>` plus the span of the source the value was read or computed from. */
export interface Prov {
  readonly source: string;
  readonly span: Span | null;
  readonly rule: string;
}

export interface Traced<T> {
  readonly value: T;
  readonly prov: Prov;
}

export function traced<T>(value: T, source: string, span: Span | null, rule: string): Traced<T> {
  return { value, prov: { source, span, rule } };
}

/** `seeds/x.txt#char=512,530;by=extract.person/honorific` (RFC 5147 fragment). */
export function formatProv(prov: Prov): string {
  const fragment = prov.span ? `#char=${prov.span.start},${prov.span.end}` : "";
  return `${prov.source}${fragment};by=${prov.rule}`;
}

const PROV_PATTERN = /^(?<source>[^#;]*(?:;[^#;]*)*?)(?:#char=(?<start>\d+),(?<end>\d+))?;by=(?<rule>[^;]+)$/;

export function parseProv(cell: string): Prov | null {
  const match = PROV_PATTERN.exec(cell);
  if (!match?.groups) return null;
  const { source, start, end, rule } = match.groups;
  const span = start === undefined ? null : { start: Number(start), end: Number(end) };
  return { source, span, rule };
}

/** A span that covers several others, for values computed from several pieces. */
export function coverSpans(spans: readonly Span[]): Span | null {
  if (spans.length === 0) return null;
  let start = spans[0].start;
  let end = spans[0].end;
  for (const span of spans) {
    if (span.start < start) start = span.start;
    if (span.end > end) end = span.end;
  }
  return { start, end };
}
