import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { normalizeValue } from "../pipeline/core/normalize.ts";
import { GAZETTEER_FILES, loadGazetteer } from "../pipeline/resources/gazetteer.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const rulesDir = join(repoRoot, "pipeline", "rules");
const sharedDir = resolve(repoRoot, "pipeline/rules/upstream");
const gazetteer = loadGazetteer(rulesDir);

const temporaryDirs: string[] = [];
function temporaryDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "gazetteer-test-"));
  temporaryDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

function isoOf(name: string): string | null | undefined {
  return gazetteer.lookupPlace(name)?.iso_code;
}

interface ProvincesFile {
  provinces: Array<{ name: string; iso_code: string }>;
  provinces_2025: Array<{ name: string; formed_from: string[] }>;
}

function readRules<T>(relativePath: string): T {
  return parse(readFileSync(join(rulesDir, relativePath), "utf8")) as T;
}

describe("gold places", () => {
  it.each([
    ["Kon Tum", "VN-28"],
    ["Quảng Ngãi", "VN-29"],
    ["Khánh Hòa", "VN-34"],
    ["Khánh Hoà", "VN-34"],
    ["Nghệ An", "VN-22"],
    ["Kiên Giang", "VN-47"],
    ["Attapeu", "LA-AT"],
    ["Xiêng Khoảng", "LA-XI"],
    ["Lào", "LA"],
    ["CHDCND Lào", "LA"],
    ["Cộng hoà Dân chủ Nhân dân Lào", "LA"],
    ["Cộng hòa Dân chủ Nhân dân Lào", "LA"],
    ["Việt Nam", "VN"],
    ["CHXHCN Việt Nam", "VN"],
  ])("%s → %s", (name, iso) => {
    expect(isoOf(name)).toBe(iso);
  });

  it("records that Kon Tum became part of Quảng Ngãi", () => {
    const konTum = gazetteer.lookupPlace("Kon Tum");
    expect(konTum?.kind).toBe("vn-province");
    expect(konTum?.merged_into).toBe("Quảng Ngãi");
  });

  it("resolves a name that is an old and a new province to the old one, with what the new one was formed from", () => {
    const quangNgai = gazetteer.lookupPlace("Quảng Ngãi");
    expect(quangNgai?.kind).toBe("vn-province");
    expect(quangNgai?.iso_code).toBe("VN-29");
    expect(quangNgai?.merged_into).toBe("Quảng Ngãi");
    expect(quangNgai?.formed_from).toEqual(["Kon Tum", "Quảng Ngãi"]);
  });
});

describe("Vietnamese provinces", () => {
  const file = readRules<ProvincesFile>(GAZETTEER_FILES.vietnamProvinces);

  it("lists 63 pre-2025 provinces, each resolving to its own distinct ISO code", () => {
    expect(file.provinces).toHaveLength(63);
    for (const province of file.provinces) {
      expect(province.iso_code, province.name).toMatch(/^VN-[0-9A-Z]{2}$/);
      expect(isoOf(province.name), province.name).toBe(province.iso_code);
    }
    expect(new Set(file.provinces.map((province) => province.iso_code)).size).toBe(63);
  });

  it("resolves every one of the 34 provinces of 2025, with what it was formed from", () => {
    expect(file.provinces_2025).toHaveLength(34);
    for (const province of file.provinces_2025) {
      const entry = gazetteer.lookupPlace(province.name);
      expect(entry, province.name).toBeDefined();
      expect(entry?.iso_code, province.name).toMatch(/^VN-/);
      expect(entry?.formed_from, province.name).toEqual(province.formed_from);
    }
    expect(gazetteer.places("vn-province-2025")).toHaveLength(34);
  });

  it("merges every pre-2025 province into exactly one 2025 province", () => {
    const predecessors = file.provinces_2025.flatMap((province) => province.formed_from);
    expect(predecessors.sort()).toEqual(file.provinces.map((province) => province.name).sort());
  });

  it.each(["TP.HCM", "TPHCM", "TP Hồ Chí Minh", "Sài Gòn", "Hồ Chí Minh", "Thành phố Hồ Chí Minh"])("%s → VN-SG", (name) => {
    expect(isoOf(name)).toBe("VN-SG");
  });

  it.each([
    ["Huế", "VN-26"],
    ["Thừa Thiên Huế", "VN-26"],
    ["Bà Rịa - Vũng Tàu", "VN-43"],
    ["Bà Rịa–Vũng Tàu", "VN-43"],
    ["Thanh Hóa", "VN-21"],
    ["Thanh Hoá", "VN-21"],
    ["Hòa Bình", "VN-14"],
    ["Hoà Bình", "VN-14"],
  ])("%s → %s", (name, iso) => {
    expect(isoOf(name)).toBe(iso);
  });

  it("keeps the generic word of Thành phố Hồ Chí Minh in its canonical name", () => {
    expect(gazetteer.lookupPlace("TP.HCM")?.name).toBe("Thành phố Hồ Chí Minh");
  });
});

