/**
 * Rows: turn an analysed article into the rows of each table. Values and
 * their `_prov` cells come straight from the traced values the stages made.
 */
import { countBefore } from "../core/search.ts";
import { MAIN_CONTENT_ROLES, type Analysed, type Mention, type Sentence } from "../core/document.ts";
import { stableId } from "../core/ids.ts";
import { formatProv, type Traced } from "../core/prov.ts";
import { codePointSlice } from "../core/textview.ts";
import type { Span } from "../core/prov.ts";
import { roleTriples } from "./extract/roles.ts";
import { entityId } from "./link.ts";

export type Row = Record<string, unknown>;

export interface ArticleRows {
  readonly articles: Row[];
  readonly segments: Row[];
  readonly sentences: Row[];
  readonly mentions: Row[];
  readonly roles: Row[];
}

/** The cells `x` and `x_prov` of one traced value (or nulls): each row names both, in that order. */
function valueOf<T>(traced: Traced<T> | null | undefined): T | null {
  return traced ? traced.value : null;
}

function provOf(traced: Traced<unknown> | null | undefined): string | null {
  return traced ? formatProv(traced.prov) : null;
}

function listValues<T>(values: readonly Traced<T>[]): T[] {
  return values.map((value) => value.value);
}

function listProvs(values: readonly Traced<unknown>[]): string[] {
  return values.map((value) => formatProv(value.prov));
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
  const spanProv = (span: Span, rule: string) => formatProv({ source: path, span, rule });

  const segmentIds = cleaned.lines.map((line) => stableId("seg", article_id, line.span.start, line.span.end));
  const segments = cleaned.lines.map((line, index) => ({
    segment_id: segmentIds[index],
    article_id,
    line: line.number,
    start: line.span.start,
    end: line.span.end,
    main_content: MAIN_CONTENT_ROLES.has(line.role.value),
    role: valueOf(line.role),
    role_prov: provOf(line.role),
    text: rawText(line.span.start, line.span.end),
    text_prov: spanProv(line.span, "segment/line"),
  }));

  const sentenceIds = sentences.map((sentence) => stableId("sen", article_id, sentence.span.start, sentence.span.end));
  const sentenceRows = sentences.map((sentence, index) => ({
    sentence_id: sentenceIds[index],
    article_id,
    segment_id: segmentIds[sentence.line],
    start: sentence.span.start,
    end: sentence.span.end,
    text: rawText(sentence.span.start, sentence.span.end),
    text_prov: spanProv(sentence.span, "segment/sentence"),
  }));

  // Roles name mentions again by type and span: their ids are looked up, not hashed again.
  const knownMentionIds = new Map<string, string>();
  const mentionId = (type: string, span: Span) => {
    const key = `${type}\u001f${span.start}\u001f${span.end}`;
    let id = knownMentionIds.get(key);
    if (id === undefined) {
      id = stableId("men", article_id, type, span.start, span.end);
      knownMentionIds.set(key, id);
    }
    return id;
  };
  const mentionIds = mentions.map((mention) => mentionId(mention.type, mention.span));
  const parents = enclosingOrganizations(mentions);
  const mentionRows = mentions.map((mention, index) => {
    const parentIndex = parents[index]!;
    const sentenceIndex = sentenceIndexOf(mention, sentences);
    // The type and the text were both read from the mention's span by its rule.
    const prov = spanProv(mention.span, mention.rule);
    return {
      mention_id: mentionIds[index],
      article_id,
      sentence_id: sentenceIndex >= 0 ? sentenceIds[sentenceIndex] : null,
      start: mention.span.start,
      end: mention.span.end,
      entity_id: mention.entityKey ? entityId(mention.entityKey) : null,
      parent_mention_id: parentIndex >= 0 ? mentionIds[parentIndex] : null,
      type: mention.type,
      type_prov: prov,
      text: rawText(mention.span.start, mention.span.end),
      text_prov: prov,
      value: valueOf(mention.value),
      value_prov: provOf(mention.value),
      amount: valueOf(mention.amount),
      amount_prov: provOf(mention.amount),
      unit: valueOf(mention.unit),
      unit_prov: provOf(mention.unit),
      qualifier: valueOf(mention.qualifier),
      qualifier_prov: provOf(mention.qualifier),
    };
  });

  const countProv = spanProv(wholeArticle, "derive/count");
  const article = {
    article_id,
    source_id: cleaned.source.source_id,
    title: valueOf(metadata.title),
    title_prov: provOf(metadata.title),
    category: valueOf(metadata.category),
    category_prov: provOf(metadata.category),
    published: valueOf(metadata.published),
    published_prov: provOf(metadata.published),
    authors: listValues(metadata.authors),
    authors_prov: listProvs(metadata.authors),
    outlet: valueOf(metadata.outlet),
    outlet_prov: provOf(metadata.outlet),
    lead: valueOf(metadata.lead),
    lead_prov: provOf(metadata.lead),
    photo_credits: listValues(metadata.photoCredits),
    photo_credits_prov: listProvs(metadata.photoCredits),
    n_sentences: sentenceRows.length,
    n_sentences_prov: countProv,
    n_mentions: mentionRows.length,
    n_mentions_prov: countProv,
  };
  const roleRows = roleTriples(mentions).map(({ triple, mention }) => {
    const holder = mention.holder!;
    const organization = mention.organization ?? null;
    return {
      role_id: stableId("rol", article_id, triple.person, triple.role, triple.organization ?? ""),
      article_id,
      mention_id: mentionId("ROLE", mention.span),
      person_mention_id: mentionId("PER", holder.span),
      person_entity_id: holder.entityKey ? entityId(holder.entityKey) : null,
      organization_mention_id: organization ? mentionId("ORG", organization.span) : null,
      organization_entity_id: organization?.entityKey ? entityId(organization.entityKey) : null,
      person: valueOf(holder.value),
      person_prov: provOf(holder.value),
      role: valueOf(mention.value),
      role_prov: provOf(mention.value),
      organization: valueOf(organization?.value),
      organization_prov: provOf(organization?.value),
    };
  });
  return { articles: [article], segments, sentences: sentenceRows, mentions: mentionRows, roles: roleRows };
}
