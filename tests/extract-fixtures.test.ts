/**
 * Extraction on short texts of several news genres (tests/fixtures/extract):
 * every PER, ORG, LOC, DATE and MONEY mention, in text order, with its value,
 * and the role triples where the case lists them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { roleTriples } from "../pipeline/stages/extract/roles.ts";
import { extractText, mentionText } from "./support/extract.ts";

interface Case {
  readonly published?: string;
  readonly text: string;
  readonly mentions: readonly (readonly [string, string, string])[];
  readonly roles?: readonly (readonly [string, string, string | null])[];
}

const DIR = join(import.meta.dirname, "fixtures", "extract");
const CORE = new Set(["PER", "ORG", "LOC", "DATE", "MONEY"]);
const cases = readdirSync(DIR)
  .filter((name) => name.endsWith(".yaml"))
  .sort()
  .map((name) => [name, parse(readFileSync(join(DIR, name), "utf8")) as Case] as const);

describe.each(cases)("%s", (_name, fixture) => {
  const mentions = extractText(fixture.text, fixture.published ? String(fixture.published) : null);

  it("finds exactly the expected mentions, with their values", () => {
    const found = mentions.filter((mention) => CORE.has(mention.type)).map((mention) => [mention.type, mentionText(fixture.text, mention), mention.value.value]);
    expect(found).toEqual(fixture.mentions.map(([type, text, value]) => [type, text, String(value)]));
  });

  if (fixture.roles) {
    const roles = fixture.roles;
    it("links each position to its holder and organisation", () => {
      const triples = roleTriples(mentions).map(({ triple }) => [triple.person, triple.role, triple.organization]);
      expect(triples).toEqual(roles);
    });
  }
});