describe("Lao provinces", () => {
  const file = readRules<{ provinces: Array<{ iso_code: string; names: string[] }> }>(GAZETTEER_FILES.laoProvinces);

  it("resolves all 18 provinces by every name", () => {
    expect(file.provinces).toHaveLength(18);
    for (const province of file.provinces) {
      for (const name of province.names) expect(isoOf(name), name).toBe(province.iso_code);
    }
  });

  it("reads Viêng Chăn alone as the capital and with `tỉnh` as the province", () => {
    expect(isoOf("Viêng Chăn")).toBe("LA-VT");
    expect(isoOf("Vientiane")).toBe("LA-VT");
    expect(gazetteer.lookupPlace("Viêng Chăn", { adminWord: "tỉnh" })?.iso_code).toBe("LA-VI");
    expect(gazetteer.lookupPlace("Viêng Chăn", { adminWord: "Thủ đô" })?.iso_code).toBe("LA-VT");
    expect(gazetteer.lookupPlace("Attapeu", { adminWord: "tỉnh" })?.iso_code).toBe("LA-AT");
  });
});

describe("countries and cities", () => {
  it.each([
    ["Mỹ", "US"],
    ["Hoa Kỳ", "US"],
    ["Trung Quốc", "CN"],
    ["Vương quốc Campuchia", "KH"],
    ["Campuchia", "KH"],
    ["Myanmar", "MM"],
    ["Đông Timor", "TL"],
  ])("%s → %s", (name, iso) => {
    expect(isoOf(name)).toBe(iso);
  });

  it("keeps only ISO 3166-1 alpha-2 codes", () => {
    const codes = gazetteer.places("country").map((country) => country.iso_code);
    expect(codes).not.toContain("EU");
    expect(codes).not.toContain("UN");
    expect(codes).not.toContain("XK");
    expect(codes).not.toContain("ZZ");
    expect(codes.every((code) => /^[A-Z]{2}$/.test(code ?? ""))).toBe(true);
  });

  it("gives cities their country", () => {
    expect(gazetteer.lookupPlace("Phnôm Pênh")).toMatchObject({ kind: "city", country: "KH", iso_code: "KH-12" });
    expect(gazetteer.lookupPlace("Bắc Kinh")).toMatchObject({ kind: "city", country: "CN", iso_code: null });
    expect(gazetteer.lookupPlace("Buôn Ma Thuột")).toMatchObject({ kind: "city", country: "VN", province: "Đắk Lắk" });
    expect(gazetteer.places("city").length).toBeGreaterThanOrEqual(80);
  });

  it("flags place names that are also personal names", () => {
    expect(gazetteer.isAmbiguousPlaceName("Đức")).toBe(true);
    expect(gazetteer.isAmbiguousPlaceName("Hồ Chí Minh")).toBe(true);
    expect(gazetteer.isAmbiguousPlaceName("Kon Tum")).toBe(false);
  });
});

