/**
 * Legacy Vietnamese encodings: a file that is neither UTF-8 nor UTF-16 is
 * tried in each encoding of pipeline/rules/encodings.yaml, and the decoding
 * kept is the one whose words are most often common Vietnamese words, if
 * that share reaches the threshold. Text in another language in a legacy
 * 8-bit encoding (a Latin-1 French page, say) is therefore rejected, not
 * turned into wrong Vietnamese.
 */
import { join } from "node:path";
import { z } from "zod";
import { loadRuleFile, RULES_DIR } from "../resources.ts";

const EncodingRulesSchema = z
  .object({
    legacy_encodings: z.array(z.enum(["windows-1258", "tcvn3"])).min(1),
    min_common_word_share: z.number().min(0).max(1),
    common_words: z.array(z.string().min(1)).min(10),
    tcvn3: z.record(z.string(), z.string().length(1)),
  })
  .strict();

export interface LegacyRules {
  readonly encodings: readonly ("windows-1258" | "tcvn3")[];
  readonly minShare: number;
  readonly commonWords: ReadonlySet<string>;
  readonly tcvn3: readonly string[];
}

export function legacyRules(data: z.infer<typeof EncodingRulesSchema>): LegacyRules {
  const table = Array.from({ length: 256 }, (_, byte) => String.fromCharCode(byte));
  for (const [byte, character] of Object.entries(data.tcvn3)) table[Number(byte)] = character;
  return {
    encodings: data.legacy_encodings,
    minShare: data.min_common_word_share,
    commonWords: new Set(data.common_words.map((word) => word.normalize("NFC"))),
    tcvn3: table,
  };
}

let loaded: LegacyRules | null = null;

/** The rules of pipeline/rules/encodings.yaml, read once. */
export function defaultLegacyRules(): LegacyRules {
  loaded ??= legacyRules(loadRuleFile(join(RULES_DIR, "encodings.yaml"), EncodingRulesSchema).data);
  return loaded;
}

const DECODERS: Record<LegacyRules["encodings"][number], (bytes: Uint8Array, rules: LegacyRules) => string> = {
  "windows-1258": (bytes) => new TextDecoder("windows-1258").decode(bytes),
  tcvn3: (bytes, rules) => {
    let text = "";
    for (const byte of bytes) text += rules.tcvn3[byte];
    return text;
  },
};

/** Share of words (letters only, lower-cased, NFC) that are common Vietnamese words. */
export function commonWordShare(text: string, rules: LegacyRules): number {
  const words = text.normalize("NFC").toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  let common = 0;
  for (const word of words) if (rules.commonWords.has(word)) common += 1;
  return common / words.length;
}

/** How `sources.encoding` names each legacy encoding. */
const LABELS: Record<LegacyRules["encodings"][number], string> = { "windows-1258": "windows-1258", tcvn3: "TCVN3" };

export interface LegacyGuess {
  /** Label for `sources.encoding`. */
  readonly encoding: string;
  /** Key in encodings.yaml, used in the rule id. */
  readonly key: string;
  readonly text: string;
  readonly share: number;
}

/** The best legacy decoding, or null with the best share seen when none is Vietnamese enough. */
export function guessLegacy(bytes: Uint8Array, rules: LegacyRules = defaultLegacyRules()): { guess: LegacyGuess | null; best: number } {
  let best: LegacyGuess | null = null;
  for (const encoding of rules.encodings) {
    const text = DECODERS[encoding](bytes, rules);
    const share = commonWordShare(text, rules);
    if (!best || share > best.share) best = { encoding: LABELS[encoding], key: encoding, text, share };
  }
  const bestShare = best?.share ?? 0;
  return { guess: best && best.share >= rules.minShare ? best : null, best: bestShare };
}
