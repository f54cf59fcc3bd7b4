/**
 * buildTextView tests MAY_NEED_MAPPING before NEEDS_MAPPING (core/textview.ts):
 * the quick test must match every character the exact one matches, or a
 * page that needs the offset mapping would get the identity view.
 */
import { describe, expect, it } from "vitest";
import { MAY_NEED_MAPPING, NEEDS_MAPPING } from "../pipeline/core/textview.ts";

describe("text view guard", () => {
  it("matches every code point that needs the mapping", () => {
    const missed: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const character = String.fromCodePoint(codePoint);
      if (NEEDS_MAPPING.test(character) && !MAY_NEED_MAPPING.test(character)) missed.push(codePoint.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it("lets Vietnamese text and its punctuation through", () => {
    expect(MAY_NEED_MAPPING.test("Đồng chí Nguyễn Thị Thủy, Chủ tịch LĐLĐ tỉnh: “Quyết tâm…” – 29/7/2024 (ảnh).")).toBe(false);
  });
});
