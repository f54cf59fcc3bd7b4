/** Build a dataset into a temporary folder, the way `make dataset` does, and read it back. */
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { main } from "../../pipeline/cli.ts";

export const REPO = join(import.meta.dirname, "..", "..");
export const SEEDS = join(REPO, "seeds");
export const CONFIG = join(REPO, "pipeline", "dataset.yaml");
export const VERSION = "0.1.0";

export interface BuiltDataset {
  readonly exitCode: number;
  readonly stderr: string;
  readonly outputRoot: string;
  readonly versionDir: string;
}

export class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString("utf8");
    done();
  }
}

const madeDirs: string[] = [];

/** A fresh folder under the system's temporary folder, removed after the test file (tests/support/cleanup.ts). */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `vnnews-${prefix}-`));
  madeDirs.push(dir);
  return dir;
}

/** Remove every folder `tempDir` made so far. */
export async function removeTempDirs(): Promise<void> {
  const dirs = madeDirs.splice(0);
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Run the CLI in-process: `pipeline build --input <dir> --output <tmp>`. */
export async function buildDataset(inputDir: string = SEEDS, extraArgs: string[] = []): Promise<BuiltDataset> {
  const outputRoot = await tempDir("out");
  const stderr = new Capture();
  const stdout = new Capture();
  const exitCode = await main(["build", "--config", CONFIG, "--input", inputDir, "--output", outputRoot, ...extraArgs], {
    stdout,
    stderr,
  });
  return { exitCode, stderr: stderr.text, outputRoot, versionDir: join(outputRoot, VERSION) };
}

export async function readJsonl(path: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(path, "utf8");
  return text
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export async function readTable(versionDir: string, table: string): Promise<Record<string, unknown>[]> {
  return readJsonl(join(versionDir, "json", `${table}.jsonl`));
}

export async function seedFiles(): Promise<string[]> {
  return (await readdir(SEEDS)).filter((name) => name.endsWith(".txt")).sort();
}
