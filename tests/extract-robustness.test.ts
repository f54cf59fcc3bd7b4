/**
 * Extraction on arbitrary text: it never throws, every span lies in the text
 * and is non-empty, mentions of one type never overlap, and a PER never
 * overlaps a LOC (ANNOTATION.md).
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import { extractText } from "./support/extract.ts";

const WORDS = [
  "Liên", "đoàn", "Lao", "động", "LĐLĐ", "tỉnh", "Kon", "Tum", "Nghệ", "An", "Việt", "Nam", "Lào", "ông", "đồng", "chí", "Chủ", "tịch",
  "Nguyễn", "Văn", "Hải", "Hà", "Nội", "ngày", "tháng", "năm", "2024", "22/7", "1,6", "tỷ", "đồng", "(", ")", "-", ",", ".", ":", "Ảnh",
  "Công", "an", "huyện", "Kỳ", "Sơn", "Đức", "Anh", "Mỹ", "Trường", "Đại", "học", "Bộ", "Y", "tế", "UBND", "TP", "Tổng", "hơn", "50",
  "triệu", "đến", "giai", "đoạn", "2019", "Phó", "Thường", "trực", "Rơ", "Chăm", "Long", "Sa", "Carlos", "FC", "\n", "Uỷ", "viên",
];

it("holds its invariants on any text", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), fc.constantFrom("2024-07-15", null), (words, published) => {
      const text = words.join(" ");
      const mentions = extractText(text, published);
      const length = [...text].length;
      for (const mention of mentions) {
        expect(mention.span.start).toBeGreaterThanOrEqual(0);
        expect(mention.span.end).toBeLessThanOrEqual(length);
        expect(mention.span.end).toBeGreaterThan(mention.span.start);
        expect(mention.rule).toMatch(/^extract\.[a-z]+\/[a-z-]+$/);
        expect(mention.value.value.length).toBeGreaterThan(0);
      }
      for (const [index, left] of mentions.entries()) {
        for (const right of mentions.slice(index + 1)) {
          const overlap = left.span.start < right.span.end && right.span.start < left.span.end;
          const clash = left.type === right.type || (left.type === "PER" && right.type === "LOC") || (left.type === "LOC" && right.type === "PER");
          expect(overlap && clash, `${left.type} ${JSON.stringify(left.span)} / ${right.type} ${JSON.stringify(right.span)} in ${text}`).toBe(false);
        }
      }
    }),
    { numRuns: 300, seed: 20240715 },
  );
});
