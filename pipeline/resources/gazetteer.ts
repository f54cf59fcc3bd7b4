/**
 * The gazetteer and name lexicons (pipeline/rules/gazetteer, pipeline/rules/lexicons),
 * built by pipeline/tools/build-lexicons.ts. Loaded synchronously and validated;
 * an error names the file and the key.
 *
 * Places are looked up by their normalised form (NFC, first-vowel tone placement,
 * single spaces), case-sensitively. A name that is both a pre-2025 province and a
 * 2025 province (`Quảng Ngãi`) resolves to one entry: the pre-2025 province, with
 * its ISO code, what it became (`merged_into`) and what the 2025 province of that
 * name was formed from (`formed_from`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { normalizeValue } from "../core/normalize.ts";

export type PlaceKind = "country" | "vn-province" | "vn-province-2025" | "la-province" | "city" | "region";

export interface PlaceEntry {
  readonly id: string;
  readonly kind: PlaceKind;
  /** Canonical name, normalised. */
  readonly name: string;
  /** ISO 3166-1 (countries) or ISO 3166-2 (provinces, some cities); null when none exists. */
  readonly iso_code: string | null;
  /** ISO 3166-1 code of the country the place is in (a country: its own code). */
  readonly country: string | null;
  /** Every name the place is looked up by, normalised, canonical first. */
  readonly names: readonly string[];
  /** Vietnamese provinces: `tinh` or `thanh-pho` (centrally-run city). */
  readonly type?: "tinh" | "thanh-pho";
  /** Vietnamese provinces: General Statistics Office code. */
  readonly gso_code?: string;
  /** Pre-2025 provinces: the 2025 province it became part of. */
  readonly merged_into?: string;
  /** 2025 provinces, and pre-2025 provinces whose name a 2025 province kept: the pre-2025 provinces it was formed from. */
  readonly formed_from?: readonly string[];
  /** Vietnamese cities: the pre-2025 province they are in. */
  readonly province?: string;
}

export interface BankEntry {
  readonly name: string;
  readonly short_name: string;
  readonly bin: string | null;
  readonly swift_code: string | null;
  readonly keywords: readonly string[];
}

export interface LaoKnownName {
  readonly romanised: string;
  readonly vietnamese: string;
}

export interface PlaceLookupContext {
  /** The admin word written before the name (`tỉnh`, `thủ đô`): `tỉnh Viêng Chăn` is LA-VI, `Viêng Chăn` alone LA-VT. */
  readonly adminWord?: string;
}

export interface PlaceNameOptions {
  /** Default true. */
  readonly includeAmbiguous?: boolean;
}

export interface Gazetteer {
  lookupPlace(name: string, context?: PlaceLookupContext): PlaceEntry | undefined;
  /**
   * Every place name, normalised, longest first: the alternatives of a matcher.
   * `includeAmbiguous: false` leaves out names that are also personal names.
   */
  placeNames(options?: PlaceNameOptions): string[];
  /** Names that are also written as a personal name (`Đức`, `Nga`, `Mỹ`, `Vinh`, `Hồ Chí Minh`): match them with context. */
  isAmbiguousPlaceName(name: string): boolean;
  /** Every entry of one kind (or all), in file order. */
  places(kind?: PlaceKind): PlaceEntry[];
  lookupBank(name: string): BankEntry | undefined;
  /** Family names (and the Ê Đê/Jrai prefixes `Y`, `H'`), normalised; some have two syllables (`Rơ Chăm`). */
  readonly surnames: Set<string>;
  /** Summed regional weight of each family name of the main list (0 for minority names and prefixes). */
  readonly surnameWeights: ReadonlyMap<string, number>;
  /** Syllables of given names and common middle names, normalised and capitalised. */
  readonly givenSyllables: Set<string>;
  readonly middleNames: Set<string>;
  /** Syllables of Lao names as written in Vietnamese, capitalised and in lower case (`Xi`, `xi`). */
  readonly laoSyllables: Set<string>;
  readonly laoKnownNames: readonly LaoKnownName[];
  readonly banks: readonly BankEntry[];
}

export class GazetteerError extends Error {}

// ---------------------------------------------------------------------------
// File schemas

