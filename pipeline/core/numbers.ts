/**
 * Vietnamese number formats (ANNOTATION.md): a dot groups thousands, a comma
 * is the decimal mark (`1.324` = 1324, `1,6` = 1.6); scale words multiply.
 */

export const SCALE_WORDS: Readonly<Record<string, number>> = {
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

/** `1.324` → 1324, `1,6` → 1.6, `148,7` → 148.7; null when it is not a number. */
export function parseVietnameseNumber(written: string): number | null {
  if (!/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$/.test(written)) return null;
  return Number(written.replace(/\./g, "").replace(",", "."));
}

/**
 * Exact integer of `number × scale` without floating-point drift
 * (`148,7 tỷ` → 148700000000), as a bigint-safe JS number when it fits.
 */
export function scaledInteger(written: string, scaleWord: string | null): number | null {
  if (parseVietnameseNumber(written) === null) return null;
  const scale = scaleWord ? SCALE_WORDS[scaleWord.toLowerCase()] : 1;
  if (scale === undefined) return null;
  const [integerPart, fractionPart = ""] = written.replace(/\./g, "").split(",");
  const scaleDigits = Math.round(Math.log10(scale));
  if (fractionPart.length > scaleDigits) return Math.round(Number(`${integerPart}.${fractionPart}`) * scale);
  const digits = integerPart + fractionPart.padEnd(scaleDigits, "0");
  const value = Number(BigInt(digits));
  return Number.isSafeInteger(value) ? value : null;
}
