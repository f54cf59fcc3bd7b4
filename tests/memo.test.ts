/**
 * core/memo.ts: remembered results, bounded, and keys that do not keep the
 * text they were cut from alive (V8 makes a long substring a view into its
 * parent string).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { Memo } from "../pipeline/core/memo.ts";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

describe("memo", () => {
  it("computes once per text", () => {
    const memo = new Memo<number>();
    let calls = 0;
    const length = (text: string) => ((calls += 1), text.length);
    expect([memo.of("Kon Tum", length), memo.of("Kon Tum", length), memo.of("Attapeu", length)]).toEqual([7, 7, 7]);
    expect(calls).toBe(2);
  });

  it("does not keep alive the long texts its keys and values were cut from", () => {
    const memo = new Memo<string>();
    const fill = () => {
      // Two-byte text (Vietnamese), 16 MB, cut into keys of 20 characters, then dropped.
      const text = "Liên đoàn Lao động tỉnh Kon Tum ".repeat(262_144);
      for (let start = 0; start < 2_000; start += 20) memo.of(text.slice(start, start + 20), (key) => key);
    };
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    fill();
    collectGarbage();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(4_000_000);
    expect(memo.of("Liên đoàn Lao động t", () => "computed again")).toBe("Liên đoàn Lao động t");
  });
});
