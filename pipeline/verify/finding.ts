/** A problem `verify` found: diagnostics are data, printed by the command. */
export interface Finding {
  /** Which check: checksums, provenance, keys, formats. */
  readonly check: string;
  /** File of the dataset (relative to the version folder) or source file. */
  readonly file: string;
  /** 1-based data row (header excluded), when the problem is in one row. */
  readonly row: number | null;
  readonly column: string | null;
  readonly reason: string;
}

export function formatFinding(finding: Finding): string {
  const where = [finding.file, finding.row !== null ? `row ${finding.row}` : "", finding.column ? `column ${finding.column}` : ""]
    .filter(Boolean)
    .join(" ");
  return `${finding.check}: ${where}: ${finding.reason}`;
}
