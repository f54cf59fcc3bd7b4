/**
 * Exit codes, as a script sees them: the CLI runs as a child process and
 * each outcome in the README's "Exit codes" table is checked, and the table
 * itself lists every code the commands return.
 */
import { spawn } from "node:child_process";
import { copyFile, cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../pipeline/commands/command.ts";
import { CONFIG, REPO, SEEDS, seedFiles, tempDir, VERSION } from "./support/build.ts";

const FIXTURES = join(REPO, "tests", "fixtures", "ingest");
const TIMEOUT = 180_000;

interface Outcome {
  readonly code: number | null;
  readonly stderr: string;
}

function cli(...args: string[]): Promise<Outcome> {
  const child = spawn(process.execPath, ["--import", "tsx", "pipeline/cli.ts", ...args], { cwd: REPO, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

let work: string;
let built: Outcome;
let partial: Outcome;
let versionDir: string;

/** A folder with one seed article and one file that is rejected (an image). */
async function folderWithRejectedFile(): Promise<string> {
  const input = join(work, "with-rejected");
  await mkdir(input);
  const [first] = await seedFiles();
  await copyFile(join(SEEDS, first!), join(input, first!));
  await copyFile(join(FIXTURES, "image.png"), join(input, "image.png"));
  return input;
}

beforeAll(async () => {
  work = await tempDir("exit");
  const output = join(work, "clean");
  versionDir = join(output, VERSION);
  const input = await folderWithRejectedFile();
  [built, partial] = await Promise.all([
    cli("build", "--config", CONFIG, "--input", SEEDS, "--output", output, "--no-cache"),
    cli("build", "--config", CONFIG, "--input", input, "--output", join(work, "partial"), "--no-cache"),
  ]);
}, TIMEOUT);

describe("build", () => {
  it("exits 0 when every file was built", () => {
    expect(built.code, built.stderr).toBe(EXIT.ok);
    expect(EXIT.ok).toBe(0);
  });

  it("exits with the partial code when a file was rejected", () => {
    expect(partial.code, partial.stderr).toBe(EXIT.partial);
    expect(partial.stderr).toContain("with-rejected/image.png: rejected: binary file");
  });

  it(
    "exits with the usage code on a bad config, a missing input folder or a bad option, and builds nothing",
    async () => {
      const badConfig = join(work, "bad.yaml");
      await writeFile(badConfig, `${(await readFile(CONFIG, "utf8")).replace(/^version:.*$/m, "version: [not, a, version]")}`);
      const output = join(work, "never");
      const [config, input, option] = await Promise.all([
        cli("build", "--config", badConfig, "--input", SEEDS, "--output", output, "--no-cache"),
        cli("build", "--config", CONFIG, "--input", join(work, "no-such-folder"), "--output", output, "--no-cache"),
        cli("build", "--config", CONFIG, "--no-such-option"),
      ]);
      expect(config.code, config.stderr).toBe(EXIT.usage);
      expect(config.stderr).toContain("bad.yaml");
      expect(input.code, input.stderr).toBe(EXIT.usage);
      expect(input.stderr).toContain("no-such-folder: not a readable directory");
      expect(option.code, option.stderr).toBe(EXIT.usage);
      await expect(readFile(join(output, VERSION, "SHA256SUMS"))).rejects.toThrow();
    },
    TIMEOUT,
  );
});

describe("verify and release", () => {
  it(
    "verify exits 0 on the build and with the check code on a corrupted copy; release refuses the copy with the usage code",
    async () => {
      const corrupted = join(work, "corrupted");
      await cp(versionDir, corrupted, { recursive: true });
      const report = join(corrupted, "report.json");
      await writeFile(report, (await readFile(report, "utf8")).replace(/"articles": \d+/, '"articles": 999'));
      const [clean, damaged, release] = await Promise.all([
        cli("verify", "--config", CONFIG, "--dataset", versionDir, "--input", SEEDS),
        cli("verify", "--config", CONFIG, "--dataset", corrupted, "--input", SEEDS),
        cli("release", "--config", CONFIG, "--dataset", corrupted, "--releases", join(work, "releases")),
      ]);
      expect(clean.code, clean.stderr).toBe(EXIT.ok);
      expect(damaged.code, damaged.stderr).toBe(EXIT.check);
      expect(damaged.stderr).toContain("checksums 1 problem(s)");
      expect(release.code, release.stderr).toBe(EXIT.usage);
      expect(release.stderr).toContain("does not match its SHA256SUMS");
    },
    TIMEOUT,
  );
});

describe("the README's table", () => {
  it("lists every exit code, and nothing else", async () => {
    const readme = await readFile(join(REPO, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Exit codes"), readme.indexOf("\n## ", readme.indexOf("## Exit codes") + 1));
    const listed = [...section.matchAll(/^\| (\d+) \|/gm)].map((match) => Number(match[1]));
    expect(listed.sort((left, right) => left - right)).toEqual(Object.values(EXIT).sort((left, right) => left - right));
  });
});
