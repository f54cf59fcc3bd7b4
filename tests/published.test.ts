/** The year of a page with no date stamp, inferred from its text (pipeline/stages/metadata/published.ts). */
import { describe, expect, it } from "vitest";
import { inferPublished } from "../pipeline/stages/metadata/published.ts";
import { loadResources } from "../pipeline/resources.ts";
import { bodyDocument } from "./support/extract.ts";

const rules = loadResources().cleaning;
const published = (text: string) => inferPublished(bodyDocument(text), rules)?.value ?? null;

describe("published, inferred", () => {
  it("takes the year of a day written with it, over years alone", () => {
    expect(published("Sáng nay (5/9), đoàn đến thăm.\nNhân dịp 62 năm quan hệ (5/9/1962 - 5/9/2024), năm 2025 còn nhiều việc.")).toBe("2024-09-05");
  });

  it("does not take the far end of a range or a plan for the year of writing", () => {
    expect(published("Ngày 12/3, hội nghị bàn kế hoạch giai đoạn 2021 đến 2030.")).toBe("2021");
    expect(published("Ngày 12/3, hai bên ký biên bản giai đoạn 2024 - 2029.")).toBe("2024");
    expect(published("Ngày 12/3, hai bên họp; năm 2025, LĐLĐ thành phố Hà Nội sẽ hỗ trợ. Năm 2024 đạt kết quả tốt.")).toBe("2024");
    expect(published("Ngày 25/11, hội nghị tổng kết hợp tác giai đoạn 2020 - 2024.")).toBe("2024");
  });

  it("reads the headline's and the lead's years before the body's", () => {
    const doc = bodyDocument("Hai tỉnh ký kế hoạch giai đoạn 2025 - 2027\nNgày 12/3, hai bên ký kế hoạch.\nBiên bản ký năm 2019 đã hết hạn.");
    const [headline, ...rest] = doc.lines;
    const titled = { ...doc, lines: [{ ...headline, role: { ...headline.role, value: "title" as const } }, ...rest] };
    expect(inferPublished(titled, rules)?.value).toBe("2025");
    expect(published("Hai tỉnh ký kế hoạch giai đoạn 2025 - 2027\nNgày 12/3, hai bên ký kế hoạch.\nBiên bản ký năm 2019 đã hết hạn.")).toBe("2019");
  });

  it("keeps a year followed by `sẽ` far into its clause", () => {
    expect(published("Ngày 5/9, năm 2024, tỉnh đạt nhiều kết quả và sẽ tiếp tục phát huy. So với năm 2023, tăng.")).toBe("2024");
  });

  it("gives no year when no day in the text needs one (`2/3 số hộ`, `24/7` are no days)", () => {
    expect(published("Khoảng 2/3 số hộ dân đã có nhà từ năm 2019.")).toBeNull();
    expect(published("Dịch vụ hoạt động 24/7 từ năm 2018.")).toBeNull();
  });

  it("reads its words from cleaning.yaml's `published`: without the review words, a reviewed period gives its start", () => {
    const text = "Ngày 25/11, hội nghị tổng kết hợp tác giai đoạn 2020 - 2024.";
    expect(published(text)).toBe("2024");
    const withoutReview = { ...rules, published: { ...rules.published, review_words: [] } };
    expect(inferPublished(bodyDocument(text), withoutReview)?.value).toBe("2020");
    const planned = "Ngày 5/9, hai bên họp. Năm 2026, hai tỉnh dự kiến ký kế hoạch. Năm 2024 đạt kết quả tốt.";
    expect(published(planned)).toBe("2026");
    const withPlanWord = { ...rules, published: { ...rules.published, plan_words: ["sẽ", "dự kiến"] } };
    expect(inferPublished(bodyDocument(planned), withPlanWord)?.value).toBe("2024");
  });
});
