/**
 * Normalisation of values and keys (ANNOTATION.md, "Tone marks"): NFC, and the
 * tone mark of an open `oa`/`oe`/`uy` syllable on the first vowel
 * (`hoà` → `hòa`, `Uỷ` → `Ủy`). Syllables with a final consonant (`hoạch`),
 * `qu`-syllables (`quý`) and `gi`-syllables keep their mark where it is.
 */

/** A syllable's onset that owns the following vowel: `qu` in `quý`, `gi` in `giỏa`. */
const OWNING_ONSET = /(?:q|gi)$/i;

function moveTone(head: string, first: string, second: string, tone: string): string {
  const isUy = /u/i.test(first);
  if (isUy && !/y/i.test(second)) return head + first + second + tone;
  if (OWNING_ONSET.test(head)) return head + first + second + tone;
  return head + first + tone + second;
}

/**
 * Move tone marks of open `oa`, `oe`, `uy` syllables to the first vowel.
 * Works on the NFD form so that every tone is one combining mark; length in
 * NFC code units is unchanged.
 */
export function normalizeToneMarks(text: string): string {
  if (!/[oOuU]/.test(text)) return text;
  const decomposed = text.normalize("NFD");
  const moved = decomposed.replace(
    /(\p{L}*?)([oOuU])([aAeEyY])([\u0300\u0301\u0309\u0303\u0323])(?![\p{L}\p{M}])/gu,
    (whole, head: string, first: string, second: string, tone: string, offset: number, all: string) => {
      const before = offset > 0 ? all[offset - 1] : "";
      if (before && /[\p{L}\p{M}]/u.test(before)) return whole;
      return moveTone(head, first, second, tone);
    },
  );
  return moved.normalize("NFC");
}

/** The form every value and key uses: NFC, first-vowel tone placement, single spaces. */
export function normalizeValue(text: string): string {
  return normalizeToneMarks(text.normalize("NFC")).replace(/[\s\u00A0]+/gu, " ").trim();
}

/** Case-folded key for matching and entity identity. */
export function normalizeKey(text: string): string {
  return normalizeValue(text).toLowerCase();
}

/** `NGÔ ANH` → `Ngô Anh`. */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s\-(])(\p{L})/gu, (_whole, lead: string, letter: string) => lead + letter.toUpperCase());
}
