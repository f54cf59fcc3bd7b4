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
