import type { Cleaned, Mention, MentionType } from "../../core/document.ts";
import { coverSpans, traced, type Span, type Traced } from "../../core/prov.ts";

export interface MentionDraft {
  readonly type: MentionType;
  /** View offsets. */
  readonly from: number;
  readonly to: number;
  /** `extract.<type>/<rule>` */
  readonly rule: string;
  readonly value: string;
  /** `normalize.<type>/<rule>`, or the extraction rule when the value is the text itself. */
  readonly valueRule: string;
  /** View span the value was computed from, when wider than the mention (a year taken from elsewhere). */
  readonly valueFrom?: Span;
  /** Raw span of another value this one was computed from (the published date a year came from). */
  readonly valueAlso?: Span;
  readonly entityKey?: string | null;
  /** Canonical entity name when it differs from `value` (LOC: the name behind the ISO code). */
  readonly entityName?: string;
  readonly isoCode?: string | null;
  readonly amount?: number | null;
  readonly unit?: string | null;
  readonly qualifier?: { readonly text: string; readonly from: number; readonly to: number } | null;
  readonly mergedInto?: string | null;
}

/** Turn a draft found on the view into a mention with raw spans and traced values. */
export function makeMention(doc: Cleaned, draft: MentionDraft): Mention {
  const source = doc.source.path;
  const span = doc.view.toRaw(draft.from, draft.to);
  const baseSpan = draft.valueFrom ? doc.view.toRaw(draft.valueFrom.start, draft.valueFrom.end) : span;
  const valueSpan = draft.valueAlso ? (coverSpans([baseSpan, draft.valueAlso]) ?? baseSpan) : baseSpan;
  const derived = <T>(value: T): Traced<T> => traced(value, source, valueSpan, draft.valueRule);
  const qualifier = draft.qualifier
    ? traced<string | null>(draft.qualifier.text, source, doc.view.toRaw(draft.qualifier.from, draft.qualifier.to), `${draft.rule.split("/")[0]}/qualifier`)
    : undefined;
  return {
    type: draft.type,
    from: draft.from,
    to: draft.to,
    span,
    rule: draft.rule,
    value: derived(draft.value),
    entityKey: draft.entityKey ?? null,
    entityName: draft.entityKey ? derived(draft.entityName ?? draft.value) : null,
    isoCode: draft.isoCode !== undefined ? derived(draft.isoCode) : undefined,
    amount: draft.amount !== undefined ? derived(draft.amount) : undefined,
    unit: draft.unit !== undefined ? derived(draft.unit) : undefined,
    qualifier,
    mergedInto: draft.mergedInto !== undefined ? derived(draft.mergedInto) : undefined,
  };
}