describe("place names for a matcher", () => {
  const names = gazetteer.placeNames();

  it("are normalised, unique and longest first", () => {
    expect(names.every((name) => name === normalizeValue(name))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    const lengths = names.map((name) => [...name].length);
    expect(lengths).toEqual([...lengths].sort((left, right) => right - left));
  });

  it("can leave out names that are also personal names", () => {
    const unambiguous = gazetteer.placeNames({ includeAmbiguous: false });
    expect(unambiguous).not.toContain("Đức");
    expect(unambiguous).not.toContain("Hồ Chí Minh");
    expect(unambiguous).toContain("Kon Tum");
    expect(unambiguous).toContain("Thành phố Hồ Chí Minh");
  });

  it("all resolve", () => {
    for (const name of names) expect(gazetteer.lookupPlace(name), name).toBeDefined();
  });
});

describe("name lexicons", () => {
  it("has surnames, with minority family names and without the honorific Bà", () => {
    for (const surname of ["Nguyễn", "Trần", "Lê", "Rơ Chăm", "Ksor", "Siu", "Y", "H'", "Lò", "Sầm"]) {
      expect(gazetteer.surnames.has(surname), surname).toBe(true);
    }
    expect(gazetteer.surnames.has("Bà")).toBe(false);
  });

  it("has given-name syllables with Đ, not the look-alike Ð", () => {
    expect(gazetteer.givenSyllables.has("Đức")).toBe(true);
    expect(gazetteer.givenSyllables.has("Thị")).toBe(true);
    expect([...gazetteer.givenSyllables].some((syllable) => syllable.includes("\u00D0"))).toBe(false);
  });

  it("has Lao syllables in both cases", () => {
    expect(gazetteer.laoSyllables.has("Thoong")).toBe(true);
    expect(gazetteer.laoSyllables.has("xu")).toBe(true);
  });

  it("finds banks by full or short name", () => {
    expect(gazetteer.lookupBank("Vietcombank")?.name).toBe("Ngân hàng TMCP Ngoại Thương Việt Nam");
    expect(gazetteer.lookupBank("Ngân hàng TMCP Đầu tư và Phát triển Việt Nam")?.short_name).toBe("BIDV");
  });
});

describe("loading", () => {
  it("names the file and key of an invalid entry", () => {
    const copy = temporaryDir();
    cpSync(rulesDir, copy, { recursive: true });
    const file = join(copy, GAZETTEER_FILES.vietnamProvinces);
    writeFileSync(file, readFileSync(file, "utf8").replace("iso_code: VN-HN", "iso_code: 01"));
    expect(() => loadGazetteer(copy)).toThrow(/vn-provinces\.yaml: key 'provinces\.0\.iso_code'/);
  });

  it("rejects a name given to two places", () => {
    const copy = temporaryDir();
    cpSync(rulesDir, copy, { recursive: true });
    const file = join(copy, GAZETTEER_FILES.cities);
    writeFileSync(file, readFileSync(file, "utf8").replace("names: [Vinh]", "names: [Vinh, Kon Tum]"));
    expect(() => loadGazetteer(copy)).toThrow(/cities\.yaml: key 'cities\.\d+\.names': 'Kon Tum' also names vn-province:62/);
  });
});

describe("generator", () => {
  it("reproduces the YAML files on disk", () => {
    const output = temporaryDir();
    execFileSync(process.execPath, ["--import", "tsx", join(repoRoot, "pipeline/tools/build-lexicons.ts"), sharedDir, output], {
      cwd: repoRoot,
      stdio: "pipe",
    });
    for (const relativePath of Object.values(GAZETTEER_FILES)) {
      expect(readFileSync(join(output, relativePath), "utf8"), relativePath).toBe(readFileSync(join(rulesDir, relativePath), "utf8"));
    }
  });
});