const Name = z.string().min(1);
const Names = z.array(Name).min(1);
const ProvinceType = z.enum(["tinh", "thanh-pho"]);

const VietnamProvincesSchema = z
  .object({
    provinces: z.array(
      z
        .object({
          gso_code: z.string().regex(/^\d{2}$/),
          name: Name,
          type: ProvinceType,
          iso_code: z.string().regex(/^VN-[0-9A-Z]{2}$/),
          merged_into: Name,
          names: Names,
          ambiguous_names: Names.optional(),
        })
        .strict(),
    ),
    provinces_2025: z.array(
      z
        .object({
          gso_code: z.string().regex(/^\d{2}$/),
          name: Name,
          type: ProvinceType,
          iso_code: z.string().regex(/^VN-[0-9A-Z]{2}$/).nullable(),
          namesake: Name.nullable(),
          formed_from: Names,
          names: Names,
          note: z.string().optional(),
        })
        .strict(),
    ),
  })
  .strict();

const QualifiedNameSchema = z.object({ admin_word: Name, name: Name }).strict();

const LaoProvincesSchema = z
  .object({
    provinces: z.array(
      z
        .object({
          iso_code: z.string().regex(/^LA-[A-Z]{2}$/),
          name: Name,
          name_en: Name,
          names: Names,
          qualified_names: z.array(QualifiedNameSchema).optional(),
          ambiguous_names: Names.optional(),
        })
        .strict(),
    ),
  })
  .strict();

const CountriesSchema = z
  .object({
    countries: z.array(
      z
        .object({
          iso_code: z.string().regex(/^[A-Z]{2}$/),
          name: Name,
          cldr_names: Names,
          press_names: Names.optional(),
          names: Names,
          ambiguous_names: Names.optional(),
        })
        .strict(),
    ),
  })
  .strict();

const CitiesSchema = z
  .object({
    cities: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/),
          name: Name,
          country: z.string().regex(/^[A-Z]{2}$/),
          iso_code: z.string().regex(/^[A-Z]{2}-[0-9A-Z]{1,3}$/).optional(),
          province: Name.optional(),
          names: Names,
          ambiguous_names: Names.optional(),
        })
        .strict(),
    ),
  })
  .strict();

const SurnamesSchema = z
  .object({
    surnames: z.array(
      z
        .object({
          name: Name,
          weights: z.record(z.string(), z.number().nonnegative()),
          match: z.boolean().optional(),
          note: z.string().optional(),
        })
        .strict(),
    ),
    minority_surnames: z.array(z.object({ name: Name, note: z.string(), prefix: z.boolean().optional() }).strict()),
  })
  .strict();

const GivenNamesSchema = z.object({ syllables: Names, middle_names: Names }).strict();

const LaoNamesSchema = z
  .object({
    syllables: Names,
    known_names: z.array(z.object({ romanised: Name, vietnamese: Name }).strict()),
  })
  .strict();

const BanksSchema = z
  .object({
    banks: z.array(
      z
        .object({
          name: Name,
          short_name: Name,
          bin: z.string().regex(/^\d+$/).nullable(),
          swift_code: z.string().regex(/^[A-Z0-9]{8}(?:[A-Z0-9]{3})?$/).nullable(),
          keywords: z.array(Name),
        })
        .strict(),
    ),
  })
  .strict();

const RegionsSchema = z
  .object({
    regions: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          name: Name,
          country: z.string().regex(/^[A-Z]{2}$/).optional(),
          names: Names,
          ambiguous_names: Names.optional(),
        })
        .strict(),
    ),
  })
  .strict();

type VietnamProvincesFile = z.infer<typeof VietnamProvincesSchema>;
type LaoProvincesFile = z.infer<typeof LaoProvincesSchema>;
type CountriesFile = z.infer<typeof CountriesSchema>;
type CitiesFile = z.infer<typeof CitiesSchema>;

export const GAZETTEER_FILES = {
  vietnamProvinces: "gazetteer/vn-provinces.yaml",
  laoProvinces: "gazetteer/la-provinces.yaml",
  countries: "gazetteer/countries.yaml",
  cities: "gazetteer/cities.yaml",
  regions: "gazetteer/regions.yaml",
  surnames: "lexicons/surnames.yaml",
  givenNames: "lexicons/given-names.yaml",
  laoNames: "lexicons/lao-name-syllables.yaml",
  banks: "lexicons/banks.yaml",
} as const;

