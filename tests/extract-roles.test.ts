/** ROLE mentions and the role triples of the `roles` table. */
import { describe, expect, it } from "vitest";
import { roleTriples } from "../pipeline/stages/extract/roles.ts";
import { extractText } from "./support/extract.ts";

const triples = (text: string) => roleTriples(extractText(text)).map(({ triple }) => [triple.person, triple.role, triple.organization]);

describe("roles", () => {
  it("links titles after a name, sharing the holder across a comma", () => {
    expect(triples("đồng chí Rơ Chăm Long - Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh Kon Tum cho biết")).toEqual([
      ["Rơ Chăm Long", "Tỉnh ủy viên", null],
      ["Rơ Chăm Long", "Chủ tịch", "Liên đoàn Lao động tỉnh Kon Tum"],
    ]);
  });

  it("reads no position after a speaker's colon outside a list (`Anh A: Giám đốc công ty chúng tôi …`)", () => {
    expect(triples("Anh Lê Văn Bình: Giám đốc công ty chúng tôi rất quan tâm tới công nhân.")).toEqual([]);
  });

  it("links titles after a name and a colon, as delegation lists give them", () => {
    expect(triples("- Đồng chí Khăm-phăn Phôm-ma-thắt: Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Liên hiệp Công đoàn tỉnh Khăm Muộn;")).toEqual([
      ["Khăm-phăn Phôm-ma-thắt", "Ủy viên Ban Thường vụ Tỉnh ủy", null],
      ["Khăm-phăn Phôm-ma-thắt", "Chủ tịch", "Liên hiệp Công đoàn tỉnh Khăm Muộn"],
    ]);
  });

  it("gives the school's head, not the person the school is named after, the title (`Hiệu trưởng Trường THPT Phan Bội Châu`)", () => {
    expect(triples("Thầy Lê Văn Nam, Hiệu trưởng Trường THPT Phan Bội Châu, phát biểu.")).toEqual([["Lê Văn Nam", "Hiệu trưởng", "Trường Trung học phổ thông Phan Bội Châu"]]);
    expect(triples("Hiệu trưởng Trường ĐH Tôn Đức Thắng Trần Trọng Đạo phát biểu.")).toEqual([["Trần Trọng Đạo", "Hiệu trưởng", "Trường Đại học Tôn Đức Thắng"]]);
  });

  it("ends a body named by its place before its title's holder (`… Công đoàn` `Lương Thị Thu Thảo`)", () => {
    expect(triples("Phát biểu, Phó Hiệu trưởng Trường Đại học Công đoàn Lương Thị Thu Thảo cho biết")).toEqual([
      ["Lương Thị Thu Thảo", "Phó Hiệu trưởng", "Trường Đại học Công đoàn"],
    ]);
  });

  it("gives every name an honorific for several cues the title they share (`các đồng chí A, B - Phó Chủ tịch`)", () => {
    expect(triples("Tiếp đoàn có các đồng chí Khăm Phon Xay Nha Xỉn, Vi-lạ-văn Xẻng-thong - Phó Chủ tịch Trung ương Liên hiệp Công đoàn Lào.")).toEqual([
      ["Khăm Phon Xay Nha Xỉn", "Phó Chủ tịch", "Liên hiệp Công đoàn Lào"],
      ["Vi-lạ-văn Xẻng-thong", "Phó Chủ tịch", "Liên hiệp Công đoàn Lào"],
    ]);
  });

  it("leaves out a position stated without its organisation when another statement names it, and keeps a capital's party body in the title", () => {
    const text = "PGS.TS Lương Thị Thu Thảo, Phó Hiệu trưởng Trường Đại học Công đoàn phát biểu. TS Lương Thị Thu Thảo, Phó Hiệu trưởng Nhà trường cùng dự. Đồng chí Khăm Phết, Ủy viên Ban Chấp hành Đảng bộ Thủ đô, phát biểu.";
    expect(triples(text)).toEqual([
      ["Lương Thị Thu Thảo", "Phó Hiệu trưởng", "Trường Đại học Công đoàn"],
      ["Khăm Phết", "Ủy viên Ban Chấp hành Đảng bộ Thủ đô", null],
    ]);
  });

  it("reads a title written in lower case as some papers do (`Phó chủ tịch UBND TP.Đà Nẵng`)", () => {
    expect(triples("Ông Nguyễn Hữu Phước, Phó chủ tịch UBND TP.Đà Nẵng dự.")).toEqual([["Nguyễn Hữu Phước", "Phó chủ tịch", "Ủy ban nhân dân thành phố Đà Nẵng"]]);
  });

  it("gives a diplomat's title the mission the article names with its country and seat", () => {
    expect(triples("Đoàn đến chào Đại sứ quán Việt Nam tại Lào. Tiếp đoàn, Đại sứ Việt Nam tại Lào Lê Quang Vinh đánh giá cao.")).toEqual([
      ["Lê Quang Vinh", "Đại sứ", "Đại sứ quán Việt Nam tại Lào"],
    ]);
    expect(triples("Tổng Lãnh sự Việt Nam tại Luông Pha Băng Đinh Văn Khoa dự.")).toEqual([["Đinh Văn Khoa", "Tổng Lãnh sự", null]]);
  });

  it("reads titles written in lower case after a name, not one-word ones or `làm trưởng đoàn`", () => {
    expect(triples("Dự có bà Đoàn Thị Mỹ Linh, phó chủ tịch HĐND TP.HCM, và ông Lê Văn Tám, giám đốc Công ty May 10.")).toEqual([
      ["Đoàn Thị Mỹ Linh", "phó chủ tịch", "Hội đồng nhân dân Thành phố Hồ Chí Minh"],
      ["Lê Văn Tám", "giám đốc", "Công ty May 10"],
    ]);
    expect(triples("Đoàn do ông Phan Văn Bảy, Phó Chủ tịch LĐLĐ tỉnh Quảng Nam, làm trưởng đoàn đã đến thăm.")).toEqual([
      ["Phan Văn Bảy", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Quảng Nam"],
    ]);
  });

  it("reads no position in a group's noun, a brand's ambassador, or a body of that kind in another place", () => {
    expect(triples("Thay mặt ban giám đốc, ông Nguyễn Văn Hải cảm ơn công nhân.")).toEqual([]);
    expect(triples("Đoàn thăm Đại sứ quán Việt Nam tại Lào. Ca sĩ Mỹ Tâm, Đại sứ thương hiệu của chương trình, cũng dự.")).toEqual([["Mỹ Tâm", "Đại sứ", null]]);
    expect(triples("Đoàn thăm Bệnh viện Bạch Mai. Ông Nguyễn Văn Hòa, Giám đốc bệnh viện huyện Tương Dương, cho biết.")).toEqual([["Nguyễn Văn Hòa", "Giám đốc", null]]);
  });

  it("gives a diplomat's bare title the mission of that kind named before it in the paragraph", () => {
    expect(triples("Đoàn thăm Tổng Lãnh sự quán Việt Nam tại Luông Pha Băng. Tổng Lãnh sự Đinh Văn Khoa thông tin.")).toEqual([
      ["Đinh Văn Khoa", "Tổng Lãnh sự", "Tổng Lãnh sự quán Việt Nam tại Luông Pha-bang"],
    ]);
    expect(triples("Đoàn thăm Đại sứ quán Việt Nam tại Lào. Tổng Lãnh sự Đinh Văn Khoa thông tin.")).toEqual([["Đinh Văn Khoa", "Tổng Lãnh sự", null]]);
    expect(triples("Đại diện Tổng lãnh sự quán Lào tại TP.HCM dự. Ông Xỉ-xổm-bắt Phôm-vi-hản, tổng lãnh sự Lào tại TP.HCM, phát biểu.")).toEqual([
      ["Xỉ-xổm-bắt Phôm-vi-hản", "tổng lãnh sự", "Tổng Lãnh sự quán Lào tại Thành phố Hồ Chí Minh"],
    ]);
    expect(triples("Đoàn thăm Đại sứ quán Việt Nam tại Lào. Tham tán Công sứ Hoàng Thị Ngọc Diệp thông tin.")).toEqual([
      ["Hoàng Thị Ngọc Diệp", "Tham tán Công sứ", "Đại sứ quán Việt Nam tại Lào"],
    ]);
    expect(triples("Tổng Lãnh sự Đinh Văn Khoa thông tin. Đoàn thăm Tổng Lãnh sự quán Việt Nam tại Luông Pha Băng.")).toEqual([["Đinh Văn Khoa", "Tổng Lãnh sự", null]]);
  });

  it("links a title and organisation before the name", () => {
    expect(triples("Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang cho biết")).toEqual([["Nguyễn Đình Khang", "Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam"]]);
    expect(triples("Tổng thống Mỹ Joe Biden tiếp khách")).toEqual([["Joe Biden", "Tổng thống", null]]);
  });

  it("keeps a body that is part of the title in the role (`Ủy viên Ban Chấp hành Đảng bộ tỉnh`)", () => {
    expect(triples("ông Kha Văn Tám - Uỷ viên Ban Chấp hành Đảng bộ tỉnh, Chủ tịch Liên đoàn Lao động tỉnh Nghệ An đồng chủ trì")).toEqual([
      ["Kha Văn Tám", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", null],
      ["Kha Văn Tám", "Chủ tịch", "Liên đoàn Lao động tỉnh Nghệ An"],
    ]);
  });

  it("resolves an organisation named by head and admin word to the one named before", () => {
    const text = "Đoàn Liên hiệp Công đoàn tỉnh Attapeu do đồng chí Băn Tha Lay - Chủ tịch Liên hiệp Công đoàn tỉnh dẫn đầu.";
    expect(triples(text)).toEqual([["Băn Tha Lay", "Chủ tịch", "Liên hiệp Công đoàn tỉnh Attapeu"]]);
  });

  it("gives one row per position, however often it is stated, and the ROLE mention its links", () => {
    const text = "Ông Nguyễn Văn A - Giám đốc Sở Y tế tỉnh Nghệ An phát biểu. Giám đốc Sở Y tế tỉnh Nghệ An Nguyễn Văn A cho biết thêm.";
    expect(triples(text)).toEqual([["Nguyễn Văn A", "Giám đốc", "Sở Y tế tỉnh Nghệ An"]]);
    const roles = extractText(text).filter((mention) => mention.type === "ROLE");
    expect(roles).toHaveLength(2);
    expect(roles[0].rule).toBe("extract.role/title");
    expect(roles[0].holder?.value.value).toBe("Nguyễn Văn A");
    expect(roles[0].organization?.value.value).toBe("Sở Y tế tỉnh Nghệ An");
  });

  it("keeps a department the article names without its province in the title, with no organisation (`Giám đốc Sở Y tế`)", () => {
    expect(triples("Ông Nguyễn Văn A - Giám đốc Sở Y tế phát biểu.")).toEqual([["Nguyễn Văn A", "Giám đốc Sở Y tế", null]]);
    expect(triples("Bà Phan Thị Mỹ Dung, Phó Chủ tịch UBND tỉnh dự lễ.")).toEqual([["Phan Thị Mỹ Dung", "Phó Chủ tịch UBND tỉnh", null]]);
    expect(triples("Bà Trần Thị Thanh Xuân, chủ tịch Công đoàn công ty, cho biết.")).toEqual([["Trần Thị Thanh Xuân", "chủ tịch Công đoàn công ty", null]]);
  });

  it("gives no role to a title nobody holds in the text", () => {
    expect(triples("Đoàn Chủ tịch Tổng LĐLĐ Việt Nam họp phiên thứ 27. Chủ tịch nước sẽ dự.")).toEqual([]);
  });

  it("gives the title to everyone listed with its holder, before it or after a colon", () => {
    expect(triples("Dự có ông Trần Văn Tỵ, bà Hồ Thị Lệ Hằng - Phó Chủ tịch LĐLĐ tỉnh Thừa Thiên Huế.")).toEqual([
      ["Trần Văn Tỵ", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Thừa Thiên Huế"],
      ["Hồ Thị Lệ Hằng", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Thừa Thiên Huế"],
    ]);
    expect(triples("Tiếp đoàn có các đồng chí Phó Chủ tịch LĐLĐ tỉnh Hà Tĩnh: Nguyễn Thị Thanh Thủy, Trần Đình Long cùng lãnh đạo các ban.")).toEqual([
      ["Nguyễn Thị Thanh Thủy", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Hà Tĩnh"],
      ["Trần Đình Long", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Hà Tĩnh"],
    ]);
    expect(triples("các đồng chí Bua Xỉ Thong Văn Na Xỉ, Vi Lạ Chăn Khăm Mạ Ni - Phó Chủ tịch Liên hiệp Công đoàn tỉnh Khăm Muộn.")).toEqual([
      ["Bua Xỉ Thong Văn Na Xỉ", "Phó Chủ tịch", "Liên hiệp Công đoàn tỉnh Khăm Muộn"],
      ["Vi Lạ Chăn Khăm Mạ Ni", "Phó Chủ tịch", "Liên hiệp Công đoàn tỉnh Khăm Muộn"],
    ]);
    expect(triples("có ông Lê Văn Khánh - Chủ tịch LĐLĐ tỉnh Hà Tĩnh, bà Nguyễn Thị Hoa - Phó Chủ tịch LĐLĐ tỉnh Hà Tĩnh.")).toEqual([
      ["Lê Văn Khánh", "Chủ tịch", "Liên đoàn Lao động tỉnh Hà Tĩnh"],
      ["Nguyễn Thị Hoa", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Hà Tĩnh"],
    ]);
  });

  it("gives no one listed before a holder the title when they hold one of their own, and reads titles after a colon", () => {
    expect(triples("Dự có Phó Chủ tịch UBND tỉnh Kon Tum Nguyễn Văn Hùng, bà Trần Thị Lan - Giám đốc Sở Y tế tỉnh Kon Tum.")).toEqual([
      ["Nguyễn Văn Hùng", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum"],
      ["Trần Thị Lan", "Giám đốc", "Sở Y tế tỉnh Kon Tum"],
    ]);
    expect(triples("- Chủ tịch UBND tỉnh Kon Tum, ông Nguyễn Văn Hùng.")).toEqual([["Nguyễn Văn Hùng", "Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum"]]);
    expect(triples("Chủ tịch: Nguyễn Văn Hùng, Phó Chủ tịch: Lê Văn Nam, Phạm Văn Tâm.")).toEqual([
      ["Nguyễn Văn Hùng", "Chủ tịch", null],
      ["Lê Văn Nam", "Phó Chủ tịch", null],
      ["Phạm Văn Tâm", "Phó Chủ tịch", null],
    ]);
  });

  it("ends a title at a party it names (`Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào`), not when it names none", () => {
    expect(triples("đồng chí Xu Văn Na Lạt - Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Chủ tịch Liên hiệp Công đoàn Lào phát biểu.")).toEqual([
      ["Xu Văn Na Lạt", "Ủy viên Trung ương", "Đảng Nhân dân Cách mạng Lào"],
      ["Xu Văn Na Lạt", "Chủ tịch", "Liên hiệp Công đoàn Lào"],
    ]);
    expect(triples("đồng chí Nguyễn Đình Khang - Ủy viên Trung ương Đảng, Chủ tịch Tổng LĐLĐ Việt Nam phát biểu.")).toEqual([
      ["Nguyễn Đình Khang", "Ủy viên Trung ương Đảng", null],
      ["Nguyễn Đình Khang", "Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam"],
    ]);
  });

  it("reads diplomats' titles and a department's head as positions", () => {
    expect(triples("đồng chí Vi Lạ Phon - Bí thư thứ nhất Đại sứ quán Lào tại Việt Nam dự lễ.")).toEqual([["Vi Lạ Phon", "Bí thư thứ nhất", "Đại sứ quán Lào tại Việt Nam"]]);
    expect(triples("ông Lê Quang Vinh - Tham tán Công sứ Đại sứ quán Việt Nam tại Lào; bà Khăm Phăn Xỉ Xu Lạt - Trưởng ban Tổ chức Trung ương Liên hiệp Công đoàn Lào.")).toEqual([
      ["Lê Quang Vinh", "Tham tán Công sứ", "Đại sứ quán Việt Nam tại Lào"],
      ["Khăm Phăn Xỉ Xu Lạt", "Trưởng ban Tổ chức", "Liên hiệp Công đoàn Lào"],
    ]);
  });

  it("gives a title ending in an unnamed part of a body the organisation of the title joined to it", () => {
    expect(triples("đồng chí Đỗ Hồng Vân - Ủy viên Đoàn Chủ tịch, Trưởng Ban Nữ công Tổng LĐLĐ Việt Nam phát biểu.")).toEqual([
      ["Đỗ Hồng Vân", "Ủy viên Đoàn Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam"],
      ["Đỗ Hồng Vân", "Trưởng Ban Nữ công", "Tổng Liên đoàn Lao động Việt Nam"],
    ]);
  });

  it("reads a company's head alone after a title as the company named before (`Giám đốc Công ty`)", () => {
    const text = "Đoàn thăm Công ty TNHH Cơ khí Hà Nội - Viêng Chăn. Ông Nguyễn Văn Quyết - Giám đốc Công ty cho biết, doanh nghiệp có 300 công nhân.";
    expect(triples(text)).toEqual([["Nguyễn Văn Quyết", "Giám đốc", "Công ty Trách nhiệm hữu hạn Cơ khí Hà Nội - Viêng Chăn"]]);
  });

  it("reads a common noun after a title (`phó hiệu trưởng nhà trường`, `Phó Giám đốc công ty`) as the body of that kind named before", () => {
    const text = "Đoàn thăm Trường Đại học Tôn Đức Thắng. Theo ông Ngô Hữu Phước, phó hiệu trưởng nhà trường, trường có 146 sinh viên Lào.";
    expect(triples(text)).toEqual([["Ngô Hữu Phước", "phó hiệu trưởng", "Trường Đại học Tôn Đức Thắng"]]);
  });

  it("reads a Lao governor's and a border post commander's titles", () => {
    expect(triples("ông Thoong-lắt Phôm-ma-chăn - Phó Tỉnh trưởng tỉnh Xiêng Khoảng và Thượng tá Lê Văn Hùng - Đồn trưởng Đồn Biên phòng Cửa khẩu Quốc tế Cầu Treo dự lễ.")).toEqual([
      ["Thoong-lắt Phôm-ma-chăn", "Phó Tỉnh trưởng", null],
      ["Lê Văn Hùng", "Đồn trưởng", "Đồn Biên phòng Cửa khẩu Quốc tế Cầu Treo"],
    ]);
  });

  it("states no position in how the text names a late leader (`Chủ tịch Hồ Chí Minh`)", () => {
    expect(triples("Đoàn đã vào Lăng viếng Chủ tịch Hồ Chí Minh.")).toEqual([]);
  });

  it("gives a title after `các` to every name listed after it (`các Phó Chủ tịch LĐLĐ tỉnh A, B`)", () => {
    expect(triples("Liên đoàn Lao động tỉnh Nghệ An tiếp đoàn. Cùng đi có các Phó Chủ tịch LĐLĐ tỉnh Nguyễn Thị Thu Hà, Lô Văn Thắng; đồng chí Vi Thị Hương.")).toEqual([
      ["Nguyễn Thị Thu Hà", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Nghệ An"],
      ["Lô Văn Thắng", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Nghệ An"],
    ]);
    expect(triples("cùng các đồng chí Phó Chủ tịch Xổm-xay Kẹo-bun-hương, Thoong-văn In-thạ-vông.")).toEqual([
      ["Xổm-xay Kẹo-bun-hương", "Phó Chủ tịch", null],
      ["Thoong-văn In-thạ-vông", "Phó Chủ tịch", null],
    ]);
    expect(triples("Phó Chủ tịch LĐLĐ tỉnh Nghệ An Nguyễn Thị Thu Hà, ông Lô Văn Thắng dự.")).toEqual([["Nguyễn Thị Thu Hà", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Nghệ An"]]);
  });

  it("reads the holder after a title and its province (`Phó Tỉnh trưởng tỉnh Hủa Phăn Khăm-phăn Xi-thạ-đẹt`)", () => {
    expect(triples("Phó Tỉnh trưởng tỉnh Hủa Phăn Khăm-phăn Xi-thạ-đẹt dự và phát biểu.")).toEqual([["Khăm-phăn Xi-thạ-đẹt", "Phó Tỉnh trưởng", null]]);
  });

  it("gives a title several people hold to the names listed after its colon", () => {
    expect(triples("Đồng chí Lường Thị Ngọc Hân - Chủ tịch LĐLĐ tỉnh Sơn La; các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Vì Thị Thu Lan, Hoàng Minh Tuấn.")).toEqual([
      ["Lường Thị Ngọc Hân", "Chủ tịch", "Liên đoàn Lao động tỉnh Sơn La"],
      ["Vì Thị Thu Lan", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Sơn La"],
      ["Hoàng Minh Tuấn", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Sơn La"],
    ]);
  });

  it("gives a diplomat's title the mission after its comma, and `Đại sứ` opening `Đại sứ quán` is no title", () => {
    expect(triples("ông Lê Văn Cường, Tham tán Giáo dục, Đại sứ quán Việt Nam tại Lào đánh giá cao.")).toEqual([["Lê Văn Cường", "Tham tán Giáo dục", "Đại sứ quán Việt Nam tại Lào"]]);
  });

  it("reads a title ending with the head of the body it heads (`Phó Trưởng Ban` `Ban Quản lý Khu kinh tế tỉnh Quảng Trị`)", () => {
    expect(triples("Ông Nguyễn Văn Bình, Phó Trưởng Ban Quản lý Khu kinh tế tỉnh Quảng Trị phát biểu.")).toEqual([["Nguyễn Văn Bình", "Phó Trưởng Ban", "Ban Quản lý Khu kinh tế tỉnh Quảng Trị"]]);
    expect(triples("Ông Nguyễn Văn Bình, Trưởng ban Tổ chức phát biểu.")).toEqual([["Nguyễn Văn Bình", "Trưởng ban Tổ chức", null]]);
  });

  it("reads `Ban chấp hành` in lower case inside a title, so the next title keeps its holder", () => {
    expect(triples("ông Khăm-phon Phăn-thạ-vông, Uỷ viên Ban chấp hành Đảng bộ tỉnh, Chủ tịch Liên hiệp Công đoàn tỉnh Xay-nha-bu-ly dự.")).toEqual([
      ["Khăm-phon Phăn-thạ-vông", "Ủy viên Ban chấp hành Đảng bộ tỉnh", null],
      ["Khăm-phon Phăn-thạ-vông", "Chủ tịch", "Liên hiệp Công đoàn tỉnh Xay-nha-bu-ly"],
    ]);
  });

  it("gives a bare consul's title the one consulate the page names, in another paragraph too, and none when it names two", () => {
    const one = "Ngày 4/6, Tổng Lãnh sự quán Việt Nam tại Savannakhet bàn giao nhà.\n\nCùng ngày, Phó Tổng Lãnh sự Trần Văn Phúc thăm sinh viên.";
    expect(triples(one)).toEqual([["Trần Văn Phúc", "Phó Tổng Lãnh sự", "Tổng Lãnh sự quán Việt Nam tại Savannakhet"]]);
    const two = "Tổng Lãnh sự quán Việt Nam tại Savannakhet và Tổng Lãnh sự quán Việt Nam tại Pắc Xế dự.\n\nCùng ngày, Phó Tổng Lãnh sự Trần Văn Phúc thăm sinh viên.";
    expect(triples(two)).toEqual([["Trần Văn Phúc", "Phó Tổng Lãnh sự", null]]);
  });

  it("ends a title before an admin word and its place (`Phó Thị trưởng` `Thủ đô Viêng Chăn`), and reads `Phó trưởng ban` in lower case", () => {
    expect(triples("Đồng chí Vi-lay-vông Bút-đa-khăm - Phó Thị trưởng Thủ đô Viêng Chăn dự. Bộ trưởng Quốc phòng Phan Văn Giang dự.")).toEqual([
      ["Vi-lay-vông Bút-đa-khăm", "Phó Thị trưởng", null],
      ["Phan Văn Giang", "Bộ trưởng Quốc phòng", null],
    ]);
    expect(triples("bà Cầm Thị Hương, Phó trưởng ban Nữ công và đại diện Hội LHPN tỉnh Sơn La.")).toEqual([["Cầm Thị Hương", "Phó trưởng ban Nữ công", null]]);
  });

  it("shares a title after `các` with the names listed plainly, not with one who holds a title of their own", () => {
    expect(triples("Dự có các Phó Chủ tịch UBND tỉnh Nguyễn Văn An, Trần Văn Bình và ông Lê Văn Cường, Giám đốc Sở Nội vụ.")).toEqual([
      ["Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh", null],
      ["Trần Văn Bình", "Phó Chủ tịch UBND tỉnh", null],
      ["Lê Văn Cường", "Giám đốc Sở Nội vụ", null],
    ]);
  });

  it("reads no admin word in `Tỉnh ủy` after a department", () => {
    expect(triples("ông Nguyễn Hữu Lộc, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy; bà Trương Thị Mỹ Dung dự.")).toEqual([["Nguyễn Hữu Lộc", "Phó Trưởng ban Thường trực Ban Dân vận", null]]);
  });
});
