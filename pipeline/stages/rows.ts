/**
 * Rows: turn an analysed article into the rows of each table. Values and
 * their `_prov` cells come straight from the traced values the stages made.
 */
import { MAIN_CONTENT_ROLES, type Analysed, type Mention, type Sentence } from "../core/document.ts";
import { stableId } from "../core/ids.ts";
import { formatProv, traced, type Traced } from "../core/prov.ts";
import { codePointSlice } from "../core/textview.ts";

export type Row = Record<string, unknown>;

export interface ArticleRows {
  readonly articles: Row[];
  readonly segments: Row[];
  readonly sentences: Row[];
  readonly mentions: Row[];
}

/** `{x: value, x_prov: cell}` for one traced value (or nulls). */
function cells(name: string, value: Traced<unknown> | null | undefined): Row {
  return { [name]: value ? value.value : null, [`${name}_prov`]: value ? formatProv(value.prov) : null };
}

function listCells(name: string, values: readonly Traced<string>[]): Row {
  return { [name]: values.map((value) => value.value), [`${name}_prov`]: values.map((value) => formatProv(value.prov)) };
}

function sentenceOf(mention: Mention, sentences: readonly Sentence[]): Sentence | undefined {
  return sentences.find((sentence) => sentence.from <= mention.from && mention.from < sentence.to);
}

export function articleId(analysed: Analysed): string {
  return stableId("art", analysed.cleaned.raw.normalize("NFC"));
}

export function toRows(analysed: Analysed): ArticleRows {
  const { cleaned, metadata, sentences, mentions } = analysed;
  const path = cleaned.source.path;
  const article_id = articleId(analysed);
  const rawText = (start: number, end: number) => codePointSlice(cleaned.raw, { start, end }).normalize("NFC");
  const wholeArticle = { start: 0, end: cleaned.source.length };

  const segmentIds = cleaned.lines.map((line) => stableId("seg", article_id, line.span.start, line.span.end));
  const segments = cleaned.lines.map((line, index) => ({
    segment_id: segmentIds[index],
    article_id,
    line: line.number,
    start: line.span.start,
    end: line.span.end,
    main_content: MAIN_CONTENT_ROLES.has(line.role.value),
    ...cells("role", line.role),
    ...cells("text", traced(rawText(line.span.start, line.span.end), path, line.span, "segment/line")),
  }));

  const sentenceIds = sentences.map((sentence) => stableId("sen", article_id, sentence.span.start, sentence.span.end));
  const sentenceRows = sentences.map((sentence, index) => ({
    sentence_id: sentenceIds[index],
    article_id,
    segment_id: segmentIds[sentence.line],
    start: sentence.span.start,
    end: sentence.span.end,
    ...cells("text", traced(rawText(sentence.span.start, sentence.span.end), path, sentence.span, "segment/sentence")),
  }));

  const mentionIds = mentions.map((mention) => stableId("men", article_id, mention.type, mention.span.start, mention.span.end));
  const mentionRows = mentions.map((mention, index) => {
    const parentIndex =
      mention.type === "ORG"
        ? -1
        : mentions.findIndex((other) => other.type === "ORG" && other.span.start <= mention.span.start && mention.span.end <= other.span.end);
    const sentence = sentenceOf(mention, sentences);
    const sentenceIndex = sentence ? sentences.indexOf(sentence) : -1;
    return {
      mention_id: mentionIds[index],
      article_id,
      sentence_id: sentenceIndex >= 0 ? sentenceIds[sentenceIndex] : null,
      start: mention.span.start,
      end: mention.span.end,
      entity_id: mention.entityKey ? stableId("ent", mention.entityKey) : null,
      parent_mention_id: parentIndex >= 0 ? mentionIds[parentIndex] : null,
      ...cells("type", traced(mention.type, path, mention.span, mention.rule)),
      ...cells("text", traced(rawText(mention.span.start, mention.span.end), path, mention.span, mention.rule)),
      ...cells("value", mention.value),
      ...cells("amount", mention.amount),
      ...cells("unit", mention.unit),
      ...cells("qualifier", mention.qualifier),
    };
  });

  const mainSentences = sentenceRows.length;
  const article = {
    article_id,
    source_id: cleaned.source.source_id,
    ...cells("title", metadata.title),
    ...cells("category", metadata.category),
    ...cells("published", metadata.published),
    ...listCells("authors", metadata.authors),
    ...cells("outlet", metadata.outlet),
    ...cells("lead", metadata.lead),
    ...listCells("photo_credits", metadata.photoCredits),
    ...cells("n_sentences", traced(mainSentences, path, wholeArticle, "derive/count")),
    ...cells("n_mentions", traced(mentionRows.length, path, wholeArticle, "derive/count")),
  };
  return { articles: [article], segments, sentences: sentenceRows, mentions: mentionRows };
}
