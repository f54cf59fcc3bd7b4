/**
 * A digest of the code and data that shape a build's output (pipeline/,
 * schemas/, package-lock.json), for deciding that an earlier output is
 * still what this code would write. Any edit, committed or not, changes it.
 */
import { readdirSync, readFileSync, type Dirent } from "node:fs";
import { join, relative } from "node:path";
import { sha256 } from "../core/ids.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const TREES = ["pipeline", "schemas"];
const FILES = ["package-lock.json"];

export function codeDigest(root: string = ROOT): string {
  const files = TREES.flatMap((tree) =>
    (readdirSync(join(root, tree), { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name))),
  );
  const parts = [...files.sort(), ...FILES].map((file) => `${file}\n${sha256(readFileSync(join(root, file)))}`);
  return sha256(parts.join("\n"));
}
