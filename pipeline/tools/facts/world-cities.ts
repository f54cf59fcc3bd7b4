/**
 * Capitals and large cities abroad as Vietnamese news writes them (the
 * transliteration where the press uses one, else the local or English name),
 * beyond those in build-lexicons.ts; written for this project from public
 * facts (CC0). Cities whose name alone mostly names a football club
 * (`Liverpool`, `Barcelona`) are left out. Read by build-lexicons.ts into
 * pipeline/rules/gazetteer/cities.yaml.
 */

export interface WorldCityFact {
  readonly name: string;
  /** ISO 3166-1 alpha-2 code of the country. */
  readonly country: string;
  readonly names?: readonly string[];
}

export const WORLD_CITY_FACTS: readonly WorldCityFact[] = [
  // Europe
  { name: "Manchester", country: "GB" },
  { name: "Li-xbon", country: "PT", names: ["Lisbon", "Lisboa"] },
  { name: "Munich", country: "DE", names: ["München"] },
  { name: "Frankfurt", country: "DE" },
  { name: "Hamburg", country: "DE" },
  { name: "Stockholm", country: "SE" },
  { name: "Oslo", country: "NO" },
  { name: "Cô-pen-ha-ghen", country: "DK", names: ["Copenhagen"] },
  { name: "Helsinki", country: "FI" },
  { name: "Dublin", country: "IE" },
  { name: "A-ten", country: "GR", names: ["Athens"] },
  { name: "Khác-cốp", country: "UA", names: ["Kharkiv", "Kharkov"] },
  { name: "Ô-đét-xa", country: "UA", names: ["Odessa", "Odesa"] },
  { name: "Tbilisi", country: "GE" },
  { name: "Baku", country: "AZ" },
  { name: "Yerevan", country: "AM" },
  // Middle East, Central and South Asia
  { name: "Doha", country: "QA" },
  { name: "Giê-ru-xa-lem", country: "IL", names: ["Jerusalem"] },
  { name: "Tel Aviv", country: "IL" },
  { name: "Beirut", country: "LB" },
  { name: "Đa-mát", country: "SY", names: ["Damascus"] },
  { name: "Baghdad", country: "IQ", names: ["Bát-đa"] },
  { name: "Kabul", country: "AF" },
  { name: "Islamabad", country: "PK" },
  { name: "Karachi", country: "PK" },
  { name: "Dhaka", country: "BD" },
  { name: "Kolkata", country: "IN" },
  { name: "Tashkent", country: "UZ" },
  { name: "Almaty", country: "KZ" },
  // East and South-East Asia
  { name: "Hiroshima", country: "JP" },
  { name: "Kyoto", country: "JP" },
  { name: "Incheon", country: "KR" },
  { name: "Phuket", country: "TH" },
  { name: "Pattaya", country: "TH" },
  // Americas, Africa
  { name: "Miami", country: "US" },
  { name: "Chicago", country: "US" },
  { name: "Houston", country: "US" },
  { name: "Las Vegas", country: "US" },
  { name: "Toronto", country: "CA" },
  { name: "Vancouver", country: "CA" },
  { name: "Rio de Janeiro", country: "BR" },
  { name: "São Paulo", country: "BR", names: ["Sao Paulo"] },
  { name: "Bogotá", country: "CO", names: ["Bogota"] },
  { name: "Caracas", country: "VE" },
  { name: "Lima", country: "PE" },
  { name: "Nairobi", country: "KE" },
];
