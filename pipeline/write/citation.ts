/**
 * How to cite a version: CITATION.cff (Citation File Format 1.2.0, which
 * GitHub and Zenodo read) and the same facts as a BibTeX entry for the card.
 */
import { stringify } from "yaml";
import type { DatasetConfig } from "../config.ts";

export const CITATION_FILE = "CITATION.cff";

function authors(config: DatasetConfig): string[] {
  const credited = config.contributors.map((contributor) => contributor.title);
  return credited.length ? credited : [`${config.title} contributors`];
}

export function citationCff(config: DatasetConfig): string {
  return stringify(
    {
      "cff-version": "1.2.0",
      message: "If you use this dataset, please cite it as below.",
      type: "dataset",
      title: config.title,
      version: config.version,
      abstract: config.description,
      license: config.license.name,
      authors: authors(config).map((name) => ({ name })),
    },
    { lineWidth: 0 },
  );
}

export function bibtex(config: DatasetConfig): string {
  const braced = (text: string) => `{${text.replace(/[{}\\]/g, "")}}`;
  const fields = [
    ["title", braced(config.title)],
    ["author", authors(config).map(braced).join(" and ")],
    ["version", config.version],
    ["note", `Dataset, ${config.license.name}`],
  ];
  return `@misc{${config.name}-${config.version},\n${fields.map(([key, value]) => `  ${key} = {${value}}`).join(",\n")}\n}\n`;
}
