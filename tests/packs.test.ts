/**
 * The article cache's store: append-only pack files, one set per writer.
 * Writers that share a folder never see each other's half-written entries;
 * a writer killed mid-entry leaves nothing that reads back wrong; a later
 * store reads every complete entry of every writer.
 */
import { appendFileSync, readdirSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KEY_BYTES, PackStore } from "../pipeline/cache/packs.ts";
import { sha256 } from "../pipeline/core/ids.ts";
import { tempDir } from "./support/build.ts";

const key = (name: string) => sha256(name);
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (value: Uint8Array | null) => (value === null ? null : Buffer.from(value).toString("utf8"));

/** The files of the one writer that wrote to `dir`. */
function writerFiles(dir: string): { pack: string; index: string } {
  const names = readdirSync(dir);
  expect(names).toHaveLength(2);
  const pack = names.find((name) => name.endsWith(".pack"))!;
  return { pack: join(dir, pack), index: join(dir, pack.replace(/\.pack$/, ".index")) };
}

describe("pack store", () => {
  it("reads back what it stored, and what earlier writers stored", async () => {
    const dir = await tempDir("packs");
    const first = new PackStore(dir);
    first.put(key("a"), bytes("Hà Nội"));
    first.put(key("b"), bytes("x".repeat(100_000)));
    expect(text(first.get(key("a")))).toBe("Hà Nội");
    first.close();
    first.put(key("c"), bytes("after close"));
    first.close();

    const later = new PackStore(dir);
    expect(text(later.get(key("a")))).toBe("Hà Nội");
    expect(text(later.get(key("b")))).toBe("x".repeat(100_000));
    expect(text(later.get(key("c")))).toBe("after close");
    expect(later.get(key("missing"))).toBeNull();
  });

  it("keeps writers that share a folder apart", async () => {
    const dir = await tempDir("packs-shared");
    const writers = [new PackStore(dir), new PackStore(dir)];
    for (let index = 0; index < 50; index++) writers[index % 2]!.put(key(`entry ${index}`), bytes(`value ${index} `.repeat(index + 1)));
    for (const writer of writers) writer.close();
    expect(readdirSync(dir)).toHaveLength(4);
    const reader = new PackStore(dir);
    for (let index = 0; index < 50; index++) expect(text(reader.get(key(`entry ${index}`)))).toBe(`value ${index} `.repeat(index + 1));
  });

  it("tells apart keys that share their first four bytes (the index is keyed by them)", async () => {
    const dir = await tempDir("packs-prefix");
    const twins = ["aa", "bb", "cc"].map((tail) => `0123abcd${tail.repeat(28)}`);
    const writer = new PackStore(dir);
    twins.forEach((twin, index) => writer.put(twin, bytes(`twin ${index}`)));
    expect(twins.map((twin) => text(writer.get(twin)))).toEqual(["twin 0", "twin 1", "twin 2"]);
    expect(writer.get(`0123abcd${"dd".repeat(28)}`)).toBeNull();
    writer.close();
    expect(twins.map((twin) => text(new PackStore(dir).get(twin)))).toEqual(["twin 0", "twin 1", "twin 2"]);
  });

  it("finds every one of many entries (the index grows past its first size)", async () => {
    const dir = await tempDir("packs-many");
    const writer = new PackStore(dir);
    for (let index = 0; index < 5000; index++) writer.put(key(`many ${index}`), bytes(String(index)));
    writer.close();
    const reader = new PackStore(dir);
    for (let index = 0; index < 5000; index++) expect(text(reader.get(key(`many ${index}`)))).toBe(String(index));
    expect(reader.get(key("many 5000"))).toBeNull();
  });

  it("returns the value as a buffer of its own, which can be transferred", async () => {
    const dir = await tempDir("packs-own");
    const store = new PackStore(dir);
    store.put(key("a"), bytes("value"));
    const value = store.get(key("a"))!;
    expect(value.buffer.byteLength).toBe(KEY_BYTES + value.length);
  });

  it("ignores what a writer killed mid-entry left: a cut index entry, an entry whose frame is cut or overwritten", async () => {
    const dir = await tempDir("packs-killed");
    const store = new PackStore(dir);
    store.put(key("kept"), bytes("kept value"));
    store.put(key("cut"), bytes("y".repeat(1000)));
    store.close();
    const { pack, index } = writerFiles(dir);
    appendFileSync(index, Buffer.alloc(20, 0xab));
    truncateSync(pack, statSync(pack).size - 1);
    const reader = new PackStore(dir);
    expect(text(reader.get(key("kept")))).toBe("kept value");
    expect(reader.get(key("cut"))).toBeNull();

    writeFileSync(pack, Buffer.alloc(statSync(pack).size, 0));
    expect(new PackStore(dir).get(key("kept"))).toBeNull();
  });

  it("keeps later entries readable after a write that cut an index entry", async () => {
    const dir = await tempDir("packs-cut-entry");
    const store = new PackStore(dir);
    store.put(key("before"), bytes("before"));
    store.close();
    appendFileSync(writerFiles(dir).index, Buffer.alloc(20, 0xab));
    store.put(key("after"), bytes("after"));
    store.close();
    const reader = new PackStore(dir);
    expect(text(reader.get(key("before")))).toBe("before");
    expect(text(reader.get(key("after")))).toBe("after");
  });

  it("skips index entries that are not entries (zeros)", async () => {
    const dir = await tempDir("packs-zeros");
    const store = new PackStore(dir);
    store.put(key("a"), bytes("a value"));
    store.close();
    const { index } = writerFiles(dir);
    appendFileSync(index, Buffer.alloc(48, 0));
    expect(text(new PackStore(dir).get(key("a")))).toBe("a value");
  });
});