function readYamlFile<T>(rulesDir: string, relativePath: string, schema: z.ZodType<T>): T {
  const file = join(rulesDir, relativePath);
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new GazetteerError(`${file}: ${(error as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `key '${issue.path.join(".") || "(top level)"}': ${issue.message}`);
    throw new GazetteerError(`${file}: ${issues.join("; ")}`);
  }
  return result.data;
}

function invalid(relativePath: string, key: string, message: string): never {
  throw new GazetteerError(`${relativePath}: key '${key}': ${message}`);
}

function normalizedNames(names: readonly string[]): string[] {
  return [...new Set(names.map(normalizeValue))];
}

// ---------------------------------------------------------------------------
// Place index

interface IndexedPlace {
  readonly entry: PlaceEntry;
  readonly file: string;
}

class PlaceIndex {
  private readonly byName = new Map<string, IndexedPlace>();
  private readonly byQualifiedName = new Map<string, PlaceEntry>();
  readonly ambiguous = new Set<string>();

  add(entry: PlaceEntry, names: readonly string[], file: string, key: string): void {
    for (const name of names) {
      const normalized = normalizeValue(name);
      const existing = this.byName.get(normalized);
      if (existing && existing.entry !== entry) {
        invalid(file, key, `'${normalized}' also names ${existing.entry.id} in ${existing.file}`);
      }
      this.byName.set(normalized, { entry, file });
    }
  }

  addQualified(entry: PlaceEntry, adminWord: string, name: string): void {
    this.byQualifiedName.set(qualifiedKey(adminWord, name), entry);
  }

  markAmbiguous(names: readonly string[] | undefined, entryNames: readonly string[], file: string, key: string): void {
    for (const name of names ?? []) {
      const normalized = normalizeValue(name);
      if (!entryNames.includes(normalized)) invalid(file, key, `ambiguous name '${normalized}' is not one of the entry's names`);
      this.ambiguous.add(normalized);
    }
  }

  lookup(name: string, context?: PlaceLookupContext): PlaceEntry | undefined {
    if (context?.adminWord) {
      const qualified = this.byQualifiedName.get(qualifiedKey(context.adminWord, name));
      if (qualified) return qualified;
    }
    return this.byName.get(normalizeValue(name))?.entry;
  }

  names(): string[] {
    return [...this.byName.keys()].sort(
      (left, right) => [...right].length - [...left].length || (left < right ? -1 : left > right ? 1 : 0),
    );
  }
}

function qualifiedKey(adminWord: string, name: string): string {
  return `${normalizeValue(adminWord).toLowerCase()} ${normalizeValue(name)}`;
}

// ---------------------------------------------------------------------------
// Building entries

function vietnamEntries(data: VietnamProvincesFile, index: PlaceIndex): PlaceEntry[] {
  const file = GAZETTEER_FILES.vietnamProvinces;
  const newByNamesake = new Map(data.provinces_2025.filter((province) => province.namesake).map((province) => [province.namesake!, province]));
  const newNames = new Set(data.provinces_2025.map((province) => province.name));
  const oldNames = new Set(data.provinces.map((province) => province.name));
  const oldEntries = new Map<string, PlaceEntry>();
  data.provinces.forEach((province, position) => {
    const key = `provinces.${position}`;
    if (!newNames.has(province.merged_into)) invalid(file, `${key}.merged_into`, `'${province.merged_into}' is not a 2025 province`);
    const successor = newByNamesake.get(province.name);
    const names = normalizedNames([...province.names, ...(successor?.names ?? [])]);
    const entry: PlaceEntry = {
      id: `vn-province:${province.gso_code}`,
      kind: "vn-province",
      name: normalizeValue(province.name),
      iso_code: province.iso_code,
      country: "VN",
      names,
      type: province.type,
      gso_code: province.gso_code,
      merged_into: province.merged_into,
      ...(successor ? { formed_from: successor.formed_from } : {}),
    };
    index.add(entry, names, file, `${key}.names`);
    index.markAmbiguous(province.ambiguous_names, names, file, `${key}.ambiguous_names`);
    oldEntries.set(province.name, entry);
  });
  const newEntries = data.provinces_2025.map((province, position): PlaceEntry => {
    const key = `provinces_2025.${position}`;
    province.formed_from.forEach((predecessor, slot) => {
      if (!oldNames.has(predecessor)) invalid(file, `${key}.formed_from.${slot}`, `'${predecessor}' is not a pre-2025 province`);
    });
    if (province.namesake && !oldNames.has(province.namesake)) invalid(file, `${key}.namesake`, `'${province.namesake}' is not a pre-2025 province`);
    const entry: PlaceEntry = {
      id: `vn-province-2025:${province.gso_code}`,
      kind: "vn-province-2025",
      name: normalizeValue(province.name),
      iso_code: province.iso_code,
      country: "VN",
      names: normalizedNames(province.names),
      type: province.type,
      gso_code: province.gso_code,
      formed_from: province.formed_from,
    };
    if (!province.namesake) index.add(entry, entry.names, file, `${key}.names`);
    return entry;
  });
  return [...oldEntries.values(), ...newEntries];
}

