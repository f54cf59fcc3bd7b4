/**
 * `make release`: reproducible archives, a changelog by primary key, the
 * version bump the changes need, and immutable versions.
 */
import { chmod, cp, mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { list, type ReadEntry } from "tar";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../pipeline/cli.ts";
import { compareVersions } from "../pipeline/release/compare.ts";
import { extractTarGz } from "../pipeline/release/archive.ts";
import { withChecksum } from "../pipeline/release/release.ts";
import { verifyChecksums } from "../pipeline/verify/checksums.ts";
import { CHECKSUMS_FILE } from "../pipeline/write/dataset.ts";
import { Capture, CONFIG, readTable, SEEDS, tempDir } from "./support/build.ts";

const NAME = "vn-lao-union-news";
const EDITED = "000_b81a386f8239b78d.txt";
const KEPT = "002_0bd7ac332b770867.txt";
const ADDED = "003_69b38c4b4147d0ad.txt";

interface Run {
  readonly code: number;
  readonly stderr: string;
}

async function cli(args: string[]): Promise<Run> {
  const stderr = new Capture();
  const code = await main(args, { stdout: new Capture(), stderr });
  return { code, stderr: stderr.text };
}

async function configFor(version: string): Promise<string> {
  const file = join(await tempDir("config"), `dataset-${version}.yaml`);
  await writeFile(file, (await readFile(CONFIG, "utf8")).replace(/^version: .*$/m, `version: ${version}`));
  return file;
}

/** Build `files` (name → text) from a folder named `seeds`, so source paths match across versions. */
async function buildVersion(version: string, files: Record<string, string>): Promise<{ config: string; versionDir: string }> {
  const root = await tempDir(`v${version}`);
  await mkdir(join(root, "seeds"));
  for (const [name, text] of Object.entries(files)) await writeFile(join(root, "seeds", name), text);
  const config = await configFor(version);
  const output = join(root, "output");
  const run = await cli(["build", "--config", config, "--input", join(root, "seeds"), "--output", output]);
  expect(run.code, run.stderr).toBe(0);
  return { config, versionDir: join(output, version) };
}

const release = (config: string, versionDir: string, releases: string, ...extra: string[]) =>
  cli(["release", "--config", config, "--dataset", versionDir, "--releases", releases, ...extra]);

const seed = (name: string) => readFile(join(SEEDS, name), "utf8");
const sha256 = async (path: string) => createHash("sha256").update(await readFile(path)).digest("hex");

let original: Record<string, string>;
let changed: Record<string, string>;

beforeAll(async () => {
  original = { [EDITED]: await seed(EDITED), [KEPT]: await seed(KEPT) };
  const edited = original[EDITED]!.replace("hai bên đã cùng nhau ôn lại", "hai bên đã cùng nhau vui vẻ ôn lại");
  expect(edited).not.toBe(original[EDITED]);
  changed = { [EDITED]: edited, [KEPT]: original[KEPT]!, [ADDED]: await seed(ADDED) };
});

describe("archives", () => {
  it("are byte-identical when the same inputs are built and released twice, whatever the time zone or file modes", async () => {
    const first = await buildVersion("0.1.0", original);
    const second = await buildVersion("0.1.0", original);
    await chmod(join(second.versionDir, "README.md"), 0o600);
    const [releasesA, releasesB] = [await tempDir("releases"), await tempDir("releases")];
    expect((await release(first.config, first.versionDir, releasesA)).code).toBe(0);
    const zone = process.env.TZ;
    process.env.TZ = "America/Sao_Paulo";
    try {
      expect((await release(second.config, second.versionDir, releasesB)).code).toBe(0);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const files = ["tar.gz", "zip", "sha256"].map((extension) => `${NAME}-0.1.0.${extension}`);
    expect((await readdir(releasesA)).sort()).toEqual([...files].sort());
    for (const file of files) expect(await sha256(join(releasesB, file)), file).toBe(await sha256(join(releasesA, file)));
    const listed = await readFile(join(releasesA, `${NAME}-0.1.0.sha256`), "utf8");
    expect(listed).toBe(`${await sha256(join(releasesA, files[0]!))}  ${files[0]}\n${await sha256(join(releasesA, files[1]!))}  ${files[1]}\n`);
  });

  it("hold the version folder under <name>-<version>/ in sorted order, with fixed times, modes and no owner", async () => {
    const built = await buildVersion("0.1.0", original);
    const releases = await tempDir("releases");
    await release(built.config, built.versionDir, releases);
    const archive = join(releases, `${NAME}-0.1.0.tar.gz`);
    const gzip = await readFile(archive);
    expect([...gzip.subarray(4, 8)]).toEqual([0, 0, 0, 0]);
    expect(gzip[9]).toBe(0xff);
    const entries: ReadEntry[] = [];
    await list({ file: archive, onReadEntry: (entry) => entries.push(entry) });
    const paths = entries.map((entry) => entry.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toContain(`${NAME}-0.1.0/${CHECKSUMS_FILE}`);
    expect(paths).toContain(`${NAME}-0.1.0/CHANGELOG.md`);
    for (const entry of entries) {
      expect(entry.mtime?.toISOString()).toBe("1980-01-01T12:00:00.000Z");
      expect([entry.mode, entry.uid ?? 0, entry.gid ?? 0, entry.uname ?? "", entry.gname ?? ""]).toEqual([0o644, 0, 0, "", ""]);
    }
    const unpacked = await tempDir("unpacked");
    await extractTarGz(archive, unpacked);
    const findings = [];
    for await (const finding of verifyChecksums(unpacked)) findings.push(finding);
    expect(findings).toEqual([]);
  });
});

describe("changelog and version bumps", () => {
  let first: { config: string; versionDir: string };
  let releases: string;

  beforeAll(async () => {
    first = await buildVersion("0.1.0", original);
    releases = await tempDir("releases");
    const run = await release(first.config, first.versionDir, releases);
    expect(run.code, run.stderr).toBe(0);
  });

  it("says a first release is one", async () => {
    expect(await readFile(join(first.versionDir, "CHANGELOG.md"), "utf8")).toContain("First release: there is no earlier release to compare with.");
  });

  it("names exactly the article added and the article changed, by primary key", async () => {
    const second = await buildVersion("0.2.0", changed);
    const run = await release(second.config, second.versionDir, releases);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("compared with 0.1.0: minor bump, the changes need minor");

    const sourceId = async (dir: string, file: string) => String((await readTable(dir, "sources")).find((row) => row.path === `seeds/${file}`)!.source_id);
    const articleId = async (dir: string, file: string) => {
      const source = await sourceId(dir, file);
      return String((await readTable(dir, "articles")).find((row) => row.source_id === source)!.article_id);
    };
    const comparison = await compareVersions(first.versionDir, second.versionDir);
    const rows = (table: string) => comparison.rows.find((diff) => diff.table === table)!;
    const keys = (changes: { examples: readonly { key: string }[] }) => changes.examples.map((example) => example.key);

    const sources = rows("sources");
    expect([sources.added.count, sources.removed.count, sources.changed.count, sources.rekeyed.count]).toEqual([1, 0, 1, 0]);
    expect(keys(sources.added)).toEqual([await sourceId(second.versionDir, ADDED)]);
    expect(keys(sources.changed)).toEqual([await sourceId(second.versionDir, EDITED)]);
    expect(sources.changed.examples[0]!.columns).toEqual(expect.arrayContaining(["sha256", "bytes", "length"]));

    const articles = rows("articles");
    expect([articles.added.count, articles.removed.count, articles.changed.count, articles.rekeyed.count]).toEqual([1, 0, 0, 1]);
    expect(keys(articles.added)).toEqual([await articleId(second.versionDir, ADDED)]);
    expect(articles.rekeyed.examples).toEqual([
      expect.objectContaining({ previousKey: await articleId(first.versionDir, EDITED), key: await articleId(second.versionDir, EDITED) }),
    ]);

    const text = await readFile(join(second.versionDir, "CHANGELOG.md"), "utf8");
    expect(text).toContain(`Compared with release \`${NAME}-0.1.0.tar.gz\` (0.1.0)`);
    expect(text).toContain(`| \`articles\` | 2 | 3 | 1 | 0 | 1 | 0 |`);
    expect(text).toContain(`| \`sources\` | 2 | 3 | 1 | 0 | 0 | 1 |`);
    expect(text).toContain(`- \`${await articleId(first.versionDir, EDITED)}\` → \`${await articleId(second.versionDir, EDITED)}\``);
    expect(text).toContain(`- \`${await sourceId(second.versionDir, EDITED)}\` "seeds/${EDITED}": \`sha256\``);
    expect(await readFile(join(second.versionDir, CHECKSUMS_FILE), "utf8")).toContain(`${await sha256(join(second.versionDir, "CHANGELOG.md"))}  CHANGELOG.md\n`);
  });

  it("refuses a version that moved less than its changes need, and names the bump", async () => {
    const patch = await buildVersion("0.1.1", changed);
    const run = await release(patch.config, patch.versionDir, releases);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the changes since 0.1.0 need a MINOR version bump, but 0.1.0 → 0.1.1 is a patch bump");
    expect(run.stderr).toContain("rows added in articles: 1 row(s)");
    expect(run.stderr).toContain("Set the version to 0.2.0 (or higher)");
    expect(await readdir(releases)).not.toContain(`${NAME}-0.1.1.tar.gz`);
    expect(await readdir(patch.versionDir)).not.toContain("CHANGELOG.md");
  });

  it("refuses changed data under an unchanged version (--since)", async () => {
    const same = await buildVersion("0.1.0", changed);
    const run = await release(same.config, same.versionDir, await tempDir("releases"), "--since", first.versionDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("need a MINOR version bump, but 0.1.0 → 0.1.0 is no bump");
  });

  it("refuses a breaking schema change without a major bump", async () => {
    const second = await buildVersion("0.2.0", changed);
    const descriptorPath = join(second.versionDir, "datapackage.json");
    const descriptor = JSON.parse(await readFile(descriptorPath, "utf8")) as { resources: { path: string; schema: { fields: { name: string }[] } }[] };
    for (const resource of descriptor.resources.filter((candidate) => candidate.path.includes("articles."))) {
      resource.schema.fields = resource.schema.fields.filter((field) => !field.name.startsWith("outlet"));
    }
    await writeFile(descriptorPath, JSON.stringify(descriptor));
    const sums = await readFile(join(second.versionDir, CHECKSUMS_FILE), "utf8");
    await writeFile(join(second.versionDir, CHECKSUMS_FILE), withChecksum(sums, "datapackage.json", await sha256(descriptorPath)));
    const run = await release(second.config, second.versionDir, await tempDir("releases"), "--since", first.versionDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("need a MAJOR version bump, but 0.1.0 → 0.2.0 is a minor bump");
    expect(run.stderr).toContain("column removed in articles: `outlet` (string)");
    expect(run.stderr).toContain("Set the version to 1.0.0 (or higher)");
  });

  it("treats a released version as immutable: the same files again are fine, other files are refused", async () => {
    const archive = join(releases, `${NAME}-0.1.0.tar.gz`);
    const before = await sha256(archive);
    const again = await buildVersion("0.1.0", original);
    const same = await release(again.config, again.versionDir, releases);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stderr).toContain("already released with the same files");
    expect(await sha256(archive)).toBe(before);

    const other = await buildVersion("0.1.0", changed);
    const refused = await release(other.config, other.versionDir, releases);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${NAME} 0.1.0 was already released with other content; a version is immutable`);
    expect(refused.stderr).toContain("csv/articles.csv");
    expect(await sha256(archive)).toBe(before);
  });

  it("refuses a folder that does not match its SHA256SUMS", async () => {
    const tampered = await buildVersion("0.3.0", changed);
    await cp(join(tampered.versionDir, "csv", "sources.csv"), join(tampered.versionDir, "csv", "articles.csv"));
    const run = await release(tampered.config, tampered.versionDir, await tempDir("releases"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/does not match its SHA256SUMS:\n {2}csv\/articles\.csv: checksum/);
  });
});
