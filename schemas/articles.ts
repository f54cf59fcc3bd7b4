import { z } from "zod";
import { count, defineTable, id, withProv } from "./table.ts";

export const articles = defineTable({
  name: "articles",
  title: "Articles",
  description: "One row per accepted source file: the article's metadata, each field traced to its span.",
  primaryKey: ["article_id"],
  foreignKeys: [{ fields: ["source_id"], reference: { resource: "sources", fields: ["source_id"] } }],
  schema: z.object({
    article_id: id("Stable id of the article, from its normalised text"),
    source_id: id("The source file (sources.source_id)"),
    ...withProv({
      title: z.string().nullable().meta({ description: "Headline, NFC" }),
      category: z.string().nullable().meta({ description: "Section name as printed, null if none" }),
      published: z
        .string()
        .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
        .nullable()
        .meta({ description: "Publication date, ISO 8601, only as precise as the text supports (YYYY, YYYY-MM or YYYY-MM-DD)" }),
      authors: z.array(z.string()).meta({ description: "Byline names, title case, NFC, first-vowel tone placement" }),
      outlet: z.string().nullable().meta({ description: "Publishing outlet when the text names it (dateline tag such as (LĐTĐ))" }),
      lead: z.string().nullable().meta({ description: "Lead paragraph, NFC" }),
      photo_credits: z.array(z.string()).meta({ description: "Names credited for photos (`Ảnh: …`)" }),
      n_sentences: count("Number of sentences in main content"),
      n_mentions: count("Number of mentions in main content"),
    }),
  }),
});
