import { z } from "zod";
import { count, defineTable, id, withProv } from "./table.ts";

export const sources = defineTable({
  name: "sources",
  title: "Source files",
  description: "One row per input file, accepted or not, with the reason when it was not.",
  primaryKey: ["source_id"],
  foreignKeys: [],
  schema: z.object({
    source_id: id("Stable id of the file, from its path"),
    path: z.string().min(1).meta({ description: "Path of the file: the input folder's name, then the path inside it" }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable().meta({ description: "SHA-256 of the file's bytes (null if unreadable)" }),
    bytes: count("Size of the file in bytes").nullable(),
    length: count("Length of the decoded text in Unicode code points (0 if not decoded)"),
    ...withProv({
      encoding: z.string().nullable().meta({ description: "Detected encoding (`UTF-8`, `UTF-8-BOM`, `UTF-16LE`, `UTF-16BE`, `windows-1258`, `TCVN3`), null if not decoded" }),
      status: z.enum(["ok", "rejected", "duplicate"]).meta({ description: "`ok`: built; `rejected`: not text, unreadable, or failed in the pipeline (see `reason`); `duplicate`: same content as an earlier file" }),
      reason: z.string().nullable().meta({ description: "Why the file was rejected or marked duplicate; null when ok" }),
    }),
  }),
});
