/** PER mentions: spans without honorific or title, values in title case with first-vowel tone placement. */
import { describe, expect, it } from "vitest";
import { extractText, found } from "./support/extract.ts";

const people = (text: string) => found(text, ["PER"]);

describe("persons", () => {
  it.each([
    ["đồng chí Băn Tha Lay Kẹo Mạ Ny Vông dẫn đầu", "Băn Tha Lay Kẹo Mạ Ny Vông", "extract.per/honorific"],
    ["Ông Phu Von Si Khăm On phát biểu", "Phu Von Si Khăm On", "extract.per/honorific"],
    ["bị cáo Trương Văn Lâm khai nhận", "Trương Văn Lâm", "extract.per/descriptor"],
    ["HLV Park Hang-seo trở lại", "Park Hang-seo", "extract.per/descriptor"],
    ["Thủ tướng Phạm Minh Chính chủ trì", "Phạm Minh Chính", "extract.per/title"],
    ["Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang cho biết", "Nguyễn Đình Khang", "extract.per/title"],
    ["Tổng thống Nga Vladimir Putin tuyên bố", "Vladimir Putin", "extract.per/title"],
    ["Theo Nguyễn Thị Thu Hằng, công nhân may", "Nguyễn Thị Thu Hằng", "extract.per/name-shape"],
    ["Rơ Chăm Long cho biết thêm", "Rơ Chăm Long", "extract.per/name-shape"],
    ["Vàng A Dơ bị bắt khi vận chuyển ma túy", "Vàng A Dơ", "extract.per/name-shape"],
    ["trận đấu giữa Carlos Alcaraz và đối thủ", "Carlos Alcaraz", "extract.per/foreign-name"],
    ["tên của Xu-pha-nu-vông được đặt cho trường", "Xu-pha-nu-vông", "extract.per/lao-name"],
  ])("%s", (text, name, rule) => {
    const mentions = extractText(text).filter((mention) => mention.type === "PER");
    expect(mentions.map((mention) => [mention.value.value, mention.rule])).toEqual([[name, rule]]);
  });

  it("reads photo credits, all-caps ones in title case", () => {
    expect(people("Toàn cảnh buổi làm việc. Ảnh: NGÔ ANH")).toEqual([["PER", "NGÔ ANH", "Ngô Anh"]]);
    expect(people("Quang cảnh hội nghị. Ảnh: Diệp Thanh")).toEqual([["PER", "Diệp Thanh", "Diệp Thanh"]]);
    expect(people("Lãnh đạo trao quà. Ảnh: LĐLĐ Hà Tĩnh")).toEqual([]);
    expect(people("Công nhân tan ca. Ảnh minh họa: Internet")).toEqual([]);
    expect(people("Hai bên ký biên bản ghi nhớ. Ảnh: M.H")).toEqual([]);
  });

  it("reads a one-word descriptor capitalised inside a sentence as a name's word, not a cue (`cửa khẩu Cha Lo`)", () => {
    expect(people("Đoàn đến cửa khẩu Cha Lo. Người cha Trần Văn Bình cho biết.")).toEqual([["PER", "Trần Văn Bình", "Trần Văn Bình"]]);
    expect(people("Đoàn đến thăm, tặng quà Mẹ Nguyễn Thị Hạnh tại xã Nghi Lộc.")).toEqual([["PER", "Nguyễn Thị Hạnh", "Nguyễn Thị Hạnh"]]);
  });

  it("normalises tone placement in values, never in the text", () => {
    const text = "ông Nguyễn Văn Hoà phát biểu";
    const [mention] = extractText(text).filter((candidate) => candidate.type === "PER");
    expect(mention.value.value).toBe("Nguyễn Văn Hòa");
  });

  it("keeps a name that holds a province's name whole (`Nguyễn Hòa Bình`)", () => {
    expect(found("Tham dự có ông Nguyễn Hòa Bình.", ["PER", "LOC"])).toEqual([["PER", "Nguyễn Hòa Bình", "Nguyễn Hòa Bình"]]);
  });

  it("does not take titles, organisations, places or sector words for names", () => {
    expect(people("Chủ tịch Liên đoàn Lao động tỉnh Nghệ An đánh giá cao kết quả.")).toEqual([]);
    expect(people("Bộ trưởng Quốc phòng cho biết, Trưởng khoa Hồi sức tích cực nhận định.")).toEqual([]);
    expect(people("người dân Hà Nội và đoàn viên Công đoàn cơ sở")).toEqual([]);
  });

  it("takes one hyphenated word for a Lao name only with four syllables or more (`Pa-na-ma` is a place)", () => {
    expect(people("tàu qua kênh đào Pa-na-ma hôm qua")).toEqual([]);
  });

  it("does not take the Lao New Year for a name, whichever way it is written", () => {
    const text = "Nhân dịp Tết Bunpimay, đoàn đến thăm. Dịp Tết cổ truyền Bun Pi May, bà Khăm Phăn tặng quà. Mừng Tết Bunpimay năm 2024.";
    expect(people(text)).toEqual([["PER", "Khăm Phăn", "Khăm Phăn"]]);
  });

  it("takes two or three capitalised words written with hyphens for a Lao name whatever their syllables, but not a place", () => {
    expect(people("Học viên Sỉ-xu-phăn Xay-nha-sẳn tốt nghiệp thủ khoa.")).toEqual([["PER", "Sỉ-xu-phăn Xay-nha-sẳn", "Sỉ-xu-phăn Xay-nha-sẳn"]]);
    expect(found("đến tỉnh Xa-van-na-khệt và Luông Pha-bang", ["PER", "LOC"])).toEqual([
      ["LOC", "Xa-van-na-khệt", "LA-SV"],
      ["LOC", "Luông Pha-bang", "LA-LP"],
    ]);
  });

  it("reads no short form in an organisation's head of several words (`Liên hiệp`), but one in a head of one (`Trường`)", () => {
    expect(people("Bà Đinh Thị Mỹ Liên phát biểu. Liên hiệp Công đoàn tỉnh đã thành lập công đoàn cơ sở.")).toEqual([["PER", "Đinh Thị Mỹ Liên", "Đinh Thị Mỹ Liên"]]);
    expect(people("Nguyễn Xuân Trường phát biểu. Trường cho biết thêm.")).toEqual([
      ["PER", "Nguyễn Xuân Trường", "Nguyễn Xuân Trường"],
      ["PER", "Trường", "Nguyễn Xuân Trường"],
    ]);
  });

  it("keeps a given name that is also a people's name after a description (`Bác sĩ Trung`, `Kỹ sư Việt`)", () => {
    expect(people("Bác sĩ Trung cho biết. Kỹ sư Việt phát biểu.")).toEqual([
      ["PER", "Trung", "Trung"],
      ["PER", "Việt", "Việt"],
    ]);
  });

  it("reads no Lao name in a place written with hyphens (`Pạc-xế Chăm-pa-sắc`) nor in a foreign capital's (`Bu-ê-nốt Ai-rét`)", () => {
    expect(found("Tại Pạc-xế Chăm-pa-sắc, đoàn làm việc. Đoàn đến thủ đô Bu-ê-nốt Ai-rét.", ["PER"])).toEqual([]);
  });

  it("reads a known namesake of two syllables inside a school's or a site's name (`Trường Chính trị Tô Hiệu`, `Bia Lê Lợi`), not inside a longer name", () => {
    expect(found("Lớp học tại Trường Chính trị Tô Hiệu và Trường Chính trị Lê Duẩn; đoàn thăm Khu di tích Bia Lê Lợi.", ["PER", "LOC"])).toEqual([
      ["PER", "Tô Hiệu", "Tô Hiệu"],
      ["PER", "Lê Duẩn", "Lê Duẩn"],
      ["LOC", "Khu di tích Bia Lê Lợi", "Khu di tích Bia Lê Lợi"],
      ["PER", "Lê Lợi", "Lê Lợi"],
    ]);
    expect(people("Ông Lê Lợi Thành phát biểu.")).toEqual([["PER", "Lê Lợi Thành", "Lê Lợi Thành"]]);
  });
});
