import { relative, resolve } from "node:path";
import { loadConfig } from "../config.ts";
import { release } from "../release/release.ts";
import { CHANGELOG_FILE } from "../release/changelog.ts";
import { EXIT, type Command } from "./command.ts";

export const releaseCommand: Command = {
  name: "release",
  summary: "pack output/<version>/ into releases/ with a changelog (refuses a wrong version bump)",
  options: {
    config: { type: "string", default: "pipeline/dataset.yaml" },
    dataset: { type: "string" },
    releases: { type: "string", default: "releases" },
    since: { type: "string" },
  },
  async run(values, io) {
    const config = await loadConfig(String(values.config));
    const versionDir = resolve(String(values.dataset ?? `${config.output}/${config.version}`));
    const outcome = await release({
      versionDir,
      releasesDir: resolve(String(values.releases)),
      since: values.since === undefined ? null : resolve(String(values.since)),
    });
    const compared =
      outcome.comparedWith === null
        ? "first release"
        : `compared with ${outcome.comparedWith}: ${outcome.moved} bump, the changes need ${outcome.required}`;
    const status = outcome.status === "released" ? "released" : "already released with the same files; archives unchanged:";
    io.stderr.write(
      [
        `${status} ${outcome.name} ${outcome.version} (${compared})`,
        ...outcome.archives.map((archive) => `  ${relative(process.cwd(), archive.path)}  sha256 ${archive.sha256}`),
        `  changelog: ${relative(process.cwd(), resolve(versionDir, CHANGELOG_FILE))}`,
        "",
      ].join("\n"),
    );
    return EXIT.ok;
  },
};
