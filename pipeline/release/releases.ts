/**
 * The releases folder: `<name>-<version>.tar.gz` and `.zip` holding the
 * version folder under `<name>-<version>/`, and `<name>-<version>.sha256`
 * with the archives' checksums. Finds the release a new version follows and
 * reads what an existing release holds.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractTarGz, readFromTarGz, writeTarGz, writeZip, type ArchiveInput } from "./archive.ts";
import { parseVersion, versionOrder, type Version } from "./semver.ts";

export interface ArchiveKind {
  readonly extension: string;
  readonly write: (input: ArchiveInput, target: string) => Promise<void>;
}

export const ARCHIVE_KINDS: readonly ArchiveKind[] = [
  { extension: "tar.gz", write: writeTarGz },
  { extension: "zip", write: writeZip },
];

export const releaseRoot = (name: string, version: string) => `${name}-${version}`;
export const archivePath = (releasesDir: string, name: string, version: string, kind: ArchiveKind) =>
  join(releasesDir, `${releaseRoot(name, version)}.${kind.extension}`);
export const checksumsPath = (releasesDir: string, name: string, version: string) => join(releasesDir, `${releaseRoot(name, version)}.sha256`);

const TAR_GZ = ARCHIVE_KINDS[0]!;

/** Versions of `name` released in `releasesDir`, by their .tar.gz. */
async function releasedVersions(releasesDir: string, name: string): Promise<Version[]> {
  if (!existsSync(releasesDir)) return [];
  const prefix = `${name}-`;
  const suffix = `.${TAR_GZ.extension}`;
  return (await readdir(releasesDir))
    .filter((file) => file.startsWith(prefix) && file.endsWith(suffix))
    .map((file) => parseVersion(file.slice(prefix.length, -suffix.length)))
    .filter((version): version is Version => version !== null);
}

export interface PreviousRelease {
  readonly version: string;
  readonly archive: string;
}

/** The highest release of `name` below `version`, if any. */
export async function previousRelease(releasesDir: string, name: string, version: Version): Promise<PreviousRelease | null> {
  const earlier = (await releasedVersions(releasesDir, name)).filter((candidate) => versionOrder(candidate, version) < 0).sort(versionOrder);
  const latest = earlier.at(-1);
  return latest ? { version: latest.text, archive: archivePath(releasesDir, name, latest.text, TAR_GZ) } : null;
}

/** Unpack a release into a new temporary folder and return the folder. */
export async function unpackRelease(release: PreviousRelease): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "vnnews-release-"));
  await extractTarGz(release.archive, dir);
  return dir;
}

export class IncompleteReleaseError extends Error {}

/** The SHA256SUMS inside an existing release of this version, or null when it was never released. */
export async function releasedChecksums(releasesDir: string, name: string, version: string, checksumsFile: string): Promise<string | null> {
  const archives = ARCHIVE_KINDS.map((kind) => archivePath(releasesDir, name, version, kind));
  const present = archives.filter((archive) => existsSync(archive));
  if (present.length === 0) return null;
  if (!existsSync(archives[0]!)) {
    throw new IncompleteReleaseError(`${present.join(", ")} exists without ${archives[0]}: restore it or remove the others before releasing ${version} again`);
  }
  const sums = await readFromTarGz(archives[0]!, `${releaseRoot(name, version)}/${checksumsFile}`);
  if (sums === null) throw new IncompleteReleaseError(`${archives[0]} holds no ${checksumsFile}`);
  return sums;
}
