import { z } from "zod";
import { count, defineTable, id, withProv } from "./table.ts";
import { MENTION_TYPES } from "./mentions.ts";

export const entities = defineTable({
  name: "entities",
  title: "Entities",
  description: "One row per distinct real-world person, organisation or place across all articles.",
  primaryKey: ["entity_id"],
  foreignKeys: [],
  schema: z.object({
    entity_id: id("Stable id from the entity's type and canonical key"),
    type: z.enum(MENTION_TYPES).meta({ description: "Entity type (PER, ORG, LOC)" }),
    ...withProv({
      name: z.string().min(1).meta({ description: "Canonical name: abbreviations expanded, NFC, first-vowel tone placement" }),
      aliases: z.array(z.string()).meta({ description: "Other surface forms seen in the text, sorted" }),
      iso_code: z.string().nullable().meta({ description: "ISO 3166 code for places where one exists" }),
      merged_into: z
        .string()
        .nullable()
        .meta({ description: "Vietnamese provinces before the 2025 merger: the province they became part of (Kon Tum → Quảng Ngãi); null otherwise" }),
      n_mentions: count("Number of mentions of the entity"),
      n_articles: count("Number of articles mentioning the entity"),
    }),
  }),
});
