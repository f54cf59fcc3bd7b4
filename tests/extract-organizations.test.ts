/** ORG mentions: full names with their place, inline abbreviations inside, values with abbreviations expanded. */
import { describe, expect, it } from "vitest";
import { found } from "./support/extract.ts";

const organizations = (text: string) => found(text, ["ORG"]);

describe("organizations", () => {
  it.each([
    ["làm việc với Liên đoàn Lao động (LĐLĐ) tỉnh Kon Tum.", "Liên đoàn Lao động (LĐLĐ) tỉnh Kon Tum", "Liên đoàn Lao động tỉnh Kon Tum"],
    ["Đáp lại tình cảm của LĐLĐ Kon Tum, đoàn", "LĐLĐ Kon Tum", "Liên đoàn Lao động tỉnh Kon Tum"],
    ["ủng hộ Công đoàn Nghệ An trong năm", "Công đoàn Nghệ An", "Liên đoàn Lao động tỉnh Nghệ An"],
    ["hỗ trợ cho Công đoàn Lào là 50 triệu đồng", "Công đoàn Lào", "Liên hiệp Công đoàn Lào"],
    ["sang làm việc với Công đoàn tỉnh Xiêng Khoảng - Lào", "Công đoàn tỉnh Xiêng Khoảng", "Liên hiệp Công đoàn tỉnh Xiêng Khoảng"],
    ["trụ sở Tổng Liên đoàn Lao động Việt Nam, sáng nay", "Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam"],
    ["Nghị quyết số 15 của Ban Chấp hành Tổng Liên đoàn về công tác", "Tổng Liên đoàn", "Tổng Liên đoàn Lao động Việt Nam"],
    ["Bộ Lao động - Thương binh và Xã hội vừa giải đáp", "Bộ Lao động - Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội"],
    ["Sở Giáo dục và Đào tạo Hà Nội công bố", "Sở Giáo dục và Đào tạo Hà Nội", "Sở Giáo dục và Đào tạo thành phố Hà Nội"],
    ["Bộ Văn hóa, Thể thao và Du lịch tổ chức", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"],
    ["Theo UBND TP Hà Nội, dự án", "UBND TP Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"],
    ["Công an TP.HCM vừa triệt phá", "Công an TP.HCM", "Công an Thành phố Hồ Chí Minh"],
    ["Trường Đại học Công đoàn khai giảng", "Trường Đại học Công đoàn", "Trường Đại học Công đoàn"],
    ["Bệnh viện 108 tiếp nhận", "Bệnh viện 108", "Bệnh viện 108"],
    ["Vietcombank giảm lãi suất", "Vietcombank", "Ngân hàng Thương mại cổ phần Ngoại Thương Việt Nam"],
    ["trận thắng của Hà Nội FC trước", "Hà Nội FC", "Hà Nội FC"],
    ["ông Lê Quang Vinh, Đại sứ quán Việt Nam tại Lào cho biết", "Đại sứ quán Việt Nam tại Lào", "Đại sứ quán Việt Nam tại Lào"],
    ["tặng Hội người Việt Nam tại Lào 100 triệu đồng", "Hội người Việt Nam tại Lào", "Hội người Việt Nam tại Lào"],
    ["đại diện Đại sứ quán Lào phát biểu", "Đại sứ quán Lào", "Đại sứ quán Lào"],
    ["đại diện Đại sứ quán CHDCND Lào tại Việt Nam phát biểu", "Đại sứ quán CHDCND Lào tại Việt Nam", "Đại sứ quán Cộng hòa Dân chủ Nhân dân Lào tại Việt Nam"],
    ["thăm, chúc Tết Bunpimay Liên hiệp Công đoàn tỉnh Phông Sa Lỳ", "Liên hiệp Công đoàn tỉnh Phông Sa Lỳ", "Liên hiệp Công đoàn tỉnh Phông-xa-lỳ"],
    ["trong đó có Công ty TNHH Điện Xekaman 1 (Attapeu), nơi", "Công ty TNHH Điện Xekaman 1", "Công ty Trách nhiệm hữu hạn Điện Xekaman 1"],
    ["Công ty Cổ phần Hoàng Anh 3 năm liền đạt danh hiệu", "Công ty Cổ phần Hoàng Anh", "Công ty Cổ phần Hoàng Anh"],
    ["bà X - Trưởng ban Tổ chức Trung ương Liên hiệp Công đoàn Lào", "Liên hiệp Công đoàn Lào", "Liên hiệp Công đoàn Lào"],
    ["sinh viên năm thứ ba Trường Đại học Bách khoa Hà Nội cho biết", "Trường Đại học Bách khoa Hà Nội", "Trường Đại học Bách khoa Hà Nội"],
    ["sinh viên Trường Đại học Tôn Đức Thắng nhận học bổng", "Trường Đại học Tôn Đức Thắng", "Trường Đại học Tôn Đức Thắng"],
    ["Công đoàn Thủ đô trao học bổng", "Công đoàn Thủ đô", "Liên đoàn Lao động thành phố Hà Nội"],
    ["Công đoàn Thủ đô Hà Nội trao học bổng", "Công đoàn Thủ đô Hà Nội", "Liên đoàn Lao động thành phố Hà Nội"],
    ["đoàn Công đoàn Thủ đô Viêng Chăn sang thăm", "Công đoàn Thủ đô Viêng Chăn", "Liên hiệp Công đoàn thủ đô Viêng Chăn"],
    ["đoàn Công đoàn Viêng Chăn sang thăm", "Công đoàn Viêng Chăn", "Liên hiệp Công đoàn thủ đô Viêng Chăn"],
    ["luật sư của Đoàn Luật sư TP.HCM tư vấn", "Đoàn Luật sư TP.HCM", "Đoàn Luật sư Thành phố Hồ Chí Minh"],
    ["phối hợp với Sở LĐ-TB&XH TP.HCM tổ chức", "Sở LĐ-TB&XH TP.HCM", "Sở Lao động - Thương binh và Xã hội Thành phố Hồ Chí Minh"],
    ["khánh thành Trường Tiểu học Hữu nghị Quảng Ngãi - Chăm Pa Sắc", "Trường Tiểu học Hữu nghị Quảng Ngãi - Chăm Pa Sắc", "Trường Tiểu học Hữu nghị Quảng Ngãi - Chăm-pa-xắc"],
    ["Công ty CP Bia Hà Nội - Thanh Hoá tiếp đoàn", "Công ty CP Bia Hà Nội - Thanh Hoá", "Công ty Cổ phần Bia Hà Nội - Thanh Hóa"],
    ["Công ty TNHH Nông nghiệp Hoàng Anh Attapeu trồng cao su", "Công ty TNHH Nông nghiệp Hoàng Anh Attapeu", "Công ty Trách nhiệm hữu hạn Nông nghiệp Hoàng Anh Attapeu"],
    ["Nhân dịp này, Ban Nữ công Trung ương Liên hiệp Công đoàn Lào trao tặng quà", "Liên hiệp Công đoàn Lào", "Liên hiệp Công đoàn Lào"],
    ["Trưởng Ban Dân vận Trung ương Mai Văn Chính phát biểu", "Ban Dân vận Trung ương", "Ban Dân vận Trung ương"],
    ["học tại Trường Phổ thông Dân tộc nội trú tỉnh Phông Sa Lỳ", "Trường Phổ thông Dân tộc nội trú tỉnh Phông Sa Lỳ", "Trường Phổ thông Dân tộc nội trú tỉnh Phông-xa-lỳ"],
    ["Chiều 10/4, Công đoàn Khu kinh tế (KKT) tỉnh Hà Tĩnh tặng quà", "Công đoàn Khu kinh tế (KKT) tỉnh Hà Tĩnh", "Công đoàn Khu kinh tế tỉnh Hà Tĩnh"],
    ["cảm ơn LHCĐ tỉnh Bô Ly Khăm Xay đã đón đoàn", "LHCĐ tỉnh Bô Ly Khăm Xay", "Liên hiệp Công đoàn tỉnh Bolikhamxay"],
    ["Sáng 28/3, Trường Đại học Công đoàn tổ chức Lễ bế giảng", "Trường Đại học Công đoàn", "Trường Đại học Công đoàn"],
    ["Công ty Giao nhận vận tải Quốc tế Hà Nội tham gia", "Công ty Giao nhận vận tải Quốc tế Hà Nội", "Công ty Giao nhận vận tải Quốc tế Hà Nội"],
    ["Đoàn công tác của Công đoàn Vũ Quang đã đến thăm", "Công đoàn Vũ Quang", "Công đoàn Vũ Quang"],
    ["Đáp lại, LĐLĐ TP.Đà Nẵng cảm ơn", "LĐLĐ TP.Đà Nẵng", "Liên đoàn Lao động thành phố Đà Nẵng"],
    ["thăm Công đoàn Công ty Thủy điện Xekaman 1 tại A-tô-pơ", "Công đoàn Công ty Thủy điện Xekaman 1", "Công đoàn Công ty Thủy điện Xekaman 1"],
    ["thông tin của Sở Ngoại vụ Nghệ An, đoàn", "Sở Ngoại vụ Nghệ An", "Sở Ngoại vụ tỉnh Nghệ An"],
    ["đại diện Công đoàn ngành Giáo dục tỉnh Kon Tum dự", "Công đoàn ngành Giáo dục tỉnh Kon Tum", "Công đoàn ngành Giáo dục tỉnh Kon Tum"],
    ["Ngày 12/3, CĐ Công ty Thủy điện Sê San trao quà", "CĐ Công ty Thủy điện Sê San", "Công đoàn Công ty Thủy điện Sê San"],
    ["sinh viên Trường CĐ Y tế Quảng Nam nhận quà", "Trường CĐ Y tế Quảng Nam", "Trường Cao đẳng Y tế Quảng Nam"],
  ])("%s", (text, span, value) => {
    expect(organizations(text)).toEqual([["ORG", span, value]]);
  });

  it("gives a person the organisation is named after as a nested PER, not a place (`Trường Đại học Xu-pha-nu-vông (Luông Pha Bang)`)", () => {
    expect(found("ký kết với Trường Đại học Xu-pha-nu-vông (Luông Pha Bang) về đào tạo", ["ORG", "PER", "LOC"])).toEqual([
      ["ORG", "Trường Đại học Xu-pha-nu-vông", "Trường Đại học Xu-pha-nu-vông"],
      ["PER", "Xu-pha-nu-vông", "Xu-pha-nu-vông"],
      ["LOC", "Luông Pha Bang", "LA-LP"],
    ]);
  });

  it("gives a mission named by its country alone the full name the article gives it with its seat", () => {
    expect(organizations("Đại sứ quán CHDCND Lào tại Việt Nam tổ chức gặp mặt. Đại diện Đại sứ quán Lào tại Việt Nam và Đại sứ quán Lào phát biểu.")).toEqual([
      ["ORG", "Đại sứ quán CHDCND Lào tại Việt Nam", "Đại sứ quán Cộng hòa Dân chủ Nhân dân Lào tại Việt Nam"],
      ["ORG", "Đại sứ quán Lào tại Việt Nam", "Đại sứ quán Cộng hòa Dân chủ Nhân dân Lào tại Việt Nam"],
      ["ORG", "Đại sứ quán Lào", "Đại sứ quán Cộng hòa Dân chủ Nhân dân Lào tại Việt Nam"],
    ]);
    expect(organizations("Đại sứ quán Lào tại Việt Nam tặng hoa. Đại diện Đại sứ quán Lào phát biểu.")).toEqual([
      ["ORG", "Đại sứ quán Lào tại Việt Nam", "Đại sứ quán Lào tại Việt Nam"],
      ["ORG", "Đại sứ quán Lào", "Đại sứ quán Lào tại Việt Nam"],
    ]);
    expect(organizations("Đại sứ quán Việt Nam tại Lào và Đại sứ quán Lào cùng dự.")).toEqual([
      ["ORG", "Đại sứ quán Việt Nam tại Lào", "Đại sứ quán Việt Nam tại Lào"],
      ["ORG", "Đại sứ quán Lào", "Đại sứ quán Lào"],
    ]);
  });

  it("reads a known name written as its website (`VOV.VN -` before the lead) as no organisation", () => {
    expect(organizations("VOV.VN - Sáng 24/1, VOV đưa tin.")).toEqual([["ORG", "VOV", "Đài Tiếng nói Việt Nam"]]);
    expect(organizations("Theo VGP, hội nghị diễn ra.")).toEqual([["ORG", "VGP", "Cổng Thông tin điện tử Chính phủ"]]);
  });

  it("gives a person a school is named after, written after an abbreviated head, as a nested PER (`Trường ĐH Tôn Đức Thắng`)", () => {
    expect(found("học tại Trường ĐH Tôn Đức Thắng, TP.HCM", ["ORG", "PER"])).toEqual([
      ["ORG", "Trường ĐH Tôn Đức Thắng", "Trường Đại học Tôn Đức Thắng"],
      ["PER", "Tôn Đức Thắng", "Tôn Đức Thắng"],
    ]);
  });

  it("reads `Trường THPT` as a head, so the person a school is named after is neither cut off nor a title's holder", () => {
    expect(found("Thầy Lê Văn Nam, Hiệu trưởng Trường THPT Phan Bội Châu, phát biểu.", ["ORG", "PER"])).toEqual([
      ["PER", "Lê Văn Nam", "Lê Văn Nam"],
      ["ORG", "Trường THPT Phan Bội Châu", "Trường Trung học phổ thông Phan Bội Châu"],
      ["PER", "Phan Bội Châu", "Phan Bội Châu"],
    ]);
    expect(found("Hiệu trưởng Trường ĐH Tôn Đức Thắng Trần Trọng Đạo phát biểu.", ["ORG", "PER"])).toEqual([
      ["ORG", "Trường ĐH Tôn Đức Thắng", "Trường Đại học Tôn Đức Thắng"],
      ["PER", "Tôn Đức Thắng", "Tôn Đức Thắng"],
      ["PER", "Trần Trọng Đạo", "Trần Trọng Đạo"],
    ]);
  });

  it("ends a body before the ordinal of its meeting (`Đại hội Công đoàn Thủ đô lần thứ XVII`)", () => {
    expect(organizations("Đại hội Công đoàn Thủ đô lần thứ XVII khai mạc.")).toEqual([["ORG", "Công đoàn Thủ đô", "Liên đoàn Lao động thành phố Hà Nội"]]);
  });

  it("reads a unit named after the union it belongs to as one organisation, the union as written (`unit_parents`)", () => {
    expect(organizations("Giám đốc Trung tâm Tư vấn pháp luật Công đoàn TP.HCM cho biết")).toEqual([
      ["ORG", "Trung tâm Tư vấn pháp luật Công đoàn TP.HCM", "Trung tâm Tư vấn pháp luật Công đoàn Thành phố Hồ Chí Minh"],
    ]);
    expect(organizations("Trung tâm Văn hóa LĐLĐ tỉnh Nghệ An mở cửa.")).toEqual([["ORG", "Trung tâm Văn hóa LĐLĐ tỉnh Nghệ An", "Trung tâm Văn hóa Liên đoàn Lao động tỉnh Nghệ An"]]);
    expect(organizations("Tại Trung tâm Hội nghị tỉnh, Công đoàn Việt Nam trao quà.")).toEqual([["ORG", "Công đoàn Việt Nam", "Công đoàn Việt Nam"]]);
  });

  it("keeps the province of a body named by twin countries (`Hội Hữu nghị Việt Nam - Lào tỉnh Đắk Lắk`)", () => {
    expect(organizations("Hội Hữu nghị Việt Nam - Lào tỉnh Đắk Lắk trao quà.")).toEqual([["ORG", "Hội Hữu nghị Việt Nam - Lào tỉnh Đắk Lắk", "Hội Hữu nghị Việt Nam - Lào tỉnh Đắk Lắk"]]);
    expect(organizations("Hội Hữu nghị Việt Nam - Lào vừa tổ chức.")).toEqual([["ORG", "Hội Hữu nghị Việt Nam - Lào", "Hội Hữu nghị Việt Nam - Lào"]]);
  });

  it("reads a consulate written in lower case (`Tổng lãnh sự quán`) with the head's usual spelling in the value", () => {
    expect(organizations("đại diện Tổng lãnh sự quán Lào tại TP.HCM dự")).toEqual([["ORG", "Tổng lãnh sự quán Lào tại TP.HCM", "Tổng Lãnh sự quán Lào tại Thành phố Hồ Chí Minh"]]);
  });

  it("ends a business's name before a verb and a province (`Tập đoàn Vingroup ủng hộ Hà Tĩnh`)", () => {
    expect(organizations("Tập đoàn Vingroup ủng hộ Hà Tĩnh 10 tỷ đồng.")).toEqual([["ORG", "Tập đoàn Vingroup", "Tập đoàn Vingroup"]]);
  });

  it("gives a LOC nested in the ORG", () => {
    expect(found("đoàn Liên hiệp Công đoàn tỉnh Attapeu đã đến", ["ORG", "LOC"])).toEqual([
      ["ORG", "Liên hiệp Công đoàn tỉnh Attapeu", "Liên hiệp Công đoàn tỉnh Attapeu"],
      ["LOC", "Attapeu", "LA-AT"],
    ]);
  });

  it("names no organisation with a kind of body or a head alone", () => {
    const text =
      "Công đoàn 2 tỉnh Kon Tum - Attapeu, Công đoàn hai bên, các cấp Công đoàn, Công đoàn ngành, Công đoàn Tổng Công ty, LĐLĐ các tỉnh, Sở Y tế các tỉnh, Ban Tổ chức, Hội nghị, Đoàn công tác, ba Trường Đại học Công đoàn, Sở Lao động - Phúc lợi xã hội tỉnh, LĐLĐ Thành phố sẽ, Công đoàn 2 tỉnh Kon Tum - Attapeu, nhiều Đại sứ quán tại Hà Nội, Cơ quan đại diện tại Lào, Sở Ngoại vụ.";
    expect(organizations(text)).toEqual([]);
  });

  it("leaves an organisation named only by head and admin word to the role that points to it", () => {
    expect(organizations("Chủ tịch Liên hiệp Công đoàn tỉnh dẫn đầu đoàn")).toEqual([]);
  });

  it("leaves bodies that are part of a position to the ROLE (`Ủy viên Bộ Chính trị`), not after other words", () => {
    expect(organizations("ông Nguyễn Văn A, Ủy viên Bộ Chính trị, cho biết")).toEqual([]);
    expect(organizations("Theo Bộ Chính trị, nhiệm vụ")).toEqual([["ORG", "Bộ Chính trị", "Bộ Chính trị"]]);
  });

  it("reads a business's head that opens a company's name after its legal form (`Công ty CP Tập đoàn Trường Thịnh`)", () => {
    expect(organizations("Công ty CP Tập đoàn Trường Thịnh tài trợ.")).toEqual([["ORG", "Công ty CP Tập đoàn Trường Thịnh", "Công ty Cổ phần Tập đoàn Trường Thịnh"]]);
    expect(organizations("Công ty Trường Thịnh tài trợ.")).toEqual([["ORG", "Công ty Trường Thịnh", "Công ty Trường Thịnh"]]);
  });

  it("reads a department's place after the abbreviation of its name in brackets (`Sở Lao động - Thương binh và Xã hội (LĐTBXH) tỉnh Nghệ An`)", () => {
    expect(organizations("Sở Lao động - Thương binh và Xã hội (LĐTBXH) tỉnh Nghệ An phát biểu.")).toEqual([
      ["ORG", "Sở Lao động - Thương binh và Xã hội (LĐTBXH) tỉnh Nghệ An", "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An"],
    ]);
  });

  it("keeps the province after a name ending with twin countries (`Trường Cao đẳng Kỹ thuật Việt - Đức Nghệ An`)", () => {
    expect(organizations("tại Trường Cao đẳng Kỹ thuật Việt - Đức Nghệ An")).toEqual([["ORG", "Trường Cao đẳng Kỹ thuật Việt - Đức Nghệ An", "Trường Cao đẳng Kỹ thuật Việt - Đức Nghệ An"]]);
  });

  it("does not join a feature to a name across `và` (`Công ty CP Tập đoàn Trường Thịnh và KCN Tây Bắc Quán Hàu`)", () => {
    expect(found("tại Công ty CP Tập đoàn Trường Thịnh và KCN Tây Bắc Quán Hàu.", ["ORG", "LOC"])).toEqual([
      ["ORG", "Công ty CP Tập đoàn Trường Thịnh", "Công ty Cổ phần Tập đoàn Trường Thịnh"],
      ["LOC", "KCN Tây Bắc Quán Hàu", "Khu công nghiệp Tây Bắc Quán Hàu"],
    ]);
  });

  it("reads the body of all the zones of a place as one organisation (`Công đoàn các KCN Bình Dương`), not a kind of body", () => {
    expect(organizations("các khu công nghiệp (KCN) của tỉnh. Sáng nay, CĐ các KCN Bình Dương và Ban Quản lý (BQL) các KCN Bình Dương ký kết.")).toEqual([
      ["ORG", "CĐ các KCN Bình Dương", "Công đoàn các Khu công nghiệp Bình Dương"],
      ["ORG", "Ban Quản lý (BQL) các KCN Bình Dương", "Ban Quản lý các Khu công nghiệp Bình Dương"],
    ]);
    expect(organizations("Công đoàn các Khu công nghiệp và chế xuất Hà Nội tổ chức.")).toEqual([["ORG", "Công đoàn các Khu công nghiệp và chế xuất Hà Nội", "Công đoàn các Khu công nghiệp và chế xuất Hà Nội"]]);
    expect(organizations("Công đoàn các cấp tỉnh Nghệ An và Công đoàn các KCN tổ chức.")).toEqual([]);
  });

  it("reads a union's guest house, school and a front named as they are (`Nhà khách Công đoàn Thanh Hoá`)", () => {
    expect(organizations("Đoàn nghỉ tại Nhà khách Công đoàn Thanh Hoá. Trường Bồi dưỡng cán bộ Công đoàn Lào đào tạo. Mặt trận Lào xây dựng đất nước dự.")).toEqual([
      ["ORG", "Nhà khách Công đoàn Thanh Hoá", "Nhà khách Công đoàn Thanh Hóa"],
      ["ORG", "Trường Bồi dưỡng cán bộ Công đoàn Lào", "Trường Bồi dưỡng cán bộ Công đoàn Lào"],
      ["ORG", "Mặt trận Lào xây dựng đất nước", "Mặt trận Lào xây dựng đất nước"],
    ]);
    expect(organizations("Trường Phổ thông dân tộc nội trú tỉnh Hủa Phăn nhận quà.")).toEqual([["ORG", "Trường Phổ thông dân tộc nội trú tỉnh Hủa Phăn", "Trường Phổ thông dân tộc nội trú tỉnh Hủa Phăn"]]);
  });

  it("expands `GD&ĐT` in a department's name", () => {
    expect(organizations("Phó Giám đốc Sở GD&ĐT Nghệ An phát biểu.")).toEqual([["ORG", "Sở GD&ĐT Nghệ An", "Sở Giáo dục và Đào tạo tỉnh Nghệ An"]]);
  });

  it("reads a school named after its district with no nested PER, keeps its number, and `chuyên` before its name", () => {
    expect(found("Hiệu trưởng Trường THPT chuyên Lê Hồng Phong Phạm Thị Hòa phát biểu.", ["ORG", "PER"])).toEqual([
      ["ORG", "Trường THPT chuyên Lê Hồng Phong", "Trường Trung học phổ thông chuyên Lê Hồng Phong"],
      ["PER", "Lê Hồng Phong", "Lê Hồng Phong"],
      ["PER", "Phạm Thị Hòa", "Phạm Thị Hòa"],
    ]);
    expect(found("Trường THPT Mai Sơn và Trường THPT Nông Cống 1 đạt giải. Trường THPT chuyên Khoa học Tự nhiên tuyển sinh.", ["ORG", "PER"])).toEqual([
      ["ORG", "Trường THPT Mai Sơn", "Trường Trung học phổ thông Mai Sơn"],
      ["ORG", "Trường THPT Nông Cống 1", "Trường Trung học phổ thông Nông Cống 1"],
      ["ORG", "Trường THPT chuyên Khoa học Tự nhiên", "Trường Trung học phổ thông chuyên Khoa học Tự nhiên"],
    ]);
  });

  it("reads a field of study shaped like a name as no person (`Trường Đại học Nông Lâm`), and ends a school's name before a verb (`đón`)", () => {
    expect(found("Sinh viên Trường Đại học Nông Lâm và Đại học Y Dược dự.", ["ORG", "PER"])).toEqual([
      ["ORG", "Trường Đại học Nông Lâm", "Trường Đại học Nông Lâm"],
      ["ORG", "Đại học Y Dược", "Đại học Y Dược"],
    ]);
    expect(organizations("Trường Chính trị Tô Hiệu đón sinh viên Lào.")).toEqual([["ORG", "Trường Chính trị Tô Hiệu", "Trường Chính trị Tô Hiệu"]]);
  });

  it("reads `CĐ` before a Vietnamese province, after a sector or not, as its union (`CĐ Khánh Hòa`), and after `Trường` as a college", () => {
    expect(organizations("Năm 2024, CĐ Khánh Hòa đã hỗ trợ đội của CĐ Viên chức tỉnh Khánh Hòa và Trường CĐ Nghệ An.")).toEqual([
      ["ORG", "CĐ Khánh Hòa", "Liên đoàn Lao động tỉnh Khánh Hòa"],
      ["ORG", "CĐ Viên chức tỉnh Khánh Hòa", "Công đoàn Viên chức tỉnh Khánh Hòa"],
      ["ORG", "Trường CĐ Nghệ An", "Trường Cao đẳng Nghệ An"],
    ]);
  });

  it("reads `TP` before a known place as its admin word, so a city's union is valued in full (`Công đoàn TP Cần Thơ`)", () => {
    expect(organizations("Công đoàn TP Cần Thơ và Công đoàn Viên chức TP Hà Nội chúc Tết.")).toEqual([
      ["ORG", "Công đoàn TP Cần Thơ", "Liên đoàn Lao động thành phố Cần Thơ"],
      ["ORG", "Công đoàn Viên chức TP Hà Nội", "Công đoàn Viên chức thành phố Hà Nội"],
    ]);
  });

  it("runs a school's name through lower-case words to a known namesake (`Trường Đào tạo cán bộ Lê Hồng Phong`)", () => {
    expect(found("Lớp học tại Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội.", ["ORG", "PER"])).toEqual([
      ["ORG", "Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội", "Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội"],
      ["PER", "Lê Hồng Phong", "Lê Hồng Phong"],
    ]);
  });

  it("values a town's body by the town (`UBND thành phố Bắc Ninh`) and a branch's city once (`… Campuchia thành phố Hồ Chí Minh`)", () => {
    expect(organizations("UBND thành phố Bắc Ninh và UBND huyện Điện Biên họp.")).toEqual([
      ["ORG", "UBND thành phố Bắc Ninh", "Ủy ban nhân dân thành phố Bắc Ninh"],
      ["ORG", "UBND huyện Điện Biên", "Ủy ban nhân dân huyện Điện Biên"],
    ]);
    expect(organizations("Hội Hữu nghị Việt Nam - Campuchia thành phố Hồ Chí Minh dự.")).toEqual([
      ["ORG", "Hội Hữu nghị Việt Nam - Campuchia thành phố Hồ Chí Minh", "Hội Hữu nghị Việt Nam - Campuchia Thành phố Hồ Chí Minh"],
    ]);
  });

  it("reads a company named by its country and the province of its branch (`Công ty TNHH LG Innotek Việt Nam Hải Phòng`)", () => {
    expect(organizations("Công ty TNHH LG Innotek Việt Nam Hải Phòng tuyển dụng.")).toEqual([
      ["ORG", "Công ty TNHH LG Innotek Việt Nam Hải Phòng", "Công ty Trách nhiệm hữu hạn LG Innotek Việt Nam Hải Phòng"],
    ]);
  });

  it("takes for a unit's name only lower-case words a name holds, not a verb (`Trung tâm Văn hóa Thể thao đón Công đoàn …`)", () => {
    expect(organizations("Trung tâm Văn hóa Thể thao đón Công đoàn Cao su Việt Nam.")).toEqual([
      ["ORG", "Trung tâm Văn hóa Thể thao", "Trung tâm Văn hóa Thể thao"],
      ["ORG", "Công đoàn Cao su Việt Nam", "Công đoàn Cao su Việt Nam"],
    ]);
    expect(organizations("Công đoàn các Khu chế xuất và công nghiệp TP.HCM tổ chức.")).toEqual([
      ["ORG", "Công đoàn các Khu chế xuất và công nghiệp TP.HCM", "Công đoàn các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh"],
    ]);
  });

  it("reads a power plant as a business, not a feature (`Nhà máy Thủy điện Lai Châu`), and a feature's word inside a company's name as the company's", () => {
    expect(found("Đoàn thăm Nhà máy Thủy điện Lai Châu và Công ty TNHH Điện tử Sông Hàn trong KCN Hòa Khánh.", ["ORG", "LOC"])).toEqual([
      ["ORG", "Nhà máy Thủy điện Lai Châu", "Nhà máy Thủy điện Lai Châu"],
      ["LOC", "Lai Châu", "VN-01"],
      ["ORG", "Công ty TNHH Điện tử Sông Hàn", "Công ty Trách nhiệm hữu hạn Điện tử Sông Hàn"],
      ["LOC", "KCN Hòa Khánh", "Khu công nghiệp Hòa Khánh"],
    ]);
    expect(organizations("Đoàn thăm Công ty TNHH May mặc Hòa Phát Lương Sơn.")).toEqual([["ORG", "Công ty TNHH May mặc Hòa Phát Lương Sơn", "Công ty Trách nhiệm hữu hạn May mặc Hòa Phát Lương Sơn"]]);
  });

  it("names no organisation with a member head and an unnamed company (`Công đoàn Công ty đang …`)", () => {
    expect(organizations("Công đoàn Công ty đang phối hợp chăm lo cho công nhân.")).toEqual([]);
  });
});
