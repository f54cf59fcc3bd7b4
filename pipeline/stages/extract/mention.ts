import type { Cleaned, Mention, MentionType } from "../../core/document.ts";
import { coverSpans, traced, type Span } from "../../core/prov.ts";

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
  const { valueRule } = draft;
  const qualifier = draft.qualifier
    ? traced<string | null>(draft.qualifier.text, source, doc.view.toRaw(draft.qualifier.from, draft.qualifier.to), `${draft.rule.split("/")[0]}/qualifier`)
    : undefined;
  return {
    type: draft.type,
    from: draft.from,
    to: draft.to,
    span,
    rule: draft.rule,
    value: traced(draft.value, source, valueSpan, valueRule),
    entityKey: draft.entityKey ?? null,
    entityName: draft.entityKey ? traced(draft.entityName ?? draft.value, source, valueSpan, valueRule) : null,
    isoCode: draft.isoCode !== undefined ? traced(draft.isoCode, source, valueSpan, valueRule) : undefined,
    amount: draft.amount !== undefined ? traced(draft.amount, source, valueSpan, valueRule) : undefined,
    unit: draft.unit !== undefined ? traced(draft.unit, source, valueSpan, valueRule) : undefined,
    qualifier,
    mergedInto: draft.mergedInto !== undefined ? traced(draft.mergedInto, source, valueSpan, valueRule) : undefined,
  };
}