function laoEntries(data: LaoProvincesFile, index: PlaceIndex): PlaceEntry[] {
  const file = GAZETTEER_FILES.laoProvinces;
  return data.provinces.map((province, position) => {
    const key = `provinces.${position}`;
    const names = normalizedNames(province.names);
    const entry: PlaceEntry = {
      id: `la-province:${province.iso_code}`,
      kind: "la-province",
      name: normalizeValue(province.name),
      iso_code: province.iso_code,
      country: "LA",
      names,
    };
    index.add(entry, names, file, `${key}.names`);
    index.markAmbiguous(province.ambiguous_names, names, file, `${key}.ambiguous_names`);
    for (const qualified of province.qualified_names ?? []) index.addQualified(entry, qualified.admin_word, qualified.name);
    return entry;
  });
}

function countryEntries(data: CountriesFile, index: PlaceIndex): PlaceEntry[] {
  const file = GAZETTEER_FILES.countries;
  return data.countries.map((country, position) => {
    const key = `countries.${position}`;
    const names = normalizedNames(country.names);
    const entry: PlaceEntry = {
      id: `country:${country.iso_code}`,
      kind: "country",
      name: normalizeValue(country.name),
      iso_code: country.iso_code,
      country: country.iso_code,
      names,
    };
    index.add(entry, names, file, `${key}.names`);
    index.markAmbiguous(country.ambiguous_names, names, file, `${key}.ambiguous_names`);
    return entry;
  });
}

function cityEntries(data: CitiesFile, index: PlaceIndex, countryCodes: ReadonlySet<string>, provinceNames: ReadonlySet<string>): PlaceEntry[] {
  const file = GAZETTEER_FILES.cities;
  return data.cities.map((city, position) => {
    const key = `cities.${position}`;
    if (!countryCodes.has(city.country)) invalid(file, `${key}.country`, `unknown country '${city.country}'`);
    if (city.province && !provinceNames.has(city.province)) invalid(file, `${key}.province`, `unknown province '${city.province}'`);
    const names = normalizedNames(city.names);
    const entry: PlaceEntry = {
      id: `city:${city.id}`,
      kind: "city",
      name: normalizeValue(city.name),
      iso_code: city.iso_code ?? null,
      country: city.country,
      names,
      ...(city.province ? { province: city.province } : {}),
    };
    index.add(entry, names, file, `${key}.names`);
    index.markAmbiguous(city.ambiguous_names, names, file, `${key}.ambiguous_names`);
    return entry;
  });
}

function regionEntries(data: z.infer<typeof RegionsSchema>, index: PlaceIndex, countryCodes: ReadonlySet<string>): PlaceEntry[] {
  const file = GAZETTEER_FILES.regions;
  return data.regions.map((region, position) => {
    const key = `regions.${position}`;
    if (region.country && !countryCodes.has(region.country)) invalid(file, `${key}.country`, `unknown country '${region.country}'`);
    const names = normalizedNames(region.names);
    const entry: PlaceEntry = {
      id: `region:${region.id}`,
      kind: "region",
      name: normalizeValue(region.name),
      iso_code: null,
      country: region.country ?? null,
      names,
    };
    index.add(entry, names, file, `${key}.names`);
    index.markAmbiguous(region.ambiguous_names, names, file, `${key}.ambiguous_names`);
    return entry;
  });
}

