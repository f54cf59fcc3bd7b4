/**
 * The article as it flows through the per-article stages. Each stage adds
 * its part; every part carries raw-source spans and the rule that made it.
 */
import type { TextView } from "./textview.ts";
import type { Span, Traced } from "./prov.ts";
import type { SourceRecord } from "../stages/ingest.ts";
import type { SEGMENT_ROLES } from "../../schemas/segments.ts";
import type { MENTION_TYPES } from "../../schemas/mentions.ts";

export type LineRole = (typeof SEGMENT_ROLES)[number];
export type MentionType = (typeof MENTION_TYPES)[number];

export const MAIN_CONTENT_ROLES: ReadonlySet<LineRole> = new Set(["title", "lead", "body", "caption"]);

/** A non-empty line of the source. `from`/`to` index the view; `span` is raw code points. */
export interface Line {
  /** 1-based, over `text.split("\n")`. */
  readonly number: number;
  readonly from: number;
  readonly to: number;
  readonly span: Span;
  /** The line in the view (normalised). */
  readonly text: string;
}

export interface RoledLine extends Line {
  readonly role: Traced<LineRole>;
}

export interface Cleaned {
  readonly source: SourceRecord;
  readonly raw: string;
  readonly view: TextView;
  readonly lines: readonly RoledLine[];
}

export interface Metadata {
  readonly title: Traced<string> | null;
  readonly category: Traced<string> | null;
  /** ISO 8601 date, as precise as the text supports. */
  readonly published: Traced<string> | null;
  readonly authors: readonly Traced<string>[];
  readonly outlet: Traced<string> | null;
  readonly lead: Traced<string> | null;
  readonly photoCredits: readonly Traced<string>[];
}

export interface Sentence {
  /** Index into `Cleaned.lines`. */
  readonly line: number;
  readonly from: number;
  readonly to: number;
  readonly span: Span;
}

/** Another mention a ROLE points to: the person who holds it, or the organisation. */
export interface MentionLink {
  readonly entityKey: string | null;
  /** The linked mention's value (canonical name), traced to that mention. */
  readonly value: Traced<string>;
  readonly span: Span;
}

export interface Mention {
  readonly type: MentionType;
  readonly from: number;
  readonly to: number;
  readonly span: Span;
  /** `extract.<type>/<rule>` */
  readonly rule: string;
  readonly value: Traced<string>;
  /** Key that identifies the entity across articles (PER, ORG, LOC); null for values. */
  readonly entityKey: string | null;
  /** Canonical name of the entity (for LOC the place name, while `value` is its ISO code). */
  readonly entityName: Traced<string> | null;
  readonly isoCode?: Traced<string | null>;
  readonly amount?: Traced<number | null>;
  readonly unit?: Traced<string | null>;
  readonly qualifier?: Traced<string | null>;
  /** LOC: the 2025 province a pre-2025 province became part of. */
  readonly mergedInto?: Traced<string | null>;
  /** ROLE: who holds the position, and in which organisation (null when the body is part of the title). */
  readonly holder?: MentionLink;
  readonly organization?: MentionLink | null;
}

export interface Analysed {
  readonly cleaned: Cleaned;
  readonly metadata: Metadata;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
}
