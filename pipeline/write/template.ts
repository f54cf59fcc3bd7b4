/** Text templates kept as files beside the code: `{{name}}` placeholders, every one filled. */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function readTemplate(name: string): string {
  return readFileSync(join(import.meta.dirname, name), "utf8");
}

export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_placeholder, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template placeholder {{${key}}} has no value`);
    return value;
  });
}
