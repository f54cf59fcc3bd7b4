import type { Span } from "./prov.ts";

/** A message about the input, as data (unified/vfile style), not a log line. */
export interface Diagnostic {
  readonly severity: "error" | "warning" | "info";
  readonly reason: string;
  readonly source: string;
  readonly ruleId: string;
  readonly place?: Span;
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const place = diagnostic.place ? `#char=${diagnostic.place.start},${diagnostic.place.end}` : "";
  return `${diagnostic.source}${place}: ${diagnostic.severity}: ${diagnostic.reason} [${diagnostic.ruleId}]`;
}
