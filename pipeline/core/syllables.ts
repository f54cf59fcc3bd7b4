/** Vietnamese syllables, as the shape of a word: names and foreign words are told apart by it. */

/** Onset, one to three vowels, final; of a word without tone or vowel marks, lower case. */
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?$/;

/** Letters only, without tone or vowel marks, lower case: `Đức` → `duc`. */
function bare(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** Whether a word (or a part between hyphens) is a Vietnamese syllable: `Khăm`, `Xẻng`; not `Trade`, `Union`. */
export function isVietnameseSyllable(word: string): boolean {
  return VIETNAMESE_SYLLABLE.test(bare(word));
}
