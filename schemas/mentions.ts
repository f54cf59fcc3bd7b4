import { z } from "zod";
import { defineTable, id, offset, withProv } from "./table.ts";

export const MENTION_TYPES = ["PER", "ORG", "LOC", "DATE", "MONEY", "ROLE", "QUANTITY", "PERCENT", "DOC"] as const;

export const mentions = defineTable({
  name: "mentions",
  title: "Mentions",
  description: "Every mention of a person, organisation, place, date, amount or other typed value in main content (ANNOTATION.md).",
  primaryKey: ["mention_id"],
  foreignKeys: [
    { fields: ["article_id"], reference: { resource: "articles", fields: ["article_id"] } },
    { fields: ["sentence_id"], reference: { resource: "sentences", fields: ["sentence_id"] } },
    { fields: ["entity_id"], reference: { resource: "entities", fields: ["entity_id"] } },
  ],
  schema: z.object({
    mention_id: id("Stable id of the mention"),
    article_id: id("The article (articles.article_id)"),
    sentence_id: id("The sentence holding the mention (sentences.sentence_id)"),
    start: offset("Start, code points into the raw source"),
    end: offset("End (exclusive), code points into the raw source"),
    entity_id: id("The entity mentioned (entities.entity_id); null for values such as dates and amounts").nullable(),
    parent_mention_id: id("The ORG mention this one is nested in, if any").nullable(),
    ...withProv({
      type: z.enum(MENTION_TYPES).meta({ description: "PER, ORG, LOC, DATE, MONEY (scored core types) or ROLE, QUANTITY, PERCENT, DOC" }),
      text: z.string().min(1).meta({ description: "The mention as written (raw slice, NFC)" }),
      value: z.string().min(1).meta({
        description:
          "Normalised value: canonical name (PER, ORG), ISO 3166 code or name (LOC), ISO 8601 date or interval (DATE), `<amount> <currency>` (MONEY)",
      }),
      amount: z.number().int().nullable().meta({ description: "MONEY and QUANTITY: the integer amount" }),
      unit: z.string().nullable().meta({ description: "MONEY: ISO 4217 currency; QUANTITY: the unit noun" }),
      qualifier: z.string().nullable().meta({ description: "`hơn`, `gần`, `trên`, … written before the amount, outside the span" }),
    }),
  }),
});
