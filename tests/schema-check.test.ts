/**
 * The quick schema check that validation tries before zod
 * (pipeline/stages/schema-check.ts) must never accept a row zod rejects:
 * rows of the seeds with their cells replaced by every kind of wrong value
 * are put to both. It should also accept the rows zod accepts, or it saves
 * nothing.
 */
import { readdirSync } from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { TABLES } from "../schemas/index.ts";
import { processArticle } from "../pipeline/article.ts";
import { loadConfig } from "../pipeline/config.ts";
import { loadResources } from "../pipeline/resources.ts";
import { compileSchema } from "../pipeline/stages/schema-check.ts";
import type { Row } from "../pipeline/stages/rows.ts";
import { examineFile } from "../pipeline/stages/ingest.ts";
import { CONFIG, SEEDS } from "./support/build.ts";

const rowsByTable = new Map<string, Row[]>();

beforeAll(async () => {
  const config = await loadConfig(CONFIG);
  const resources = loadResources();
  for (const name of readdirSync(SEEDS).sort()) {
    const examined = examineFile({ absolute: `${SEEDS}/${name}`, path: `seeds/${name}` });
    const rows = processArticle({ source: examined.source, text: examined.text! }, config, resources).rows;
    for (const [table, tableRows] of Object.entries(rows)) rowsByTable.set(table, [...(rowsByTable.get(table) ?? []), ...tableRows]);
  }
});

const WRONG_VALUES: unknown[] = [
  null,
  undefined,
  "",
  "x",
  "😀",
  "\ud800",
  "art_0123456789abcdef",
  "art_0123456789ABCDEF",
  "seeds/a.txt#char=1,2;by=clean/title",
  "seeds/a.txt#char=1,2;by=clean/",
  "PER",
  "body",
  0,
  -1,
  1,
  1.5,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  true,
  false,
  [],
  ["a"],
  [1],
  [null],
  ["seeds/a.txt;by=a/b"],
  {},
  { value: "a" },
];

describe("quick schema check", () => {
  const articleTables = TABLES.filter((table) => ["articles", "segments", "sentences", "mentions", "roles"].includes(table.name));

  it.each(articleTables.map((table) => [table.name, table] as const))("accepts the valid rows of %s", (_name, table) => {
    const check = compileSchema(table.schema);
    expect(check).not.toBeNull();
    const rows = rowsByTable.get(table.name) ?? [];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(table.schema.safeParse(row).success).toBe(true);
      expect(check!(row)).toBe(true);
    }
  });

  it.each(articleTables.map((table) => [table.name, table] as const))("never accepts a row of %s that zod rejects", (_name, table) => {
    const check = compileSchema(table.schema)!;
    const rows = rowsByTable.get(table.name)!;
    const columns = Object.keys(table.schema.shape);
    const damaged = fc.record({
      row: fc.constantFrom(...rows),
      changes: fc.array(fc.tuple(fc.constantFrom(...columns, "extra"), fc.constantFrom(...WRONG_VALUES), fc.boolean()), { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(damaged, ({ row, changes }) => {
        const changed: Row = { ...row };
        for (const [column, value, remove] of changes) {
          if (remove) delete changed[column];
          else changed[column] = value;
        }
        if (check(changed)) expect(table.schema.safeParse(changed).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
    for (const notARow of [null, undefined, [], "row", 1, [rows[0]]]) expect(check(notARow)).toBe(false);
  });

  it("has no answer for schema kinds it does not know", async () => {
    const { z } = await import("zod");
    expect(compileSchema(z.object({ at: z.date() }))).toBeNull();
    expect(compileSchema(z.object({ name: z.string().email() }))).toBeNull();
    expect(compileSchema(z.object({ name: z.string().optional() }))).toBeNull();
    expect(compileSchema(z.strictObject({ name: z.string() }))).toBeNull();
    expect(compileSchema(z.object({ size: z.number().max(3) }))).toBeNull();
    expect(compileSchema(z.object({ name: z.string().transform((text) => text.trim()) }))).toBeNull();
  });
});
