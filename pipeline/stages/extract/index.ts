/**
 * Extract: run every extractor over the main content. Extractors are a
 * list, one file each; adding a type is adding a file and a line here.
 * Each extractor sees the mentions found before it (roles need the people
 * and organisations).
 */
import { append } from "../../core/append.ts";
import type { Mention } from "../../core/document.ts";
import type { Stage } from "../../core/stage.ts";
import type { Extractor, ExtractInput } from "./types.ts";
import { dateExtractor } from "./date.ts";
import { documentExtractor } from "./documents.ts";
import { moneyExtractor } from "./money.ts";
import { namesExtractor } from "./names.ts";
import { quantityExtractor } from "./quantities.ts";
import { roleExtractor } from "./roles.ts";

export const EXTRACTORS: readonly Extractor[] = [dateExtractor, moneyExtractor, quantityExtractor, namesExtractor, documentExtractor, roleExtractor];

export const extractStage: Stage<ExtractInput, Mention[]> = {
  name: "extract",
  version: "2",
  run(input, context) {
    const mentions: Mention[] = [];
    for (const extractor of EXTRACTORS) append(mentions, extractor.extract(input, context.resources, mentions));
    return mentions.sort((left, right) => left.span.start - right.span.start || right.span.end - left.span.end || left.type.localeCompare(right.type));
  },
};
