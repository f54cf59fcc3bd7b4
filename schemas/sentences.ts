import { z } from "zod";
import { defineTable, id, offset, withProv } from "./table.ts";

export const sentences = defineTable({
  name: "sentences",
  title: "Sentences",
  description: "Sentences of the main content (title, lead, body, captions).",
  primaryKey: ["sentence_id"],
  foreignKeys: [
    { fields: ["article_id"], reference: { resource: "articles", fields: ["article_id"] } },
    { fields: ["segment_id"], reference: { resource: "segments", fields: ["segment_id"] } },
  ],
  schema: z.object({
    sentence_id: id("Stable id of the sentence"),
    article_id: id("The article (articles.article_id)"),
    segment_id: id("The segment holding the sentence (segments.segment_id)"),
    start: offset("Start, code points into the raw source"),
    end: offset("End (exclusive), code points into the raw source"),
    ...withProv({
      text: z.string().min(1).meta({ description: "The sentence as written, NFC" }),
    }),
  }),
});
