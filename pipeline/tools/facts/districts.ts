/**
 * Districts and district-level towns of Hà Nội and Thành phố Hồ Chí Minh, the
 * two cities most named in the news, as they stood before the 2025 reform
 * (numbered districts such as `Quận 1` left out); written for this project
 * from public facts (CC0). Read by build-lexicons.ts into
 * pipeline/rules/gazetteer/cities.yaml.
 */

export interface DistrictFact {
  readonly name: string;
  readonly country: "VN";
  /** Pre-2025 province. */
  readonly province: string;
  readonly names?: readonly string[];
}

const HA_NOI = ["Ba Đình", "Hoàn Kiếm", "Tây Hồ", "Long Biên", "Cầu Giấy", "Đống Đa", "Hai Bà Trưng", "Hoàng Mai", "Thanh Xuân", "Nam Từ Liêm", "Bắc Từ Liêm", "Hà Đông", "Sơn Tây", "Ba Vì", "Chương Mỹ", "Đan Phượng", "Đông Anh", "Gia Lâm", "Hoài Đức", "Mê Linh", "Mỹ Đức", "Phú Xuyên", "Phúc Thọ", "Quốc Oai", "Sóc Sơn", "Thạch Thất", "Thanh Oai", "Thanh Trì", "Thường Tín", "Ứng Hòa"];

const HO_CHI_MINH = ["Bình Tân", "Bình Thạnh", "Gò Vấp", "Phú Nhuận", "Tân Bình", "Tân Phú", "Bình Chánh", "Cần Giờ", "Củ Chi", "Hóc Môn", "Nhà Bè"];

export const DISTRICT_FACTS: readonly DistrictFact[] = [
  ...HA_NOI.map((name) => ({ name, country: "VN" as const, province: "Hà Nội" })),
  ...HO_CHI_MINH.map((name) => ({ name, country: "VN" as const, province: "Thành phố Hồ Chí Minh" })),
];
