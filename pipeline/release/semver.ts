/** Semantic versions of the dataset: parse, order, and how far one moved from another. */
import { z } from "zod";

export const LEVELS = ["none", "patch", "minor", "major"] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly text: string;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/;

export function parseVersion(text: string): Version | null {
  const match = SEMVER.exec(text);
  if (!match) return null;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), text };
}

export function versionOrder(left: Version, right: Version): number {
  return left.major - right.major || left.minor - right.minor || left.patch - right.patch || (left.text < right.text ? -1 : left.text > right.text ? 1 : 0);
}

export const levelRank = (level: Level) => LEVELS.indexOf(level);

/** Which part moved from `from` to `to`; null when `to` is lower. */
export function movement(from: Version, to: Version): Level | null {
  if (versionOrder(to, from) < 0) return null;
  if (to.major !== from.major) return "major";
  if (to.minor !== from.minor) return "minor";
  if (to.patch !== from.patch) return "patch";
  return "none";
}

/** The lowest version after `from` that makes a `level` bump. */
export function bumped(from: Version, level: Level): string {
  const next = {
    none: [from.major, from.minor, from.patch],
    patch: [from.major, from.minor, from.patch + 1],
    minor: [from.major, from.minor + 1, 0],
    major: [from.major + 1, 0, 0],
  }[level];
  return next.join(".");
}
