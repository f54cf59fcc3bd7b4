/**
 * Rows: turn an analysed article into the rows of each table. Values and
 * their `_prov` cells come straight from the traced values the stages made.
 */
import { countBefore } from "../core/search.ts";
import { MAIN_CONTENT_ROLES, type Analysed, type Mention, type Sentence } from "../core/document.ts";
import { stableId } from "../core/ids.ts";
import { formatProv, traced, type Traced } from "../core/prov.ts";
import { codePointSlice } from "../core/textview.ts";
import type { Span } from "../core/prov.ts";
import { roleTriples } from "./extract/roles.ts";

export type Row = Record<string, unknown>;

export interface ArticleRows {
  readonly articles: Row[];
  readonly segments: Row[];
  readonly sentences: Row[];
  readonly mentions: Row[];
  readonly roles: Row[];
}

/** `{x: value, x_prov: cell}` for one traced value (or nulls). */
function cells(name: string, value: Traced<unknown> | null | undefined): Row {
  return { [name]: value ? value.value : null, [`${name}_prov`]: value ? formatProv(value.prov) : null };
}

function listCells(name: string, values: readonly Traced<string>[]): Row {
  return { [name]: values.map((value) => value.value), [`${name}_prov`]: values.map((value) => formatProv(value.prov)) };
}

/** Index of the sentence a mention starts in (sentences are in text order and do not overlap), or -1. */
function sentenceIndexOf(mention: Mention, sentences: readonly Sentence[]): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (mention.from < sentence.from) high = middle - 1;
    else if (mention.from >= sentence.to) low = middle + 1;
    else return middle;
  }
  return -1;
}

/**
 * For each mention, the index of the first ORG mention (in `mentions` order)
 * whose span contains it, or -1; ORGs themselves have none. Looks only at
 * ORGs starting at most one ORG-length before the mention.
 */
function enclosingOrganizations(mentions: readonly Mention[]): number[] {
  const organizations = mentions
    .map((mention, index) => ({ span: mention.span, index }))
    .filter(({ index }) => mentions[index]!.type === "ORG")
    .sort((left, right) => left.span.start - right.span.start || left.index - right.index);
  const longest = Math.max(0, ...organizations.map(({ span }) => span.end - span.start));
  return mentions.map((mention) => {
    if (mention.type === "ORG") return -1;
    const starting = countBefore(organizations.length, (index) => organizations[index]!.span.start <= mention.span.start);
    let first = -1;
    for (let at = starting - 1; at >= 0 && organizations[at]!.span.start >= mention.span.start - longest; at--) {
      const { span, index } = organizations[at]!;
      if (mention.span.end <= span.end && (first < 0 || index < first)) first = index;
    }
    return first;
  });
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

  const mentionId = (type: string, span: Span) => stableId("men", article_id, type, span.start, span.end);
  const mentionIds = mentions.map((mention) => mentionId(mention.type, mention.span));
  const parents = enclosingOrganizations(mentions);
  const mentionRows = mentions.map((mention, index) => {
    const parentIndex = parents[index]!;
    const sentenceIndex = sentenceIndexOf(mention, sentences);
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
  const roleRows = roleTriples(mentions).map(({ triple, mention }) => {
    const holder = mention.holder!;
    const organization = mention.organization ?? null;
    return {
      role_id: stableId("rol", article_id, triple.person, triple.role, triple.organization ?? ""),
      article_id,
      mention_id: mentionId("ROLE", mention.span),
      person_mention_id: mentionId("PER", holder.span),
      person_entity_id: holder.entityKey ? stableId("ent", holder.entityKey) : null,
      organization_mention_id: organization ? mentionId("ORG", organization.span) : null,
      organization_entity_id: organization?.entityKey ? stableId("ent", organization.entityKey) : null,
      ...cells("person", holder.value),
      ...cells("role", mention.value),
      ...cells("organization", organization?.value ?? null),
    };
  });
  return { articles: [article], segments, sentences: sentenceRows, mentions: mentionRows, roles: roleRows };
}
