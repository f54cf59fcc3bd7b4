/**
 * The record codec of the cache and of shard parts: its byte layout, and
 * that any JSON value comes back as it went in (long strings moved out as
 * UTF-8 blobs, shared when equal, a leading byte-order mark kept), byte
 * arrays as views.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pack, unpack } from "../pipeline/cache/codec.ts";

/** What UTF-8 can carry: lone surrogates come back as U+FFFD, as from any UTF-8 file. */
const wellFormed = (text: string) => Buffer.from(text, "utf8").toString("utf8");

describe("record codec", () => {
  it("lays a record out as: skeleton length, skeleton JSON, blobs", () => {
    const long = "\uFEFFHà Nội, \"x\"\n".repeat(40);
    const packed = pack({ csv: long, json: long, short: "Đà Nẵng" });
    const headLength = packed.readUInt32LE(0);
    const blob = Buffer.from(long, "utf8");
    expect(packed.toString("utf8", 4, 4 + headLength)).toBe(`{"value":{"csv":{"\\u0000blob":0},"json":{"\\u0000blob":0},"short":"Đà Nẵng"},"blobs":[${blob.length}]}`);
    expect(packed.subarray(4 + headLength).equals(blob)).toBe(true);
  });

  it("gives back any JSON value", () => {
    const longText = fc
      .array(fc.constantFrom("\uFEFF", "a", "Lào", "😀", "\n", '"', "\\", "\u0000", " "), { minLength: 0, maxLength: 30 })
      .map((parts) => parts.join("").repeat(40));
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), longText);
    const value = fc.letrec((tie) => ({
      item: fc.oneof({ depthSize: "small" }, text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), tie("list"), tie("record")),
      list: fc.array(tie("item"), { maxLength: 4 }),
      record: fc.dictionary(fc.string({ maxLength: 6 }), tie("item"), { maxKeys: 4 }),
    })).item;
    fc.assert(
      fc.property(value, (item) => {
        const expected = JSON.parse(JSON.stringify(item, (_key, inner: unknown) => (typeof inner === "string" ? wellFormed(inner) : inner)));
        expect(unpack(pack(item))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("moves byte arrays out whole (the same one once) and gives them back as views into the packed bytes", () => {
    const shared = new TextEncoder().encode("Liên đoàn Lao động\n".repeat(3));
    const small = Buffer.from("ab");
    const packed = pack({ json: shared, parquet: shared, csv: small, empty: new Uint8Array(0), rows: 3 });
    const headLength = packed.readUInt32LE(0);
    expect(JSON.parse(packed.toString("utf8", 4, 4 + headLength))).toEqual({
      value: { json: { "\u0000bytes": 0 }, parquet: { "\u0000bytes": 0 }, csv: { "\u0000bytes": 1 }, empty: { "\u0000bytes": 2 }, rows: 3 },
      blobs: [shared.length, 2, 0],
    });
    const unpacked = unpack<Record<string, Uint8Array>>(packed);
    expect(Buffer.from(unpacked.json!).equals(Buffer.from(shared))).toBe(true);
    expect(unpacked.parquet).toBe(unpacked.json);
    expect(Buffer.from(unpacked.csv!).toString()).toBe("ab");
    expect(unpacked.empty).toHaveLength(0);
    expect(unpacked.json!.buffer).toBe(packed.buffer);
    expect(Buffer.isBuffer(unpacked.json)).toBe(false);
  });

  it("refuses a record cut short", () => {
    const packed = pack({ text: "x".repeat(600) });
    expect(() => unpack(packed.subarray(0, packed.length - 1))).toThrow(/expected/);
  });
});
