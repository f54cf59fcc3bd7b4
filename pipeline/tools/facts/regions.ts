/**
 * Regions, seas, island groups and landmarks as Vietnamese news writes them;
 * written for this project from public facts (CC0). Read by build-lexicons.ts,
 * which writes pipeline/rules/gazetteer/regions.yaml.
 */

export interface RegionFact {
  readonly name: string;
  /** ISO 3166-1 code of the country the place lies in; absent for places across borders. */
  readonly country?: string;
  readonly names?: readonly string[];
}

export const REGION_FACTS: readonly RegionFact[] = [
  // Vietnam
  { name: "miền Bắc", country: "VN" },
  { name: "miền Trung", country: "VN" },
  { name: "miền Nam", country: "VN" },
  { name: "Bắc Bộ", country: "VN" },
  { name: "Trung Bộ", country: "VN" },
  { name: "Nam Bộ", country: "VN" },
  { name: "Bắc Trung Bộ", country: "VN" },
  { name: "Nam Trung Bộ", country: "VN" },
  { name: "Duyên hải Nam Trung Bộ", country: "VN" },
  { name: "Đông Nam Bộ", country: "VN" },
  { name: "Tây Nam Bộ", country: "VN" },
  { name: "Tây Bắc", country: "VN" },
  { name: "Đông Bắc", country: "VN" },
  { name: "Tây Nguyên", country: "VN" },
  { name: "Đồng bằng sông Cửu Long", country: "VN", names: ["ĐBSCL", "Đồng bằng Sông Cửu Long"] },
  { name: "Đồng bằng sông Hồng", country: "VN" },
  { name: "Hoàng Sa", country: "VN", names: ["quần đảo Hoàng Sa"] },
  { name: "Trường Sa", country: "VN", names: ["quần đảo Trường Sa"] },
  { name: "Côn Đảo", country: "VN" },
  { name: "Vịnh Bắc Bộ", country: "VN" },
  { name: "Vịnh Hạ Long", country: "VN" },
  { name: "Hồ Gươm", country: "VN", names: ["Hồ Hoàn Kiếm"] },
  { name: "Hồ Tây", country: "VN" },
  { name: "Mỹ Đình", country: "VN" },
  { name: "Nội Bài", country: "VN" },
  { name: "Tân Sơn Nhất", country: "VN" },
  { name: "Văn Miếu - Quốc Tử Giám", country: "VN", names: ["Văn Miếu"] },
  { name: "Lăng Chủ tịch Hồ Chí Minh", country: "VN" },
  { name: "Quảng trường Ba Đình", country: "VN" },
  // Seas and oceans
  { name: "Biển Đông" },
  { name: "Thái Bình Dương" },
  { name: "Đại Tây Dương" },
  { name: "Ấn Độ Dương" },
  { name: "Bắc Băng Dương" },
  { name: "Địa Trung Hải" },
  { name: "Biển Đỏ" },
  { name: "Biển Đen" },
  { name: "Biển Baltic" },
  { name: "Vùng Vịnh" },
  { name: "Eo biển Đài Loan" },
  { name: "Bán đảo Triều Tiên", names: ["bán đảo Triều Tiên"] },
  { name: "Sông Mê Kông", names: ["sông Mê Kông", "Mê Kông", "Mekong"] },
  // World regions
  { name: "châu Á" },
  { name: "châu Âu" },
  { name: "châu Phi" },
  { name: "châu Mỹ" },
  { name: "châu Đại Dương" },
  { name: "Đông Nam Á" },
  { name: "Đông Á" },
  { name: "Nam Á" },
  { name: "Trung Á" },
  { name: "Tây Á" },
  { name: "Đông Bắc Á" },
  { name: "Trung Đông" },
  { name: "Bắc Phi" },
  { name: "Đông Âu" },
  { name: "Tây Âu" },
  { name: "Bắc Âu" },
  { name: "Nam Âu" },
  { name: "Bắc Mỹ" },
  { name: "Nam Mỹ" },
  { name: "Mỹ Latinh", names: ["Mỹ La-tinh"] },
  { name: "Bắc Cực" },
  { name: "Ấn Độ - Thái Bình Dương" },
  { name: "Dải Gaza", names: ["Gaza"] },
  { name: "Bờ Tây", names: ["Bờ Tây sông Jordan"] },
  { name: "Crimea", country: "UA", names: ["Crưm"] },
  // Landmarks that stand for a government
  { name: "Nhà Trắng", country: "US" },
  { name: "Điện Kremlin", country: "RU", names: ["Kremlin"] },
];
