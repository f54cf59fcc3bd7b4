/**
 * DOC mentions: a named legal or agreement document. A document word
 * (`Nghị quyết`, `Luật`, `Hiệp ước`) followed by its number
 * (`Nghị quyết số 15/NQ-BCH`, `Nghị định 30/2020/NĐ-CP`) or by its name
 * (`Luật Công đoàn`, `Hiệp ước hữu nghị và hợp tác Việt Nam - Lào`).
 * The value is the title as written, normalised.
 */
import type { Mention } from "../../core/document.ts";
import { normalizeValue } from "../../core/normalize.ts";
import type { Resources } from "../../resources.ts";
import { tokenText } from "./candidates.ts";
import { lexicon, type Lexicon } from "./lexicon.ts";
import { makeMention, type MentionDraft } from "./mention.ts";
import { isCapitalisedWord, nameWordsEnd } from "./namewords.ts";
import { contentTokens, type Token, type TokenLine } from "./tokens.ts";
import type { Extractor, ExtractInput } from "./types.ts";

const CODE_MARKS = new Set(["/", "-", "."]);

/** End of a document number such as `15/NQ-BCH`: digits, capitals and `/`, `-` written together. */
function codeEnd(tokens: readonly Token[], start: number): number {
  if (tokens[start]?.kind !== "number" || !tokens[start].spaced) return start;
  let end = start + 1;
  while (end < tokens.length && !tokens[end].spaced && (tokens[end].kind === "number" || tokens[end].allCaps || CODE_MARKS.has(tokens[end].text))) end++;
  while (end > start + 1 && CODE_MARKS.has(tokens[end - 1].text)) end--;
  return end;
}

/** Lower-case words of a name written as compounds (`hữu nghị`, `hợp tác`), joined by `và`. */
function lowercaseNameEnd(tokens: readonly Token[], start: number, lex: Lexicon): number {
  let end = start;
  for (;;) {
    const token = tokens[end];
    if (!token || token.kind !== "word" || token.capitalised) return end;
    const continuation = lex.compounds.get(token.text)?.longest(tokens, end + 1);
    if (continuation) {
      end = continuation.end;
      continue;
    }
    if (lex.connectors.has(token.text) && end > start && tokens[end + 1] && !tokens[end + 1].capitalised) {
      end += 1;
      continue;
    }
    return end > start && lex.connectors.has(tokens[end - 1].text) ? end - 1 : end;
  }
}

/** `Nghị quyết số 15/NQ-BCH`, `Nghị định 30/2020/NĐ-CP`, `Bản ghi nhớ 6 điểm`: the end of a number after the head, or null. */
function numberEnd(tokens: readonly Token[], headEnd: number, lex: Lexicon): number | null {
  const withNumberWord = lex.documentNumberWords.has(tokens[headEnd]?.text ?? "");
  const start = withNumberWord ? headEnd + 1 : headEnd;
  const code = codeEnd(tokens, start);
  if (code === start) return null;
  if (withNumberWord || code - start > 1) return code;
  return lex.documentCountNouns.has(tokens[code]?.text ?? "") ? code + 1 : null;
}

function documentEnd(tokens: readonly Token[], headEnd: number, lex: Lexicon): number {
  const numbered = numberEnd(tokens, headEnd, lex);
  if (numbered !== null) return numbered;
  const lowercase = lowercaseNameEnd(tokens, headEnd, lex);
  if (!isCapitalisedWord(tokens[lowercase]) || !tokens[lowercase].spaced) return lowercase > headEnd && lowercase - headEnd >= 2 ? lowercase : headEnd;
  return nameWordsEnd(tokens, lowercase, lex, { stopAtHeads: false, stopAtPlaces: false });
}

function lineDocuments(line: TokenLine, lex: Lexicon): MentionDraft[] {
  const { tokens } = line;
  const drafts: MentionDraft[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (!tokens[index].capitalised || !lex.documentHeads.starts(tokens[index])) continue;
    const head = lex.documentHeads.longest(tokens, index);
    if (!head) continue;
    const end = documentEnd(tokens, head.end, lex);
    if (end === head.end) continue;
    drafts.push({
      type: "DOC",
      from: tokens[index].from,
      to: tokens[end - 1].to,
      rule: "extract.doc/head-name",
      value: normalizeValue(tokenText(line, index, end)),
      valueRule: "normalize.doc/title",
    });
    index = end - 1;
  }
  return drafts;
}

export const documentExtractor: Extractor = {
  name: "documents",
  extract(input: ExtractInput, resources: Resources): Mention[] {
    const lex = lexicon(resources);
    return contentTokens(input.cleaned, lex.wordFlags)
      .flatMap((line) => lineDocuments(line, lex))
      .map((draft) => makeMention(input.cleaned, draft));
  },
};
