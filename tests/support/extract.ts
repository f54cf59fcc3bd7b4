/** Run the extractors over a text whose every line is main content (body), as the unit tests of extraction need. */
import type { Cleaned, Metadata, Mention } from "../../pipeline/core/document.ts";
import { traced } from "../../pipeline/core/prov.ts";
import { buildTextView } from "../../pipeline/core/textview.ts";
import { loadResources, type Resources } from "../../pipeline/resources.ts";
import { extractStage } from "../../pipeline/stages/extract/index.ts";
import { splitLines } from "../../pipeline/stages/lines.ts";
import type { SourceRecord } from "../../pipeline/stages/ingest.ts";
import type { DatasetConfig } from "../../pipeline/config.ts";

let resources: Resources | null = null;

export function testResources(): Resources {
  resources ??= loadResources();
  return resources;
}

/** The `sources` record of an accepted test file holding `text`. */
export function testSource(text: string, path: string): SourceRecord {
  return {
    source_id: "src_0000000000000000",
    path,
    sha256: null,
    bytes: null,
    encoding: "utf-8",
    status: "ok",
    reason: null,
    rule: "ingest/test",
    length: [...text].length,
  };
}

export function bodyDocument(text: string, path = "fixtures/case.txt"): Cleaned {
  const view = buildTextView(text);
  const source = testSource(text, path);
  const lines = splitLines(view).map((line) => ({ ...line, role: traced("body" as const, path, line.span, "clean/test") }));
  return { source, raw: text, view, lines };
}

export function metadataWith(published: string | null, path = "fixtures/case.txt"): Metadata {
  return {
    title: null,
    category: null,
    published: published ? traced(published, path, { start: 0, end: 0 }, "metadata/test") : null,
    authors: [],
    outlet: null,
    lead: null,
    photoCredits: [],
  };
}

/** Every mention the extract stage finds in `text`, sorted as the stage sorts them. */
export function extractText(text: string, published: string | null = null): Mention[] {
  const cleaned = bodyDocument(text);
  const context = { config: {} as DatasetConfig, resources: testResources(), report: () => {} };
  return extractStage.run({ cleaned, metadata: metadataWith(published), sentences: [] }, context);
}

/** The text of a mention. */
export function mentionText(text: string, mention: Mention): string {
  return [...text].slice(mention.span.start, mention.span.end).join("").normalize("NFC");
}

/** `[type, text, value]` of the mentions of the given types, in text order. */
export function found(text: string, types: readonly string[], published: string | null = null): [string, string, string][] {
  return extractText(text, published)
    .filter((mention) => types.includes(mention.type))
    .map((mention) => [mention.type, mentionText(text, mention), mention.value.value]);
}
