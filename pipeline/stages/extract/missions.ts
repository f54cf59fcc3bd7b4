/**
 * A mission named in short (`Đại sứ quán Lào`, `Đại sứ quán Lào tại Việt
 * Nam`) is the one the article names in full with its seat (`Đại sứ quán
 * CHDCND Lào tại Việt Nam`): the same head, a country that ends with the
 * short one's, the same seat if the short one names one. When the article
 * names one such mission only, the short form takes its value and entity.
 */
import type { LinkedCandidate } from "./coreference.ts";
import type { Lexicon } from "./lexicon.ts";

interface MissionName {
  readonly head: string;
  /** The words between the head and the seat word, or all after the head when no seat is named. */
  readonly country: string;
  /** The words after the seat word, or null. */
  readonly seat: string | null;
}

function missionName(value: string, heads: readonly string[], seatWords: ReadonlySet<string>): MissionName | null {
  const head = heads.find((candidate) => value.startsWith(`${candidate} `));
  if (!head) return null;
  const words = value.slice(head.length + 1).split(" ");
  const seatWord = words.findIndex((word) => seatWords.has(word));
  if (seatWord === 0) return null;
  if (seatWord < 0) return { head, country: words.join(" "), seat: null };
  return { head, country: words.slice(0, seatWord).join(" "), seat: words.slice(seatWord + 1).join(" ") };
}

function namesInFull(full: MissionName, short: MissionName): boolean {
  if (full.seat === null || full.head !== short.head || (short.seat !== null && short.seat !== full.seat)) return false;
  return full.country === short.country || full.country.endsWith(` ${short.country}`);
}

/** The one value of the fullest seated names of the same mission, or null. */
function fullestName(short: MissionName, seated: readonly (readonly [LinkedCandidate, MissionName])[]): LinkedCandidate | null {
  const matching = seated.filter(([, full]) => namesInFull(full, short));
  const longest = Math.max(0, ...matching.map(([, full]) => full.country.length));
  const fullest = matching.filter(([, full]) => full.country.length === longest);
  return new Set(fullest.map(([candidate]) => candidate.value)).size === 1 ? fullest[0][0] : null;
}

export function withMissionsInFull(candidates: readonly LinkedCandidate[], lex: Lexicon): LinkedCandidate[] {
  const heads = [...new Set(lex.missions.values())].sort((first, second) => second.length - first.length);
  const names = new Map<LinkedCandidate, MissionName>();
  for (const candidate of candidates) {
    const name = candidate.type === "ORG" ? missionName(candidate.value, heads, lex.seatWords) : null;
    if (name) names.set(candidate, name);
  }
  const seated = [...names].filter(([, name]) => name.seat !== null);
  if (seated.length === 0) return [...candidates];
  return candidates.map((candidate) => {
    const short = names.get(candidate);
    const full = short ? fullestName(short, seated) : null;
    if (!full || full.value === candidate.value) return candidate;
    return { ...candidate, value: full.value, entityKey: full.entityKey, valueRule: "normalize.org/mission-in-full", fullName: full };
  });
}
