/**
 * Districts and district-level towns of Vietnam as they stood before the 2025
 * reform (numbered districts such as `Quận 1` left out), from districts.yaml.
 * Read by build-lexicons.ts into pipeline/rules/gazetteer/cities.yaml.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";

export interface DistrictFact {
  readonly name: string;
  readonly country: "VN";
  /** Pre-2025 province (the first one listed when two provinces have a district of that name). */
  readonly province: string;
  readonly names?: readonly string[];
}

interface DistrictsFile {
  readonly alternates?: Readonly<Record<string, readonly string[]>>;
  readonly unsure?: Readonly<Record<string, readonly string[]>>;
  readonly not_bare?: readonly string[];
  readonly [province: string]: unknown;
}

function readDistricts(): DistrictFact[] {
  const file = parse(readFileSync(new URL("./districts.yaml", import.meta.url), "utf8")) as DistrictsFile;
  const alternates = file.alternates ?? {};
  const notBare = new Set(file.not_bare ?? []);
  const byName = new Map<string, DistrictFact>();
  for (const [province, names] of Object.entries(file)) {
    if (province === "alternates" || province === "unsure" || province === "not_bare") continue;
    for (const name of names as readonly string[]) {
      if (notBare.has(name) || byName.has(name)) continue;
      byName.set(name, { name, country: "VN", province, ...(alternates[name] ? { names: alternates[name] } : {}) });
    }
  }
  return [...byName.values()];
}

export const DISTRICT_FACTS: readonly DistrictFact[] = readDistricts();
