import { articles } from "./articles.ts";
import { entities } from "./entities.ts";
import { mentions } from "./mentions.ts";
import { roles } from "./roles.ts";
import { segments } from "./segments.ts";
import { sentences } from "./sentences.ts";
import { sources } from "./sources.ts";
import type { TableDefinition } from "./table.ts";

/** Every table of the dataset, in the order they are written and documented. */
export const TABLES = [sources, articles, segments, sentences, mentions, entities, roles] as const satisfies readonly TableDefinition[];

export type TableName = (typeof TABLES)[number]["name"];

export { articles, entities, mentions, roles, segments, sentences, sources };
export type { TableDefinition } from "./table.ts";
