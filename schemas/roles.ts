import { z } from "zod";
import { defineTable, id, withProv } from "./table.ts";

export const roles = defineTable({
  name: "roles",
  title: "Roles",
  description:
    "One row per position a person is stated to hold in an article (ANNOTATION.md, ROLE): the person, the title as written, and the organisation; a repeated statement gives one row.",
  primaryKey: ["role_id"],
  foreignKeys: [
    { fields: ["article_id"], reference: { resource: "articles", fields: ["article_id"] } },
    { fields: ["mention_id"], reference: { resource: "mentions", fields: ["mention_id"] } },
    { fields: ["person_mention_id"], reference: { resource: "mentions", fields: ["mention_id"] } },
    { fields: ["person_entity_id"], reference: { resource: "entities", fields: ["entity_id"] } },
    { fields: ["organization_mention_id"], reference: { resource: "mentions", fields: ["mention_id"] } },
    { fields: ["organization_entity_id"], reference: { resource: "entities", fields: ["entity_id"] } },
  ],
  schema: z.object({
    role_id: id("Stable id of the row, from the article, person, title and organisation"),
    article_id: id("The article (articles.article_id)"),
    mention_id: id("The ROLE mention of the first statement (mentions.mention_id)"),
    person_mention_id: id("The PER mention of the holder in that statement (mentions.mention_id)"),
    person_entity_id: id("The holder (entities.entity_id)"),
    organization_mention_id: id("The ORG mention the title belongs to (mentions.mention_id); null when the body is part of the title").nullable(),
    organization_entity_id: id("The organisation (entities.entity_id); null when the body is part of the title").nullable(),
    ...withProv({
      person: z.string().min(1).meta({ description: "Canonical name of the holder (the PER mention's value)" }),
      role: z.string().min(1).meta({ description: "The title as written, NFC, first-vowel tone placement (`Chủ tịch`, `Tỉnh ủy viên`)" }),
      organization: z
        .string()
        .min(1)
        .nullable()
        .meta({ description: "Canonical name of the organisation (the ORG mention's value); null when the body exists only as part of the title (`Ủy viên Ban Chấp hành Đảng bộ tỉnh`)" }),
    }),
  }),
});
