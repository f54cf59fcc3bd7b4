/** MONEY, QUANTITY and PERCENT, and the Vietnamese number format they rest on. */
import { describe, expect, it } from "vitest";
import { parseVietnameseNumber, scaledInteger } from "../pipeline/core/numbers.ts";
import { extractText, found } from "./support/extract.ts";

describe("Vietnamese numbers", () => {
  it.each([
    ["1.324", 1324],
    ["1,6", 1.6],
    ["148,7", 148.7],
    ["25.400", 25400],
    ["50", 50],
  ])("%s → %d", (written, value) => {
    expect(parseVietnameseNumber(written)).toBe(value);
  });

  it("scales exactly, without floating-point drift", () => {
    expect(scaledInteger("148,7", "tỷ")).toBe(148_700_000_000);
    expect(scaledInteger("1,6", "tỷ")).toBe(1_600_000_000);
    expect(scaledInteger("1", "tỉ")).toBe(1_000_000_000);
    expect(scaledInteger("85,5", "triệu")).toBe(85_500_000);
  });
});

describe("money", () => {
  it.each([
    ["chi hơn 1,6 tỷ đồng hỗ trợ", "1,6 tỷ đồng", "1600000000 VND"],
    ["tổng kinh phí là 50 triệu đồng", "50 triệu đồng", "50000000 VND"],
    ["hỗ trợ 1 tỉ đồng giúp người lao động", "1 tỉ đồng", "1000000000 VND"],
    ["lên tới hơn 148,7 tỷ đồng", "148,7 tỷ đồng", "148700000000 VND"],
    ["đầu tư 1 tỷ USD vào nhà máy", "1 tỷ USD", "1000000000 USD"],
    ["tổng cộng 1 tỷ 250 triệu đồng", "1 tỷ 250 triệu đồng", "1250000000 VND"],
    ["dư nợ đạt 14 triệu tỷ đồng", "14 triệu tỷ đồng", "14000000000000000 VND"],
    ["giá vé 50.000đ một người", "50.000đ", "50000 VND"],
    ["viện trợ 5 tỷ kíp cho tỉnh bạn", "5 tỷ kíp", "5000000000 LAK"],
  ])("%s", (text, span, value) => {
    expect(found(text, ["MONEY"])).toEqual([["MONEY", span, value]]);
  });

  it("keeps the qualifier and the per-unit tail outside the span, in their own fields", () => {
    const [mention] = extractText("Người có công được hỗ trợ hơn 30 triệu đồng/hộ để sửa nhà.").filter((candidate) => candidate.type === "MONEY");
    expect(mention.value.value).toBe("30000000 VND");
    expect(mention.qualifier?.value).toBe("hơn");
    expect(mention.unit?.value).toBe("VND/hộ");
    expect(mention.amount?.value).toBe(30_000_000);
    expect(mention.rule).toBe("extract.money/number-scale-currency");
  });

  it("is not fooled by words that start with `đồng`", () => {
    expect(found("Có 2 đồng chí lãnh đạo và 3 đồng hồ treo tường.", ["MONEY"])).toEqual([]);
    expect(found("tặng 500 đồng phục cho công nhân", ["MONEY"])).toEqual([]);
  });

  it("does not end a company's name with the number of an amount (`Công ty 50 triệu đồng`)", () => {
    expect(found("trao tặng Công đoàn cơ sở Công ty 50 triệu đồng để xây tủ sách", ["ORG", "MONEY"])).toEqual([["MONEY", "50 triệu đồng", "50000000 VND"]]);
  });

  it("reads `đồng phục vụ` as the currency followed by `phục vụ`, not as `đồng phục` (uniform)", () => {
    expect(found("trao 01 xe ô tô trị giá 1,2 tỉ đồng phục vụ công tác", ["MONEY"])).toEqual([["MONEY", "1,2 tỉ đồng", "1200000000 VND"]]);
    expect(found("hỗ trợ 300 triệu đồng phục hồi sản xuất", ["MONEY"])).toEqual([["MONEY", "300 triệu đồng", "300000000 VND"]]);
  });
});

describe("quantities and percentages", () => {
  it("counts people and things, qualifier outside", () => {
    const mentions = extractText("hỗ trợ 1.324 trường hợp và hơn 2 triệu đoàn viên").filter((mention) => mention.type === "QUANTITY");
    expect(mentions.map((mention) => [mention.value.value, mention.qualifier?.value ?? null])).toEqual([
      ["1324 trường hợp", null],
      ["2000000 đoàn viên", "hơn"],
    ]);
  });

  it("reads percentages as fractions", () => {
    expect(found("80% nhân lực và 12,5 phần trăm còn lại", ["PERCENT"])).toEqual([
      ["PERCENT", "80%", "0.8"],
      ["PERCENT", "12,5 phần trăm", "0.125"],
    ]);
  });

  it("reads no sum in a programme's name (`Phiên chợ 0 đồng`)", () => {
    expect(found("Phiên chợ 0 đồng diễn ra tại nhà văn hóa.", ["MONEY"])).toEqual([]);
  });
});
