/** DATE mentions (ANNOTATION.md): spans start at the date word, values are ISO 8601, a missing year comes from the published date. */
import { describe, expect, it } from "vitest";
import { extractText, found, mentionText } from "./support/extract.ts";

const dates = (text: string, published: string | null = "2024-07-15") => found(text, ["DATE"], published);

describe("dates", () => {
  it.each([
    ["Ngày 18/7/1977, hai nước ký hiệp ước.", "Ngày 18/7/1977", "1977-07-18"],
    ["ký kết vào tháng 5/2015 tại Viêng Chăn", "tháng 5/2015", "2015-05"],
    ["hợp tác từ năm 2009 đến nay", "năm 2009", "2009"],
    ["Chương trình hợp tác giai đoạn 2019 - 2024 đạt kết quả tốt", "giai đoạn 2019 - 2024", "2019/2024"],
    ["diễn ra sáng 11.11.2025 tại Hà Nội", "11.11.2025", "2025-11-11"],
    ["ngày 5 tháng 7 năm 2024 là ngày khai mạc", "ngày 5 tháng 7 năm 2024", "2024-07-05"],
    ["Kỷ niệm 135 năm ngày sinh (19/5/1890 - 19/5/2025) của Bác", "19/5/1890 - 19/5/2025", "1890-05-19/2025-05-19"],
    ["Hội nghị diễn ra ngày 26 - 27/6/2024 tại Huế", "ngày 26 - 27/6/2024", "2024-06-26/2024-06-27"],
    ["từ năm 2020 đến năm 2022, bị cáo chiếm đoạt", "năm 2020 đến năm 2022", "2020/2022"],
    ["Kỷ niệm 48 năm Ngày ký Hiệp ước (18-7-1977 - 18-7-2025), hai bên", "18-7-1977 - 18-7-2025", "1977-07-18/2025-07-18"],
    ["từ 11.11.2025 - 13.11.2025 tại Huế", "11.11.2025 - 13.11.2025", "2025-11-11/2025-11-13"],
    ["Đại hội Công đoàn Việt Nam, nhiệm kỳ 2023 - 2028, đề ra", "2023 - 2028", "2023/2028"],
    ["học bổng năm học 2025 - 2026 cho sinh viên", "2025 - 2026", "2025/2026"],
    ["Cuộc thi diễn ra 18/7/1977 - 18-7-2025 rất sôi nổi", "18/7/1977 - 18-7-2025", "1977-07-18/2025-07-18"],
  ])("%s", (text, span, value) => {
    expect(dates(text)).toEqual([["DATE", span, value]]);
  });

  it("takes a missing year from the published date, and says so in the value's provenance", () => {
    const text = "Từ ngày 22/7 đến 27/7, đoàn công tác sang thăm.";
    expect(dates(text, "2022")).toEqual([["DATE", "ngày 22/7 đến 27/7", "2022-07-22/2022-07-27"]]);
    const [mention] = extractText(text, "2022").filter((candidate) => candidate.type === "DATE");
    expect(mention.value.prov.rule).toBe("normalize.date/year-from-published");
    expect(mention.rule).toBe("extract.date/day-range");
  });

  it("reads a day in brackets after a relative word, and a month without a year", () => {
    expect(dates("Hội nghị diễn ra hôm nay (19/5).", "2022-05-19")).toEqual([["DATE", "19/5", "2022-05-19"]]);
    expect(dates("chị mất việc từ tháng 4.", "2024-06-01")).toEqual([["DATE", "tháng 4", "2024-04"]]);
  });

  it("gives no value it cannot know: no year anywhere, or a day that does not exist", () => {
    expect(dates("Ngày 22/7, đoàn đến thăm.", null)).toEqual([]);
    expect(dates("ngày 31/2/2024 không có trong lịch")).toEqual([]);
  });

  it("leaves out durations, ages, scores, fractions and plate numbers", () => {
    const text = "Chặng đường 60 năm, ông 45 tuổi, thắng 3-2, chiếm 2/3 số phiếu, xe biển 36B-123.45 và lần thứ 27.";
    expect(dates(text)).toEqual([]);
  });

  it("reads no term of years in a word that holds a term word (`Từ khóa 2024 - 2025`)", () => {
    expect(dates("Từ khóa 2024 - 2025 là gì không quan trọng.")).toEqual([]);
  });

  it("keeps one mention per date when rules overlap (the longest)", () => {
    const mentions = extractText("ngày 30/6/2024 và năm 2023", "2024-07-01").filter((mention) => mention.type === "DATE");
    expect(mentions.map((mention) => mentionText("ngày 30/6/2024 và năm 2023", mention))).toEqual(["ngày 30/6/2024", "năm 2023"]);
  });
});

