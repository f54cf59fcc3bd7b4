/**
 * verify: check a built dataset against itself and its sources. Each check
 * yields findings; a check that cannot run at all is itself a finding.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { verifyChecksums } from "./checksums.ts";
import type { Finding } from "./finding.ts";
import { firstLine, verifyFormats } from "./formats.ts";
import { verifyKeys } from "./keys.ts";
import { verifyProvenance } from "./provenance.ts";
import type { ScanFormat } from "./sql.ts";
import { withDuckDB } from "../write/written.ts";

export interface VerifyOptions {
  readonly versionDir: string;
  readonly inputDir: string;
}

export const CHECKS = ["checksums", "provenance", "keys", "formats"] as const;

function keyFormat(versionDir: string): ScanFormat | null {
  const order: ScanFormat[] = ["parquet", "json", "csv"];
  return order.find((format) => existsSync(join(versionDir, format))) ?? null;
}

async function* guarded(check: string, findings: () => AsyncGenerator<Finding>): AsyncGenerator<Finding> {
  try {
    yield* findings();
  } catch (error) {
    yield { check, file: "(dataset)", row: null, column: null, reason: `check could not run: ${firstLine(error)}` };
  }
}

export async function* verifyDataset(options: VerifyOptions): AsyncGenerator<Finding> {
  const { versionDir, inputDir } = options;
  yield* guarded("checksums", () => verifyChecksums(versionDir));
  yield* guarded("provenance", () => verifyProvenance(versionDir, inputDir));
  const collected: Finding[] = [];
  await withDuckDB(":memory:", async (connection) => {
    const format = keyFormat(versionDir);
    if (format) for await (const finding of guarded("keys", () => verifyKeys(connection, versionDir, format))) collected.push(finding);
    for await (const finding of guarded("formats", () => verifyFormats(connection, versionDir))) collected.push(finding);
  });
  yield* collected;
}
