/**
 * Clean: give every non-empty line a role (title, lead, body, caption,
 * related, nav, …). Nothing is removed; boilerplate is labelled. Each
 * role's provenance names the rule that decided it.
 *
 * The page is read top-down in three parts: the head down to the lead
 * (clean/head.ts), the end of the article's text (clean/end.ts), and the
 * lines between and after (clean/body.ts).
 */
import type { Cleaned, RoledLine } from "../core/document.ts";
import { traced } from "../core/prov.ts";
import type { Stage } from "../core/stage.ts";
import { buildTextView } from "../core/textview.ts";
import type { ArticleInput } from "./ingest.ts";
import type { CleaningRules } from "../resources.ts";
import { splitLines } from "./lines.ts";
import { Markers } from "./clean/markers.ts";
import { Page } from "./clean/page.ts";
import { decideHead } from "./clean/head.ts";
import { findArticleEnd } from "./clean/end.ts";
import { decideBody, decideTail } from "./clean/body.ts";

export function clean(input: ArticleInput, rules: CleaningRules): Cleaned {
  const view = buildTextView(input.text);
  const lines = splitLines(view);
  const page = new Page(lines, Markers.for(rules));
  const bodyStart = decideHead(page);
  const articleEnd = findArticleEnd(page, bodyStart);
  decideBody(page, bodyStart, articleEnd);
  decideTail(page, articleEnd);
  const roled: RoledLine[] = lines.map(({ number, from, to, span, text }, index) => {
    const decision = page.decisions[index]!;
    return { number, from, to, span, text, role: traced(decision.role, input.source.path, span, decision.rule) };
  });
  return { source: input.source, raw: input.text, view, lines: roled };
}

export const cleanStage: Stage<ArticleInput, Cleaned> = {
  name: "clean",
  version: "2",
  run: (input, context) => clean(input, context.resources.cleaning),
};
