/** The commit of the code that builds a dataset, for datapackage.json. */
import { execFileSync } from "node:child_process";

export function gitCommit(cwd = process.cwd()): string {
  try {
    const run = (...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const commit = run("rev-parse", "HEAD");
    const dirty = run("status", "--porcelain", "--untracked-files=no", "--", "pipeline", "schemas", "package-lock.json") !== "";
    return dirty ? `${commit}-dirty` : commit;
  } catch {
    return "unknown";
  }
}
