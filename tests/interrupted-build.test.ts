/**
 * A build that is killed never leaves a half-written version: the CLI runs
 * as a child process, builds the seeds, then builds a larger synthetic
 * corpus into the same output and is killed (SIGKILL) while it processes
 * articles, as it finishes the tables and as it writes the report and
 * extras. Each
 * time the version folder is still, byte for byte, the earlier build, and
 * nothing but it and dot-named staging folders is in the output. Each build
 * clears the staging folders of builds killed before it. Ctrl-C (SIGINT)
 * stops a build with its own exit code and leaves no staging folder.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../pipeline/cli.ts";
import { EXIT } from "../pipeline/commands/command.ts";
import { listFiles, sha256File } from "../pipeline/write/dataset.ts";
import { clearStaleStaging, retiredPath, stagingPath } from "../pipeline/write/staging.ts";
import { Capture, CONFIG, REPO, SEEDS, tempDir, VERSION } from "./support/build.ts";
import { writeSyntheticCorpus } from "./support/corpus.ts";

/** Enough articles for the build to run for several seconds. */
const ARTICLES = 120;
const BUILD_TIMEOUT = 240_000;

interface Running {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

/** Builds started by this file, so that none outlives a failed test. */
const started = new Set<ChildProcess>();

afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

function startBuild(input: string, output: string): Running {
  const child = spawn(process.execPath, ["--import", "tsx", "pipeline/cli.ts", "build", "--config", CONFIG, "--input", input, "--output", output, "--no-cache"], {
    cwd: REPO,
    stdio: ["ignore", "ignore", "pipe"],
  });
  started.add(child);
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
  return { child, pid: child.pid!, exited, stderr: () => stderr };
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Poll until `ready` holds; fail if the build ends first. */
async function waitUntil(build: Running, what: string, ready: () => boolean): Promise<void> {
  let ended = false;
  void build.exited.then(() => (ended = true));
  while (!ready()) {
    if (ended) throw new Error(`the build ended before ${what}:\n${build.stderr()}`);
    await pause(5);
  }
}

/** The build has opened its staging folder (its workers are up) and has been processing articles for a moment. */
async function waitUntilProcessing(build: Running): Promise<void> {
  await waitUntil(build, "it started processing", () => existsSync(stagingPath(versionDir, build.pid)));
  await pause(300);
}

/** Every file of a version folder with its SHA-256. */
async function snapshot(versionDir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const path of await listFiles(versionDir)) files[path] = (await sha256File(join(versionDir, path))).sha256;
  return files;
}

async function verifyCode(versionDir: string): Promise<number> {
  return main(["verify", "--config", CONFIG, "--dataset", versionDir, "--input", SEEDS], { stdout: new Capture(), stderr: new Capture() });
}

const STAGING = new RegExp(`^\\.${VERSION.replaceAll(".", "\\.")}\\.staging-\\d+(\\.old)?$`);

/** Folders of the output other than the version folder and staging folders. */
async function strayFolders(outputRoot: string): Promise<string[]> {
  const entries = await readdir(outputRoot, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory() && entry.name !== VERSION && !STAGING.test(entry.name)).map((entry) => entry.name);
}

async function stagingFolders(outputRoot: string): Promise<string[]> {
  return (await readdir(outputRoot)).filter((name) => STAGING.test(name));
}

let corpus: string;
let outputRoot: string;
let versionDir: string;
let previous: Record<string, string>;

beforeAll(async () => {
  corpus = join(await tempDir("kill-corpus"), "synthetic");
  await writeSyntheticCorpus(corpus, ARTICLES);
  outputRoot = await tempDir("kill-out");
  versionDir = join(outputRoot, VERSION);
  const first = startBuild(SEEDS, outputRoot);
  expect(await first.exited, first.stderr()).toEqual({ code: EXIT.ok, signal: null });
  previous = await snapshot(versionDir);
}, BUILD_TIMEOUT);

/** The output after a build was stopped: the earlier version, untouched, and nothing half-written beside it. */
async function expectUntouched(): Promise<void> {
  expect(await snapshot(versionDir)).toEqual(previous);
  expect(await verifyCode(versionDir)).toBe(EXIT.ok);
  expect(await strayFolders(outputRoot)).toEqual([]);
}

const KILL_MOMENTS: readonly { readonly moment: string; readonly reached: (build: Running) => Promise<void> }[] = [
  { moment: "while it processes articles", reached: waitUntilProcessing },
  {
    moment: "as it finishes the tables",
    reached: (build) => waitUntil(build, "the last article", () => build.stderr().includes(`files ${ARTICLES}/${ARTICLES}`)),
  },
  {
    moment: "while it writes the report and extras",
    reached: (build) => waitUntil(build, "report.json", () => existsSync(join(stagingPath(versionDir, build.pid), "report.json"))),
  },
];

describe("a killed build", () => {
  it.each(KILL_MOMENTS)(
    "SIGKILL $moment leaves the previous version as it was",
    async ({ reached }) => {
      const build = startBuild(corpus, outputRoot);
      await reached(build);
      build.child.kill("SIGKILL");
      expect((await build.exited).signal).toBe("SIGKILL");
      // Killed before its staging folder was swapped in; it cleared those of the builds killed before it.
      expect(await stagingFolders(outputRoot)).toEqual([basename(stagingPath(versionDir, build.pid))]);
      await expectUntouched();
    },
    BUILD_TIMEOUT,
  );

  it(
    "is cleared up by the next build, which succeeds",
    async () => {
      expect(await stagingFolders(outputRoot)).toHaveLength(1);
      const next = startBuild(SEEDS, outputRoot);
      expect(await next.exited, next.stderr()).toEqual({ code: EXIT.ok, signal: null });
      expect(await stagingFolders(outputRoot)).toEqual([]);
      expect(await verifyCode(versionDir)).toBe(EXIT.ok);
      previous = await snapshot(versionDir);
    },
    BUILD_TIMEOUT,
  );

  it(
    "stops on SIGINT with its own exit code and leaves no staging folder",
    async () => {
      const build = startBuild(corpus, outputRoot);
      await waitUntilProcessing(build);
      build.child.kill("SIGINT");
      expect(await build.exited, build.stderr()).toEqual({ code: EXIT.interrupted, signal: null });
      expect(build.stderr()).toContain("interrupted by SIGINT: nothing was written");
      expect(await stagingFolders(outputRoot)).toEqual([]);
      await expectUntouched();
    },
    BUILD_TIMEOUT,
  );
});

describe("stale staging folders", () => {
  it("are removed when their build is gone, kept while it runs, and a version caught mid-swap is put back", async () => {
    const root = await tempDir("stale");
    const version = join(root, VERSION);
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    const running = process.ppid;
    await mkdir(retiredPath(stagingPath(version, gone)), { recursive: true });
    await writeFile(join(retiredPath(stagingPath(version, gone)), "SHA256SUMS"), "previous\n");
    await mkdir(stagingPath(version, gone));
    await mkdir(stagingPath(version, running));
    await mkdir(join(root, `.${VERSION}.staging-notapid`));

    await clearStaleStaging(version);

    expect(await readFile(join(version, "SHA256SUMS"), "utf8")).toBe("previous\n");
    expect((await readdir(root)).sort()).toEqual([`.${VERSION}.staging-${running}`, `.${VERSION}.staging-notapid`, VERSION].sort());
  });
});
