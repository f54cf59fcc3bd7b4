/** A small synthetic corpus (the bench generator's articles) for tests that need more than the three seeds. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { composeArticle } from "../../pipeline/bench/corpus.ts";
import { makePools } from "../../pipeline/bench/fill.ts";
import { loadTemplates } from "../../pipeline/bench/templates.ts";
import { loadConfig } from "../../pipeline/config.ts";
import { loadResources } from "../../pipeline/resources.ts";
import { CONFIG, SEEDS } from "./build.ts";

/** Articles 0..count-1 of the bench corpus, as `<dir>/<group>/<index>.txt` in groups of ten. */
export async function writeSyntheticCorpus(dir: string, count: number): Promise<string[]> {
  const resources = loadResources();
  const templates = await loadTemplates(SEEDS, await loadConfig(CONFIG), resources);
  const pools = makePools(resources.gazetteer);
  const paths: string[] = [];
  for (let index = 0; index < count; index++) {
    const path = join(dir, `group-${Math.floor(index / 10)}`, `article-${String(index).padStart(3, "0")}.txt`);
    await mkdir(join(path, ".."), { recursive: true });
    await writeFile(path, composeArticle(index, templates, pools));
    paths.push(path);
  }
  return paths;
}
