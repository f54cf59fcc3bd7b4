import { hash } from "node:crypto";

/** Hex SHA-256 of bytes or a string (UTF-8). */
export function sha256(data: string | Uint8Array): string {
  return hash("sha256", data, "hex");
}

/**
 * A stable id: a prefix naming the table and 16 hex digits of the SHA-256 of
 * the parts. Ids come from content, never from run order.
 */
export function stableId(prefix: string, ...parts: readonly (string | number)[]): string {
  return `${prefix}_${sha256(parts.join("\u001f")).slice(0, 16)}`;
}

/**
 * `stableId(prefix, key)`, remembered for up to `limit` keys and then all
 * forgotten at once: for ids of things that recur in most articles (the
 * same entities), each of which would cost a SHA-256.
 */
export function rememberedIds(prefix: string, limit = 1 << 16): (key: string) => string {
  const ids = new Map<string, string>();
  return (key) => {
    let id = ids.get(key);
    if (id === undefined) {
      if (ids.size >= limit) ids.clear();
      id = stableId(prefix, key);
      ids.set(key, id);
    }
    return id;
  };
}
