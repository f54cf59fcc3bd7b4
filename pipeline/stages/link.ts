/**
 * Link: one `entities` row per real-world entity across all articles.
 * Per-article work emits contributions; this aggregator folds them in
 * input order, so the result does not depend on worker count or sharding.
 * Its memory grows with the number of distinct entities, not of articles.
 */
import type { Analysed } from "../core/document.ts";
import { rememberedIds } from "../core/ids.ts";
import { formatProv, type Prov } from "../core/prov.ts";
import { codePointSlice } from "../core/textview.ts";
import type { Row } from "./rows.ts";

export interface Alias {
  readonly text: string;
  readonly prov: Prov;
}

/** What one article says about one entity. Plain data: crosses worker threads and shard files. */
export interface EntityContribution {
  readonly entity_id: string;
  readonly type: string;
  readonly name: string;
  readonly nameProv: Prov;
  readonly isoCode: string | null;
  readonly isoProv: Prov | null;
  /** LOC: the 2025 province a pre-2025 province became part of. */
  readonly mergedInto: string | null;
  readonly mergedIntoProv: Prov | null;
  /** Surface forms, each with the span where it was first seen. */
  readonly aliases: readonly Alias[];
  readonly mentions: number;
  readonly articleSpan: Prov;
}

/** The id of the entity with this key (`ent_…`). */
export const entityId = rememberedIds("ent");

export function entityContributions(analysed: Analysed): EntityContribution[] {
  const byId = new Map<string, EntityContribution & { aliases: Alias[]; mentions: number }>();
  const { raw, source } = analysed.cleaned;
  for (const mention of analysed.mentions) {
    if (!mention.entityKey || !mention.entityName) continue;
    const entity_id = entityId(mention.entityKey);
    const alias: Alias = {
      text: codePointSlice(raw, mention.span).normalize("NFC"),
      prov: { source: source.path, span: mention.span, rule: "link/surface-form" },
    };
    const existing = byId.get(entity_id);
    if (existing) {
      existing.mentions += 1;
      if (!existing.aliases.some((known) => known.text === alias.text)) existing.aliases.push(alias);
      continue;
    }
    byId.set(entity_id, {
      entity_id,
      type: mention.type,
      name: mention.entityName.value,
      nameProv: mention.entityName.prov,
      isoCode: mention.isoCode?.value ?? null,
      isoProv: mention.isoCode?.value ? mention.isoCode.prov : null,
      mergedInto: mention.mergedInto?.value ?? null,
      mergedIntoProv: mention.mergedInto?.value ? mention.mergedInto.prov : null,
      aliases: [alias],
      mentions: 1,
      articleSpan: { source: source.path, span: { start: 0, end: source.length }, rule: "derive/count" },
    });
  }
  return [...byId.values()];
}

interface EntityState {
  readonly first: EntityContribution;
  readonly aliases: Map<string, Alias>;
  mentions: number;
  articles: number;
}

export class EntityLinker {
  private readonly entities = new Map<string, EntityState>();

  add(contributions: readonly EntityContribution[]): void {
    for (const contribution of contributions) {
      const state = this.entities.get(contribution.entity_id);
      if (!state) {
        this.entities.set(contribution.entity_id, {
          first: contribution,
          aliases: new Map(contribution.aliases.map((alias) => [alias.text, alias])),
          mentions: contribution.mentions,
          articles: 1,
        });
        continue;
      }
      for (const alias of contribution.aliases) if (!state.aliases.has(alias.text)) state.aliases.set(alias.text, alias);
      state.mentions += contribution.mentions;
      state.articles += 1;
    }
  }

  /** Entity rows sorted by id. */
  *rows(): Generator<Row> {
    const ids = [...this.entities.keys()].sort();
    for (const id of ids) {
      const { first, aliases, mentions, articles } = this.entities.get(id)!;
      const aliasList = [...aliases.values()]
        .filter((alias) => alias.text !== first.name)
        .sort((left, right) => (left.text < right.text ? -1 : left.text > right.text ? 1 : 0));
      const countProv = formatProv({ ...first.articleSpan, rule: "derive/count" });
      yield {
        entity_id: id,
        type: first.type,
        name: first.name,
        name_prov: formatProv(first.nameProv),
        aliases: aliasList.map((alias) => alias.text),
        aliases_prov: aliasList.map((alias) => formatProv(alias.prov)),
        iso_code: first.isoCode,
        iso_code_prov: first.isoProv ? formatProv(first.isoProv) : null,
        merged_into: first.mergedInto,
        merged_into_prov: first.mergedIntoProv ? formatProv(first.mergedIntoProv) : null,
        n_mentions: mentions,
        n_mentions_prov: countProv,
        n_articles: articles,
        n_articles_prov: countProv,
      };
    }
  }

  get size(): number {
    return this.entities.size;
  }
}
