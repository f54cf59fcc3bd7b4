import type { Cleaned, Metadata, Mention, RoledLine, Sentence } from "../../core/document.ts";
import type { Resources } from "../../resources.ts";

/** What every extractor reads: the cleaned article, its metadata and sentences. */
export interface ExtractInput {
  readonly cleaned: Cleaned;
  readonly metadata: Metadata;
  readonly sentences: readonly Sentence[];
}

/** A main-content line as extractors see it. */
export interface ContentLine {
  readonly line: RoledLine;
  readonly index: number;
}

/** One extractor: one mention type (or a family of them), one file. */
export interface Extractor {
  readonly name: string;
  extract(input: ExtractInput, resources: Resources, found: readonly Mention[]): Mention[];
}
