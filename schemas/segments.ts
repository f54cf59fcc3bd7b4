import { z } from "zod";
import { defineTable, id, offset, withProv } from "./table.ts";

export const SEGMENT_ROLES = [
  "header",
  "title",
  "category",
  "byline",
  "lead",
  "body",
  "caption",
  "related",
  "nav",
  "author_end",
  "other",
] as const;

export const segments = defineTable({
  name: "segments",
  title: "Segments",
  description:
    "Every non-empty line of every source with its role. Together they cover the source: boilerplate is labelled, never dropped.",
  primaryKey: ["segment_id"],
  foreignKeys: [{ fields: ["article_id"], reference: { resource: "articles", fields: ["article_id"] } }],
  schema: z.object({
    segment_id: id("Stable id of the segment"),
    article_id: id("The article (articles.article_id)"),
    line: z.number().int().positive().meta({ description: "1-based line number in the source" }),
    start: offset("Start of the segment, code points into the raw source"),
    end: offset("End of the segment (exclusive), code points into the raw source"),
    main_content: z.boolean().meta({ description: "True for title, lead, body and caption: the text mined for entities" }),
    ...withProv({
      role: z.enum(SEGMENT_ROLES).meta({ description: "What the line is on the page: article text or boilerplate" }),
      text: z.string().meta({ description: "The line as written, NFC" }),
    }),
  }),
});