describe("dates of other news sites", () => {
  it("reads a dotted day and month only after `ngày`", () => {
    expect(dates("Ngày 9.10, LĐLĐ tỉnh Sơn La tiếp đoàn.", "2024-10-10")).toEqual([["DATE", "Ngày 9.10", "2024-10-09"]]);
    expect(dates("Tăng trưởng đạt 9.10 điểm.", "2024-10-10")).toEqual([]);
  });

  it("reads a day and month written with a dash after `ngày` or a time of day, which stays outside the span", () => {
    expect(dates("Sáng 15-10, tại Hà Nội, Trường khai giảng lớp học.", "2024-10-16")).toEqual([["DATE", "15-10", "2024-10-15"]]);
    expect(dates("đoàn về nước chiều 5-9 và trở lại ngày 6-9.", "2024-09-07")).toEqual([
      ["DATE", "5-9", "2024-09-05"],
      ["DATE", "ngày 6-9", "2024-09-06"],
    ]);
    expect(dates("mỗi đoàn có 5-9 người, thời gian 3-5 năm, tỷ số 2-1.", "2024-09-07")).toEqual([]);
    expect(dates("Buổi sáng 7-9h có mưa, chiều 3-4 giờ tập trung.", "2024-09-07")).toEqual([]);
    expect(dates("Ngày 5-6/9/2024, hai bên hội đàm.", "2024-09-07")).toEqual([["DATE", "Ngày 5-6/9/2024", "2024-09-05/2024-09-06"]]);
  });

  it("reads two consecutive days joined by `và` as one interval, and no other pair", () => {
    expect(dates("Trong 2 ngày 13 và 14/11, đoàn làm việc tại Thanh Hóa.", "2024-11-15")).toEqual([["DATE", "ngày 13 và 14/11", "2024-11-13/2024-11-14"]]);
    expect(dates("Các ngày 5 và 20/11 có mưa.", "2024-11-15")).toEqual([["DATE", "20/11", "2024-11-20"]]);
    expect(dates("Trong hai ngày 11 và 12-3, đoàn làm việc.", "2025-03-13")).toEqual([["DATE", "ngày 11 và 12-3", "2025-03-11/2025-03-12"]]);
    expect(dates("Có 11 và 12-3 người.", "2025-03-13")).toEqual([]);
    expect(dates("Từ ngày 12 đến 15-6, đoàn làm việc.", "2024-06-16")).toEqual([["DATE", "ngày 12 đến 15-6", "2024-06-12/2024-06-15"]]);
    expect(dates("Lớp học diễn ra ngày 3 - 14.6 tại Quy Nhơn.", "2024-06-16")).toEqual([["DATE", "ngày 3 - 14.6", "2024-06-03/2024-06-14"]]);
  });

  it("reads a dotted day and month after a time of day (`Chiều 14.6`)", () => {
    expect(dates("Chiều 14.6, tại TP Quy Nhơn, lớp học bế giảng.", "2024-06-15")).toEqual([["DATE", "14.6", "2024-06-14"]]);
    expect(dates("Tăng trưởng đạt 14.6 điểm.", "2024-06-15")).toEqual([]);
    expect(dates("Lượng mưa đo được chiều 12.5 mm, nhiệt độ đêm 9.5 độ C.", "2024-06-15")).toEqual([]);
  });

  it("reads the years of a school year after `từ` and of a numbered term in brackets, not of a keyword line", () => {
    expect(dates("Chương trình triển khai từ năm học 2019 - 2020. Đại hội khóa VI (2025 - 2030) dự kiến tổ chức.")).toEqual([
      ["DATE", "2019 - 2020", "2019/2020"],
      ["DATE", "2025 - 2030", "2025/2030"],
    ]);
    expect(dates("Từ khóa 2024 - 2025")).toEqual([]);
  });
});
