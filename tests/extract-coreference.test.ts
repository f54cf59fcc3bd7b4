/** Within-article coreference of person names: repeated names, short forms, foreign surnames. */
import { describe, expect, it } from "vitest";
import { extractText, found } from "./support/extract.ts";

describe("coreference", () => {
  it("gives `đồng chí Long` the full name `Rơ Chăm Long` said before, with one entity", () => {
    const text = "Đồng chí Rơ Chăm Long - Chủ tịch LĐLĐ tỉnh Kon Tum phát biểu. Sau đó, đồng chí Long trao quà.";
    const people = extractText(text).filter((mention) => mention.type === "PER");
    expect(people.map((mention) => [mention.value.value, mention.value.prov.rule])).toEqual([
      ["Rơ Chăm Long", "normalize.per/name"],
      ["Rơ Chăm Long", "normalize.per/short-form-of-full-name"],
    ]);
    expect(new Set(people.map((mention) => mention.entityKey)).size).toBe(1);
    expect(people[1].value.prov.span).toEqual(people[0].span);
  });

  it("gives a Lao name's first word (`ông Khăm-phăn`) the full name written with hyphens", () => {
    const text = "Ông Khăm-phăn Xi-xổm-phon, Chủ tịch Liên hiệp Công đoàn thủ đô Viêng Chăn, cảm ơn đoàn. Theo ông Khăm-phăn, công nhân cần nơi sinh hoạt.";
    expect(found(text, ["PER"])).toEqual([
      ["PER", "Khăm-phăn Xi-xổm-phon", "Khăm-phăn Xi-xổm-phon"],
      ["PER", "Khăm-phăn", "Khăm-phăn Xi-xổm-phon"],
    ]);
  });

  it("finds the full name again without a cue, and short forms of one or two syllables", () => {
    const text = "Tiền đạo Nguyễn Xuân Son ghi bàn. Xuân Son được thưởng. Trong khi đó, Nguyễn Xuân Son vẫn khiêm tốn và Son cảm ơn.";
    expect(found(text, ["PER"])).toEqual([
      ["PER", "Nguyễn Xuân Son", "Nguyễn Xuân Son"],
      ["PER", "Xuân Son", "Nguyễn Xuân Son"],
      ["PER", "Nguyễn Xuân Son", "Nguyễn Xuân Son"],
      ["PER", "Son", "Nguyễn Xuân Son"],
    ]);
  });

  it("links a foreign surname to the full name", () => {
    expect(found("Tay vợt Novak Djokovic vô địch. Djokovic năm nay 37 tuổi.", ["PER"])).toEqual([
      ["PER", "Novak Djokovic", "Novak Djokovic"],
      ["PER", "Djokovic", "Novak Djokovic"],
    ]);
  });

  it("picks the closest earlier full name when two share the short form", () => {
    const text = "Ông Trần Thanh Hải phát biểu. Ông Nguyễn Minh Hải trả lời. Ông Hải nói thêm.";
    expect(found(text, ["PER"]).map(([, , value]) => value)).toEqual(["Trần Thanh Hải", "Nguyễn Minh Hải", "Nguyễn Minh Hải"]);
  });

  it("does not make a name of a short form in another sense (`miền Nam`) or of a photo credit's words", () => {
    const text = "Ông Nguyễn Văn Nam công tác ở miền Nam. Lãnh đạo trao quà. Ảnh: NGÔ ANH. Anh em công nhân vui mừng.";
    expect(found(text, ["PER"])).toEqual([
      ["PER", "Nguyễn Văn Nam", "Nguyễn Văn Nam"],
      ["PER", "NGÔ ANH", "Ngô Anh"],
    ]);
  });

  it("does not read `Thành ủy` as the given name `Thành` said before", () => {
    const text = "Đoàn do ông Phạm Văn Thành, Ủy viên Ban Thường vụ Thành ủy, làm trưởng đoàn.";
    expect(found(text, ["PER"])).toEqual([["PER", "Phạm Văn Thành", "Phạm Văn Thành"]]);
  });
});
