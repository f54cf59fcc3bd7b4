/** LOC mentions: gazetteer names, names after admin words (outside the span), features, ambiguous names in context. */
import { describe, expect, it } from "vitest";
import { extractText, found } from "./support/extract.ts";

const places = (text: string) => found(text, ["LOC"]);

describe("places", () => {
  it("resolves provinces before and after the 2025 merger, saying what each became", () => {
    const mentions = extractText("tỉnh Kon Tum sáp nhập vào tỉnh Quảng Ngãi").filter((mention) => mention.type === "LOC");
    expect(mentions.map((mention) => [mention.value.value, mention.entityName?.value, mention.mergedInto?.value])).toEqual([
      ["VN-28", "Kon Tum", "Quảng Ngãi"],
      ["VN-29", "Quảng Ngãi", "Quảng Ngãi"],
    ]);
  });

  it.each([
    ["hai nước Việt Nam - Lào", [["LOC", "Việt Nam", "VN"], ["LOC", "Lào", "LA"]]],
    ["tại Cửa khẩu Quốc tế Bờ Y.", [["LOC", "Cửa khẩu Quốc tế Bờ Y", "Cửa khẩu Quốc tế Bờ Y"]]],
    ["vỡ đập Thủy điện Xepian - Xenamnoy", [["LOC", "Thủy điện Xepian - Xenamnoy", "Thủy điện Xepian - Xenamnoy"]]],
    ["huyện biên giới Kỳ Sơn (Nghệ An) - Noọng Hét (Xiêng Khoảng)", [["LOC", "Kỳ Sơn", "Kỳ Sơn"], ["LOC", "Nghệ An", "VN-22"], ["LOC", "Noọng Hét", "Noọng Hét"], ["LOC", "Xiêng Khoảng", "LA-XI"]]],
    ["nước Cộng hoà Dân chủ Nhân dân Lào", [["LOC", "Cộng hoà Dân chủ Nhân dân Lào", "LA"]]],
    ["đoàn (CHDCND Lào) sang thăm", [["LOC", "CHDCND Lào", "LA"]]],
    ["tại Thủ đô Viêng Chăn và tỉnh Viêng Chăn", [["LOC", "Viêng Chăn", "LA-VT"], ["LOC", "Viêng Chăn", "LA-VI"]]],
    ["trên sân vận động Mỹ Đình", [["LOC", "Mỹ Đình", "Mỹ Đình"]]],
    ["tại thị xã Đức Phổ, huyện Bình Sơn", [["LOC", "Đức Phổ", "Đức Phổ"], ["LOC", "Bình Sơn", "Bình Sơn"]]],
    ["ở các tỉnh miền Trung và Tây Nguyên", [["LOC", "miền Trung", "miền Trung"], ["LOC", "Tây Nguyên", "Tây Nguyên"]]],
    ["TP.HCM và Thành phố Hồ Chí Minh", [["LOC", "TP.HCM", "VN-SG"], ["LOC", "Thành phố Hồ Chí Minh", "VN-SG"]]],
  ])("%s", (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it("reads industrial parks and economic zones by name, one each, the abbreviation written out in the value; `các KCN` names a kind", () => {
    expect(places("Đoàn thăm các KCN Bắc Ninh. Tỉnh có KCN Nam Cấm và KCN Bắc Vinh, gần Đặc khu kinh tế Tam giác Vàng.")).toEqual([
      ["LOC", "Bắc Ninh", "VN-56"],
      ["LOC", "KCN Nam Cấm", "Khu công nghiệp Nam Cấm"],
      ["LOC", "KCN Bắc Vinh", "Khu công nghiệp Bắc Vinh"],
      ["LOC", "Đặc khu kinh tế Tam giác Vàng", "Đặc khu kinh tế Tam giác Vàng"],
    ]);
  });

  it("reads `KKT` as an economic zone, and Attapeu as the press also spells it (`A Tạ Pư`)", () => {
    expect(places("Công nhân Lào tại KKT Vũng Áng đến từ tỉnh A Tạ Pư.")).toEqual([
      ["LOC", "Lào", "LA"],
      ["LOC", "KKT Vũng Áng", "Khu kinh tế Vũng Áng"],
      ["LOC", "A Tạ Pư", "LA-AT"],
    ]);
  });

  it("reads a direction before a country after an admin word as part of the country (`các tỉnh Bắc Lào`)", () => {
    expect(found("Cán bộ các tỉnh Bắc Lào sang học; tỉnh Nam Định cũng cử người.", ["LOC"])).toEqual([
      ["LOC", "Lào", "LA"],
      ["LOC", "Nam Định", "VN-67"],
    ]);
  });

  it("reads a commune named with a direction and a country's word as the commune (`xã Đông Mỹ`, `xã Nam Anh`)", () => {
    expect(found("Công đoàn xã Đông Mỹ và người dân xã Nam Anh dự.", ["LOC"])).toEqual([
      ["LOC", "Đông Mỹ", "Đông Mỹ"],
      ["LOC", "Nam Anh", "Nam Anh"],
    ]);
  });

  it("ends a zone's name at a head word only when it is the last word (`Khu kinh tế Nhơn Hội và Khu công nghiệp Phú Tài`)", () => {
    expect(found("Đoàn thăm Khu kinh tế Nhơn Hội và Khu công nghiệp Phú Tài.", ["LOC"])).toEqual([
      ["LOC", "Khu kinh tế Nhơn Hội", "Khu kinh tế Nhơn Hội"],
      ["LOC", "Khu công nghiệp Phú Tài", "Khu công nghiệp Phú Tài"],
    ]);
  });

  it("reads an export processing zone with its number, a district named after a country, and no feature inside a company's name", () => {
    expect(found("Công nhân Khu chế xuất Linh Trung 1 (TP Thủ Đức) và huyện Lào Ngam thăm Công ty Thủy điện Sơn La.", ["LOC"])).toEqual([
      ["LOC", "Khu chế xuất Linh Trung 1", "Khu chế xuất Linh Trung 1"],
      ["LOC", "Thủ Đức", "Thủ Đức"],
      ["LOC", "Lào Ngam", "Lào Ngam"],
      ["LOC", "Sơn La", "VN-05"],
    ]);
  });

  it("knows Lao towns and border districts the union news names", () => {
    expect(found("Đoàn qua huyện Noọng Hét, thăm Pắc Xoỏng và Viêng Xay.", ["LOC"])).toEqual([
      ["LOC", "Noọng Hét", "Noọng Hét"],
      ["LOC", "Pắc Xoỏng", "Pắc Xoỏng"],
      ["LOC", "Viêng Xay", "Viêng Xay"],
    ]);
  });

  it("reads `năm` before a zone as the year, not a count", () => {
    expect(places("Trong năm Khu kinh tế Vân Phong thu hút 12 dự án.")).toEqual([["LOC", "Khu kinh tế Vân Phong", "Khu kinh tế Vân Phong"]]);
  });

  it("counts names that are also given names only in context", () => {
    expect(places("xuất khẩu sang Đức và Anh")).toEqual([["LOC", "Đức", "DE"], ["LOC", "Anh", "GB"]]);
    expect(places("Ông Đức nói tiếng Anh. Anh Minh cũng vậy.")).toEqual([]);
    expect(places("Tài liệu được biên dịch sang tiếng Lào và chữ Lào.")).toEqual([]);
    expect(places("Tổng thống Mỹ Joe Biden")).toEqual([["LOC", "Mỹ", "US"]]);
    expect(places("Học viện Chính trị quốc gia Hồ Chí Minh")).toEqual([]);
  });

  it("leaves generic words (`tỉnh bạn`, `hai tỉnh`) and syllables of common words alone", () => {
    expect(places("hỗ trợ tỉnh bạn và hai tỉnh, an sinh xã hội, Trường Đại học Mỹ thuật")).toEqual([]);
  });

  it("values a town that shares its province's name by its name, in the gazetteer's spelling for Lao ones (`thành phố Sa-la-van`)", () => {
    expect(places("tại thành phố Luông Pha Băng, huyện Điện Biên và thành phố Thanh Hoá")).toEqual([
      ["LOC", "Luông Pha Băng", "Luông Pha-bang"],
      ["LOC", "Điện Biên", "Điện Biên"],
      ["LOC", "Thanh Hoá", "Thanh Hóa"],
    ]);
    expect(places("tại thành phố Hà Nội, thành phố Viêng Chăn và tỉnh Sa-la-van")).toEqual([
      ["LOC", "Hà Nội", "VN-HN"],
      ["LOC", "Viêng Chăn", "LA-VT"],
      ["LOC", "Sa-la-van", "LA-SL"],
    ]);
  });

  it("knows a Lao province by its English name too (`Xiengkhouang`)", () => {
    expect(places("Liên hiệp Công đoàn tỉnh Xiengkhouang")).toEqual([["LOC", "Xiengkhouang", "LA-XI"]]);
  });

  it("reads a Lao name of hyphenated words after an admin word as a title's holder, not a place", () => {
    expect(found("các Phó Chủ tịch LHCĐ tỉnh Xổm-xạ-nục Keo-mạ-ni và Thoong-băn Xay-nha-lạt", ["LOC", "PER", "ORG"])).toEqual([
      ["PER", "Xổm-xạ-nục Keo-mạ-ni", "Xổm-xạ-nục Keo-mạ-ni"],
      ["PER", "Thoong-băn Xay-nha-lạt", "Thoong-băn Xay-nha-lạt"],
    ]);
  });

  it("keeps a person named with a title inside a feature named after them, and a monument is no organisation's cue", () => {
    expect(found("đoàn viếng Lăng Chủ tịch Hồ Chí Minh và dâng hoa tượng đài Chủ tịch Hồ Chí Minh.", ["LOC", "PER", "ORG"])).toEqual([
      ["LOC", "Lăng Chủ tịch Hồ Chí Minh", "Lăng Chủ tịch Hồ Chí Minh"],
      ["PER", "Hồ Chí Minh", "Hồ Chí Minh"],
      ["PER", "Hồ Chí Minh", "Hồ Chí Minh"],
    ]);
    expect(found("qua Cửa khẩu Quốc tế Cha Lo", ["LOC", "PER"])).toEqual([["LOC", "Cửa khẩu Quốc tế Cha Lo", "Cửa khẩu Quốc tế Cha Lo"]]);
  });

  it("reads a region named before another country as that country's (`các tỉnh miền Trung Lào`: LOC Lào only)", () => {
    expect(places("Hỗ trợ các tỉnh miền Trung Lào và miền Trung Việt Nam.")).toEqual([
      ["LOC", "Lào", "LA"],
      ["LOC", "miền Trung", "miền Trung"],
      ["LOC", "Việt Nam", "VN"],
    ]);
  });

  it("knows Vietnam's districts of 2024 without their admin word, also inside a company's name (`Dệt may Quế Võ`), but not a district's name inside a brand (`Tân Hưng Phát`)", () => {
    expect(found("Đoàn thăm Công ty CP Dệt may Quế Võ tại KCN Quế Võ; nhiều lao động quê ở Kỳ Sơn, Tương Dương.", ["LOC", "ORG"])).toEqual([
      ["ORG", "Công ty CP Dệt may Quế Võ", "Công ty Cổ phần Dệt may Quế Võ"],
      ["LOC", "Quế Võ", "Quế Võ"],
      ["LOC", "KCN Quế Võ", "Khu công nghiệp Quế Võ"],
      ["LOC", "Kỳ Sơn", "Kỳ Sơn"],
      ["LOC", "Tương Dương", "Tương Dương"],
    ]);
    expect(found("Công ty TNHH Chế biến gỗ Tân Hưng Phát tuyển dụng.", ["LOC", "ORG"])).toEqual([
      ["ORG", "Công ty TNHH Chế biến gỗ Tân Hưng Phát", "Công ty Trách nhiệm hữu hạn Chế biến gỗ Tân Hưng Phát"],
    ]);
  });

  it("reads no place before a place in brackets when the words before hold a known place (`Cà phê Kim Phát Đắk Lắk (huyện Cư M'gar)`)", () => {
    expect(places("đoàn thăm Công ty Cổ phần Cà phê Kim Phát Đắk Lắk (huyện Cư M'gar).")).toEqual([
      ["LOC", "Đắk Lắk", "VN-33"],
      ["LOC", "Cư M'gar", "Cư M'gar"],
    ]);
  });
});
