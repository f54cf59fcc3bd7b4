/** datapackage.json validates against the official Data Package v2 profiles and describes every file. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { TABLES } from "../schemas/index.ts";
import { listFiles, sha256File } from "../pipeline/write/dataset.ts";
import { datapackage, writeDatapackage, type BuildFacts } from "../pipeline/write/datapackage.ts";
import { FORMAT_WRITERS, tablePath } from "../pipeline/write/formats.ts";
import { loadConfig } from "../pipeline/config.ts";
import { buildDataset, CONFIG, REPO, tempDir, type BuiltDataset } from "./support/build.ts";

const PROFILES = join(REPO, "tests", "profiles");

async function validator(profile: string) {
  const ajv = new Ajv.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat("textarea", true);
  return ajv.compile(JSON.parse(await readFile(join(PROFILES, profile), "utf8")));
}

let built: BuiltDataset;
let descriptor: {
  version: string;
  resources: { name: string; path: string; bytes: number; hash: string; schema: Record<string, unknown>; dialect?: unknown }[];
  sources: { path: string; hash: string }[];
  pipeline: { commit: string };
};
beforeAll(async () => {
  built = await buildDataset();
  descriptor = JSON.parse(await readFile(join(built.versionDir, "datapackage.json"), "utf8"));
});

describe("datapackage.json", () => {
  it("validates against datapackage-2.0.json, each resource, schema and dialect against its profile", async () => {
    const [pkg, resource, schema, dialect] = await Promise.all(
      ["datapackage-2.0.json", "dataresource-2.0.json", "tableschema-2.0.json", "tabledialect-2.0.json"].map(validator),
    );
    expect(pkg(descriptor), JSON.stringify(pkg.errors)).toBe(true);
    for (const entry of descriptor.resources) {
      expect(resource(entry), `${entry.name}: ${JSON.stringify(resource.errors)}`).toBe(true);
      expect(schema(entry.schema), `${entry.name}: ${JSON.stringify(schema.errors)}`).toBe(true);
      if (entry.dialect) expect(dialect(entry.dialect), JSON.stringify(dialect.errors)).toBe(true);
    }
  });

  it("has a resource per table and format whose bytes and sha256 match the file", async () => {
    const names = descriptor.resources.map((entry) => entry.name).sort();
    const expected = TABLES.flatMap((table) => [table.name, `${table.name}-json`, `${table.name}-parquet`]).sort();
    expect(names).toEqual(expected);
    for (const entry of descriptor.resources) {
      const file = await sha256File(join(built.versionDir, entry.path));
      expect(entry.bytes).toBe(file.bytes);
      expect(entry.hash).toBe(`sha256:${file.sha256}`);
    }
  });

  it("declares primary and foreign keys, every field described, and lists the sources by sha256", () => {
    const mentions = descriptor.resources.find((entry) => entry.name === "mentions")!;
    expect(mentions.schema.primaryKey).toEqual(["mention_id"]);
    expect(mentions.schema.foreignKeys).toContainEqual({ fields: ["article_id"], reference: { resource: "articles", fields: ["article_id"] } });
    const parquet = descriptor.resources.find((entry) => entry.name === "mentions-parquet")!;
    expect(parquet.schema.foreignKeys).toContainEqual({
      fields: ["article_id"],
      reference: { resource: "articles-parquet", fields: ["article_id"] },
    });
    for (const entry of descriptor.resources) {
      for (const field of entry.schema.fields as { name: string; description: string }[]) {
        expect(field.description.length, `${entry.name}.${field.name}`).toBeGreaterThan(3);
      }
    }
    expect(descriptor.version).toBe("0.1.0");
    expect(descriptor.sources.map((source) => source.path)).toEqual([
      "seeds/000_b81a386f8239b78d.txt",
      "seeds/002_0bd7ac332b770867.txt",
      "seeds/003_69b38c4b4147d0ad.txt",
    ]);
    expect(descriptor.sources[0]!.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(descriptor.pipeline.commit).toMatch(/^([0-9a-f]{40}(-dirty)?|unknown)$/);
  });
});

describe("SHA256SUMS", () => {
  it("lists every other file of the version folder with its checksum", async () => {
    const text = await readFile(join(built.versionDir, "SHA256SUMS"), "utf8");
    const listed = text
      .trimEnd()
      .split("\n")
      .map((line) => line.split("  ") as [string, string]);
    const files = (await listFiles(built.versionDir)).filter((file) => file !== "SHA256SUMS");
    expect(listed.map(([, path]) => path)).toEqual(files);
    for (const [sum, path] of listed) expect((await sha256File(join(built.versionDir, path))).sha256).toBe(sum);
  });

  it("schema/<table>.schema.json is the JSON Schema of each table", async () => {
    for (const table of TABLES) {
      const schema = JSON.parse(await readFile(join(built.versionDir, "schema", `${table.name}.schema.json`), "utf8"));
      expect(schema.title).toBe(table.title);
      expect(Object.keys(schema.properties)).toEqual(Object.keys(table.schema.shape));
    }
  });
});

describe("writeDatapackage", () => {
  it("writes the same bytes as the whole object as JSON, whatever the number of sources and their order", async () => {
    const config = await loadConfig(CONFIG);
    const files = new Map(
      config.formats.flatMap((format) => TABLES.map((table) => [tablePath(FORMAT_WRITERS[format], table.name), { bytes: 10, sha256: "ab".repeat(32) }] as const)),
    );
    const facts = { commit: "0123abc", pipelineVersion: "clean@1", rulesDigest: "cd".repeat(32) } as BuildFacts;
    const source = (index: number) => ({ path: `corpus/${String(index).padStart(4, "0")}-bài "${index}".txt`, sha256: index.toString(16).padStart(64, "0"), bytes: 100 + index });
    const dir = await tempDir("datapackage");
    for (const count of [0, 1, 3, 2_500]) {
      const sources = Array.from({ length: count }, (_, index) => source((index * 7919) % Math.max(count, 1)));
      const path = join(dir, `datapackage-${count}.json`);
      await writeDatapackage(path, config, files, sources, facts);
      expect(await readFile(path, "utf8")).toBe(`${JSON.stringify(datapackage(config, files, sources, facts), null, 2)}\n`);
    }
  });
});