// ---------------------------------------------------------------------------
// Lexicons

function surnameWeights(rulesDir: string): Map<string, number> {
  const data = readYamlFile(rulesDir, GAZETTEER_FILES.surnames, SurnamesSchema);
  const weights = new Map<string, number>();
  for (const surname of data.minority_surnames) weights.set(normalizeValue(surname.name), 0);
  for (const surname of data.surnames) {
    if (surname.match === false) continue;
    const total = Object.values(surname.weights).reduce((sum, weight) => sum + weight, 0);
    weights.set(normalizeValue(surname.name), Math.max(total, weights.get(normalizeValue(surname.name)) ?? 0));
  }
  return weights;
}

function laoSyllableSet(syllables: readonly string[]): Set<string> {
  return new Set(syllables.map(normalizeValue).flatMap((syllable) => [syllable, syllable.toLowerCase()]));
}

function bankIndex(banks: readonly BankEntry[]): Map<string, BankEntry> {
  const index = new Map<string, BankEntry>();
  for (const bank of banks) {
    for (const name of [bank.name, bank.short_name]) {
      const key = normalizeValue(name);
      if (!index.has(key)) index.set(key, bank);
    }
  }
  return index;
}

// ---------------------------------------------------------------------------

export function loadGazetteer(rulesDir: string): Gazetteer {
  const index = new PlaceIndex();
  const vietnam = vietnamEntries(readYamlFile(rulesDir, GAZETTEER_FILES.vietnamProvinces, VietnamProvincesSchema), index);
  const laos = laoEntries(readYamlFile(rulesDir, GAZETTEER_FILES.laoProvinces, LaoProvincesSchema), index);
  const countries = countryEntries(readYamlFile(rulesDir, GAZETTEER_FILES.countries, CountriesSchema), index);
  const countryCodes = new Set(countries.map((country) => country.iso_code!));
  const provinceNames = new Set(vietnam.filter((entry) => entry.kind === "vn-province").map((entry) => entry.name));
  const cities = cityEntries(readYamlFile(rulesDir, GAZETTEER_FILES.cities, CitiesSchema), index, countryCodes, provinceNames);
  const regions = regionEntries(readYamlFile(rulesDir, GAZETTEER_FILES.regions, RegionsSchema), index, countryCodes);
  const allPlaces = [...vietnam, ...laos, ...countries, ...cities, ...regions];
  const names = index.names();

  const givenNames = readYamlFile(rulesDir, GAZETTEER_FILES.givenNames, GivenNamesSchema);
  const laoNames = readYamlFile(rulesDir, GAZETTEER_FILES.laoNames, LaoNamesSchema);
  const banks: readonly BankEntry[] = readYamlFile(rulesDir, GAZETTEER_FILES.banks, BanksSchema).banks;
  const banksByName = bankIndex(banks);
  const middleNames = new Set(givenNames.middle_names.map(normalizeValue));
  const weights = surnameWeights(rulesDir);

  return {
    lookupPlace: (name, context) => index.lookup(name, context),
    placeNames: (options) => (options?.includeAmbiguous === false ? names.filter((name) => !index.ambiguous.has(name)) : [...names]),
    isAmbiguousPlaceName: (name) => index.ambiguous.has(normalizeValue(name)),
    places: (kind) => (kind ? allPlaces.filter((entry) => entry.kind === kind) : [...allPlaces]),
    lookupBank: (name) => banksByName.get(normalizeValue(name)),
    surnames: new Set(weights.keys()),
    surnameWeights: weights,
    givenSyllables: new Set([...givenNames.syllables.map(normalizeValue), ...middleNames]),
    middleNames,
    laoSyllables: laoSyllableSet(laoNames.syllables),
    laoKnownNames: laoNames.known_names.map((known) => ({ romanised: known.romanised, vietnamese: normalizeValue(known.vietnamese) })),
    banks,
  };
}
