/** Abbreviations: the lexicon, and definitions learnt from the article (`người lao động (NLĐ)`). */
import { describe, expect, it } from "vitest";
import { abbreviationTable, learnDefinitions } from "../pipeline/stages/extract/abbreviations.ts";
import { lexicon } from "../pipeline/stages/extract/lexicon.ts";
import { tokenize } from "../pipeline/stages/extract/tokens.ts";
import type { RoledLine } from "../pipeline/core/document.ts";
import { traced } from "../pipeline/core/prov.ts";
import { found, testResources } from "./support/extract.ts";

function definitionsOf(text: string) {
  const line: RoledLine = { number: 1, from: 0, to: text.length, span: { start: 0, end: text.length }, text, role: traced("body" as const, "x", null, "clean/test") };
  return learnDefinitions([{ line, tokens: tokenize(text) }]).map((definition) => [definition.abbreviation, definition.expansion]);
}

describe("abbreviations", () => {
  it.each([
    ["Liên đoàn Lao động (LĐLĐ) tỉnh Kon Tum", [["LĐLĐ", "Liên đoàn Lao động"]]],
    ["đoàn viên và người lao động (NLĐ) bị ảnh hưởng", [["NLĐ", "người lao động"]]],
    ["Bộ Lao động - Thương binh và Xã hội (LĐTBXH) vừa có giải đáp", [["LĐTBXH", "Lao động - Thương binh và Xã hội"]]],
    ["Hội nghị cán bộ, công chức, viên chức (CB,CC,VC), người lao động", [["CB,CC,VC", "cán bộ, công chức, viên chức"]]],
    ["Ngân hàng Chính sách xã hội (NHCSXH) giải ngân", [["NHCSXH", "Ngân hàng Chính sách xã hội"]]],
  ])("learns %s", (text, expected) => {
    expect(definitionsOf(text)).toEqual(expected);
  });

  it("learns nothing from a dateline tag, a place in brackets or letters that do not match", () => {
    expect(definitionsOf("(LĐTĐ) Phiên họp lần thứ 27")).toEqual([]);
    expect(definitionsOf("tỉnh Attapeu (CHDCND Lào) do đồng chí")).toEqual([]);
    expect(definitionsOf("Tổ chức Y tế Thế giới (WHO) cảnh báo")).toEqual([]);
  });

  it("lets a definition override the lexicon for its article only", () => {
    const lex = lexicon(testResources());
    const table = abbreviationTable(lex, [{ abbreviation: "NLĐ", expansion: "nông lâm địa", line: 0, start: 0, end: 0 }]);
    expect(table.get("NLĐ")).toBe("nông lâm địa");
    expect(lex.abbreviations.get("NLĐ")).toBe("người lao động");
  });

  it("expands abbreviations in organisation values, from the lexicon and from the text", () => {
    expect(found("Sở LĐTBXH tỉnh Nghệ An và Bộ GD-ĐT", ["ORG"])).toEqual([
      ["ORG", "Sở LĐTBXH tỉnh Nghệ An", "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An"],
      ["ORG", "Bộ GD-ĐT", "Bộ Giáo dục và Đào tạo"],
    ]);
    expect(found("Ngân hàng Chính sách xã hội (NHCSXH) cho vay. Theo NHCSXH, nợ xấu thấp.", ["ORG"])).toEqual([
      ["ORG", "Ngân hàng Chính sách xã hội", "Ngân hàng Chính sách xã hội"],
      ["ORG", "NHCSXH", "Ngân hàng Chính sách xã hội"],
      ["ORG", "NHCSXH", "Ngân hàng Chính sách xã hội"],
    ]);
  });

  it("makes `LĐLĐ tỉnh Kon Tum`, `Liên đoàn Lao động (LĐLĐ) tỉnh Kon Tum` and `LĐLĐ Kon Tum` one entity", () => {
    const text = "Liên đoàn Lao động (LĐLĐ) tỉnh Kon Tum đón đoàn. LĐLĐ tỉnh Kon Tum tặng quà. Cảm ơn LĐLĐ Kon Tum.";
    const values = new Set(found(text, ["ORG"]).map(([, , value]) => value));
    expect([...values]).toEqual(["Liên đoàn Lao động tỉnh Kon Tum"]);
  });
});
