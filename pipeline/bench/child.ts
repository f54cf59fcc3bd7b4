/**
 * Run one `build` as a child process, as `make dataset` would, and read
 * back the build log it leaves beside the output (timings, peak memory).
 */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

const CLI = join(import.meta.dirname, "..", "cli.ts");

export interface BuildLog {
  readonly seconds: number;
  readonly files: number;
  readonly workers: number;
  readonly computed: number;
  readonly cached: number;
  readonly up_to_date: boolean;
  readonly peak_rss_bytes: number;
  readonly phase_seconds: Record<string, number>;
  /** CPU seconds per phase, every thread of the build process. */
  readonly phase_cpu_seconds: Record<string, number>;
  readonly stage_milliseconds: Record<string, number>;
}

export interface ChildBuild {
  /** Wall-clock seconds of the whole command, Node start-up included. */
  readonly wallSeconds: number;
  readonly exitCode: number;
  readonly log: BuildLog;
}

export interface ChildBuildOptions {
  readonly inputDir: string;
  readonly outputRoot: string;
  readonly version: string;
  readonly args: readonly string[];
}

export async function runBuild(options: ChildBuildOptions): Promise<ChildBuild> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", CLI, "build", "--input", options.inputDir, "--output", options.outputRoot, ...options.args], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => resolve(code ?? 1));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  if (exitCode !== 0 && exitCode !== 3) throw new Error(`bench: build exited with code ${exitCode}`);
  const log = JSON.parse(await readFile(join(options.outputRoot, `${options.version}.build-log.json`), "utf8")) as BuildLog;
  return { wallSeconds, exitCode, log };
}
