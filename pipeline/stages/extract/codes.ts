/**
 * Codes in brackets right after an organisation's name: `Ngân hàng TMCP
 * Quân đội (MB)`, `Trung tâm Kiểm soát bệnh tật TP.HCM (HCDC)`,
 * `Cục Cảnh sát hình sự (C02)`. Unlike a definition (abbreviations.ts), the
 * letters need not be the initials of the name: an all-caps code in brackets
 * that closes an organisation's name is another name of it in the article.
 */
import type { Candidate } from "./candidates.ts";
import type { Token, TokenLine } from "./tokens.ts";

export interface Code {
  readonly text: string;
  /** Token range `[start, end)` of the code. */
  readonly start: number;
  readonly end: number;
}

function isCodeStart(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && token.capitalised && (token.allCaps || token.text.length === 1);
}

/** The all-caps code at `index` with the digits and capitals joined to it (`HCDC`, `MB`, `C04`, `PC04`), or null. */
export function codeAt(tokens: readonly Token[], index: number): Code | null {
  if (!isCodeStart(tokens[index]) || (index > 0 && !tokens[index].spaced && tokens[index - 1].kind !== "punct")) return null;
  let text = tokens[index].text;
  let end = index + 1;
  for (; end < tokens.length && !tokens[end].spaced && tokens[end].kind !== "punct"; end++) {
    if (tokens[end].kind === "word" && !tokens[end].allCaps && tokens[end].text.length > 1) return null;
    text += tokens[end].text;
  }
  return [...text].length >= 2 ? { text, start: index, end } : null;
}

/** Codes written in brackets right after an organisation candidate, each with that organisation. */
export function bracketedCodes(lines: readonly TokenLine[], organizations: readonly Candidate[]): { code: string; organization: Candidate }[] {
  const found: { code: string; organization: Candidate }[] = [];
  for (const organization of organizations) {
    const { tokens } = lines[organization.line];
    if (tokens[organization.end]?.text !== "(") continue;
    const code = codeAt(tokens, organization.end + 1);
    if (code && tokens[code.end]?.text === ")") found.push({ code: code.text, organization });
  }
  return found;
}
