/** Version bumps: how far a version moved, and what each kind of schema change needs. */
import { describe, expect, it } from "vitest";
import type { Descriptor, Field, TableDescription } from "../pipeline/release/descriptor.ts";
import { VERSIONING } from "../pipeline/release/rules.ts";
import { schemaChanges } from "../pipeline/release/schema-diff.ts";
import { bumped, movement, parseVersion } from "../pipeline/release/semver.ts";

const version = (text: string) => parseVersion(text)!;

describe("semantic versions", () => {
  it("say which part moved, or that the version went down", () => {
    expect(movement(version("0.1.0"), version("1.0.0"))).toBe("major");
    expect(movement(version("1.2.3"), version("1.3.0"))).toBe("minor");
    expect(movement(version("1.2.3"), version("1.2.4"))).toBe("patch");
    expect(movement(version("1.2.3"), version("1.2.3"))).toBe("none");
    expect(movement(version("1.2.3"), version("1.2.2"))).toBeNull();
    expect(parseVersion("1.2")).toBeNull();
  });

  it("name the lowest version that makes a bump", () => {
    expect(bumped(version("0.1.3"), "major")).toBe("1.0.0");
    expect(bumped(version("0.1.3"), "minor")).toBe("0.2.0");
    expect(bumped(version("0.1.3"), "patch")).toBe("0.1.4");
  });
});

const field = (name: string, type = "string", constraints?: Field["constraints"]): Field => ({ name, type, description: name, ...(constraints ? { constraints } : {}) });

function descriptor(fields: Field[], extra: Partial<TableDescription> = {}): Descriptor {
  const table: TableDescription = { name: "t", title: "T", description: "d", fields, primaryKey: ["id"], foreignKeys: [], ...extra };
  return { name: "p", version: "1.0.0", metadata: "m", commit: null, tables: new Map([["t", table]]) };
}

const kinds = (before: Descriptor, after: Descriptor) => schemaChanges(before, after).map((change) => change.kind);
const base = [field("id"), field("kind", "string", { enum: ["a", "b"] }), field("n", "integer")];

describe("schema changes", () => {
  it("find nothing between equal schemas", () => {
    expect(kinds(descriptor(base), descriptor(base))).toEqual([]);
  });

  it("class added, removed, re-typed and re-ordered columns as major", () => {
    expect(kinds(descriptor(base), descriptor([...base, field("x")]))).toEqual(["column_added"]);
    expect(kinds(descriptor(base), descriptor(base.slice(0, 2)))).toEqual(["column_removed"]);
    expect(kinds(descriptor(base), descriptor([base[0]!, base[1]!, field("n", "number")]))).toEqual(["column_retyped"]);
    expect(kinds(descriptor(base), descriptor([base[0]!, base[2]!, base[1]!]))).toEqual(["columns_reordered"]);
    for (const kind of ["column_added", "column_removed", "column_retyped", "columns_reordered"] as const) expect(VERSIONING.bumps[kind]).toBe("major");
  });

  it("tell a stricter constraint from a looser one", () => {
    const withEnum = (values: string[]) => descriptor([base[0]!, field("kind", "string", { enum: values }), base[2]!]);
    expect(kinds(withEnum(["a", "b"]), withEnum(["a"]))).toEqual(["constraint_tightened"]);
    expect(kinds(withEnum(["a", "b"]), withEnum(["a", "b", "c"]))).toEqual(["constraint_relaxed"]);
    const required = (value: boolean) => descriptor([base[0]!, base[1]!, field("n", "integer", { required: value })]);
    expect(kinds(required(false), required(true))).toEqual(["constraint_tightened"]);
    expect(kinds(required(true), required(false))).toEqual(["constraint_relaxed"]);
    expect(VERSIONING.bumps.constraint_tightened).toBe("major");
    expect(VERSIONING.bumps.constraint_relaxed).toBe("minor");
  });

  it("see keys, tables and descriptions change", () => {
    expect(kinds(descriptor(base), descriptor(base, { primaryKey: ["kind"] }))).toEqual(["primary_key_changed"]);
    expect(kinds(descriptor(base), descriptor(base, { foreignKeys: ["(id) → u(id)"] }))).toEqual(["foreign_key_added"]);
    expect(kinds(descriptor(base), descriptor(base, { description: "other" }))).toEqual(["description_changed"]);
    const withoutTable: Descriptor = { ...descriptor(base), tables: new Map() };
    expect(kinds(descriptor(base), withoutTable)).toEqual(["table_removed"]);
    expect(kinds(withoutTable, descriptor(base))).toEqual(["table_added"]);
  });
});
