/** Text normalisation (ANNOTATION.md, "Tone marks"): NFC, first-vowel tone placement for open oa/oe/uy. */
import { describe, expect, it } from "vitest";
import { normalizeKey, normalizeToneMarks, normalizeValue, titleCase } from "../pipeline/core/normalize.ts";

describe("tone placement", () => {
  it.each([
    ["hoà", "hòa"],
    ["toạ đàm", "tọa đàm"],
    ["Uỷ viên", "Ủy viên"],
    ["Thuỷ", "Thủy"],
    ["khoẻ", "khỏe"],
    ["Xoè", "Xòe"],
    ["tuỳ", "tùy"],
    ["HOÀ", "HÒA"],
    ["Cộng hoà", "Cộng hòa"],
    ["cụ thể hoá", "cụ thể hóa"],
    ["oà khóc", "òa khóc"],
  ])("moves the mark of %s to the first vowel", (text, expected) => expect(normalizeToneMarks(text)).toBe(expected));

  it.each([
    ["hoạch", "a final consonant"],
    ["hoạt", "a final consonant"],
    ["Quỳnh", "a final consonant"],
    ["ngoài", "a third vowel"],
    ["ngoáy", "a third vowel"],
    ["quý", "a qu- syllable"],
    ["quỷ", "a qu- syllable"],
    ["quả", "a qu- syllable"],
    ["gioã", "a gi- syllable"],
    ["thuở", "no oa/oe/uy"],
    ["hòa", "already first-vowel"],
  ])("leaves %s alone (%s)", (text) => expect(normalizeToneMarks(text)).toBe(text));

  it("reads decomposed (NFD) input and gives NFC", () => {
    expect(normalizeToneMarks("hoà".normalize("NFD"))).toBe("hòa");
    expect(normalizeValue("Thu\u0309y")).toBe("Thủy");
  });
});

describe("values and keys", () => {
  it("folds spaces, no-break spaces and tone placement", () => {
    expect(normalizeValue("  Cộng  hoà\u00a0Lào ")).toBe("Cộng hòa Lào");
    expect(normalizeKey("Uỷ Ban")).toBe(normalizeKey("ủy ban"));
  });

  it("title-cases names written in capitals", () => {
    expect(titleCase("NGÔ ANH")).toBe("Ngô Anh");
    expect(normalizeValue(titleCase("LÊ THỊ HOÀ"))).toBe("Lê Thị Hòa");
  });
});
