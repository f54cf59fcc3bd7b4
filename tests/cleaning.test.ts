/**
 * Cleaning on pages of the genre that are not seeds: every fixture in
 * tests/fixtures/cleaning/ is a page (`<case>.txt`) with its expected line
 * roles and metadata in the gold format (`<case>.json`, no entities). Then
 * the markers the rules are built from, one case each.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseGold, type GoldArticle } from "../pipeline/eval/gold.ts";
import { loadResources } from "../pipeline/resources.ts";
import { clean } from "../pipeline/stages/clean.ts";
import { Markers } from "../pipeline/stages/clean/markers.ts";
import { ingestFile } from "../pipeline/stages/ingest.ts";
import { readMetadata } from "../pipeline/stages/metadata.ts";
import type { Cleaned, Metadata } from "../pipeline/core/document.ts";
import { buildTextView } from "../pipeline/core/textview.ts";
import { REPO } from "./support/build.ts";

const FIXTURES = join(REPO, "tests", "fixtures", "cleaning");
const resources = loadResources();
const markers = Markers.for(resources.cleaning);

interface Case {
  readonly gold: GoldArticle;
  readonly cleaned: Cleaned;
  readonly metadata: Metadata;
}

async function runCase(name: string): Promise<Case> {
  const item = await ingestFile({ absolute: join(FIXTURES, `${name}.txt`), path: `cleaning/${name}.txt` }, new Map());
  const article = item.article!;
  const gold = parseGold(name, JSON.parse(await readFile(join(FIXTURES, `${name}.json`), "utf8")), article.text);
  const cleaned = clean(article, resources.cleaning);
  return { gold, cleaned, metadata: readMetadata(cleaned, resources.cleaning) };
}

const names = (await readdir(FIXTURES)).filter((file) => file.endsWith(".txt")).map((file) => file.slice(0, -4)).sort();
const cases = new Map<string, Case>();

beforeAll(async () => {
  for (const name of names) cases.set(name, await runCase(name));
});

describe.each(names.map((name) => [name] as const))("page %s", (name) => {
  it("gives every line its expected role", () => {
    const { gold, cleaned } = cases.get(name)!;
    const predicted = Object.fromEntries(cleaned.lines.map((line) => [line.number, line.role.value]));
    expect(predicted).toEqual(Object.fromEntries(gold.lines));
  });

  it("reads title, section, date and authors", () => {
    const { gold, metadata } = cases.get(name)!;
    expect({
      title: metadata.title?.value ?? null,
      category: metadata.category?.value ?? null,
      published: metadata.published?.value ?? null,
      authors: metadata.authors.map((author) => author.value),
    }).toEqual({ title: gold.title, category: gold.category, published: gold.published, authors: gold.authors });
  });
});

describe("provenance of the metadata", () => {
  const rule = (name: string, field: "published" | "title" | "outlet") => cases.get(name)!.metadata[field]?.prov.rule;

  it("names where the date came from, and says when it was inferred", () => {
    expect(rule("breadcrumb", "published")).toBe("metadata/date-line");
    expect(rule("no-trailing", "published")).toBe("metadata/header-stamp");
    expect(rule("trailing-bai-viet-lien-quan", "published")).toBe("derive.published/today-with-latest-year");
    expect(rule("published-range-end", "published")).toBe("derive.published/today-with-latest-year");
    expect(rule("published-lead-year", "published")).toBe("derive.published/lead-year");
    expect(rule("byline-nhom-pv", "published")).toBe("derive.published/latest-year");
  });

  it("splits a packed header at a lead opener or at the title repeated below", () => {
    expect(rule("no-trailing", "title")).toBe("metadata/header-title-before-lead-opener");
    expect(rule("packed-header-repeated-title", "title")).toBe("metadata/header-title-repeated");
  });

  it("reads the outlet from the dateline tag", () => {
    expect(cases.get("trailing-bai-viet-lien-quan")!.metadata.outlet?.value).toBe("Lao Động Thủ Đô");
    expect(rule("trailing-bai-viet-lien-quan", "outlet")).toBe("normalize.outlet/dateline-tag");
    expect(cases.get("captions")!.metadata.outlet).toBeNull();
  });

  it("keeps raw offsets through CRLF line ends", () => {
    const { cleaned } = cases.get("crlf")!;
    expect(cleaned.raw).toContain("\r\n");
    for (const line of cleaned.lines) expect([...cleaned.raw].slice(line.role.prov.span!.start, line.role.prov.span!.end).join("")).toBe(line.text);
  });

  it("reads photo credits from captions, not as authors", () => {
    expect(cases.get("trailing-doc-them")!.metadata.photoCredits.map((credit) => credit.value)).toEqual(["Minh Hà"]);
    expect(cases.get("captions")!.metadata.photoCredits.map((credit) => credit.value)).toEqual(["TL"]);
  });
});

describe("markers", () => {
  it.each(["Tin liên quan", "TIN LIÊN QUAN", "Bài viết liên quan:", "Đọc thêm", "Tin cùng chuyên mục", "Tin khác", "Có thể bạn quan tâm", "Xem thêm", "— Tin mới nhất —"])(
    "%s is a trailing-section heading",
    (text) => expect(markers.isTrailingHeading(text)).toBe(true),
  );

  it.each(["Đọc thêm tài liệu hướng dẫn tại trụ sở.", "Tin liên quan đến vụ việc đã được xác minh.", "Xem thêm: Trao 10 Mái ấm Công đoàn"])("%s is not a heading", (text) =>
    expect(markers.isTrailingHeading(text)).toBe(false),
  );

  it("tells an inline link to another article", () => {
    expect(markers.isInlineRelated("Xem thêm: Trao 10 Mái ấm Công đoàn cho đoàn viên")).toBe(true);
    expect(markers.isInlineRelated(">> Công đoàn Nghệ An trao học bổng")).toBe(true);
    expect(markers.isInlineRelated("» Quảng Nam: Trao 50 Mái ấm Công đoàn cho đoàn viên")).toBe(true);
    expect(markers.isInlineRelated("Xem thêm")).toBe(false);
  });

  it.each([
    ["Thứ Hai, 22/07/2024 10:30 (GMT+7)", "2024-07-22"],
    ["Chủ nhật, 5/1/2025 - 08:15", "2025-01-05"],
    ["Cập nhật: 08:00, 29/07/2024", "2024-07-29"],
    ["Ngày đăng: 03.11.2023", "2023-11-03"],
    ["29/07/2024 15:30", "2024-07-29"],
    ["2024-07-29 15:30", "2024-07-29"],
    ["Cập nhật: 18/10/2024 | 16:42    Lượt xem: 1.204", "2024-10-18"],
  ])("reads the date line %s", (text, date) => {
    const parts = markers.dateLine(text);
    expect(parts && `${parts.year}-${parts.month}-${parts.day}`).toBe(date);
  });

  it.each(["Ngày 22/7/2024, đoàn công tác đến thăm.", "Hội nghị ngày 29/07/2024 tại Hà Nội", "31/13/2024"])("%s is not a date line", (text) => expect(markers.dateLine(text)).toBeNull());

  it.each([
    ["Toàn cảnh buổi gặp mặt. Ảnh: NGÔ ANH", "NGÔ ANH"],
    ["Các học viên tại lễ khai giảng (Ảnh: Minh Hà)", "Minh Hà"],
    ["Quang cảnh lớp học. Ảnh: TL", "TL"],
    ["Ảnh: Diệp Thanh", "Diệp Thanh"],
    ["Hai bên ký biên bản ghi nhớ hợp tác. Ảnh: M.H", "M.H"],
    ["Đoàn thăm công nhân Lào tại Khu chế xuất Linh Trung 1 - Ảnh: LĐLĐ TP.HCM", "LĐLĐ TP.HCM"],
    ["Công nhân tại nhà máy. (Ảnh minh họa)", null],
    ["Ảnh minh hoạ", null],
  ])("reads the caption credit of %s", (raw, credit) => {
    const text = buildTextView(raw).text;
    const found = markers.captionCredit(text);
    expect(found).not.toBeNull();
    expect(found!.credit ? text.slice(found!.credit.from, found!.credit.to) : null).toBe(credit);
  });

  it.each(["Các đại biểu cùng chụp ảnh.", "Hai bên trao đổi hình ảnh, tư liệu về phong trào."])("%s has no caption credit", (text) => expect(markers.captionCredit(text)).toBeNull());

  it.each([
    ["Tác giả: NGÔ ANH", "label", ["NGÔ ANH"]],
    ["Bài và ảnh: Minh Anh", "label", ["Minh Anh"]],
    ["NGÔ ANH", "name", ["NGÔ ANH"]],
    ["Thanh Hà - Minh Anh", "name", ["Thanh Hà", "Minh Anh"]],
    ["Minh Anh (tổng hợp)", "name", ["Minh Anh"]],
    ["Hồ Nhung/VOV-Miền Trung", "name", ["Hồ Nhung"]],
    ["Ngọc Khuê (TTXVN/Vietnam+)", "name", ["Ngọc Khuê"]],
    ["Hồ Thu Hà - Đức Minh/VTV8", "name", ["Hồ Thu Hà", "Đức Minh"]],
    ["Tác giả bài viết: Phạm Thị Hồng Vân", "label", ["Phạm Thị Hồng Vân"]],
    ["Nguồn tin: Ban Tuyên giáo - Nữ công LĐLĐ tỉnh", "source", []],
    ["Nguồn tin: Báo Nghệ An", "source", ["Báo Nghệ An"]],
    ["Văn Hùng - Ban Tuyên giáo", "name", ["Văn Hùng"]],
    ["Trường Sơn", "name", ["Trường Sơn"]],
    ["PV", "collective", ["PV"]],
    ["Nhóm PV", "collective", ["Nhóm PV"]],
    ["Theo TTXVN", "source", ["TTXVN"]],
    ["Theo Báo Nhân Dân", "source", ["Báo Nhân Dân"]],
  ])("reads the byline %s", (text, kind, names) => {
    const byline = markers.byline(text);
    expect(byline?.kind).toBe(kind);
    expect(byline!.names.map((name) => text.slice(name.from, name.to))).toEqual(names);
  });

  it.each([
    "Theo đó, Kế hoạch được xây dựng khá chi tiết.",
    "Theo Quyết định số 15",
    "Hoạt động Công đoàn",
    "Tin liên quan",
    "Chăm lo thiết thực cho người lao động",
    "Trade Union University",
    "TRƯỜNG ĐẠI HỌC CÔNG ĐOÀN",
    "Ông Trần Văn Lợi (giữa)",
    "Trần Văn Lợi (giữa)",
    "Lê Văn 2",
  ])(
    "%s is not a byline",
    (text) => expect(markers.byline(text)).toBeNull(),
  );

  it("tells furniture from headlines that start like it", () => {
    for (const furniture of [
      "Theo dõi VietnamPlus trên Google News",
      "Cỡ chữ A- A A+",
      "In bài viết | Gửi email | Cỡ chữ: A+ A-",
      "Đang truy cập: 37",
      "Tin tức  Tuyển sinh  Chân dung  Du học  Thảo luận  Học tiếng Anh",
      "Nghe đọc bài",
      "A-   A+   In bài",
      "Tặng sao   Lưu   Chia sẻ   Bình luận",
      "English | 中文 | Tìm kiếm | Đăng nhập",
      "Tòa soạn: 15 Hàn Thuyên, phường Hai Bà Trưng, Hà Nội",
      "Xếp hạng: 5 - 2 phiếu bầu",
      "Thiết kế bởi VINADES.,JSC",
      "Nghe bài viết   |   Theo dõi PLO trên Google News",
      "Theo dõi Kinh tế & Đô thị trên Google News",
      "Cỡ chữ: A- A A+   |   In trang   |   Gửi bạn bè",
      "Họ tên   Email   Gửi bình luận",
      "Hiện chưa có bình luận nào, hãy là người đầu tiên bình luận",
      "Chính trị - Kinh tế - Xã hội - Văn hóa - Thể thao - Quốc tế - Pháp luật - Nông thôn mới - Đất và người xứ Quảng",
    ]) expect(markers.isNav(furniture), furniture).toBe(true);
    expect(markers.isOutletName("Thanh Niên")).toBe(true);
    expect(markers.isOutletName("Thanh niên - lực lượng xung kích")).toBe(false);
    for (const headline of ["Theo dõi hoạt động Công đoàn trên Zalo", "Chia sẻ: Những tấm lòng vàng với công nhân Lào", "Tiếng Việt"]) expect(markers.isNav(headline), headline).toBe(false);
    expect(markers.isSiteName("Báo Quân đội Nhân dân")).toBe(true);
    expect(markers.isSiteName("BÁO KINH TẾ & ĐÔ THỊ - Cơ quan ngôn luận của UBND thành phố Hà Nội")).toBe(true);
    expect(markers.isSiteName("BÁO PHÁP LUẬT TP. HỒ CHÍ MINH")).toBe(true);
    expect(markers.isSiteName("Báo Quân đội nhân dân - Cơ quan của Quân ủy Trung ương và Bộ Quốc phòng")).toBe(true);
    for (const headline of ["Người lao động - trung tâm của mọi chính sách công đoàn", "Cơ quan thuộc Ủy ban nhân dân tỉnh được giao chủ trì thực hiện"]) expect(markers.isSiteName(headline), headline).toBe(false);
  });

  it("tells a breadcrumb from a headline", () => {
    expect(markers.breadcrumb("Trang chủ > Công đoàn > Đối ngoại Công đoàn")).toHaveLength(3);
    expect(markers.breadcrumb("Trang chủ » Xã hội")).toHaveLength(2);
    expect(markers.breadcrumb("Bạn đang ở: Trang chủ → Tin tức → Đối ngoại công đoàn")).toHaveLength(3);
    expect(markers.breadcrumb("Công đoàn / Xã hội")).toHaveLength(2);
    expect(markers.breadcrumb("Hỗ trợ 50/100 hộ dân vùng lũ / tái định cư")).toBeNull();
  });

  it("tells a paragraph from a headline by its end", () => {
    expect(markers.isSentenceLike("Hai bên ký kết biên bản hợp tác.")).toBe(true);
    expect(markers.isSentenceLike("Vì sao công nhân bỏ việc?")).toBe(true);
    expect(markers.isSentenceLike("Ông nói: “Chúng tôi sẽ tiếp tục hợp tác”")).toBe(true);
    expect(markers.isSentenceLike("Hơn 2 triệu đoàn viên cùng chung mâm “cơm Công đoàn”")).toBe(false);
    expect(markers.isSentenceLike("Công đoàn 2 tỉnh Quảng Bình - Khăm Muộn (Lào) ký kết biên bản hợp tác")).toBe(false);
  });

  it("sees a headline written twice on one line", () => {
    expect(markers.isDoubledHeadline("Bắt hai đối tượng bán mật gấu giả Bắt hai đối tượng bán mật gấu giả")).toBe(true);
    expect(markers.isDoubledHeadline("Hai bên cùng trao đổi kinh nghiệm hai bên cùng trao đổi")).toBe(false);
  });
});

describe("markers of other site layouts", () => {
  it.each(["Thời sự Chính trị Kinh tế Xã hội Pháp luật Thế giới", "Thích 0 Chia sẻ", "In bài viết | Gửi email", "Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hóa | Quốc phòng - An ninh", "#Công đoàn Nghệ An", "Tag:", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thư viện ảnh | Hỏi đáp pháp luật | Liên hệ", "Trang chủ | Thời sự | Xây dựng Đảng | Chính trị | Kinh tế | Xã hội | Quốc tế | Địa phương"])(
    "%s is navigation",
    (text) => expect(markers.isNav(text)).toBe(true),
  );

  it.each(["Kinh tế Xã hội", "Công đoàn Việt Nam trao quà Tết", "Chia sẻ kinh nghiệm phát triển đoàn viên", "Hà Nội | Huế | Đà Nẵng | TP.HCM đều mưa lớn trong ngày hôm qua.", "STT | Họ và tên | Chức vụ | Đơn vị | Số phiếu", "1 | Nguyễn Văn An | Chủ tịch | LĐLĐ tỉnh | 125 phiếu", "Hỏi đáp"])("%s is not navigation", (text) =>
    expect(markers.isNav(text)).toBe(false),
  );

  it("tells a site menu from a breadcrumb", () => {
    expect(markers.breadcrumb("Trang chủ » Tin tức - Sự kiện » Hoạt động đối ngoại")).toHaveLength(3);
    expect(markers.breadcrumb("Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hóa | Đối ngoại")).toBeNull();
  });

  it.each(["Báo Nghệ An", "Báo Quảng Trị điện tử", "Báo Điện Biên Phủ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên", "NHÂN DÂN điện tử"])("%s is the site's name", (text) =>
    expect(markers.isSiteName(text)).toBe(true),
  );

  it.each(["Báo Lao Động trao 100 suất quà cho công nhân", "Bảo hiểm xã hội tỉnh Nghệ An", "Báo điện tử Chính phủ ra mắt giao diện mới"])("%s is not a site's name", (text) => expect(markers.isSiteName(text)).toBe(false));

  it.each([
    ["Cập nhật lúc: 18/06/2024 09:12", "2024-06-18"],
    ["Ngày đăng: 22/10/2025 | Lượt xem: 318", "2025-10-22"],
  ])("reads the date line %s", (text, date) => {
    const parts = markers.dateLine(text);
    expect(parts && `${parts.year}-${parts.month}-${parts.day}`).toBe(date);
  });

  it("reads a byline with its date after a separator", () => {
    const text = "Thành Chung • 06/09/2024 17:05";
    const dated = markers.datedLine(text);
    expect(dated && `${dated.date.year}-${dated.date.month}-${dated.date.day}`).toBe("2024-09-06");
    expect(markers.byline(text)!.names.map((name) => text.slice(name.from, name.to))).toEqual(["Thành Chung"]);
    expect(markers.datedLine("Hội nghị tổng kết - 06/09/2024 tại Hà Nội")).toBeNull();
  });

  it.each(["Bà Khăm Phăn (thứ ba từ trái sang) tặng hoa cảm ơn đoàn công tác", "Lãnh đạo hai tỉnh (bên phải) trao quà", "Toàn cảnh buổi làm việc", "Đoàn công tác LĐLĐ tỉnh Kon Tum chụp ảnh lưu niệm với lãnh đạo Liên hiệp Công đoàn tỉnh Attapeu"])("%s is a caption without credit", (text) =>
    expect(markers.hasCaptionCue(text)).toBe(true),
  );

  it("reads a known outlet's tag written without brackets", () => {
    expect(markers.bareOutletTag.exec("QTO - Từ ngày 14 - 16/1, đoàn công tác")?.groups?.tag).toBe("QTO");
    expect(markers.bareOutletTag.exec("Quảng Trị - Savannakhet hợp tác")).toBeNull();
  });
});

describe("more markers of other site layouts", () => {
  it("knows a site's name in capitals, a view counter, a player and a bracketed time zone", () => {
    expect(markers.isSiteName("BÁO KON TUM ĐIỆN TỬ")).toBe(true);
    expect(markers.isSiteName("LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH")).toBe(false);
    expect(markers.isNav("Lượt xem: 1.245")).toBe(true);
    expect(markers.isNav("Nghe bài viết")).toBe(true);
    expect(markers.isNav("Thông tin tòa soạn")).toBe(true);
    const parts = markers.dateLine("Thứ Tư, 22/05/2024, 10:15 [GMT+7]");
    expect(parts && `${parts.year}-${parts.month}-${parts.day}`).toBe("2024-05-22");
    expect(markers.breadcrumb("Hữu nghị  >  Việt - Lào")).toHaveLength(2);
    expect(markers.breadcrumb("Ngoại giao › Hoạt động của các Cơ quan đại diện")).toHaveLength(2);
    expect(markers.breadcrumb("Hà Nội > nơi hội tụ tinh hoa")).toBeNull();
    expect(markers.isSiteSlogan("Báo điện tử của Trung ương Hội Nông dân Việt Nam")).toBe(true);
    expect(markers.isSiteSlogan("Tạp chí điện tử của Liên hiệp các tổ chức hữu nghị Việt Nam")).toBe(true);
    expect(markers.isNav("Nguồn NLĐ: https://nld.com.vn/quang-ngai-tap-huan-196240605142011.htm")).toBe(true);
    expect(markers.isNav("Chia sẻ: Facebook | X | WhatsApp")).toBe(true);
    expect(markers.isNav("Zalo - Messenger - Telegram: ứng dụng nào an toàn")).toBe(false);
    expect(markers.isSiteName("Cổng thông tin điện tử Liên đoàn Lao động tỉnh Gia Lai")).toBe(true);
    for (const headline of ["Cổng thông tin điện tử Chính phủ ra mắt giao diện mới", "Cổng thông tin điện tử LĐLĐ tỉnh Bắc Giang chính thức vận hành"]) expect(markers.isSiteName(headline), headline).toBe(false);
    expect(markers.opensLikeBareCaption("Ông Lê Văn Hải, Chủ tịch LĐLĐ tỉnh Thanh Hóa trao biển tượng trưng")).toBe(true);
    for (const subheading of ["Lãnh đạo hai tỉnh thống nhất nhiều nội dung", "Bà Rịa - Vũng Tàu chia sẻ kinh nghiệm"]) expect(markers.opensLikeBareCaption(subheading), subheading).toBe(false);
    expect(markers.isLabelledStamp("Cập nhật: 11/04/2025 - 19:05")).toBe(true);
    expect(markers.isLabelledStamp("Thứ Bảy, 12/04/2025")).toBe(false);
    const posted = markers.dateLine("Đăng lúc: 14.6.2025 | Người đăng: Quản trị | Lượt xem: 197");
    expect(posted && `${posted.year}-${posted.month}-${posted.day}`).toBe("2025-06-14");
    expect(markers.breadcrumb("Hà Nội → Viêng Chăn: chuyến tàu hữu nghị")).toBeNull();
    expect(markers.breadcrumb("Hà Nội > Viêng Chăn: chuyến tàu hữu nghị")).toBeNull();
    expect(markers.opensLikeCaption("Các đại biểu chụp ảnh lưu niệm tại lễ khai giảng.")).toBe(true);
    expect(markers.opensLikeCaption("Vụ việc đang được cơ quan chức năng tiếp tục điều tra làm rõ.")).toBe(false);
    expect(markers.isHeaderLine("Người Lao Động · 05/06/2024 14:20")).toBe(true);
    expect(markers.byline("Người Lao Động · 05/06/2024 14:20")).toBeNull();
    const timeFirst = markers.dateLine("Cập nhật lúc: 16:05 Thứ Tư, 03/07/2024 [GMT+7]");
    expect(timeFirst && `${timeFirst.year}-${timeFirst.month}-${timeFirst.day}`).toBe("2024-07-03");
  });

  it("knows a bar of the site's services, with the site's name at most among them", () => {
    expect(markers.isNav("Tiền Phong Online   E-paper   Đăng nhập")).toBe(true);
    expect(markers.isNav("Đọc báo in   |   Đặt báo   |   Liên hệ quảng cáo   |   RSS")).toBe(true);
    expect(markers.isNav("Theo dõi Hànộimới trên   Google News")).toBe(true);
    expect(markers.isNav("Công đoàn Nghệ An hỗ trợ   Đăng nhập")).toBe(false);
    expect(markers.isNav("Tiền Phong   Nghệ An   Đăng nhập")).toBe(false);
  });

describe("a caption with no credit and no stop", () => {
  it("reads a line opening on the people in the photo as a caption, not a subheading", () => {
    const page = ["Tin tức", "Lớp tập huấn bế mạc tốt đẹp sau năm ngày học tập", "Chiều 13.6, tại thành phố Pleiku, Liên đoàn Lao động tỉnh Gia Lai tổ chức bế mạc lớp tập huấn.", "Trong năm ngày, các học viên được nghe giảng về công tác tổ chức, tuyên truyền và chăm lo cho đoàn viên.", "Các học viên Lào tham quan Nhà văn hóa công nhân KCN Trà Đa", "Dịp này, Liên đoàn Lao động tỉnh Gia Lai tặng mỗi học viên một phần quà và giấy chứng nhận."];
    const roles = clean({ source: { path: "x.txt" } as never, text: page.join("\n") }, resources.cleaning).lines.map((line) => line.role.value);
    expect(roles[4]).toBe("caption");
  });
});
});
