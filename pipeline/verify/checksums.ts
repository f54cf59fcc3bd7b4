/** SHA256SUMS: every listed file exists with that checksum, and no file is unlisted. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { CHECKSUMS_FILE, listFiles, sha256File } from "../write/dataset.ts";
import type { Finding } from "./finding.ts";

export async function* verifyChecksums(versionDir: string): AsyncGenerator<Finding> {
  const finding = (file: string, reason: string): Finding => ({ check: "checksums", file, row: null, column: null, reason });
  let text: string;
  try {
    text = await readFile(join(versionDir, CHECKSUMS_FILE), "utf8");
  } catch {
    yield finding(CHECKSUMS_FILE, "missing");
    return;
  }
  const listed = new Map<string, string>();
  for (const [index, line] of text.split("\n").entries()) {
    if (line === "") continue;
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!match) {
      yield { ...finding(CHECKSUMS_FILE, `malformed line: ${JSON.stringify(line)}`), row: index + 1 };
      continue;
    }
    listed.set(match[2]!, match[1]!);
  }
  const present = new Set((await listFiles(versionDir)).filter((file) => file !== CHECKSUMS_FILE));
  for (const [file, expected] of listed) {
    if (!present.has(file)) {
      yield finding(file, "listed in SHA256SUMS but missing");
      continue;
    }
    const actual = (await sha256File(join(versionDir, file))).sha256;
    if (actual !== expected) yield finding(file, `checksum ${actual} differs from SHA256SUMS (${expected})`);
  }
  for (const file of present) if (!listed.has(file)) yield finding(file, "present but not listed in SHA256SUMS");
}
